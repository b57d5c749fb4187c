extension ChainResolver {
    /// A verified bundle and the summary row of its assessment.
    ///
    /// `aggregate` holds one candidate per verified bundle until the chains are resolved, so a
    /// candidate made with a layout keeps its indicator results packed (``PackedIndicators``, a
    /// few bytes each instead of about a hundred) and unpacks them when ``record`` is read.
    public struct Candidate: Sendable, Equatable {
        /// Where the bundle is in the chain.
        public var bundle: SubmittedBundle
        /// The record without its indicators while they are packed.
        private var slim: SignatoryRecord
        private var packed: PackedIndicators?

        /// The assessment's results.
        public var record: SignatoryRecord {
            get {
                guard let packed else { return slim }
                var record = slim
                record.indicators = packed.unpacked
                return record
            }
            set {
                slim = newValue
                packed = nil
            }
        }

        /// Creates a candidate.
        public init(bundle: SubmittedBundle, record: SignatoryRecord) {
            self.bundle = bundle
            self.slim = record
        }

        /// Creates a candidate whose indicator results are packed against a layout (kept as they
        /// are when they do not follow it).
        init(bundle: SubmittedBundle, record: SignatoryRecord, layout: IndicatorLayout) {
            self.bundle = bundle
            if let packed = PackedIndicators(record.indicators, layout: layout) {
                var slim = record
                slim.indicators = []
                self.slim = slim
                self.packed = packed
            } else {
                self.slim = record
            }
        }

        public static func == (lhs: Candidate, rhs: Candidate) -> Bool {
            lhs.bundle == rhs.bundle && lhs.record == rhs.record
        }
    }
}
