/// A signatory whose assessment declares another category than the society's keyring registers.
///
/// The keyring is the society's record and is authoritative: `aggregate` files the signatory's
/// results under the keyring's category and lists the disagreement.
struct CategoryDisagreement: Sendable, Equatable {
    /// The signatory.
    var signatory: String
    /// The reporting year of the assessment.
    var year: Int
    /// The bundle, as shown in outputs.
    var file: String
    /// The category the keyring registers, which is used.
    var keyring: String
    /// The category the assessment declares, which is not.
    var assessment: String

    /// Creates a disagreement.
    init(signatory: String, year: Int, file: String, keyring: String, assessment: String) {
        self.signatory = signatory
        self.year = year
        self.file = file
        self.keyring = keyring
        self.assessment = assessment
    }
}
