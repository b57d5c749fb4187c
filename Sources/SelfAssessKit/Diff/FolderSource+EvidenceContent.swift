import Foundation

extension FolderSource: EvidenceContentSource {
    public func readEvidence(
        _ path: String, _ consume: (UnsafeRawBufferPointer) -> Void
    ) -> Result<Void, FileReadFailure> {
        switch evidence(path) {
        case .file:
            return FileReader.stream(folder.appendingPathComponent(path), consume).map { _ in () }
        case .missing:
            return .failure(.notFound)
        case .notRegularFile(let kind):
            return .failure(.notRegularFile(kind: kind))
        case .escapes:
            return .failure(.system("the path leads outside the assessment folder"))
        case .tooLarge(let size, let limit):
            return .failure(.tooLarge(size: size, limit: limit))
        }
    }
}
