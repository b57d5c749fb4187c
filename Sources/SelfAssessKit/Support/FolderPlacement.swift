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
/// notes, evidence of other years). Into it, after every name has been checked (a folder where a
/// file goes stops the work before anything moves), each old file is first renamed aside into a
/// backup folder beside the staging folder and the new one renamed over its name. When a step
/// fails (a protected file, a folder without write permission), the steps already taken are
/// undone in reverse, so the target is left as it was: never half old and half new.
enum FolderPlacement {
    /// Why the staging folder could not be put in place.
    struct Failure: Error, Equatable {
        /// The path that could not be written, as shown to the user.
        var path: String
        /// The system's reason, in plain words.
        var reason: String
        /// Whether an entry of the target stood in the way (a refusal), rather than the system
        /// refusing a write.
        var isConflict: Bool = false
    }

    /// Moves the staging folder's content into `target` and removes the staging folder.
    ///
    /// - Parameters:
    ///   - staging: A complete folder, on the same file system as the target.
    ///   - target: The folder to create or to update.
    ///   - displayName: The target as the user wrote it, for messages.
    ///   - failure: For tests: a reason to fail the step for a relative path, as the system might.
    /// - Returns: Whether the target existed (and was updated rather than created).
    @discardableResult
    static func place(
        _ staging: URL, at target: URL, displayName: String,
        failure injected: (String) -> String? = { _ in nil }
    ) throws(Failure) -> Bool {
        func shown(_ relative: String) -> String {
            relative.isEmpty
                ? displayName
                : (displayName.hasSuffix("/") ? displayName : displayName + "/") + relative
        }
        guard let status = FileStatus.of(path: target.path, followingLinks: true) else {
            guard rename(staging.path, target.path) == 0 else {
                throw Failure(path: shown(""), reason: FileReader.systemError())
            }
            return false
        }
        guard case .directory = status.kind else {
            throw Failure(path: shown(""), reason: "exists and is not a folder", isConflict: true)
        }
        let entries = try staged(staging)
        for entry in entries {
            let destination = target.appendingPathComponent(entry.path).path
            switch (entry.isFolder, FileStatus.of(path: destination, followingLinks: false)?.kind) {
            case (_, nil), (true, .directory?):
                continue
            case (true, _):
                throw Failure(
                    path: shown(entry.path), reason: "exists and is not a folder", isConflict: true)
            case (false, .directory?):
                throw Failure(
                    path: shown(entry.path), reason: "exists and is not a file", isConflict: true)
            case (false, _):
                // A regular file, or a symbolic link to one, is replaced; a device, a named pipe
                // or a link to one never is.
                if let refusal = OutputTarget.refusal(at: destination) {
                    throw Failure(
                        path: shown(entry.path), reason: "exists and \(refusal)", isConflict: true)
                }
            }
        }

        let backup = URL(fileURLWithPath: staging.path + ".old")
        TemporaryFiles.shared.register(backup)
        defer { TemporaryFiles.shared.unregister(backup) }
        guard mkdir(backup.path, 0o700) == 0 else {
            throw Failure(path: backup.path, reason: FileReader.systemError())
        }
        var undo = Undo(target: target, backup: backup)
        for entry in entries {
            let destination = target.appendingPathComponent(entry.path).path
            let failure: String?
            if let reason = injected(entry.path) {
                failure = reason
            } else if entry.isFolder {
                failure = undo.makeFolder(entry.path, at: destination)
            } else {
                failure = undo.replace(
                    entry.path, at: destination,
                    with: staging.appendingPathComponent(entry.path).path)
            }
            if let failure {
                undo.rollBack()
                try? FileManager.default.removeItem(at: backup)
                throw Failure(path: shown(entry.path), reason: failure)
            }
        }
        try? FileManager.default.removeItem(at: backup)
        try? FileManager.default.removeItem(at: staging)
        return true
    }

    /// The steps taken so far, and how to take them back.
    private struct Undo {
        enum Step {
            case createdFolder(String)
            /// A new file put in place from `source`; the old one, if any, is in the backup under
            /// the same relative path.
            case replaced(String, source: String, hadOld: Bool)
        }

        let target: URL
        let backup: URL
        var steps: [Step] = []

        mutating func makeFolder(_ relative: String, at destination: String) -> String? {
            if FileStatus.of(path: destination, followingLinks: false) != nil { return nil }
            guard mkdir(destination, 0o755) == 0 else { return FileReader.systemError() }
            steps.append(.createdFolder(destination))
            return nil
        }

        mutating func replace(
            _ relative: String, at destination: String, with source: String
        ) -> String? {
            let hadOld = FileStatus.of(path: destination, followingLinks: false) != nil
            if hadOld {
                let aside = backup.appendingPathComponent(relative)
                try? FileManager.default.createDirectory(
                    at: aside.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard rename(destination, aside.path) == 0 else { return FileReader.systemError() }
            }
            guard rename(source, destination) == 0 else {
                let reason = FileReader.systemError()
                if hadOld { _ = rename(backup.appendingPathComponent(relative).path, destination) }
                return reason
            }
            steps.append(.replaced(relative, source: source, hadOld: hadOld))
            return nil
        }

        /// Takes every step back, last first: new files return to the staging folder, old ones
        /// to their names, and new folders go.
        func rollBack() {
            for step in steps.reversed() {
                switch step {
                case .createdFolder(let path):
                    rmdir(path)
                case .replaced(let relative, let source, let hadOld):
                    let destination = target.appendingPathComponent(relative).path
                    _ = rename(destination, source)
                    if hadOld {
                        _ = rename(backup.appendingPathComponent(relative).path, destination)
                    }
                }
            }
        }
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
