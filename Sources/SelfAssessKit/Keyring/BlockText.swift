/// The lines of a block-style YAML file, for inserting text next to existing nodes without
/// touching the rest of the file (its comments, blank lines and layout).
///
/// Edits made with it are never trusted blindly: ``KeyringEditor`` reads the result back and
/// compares it with the keyring it meant to write.
struct BlockText {
    /// The lines without their line ends.
    private(set) var lines: [String]
    /// The line end the file uses (`\n`, or `\r\n` when its first line ends so).
    let newline: String

    /// Splits a file into lines; nil when it is not UTF-8 or has a carriage return that does
    /// not end a line with a line feed.
    init?(_ bytes: [UInt8]) {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        // Split bytes, not Characters: "\r\n" is one Character in Swift.
        var split: [String] = []
        var crlf: Bool?
        let pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in pieces.enumerated() {
            let isLast = index == pieces.count - 1
            let endsWithCR = !isLast && line.last == 0x0D
            let body = endsWithCR ? line.dropLast() : line[...]
            if body.contains(0x0D) { return nil }
            if crlf == nil, !isLast { crlf = endsWithCR }
            if !(isLast && body.isEmpty) { split.append(String(decoding: body, as: UTF8.self)) }
        }
        lines = split
        newline = crlf == true ? "\r\n" : "\n"
    }

    /// The file's bytes: every line followed by the line end.
    var bytes: [UInt8] {
        Array(lines.map { $0 + newline }.joined().utf8)
    }

    /// The text of a 1-based line, or nil when out of range.
    func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// The indentation (leading spaces) of a 1-based line that holds content; nil for a blank
    /// line or a comment line.
    func contentIndent(_ number: Int) -> Int? {
        guard let line = line(number) else { return nil }
        let indent = line.unicodeScalars.prefix { $0 == " " }.count
        let rest = line.unicodeScalars.dropFirst(indent)
        guard let first = rest.first, first != "#", !rest.allSatisfy({ $0 == " " || $0 == "\t" })
        else { return nil }
        return indent
    }

    /// The last content line of the block that a key or a list dash at `ownerColumn` (1-based)
    /// starts on `startLine`: the lines after it that are indented further belong to it, and so
    /// do, with `indentlessDash`, list items written at the owner's own column.
    func blockEnd(from startLine: Int, ownerColumn: Int, indentlessDash: Bool) -> Int {
        var last = startLine
        var number = startLine + 1
        while number <= lines.count {
            if let indent = contentIndent(number) {
                let isDash =
                    line(number).map { Self.isDash($0.unicodeScalars.dropFirst(indent)) } ?? false
                guard
                    indent + 1 > ownerColumn
                        || (indentlessDash && indent + 1 == ownerColumn && isDash)
                else { break }
                last = number
            }
            number += 1
        }
        return last
    }

    /// The 1-based column of the list dash before a block list item whose content starts at
    /// `column` on `line`; nil when the text before the content is not spaces, a dash and spaces.
    func dashColumn(line number: Int, contentColumn column: Int) -> Int? {
        guard let line = line(number) else { return nil }
        let before = Array(line.unicodeScalars.prefix(column - 1))
        guard before.count == column - 1, let dash = before.firstIndex(where: { $0 != " " }),
            before[dash] == "-",
            dash + 1 < before.count, before[(dash + 1)...].allSatisfy({ $0 == " " })
        else { return nil }
        return dash + 1
    }

    /// Whether only spaces come before `column` (1-based) on a line: the key there starts a
    /// block mapping entry.
    func startsBlockEntry(line number: Int, column: Int) -> Bool {
        guard let line = line(number) else { return false }
        let before = Array(line.unicodeScalars.prefix(column - 1))
        return before.count == column - 1 && before.allSatisfy { $0 == " " }
    }

    /// Inserts lines after a 1-based line (0 inserts at the top).
    mutating func insert(_ newLines: [String], after number: Int) {
        lines.insert(contentsOf: newLines, at: max(0, min(number, lines.count)))
    }

    private static func isDash(_ text: Substring.UnicodeScalarView) -> Bool {
        var iterator = text.makeIterator()
        guard iterator.next() == "-" else { return false }
        guard let next = iterator.next() else { return true }
        return next == " "
    }
}
