import Testing
import SelfAssessKit

@Test func version() { #expect(!SelfAssessVersion.current.isEmpty) }
