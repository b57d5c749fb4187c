/// Plain-words explanations of libyaml's problem texts, keyed by the start of the text.
enum SyntaxHints {
    private static let table: [(prefix: String, hint: String)] = [
        (
            "did not find expected key",
            "a line is indented differently from the keys around it, or a key lacks its colon"
        ),
        (
            "mapping values are not allowed",
            "a value contains ': ' or a key is indented too far; put the value in quotes or fix the indentation"
        ),
        (
            "could not find expected ':'",
            "a key has no ':' after it, or a value spanning several lines needs quotes"
        ),
        (
            "found character that cannot start any token",
            "characters such as @, ` and % cannot start a plain value; put the value in quotes"
        ),
        (
            "did not find expected ',' or ']'",
            "a [ ] list is not closed, or its items are not separated by commas"
        ),
        (
            "did not find expected ',' or '}'",
            "a { } mapping is not closed, or its entries are not separated by commas"
        ),
        (
            "found unexpected end of stream",
            "a quoted value is not closed: look for the missing closing quote"
        ),
        (
            "did not find expected '-' indicator",
            "a list item is indented differently from the items before it"
        ),
        (
            "did not find expected node content",
            "a value is missing after a key or a '- ' marker"
        ),
        (
            "block sequence entries are not allowed",
            "a '- ' list item cannot follow text on the same line; start the list on its own line, indented"
        ),
        (
            "found unknown escape character",
            "in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes"
        ),
        (
            "found undefined tag handle",
            "a value starts with '!', which YAML reads as a tag; put the value in quotes"
        ),
        (
            "found unexpected document indicator",
            "a line starting with '---' or '...' ends the document; indent it or put it in quotes"
        ),
        (
            "did not find expected comment or line break",
            "something follows a value on the same line; put the whole value in quotes"
        ),
        (
            "did not find expected <document start>",
            "the file continues after its content ended; check the indentation of this line"
        ),
        ("found duplicate %YAML directive", "remove the repeated %YAML line"),
        ("found incompatible YAML document", "the %YAML version must be 1.1 or 1.2"),
        (
            "while scanning an anchor",
            "'&' and '*' start anchors and aliases; put the value in quotes"
        ),
        (
            "did not find expected alphabetic or numeric character",
            "'&' and '*' start anchors and aliases; put the value in quotes"
        ),
    ]

    static func hint(for problem: String) -> String? {
        table.first { problem.hasPrefix($0.prefix) }?.hint
    }
}
