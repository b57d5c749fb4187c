extension RejectionReason {
    /// The kind of rejection a verification failure is, for the policy.
    ///
    /// A damaged or unreadable file is `unreadable`, not forgery: an archive that cannot be read,
    /// a CRC-32 mismatch, a size beyond the caps, a manifest that cannot be parsed. A file changed
    /// on purpose after signing is `tampered`: entries changed (with matching CRCs), added,
    /// removed or escaping, data hidden or prepended. docs/aggregate.md lists every code.
    ///
    /// - Parameter error: The first check of ``BundleVerifier`` that failed.
    public init(_ error: BundleError) {
        self = Self.byCode[error.code] ?? .unreadable
    }

    /// The reason for each code that is not `unreadable`.
    static let byCode: [String: RejectionReason] = {
        var table: [String: RejectionReason] = [:]
        func set(_ codes: [Int], _ reason: RejectionReason) {
            for code in codes { table["SB\(code)"] = reason }
        }
        // Archives crafted to mislead a reader, and entries changed, added or removed after signing.
        set([108, 109, 111, 113, 114, 142, 150, 300, 501, 502, 503, 504], .tampered)
        set(Array(120...126) + Array(130...132), .tampered)
        // No signature, a malformed signature file, or a signature that does not verify.
        set(Array(200...211) + [221, 222, 223, 224, 232, 233], .badSignature)
        // A key the keyring does not hold for this signatory and day.
        set([220, 401, 402, 403, 404, 405], .untrustedKey)
        set([601, 603, 604, 605, 606, 607], .invalidAssessment)
        set([602], .unknownFramework)
        set(Array(701...707), .brokenChain)
        return table
    }()
}
