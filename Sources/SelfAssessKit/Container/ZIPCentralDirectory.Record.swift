extension ZIPCentralDirectory {
    /// One central directory record, with the fields a strict reader checks.
    struct Record: Equatable {
        /// The position in the central directory, 0-based.
        var index: Int
        var versionMadeBy: UInt16
        var flags: UInt16
        var method: UInt16
        /// The MS-DOS modification time (low half) and date (high half).
        var modified: UInt32
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// The raw name bytes, never decoded through a code page.
        var name: [UInt8]
        var externalAttributes: UInt32
        var localHeaderOffset: Int

        /// What the record describes.
        enum Kind: Equatable {
            case file
            case directory
            case symbolicLink
            /// A device, pipe or socket, or a name that contradicts its type; described.
            case other(String)
        }

        /// Whether the entry is encrypted: traditional (bit 0) or strong (bit 6) encryption, or
        /// an encrypted central directory (bit 13).
        var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 || flags & 0x2000 != 0 }

        /// Whether sizes and CRC follow the data in a data descriptor (bit 3).
        var usesDataDescriptor: Bool { flags & 0x0008 != 0 }

        /// The kind, from the Unix mode in the external attributes (hosts Unix and macOS), the
        /// MS-DOS directory attribute, and a final `/` in the name, which must agree.
        var kind: Kind {
            let host = versionMadeBy >> 8
            let endsWithSlash = name.last == UInt8(ascii: "/")
            var isDirectory = endsWithSlash
            if host == 3 || host == 19 {
                switch (externalAttributes >> 16) & 0xF000 {
                case 0xA000: return .symbolicLink
                case 0x4000: isDirectory = true
                case 0x8000:
                    if endsWithSlash { return .other("a regular file whose name ends in /") }
                case 0: break
                case 0x1000: return .other("a named pipe")
                case 0xC000: return .other("a socket")
                default: return .other("a device")
                }
            } else if host == 0, externalAttributes & 0x10 != 0 {
                isDirectory = true
            }
            if isDirectory, !endsWithSlash {
                return .other("a directory whose name does not end in /")
            }
            return isDirectory ? .directory : .file
        }
    }
}
