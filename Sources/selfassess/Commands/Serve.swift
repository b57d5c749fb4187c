import ArgumentParser
import Foundation
import Logging
import SelfAssessKit
import SelfAssessRegistry
import SelfAssessServer

extension SelfAssessCommand {
    /// `selfassess serve`: the registry over HTTP.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the registry over HTTP: submissions in, signed receipts out.",
            discussion: """
                Serves the registry in --data (made by `selfassess registry init`) on --listen, \
                loopback by default; put nginx in front of it for TLS (docs/registry.md). \
                Bundles are checked against --keyring (trusted only if --society-key verifies \
                its signature) exactly as `registry intake` checks them, and receipts are signed \
                with --receipt-key.

                  POST /v1/submissions?name=NAME   body: one bundle; answer: its receipt
                  GET  /v1/receipts/SHA256         a receipt again, by the bundle's SHA-256
                  GET  /v1/health                  liveness and load

                A receipt's body is NAME.receipt.json byte for byte; its signature file is in \
                the Receipt-Signature header, base64. A refusal without a receipt is an RFC 9457 \
                problem document (application/problem+json) with the registry code. Abuse \
                limits, cheapest first: --rate per address (429 with Retry-After), --max-body \
                (413), --max-verifications at once with --max-queued waiting (503 with \
                Retry-After). Each request is logged on standard error in one line.

                SIGTERM or SIGINT stops it gracefully: the listening socket closes, submissions \
                in flight finish and get their receipts.

                Examples:
                  selfassess serve --data registry --receipt-key society.key \\
                      --keyring keyring.yaml --society-key society.pub
                  selfassess serve --data registry --receipt-key society.key \\
                      --keyring keyring.yaml --society-key society.pub \\
                      --listen 127.0.0.1:0 --port-file registry.address --rate 10/min

                Exit codes: 0 stopped by a signal, 2 the registry, a key or the address could \
                not be used, 64 usage.
                """)

        @OptionGroup var storeOptions: RegistryStoreOptions

        @Option(
            help: ArgumentHelp(
                "The society's private key that signs the receipts (PKCS#8 PEM, mode 0600).",
                valueName: "file"))
        var receiptKey: String

        @OptionGroup var keyringOptions: SocietyKeyringOptions

        @Option(
            help: ArgumentHelp(
                "The address to listen on, HOST:PORT (port 0: any free port).",
                valueName: "address"))
        var listen = "127.0.0.1:8400"

        @Option(
            help: ArgumentHelp(
                "The largest bundle taken: bytes, or with KiB, MiB, GiB.", valueName: "size"))
        var maxBody = "64MiB"

        @Option(help: ArgumentHelp("At most this many verifications at once (default: the cores)."))
        var maxVerifications: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: ArgumentHelp("At most this many submissions waiting for a verification."))
        var maxQueued = 64

        @Option(
            help: ArgumentHelp(
                "Submissions per address: N/s, N/min, N/h, or off.", valueName: "limit"))
        var rate = "60/min"

        @Option(
            help: ArgumentHelp(
                "Write the bound HOST:PORT to this file once listening.", valueName: "file"))
        var portFile: String?

        @Option(help: ArgumentHelp("The log level: trace, debug, info, notice, warning, error."))
        var logLevel = "info"

        @OptionGroup var frameworkOptions: FrameworkOptions
        @OptionGroup var colorOptions: ColorOptions

        /// HOST:PORT, with IPv6 hosts in brackets.
        static func parseListen(_ text: String) -> (host: String, port: Int)? {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            var host = String(text[..<colon])
            guard let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port)
            else { return nil }
            if host.hasPrefix("[") && host.hasSuffix("]") {
                host = String(host.dropFirst().dropLast())
            }
            guard !host.isEmpty else { return nil }
            return (host, port)
        }

        /// Bytes, or a whole number with KiB, MiB or GiB.
        static func parseSize(_ text: String) -> Int? {
            let units: [(String, Int)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30)]
            for (suffix, factor) in units where text.hasSuffix(suffix) {
                guard let number = Int(text.dropLast(suffix.count)), number > 0,
                    number <= Int.max / factor
                else { return nil }
                return number * factor
            }
            guard let bytes = Int(text), bytes > 0 else { return nil }
            return bytes
        }

        func validate() throws {
            guard Self.parseListen(listen) != nil else {
                throw ValidationError(
                    "--listen \(listen): expected HOST:PORT, such as 127.0.0.1:8400.")
            }
            guard Self.parseSize(maxBody) != nil else {
                throw ValidationError(
                    "--max-body \(maxBody): expected bytes or N KiB/MiB/GiB, such as 64MiB.")
            }
            guard rate == "off" || SubmissionRate(rate) != nil else {
                throw ValidationError("--rate \(rate): expected N/s, N/min, N/h or off.")
            }
            guard maxVerifications >= 1, maxQueued >= 0 else {
                throw ValidationError(
                    "--max-verifications must be at least 1, --max-queued at least 0.")
            }
            guard Logger.Level(rawValue: logLevel) != nil else {
                throw ValidationError(
                    "--log-level \(logLevel): expected trace, debug, info, notice, warning or error."
                )
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let signingKey: SigningKey
            do throws(KeyError) {
                signingKey = try KeyFile.readPrivateKey(
                    at: URL(fileURLWithPath: receiptKey), displayName: receiptKey)
            } catch {
                throw KeyringReport.failure(error, terminal: terminal)
            }
            let loaded = try keyringOptions.load(framework: framework, terminal: terminal)
            var keyringSHA256 = loaded.keyring.sha256 ?? ""
            if loaded.keyring.sha256 == nil {
                do throws(KeyringError) {
                    keyringSHA256 = BundleManifest.sha256(
                        try KeyringFile.read(
                            URL(fileURLWithPath: keyringOptions.keyring),
                            displayName: keyringOptions.keyring))
                } catch {
                    throw KeyringReport.failure(error, terminal: terminal)
                }
            }
            let intake: RegistryIntake
            do throws(RegistryError) {
                let store = try storeOptions.open()
                intake = RegistryIntake(
                    store: store, keyring: loaded.keyring, keyringSHA256: keyringSHA256,
                    framework: framework, receiptKey: signingKey,
                    maxBundleSize: Self.parseSize(maxBody) ?? RegistryIntake.defaultMaxBundleSize)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }

            var logger = Logger(label: "selfassess.registry") {
                StreamLogHandler.standardError(label: $0)
            }
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            let (host, port) = Self.parseListen(listen) ?? ("127.0.0.1", 8400)
            let server = RegistryServer(
                intake: intake,
                configuration: .init(
                    host: host, port: port, maxVerifications: maxVerifications,
                    maxQueued: maxQueued, rate: rate == "off" ? nil : SubmissionRate(rate)),
                logger: logger)
            let portFile = self.portFile
            let folder = storeOptions.data
            let onRunning: @Sendable (String, Int) async -> Void = { boundHost, boundPort in
                let address =
                    boundHost.contains(":")
                    ? "[\(boundHost)]:\(boundPort)" : "\(boundHost):\(boundPort)"
                if let portFile {
                    do throws(FileWriteFailure) {
                        try AtomicFile.write(
                            Data((address + "\n").utf8), to: URL(fileURLWithPath: portFile),
                            createFolders: true, permissions: 0o644)
                    } catch {
                        terminal.error(
                            "\(RegistryHTTPError.portFileWriteFailed(file: portFile, reason: error.reason)) [SR048]"
                        )
                        Foundation.exit(2)
                    }
                }
                terminal.out(
                    "\(RegistryMessage(.listening, ["address": .text(address), "folder": .text(folder)]))\n"
                )
            }
            InterruptCleanup.handOver()
            do {
                try await server.run(onRunning: onRunning)
            } catch {
                let failure = RegistryHTTPError.listenFailed(address: listen, reason: "\(error)")
                throw terminal.fail("\(failure) [\(failure.code)]", code: 2)
            }
            terminal.out("\(RegistryMessage(.stopped))\n")
        }
    }
}
