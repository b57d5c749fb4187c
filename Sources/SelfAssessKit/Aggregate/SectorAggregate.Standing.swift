public import Foundation

extension SectorAggregate {
    /// Where one signatory stood in one reporting year: what became of its submission, its
    /// score and rating, and the policy's recommendation, as `signatories.csv` states them.
    ///
    /// What `registry export` writes, beside what only the registry knows.
    public struct Standing: Sendable, Equatable {
        /// The signatory's registered id.
        public var signatory: String
        /// Its category (the keyring's, else the one its assessment declares).
        public var category: String
        /// The reporting year.
        public var year: Int
        /// `accepted`, `rejected` or `missing`.
        public var status: String
        /// The overall score (0…100) of an accepted submission, as the outputs round it.
        public var score: Decimal?
        /// The overall rating's band id of an accepted submission.
        public var rating: String?
        /// The recommended step (`warning`, `censure` …), nil when no rule fired.
        public var action: String?
        /// The deciding rule's reason and the facts that made it fire, in English.
        public var reason: String?
        /// The bundle that decided it, as outputs name it: the accepted bundle used, else a
        /// refused one that claims the year; nil for a missing year.
        public var file: String?

        /// A standing.
        public init(
            signatory: String, category: String, year: Int, status: String, score: Decimal?,
            rating: String?, action: String?, reason: String?, file: String? = nil
        ) {
            self.file = file
            self.signatory = signatory
            self.category = category
            self.year = year
            self.status = status
            self.score = score
            self.rating = rating
            self.action = action
            self.reason = reason
        }
    }

    /// The standing of every signatory with a record in every year held, by year then
    /// signatory id: the records and the recommendations of the same evaluation as the outputs.
    public var standings: [Standing] {
        history.flatMap { statistics -> [Standing] in
            let advice =
                statistics.year == year
                ? recommendations : earlierRecommendations[statistics.year] ?? []
            let byID = Dictionary(advice.map { ($0.signatory, $0) }) { first, _ in first }
            return statistics.signatories.map { row in
                let record = row.record
                let recommendation = byID[record.signatory]
                return Standing(
                    signatory: record.signatory, category: record.category, year: record.year,
                    status: record.submission.name, score: record.overall, rating: record.rating,
                    action: recommendation?.action?.rawValue, reason: recommendation?.reason?.en,
                    file: decidingFiles["\(record.signatory)\u{0}\(record.year)"])
            }
        }
    }
}
