/// The reasons and names the signing code gives inside other wordings: why a DER structure is not
/// an Ed25519 key, the names of key formats selfassess does not read, and what is wrong with a
/// weak point.
///
/// Key errors carry these as text, so the keys start with the concern (`key-reason.`).
enum KeyReasonMessages: String, MessageCatalog {
    // Ed25519DER
    case pkcs8Version2 = "key-reason.pkcs8-v2"
    case pkcs8NotRFC8410 = "key-reason.pkcs8-not-rfc8410"
    case spkiNotRFC8410 = "key-reason.spki-not-rfc8410"
    case noKnownAlgorithm = "key-reason.no-known-algorithm"
    // PublicKey, SigningKey
    case wrongLength = "key-reason.wrong-length"
    case unusableKey = "key-reason.unusable-key"
    case unusableSeed = "key-reason.unusable-seed"
    case minisignLines = "key-reason.minisign-lines"
    case minisignBase64 = "key-reason.minisign-base64"
    case unusableKeyName = "key-reason.unusable-key-name"
    // KeyFile: formats and kinds
    case minisignAlgorithm = "key-format.minisign-algorithm"
    case minisignOrSignify = "key-format.minisign-or-signify"
    case binaryDER = "key-format.binary-der"
    case encryptedPKCS8 = "key-format.encrypted-pkcs8"
    case openSSH = "key-format.openssh"
    case certificate = "key-format.certificate"
    case pemBlock = "key-format.pem-block"
    case privateKind = "key-kind.private"
    case publicKind = "key-kind.public"
    // Ed25519Point.Weakness
    case smallOrderKey = "SB230.problem"
    case smallOrderKeyExplanation = "SB230.explanation"
    case nonCanonicalKey = "SB231.problem"
    case nonCanonicalKeyExplanation = "SB231.explanation"
    case smallOrderSignature = "SB232.problem"
    case nonCanonicalSignature = "SB233.problem"

    var english: String {
        switch self {
        case .pkcs8Version2: "PKCS#8 v2 (OneAsymmetricKey, RFC 5958, with an embedded public key)"
        case .pkcs8NotRFC8410: "an Ed25519 PKCS#8 structure that is not the 48-byte RFC 8410 form"
        case .spkiNotRFC8410:
            "an Ed25519 SubjectPublicKeyInfo that is not the 44-byte RFC 8410 form"
        case .noKnownAlgorithm: "no known key algorithm in the DER structure"
        case .wrongLength: "the key is {count} bytes, not 32"
        case .unusableKey: "the key is not usable"
        case .unusableSeed: "the seed is not usable"
        case .minisignLines: "a minisign public key has two lines, the first `untrusted comment: …`"
        case .minisignBase64: "the minisign key line is not base64 of 42 bytes"
        case .unusableKeyName: "not a usable key name"
        case .minisignAlgorithm: "minisign key with algorithm other than Ed"
        case .minisignOrSignify: "a minisign or signify key file"
        case .binaryDER: "binary DER (PEM text is expected)"
        case .encryptedPKCS8: "encrypted PKCS#8 (a passphrase-protected key)"
        case .openSSH: "OpenSSH private key"
        case .certificate: "X.509 certificate"
        case .pemBlock: "PEM block \"{label}\""
        case .privateKind: "private"
        case .publicKind: "public"
        case .smallOrderKey: "weak public key: small order"
        case .smallOrderKeyExplanation:
            "anyone could forge signatures that verify with it, without any private key"
        case .nonCanonicalKey: "public key not canonically encoded"
        case .nonCanonicalKeyExplanation:
            "its y coordinate is not below 2^255 − 19, so it spells a point another way, with "
                + "another key id"
        case .smallOrderSignature:
            "the signature's R is a point of small order (a forgery pattern; no signer makes it)"
        case .nonCanonicalSignature:
            "the signature's R is not canonically encoded (y is not below 2^255 − 19)"
        }
    }

    var chinese: String? {
        switch self {
        case .pkcs8Version2: "PKCS#8 v2（OneAsymmetricKey，RFC 5958，内含公钥）"
        case .pkcs8NotRFC8410: "不是 48 字节 RFC 8410 形式的 Ed25519 PKCS#8 结构"
        case .spkiNotRFC8410: "不是 44 字节 RFC 8410 形式的 Ed25519 SubjectPublicKeyInfo"
        case .noKnownAlgorithm: "DER 结构中没有已知的密钥算法"
        case .wrongLength: "密钥为 {count} 字节，不是 32 字节"
        case .unusableKey: "密钥不可用"
        case .unusableSeed: "种子不可用"
        case .minisignLines: "minisign 公钥有两行，第一行为 `untrusted comment: …`"
        case .minisignBase64: "minisign 密钥行不是 42 字节的 base64"
        case .unusableKeyName: "不是可用的密钥名称"
        case .minisignAlgorithm: "算法不是 Ed 的 minisign 密钥"
        case .minisignOrSignify: "minisign 或 signify 密钥文件"
        case .binaryDER: "二进制 DER（应为 PEM 文本）"
        case .encryptedPKCS8: "加密的 PKCS#8（有口令保护的密钥）"
        case .openSSH: "OpenSSH 私钥"
        case .certificate: "X.509 证书"
        case .pemBlock: "PEM 块“{label}”"
        case .privateKind: "私钥"
        case .publicKind: "公钥"
        case .smallOrderKey: "弱公钥：小阶"
        case .smallOrderKeyExplanation: "任何人无需私钥即可伪造能用它验证通过的签名"
        case .nonCanonicalKey: "公钥不是规范编码"
        case .nonCanonicalKeyExplanation: "其 y 坐标不小于 2^255 − 19，因此它以另一种方式表示同一个点，密钥标识也不同"
        case .smallOrderSignature: "签名的 R 是小阶点（一种伪造模式；正常签名者不会产生）"
        case .nonCanonicalSignature: "签名的 R 不是规范编码（y 不小于 2^255 − 19）"
        }
    }

    /// The wording with its arguments.
    func message(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> Diagnostic.Message {
        Diagnostic.Message(self, arguments)
    }

    /// The English text, for the key errors that carry their reasons as text.
    func text(_ arguments: [String: Diagnostic.Message.Argument] = [:]) -> String {
        message(arguments).text(in: .english)
    }
}
