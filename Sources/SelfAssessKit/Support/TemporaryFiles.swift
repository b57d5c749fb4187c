package import Foundation
internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The temporary files and staging folders the kit is writing at this moment, so that a command
/// stopped by a signal can remove them (the kit itself never handles signals).
///
/// A writer registers a path in ``shared`` before it creates it, and unregisters it once it has
/// been renamed or removed.
package struct TemporaryFiles: ~Copyable, Sendable {
    /// The registry the kit's writers use.
    package static let shared = TemporaryFiles()

    private let paths = Mutex<Set<String>>([])

    /// An empty registry.
    package init() {}

    /// Notes a temporary file that is about to be created.
    ///
    /// - Parameter url: The file.
    package func register(_ url: URL) {
        paths.withLock { _ = $0.insert(url.path) }
    }

    /// Forgets a temporary file that has been renamed or removed.
    ///
    /// - Parameter url: The file.
    package func unregister(_ url: URL) {
        paths.withLock { _ = $0.remove(url.path) }
    }

    /// Removes every registered file or folder (with what it holds) that still exists and
    /// forgets them all: what the interrupt handler calls before the process ends.
    ///
    /// A folder is renamed before it is removed: the writer may still be adding to it on
    /// another thread, and once the name is gone nothing new can be created under it, so the
    /// removal cannot be beaten by a file made in the meantime (it is tried again if it is).
    package func removeAll() {
        for path in paths.withLock({ registered in
            defer { registered.removeAll() }
            return registered
        }) where unlink(path) != 0 {
            let doomed = path + ".removing"
            let target = rename(path, doomed) == 0 ? doomed : path
            for _ in 0..<5 {
                if (try? FileManager.default.removeItem(atPath: target)) != nil { break }
                if access(target, F_OK) != 0 { break }
            }
        }
    }
}
