extension SectorOutput {
    /// Every output file of an aggregate with its content, in the order of ``File``: the same
    /// aggregate gives the same bytes.
    ///
    /// - Parameter aggregate: The aggregate.
    /// - Returns: File names and contents, as ``write(_:to:displayName:force:)`` takes them.
    public static func files(of aggregate: SectorAggregate) -> [(name: String, content: String)] {
        File.allCases.map { (name: $0.name, content: $0.content(of: aggregate)) }
    }
}

extension SectorOutput.File {
    /// The file's content for an aggregate.
    ///
    /// - Parameter aggregate: The aggregate.
    public func content(of aggregate: SectorAggregate) -> String {
        switch self {
        case .sector: aggregate.jsonValue.rendered()
        case .signatories: SectorTables.signatoriesCSV(aggregate)
        case .indicators: SectorTables.indicatorsCSV(aggregate)
        case .recommendations: SectorTables.recommendationsCSV(aggregate)
        case .rejected: SectorTables.rejectedCSV(aggregate)
        case .skipped: SectorTables.skippedCSV(aggregate)
        case .report: SectorReport.html(aggregate)
        }
    }
}
