import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Finds the bundles named on `aggregate`'s command line, and lists every other file it walks
/// past: files named are read as they are, folders are searched recursively.
///
/// In a folder, a file is read as a bundle when its name ends in `.sabundle` (in any case), or
/// when it is a ZIP archive that holds a `manifest.json` (a bundle saved as `.zip`, say), whatever
/// its name. Hidden files and folders are searched like the others; only the temporary files that
/// `bundle` and the other writers leave (`.NAME.tmp-…`, `.NAME.sabundle.unverified-…`) are
/// skipped. Symbolic links are followed, to files and to folders; a link to a folder that holds
/// it (a loop) is not. Every file passed over is listed in ``Found/skipped`` with its reason.
///
/// A file reached twice (named and inside a named folder, or through a link) is read once, under
/// the name that sorts first; the other names are listed as ``SkippedFile/Reason/sameFile``, so
/// the outcome does not depend on the order of the inputs. The bundles come back sorted by the
/// UTF-8 bytes of their names.
public enum InputDiscovery {
    /// The file name extension of bundles.
    public static let bundleExtension = "sabundle"

    /// Looks for bundles.
    ///
    /// - Parameter paths: The inputs as given (files or folders, relative to the working folder
    ///   or absolute).
    /// - Returns: The bundles found, the files skipped, the named inputs that do not exist, and
    ///   the folders that could not be read.
    public static func find(_ paths: [String]) -> Found {
        var walk = Walk()
        for path in paths {
            switch FileStatus.of(path: path, followingLinks: true)?.kind {
            case nil:
                walk.found.notFound.append(path)
            case .directory?:
                walk.folder(path, display: path, ancestors: [FileReader.realPath(path) ?? path])
            default:
                // A named file is read whatever its name; `verify` decides what it is.
                walk.add(path, display: path)
            }
        }
        var found = walk.found
        for names in walk.byRealPath.values {
            let sorted = names.sorted {
                $0.displayName.utf8.lexicographicallyPrecedes($1.displayName.utf8)
            }
            guard let first = sorted.first else { continue }
            found.bundles.append(first)
            for other in sorted.dropFirst() where other.displayName != first.displayName {
                found.skipped.append(
                    SkippedFile(
                        file: other.displayName, reason: .sameFile,
                        message:
                            "\(other.displayName): the same file as \(first.displayName), which is read"
                    ))
            }
        }
        found.bundles.sort { $0.displayName.utf8.lexicographicallyPrecedes($1.displayName.utf8) }
        found.skipped.sort { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
        found.unreadableFolders.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return found
    }

    /// Whether a file name is a bundle's: it ends in `.sabundle`, in any case.
    public static func hasBundleExtension(_ name: String) -> Bool {
        URL(fileURLWithPath: name).pathExtension.lowercased() == bundleExtension
    }

    /// Whether a file name is one of the temporary files that `bundle` and the other writers
    /// leave beside their target while they work: hidden, with `.tmp-` or `.unverified-` in it.
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.contains(".tmp-") || name.contains(".unverified-"))
    }

    /// Whether a regular file is a ZIP archive with a `manifest.json` entry: it starts with a
    /// local file header and its central directory lists exactly one readable `manifest.json`.
    static func isZIPWithManifest(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]) else { return false }
        return ZIPContainerReader.unverifiedEntry(
            BundleManifest.path, in: URL(fileURLWithPath: path), limit: BundleManifest.maxSize)
            != nil
    }

    /// The state of one search.
    private struct Walk {
        var found = Found()
        /// The names each real file was reached under.
        var byRealPath: [String: [BundleInput]] = [:]

        mutating func add(_ path: String, display: String) {
            let key = FileReader.realPath(path) ?? path
            byRealPath[key, default: []].append(
                BundleInput(url: URL(fileURLWithPath: path), displayName: display))
        }

        mutating func skip(_ display: String, _ reason: SkippedFile.Reason, _ why: String) {
            found.skipped.append(
                SkippedFile(file: display, reason: reason, message: "\(display): \(why)"))
        }

        /// Searches a folder; `ancestors` are the real paths of the folders that hold it, itself
        /// included.
        mutating func folder(_ folder: String, display: String, ancestors: Set<String>) {
            guard let names = InputDiscovery.list(folder) else {
                found.unreadableFolders.append(
                    Found.UnreadableFolder(path: display, reason: FileReader.systemError()))
                return
            }
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let path = InputDiscovery.join(folder, name)
                let shown = InputDiscovery.join(display, name)
                let own = FileReader.entryKind(path: path)
                let target =
                    own == .symbolicLink
                    ? FileStatus.of(path: path, followingLinks: true)?.kind : own
                switch target {
                case .directory?:
                    let real = FileReader.realPath(path) ?? path
                    if ancestors.contains(real) {
                        skip(
                            shown, .linkLoop,
                            "a link to \(real), a folder that holds it; not followed")
                    } else {
                        self.folder(path, display: shown, ancestors: ancestors.union([real]))
                    }
                case _ where InputDiscovery.isTemporaryName(name):
                    skip(shown, .temporaryFile, "a temporary file left by a writer; not a bundle")
                case .other(let kind)?:
                    skip(shown, .notARegularFile, "not a regular file (it is \(kind))")
                case _ where InputDiscovery.hasBundleExtension(name):
                    // Named as a bundle: `verify` says what is wrong with it, if anything.
                    add(path, display: shown)
                case .regular?:
                    if InputDiscovery.isZIPWithManifest(path) {
                        add(path, display: shown)
                    } else {
                        skip(
                            shown, .notABundle,
                            "not a bundle (not named *.sabundle, and not a ZIP archive with a "
                                + "manifest.json)")
                    }
                default:
                    skip(shown, .notARegularFile, "a symbolic link to nothing")
                }
            }
        }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The names in a folder, or nil (with `errno` set) when it cannot be listed.
    private static func list(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
