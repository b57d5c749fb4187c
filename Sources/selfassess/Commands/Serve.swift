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
            abstract: CLIHelp.serveAbstract.text,
            discussion: CLIHelp.serveDiscussion.text)

        @OptionGroup var intakeOptions: RegistryIntakeOptions

        @Option(help: ArgumentHelp(CLIHelp.serveListenHelp.text, valueName: "address"))
        var listen = "127.0.0.1:8400"

        @Option(help: ArgumentHelp(CLIHelp.serveMaxBodyHelp.text, valueName: "size"))
        var maxBody = "64MiB"

        @Option(help: ArgumentHelp(CLIHelp.serveMaxVerificationsHelp.text))
        var maxVerifications: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: ArgumentHelp(CLIHelp.serveMaxQueuedHelp.text))
        var maxQueued = 64

        @Option(help: ArgumentHelp(CLIHelp.serveCheckpointIntervalHelp.text, valueName: "minutes"))
        var checkpointInterval = 5

        @Option(help: ArgumentHelp(CLIHelp.serveLogOriginHelp.text, valueName: "origin"))
        var logOrigin = LogCheckpoint.defaultOrigin

        @Option(help: ArgumentHelp(CLIHelp.serveRateHelp.text, valueName: "limit"))
        var rate = "60/min"

        @Option(help: ArgumentHelp(CLIHelp.servePortFileHelp.text, valueName: "file"))
        var portFile: String?

        @Option(help: ArgumentHelp(CLIHelp.serveLogLevelHelp.text))
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
                throw ValidationError(CLIMessages.serveListen.text(["listen": listen]))
            }
            guard Self.parseSize(maxBody) != nil else {
                throw ValidationError(CLIMessages.serveMaxBody.text(["size": maxBody]))
            }
            guard rate == "off" || SubmissionRate(rate) != nil else {
                throw ValidationError(CLIMessages.serveRate.text(["rate": rate]))
            }
            guard maxVerifications >= 1, maxQueued >= 0, checkpointInterval >= 1,
                checkpointInterval <= Int.max / 60, !logOrigin.isEmpty,
                !logOrigin.contains(where: { $0.isWhitespace || $0 == "+" })
            else {
                throw ValidationError(CLIMessages.serveLimits.text())
            }
            guard Logger.Level(rawValue: logLevel) != nil else {
                throw ValidationError(CLIMessages.serveLogLevel.text(["level": logLevel]))
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let framework = try frameworkOptions.load(terminal: terminal)
            let intake = try intakeOptions.intake(
                framework: framework, terminal: terminal,
                maxBundleSize: Self.parseSize(maxBody) ?? RegistryIntake.defaultMaxBundleSize,
                logOrigin: logOrigin)

            var logger = Logger(label: "selfassess.registry") {
                StreamLogHandler.standardError(label: $0)
            }
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            let (host, port) = Self.parseListen(listen) ?? ("127.0.0.1", 8400)
            let server = RegistryServer(
                intake: intake,
                configuration: .init(
                    host: host, port: port, maxVerifications: maxVerifications,
                    maxQueued: maxQueued, rate: rate == "off" ? nil : SubmissionRate(rate),
                    logOrigin: intake.logOrigin, checkpointInterval: checkpointInterval * 60),
                logger: logger)
            let portFile = self.portFile
            let folder = intakeOptions.storeOptions.data
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
                            RegistryHTTPError.portFileWriteFailed(
                                file: portFile, reason: error.reason
                            ).shown + " [SR048]"
                        )
                        Foundation.exit(2)
                    }
                }
                terminal.out(
                    RegistryMessage(
                        .listening, ["address": .text(address), "folder": .text(folder)]
                    ).shown + "\n"
                )
            }
            InterruptCleanup.handOver()
            do {
                try await server.run(onRunning: onRunning)
            } catch {
                let failure = RegistryHTTPError.listenFailed(address: listen, reason: "\(error)")
                throw terminal.fail("\(failure.shown) [\(failure.code)]", code: 2)
            }
            terminal.out(RegistryMessage(.stopped).shown + "\n")
        }
    }
}
