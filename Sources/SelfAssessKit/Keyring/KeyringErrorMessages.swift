/// The wordings of ``KeyringError``: why a keyring could not be read, changed, signed or trusted.
enum KeyringErrorMessages: String, MessageCatalog {
    case notFound = "keyring.not-found"
    case unreadable = "keyring.unreadable"
    case invalidOne = "keyring.invalid-one"
    case invalid = "keyring.invalid"
    case unsigned = "keyring.unsigned"
    case badSignature = "keyring.bad-signature"
    case trustedCommentMismatch = "keyring.trusted-comment"
    case keyAlreadyRegistered = "keyring.key-registered"
    case unknownKey = "keyring.unknown-key"
    case alreadyRevoked = "keyring.already-revoked"
    case nameRequired = "keyring.name-required"
    case signatoryMismatch = "keyring.signatory-mismatch"
    case invalidEntry = "keyring.invalid-entry"
    case unknownCategory = "keyring.unknown-category"
    case unknownCategorySuggesting = "keyring.unknown-category-suggesting"
    case changedDuringEdit = "keyring.changed"
    case writeFailed = "keyring.write-failed"
    case notRegularTarget = "keyring.not-regular"

    var english: String {
        switch self {
        case .notFound: "{file}: no such file"
        case .unreadable: "{file}: cannot be read: {reason}"
        case .invalidOne: "{file}: not a valid keyring (1 error)"
        case .invalid: "{file}: not a valid keyring ({count} errors)"
        case .unsigned:
            "{file}: the keyring is not signed (no {signatureFile}); the society signs it with "
                + "`selfassess keyring sign {file} --key SOCIETY.key`"
        case .badSignature: "{file}: the keyring's signature is not valid: {reason}"
        case .trustedCommentMismatch:
            "{signatureFile}: the trusted comment is \"{found}\", not \"{expected}\": this "
                + "signature is not the society's signature of {file}"
        case .keyAlreadyRegistered:
            "{file}: key {keyID} is already registered for `{signatory}`; a key is registered once"
        case .unknownKey:
            "{file}: no key {keyID} in the keyring (`selfassess keyring list {file}` shows the key "
                + "ids)"
        case .alreadyRevoked:
            "{file}: key {keyID} was already revoked on {date}; edit its `revoked:` entry to "
                + "change it"
        case .nameRequired: "{file}: `{signatory}` is a new signatory: give its name with --name"
        case .signatoryMismatch:
            "{file}: `{signatory}` is registered with {field} \"{registered}\", not \"{given}\"; "
                + "check the signatory id, or change the {field} in the file"
        case .invalidEntry: "{file}: {reason}"
        case .unknownCategory:
            "{file}: `{category}` is not a category of the framework {framework} (categories: "
                + "{known})"
        case .unknownCategorySuggesting:
            "{file}: `{category}` is not a category of the framework {framework}; did you mean "
                + "`{suggestion}`? (categories: {known})"
        case .changedDuringEdit:
            "{file}: the file changed while it was being edited; nothing was written, run the "
                + "command again"
        case .writeFailed: "{file}: cannot be written: {reason}"
        case .notRegularTarget: "{file}: exists and {reason}; it is not replaced"
        }
    }

    var chinese: String? {
        switch self {
        case .notFound: "{file}：没有这个文件"
        case .unreadable: "{file}：无法读取：{reason}"
        case .invalidOne: "{file}：不是有效的名册（1 个错误）"
        case .invalid: "{file}：不是有效的名册（{count} 个错误）"
        case .unsigned:
            "{file}：名册未签名（没有 {signatureFile}）；协会用 `selfassess keyring sign {file} --key SOCIETY.key` 签署它"
        case .badSignature: "{file}：名册的签名无效：{reason}"
        case .trustedCommentMismatch:
            "{signatureFile}：受信注释是“{found}”，不是“{expected}”：此签名不是协会对 {file} 的签名"
        case .keyAlreadyRegistered: "{file}：密钥 {keyID} 已为 `{signatory}` 登记；一个密钥只登记一次"
        case .unknownKey: "{file}：名册中没有密钥 {keyID}（`selfassess keyring list {file}` 列出各密钥标识）"
        case .alreadyRevoked: "{file}：密钥 {keyID} 已于 {date} 吊销；如需更改，请编辑其 `revoked:` 条目"
        case .nameRequired: "{file}：`{signatory}` 是新的签约单位：请用 --name 给出其名称"
        case .signatoryMismatch:
            "{file}：`{signatory}` 登记的 {field} 是“{registered}”，不是“{given}”；请检查签约单位标识，或更改文件中的 {field}"
        case .invalidEntry: "{file}：{reason}"
        case .unknownCategory: "{file}：`{category}` 不是框架 {framework} 的类别（类别：{known}）"
        case .unknownCategorySuggesting:
            "{file}：`{category}` 不是框架 {framework} 的类别；是否想写 `{suggestion}`？（类别：{known}）"
        case .changedDuringEdit: "{file}：编辑期间文件发生了变化；未写入任何内容，请再次运行该命令"
        case .writeFailed: "{file}：无法写入：{reason}"
        case .notRegularTarget: "{file}：已存在且 {reason}；不会替换它"
        }
    }
}

extension KeyringError: WordedError {
    /// The message as a catalog wording (without the diagnostics of ``invalid``, and for
    /// ``key(_:)`` the key error's own words).
    public var wording: Diagnostic.Message {
        func message(
            _ key: KeyringErrorMessages, _ arguments: [String: String]
        ) -> Diagnostic.Message {
            Diagnostic.Message(key, arguments.mapValues { .text($0) })
        }
        switch self {
        case .notFound(let file):
            return message(.notFound, ["file": file])
        case .unreadable(let file, let reason):
            return message(.unreadable, ["file": file, "reason": reason])
        case .invalid(let file, let diagnostics, _):
            let count = diagnostics.errorCount
            return count == 1
                ? message(.invalidOne, ["file": file])
                : Diagnostic.Message(
                    KeyringErrorMessages.invalid, ["file": .text(file), "count": .integer(count)])
        case .unsigned(let file, let signatureFile):
            return message(.unsigned, ["file": file, "signatureFile": signatureFile])
        case .badSignature(let file, let error):
            return Diagnostic.Message(
                KeyringErrorMessages.badSignature,
                ["file": .text(file), "reason": .wording(error.wording)])
        case .trustedCommentMismatch(let file, let signatureFile, let expected, let found):
            return message(
                .trustedCommentMismatch,
                [
                    "file": file, "signatureFile": signatureFile, "expected": expected,
                    "found": found,
                ])
        case .key(let error):
            return error.wording
        case .keyAlreadyRegistered(let file, let keyID, let signatory):
            return message(
                .keyAlreadyRegistered,
                ["file": file, "keyID": keyID.description, "signatory": signatory])
        case .unknownKey(let file, let keyID):
            return message(.unknownKey, ["file": file, "keyID": keyID.description])
        case .alreadyRevoked(let file, let keyID, let date):
            return message(
                .alreadyRevoked,
                ["file": file, "keyID": keyID.description, "date": date.description])
        case .nameRequired(let file, let signatory):
            return message(.nameRequired, ["file": file, "signatory": signatory])
        case .signatoryMismatch(let file, let signatory, let field, let registered, let given):
            return message(
                .signatoryMismatch,
                [
                    "file": file, "signatory": signatory, "field": field,
                    "registered": registered, "given": given,
                ])
        case .invalidEntry(let file, let reason):
            return message(.invalidEntry, ["file": file, "reason": reason])
        case .unknownCategory(let file, let category, let framework, let known):
            var arguments: [String: Diagnostic.Message.Argument] = [
                "file": .text(file), "category": .text(category), "framework": .text(framework),
                "known": .texts(known, .or),
            ]
            guard let suggestion = Suggestions.closest(to: category, in: known) else {
                return Diagnostic.Message(KeyringErrorMessages.unknownCategory, arguments)
            }
            arguments["suggestion"] = .text(suggestion)
            return Diagnostic.Message(KeyringErrorMessages.unknownCategorySuggesting, arguments)
        case .changedDuringEdit(let file):
            return message(.changedDuringEdit, ["file": file])
        case .writeFailed(let file, let reason):
            return message(.writeFailed, ["file": file, "reason": reason])
        case .notRegularTarget(let file, let reason):
            return message(.notRegularTarget, ["file": file, "reason": reason])
        }
    }
}
