import Foundation
import SelfAssessKit

/// ZIP bytes through the hardened container reader, then through bundle verification.
///
/// Invariants: opening and reading refuse only with a ``ContainerError`` about the container
/// (never a read or write failure of our own files); a container that opens and reads in full,
/// written back with ``ZIPContainerWriter``, opens again with the same paths and bytes; and a
/// bundle that verifies against the fixed test key holds exactly what its manifest lists, byte
/// for byte, as the builder would have packed it.
enum ZIPHarness {
    static let limits = BundleLimits(
        maxEntryCount: 64, maxEntrySize: 1 << 20, maxTotalSize: 4 << 20,
        maxCentralDirectorySize: 64 << 10)
    static let folder: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base =
            FileManager.default.fileExists(atPath: shm.path)
            ? shm : FileManager.default.temporaryDirectory
        let url = base.appendingPathComponent("selfassess-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    static let input = folder.appendingPathComponent("input.sabundle")
    static let copy = folder.appendingPathComponent("copy.sabundle")

    static func run(_ bytes: [UInt8]) {
        let written = FileManager.default.createFile(atPath: input.path, contents: Data(bytes))
        Invariant.require(written, "cannot write \(input.path)")
        guard let contents = read(input, name: "input.sabundle") else {
            verify()
            return
        }
        let entries = contents.map {
            ZIPContainerWriter.Entry(path: $0.path, content: .bytes($0.bytes))
        }
        do throws(ContainerError) {
            try ZIPContainerWriter.write(
                entries, to: copy, displayName: "copy.sabundle", limits: limits)
        } catch {
            Invariant.require(false, "a container that reads cannot be written back: \(error)")
        }
        let again = read(copy, name: "copy.sabundle")
        Invariant.require(again != nil, "the written-back container does not read")
        let sorted = contents.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        Invariant.require(
            again?.map(\.path) == sorted.map(\.path) && again?.map(\.bytes) == sorted.map(\.bytes),
            "the written-back container holds other entries")
        verify()
    }

    /// Opens a container and reads every entry, or nil when it is refused.
    static func read(_ url: URL, name: String) -> [(path: String, bytes: [UInt8])]? {
        do throws(ContainerError) {
            let reader = try ZIPContainerReader(url: url, displayName: name, limits: limits)
            var contents: [(path: String, bytes: [UInt8])] = []
            for entry in reader.entries {
                var data: [UInt8] = []
                try reader.stream(entry) { data += $0 }
                Invariant.require(data.count == entry.size, "\(entry.path): a read of another size")
                contents.append((entry.path, data))
            }
            return contents
        } catch {
            checkRefusal(error, name: name)
            return nil
        }
    }

    static func checkRefusal(_ error: ContainerError, name: String) {
        switch error {
        case .unreadable, .notRegularFile, .writeFailed, .sourceUnreadable, .exists, .noSuchEntry:
            Invariant.require(false, "not a refusal of the container: \(error)")
        default:
            Invariant.require(
                error.description.contains(name), "the message names no file: \(error)")
        }
    }

    /// Verifies the input as a bundle against the test key.
    static func verify() {
        guard let framework = YAMLHarness.framework, let today = YAMLHarness.today else { return }
        let verifier = BundleVerifier(
            trustedKeys: SingleTrustedKey(TestKey.signing.publicKey), framework: framework,
            today: today, limits: limits)
        let verified: VerifiedBundle
        do throws(BundleError) {
            verified = try verifier.verify(input, displayName: "input.sabundle")
        } catch {
            if case .container(let failure) = error {
                checkRefusal(failure, name: "input.sabundle")
            }
            return
        }
        guard let contents = read(input, name: "input.sabundle") else {
            Invariant.require(false, "a bundle verified that the reader refuses")
            return
        }
        var expected = Set(verified.manifest.files.map(\.path))
        expected.insert(BundleManifest.path)
        expected.insert(BundleManifest.signaturePath)
        Invariant.require(
            Set(contents.map(\.path)) == expected && contents.count == expected.count,
            "a verified bundle holds entries its manifest does not list, or lacks some")
        for (path, bytes) in contents {
            guard let listed = verified.manifest.file(at: path) else { continue }
            Invariant.require(
                listed.size == bytes.count && listed.sha256 == BundleManifest.sha256(bytes),
                "\(path): a verified bundle's entry differs from its manifest")
        }
    }
}

/// The fixed key the seed bundles are signed with (`selfassess-fuzz --write-test-key=FILE`).
enum TestKey {
    static let signing: SigningKey = {
        guard let key = SigningKey(seed: (0..<32).map { UInt8($0 &* 7 &+ 11) }) else {
            Invariant.require(false, "the test seed is not usable")
            return SigningKey.generate()
        }
        return key
    }()
}
