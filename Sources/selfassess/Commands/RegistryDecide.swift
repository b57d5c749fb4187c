import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    /// `selfassess registry decide`: records an analyst's decision on a signatory's recommended
    /// step, append-only.
    struct Decide: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryDecideAbstract.text,
            discussion: CLIHelp.registryDecideDiscussion.text)

        @OptionGroup var storeOptions: RegistryStoreOptions

        @Option(help: ArgumentHelp(CLIHelp.registryDecideSignatoryHelp.text, valueName: "id"))
        var signatory: String

        @Option(help: ArgumentHelp(CLIHelp.registryDecideYearHelp.text, valueName: "year"))
        var year: Int

        @Option(help: ArgumentHelp(CLIHelp.registryDecideActionHelp.text, valueName: "action"))
        var action: String

        @Option(help: ArgumentHelp(CLIHelp.registryDecideReasonHelp.text, valueName: "text"))
        var reason: String

        @Option(help: ArgumentHelp(CLIHelp.registryDecideByHelp.text, valueName: "name"))
        var by: String?

        @OptionGroup var colorOptions: ColorOptions

        /// The decision the options describe, at a time.
        func decision(at time: BundleTimestamp) -> AnalystDecision {
            AnalystDecision(
                signatory: signatory, year: year, action: action, reason: reason,
                decidedBy: by ?? ProcessInfo.processInfo.environment["USER"] ?? "",
                decidedAt: time)
        }

        func validate() throws {
            if let problem = decision(at: .earliest).problem {
                throw ValidationError("\(problem.shown) [\(problem.code)]")
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let recorded: AnalystDecision
            do throws(RegistryError) {
                let store = try storeOptions.openDecisions()
                defer { storeOptions.close(store) }
                recorded = try store.recordDecision(decision(at: SystemClock().now()))
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            terminal.out(
                CLIMessages.decisionRecorded.text([
                    "id": String(recorded.id), "registry": storeOptions.registryName,
                    "signatory": recorded.signatory, "year": String(recorded.year),
                    "action": recorded.action, "by": recorded.decidedBy,
                ]) + "\n")
        }
    }

    /// `selfassess registry decisions`: lists the analysts' decisions, superseded ones marked.
    struct Decisions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryDecisionsAbstract.text,
            discussion: CLIHelp.registryDecisionsDiscussion.text)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        @OptionGroup var storeOptions: RegistryStoreOptions

        @Option(help: ArgumentHelp(CLIHelp.registryDecisionsYearHelp.text, valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(CLIHelp.registryDecisionsSignatoryHelp.text, valueName: "id"))
        var signatory: String?

        @Flag(help: ArgumentHelp(CLIHelp.registryDecisionsCurrentHelp.text))
        var current = false

        @Option(help: ArgumentHelp(CLIHelp.registryDecisionsFormatHelp.text))
        var format: Format = .text

        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let all: [AnalystDecision]
            do throws(RegistryError) {
                let store = try storeOptions.openDecisions()
                defer { storeOptions.close(store) }
                all = try store.decisions(year: year, signatory: signatory)
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            let inForce = Set(AnalystDecision.current(all).map(\.id))
            let shown = current ? all.filter { inForce.contains($0.id) } : all
            switch format {
            case .json: terminal.out(DecisionListing.json(shown, inForce: inForce))
            case .csv: terminal.out(DecisionListing.csv(shown, inForce: inForce))
            case .text:
                guard !shown.isEmpty else {
                    terminal.out(
                        CLIMessages.decisionNone.text(["registry": storeOptions.registryName])
                            + "\n")
                    return
                }
                terminal.out(DecisionListing.text(shown, inForce: inForce))
            }
        }
    }
}

/// The decisions as `registry decisions` writes them.
enum DecisionListing {
    static func json(_ decisions: [AnalystDecision], inForce: Set<Int>) -> String {
        JSONValue.object([
            "schemaVersion": .integer(1),
            "decisions": .array(
                decisions.map { decision in
                    .object([
                        "id": .integer(decision.id), "signatory": .string(decision.signatory),
                        "year": .integer(decision.year), "action": .string(decision.action),
                        "reason": .string(decision.reason),
                        "decidedBy": .string(decision.decidedBy),
                        "decidedAt": .string(decision.decidedAt.description),
                        "superseded": .bool(!inForce.contains(decision.id)),
                    ])
                }),
        ]).rendered()
    }

    static func csv(_ decisions: [AnalystDecision], inForce: Set<Int>) -> String {
        CSV.document(
            header: [
                "id", "signatory", "year", "action", "decided_by", "decided_at", "reason",
                "superseded",
            ],
            records: decisions.map { decision in
                [
                    String(decision.id), decision.signatory, String(decision.year),
                    decision.action, decision.decidedBy, decision.decidedAt.description,
                    decision.reason, inForce.contains(decision.id) ? "false" : "true",
                ]
            })
    }

    static func text(_ decisions: [AnalystDecision], inForce: Set<Int>) -> String {
        let header = [
            CLIMessages.decisionColumnID.text(), CLIMessages.decisionColumnSignatory.text(),
            CLIMessages.decisionColumnYear.text(), CLIMessages.decisionColumnAction.text(),
            CLIMessages.decisionColumnBy.text(), CLIMessages.decisionColumnAt.text(),
            CLIMessages.decisionColumnReason.text(),
        ]
        let rows =
            [header]
            + decisions.map { decision in
                [
                    String(decision.id), decision.signatory, String(decision.year),
                    inForce.contains(decision.id)
                        ? decision.action
                        : CLIMessages.decisionSuperseded.text(["action": decision.action]),
                    decision.decidedBy, decision.decidedAt.description,
                    decision.reason.replacingOccurrences(of: "\n", with: " "),
                ]
            }
        let last = header.count - 1
        let widths = (0..<header.count).map { column in
            rows.map { $0[column].count }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == last
                    ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
