import Testing

extension Tag {
    /// Fast, in-memory tests of one unit.
    @Tag public static var small: Self
    /// Tests that read files or run many cases.
    @Tag public static var medium: Self
    /// End-to-end tests that run the built binary.
    @Tag public static var large: Self
}
