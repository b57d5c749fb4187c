public import SelfAssessKit

/// The transparency log's wordings (docs/transparency.md): codes SR090-SR119, English and
/// Chinese for every key.
public enum LogMessages: String, MessageCatalog {
    case outOfRange = "SR090.out-of-range"
    case notLogged = "SR091.not-logged"
    case gap = "SR092.gap"
    case storage = "SR093.storage"
    case checkpointMalformed = "SR094.checkpoint-malformed"
    case checkpointSignature = "SR095.checkpoint-signature"
    case checkpointOrigin = "SR096.checkpoint-origin"
    case inclusionProof = "SR097.inclusion-proof"
    case consistencyProof = "SR098.consistency-proof"
    case entryRewritten = "SR099.entry-rewritten"
    case entryDropped = "SR100.entry-dropped"
    case forked = "SR101.forked"
    case receiptNotInEntry = "SR102.receipt-not-in-entry"
    case bundleNotStored = "SR103.bundle-not-stored"
    case bundleChanged = "SR104.bundle-changed"
    case badParameter = "SR105.bad-parameter"
    case receiptCheckpointMalformed = "SR106.receipt-checkpoint-malformed"
    case receiptCheckpointSignature = "SR107.receipt-checkpoint-signature"
    case receiptInclusion = "SR108.receipt-inclusion"

    /// The English template.
    public var english: String {
        switch self {
        case .outOfRange: "{what} is outside the log, which holds {size} entries"
        case .notLogged: "entry {entry} is not in the log"
        case .gap:
            "{source}: the log holds no hash of the subtree at level {level}, index {index}: its tables were changed"
        case .storage: "{reason}"
        case .checkpointMalformed: "{file}: not a log checkpoint: {reason}"
        case .checkpointSignature:
            "{file}: the checkpoint's signature does not verify with the society key {key}"
        case .checkpointOrigin: "{file}: the checkpoint is for the log {found}, not {expected}"
        case .inclusionProof:
            "{file}: the inclusion proof of leaf {leaf} does not lead to the root of the checkpoint of {size} entries"
        case .consistencyProof:
            "{file}: the log of {second} entries does not extend the checkpoint of {first}: the consistency proof fails"
        case .entryRewritten:
            "{source}: entry {leaf} was rewritten: the entries do not hash to the checkpoint's root of {size} entries"
        case .entryDropped:
            "{source}: the log holds {found} entries, fewer than the checkpoint's {size}: entries were dropped"
        case .forked:
            "{source}: two checkpoints of {size} entries with different roots ({first} and {second}): the log was forked"
        case .receiptNotInEntry:
            "{file}: the receipt states what log entry {leaf} does not ({field})"
        case .bundleNotStored:
            "{source}: entry {leaf} logs the accepted bundle {bundle}, which the registry's storage does not hold"
        case .badParameter: "`{parameter}`: {reason}"
        case .bundleChanged:
            "{source}: entry {leaf} logs the bundle {bundle}, but the stored bytes no longer have that SHA-256 or no longer verify as logged: {reason}"
        case .receiptCheckpointMalformed:
            "{file}: the receipt's checkpoint is not a log checkpoint: {reason}"
        case .receiptCheckpointSignature:
            "{file}: the receipt's checkpoint is not signed by the society key {key}"
        case .receiptInclusion:
            "{file}: the receipt's inclusion proof of leaf {leaf} does not lead to the root of its checkpoint of {size} entries: the receipt's entry is not in that log"
        }
    }

    /// The Chinese template.
    public var chinese: String? {
        switch self {
        case .outOfRange: "{what} 超出日志范围，日志共有 {size} 条记录"
        case .notLogged: "记录 {entry} 不在日志中"
        case .gap: "{source}：日志中没有第 {level} 层、序号 {index} 的子树哈希：其数据表已被改动"
        case .storage: "{reason}"
        case .checkpointMalformed: "{file}：不是日志检查点：{reason}"
        case .checkpointSignature: "{file}：检查点的签名无法用协会密钥 {key} 验证"
        case .checkpointOrigin: "{file}：该检查点属于日志 {found}，而不是 {expected}"
        case .inclusionProof: "{file}：叶子 {leaf} 的包含证明无法得出含 {size} 条记录的检查点的根哈希"
        case .consistencyProof: "{file}：含 {second} 条记录的日志并非含 {first} 条记录的检查点的延续：一致性证明失败"
        case .entryRewritten: "{source}：记录 {leaf} 已被改写：各记录的哈希与含 {size} 条记录的检查点的根哈希不符"
        case .entryDropped: "{source}：日志只有 {found} 条记录，少于检查点的 {size} 条：有记录被删除"
        case .forked: "{source}：两个含 {size} 条记录的检查点根哈希不同（{first} 与 {second}）：日志出现分叉"
        case .receiptNotInEntry: "{file}：回执所述与日志记录 {leaf} 不符（{field}）"
        case .badParameter: "`{parameter}`：{reason}"
        case .bundleNotStored: "{source}：记录 {leaf} 登记了已接受的文件包 {bundle}，但登记处存储中没有它"
        case .bundleChanged:
            "{source}：记录 {leaf} 登记了文件包 {bundle}，但存储的字节已不符合该 SHA-256 或不再如登记那样通过验证：{reason}"
        case .receiptCheckpointMalformed: "{file}：回执中的检查点不是日志检查点：{reason}"
        case .receiptCheckpointSignature: "{file}：回执中的检查点并非由协会密钥 {key} 签名"
        case .receiptInclusion:
            "{file}：回执中叶子 {leaf} 的包含证明无法得出其含 {size} 条记录的检查点的根哈希：回执所述记录不在该日志中"
        }
    }

    /// The code, such as `SR090`.
    public var code: String { String(rawValue.prefix { $0 != "." }) }
}

/// Why a log operation failed or a check of the log found tampering, each with its own code.
public enum LogError: WordedError, Equatable, Sendable {
    /// A leaf, size or range beyond the log.
    case outOfRange(what: String, size: Int)
    /// A submission that the log does not hold.
    case notLogged(entry: String)
    /// A complete subtree the log should hold and does not.
    case gap(source: String, level: Int, index: Int)
    /// The store failed.
    case storage(RegistryError)
    /// A checkpoint that is not in the checkpoint layout.
    case checkpointMalformed(file: String, reason: String)
    /// A checkpoint whose signature does not verify with the society key.
    case checkpointSignature(file: String, key: String)
    /// A checkpoint of another log.
    case checkpointOrigin(file: String, expected: String, found: String)
    /// An inclusion proof that does not lead to the checkpoint's root.
    case inclusionProof(file: String, leaf: Int, size: Int)
    /// A consistency proof that fails: the later log does not extend the earlier checkpoint.
    case consistencyProof(file: String, first: Int, second: Int)
    /// Entries that do not hash to the checkpoint's root: one was rewritten.
    case entryRewritten(source: String, leaf: Int, size: Int)
    /// Fewer entries than the checkpoint counts: some were dropped.
    case entryDropped(source: String, found: Int, size: Int)
    /// Two checkpoints of one size with different roots.
    case forked(source: String, size: Int, first: String, second: String)
    /// A receipt whose fields the log entry does not state.
    case receiptNotInEntry(file: String, leaf: Int, field: String)
    /// A query parameter of the log's HTTP API that is missing or not a number.
    case badParameter(parameter: String, reason: String)
    /// A logged, accepted bundle that storage does not hold.
    case bundleNotStored(source: String, leaf: Int, bundle: String)
    /// A logged bundle whose stored bytes differ or no longer verify as logged.
    case bundleChanged(source: String, leaf: Int, bundle: String, reason: String)
    /// A v3 receipt whose checkpoint is not in the checkpoint layout.
    case receiptCheckpointMalformed(file: String, reason: String)
    /// A v3 receipt whose checkpoint's signature does not verify with the society key.
    case receiptCheckpointSignature(file: String, key: String)
    /// A v3 receipt whose entry does not lead, through its proof, to its checkpoint's root.
    case receiptInclusion(file: String, leaf: Int, size: Int)

    /// The wording.
    public var wording: Diagnostic.Message {
        switch self {
        case .outOfRange(let what, let size):
            Diagnostic.Message(
                LogMessages.outOfRange, ["what": .text(what), "size": .integer(size)])
        case .notLogged(let entry):
            Diagnostic.Message(LogMessages.notLogged, ["entry": .text(entry)])
        case .gap(let source, let level, let index):
            Diagnostic.Message(
                LogMessages.gap,
                ["source": .text(source), "level": .integer(level), "index": .integer(index)])
        case .storage(let error):
            Diagnostic.Message(LogMessages.storage, ["reason": .text(error.description)])
        case .checkpointMalformed(let file, let reason):
            Diagnostic.Message(
                LogMessages.checkpointMalformed, ["file": .text(file), "reason": .text(reason)])
        case .checkpointSignature(let file, let key):
            Diagnostic.Message(
                LogMessages.checkpointSignature, ["file": .text(file), "key": .text(key)])
        case .checkpointOrigin(let file, let expected, let found):
            Diagnostic.Message(
                LogMessages.checkpointOrigin,
                ["file": .text(file), "expected": .text(expected), "found": .text(found)])
        case .inclusionProof(let file, let leaf, let size):
            Diagnostic.Message(
                LogMessages.inclusionProof,
                ["file": .text(file), "leaf": .integer(leaf), "size": .integer(size)])
        case .consistencyProof(let file, let first, let second):
            Diagnostic.Message(
                LogMessages.consistencyProof,
                ["file": .text(file), "first": .integer(first), "second": .integer(second)])
        case .entryRewritten(let source, let leaf, let size):
            Diagnostic.Message(
                LogMessages.entryRewritten,
                ["source": .text(source), "leaf": .integer(leaf), "size": .integer(size)])
        case .entryDropped(let source, let found, let size):
            Diagnostic.Message(
                LogMessages.entryDropped,
                ["source": .text(source), "found": .integer(found), "size": .integer(size)])
        case .forked(let source, let size, let first, let second):
            Diagnostic.Message(
                LogMessages.forked,
                [
                    "source": .text(source), "size": .integer(size), "first": .text(first),
                    "second": .text(second),
                ])
        case .receiptNotInEntry(let file, let leaf, let field):
            Diagnostic.Message(
                LogMessages.receiptNotInEntry,
                ["file": .text(file), "leaf": .integer(leaf), "field": .text(field)])
        case .badParameter(let parameter, let reason):
            Diagnostic.Message(
                LogMessages.badParameter, ["parameter": .text(parameter), "reason": .text(reason)])
        case .bundleNotStored(let source, let leaf, let bundle):
            Diagnostic.Message(
                LogMessages.bundleNotStored,
                ["source": .text(source), "leaf": .integer(leaf), "bundle": .text(bundle)])
        case .bundleChanged(let source, let leaf, let bundle, let reason):
            Diagnostic.Message(
                LogMessages.bundleChanged,
                [
                    "source": .text(source), "leaf": .integer(leaf), "bundle": .text(bundle),
                    "reason": .text(reason),
                ])
        case .receiptCheckpointMalformed(let file, let reason):
            Diagnostic.Message(
                LogMessages.receiptCheckpointMalformed,
                ["file": .text(file), "reason": .text(reason)])
        case .receiptCheckpointSignature(let file, let key):
            Diagnostic.Message(
                LogMessages.receiptCheckpointSignature, ["file": .text(file), "key": .text(key)])
        case .receiptInclusion(let file, let leaf, let size):
            Diagnostic.Message(
                LogMessages.receiptInclusion,
                ["file": .text(file), "leaf": .integer(leaf), "size": .integer(size)])
        }
    }

    /// The stable code, such as `SR099`.
    public var code: String {
        if case .storage(let error) = self { return error.code }
        return String(wording.key.prefix { $0 != "." })
    }

    /// The message in English.
    public var description: String { wording.text(in: .english) }
}
