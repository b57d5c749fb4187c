import Foundation
import SelfAssessTestSupport
import Subprocess
import SystemPackage
import Testing

/// Runs the built `selfassess` binary, which SwiftPM links next to the test bundle.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("selfassess")
    }()

    /// The program that runs the binary as user and group 65534 when the tests run as root, so
    /// that file permissions apply; nil when they do not run as root or it is missing.
    static let dropPrivileges: [String]? = {
        guard geteuid() == 0 else { return [] }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"]
    }()

    /// Runs the binary with arguments in a working folder, with NO_COLOR set and the locale
    /// variables asking for no language (English) unless overridden;
    /// `unprivileged` runs it through ``dropPrivileges``.
    static func run(
        _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        unprivileged: Bool = false
    ) async throws -> Result {
        var updates: [Environment.Key: String?] = [
            "NO_COLOR": "1", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8",
        ]
        for (key, value) in environment { updates[Environment.Key(stringLiteral: key)] = value }
        let command = (unprivileged ? dropPrivileges ?? [] : []) + [binary.path] + arguments
        let result = try await Subprocess.run(
            .path(FilePath(command[0])),
            arguments: Arguments(Array(command.dropFirst())),
            environment: .inherit.updating(updates),
            workingDirectory: FilePath((folder ?? TestSupport.packageRoot).path),
            output: .string(limit: 1 << 24),
            error: .string(limit: 1 << 24))
        var status: Int32 = -1
        if case .exited(let code) = result.terminationStatus { status = code }
        return Result(
            status: status, stdout: result.standardOutput, stderr: result.standardError)
    }

    /// Runs the binary and sends it `signal` once a file whose name contains `marker` appears in
    /// the folder.
    ///
    /// The tool runs in the foreground of an inner shell (a background job of a non-interactive
    /// shell starts with SIGINT ignored), which a watcher signals. With `ignored`, the signal is
    /// ignored when the tool starts, as a shell script's background job has it. The report is
    /// "seen" (or "missed") and the exit status as the shell gives it.
    static func interrupt(
        _ arguments: [String], in folder: URL, with signal: String, when marker: String,
        ignored: Bool = false
    ) async throws -> (report: String, stderr: String) {
        let script = """
            \(ignored ? "trap '' \(signal)" : ":")
            sh -c '
              ( while kill -0 $$ 2> /dev/null && ! ls -a | grep -qF -- "$MARKER"; do :; done
                if ls -a | grep -qF -- "$MARKER"; then echo seen; else echo missed; fi
                kill -s "$SIGNAL" $$ 2> /dev/null ) &
              exec "$0" "$@" > .stdout 2> .stderr' "$0" "$@"
            status=$?
            wait
            echo "status $status"
            """
        let result = try await Subprocess.run(
            .path("/bin/sh"), arguments: Arguments(["-c", script, binary.path] + arguments),
            environment: .inherit.updating(["NO_COLOR": "1", "MARKER": marker, "SIGNAL": signal]),
            workingDirectory: FilePath(folder.path), output: .string(limit: 1 << 20),
            error: .string(limit: 1 << 20))
        let stderr = folder.appendingPathComponent(".stderr")
        defer {
            try? FileManager.default.removeItem(at: stderr)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".stdout"))
        }
        return (
            result.standardOutput,
            (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
        )
    }

    /// The tool's version, as printed by `--version`, replaced in golden files.
    static let version = "0.1.0"

    /// Copies `Samples/<name>` (or another folder) into a temporary folder.
    static func copySample(
        _ name: String, into folder: URL, as newName: String? = nil
    ) throws -> URL {
        let target = folder.appendingPathComponent(
            newName ?? URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(
            at: TestSupport.sample(name),
            to: target)
        return target
    }
}
