import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Puts a complete staging folder in place of a target folder, as `init --force` and
/// `aggregate --force` need it: the tool's own files are replaced and nothing else is touched.
///
/// A missing target is created by renaming the staging folder (one atomic step). An existing
/// target keeps every entry the staging folder does not have (a `.git` folder, the officer's own
/// notes, evidence of other years): each staged file is renamed over its namesake, an atomic
/// step per file, after every name has been checked, so that a conflict (a folder where a file
/// goes) stops the work before anything moves.
enum FolderPlacement {
    /// Why the staging folder could not be put in place.
    struct Failure: Error, Equatable {
        /// The path (under the target) that could not be written.
        var path: String
        /// The system's reason, in plain words.
        var reason: String
    }

    /// Moves the staging folder's content into `target` and removes the staging folder.
    ///
    /// - Parameters:
    ///   - staging: A complete folder, on the same file system as the target.
    ///   - target: The folder to create or to update.
    /// - Returns: Whether the target existed (and was updated rather than created).
    @discardableResult
    static func place(_ staging: URL, at target: URL) throws(Failure) -> Bool {
        guard let status = FileStatus.of(path: target.path, followingLinks: true) else {
            guard rename(staging.path, target.path) == 0 else {
                throw Failure(path: target.path, reason: FileReader.systemError())
            }
            return false
        }
        guard case .directory = status.kind else {
            throw Failure(path: target.path, reason: "exists and is not a folder")
        }
        let entries = try staged(staging)
        for entry in entries {
            let destination = target.appendingPathComponent(entry.path).path
            switch (entry.isFolder, FileStatus.of(path: destination, followingLinks: false)?.kind) {
            case (_, nil), (true, .directory?), (false, .regular?), (false, .symbolicLink?):
                continue
            case (true, _): throw Failure(path: destination, reason: "exists and is not a folder")
            case (false, _): throw Failure(path: destination, reason: "exists and is not a file")
            }
        }
        for entry in entries {
            let source = staging.appendingPathComponent(entry.path).path
            let destination = target.appendingPathComponent(entry.path).path
            if entry.isFolder {
                guard FileStatus.of(path: destination, followingLinks: false) == nil else {
                    continue
                }
                guard mkdir(destination, 0o755) == 0 else {
                    throw Failure(path: destination, reason: FileReader.systemError())
                }
            } else {
                guard rename(source, destination) == 0 else {
                    throw Failure(path: destination, reason: FileReader.systemError())
                }
            }
        }
        try? FileManager.default.removeItem(at: staging)
        return true
    }

    /// The staging folder's entries, folders before what they hold, as relative paths.
    private static func staged(_ staging: URL) throws(Failure) -> [(path: String, isFolder: Bool)] {
        var result: [(path: String, isFolder: Bool)] = []
        func walk(_ relative: String) throws(Failure) {
            let folder = relative.isEmpty ? staging : staging.appendingPathComponent(relative)
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                throw Failure(path: folder.path, reason: "cannot be listed")
            }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                let kind = FileStatus.of(
                    path: staging.appendingPathComponent(path).path, followingLinks: false)?.kind
                if case .directory? = kind {
                    result.append((path, true))
                    try walk(path)
                } else {
                    result.append((path, false))
                }
            }
        }
        try walk("")
        return result
    }
}
