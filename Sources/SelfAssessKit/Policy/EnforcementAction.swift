/// A step of the Convention's enforcement ladder, from the mildest to the most severe.
///
/// The Convention (2014) lists the steps and leaves the choice "according to the circumstances"
/// (视情况); `policy.yaml` maps findings to steps. Steps compare by severity, so `max()` of the
/// steps that fired is the recommendation.
enum EnforcementAction: String, Sendable, Hashable, CaseIterable, Comparable, Codable,
    CustomStringConvertible
{
    /// 警告: a warning.
    case warning
    /// 行业谴责: sectoral censure.
    case censure
    /// 列入黑名单: entry on the sector's blacklist.
    case blacklist
    /// 媒体曝光: exposure in the media.
    case mediaExposure = "media-exposure"
    /// 行业禁入: exclusion from the sector.
    case exclusion

    /// The step's position on the ladder, 1 (warning) to 5 (exclusion).
    var severity: Int {
        switch self {
        case .warning: 1
        case .censure: 2
        case .blacklist: 3
        case .mediaExposure: 4
        case .exclusion: 5
        }
    }

    /// The step's name in Chinese (the Convention's own words) and English.
    var title: Bilingual {
        switch self {
        case .warning: Bilingual(zh: "警告", en: "Warning")
        case .censure: Bilingual(zh: "行业谴责", en: "Sectoral censure")
        case .blacklist: Bilingual(zh: "列入黑名单", en: "Blacklisting")
        case .mediaExposure: Bilingual(zh: "媒体曝光", en: "Media exposure")
        case .exclusion: Bilingual(zh: "行业禁入", en: "Exclusion from the sector")
        }
    }

    /// The spelling used in `policy.yaml` and in machine outputs, such as `media-exposure`.
    var description: String { rawValue }

    /// The spellings `policy.yaml` accepts, mildest first.
    static let names = allCases.map(\.rawValue)

    /// Whether `lhs` is a milder step than `rhs`.
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.severity < rhs.severity }
}
