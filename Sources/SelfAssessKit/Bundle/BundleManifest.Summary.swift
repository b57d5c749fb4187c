extension BundleManifest {
    /// The scores in brief, for the society's index: `{"overall", "rating", "articles",
    /// "critical_failures"}`, scores as decimal strings with two places (`"83.50"`) or null where
    /// there is none.
    ///
    /// `results/scores.json` remains authoritative, and a verifier checks that both agree with the
    /// recomputed score.
    public struct Summary: Sendable, Equatable {
        /// One article's score and rating.
        public struct Article: Sendable, Equatable {
            /// The article number.
            public var number: Int
            /// The score with two decimal places, or nil when no indicator applies.
            public var score: String?
            /// The rating band's id, or nil.
            public var rating: String?

            /// An article summary.
            public init(number: Int, score: String?, rating: String?) {
                self.number = number
                self.score = score
                self.rating = rating
            }

            var jsonValue: JSONValue {
                .object([
                    "number": .integer(number), "score": score.map(JSONValue.string) ?? .null,
                    "rating": rating.map(JSONValue.string) ?? .null,
                ])
            }
        }

        /// The overall score with two decimal places, or nil.
        public var overall: String?
        /// The overall rating band's id, or nil.
        public var rating: String?
        /// Each article, in framework order.
        public var articles: [Article]
        /// The ids of the failed critical indicators, in framework order.
        public var criticalFailures: [String]

        /// A summary.
        public init(
            overall: String?, rating: String?, articles: [Article], criticalFailures: [String]
        ) {
            self.overall = overall
            self.rating = rating
            self.articles = articles
            self.criticalFailures = criticalFailures
        }

        /// The summary of a score.
        public init(_ score: Score) {
            self.init(
                overall: score.overall.map { ScoreText.points($0) }, rating: score.rating?.id,
                articles: score.articles.map {
                    Article(
                        number: $0.number, score: $0.score.map { ScoreText.points($0) },
                        rating: $0.rating?.id)
                },
                criticalFailures: score.criticalFailures.map(\.indicatorID))
        }

        var jsonValue: JSONValue {
            .object([
                "overall": overall.map(JSONValue.string) ?? .null,
                "rating": rating.map(JSONValue.string) ?? .null,
                "articles": .array(articles.map(\.jsonValue)),
                "critical_failures": .array(criticalFailures.map(JSONValue.string)),
            ])
        }
    }
}
