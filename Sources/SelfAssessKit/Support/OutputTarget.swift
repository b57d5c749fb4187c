/// The check every writer of the kit makes before it writes a file: a name may be written over only
/// when nothing is there, or a regular file, or a symbolic link to a regular file.
///
/// A rename over a device, a named pipe, a socket or a folder would replace it (as root, a real
/// `/dev/null`), so such a target is refused before anything is written.
package enum OutputTarget {
    /// Why a file must not be written at `path`, or nil when it may be.
    ///
    /// - Parameter path: The file about to be written.
    /// - Returns: The refusal in words, such as "is a named pipe, not a regular file".
    package static func refusal(at path: String) -> String? {
        guard let own = FileStatus.of(path: path, followingLinks: false) else { return nil }
        switch own.kind {
        case .regular, .missing:
            return nil
        case .symbolicLink:
            guard let target = FileStatus.of(path: path, followingLinks: true) else {
                return "is a symbolic link that leads nowhere, not a regular file"
            }
            switch target.kind {
            case .regular: return nil
            case .directory: return "is a symbolic link to a folder, not a regular file"
            case .other(let kind): return "is a symbolic link to \(kind), not a regular file"
            case .symbolicLink, .missing:
                return "is a symbolic link that leads nowhere, not a regular file"
            }
        case .directory:
            return "is a folder, not a regular file"
        case .other(let kind):
            return "is \(kind), not a regular file"
        }
    }

    /// The first of several files that must not be written, with the reason.
    ///
    /// - Parameter paths: The files about to be written, in order.
    /// - Returns: The path and the refusal, or nil when every one may be written.
    package static func firstRefusal(among paths: [String]) -> (path: String, reason: String)? {
        for path in paths {
            if let reason = refusal(at: path) { return (path, reason) }
        }
        return nil
    }
}
