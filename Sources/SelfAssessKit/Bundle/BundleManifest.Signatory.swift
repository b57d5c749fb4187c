extension BundleManifest {
    /// Who reports: `{"id": "acme", "name": "北京艾克米科技有限公司"}`.
    public struct Signatory: Sendable, Equatable {
        /// The signatory id registered with the society (``Identifiers/isSignatoryID(_:)``).
        public var id: String
        /// The registered name.
        public var name: String

        /// A signatory.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }

        var jsonValue: JSONValue { .object(["id": .string(id), "name": .string(name)]) }
    }
}
