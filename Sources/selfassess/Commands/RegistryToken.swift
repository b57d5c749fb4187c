import ArgumentParser
import Foundation
import SelfAssessKit
import SelfAssessRegistry

extension SelfAssessCommand.RegistryCommand {
    /// `selfassess registry token`: the analysts' bearer tokens for the read API.
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryTokenAbstract.text,
            discussion: CLIHelp.registryTokenDiscussion.text,
            subcommands: [Add.self, List.self, Revoke.self])
    }
}

extension SelfAssessCommand.RegistryCommand.Token {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryTokenAddAbstract.text,
            discussion: CLIHelp.registryTokenAddDiscussion.text)

        @Argument(help: ArgumentHelp(CLIHelp.registryTokenNameHelp.text, valueName: "name"))
        var name: String

        @OptionGroup var storeOptions: RegistryStoreOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            guard AnalystToken.isValidName(name) else {
                let error = RegistryAccessError.tokenName(name: String(name.prefix(80)))
                throw ValidationError("\(error.shown) [\(error.code)]")
            }
        }

        func run() async throws {
            let terminal = colorOptions.terminal
            let token = AnalystToken.generate()
            let added: Bool
            do throws(RegistryError) {
                let store = try storeOptions.openAccess()
                defer { storeOptions.close(store) }
                added = try store.addToken(
                    name: name, sha256: AnalystToken.sha256(of: token), at: SystemClock().now())
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            guard added else {
                let error = RegistryAccessError.tokenExists(
                    registry: storeOptions.registryName, name: name)
                throw terminal.fail("\(error.shown) [\(error.code)]", code: 1)
            }
            // The token alone on standard output, so that a script can take it; the rest to
            // standard error.
            terminal.out(token + "\n")
            terminal.note(
                CLIMessages.tokenAdded.text([
                    "name": name, "registry": storeOptions.registryName,
                ]))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryTokenListAbstract.text)

        @OptionGroup var storeOptions: RegistryStoreOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let tokens: [RegistryToken]
            do throws(RegistryError) {
                let store = try storeOptions.openAccess()
                defer { storeOptions.close(store) }
                tokens = try store.tokens()
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            guard !tokens.isEmpty else {
                terminal.out(
                    CLIMessages.tokenNone.text(["registry": storeOptions.registryName]) + "\n")
                return
            }
            let never = CLIMessages.tokenNever.text()
            let rows: [[String]] =
                [
                    [
                        CLIMessages.tokenColumnName.text(), CLIMessages.tokenColumnCreated.text(),
                        CLIMessages.tokenColumnLastUsed.text(),
                        CLIMessages.tokenColumnStatus.text(),
                    ]
                ]
                + tokens.map { token in
                    [
                        token.name, token.createdAt.description,
                        token.lastUsedAt?.description ?? never,
                        token.revokedAt.map {
                            CLIMessages.tokenRevokedAt.text(["time": $0.description])
                        } ?? CLIMessages.tokenActive.text(),
                    ]
                }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let cells = row.enumerated().map { column, cell in
                    column == 3
                        ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }
                terminal.out(cells.joined(separator: "  ") + "\n")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CLIHelp.registryTokenRevokeAbstract.text)

        @Argument(help: ArgumentHelp(CLIHelp.registryTokenNameHelp.text, valueName: "name"))
        var name: String

        @OptionGroup var storeOptions: RegistryStoreOptions
        @OptionGroup var colorOptions: ColorOptions

        func run() async throws {
            let terminal = colorOptions.terminal
            let revoked: Bool
            do throws(RegistryError) {
                let store = try storeOptions.openAccess()
                defer { storeOptions.close(store) }
                revoked = try store.revokeToken(name: name, at: SystemClock().now())
            } catch {
                throw registryFailure(error, terminal: terminal)
            }
            guard revoked else {
                let error = RegistryAccessError.tokenNotFound(
                    registry: storeOptions.registryName, name: String(name.prefix(80)))
                throw terminal.fail("\(error.shown) [\(error.code)]", code: 1)
            }
            terminal.out(
                CLIMessages.tokenRevoked.text(["name": name, "registry": storeOptions.registryName])
                    + "\n")
        }
    }
}
