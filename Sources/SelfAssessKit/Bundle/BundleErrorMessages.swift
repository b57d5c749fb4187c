/// The wordings of ``BundleError``: why a bundle was refused, could not be made or be read.
///
/// Keys start with the error's code (`SB221`); the container's, signature's and manifest's own
/// errors word themselves in their catalogs.
enum BundleErrorMessages: String, MessageCatalog {
    case missingSignature = "SB200"
    case untrustedKey = "SB220"
    case trustedCommentMismatch = "SB223"
    case untrustedCommentMismatch = "SB224"
    case missingManifest = "SB300"
    case signerKeyMismatch = "SB401"
    case keySignatoryMismatch = "SB402"
    case keyNotYetValid = "SB403"
    case keyExpired = "SB404"
    case keyRevoked = "SB405"
    case fileMissing = "SB501"
    case fileNotListed = "SB502"
    case fileSizeMismatch = "SB503"
    case fileHashMismatch = "SB504"
    case invalidAssessmentOne = "SB601.one"
    case invalidAssessment = "SB601"
    case frameworkMismatch = "SB602"
    case assessmentMismatch = "SB603"
    case missingResults = "SB604"
    case scoresMismatch = "SB605"
    case summaryMismatch = "SB606"
    case diffMismatch = "SB607"
    case priorFailed = "SB701"
    case priorSignatory = "SB702"
    case replay = "SB703.replay"
    case newChain = "SB703.new-chain"
    case gap = "SB704"
    case fork = "SB705"
    case conflictingBundles = "SB706"
    case priorYear = "SB707"
    case selfCheckFailed = "SB009"

    var english: String {
        switch self {
        case .missingSignature: "{file}: no {signaturePath}: the bundle is not signed"
        case .untrustedKey:
            "{file}: signed by key number {keynum}, which no trusted key has (an unregistered or "
                + "another signatory's key)"
        case .trustedCommentMismatch:
            "{file}: the trusted comment \"{found}\" does not describe this manifest (expected "
                + "\"{expected}\")"
        case .untrustedCommentMismatch:
            "{file}: the untrusted comment \"{found}\" was changed (selfassess writes \"{expected}\")"
        case .missingManifest: "{file}: no {manifestPath}"
        case .signerKeyMismatch:
            "{file}: the manifest names signer key {listed}, but {verifying} verified the signature"
        case .keySignatoryMismatch:
            "{file}: signed with a key registered to {keySignatory}, but the manifest is for "
                + "{manifestSignatory}"
        case .keyNotYetValid:
            "{file}: key {keyID} is valid from {from}, after the bundle's creation {createdAt}"
        case .keyExpired:
            "{file}: key {keyID} was valid until {until}, before the bundle's creation {createdAt}"
        case .keyRevoked: "{file}: key {keyID} was revoked on {date} ({reason})"
        case .fileMissing: "{file}: {path} is listed in the manifest but not in the bundle"
        case .fileNotListed: "{file}: {path} is in the bundle but not listed in the manifest"
        case .fileSizeMismatch: "{file}: {path} holds {actual} bytes; the manifest lists {listed}"
        case .fileHashMismatch:
            "{file}: {path} has SHA-256 {actual}; the manifest lists {listed} (the file was changed)"
        case .invalidAssessmentOne:
            "{file}: the assessment inside is not valid (1 error); first: {first}"
        case .invalidAssessment:
            "{file}: the assessment inside is not valid ({errors} errors); first: {first}"
        case .frameworkMismatch:
            "{file}: the bundle answers framework {bundle}, but the verifier holds {verifier} (use "
                + "--framework)"
        case .assessmentMismatch:
            "{file}: the manifest's {field} is {manifest}, but the assessment's is {assessment}"
        case .missingResults: "{file}: {path} is missing"
        case .scoresMismatch:
            "{file}: {path} differs from the score recomputed from the assessment (from line "
                + "{line})"
        case .summaryMismatch:
            "{file}: the manifest's summary {field} is {manifest}, but the recomputed score gives "
                + "{computed}"
        case .diffMismatch: "{file}: {reason}"
        case .priorFailed: "{file}: the prior bundle {prior} failed: [{code}] {failure}"
        case .priorSignatory:
            "{file}: the prior bundle {prior} belongs to {priorSignatory}, not {signatory}"
        case .replay:
            "{file}: replay: sequence {sequence} is not after the prior {prior}'s {priorSequence}"
        case .newChain:
            "{file}: not a successor: the bundle starts a new chain (sequence 1, no previous "
                + "bundle), as the prior {prior} does"
        case .gap:
            "{file}: gap: sequence {sequence} follows the prior {prior}'s {priorSequence}; bundles "
                + "{firstMissing}…{lastMissing} are missing"
        case .fork: "{file}: fork: {reason} (prior {prior})"
        case .conflictingBundles: "{file}: {reason}, as {other} does"
        case .priorYear: "{file}: year {year} is not after the prior {prior}'s {priorYear}"
        case .selfCheckFailed:
            "{file}: the bundle just written does not verify, so it was removed: [{code}] "
                + "{failure}"
        }
    }

    var chinese: String? {
        switch self {
        case .missingSignature: "{file}：没有 {signaturePath}：报告包未签名"
        case .untrustedKey: "{file}：由密钥编号 {keynum} 签名，没有任何受信密钥具有此编号（未登记的密钥，或其他签约单位的密钥）"
        case .trustedCommentMismatch: "{file}：受信注释“{found}”与本清单不符（应为“{expected}”）"
        case .untrustedCommentMismatch: "{file}：非受信注释“{found}”已被改动（selfassess 写入的是“{expected}”）"
        case .missingManifest: "{file}：没有 {manifestPath}"
        case .signerKeyMismatch: "{file}：清单写明的签名密钥是 {listed}，但验证签名的是 {verifying}"
        case .keySignatoryMismatch: "{file}：签名所用的密钥登记在 {keySignatory} 名下，但清单属于 {manifestSignatory}"
        case .keyNotYetValid: "{file}：密钥 {keyID} 自 {from} 起有效，晚于报告包的创建时间 {createdAt}"
        case .keyExpired: "{file}：密钥 {keyID} 有效至 {until}，早于报告包的创建时间 {createdAt}"
        case .keyRevoked: "{file}：密钥 {keyID} 已于 {date} 吊销（{reason}）"
        case .fileMissing: "{file}：{path} 列在清单中，但不在报告包中"
        case .fileNotListed: "{file}：{path} 在报告包中，但未列在清单中"
        case .fileSizeMismatch: "{file}：{path} 大小为 {actual} 字节；清单列出的是 {listed}"
        case .fileHashMismatch: "{file}：{path} 的 SHA-256 为 {actual}；清单列出的是 {listed}（文件已被改动）"
        case .invalidAssessmentOne: "{file}：其中的自评估无效（1 个错误）；第一个：{first}"
        case .invalidAssessment: "{file}：其中的自评估无效（{errors} 个错误）；第一个：{first}"
        case .frameworkMismatch: "{file}：报告包作答的是框架 {bundle}，但验证方持有的是 {verifier}（请使用 --framework）"
        case .assessmentMismatch: "{file}：清单中的 {field} 是 {manifest}，但自评估中的是 {assessment}"
        case .missingResults: "{file}：缺少 {path}"
        case .scoresMismatch: "{file}：{path} 与根据自评估重新计算的得分不同（自第 {line} 行起）"
        case .summaryMismatch: "{file}：清单摘要中的 {field} 是 {manifest}，但重新计算的得分是 {computed}"
        case .diffMismatch: "{file}：{reason}"
        case .priorFailed: "{file}：上一个报告包 {prior} 未通过：[{code}] {failure}"
        case .priorSignatory: "{file}：上一个报告包 {prior} 属于 {priorSignatory}，不属于 {signatory}"
        case .replay: "{file}：重放：序号 {sequence} 不在上一个报告包 {prior} 的序号 {priorSequence} 之后"
        case .newChain: "{file}：不是后续报告包：它与上一个报告包 {prior} 一样开始了一条新链（序号 1，没有前一个报告包）"
        case .gap:
            "{file}：缺口：序号 {sequence} 接在上一个报告包 {prior} 的序号 {priorSequence} 之后；缺少报告包 {firstMissing}…{lastMissing}"
        case .fork: "{file}：分叉：{reason}（上一个报告包 {prior}）"
        case .conflictingBundles: "{file}：{reason}，与 {other} 相同"
        case .priorYear: "{file}：年度 {year} 不在上一个报告包 {prior} 的年度 {priorYear} 之后"
        case .selfCheckFailed: "{file}：刚写入的报告包验证未通过，已被删除：[{code}] {failure}"
        }
    }
}

extension BundleError: WordedError {
    /// The message as a catalog wording (the container's, signature's and manifest's errors in
    /// their own catalogs' words).
    public var wording: Diagnostic.Message {
        typealias Key = BundleErrorMessages
        func text(_ key: Key, _ arguments: [String: String]) -> Diagnostic.Message {
            Diagnostic.Message(key, arguments.mapValues { .text($0) })
        }
        func failed(_ file: String, _ failure: BundleError) -> [String: Diagnostic.Message.Argument]
        {
            [
                "file": .text(file), "code": .text(failure.code),
                "failure": .wording(failure.wording),
            ]
        }
        switch self {
        case .container(let error):
            return error.wording
        case .missingSignature(let file):
            return text(
                .missingSignature, ["file": file, "signaturePath": BundleManifest.signaturePath])
        case .signature(let error):
            return error.wording
        case .untrustedKey(let file, let keynum):
            return text(.untrustedKey, ["file": file, "keynum": keynum])
        case .trustedCommentMismatch(let file, let expected, let found):
            return text(
                .trustedCommentMismatch, ["file": file, "expected": expected, "found": found])
        case .untrustedCommentMismatch(let file, let expected, let found):
            return text(
                .untrustedCommentMismatch, ["file": file, "expected": expected, "found": found])
        case .missingManifest(let file):
            return text(.missingManifest, ["file": file, "manifestPath": BundleManifest.path])
        case .manifest(let error):
            return error.wording
        case .signerKeyMismatch(let file, let listed, let verifying):
            return text(
                .signerKeyMismatch, ["file": file, "listed": listed, "verifying": verifying])
        case .keySignatoryMismatch(let file, let keySignatory, let manifestSignatory):
            return text(
                .keySignatoryMismatch,
                [
                    "file": file, "keySignatory": keySignatory,
                    "manifestSignatory": manifestSignatory,
                ])
        case .keyNotYetValid(let file, let keyID, let from, let createdAt):
            return text(
                .keyNotYetValid,
                ["file": file, "keyID": keyID, "from": from.description, "createdAt": createdAt])
        case .keyExpired(let file, let keyID, let until, let createdAt):
            return text(
                .keyExpired,
                ["file": file, "keyID": keyID, "until": until.description, "createdAt": createdAt])
        case .keyRevoked(let file, let keyID, let date, let reason):
            return text(
                .keyRevoked,
                ["file": file, "keyID": keyID, "date": date.description, "reason": reason])
        case .fileMissing(let file, let path):
            return text(.fileMissing, ["file": file, "path": path])
        case .fileNotListed(let file, let path):
            return text(.fileNotListed, ["file": file, "path": path])
        case .fileSizeMismatch(let file, let path, let listed, let actual):
            return Diagnostic.Message(
                Key.fileSizeMismatch,
                [
                    "file": .text(file), "path": .text(path), "listed": .integer(listed),
                    "actual": .integer(actual),
                ])
        case .fileHashMismatch(let file, let path, let listed, let actual):
            return text(
                .fileHashMismatch,
                ["file": file, "path": path, "listed": listed, "actual": actual])
        case .invalidAssessment(let file, let errors, let first):
            return errors == 1
                ? text(.invalidAssessmentOne, ["file": file, "first": first])
                : Diagnostic.Message(
                    Key.invalidAssessment,
                    ["file": .text(file), "errors": .integer(errors), "first": .text(first)])
        case .frameworkMismatch(let file, let bundle, let verifier):
            return text(
                .frameworkMismatch, ["file": file, "bundle": bundle, "verifier": verifier])
        case .assessmentMismatch(let file, let field, let manifest, let assessment):
            return text(
                .assessmentMismatch,
                ["file": file, "field": field, "manifest": manifest, "assessment": assessment])
        case .missingResults(let file, let path):
            return text(.missingResults, ["file": file, "path": path])
        case .scoresMismatch(let file, let path, let line):
            return Diagnostic.Message(
                Key.scoresMismatch,
                ["file": .text(file), "path": .text(path), "line": .integer(line)])
        case .summaryMismatch(let file, let field, let manifest, let computed):
            return text(
                .summaryMismatch,
                ["file": file, "field": field, "manifest": manifest, "computed": computed])
        case .diffMismatch(let file, let reason):
            return text(.diffMismatch, ["file": file, "reason": reason])
        case .priorFailed(let file, let prior, let failure):
            var arguments = failed(file, failure)
            arguments["prior"] = .text(prior)
            return Diagnostic.Message(Key.priorFailed, arguments)
        case .priorSignatory(let file, let prior, let signatory, let priorSignatory):
            return text(
                .priorSignatory,
                [
                    "file": file, "prior": prior, "signatory": signatory,
                    "priorSignatory": priorSignatory,
                ])
        case .replay(let file, let prior, let sequence, let priorSequence):
            return Diagnostic.Message(
                Key.replay,
                [
                    "file": .text(file), "prior": .text(prior), "sequence": .integer(sequence),
                    "priorSequence": .integer(priorSequence),
                ])
        case .newChain(let file, let prior):
            return text(.newChain, ["file": file, "prior": prior])
        case .gap(let file, let prior, let sequence, let priorSequence):
            return Diagnostic.Message(
                Key.gap,
                [
                    "file": .text(file), "prior": .text(prior), "sequence": .integer(sequence),
                    "priorSequence": .integer(priorSequence),
                    "firstMissing": .integer(priorSequence + 1),
                    "lastMissing": .integer(sequence - 1),
                ])
        case .fork(let file, let prior, let reason):
            return text(.fork, ["file": file, "prior": prior, "reason": reason])
        case .conflictingBundles(let file, let other, let reason):
            return text(.conflictingBundles, ["file": file, "other": other, "reason": reason])
        case .priorYear(let file, let prior, let year, let priorYear):
            return Diagnostic.Message(
                Key.priorYear,
                [
                    "file": .text(file), "prior": .text(prior), "year": .integer(year),
                    "priorYear": .integer(priorYear),
                ])
        case .selfCheckFailed(let file, let failure):
            return Diagnostic.Message(Key.selfCheckFailed, failed(file, failure))
        }
    }
}
