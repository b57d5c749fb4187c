#if canImport(Glibc)
    internal import Glibc
    // ZIPFoundation brings the CoreFoundation and CDispatch clang modules into this module, and
    // whichever of them is loaded first owns `struct stat`; MemberImportVisibility then wants that
    // module imported wherever `stat` members are used. This file is the only one that touches
    // `struct stat`, so the import dance stays here.
    internal import CoreFoundation
    internal import CDispatch
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// What the file system says of an entry: its kind, size and permission bits, without the C struct.
///
/// Every `stat` call of the kit goes through here.
package struct FileStatus: Sendable, Equatable {
    /// The kind of entry.
    package var kind: FileReader.EntryKind
    /// The size in bytes (of the link itself for a symbolic link read with ``lstat(_:)``).
    package var size: Int
    /// The permission bits (`mode & 0o7777`).
    package var permissions: Int

    /// The entry at a path; nil (with `errno` set) when there is none.
    ///
    /// - Parameters:
    ///   - path: The path.
    ///   - followingLinks: Whether a final symbolic link is followed (`stat`) or described
    ///     itself (`lstat`).
    package static func of(path: String, followingLinks: Bool) -> FileStatus? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? FileStatus(info) : nil
    }

    /// The file behind an open descriptor; nil (with `errno` set) on failure.
    package static func of(descriptor: Int32) -> FileStatus? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? FileStatus(info) : nil
    }

    private init(_ info: stat) {
        size = Int(info.st_size)
        permissions = Int(info.st_mode & 0o7777)
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular(size: Int(info.st_size))
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFIFO: kind = .other("a named pipe")
        case S_IFSOCK: kind = .other("a socket")
        case S_IFCHR, S_IFBLK: kind = .other("a device")
        default: kind = .other("an unknown kind of file")
        }
    }
}
