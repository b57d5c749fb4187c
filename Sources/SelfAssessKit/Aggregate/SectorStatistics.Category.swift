extension SectorStatistics {
    /// The statistics of one category of signatories (news, social …), or of ``otherCategory``,
    /// which gathers the categories too small to show on their own.
    public struct CategoryStatistics: Sendable, Equatable {
        /// The category id, or ``SectorStatistics/otherCategory``.
        public var id: String
        /// For the folded category: the ids of the categories gathered into it (a declared
        /// `other` category included), sorted; empty for a category shown on its own.
        public var folded: [String]
        /// The number of accepted submissions the figures are computed from.
        public var count: Int
        /// The distribution of overall scores.
        public var overall: Distribution
        /// The distribution of each article's scores.
        public var articles: [ArticleDistribution]

        /// Creates category statistics.
        public init(
            id: String, folded: [String], count: Int, overall: Distribution,
            articles: [ArticleDistribution]
        ) {
            self.id = id
            self.folded = folded
            self.count = count
            self.overall = overall
            self.articles = articles
        }
    }

    /// Which categories are shown on their own and which are folded into "other".
    ///
    /// A category with fewer members than `minimum` is folded, and so is a declared category
    /// whose id is already ``SectorStatistics/otherCategory``. If the folded group is still
    /// smaller than `minimum`, the smallest remaining category (ties: the lower id) joins it, until
    /// it is large enough or nothing is left to fold, so that no figure describes fewer than
    /// `minimum` signatories unless the whole sector is that small.
    ///
    /// - Parameters:
    ///   - sizes: The number of members of each category (categories with no member are ignored).
    ///   - minimum: The smallest category shown on its own.
    /// - Returns: The category ids shown on their own, sorted, and the ids folded, sorted.
    public static func foldCategories(
        _ sizes: [String: Int], minimum: Int
    ) -> (shown: [String], folded: [String]) {
        var shown = sizes.filter { $0.value > 0 }
        var folded: [String] = []
        var foldedSize = 0
        func fold(_ id: String) {
            foldedSize += shown[id] ?? 0
            shown[id] = nil
            folded.append(id)
        }
        for (id, size) in shown where size < minimum || id == otherCategory { fold(id) }
        while !folded.isEmpty, foldedSize < minimum,
            let smallest = shown.min(by: { ($0.value, $0.key) < ($1.value, $1.key) })
        {
            fold(smallest.key)
        }
        return (shown.keys.sorted(), folded.sorted())
    }
}
