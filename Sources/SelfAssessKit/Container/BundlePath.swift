/// The rule every path inside a bundle follows, compared as bytes:
/// `^[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99}){0,3}$`, at most 200 bytes.
///
/// Lower-case ASCII only, so two paths can never be case or Unicode twins of each other; the
/// first character of every segment is a letter or digit, so `.`, `..` and hidden names cannot
/// occur. ``problem(in:)`` names the first rule a path breaks, for a precise error.
public enum BundlePath {
    /// The longest path, in bytes.
    public static let maxLength = 200
    /// The longest segment, in bytes.
    public static let maxSegmentLength = 100
    /// The most segments (folders plus the file name).
    public static let maxSegments = 4

    /// The first rule a path breaks.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The path is empty.
        case empty
        /// The path is longer than ``BundlePath/maxLength`` bytes.
        case tooLong(Int)
        /// The path starts with `/`.
        case absolute
        /// The path holds a backslash (a Windows separator).
        case backslash
        /// The path starts with a drive letter such as `C:`.
        case driveLetter
        /// The path holds a NUL or another control character.
        case controlCharacter
        /// The path holds bytes outside ASCII (which also covers Unicode twins).
        case nonASCII
        /// The path has an empty segment: `a//b`, or a final `/`.
        case emptySegment
        /// A segment is `.` or `..`.
        case dotSegment
        /// The path holds an upper-case letter (which also covers case twins).
        case uppercase
        /// More than ``BundlePath/maxSegments`` segments.
        case tooDeep(Int)
        /// A segment longer than ``BundlePath/maxSegmentLength`` bytes.
        case segmentTooLong(Int)
        /// A segment starts with something other than a letter or digit (`.hidden`, `-x`).
        case invalidFirstCharacter
        /// A character outside `a-z 0-9 . _ -`.
        case invalidCharacter(UInt8)

        /// A short stable name, used in error codes and tests.
        public var name: String {
            switch self {
            case .empty: "empty"
            case .tooLong: "too-long"
            case .absolute: "absolute"
            case .backslash: "backslash"
            case .driveLetter: "drive-letter"
            case .controlCharacter: "control-character"
            case .nonASCII: "non-ascii"
            case .emptySegment: "empty-segment"
            case .dotSegment: "dot-segment"
            case .uppercase: "uppercase"
            case .tooDeep: "too-deep"
            case .segmentTooLong: "segment-too-long"
            case .invalidFirstCharacter: "invalid-first-character"
            case .invalidCharacter: "invalid-character"
            }
        }

        /// The problem in words, for messages.
        public var description: String {
            switch self {
            case .empty: "the path is empty"
            case .tooLong(let length): "the path is \(length) bytes, over \(BundlePath.maxLength)"
            case .absolute: "an absolute path"
            case .backslash: "a backslash in the path"
            case .driveLetter: "a drive letter"
            case .controlCharacter: "a control character in the path"
            case .nonASCII: "characters outside ASCII"
            case .emptySegment: "an empty path segment (// or a final /)"
            case .dotSegment: "a . or .. segment"
            case .uppercase: "an upper-case letter (paths are lower-case)"
            case .tooDeep(let count): "\(count) segments, over \(BundlePath.maxSegments)"
            case .segmentTooLong(let length):
                "a segment of \(length) bytes, over \(BundlePath.maxSegmentLength)"
            case .invalidFirstCharacter: "a segment that does not start with a-z or 0-9"
            case .invalidCharacter(let byte):
                "the character '\(Character(Unicode.Scalar(byte)))' (paths use a-z, 0-9, '.', '_' and '-')"
            }
        }
    }

    /// Whether a path follows the rule.
    public static func isValid(_ path: String) -> Bool { problem(in: Array(path.utf8)) == nil }

    /// The first rule a path breaks, or nil when it follows them all.
    ///
    /// - Parameter path: The path's bytes (UTF-8 or whatever the container holds).
    public static func problem(in path: [UInt8]) -> Problem? {
        if path.isEmpty { return .empty }
        if path.count > maxLength { return .tooLong(path.count) }
        if path[0] == slash { return .absolute }
        if path.contains(UInt8(ascii: "\\")) { return .backslash }
        if path.count >= 2, isLetter(path[0]), path[1] == UInt8(ascii: ":") { return .driveLetter }
        if path.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return .controlCharacter }
        if path.contains(where: { $0 >= 0x80 }) { return .nonASCII }
        let segments = path.split(separator: slash, omittingEmptySubsequences: false)
        if segments.contains(where: \.isEmpty) { return .emptySegment }
        if segments.contains(where: { $0.elementsEqual([dot]) || $0.elementsEqual([dot, dot]) }) {
            return .dotSegment
        }
        if path.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            return .uppercase
        }
        if segments.count > maxSegments { return .tooDeep(segments.count) }
        for segment in segments {
            if segment.count > maxSegmentLength { return .segmentTooLong(segment.count) }
            guard let first = segment.first, isLowerAlphanumeric(first) else {
                return .invalidFirstCharacter
            }
            if let bad = segment.first(where: {
                !isLowerAlphanumeric($0) && !"._-".utf8.contains($0)
            }) {
                return .invalidCharacter(bad)
            }
        }
        return nil
    }

    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
