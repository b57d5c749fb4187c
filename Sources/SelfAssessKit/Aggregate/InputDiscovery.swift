import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Finds the bundles named on `aggregate`'s command line: files as they are, folders searched
/// recursively for `*.sabundle` files.
///
/// Hidden names (starting with `.`, such as the temporary files `bundle` writes) are skipped, and
/// symbolic links to folders are not followed (a link to a file is). A file reached twice (named
/// and inside a named folder, or through a link) is read once, under the name that sorts first, so
/// the outcome does not depend on the order of the inputs. The bundles come back sorted by the
/// UTF-8 bytes of their names.
public enum InputDiscovery {
    /// The file name extension of bundles.
    public static let bundleExtension = "sabundle"

    /// Looks for bundles.
    ///
    /// - Parameter paths: The inputs as given (files or folders, relative to the working folder
    ///   or absolute).
    /// - Returns: The bundles found, the named inputs that do not exist, and the folders that
    ///   could not be read.
    public static func find(_ paths: [String]) -> Found {
        var byRealPath: [String: BundleInput] = [:]
        var found = Found()
        func add(_ path: String, display: String) {
            let key = FileReader.realPath(path) ?? path
            if let existing = byRealPath[key],
                existing.displayName.utf8.lexicographicallyPrecedes(display.utf8)
            {
                return
            }
            byRealPath[key] = BundleInput(url: URL(fileURLWithPath: path), displayName: display)
        }
        for path in paths {
            switch FileStatus.of(path: path, followingLinks: true)?.kind {
            case nil:
                found.notFound.append(path)
            case .directory?:
                walk(path, display: path, add: add, unreadable: &found.unreadableFolders)
            default:
                // A named file is read whatever its name; `verify` decides what it is.
                add(path, display: path)
            }
        }
        found.bundles = byRealPath.values.sorted {
            $0.displayName.utf8.lexicographicallyPrecedes($1.displayName.utf8)
        }
        found.unreadableFolders.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return found
    }

    private static func walk(
        _ folder: String, display: String, add: (String, String) -> Void,
        unreadable: inout [Found.UnreadableFolder]
    ) {
        guard let names = list(folder) else {
            unreadable.append(
                Found.UnreadableFolder(path: display, reason: FileReader.systemError()))
            return
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        where !name.hasPrefix(".") {
            let path = join(folder, name)
            let shown = join(display, name)
            switch FileReader.entryKind(path: path) {
            case .directory:
                walk(path, display: shown, add: add, unreadable: &unreadable)
            case .regular, .symbolicLink:
                guard URL(fileURLWithPath: name).pathExtension == bundleExtension else { continue }
                if case .directory? = FileStatus.of(path: path, followingLinks: true)?.kind {
                    continue
                }
                add(path, shown)
            default:
                continue
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
