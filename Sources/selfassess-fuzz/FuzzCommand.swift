import Foundation
import SelfAssessKit

/// The fuzzing driver: one executable for every harness, chosen with `--target=NAME`.
///
/// Built normally, it replays inputs (files, or folders of files) through a harness and exits 1
/// on the first broken invariant; `make test` and the regression corpus use it that way. Built
/// with `-sanitize=fuzzer,address -DSELFASSESS_FUZZ` (`make fuzz`, see docs/fuzzing.md) it
/// hands the process to libFuzzer, which passes its own flags (`-max_total_time=…`) through.
@main
enum FuzzCommand {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let keyArgument = arguments.first(where: { $0.hasPrefix("--write-test-key=") }) {
            exit(writeTestKey(to: String(keyArgument.dropFirst("--write-test-key=".count))))
        }
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        guard let targetArgument = arguments.first(where: { $0.hasPrefix("--target=") }),
            let target = FuzzTarget(rawValue: String(targetArgument.dropFirst("--target=".count)))
        else {
            FileHandle.standardError.write(
                Data(
                    "usage: selfassess-fuzz --target=NAME [INPUT…]; NAME is one of \(names)\n".utf8)
            )
            exit(64)
        }
        FuzzTarget.selected = target
        // The kit's statics (the built-in framework, the test key) are made before fuzzing:
        // LeakSanitizer cannot follow Swift's enum payloads that carry tag bits in a pointer, so
        // a tree kept by a static, made during the first input, would be reported as leaked.
        _ = YAMLHarness.framework
        _ = TestKey.signing
        target.run([])
        if target == .zip {
            // The zip harness works in a folder of its own (/dev/shm when there is one).
            atexit { try? FileManager.default.removeItem(at: ZIPHarness.folder) }
        }
        #if SELFASSESS_FUZZ
            exit(LibFuzzer.run())
        #else
            exit(replay(arguments.filter { !$0.hasPrefix("-") }, through: target))
        #endif
    }

    /// Writes the fixed test key that the seed bundles are signed with (Scripts/fuzz-seeds.sh).
    static func writeTestKey(to path: String) -> Int32 {
        let text = Data(TestKey.signing.pemRepresentation.utf8)
        guard
            FileManager.default.createFile(
                atPath: path, contents: text, attributes: [.posixPermissions: 0o600])
        else {
            FileHandle.standardError.write(Data("selfassess-fuzz: cannot write \(path)\n".utf8))
            return 2
        }
        return 0
    }

    /// Runs every file named, or found in the folders named, through the harness.
    static func replay(_ paths: [String], through target: FuzzTarget) -> Int32 {
        var inputs: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(
                    Data("selfassess-fuzz: \(path): no such file\n".utf8))
                return 2
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                inputs += names.sorted().map { url.appendingPathComponent($0) }
            } else {
                inputs.append(url)
            }
        }
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input.path) else { continue }
            Invariant.currentInput = input.path
            target.run([UInt8](data))
        }
        FileHandle.standardOutput.write(
            Data("selfassess-fuzz: \(target.rawValue): \(inputs.count) inputs, no failure\n".utf8))
        return 0
    }
}
