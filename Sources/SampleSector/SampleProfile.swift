/// How well a sample signatory complies, year by year.
public enum SampleProfile: String, Sendable, Codable, CaseIterable {
    /// Nearly everything in place.
    case strong
    /// Most things in place.
    case good
    /// Many gaps.
    case middling
    /// Most duties unmet.
    case weak
    /// Weak at first, better each year.
    case improving
    /// Good at first, worse each year.
    case declining

    /// The share of duties met (0…1) in year `index` of `count`.
    public func quality(year index: Int, of count: Int) -> Double {
        let progress = count > 1 ? Double(index) / Double(count - 1) : 1
        switch self {
        case .strong: return 0.92
        case .good: return 0.78
        case .middling: return 0.5
        case .weak: return 0.2
        case .improving: return 0.3 + 0.5 * progress
        case .declining: return 0.85 - 0.4 * progress
        }
    }

    /// Profiles drawn in proportion: the entries of this list are equally likely.
    static let draw: [SampleProfile] = [
        .strong, .strong, .strong, .good, .good, .good, .good, .middling, .middling, .middling,
        .weak, .weak,
        .improving, .improving, .declining,
    ]
}
