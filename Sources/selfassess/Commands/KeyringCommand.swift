import ArgumentParser

extension SelfAssessCommand {
    /// `selfassess keyring` (named `KeyringCommand` so that it does not hide the kit's `Keyring`).
    struct KeyringCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keyring",
            abstract:
                "Keep the society's keyring: the signatories' public keys, their validity and revocations.",
            discussion: """
                The keyring (keyring.yaml, described in docs/keyring.md) says which Ed25519 public key \
                may sign bundles for which signatory, and when. Every change is validated, written \
                atomically, and voids the keyring's signature (KEYRING.minisig is removed): sign it \
                again with the society's key after editing.

                Examples:
                  selfassess keyring add keyring.yaml --signatory acme --name 北京艾克米科技有限公司 --key acme.pub
                  selfassess keyring list keyring.yaml
                  selfassess keyring revoke keyring.yaml --key-id sha256:… --date 2026-03-01 --reason "key lost"
                  selfassess keyring sign keyring.yaml --key society.key
                  selfassess keyring verify keyring.yaml --society-key society.pub
                """,
            subcommands: [Add.self, List.self, Revoke.self, Sign.self, Verify.self])
    }
}
