import Foundation

/// Paths and folders every test target uses: the package's root, the samples, temporary folders.
///
/// Each test target adds what only it needs in an extension.
package enum TestSupport {
    /// The package's root folder.
    package static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A folder under `Samples/`.
    package static func sample(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }

    /// A fresh temporary folder, removed by the caller's `defer`.
    package static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("selfassess-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies a folder into a fresh temporary folder and returns the copy.
    package static func copy(
        _ folder: URL, named name: String? = nil
    ) throws -> (
        copy: URL, cleanup: URL
    ) {
        let root = try temporaryFolder()
        let copy = root.appendingPathComponent(name ?? folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: copy)
        return (copy, root)
    }
}
