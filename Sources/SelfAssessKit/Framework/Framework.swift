public import Foundation

/// A self-assessment framework: the Convention's articles, their indicators and the scoring rules.
///
/// The framework is data (`Templates/framework.yaml`); a society can publish a revised one and
/// every command accepts it with `--framework FILE`.
public struct Framework: Sendable, Equatable {
    /// The framework's id, such as `bj-app-2014`.
    public var id: String
    /// The framework's version, such as `1.0`; assessments name the version they answer.
    public var version: String
    /// The framework's title.
    public var title: Bilingual
    /// When the Convention was issued.
    public var issued: CalendarDate?
    /// Who publishes the framework.
    public var publisher: Bilingual?
    /// The categories a signatory may declare.
    public var categories: [Category]
    /// The scoring bands and thresholds.
    public var scoring: Scoring
    /// The laws and rules that indicators cite.
    public var rules: [Rule]
    /// The articles, numbered from 1, in order.
    public var articles: [Article]
    /// The SHA-256 of the framework file's bytes, lower-case hex.
    public var sha256: String

    /// A signatory category (news, social, app store …).
    public struct Category: Sendable, Equatable {
        public var id: String
        public var title: Bilingual
    }

    /// A rating band: an article or overall score at or above `min` gets this rating.
    public struct Band: Sendable, Equatable {
        public var id: String
        public var title: Bilingual
        public var min: Decimal
    }

    /// The scoring rules.
    public struct Scoring: Sendable, Equatable {
        /// Bands from the highest `min` to the lowest (whose `min` is 0).
        public var bands: [Band]
        /// A critical indicator scoring below this (0…1) has failed, unless it sets its own.
        public var criticalPass: Decimal
        /// The rules for failed critical indicators: nil for the 1.0 rules (a failure caps its
        /// article one band down), else the 1.1 rules, with their data.
        public var critical: CriticalRules? = nil

        /// The name of the rule set: `1.0` or `1.1` (`scoring.rules` in the framework file).
        public var rules: String { critical == nil ? "1.0" : "1.1" }
    }

    /// The 1.1 rules for failed critical indicators (docs/scoring.md): fixed ceilings.
    public struct CriticalRules: Sendable, Equatable {
        /// The pass mark of a critical yes-no or yes-partial-no indicator that sets none (1: only
        /// full marks pass).
        public var choicePass: Decimal
        /// The article ceilings, by the number of failed critical indicators in the article, the
        /// fewest failures first.
        public var articleCeilings: [ArticleCeiling]
        /// The band whose top caps the overall score when any critical indicator failed.
        public var overallCeiling: String
        /// Whether `not-applicable` on a critical indicator must cite evidence.
        public var notApplicableNeedsEvidence: Bool
    }

    /// With at least `failures` failed critical indicators, an article scores at most the top of
    /// `band`.
    public struct ArticleCeiling: Sendable, Equatable {
        public var failures: Int
        public var band: String
    }

    /// A law, regulation or standard in the framework's catalogue.
    public struct Rule: Sendable, Equatable {
        public var id: String
        public var title: Bilingual
        public var note: String?
    }

    /// An article of the Convention.
    public struct Article: Sendable, Equatable {
        /// The article's number (1…7).
        public var number: Int
        /// The article's weight in the overall score.
        public var weight: Decimal
        /// The article's title; `zh` is the Convention's official heading.
        public var title: Bilingual
        /// The article's indicators, in order.
        public var indicators: [Indicator]
    }

    /// The identity of a framework as assessments name it.
    public var reference: FrameworkReference { FrameworkReference(id: id, version: version) }

    /// Every indicator, in article order.
    public var indicators: [Indicator] { articles.flatMap(\.indicators) }

    /// The indicator with this id, if any.
    public func indicator(_ id: String) -> Indicator? {
        for article in articles {
            if let indicator = article.indicators.first(where: { $0.id == id }) { return indicator }
        }
        return nil
    }

    /// The article with this number, if any.
    public func article(_ number: Int) -> Article? {
        articles.first { $0.number == number }
    }

    /// The highest score of a band: 100 for the highest band, else the largest multiple of 0.01
    /// below the minimum of the band above it (84.99 below 85); nil for an unknown band.
    public func top(ofBand id: String) -> Decimal? {
        guard let index = scoring.bands.firstIndex(where: { $0.id == id }) else { return nil }
        guard index > 0 else { return 100 }
        var minimum = scoring.bands[index - 1].min
        var ceiling = Decimal()
        NSDecimalRound(&ceiling, &minimum, 2, .up)
        return ceiling - Decimal(sign: .plus, exponent: -2, significand: 1)
    }

    /// The pass mark in force for a critical indicator: its own, else (1.1 rules) the framework's
    /// pass mark for yes-no and yes-partial-no answers, else the framework's default.
    public func criticalPass(for indicator: Indicator) -> Decimal {
        if let own = indicator.criticalPass { return own }
        if let critical = scoring.critical {
            switch indicator.answer.type {
            case .yesNo, .yesPartialNo: return critical.choicePass
            default: break
            }
        }
        return scoring.criticalPass
    }

    /// The band a score falls in.
    public func band(for score: Decimal) -> Band? {
        scoring.bands.first { score >= $0.min } ?? scoring.bands.last
    }

    /// The category with this id, if any.
    public func category(_ id: String) -> Category? {
        categories.first { $0.id == id }
    }

    /// The rule with this id, if any.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }
}

/// A framework's id and version, as an assessment names it.
public struct FrameworkReference: Sendable, Hashable, CustomStringConvertible, Codable {
    public var id: String
    public var version: String

    public init(id: String, version: String) {
        self.id = id
        self.version = version
    }

    public var description: String { "\(id) \(version)" }
}
