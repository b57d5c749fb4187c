public import Foundation

extension AssessmentInitializer {
    /// Last year's assessment, validated and checked against the new one, whose answers and
    /// cited evidence ``AssessmentInitializer/create(at:displayName:values:prior:force:)`` carries
    /// forward.
    public struct Prior: Sendable {
        /// The prior assessment.
        public var assessment: Assessment
        /// Its folder.
        public var folder: URL
        /// What is unusual but allowed about carrying it forward.
        public var warnings: [Warning]

        /// Something unusual about a prior assessment that does not stop it being carried forward.
        public enum Warning: Sendable, Equatable, CustomStringConvertible {
            /// The prior assessment is of the new assessment's year.
            case sameYear(path: String, year: Int)
            /// The prior assessment is another signatory's.
            case otherSignatory(path: String, priorSignatory: String, signatory: String)

            public var description: String { wording.text(in: .english) }
        }

        /// Checks a prior assessment for a new assessment: it must be valid, and of the new year
        /// or an earlier one; the same year and another signatory are allowed with a warning.
        ///
        /// - Parameters:
        ///   - report: The prior folder's validation report (``Validator/validate(path:displayName:)``).
        ///   - folder: The prior folder.
        ///   - displayName: The prior folder as the user wrote it, for messages.
        ///   - signatory: The new assessment's signatory id.
        ///   - year: The new assessment's reporting year.
        /// - Throws: ``Failure/priorUnreadable(path:)`` or ``Failure/priorInvalid(path:)`` when
        ///   the report has errors (they are in the report, to show), and
        ///   ``Failure/priorLater(path:priorYear:year:)`` when the prior year is after `year`.
        public init(
            _ report: ValidationReport, folder: URL, displayName: String, signatory: String,
            year: Int
        ) throws(Failure) {
            guard let assessment = report.assessments.first, !report.hasErrors else {
                throw report.hasInputFailure
                    ? .priorUnreadable(path: displayName) : .priorInvalid(path: displayName)
            }
            let info = assessment.info
            if info.year > year {
                throw .priorLater(path: displayName, priorYear: info.year, year: year)
            }
            var warnings: [Warning] = []
            if info.year == year { warnings.append(.sameYear(path: displayName, year: year)) }
            if info.signatory.id != signatory {
                warnings.append(
                    .otherSignatory(
                        path: displayName, priorSignatory: info.signatory.id, signatory: signatory))
            }
            self.assessment = assessment
            self.folder = folder
            self.warnings = warnings
        }
    }
}
