/// The wordings of the keyring decoder (SA903 and the shared codes it reports).
enum KeyringMessages: String, MessageCatalog {
    case unsupportedSchema = "SA903.schema"
    case unsupportedSchemaHint = "SA903.schema.hint"
    case societyName = "SA111.society-name"
    case theName = "SA111.the-name"
    case theReason = "SA111.the-reason"
    case isEmpty = "SA111.empty"
    case notSignatoryMapping = "SA103.signatories"
    case notSignatoryMappingHint = "SA103.signatories.hint"
    case invalidSignatoryIDHint = "SA402.keyring.hint"
    case signatoryNamed = "SA101.signatory"
    case aKey = "SA101.a-key"
    case revoked = "SA101.revoked"
    case noKeys = "SA903.no-keys"
    case noKeysHint = "SA903.no-keys.hint"
    case fingerprintMissingHint = "SA101.fingerprint.hint"
    case pemAndKey = "SA903.pem-and-key"
    case pemAndKeyHint = "SA903.pem-and-key.hint"
    case keyMissing = "SA101.key-missing"
    case keyMissingHint = "SA101.key-missing.hint"
    case fingerprintMismatch = "SA903.fingerprint-mismatch"
    case fingerprintMismatchHint = "SA903.fingerprint-mismatch.hint"
    case notAFingerprint = "SA111.fingerprint"
    case notAFingerprintHint = "SA111.fingerprint.hint"
    case datesReversed = "SA903.dates-reversed"
    case datesReversedHint = "SA903.dates-reversed.hint"
    case revokedBeforeValid = "SA903.revoked-before-valid"
    case checkTheDates = "SA903.check-dates.hint"
    case listedTwice = "SA903.listed-twice"
    case listedTwiceHint = "SA903.listed-twice.hint"
    case registeredElsewhere = "SA903.registered-elsewhere"
    case registeredElsewhereHint = "SA903.registered-elsewhere.hint"
    case firstRegisteredHere = "SA903.first-registered.note"
    case minisignKey = "SA903.minisign"
    case minisignKeyHint = "SA903.minisign.hint"
    case notBase64 = "SA903.base64"
    case notBase64Hint = "SA903.base64.hint"
    case derNotRaw = "SA903.der"
    case derNotRawHint = "SA903.der.hint"
    case otherAlgorithm = "SA903.algorithm"
    case otherAlgorithmHint = "SA903.algorithm.hint"
    case wrongLength = "SA903.length"
    case wrongLengthHint = "SA903.length.hint"
    case unusableKey = "SA903.unusable"
    case weakKey = "SA903.weak"
    case weakKeyHint = "SA903.weak.hint"
    case privateKey = "SA903.private"
    case privateKeyHint = "SA903.private.hint"
    case notPEM = "SA903.not-pem"
    case notPEMHint = "SA903.not-pem.hint"
    case damagedPEM = "SA903.damaged-pem"
    case unsupportedFormat = "SA903.format"
    case unsupportedFormatHint = "SA903.format.hint"
    case invalidKeyBecause = "SA903.invalid-because"
    case invalidKey = "SA903.invalid"
    case unreadable = "SA903.unreadable"

    var english: String {
        switch self {
        case .unsupportedSchema: "unsupported keyring schema `{schema}`"
        case .unsupportedSchemaHint: "this version of selfassess reads {schema}"
        case .societyName: "the society's name"
        case .theName: "the name"
        case .theReason: "the reason"
        case .isEmpty: "{what} is empty"
        case .notSignatoryMapping: "expected a mapping of signatory ids, found {found}"
        case .notSignatoryMappingHint:
            "write each signatory as `ID:` followed by its name and keys, indented"
        case .invalidSignatoryIDHint:
            "2–63 lower-case letters, digits and hyphens, starting with a letter or digit, as in the "
                + "signatory's assessment.yaml"
        case .signatoryNamed: "signatory `{id}`"
        case .aKey: "a key"
        case .revoked: "`revoked`"
        case .noKeys: "signatory `{id}` has no keys"
        case .noKeysHint:
            "register at least one key with `selfassess keyring add`, or remove the signatory"
        case .fingerprintMissingHint:
            "a raw key needs `fingerprint: sha256:…`, the key id the signatory confirmed by another "
                + "channel; `selfassess keyring add` writes both"
        case .pemAndKey: "a key is given both as `pem` and as `key`"
        case .pemAndKeyHint:
            "keep one: `pem:` with the PEM block, or `key:` with the 32 raw bytes in base64"
        case .keyMissing: "the key itself is missing"
        case .keyMissingHint:
            "add `pem: |` with the signatory's public key PEM, or `key:` and `fingerprint:`"
        case .fingerprintMismatch: "the fingerprint does not match the key"
        case .fingerprintMismatchHint:
            "the key's own fingerprint is {keyID}; do not copy it over: confirm the key and its "
                + "fingerprint with the signatory by another channel, then correct the wrong one"
        case .notAFingerprint: "`{text}` is not a key fingerprint"
        case .notAFingerprintHint:
            "write sha256: followed by 64 lower-case hexadecimal digits, as `selfassess keygen` "
                + "prints it"
        case .datesReversed: "valid-until {until} is before valid-from {from}"
        case .datesReversedHint:
            "a key is valid from its first day to its last; swap or correct the dates"
        case .revokedBeforeValid:
            "the key is revoked on {revoked}, before it becomes valid on {from}, so it never signs "
                + "anything"
        case .checkTheDates: "check the dates"
        case .listedTwice: "key {keyID} is listed twice for `{id}`"
        case .listedTwiceHint: "keep one entry; a key is listed once with one validity"
        case .registeredElsewhere: "key {keyID} is already registered for `{id}`"
        case .registeredElsewhereHint:
            "a key belongs to one signatory only: two signatories sharing a key could sign for "
                + "each other"
        case .firstRegisteredHere: "first registered here"
        case .minisignKey: "a minisign public key is not read here"
        case .minisignKeyHint:
            "give the key as SubjectPublicKeyInfo PEM (`selfassess key export FILE --format pem`), "
                + "or use `selfassess keyring add --key FILE`, which reads both"
        case .notBase64: "the key is not valid base64"
        case .notBase64Hint:
            "write the 32 raw key bytes in standard base64 with padding (44 characters), or use "
                + "`pem: |`"
        case .derNotRaw: "the key is SubjectPublicKeyInfo DER (44 bytes), not the 32 raw key bytes"
        case .derNotRawHint:
            "give it as `pem: |` with the PEM armour lines, or give the last 32 bytes"
        case .otherAlgorithm: "the key is {algorithm}, not Ed25519"
        case .otherAlgorithmHint:
            "the keyring holds Ed25519 signing keys, as `selfassess keygen` makes them"
        case .wrongLength: "the key is {count} bytes; an Ed25519 public key is 32"
        case .wrongLengthHint:
            "write the 32 raw key bytes in base64 (44 characters), or use `pem: |`"
        case .unusableKey: "the key's 32 bytes are not a usable Ed25519 public key"
        case .weakKey: "{problem} ({code})"
        case .weakKeyHint:
            "{explanation}; remove this key: the signatory makes a key pair with "
                + "`selfassess keygen` and sends its .pub file"
        case .privateKey: "this is a private key; the keyring holds public keys only"
        case .privateKeyHint:
            "remove it at once: whoever can read this file can sign as its owner, so the owner "
                + "must make a new key pair and register only its .pub file"
        case .notPEM: "not a PEM public key"
        case .notPEMHint:
            "write `pem: |` and, indented below it, the lines from -----BEGIN PUBLIC KEY----- to "
                + "-----END PUBLIC KEY-----"
        case .damagedPEM: "damaged PEM: {reason}"
        case .unsupportedFormat: "unsupported key format: {format}"
        case .unsupportedFormatHint:
            "give the key as SubjectPublicKeyInfo PEM (-----BEGIN PUBLIC KEY-----)"
        case .invalidKeyBecause: "not a valid Ed25519 public key: {reason}"
        case .invalidKey: "not a valid Ed25519 public key"
        case .unreadable: "the keyring could not be read"
        }
    }

    var chinese: String? {
        switch self {
        case .unsupportedSchema: "不支持的名册格式 `{schema}`"
        case .unsupportedSchemaHint: "此版本的 selfassess 读取 {schema}"
        case .societyName: "协会名称"
        case .theName: "名称"
        case .theReason: "原因"
        case .isEmpty: "{what}为空"
        case .notSignatoryMapping: "此处应为签约单位标识的映射，实际是{found}"
        case .notSignatoryMappingHint: "每个签约单位写作 `ID:`，其下缩进写明名称和密钥"
        case .invalidSignatoryIDHint: "2–63 个小写字母、数字和连字符，以字母或数字开头，与签约单位的 assessment.yaml 一致"
        case .signatoryNamed: "签约单位 `{id}`"
        case .aKey: "密钥"
        case .revoked: "`revoked`"
        case .noKeys: "签约单位 `{id}` 没有密钥"
        case .noKeysHint: "请用 `selfassess keyring add` 登记至少一个密钥，或删除该签约单位"
        case .fingerprintMissingHint:
            "原始密钥需要 `fingerprint: sha256:…`，即签约单位通过其他渠道确认的密钥标识；`selfassess keyring add` 会同时写入两者"
        case .pemAndKey: "密钥同时以 `pem` 和 `key` 给出"
        case .pemAndKeyHint: "请只保留一种：`pem:` 加 PEM 块，或 `key:` 加 base64 编码的 32 个原始字节"
        case .keyMissing: "缺少密钥本身"
        case .keyMissingHint: "请添加 `pem: |` 加签约单位的 PEM 公钥，或添加 `key:` 和 `fingerprint:`"
        case .fingerprintMismatch: "指纹与密钥不符"
        case .fingerprintMismatchHint: "该密钥自身的指纹是 {keyID}；不要直接照抄：请通过其他渠道与签约单位核对密钥及其指纹，然后改正错误的一方"
        case .notAFingerprint: "`{text}` 不是密钥指纹"
        case .notAFingerprintHint: "请写 sha256: 加 64 个小写十六进制数字，与 `selfassess keygen` 输出的一致"
        case .datesReversed: "valid-until {until} 早于 valid-from {from}"
        case .datesReversedHint: "密钥从第一天到最后一天有效；请对调或改正日期"
        case .revokedBeforeValid: "密钥于 {revoked} 吊销，早于其生效日 {from}，因此从未签署任何内容"
        case .checkTheDates: "请检查日期"
        case .listedTwice: "密钥 {keyID} 为 `{id}` 列出了两次"
        case .listedTwiceHint: "请只保留一项；一个密钥只列出一次，只有一个有效期"
        case .registeredElsewhere: "密钥 {keyID} 已为 `{id}` 登记"
        case .registeredElsewhereHint: "一个密钥只属于一个签约单位：共用密钥的两个签约单位可以相互代签"
        case .firstRegisteredHere: "首次在此登记"
        case .minisignKey: "此处不读取 minisign 公钥"
        case .minisignKeyHint:
            "请以 SubjectPublicKeyInfo PEM 给出密钥（`selfassess key export FILE --format pem`），或使用可读取两种格式的 `selfassess keyring add --key FILE`"
        case .notBase64: "密钥不是有效的 base64"
        case .notBase64Hint: "请用带填充的标准 base64 写出 32 个原始密钥字节（44 个字符），或使用 `pem: |`"
        case .derNotRaw: "该密钥是 SubjectPublicKeyInfo DER（44 字节），不是 32 个原始密钥字节"
        case .derNotRawHint: "请以 `pem: |` 加 PEM 首尾行给出，或只给出最后 32 个字节"
        case .otherAlgorithm: "该密钥是 {algorithm}，不是 Ed25519"
        case .otherAlgorithmHint: "名册保存 Ed25519 签名密钥，与 `selfassess keygen` 生成的一致"
        case .wrongLength: "该密钥为 {count} 字节；Ed25519 公钥为 32 字节"
        case .wrongLengthHint: "请用 base64 写出 32 个原始密钥字节（44 个字符），或使用 `pem: |`"
        case .unusableKey: "该密钥的 32 个字节不是可用的 Ed25519 公钥"
        case .weakKey: "{problem}（{code}）"
        case .weakKeyHint: "{explanation}；请删除该密钥：签约单位应用 `selfassess keygen` 生成密钥对，并发送其 .pub 文件"
        case .privateKey: "这是私钥；名册只保存公钥"
        case .privateKeyHint: "请立即删除：能读取此文件的任何人都能以其所有者的名义签名，因此所有者必须生成新的密钥对，并只登记其 .pub 文件"
        case .notPEM: "不是 PEM 公钥"
        case .notPEMHint:
            "请写 `pem: |`，并在其下缩进写出从 -----BEGIN PUBLIC KEY----- 到 -----END PUBLIC KEY----- 的各行"
        case .damagedPEM: "PEM 已损坏：{reason}"
        case .unsupportedFormat: "不支持的密钥格式：{format}"
        case .unsupportedFormatHint: "请以 SubjectPublicKeyInfo PEM（-----BEGIN PUBLIC KEY-----）给出密钥"
        case .invalidKeyBecause: "不是有效的 Ed25519 公钥：{reason}"
        case .invalidKey: "不是有效的 Ed25519 公钥"
        case .unreadable: "无法读取名册"
        }
    }
}

extension Diagnostic.Message {
    fileprivate init(_ key: KeyringMessages, _ arguments: [String: Argument] = [:]) {
        self.init(catalogKey: key, arguments)
    }

    /// A keyring wording without arguments.
    static func keyring(_ key: KeyringMessages) -> Self { Self(key) }

    /// A keyring wording with its arguments.
    static func keyring(_ key: KeyringMessages, _ arguments: [String: Argument]) -> Self {
        Self(key, arguments)
    }
}
