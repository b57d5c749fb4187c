// A conformance of the kit's public types is public: the protocol's module is imported publicly.
public import ArgumentParser
import SelfAssessKit

// The kit's output formats are `--format` values as they are: their raw values are the names
// the user types, and `CaseIterable` lists them in the help.

extension DiagnosticRenderer.Format: ExpressibleByArgument {}
extension ScoreRenderer.Format: ExpressibleByArgument {}
extension DiffRenderer.Format: ExpressibleByArgument {}
extension KeyringRenderer.Format: ExpressibleByArgument {}
