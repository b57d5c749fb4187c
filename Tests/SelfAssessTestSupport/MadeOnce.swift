/// A value made once per test run, the first time a test asks for it, and shared by every test
/// after (a generated sector, say); tests that ask while it is being made wait for the same work.
package actor MadeOnce<Value: Sendable> {
    private let make: @Sendable () async throws -> Value
    private var task: Task<Value, any Error>?

    /// A value `make` makes on first use.
    package init(_ make: @escaping @Sendable () async throws -> Value) {
        self.make = make
    }

    /// The value, made now if no test has asked for it yet.
    package func value() async throws -> Value {
        if let task { return try await task.value }
        let task = Task { try await make() }
        self.task = task
        return try await task.value
    }
}
