import Foundation
import Testing

/// Independent tools the bundle tests compare against (openssl, minisign, signify, python3, zip),
/// found on PATH.
///
/// Tests that need one are skipped, visibly, when it is missing.
package enum ExternalTool {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// The executable's full path, or nil when it is not on PATH.
    package static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    package static let openssl = find("openssl")
    package static let minisign = find("minisign")
    package static let signify = find("signify-openbsd") ?? find("signify")
    package static let python = find("python3")
    package static let zip = find("zip")
    package static let unzip = find("unzip")

    /// Runs a tool in a folder with optional standard input; output goes through files, so a
    /// chatty tool can never block on a full pipe.
    @discardableResult
    package static func run(
        _ tool: URL, _ arguments: [String], in folder: URL? = nil, input: [UInt8]? = nil
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"),
            errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data(input ?? []))
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try stdin.close()
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where every tool is installed; otherwise it is skipped with a note
    /// naming the tools and their Debian packages (`make test` installs them).
    package static func needs(_ tools: ExternalTool.Name...) -> Self {
        let names = tools.map { "\($0.rawValue) (Debian package \($0.debianPackage))" }
        return .enabled(
            if: tools.allSatisfy { $0.url != nil },
            Comment(rawValue: "needs \(names.joined(separator: ", ")), not installed"))
    }
}

extension ExternalTool {
    /// The tools a test can need, by name.
    package enum Name: String, Sendable {
        case openssl, minisign, signify, python3, zip, unzip, sh

        package var url: URL? {
            switch self {
            case .openssl: ExternalTool.openssl
            case .minisign: ExternalTool.minisign
            case .signify: ExternalTool.signify
            case .python3: ExternalTool.python
            case .zip: ExternalTool.zip
            case .unzip: ExternalTool.unzip
            case .sh: ExternalTool.find("sh")
            }
        }

        package var debianPackage: String {
            switch self {
            case .signify: "signify-openbsd"
            case .python3: "python3"
            case .sh: "dash"
            default: rawValue
            }
        }
    }
}
