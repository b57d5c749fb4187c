import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real PostgreSQL server for the tests, from Debian's `postgresql` package
/// (`/usr/lib/postgresql/N/bin`; `make test` installs it): `initdb` in a temporary folder under
/// `/tmp`, `pg_ctl start` on a free loopback port with its unix socket in that folder, trust
/// authentication for the `postgres` role, and `pg_ctl stop` once the test process has ended
/// (by a watchdog left behind at start).
///
/// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (`runuser
/// -u postgres --`), in a folder it owns.
///
/// ``shared`` is started once per test run. A test that restarts its server starts its own with
/// ``start()``. Where PostgreSQL cannot start, ``sharedOrSkip()`` and ``startOrSkip()`` record a
/// warning with the reason and cancel the test; under `CI=true` they record an error instead, so
/// CI fails rather than passing without running them. `SELFASSESS_POSTGRES_BIN` names another
/// installation's `bin` folder.
package final class PostgresServer: Sendable {
    /// Why no server could be started.
    package struct Unavailable: Error, CustomStringConvertible {
        package var reason: String
        package var description: String { reason }
    }

    /// The temporary folder: `data/` (the cluster), `socket/`, `server.log`, `owner.pid`.
    package let root: URL
    /// The loopback TCP port.
    package let port: Int
    private let binaries: URL
    private let counter = DatabaseCounter()

    private init(root: URL, port: Int, binaries: URL) {
        self.root = root
        self.port = port
        self.binaries = binaries
    }

    // MARK: Starting

    /// The server shared by the whole test run, started on first use.
    package static let shared = MadeOnce { try PostgresServer.start() }

    /// The shared server, or the test is cancelled (under `CI=true`: fails) with the reason.
    package static func sharedOrSkip() async throws -> PostgresServer {
        do {
            return try await shared.value()
        } catch let error as Unavailable {
            try unavailable(error)
        }
    }

    /// A server of the test's own (stopped by the test, or at exit), or the test is cancelled
    /// (under `CI=true`: fails) with the reason.
    package static func startOrSkip() throws -> PostgresServer {
        do {
            return try start()
        } catch let error as Unavailable {
            try unavailable(error)
        }
    }

    private static func unavailable(_ error: Unavailable) throws -> Never {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record(
                "PostgreSQL could not start, and CI must run the PostgreSQL tests: \(error.reason)")
            throw error
        }
        // A warning shows in the run's output (a cancelled test case alone does not), and the
        // test stops there.
        let note: Comment =
            "PostgreSQL could not start here, so this test did not run: \(error.reason)"
        Issue.record(note, severity: .warning)
        try Test.cancel(note)
    }

    /// Starts a new server in a new temporary folder.
    package static func start() throws -> PostgresServer {
        _ = orphansCleanedUp
        guard let binaries = binaryFolder() else {
            throw Unavailable(
                reason:
                    "no initdb in /usr/lib/postgresql/*/bin or SELFASSESS_POSTGRES_BIN (install Debian's postgresql package: make test-deps)"
            )
        }
        let root = URL(fileURLWithPath: "/tmp")
            .appendingPathComponent("selfassess-pg-\(UUID().uuidString.prefix(8).lowercased())")
        do {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("socket"), withIntermediateDirectories: true)
            try Data("\(getpid())".utf8).write(to: root.appendingPathComponent("owner.pid"))
            if getuid() == 0 {
                for path in [root, root.appendingPathComponent("socket")] {
                    try FileManager.default.setAttributes(
                        [.ownerAccountName: "postgres"], ofItemAtPath: path.path)
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw Unavailable(reason: "cannot prepare \(root.path) for the server: \(error)")
        }
        let initdb = try runAsServer(
            binaries.appendingPathComponent("initdb"),
            [
                "-D", root.appendingPathComponent("data").path, "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
            ])
        guard initdb.status == 0 else {
            try? FileManager.default.removeItem(at: root)
            throw Unavailable(reason: "initdb failed: \(initdb.stderr.suffix(600))")
        }
        var lastFailure = ""
        for _ in 0..<3 {
            guard let port = freePort() else {
                lastFailure = "no free loopback port"
                continue
            }
            let server = PostgresServer(root: root, port: port, binaries: binaries)
            do {
                try server.startAgain()
                server.watchOwner()
                return server
            } catch let error as Unavailable {
                lastFailure = error.reason
            }
        }
        try? FileManager.default.removeItem(at: root)
        throw Unavailable(reason: lastFailure)
    }

    /// Starts the server again (after ``stop(immediately:)``), on the same port and cluster.
    package func startAgain() throws {
        let started = try Self.runAsServer(
            binaries.appendingPathComponent("pg_ctl"),
            [
                "-D", root.appendingPathComponent("data").path, "-l",
                root.appendingPathComponent("server.log").path, "-w", "-t", "60", "-o",
                "-p \(port) -k \(root.appendingPathComponent("socket").path) -c listen_addresses=127.0.0.1",
                "start",
            ])
        guard started.status == 0 else {
            let log =
                (try? String(
                    contentsOf: root.appendingPathComponent("server.log"), encoding: .utf8)) ?? ""
            throw Unavailable(
                reason: "pg_ctl start failed: \(started.stderr.suffix(300)) \(log.suffix(600))")
        }
    }

    /// Stops the server: `immediately` as a crash does (no checkpoint; the server recovers from
    /// its write-ahead log on the next start), or else a fast, clean shutdown.
    package func stop(immediately: Bool) throws {
        let stopped = try Self.runAsServer(
            binaries.appendingPathComponent("pg_ctl"),
            [
                "-D", root.appendingPathComponent("data").path, "-m",
                immediately ? "immediate" : "fast", "-w", "stop",
            ])
        guard stopped.status == 0 else {
            throw Unavailable(reason: "pg_ctl stop failed: \(stopped.stderr)")
        }
    }

    /// Stops the server and removes its folder.
    package func remove() {
        try? stop(immediately: false)
        try? FileManager.default.removeItem(at: root)
    }

    /// Leaves a watchdog behind that stops the server and removes its folder once this test
    /// process has ended, however it ended (its folder removed first ends the watchdog too).
    ///
    /// Not an `atexit` handler: running programs and removing folders while the exiting
    /// process's other threads (the connections' event loops) still run is how a test run can
    /// crash at its very end.
    private func watchOwner() {
        let script = """
            (while [ -d /proc/\(getpid()) ] && [ -d "$1" ]; do sleep 1; done
             if [ -d "$1" ]; then "$2" -D "$1/data" -m immediate stop; rm -rf "$1"; fi
            ) </dev/null >/dev/null 2>&1 &
            """
        _ = try? Self.runAsServer(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", script, "watchdog", root.path, binaries.appendingPathComponent("pg_ctl").path])
    }

    // MARK: Databases

    /// A new, empty database; its connection URL.
    package func createDatabase() throws -> String {
        let name = "registry_\(counter.next())"
        let created = try Self.runAsServer(
            binaries.appendingPathComponent("createdb"),
            ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name])
        guard created.status == 0 else {
            throw Unavailable(reason: "createdb \(name) failed: \(created.stderr)")
        }
        return url(database: name)
    }

    /// Runs SQL with psql in one of the server's databases, as the superuser (the tests that
    /// check what the schema itself refuses).
    package func psql(database url: String, _ sql: String) throws -> ExternalTool.Result {
        try ExternalTool.run(
            binaries.appendingPathComponent("psql"),
            ["-X", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
    }

    /// The connection URL of one of the server's databases.
    package func url(database: String) -> String {
        "postgres://postgres@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    // MARK: Processes

    /// `SELFASSESS_POSTGRES_BIN` when set (another installation's `bin`), else the newest
    /// `/usr/lib/postgresql/N/bin` that has `initdb`.
    private static func binaryFolder() -> URL? {
        if let folder = ProcessInfo.processInfo.environment["SELFASSESS_POSTGRES_BIN"] {
            let bin = URL(fileURLWithPath: folder)
            let initdb = bin.appendingPathComponent("initdb").path
            return FileManager.default.isExecutableFile(atPath: initdb) ? bin : nil
        }
        let base = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions =
            ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions {
            let bin = base.appendingPathComponent(String(version)).appendingPathComponent("bin")
            if FileManager.default.isExecutableFile(
                atPath: bin.appendingPathComponent("initdb").path)
            {
                return bin
            }
        }
        return nil
    }

    /// Runs a server program, as the `postgres` user when the tests run as root.
    private static func runAsServer(
        _ program: URL, _ arguments: [String]
    ) throws
        -> ExternalTool.Result
    {
        guard getuid() == 0 else { return try spawn([program.path] + arguments) }
        guard
            let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            throw Unavailable(
                reason: "running as root and no runuser to start PostgreSQL as postgres")
        }
        // From /tmp: the server programs fail where the postgres user cannot see the folder.
        return try spawn(
            [
                runuser, "-u", "postgres", "--", "/bin/sh", "-c", "cd /tmp && exec \"$0\" \"$@\"",
                program.path,
            ] + arguments)
    }

    /// Runs a program and waits for it with `waitpid`, its output (both streams) in a file.
    ///
    /// Not Foundation's `Process`: `pg_ctl start` leaves a daemon behind, and `Process` can miss
    /// the exit of a program whose child outlives it (its `waitUntilExit` then never returns).
    private static func spawn(_ arguments: [String]) throws -> ExternalTool.Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "selfassess-pg-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Unavailable(
                reason: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Unavailable(
                    reason: "cannot wait for \(arguments[0]): \(String(cString: strerror(errno)))")
            }
        }
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        let exited = status & 0x7f == 0
        return ExternalTool.Result(
            status: exited ? (status >> 8) & 0xff : -1, stdout: text, stderr: text)
    }

    /// A loopback TCP port nobody listens on now.
    private static func freePort() -> Int? {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else { return nil }
        var actual = sockaddr_in()
        var actualLength = length
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(descriptor, $0, &actualLength)
            }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: actual.sin_port))
    }

    /// Done once per test process, before its first server starts: several tests start servers
    /// at the same time, and two of them must never stop and remove the same orphan at once.
    private static let orphansCleanedUp: Void = cleanUpOrphans()

    /// Stops the servers of earlier test runs that ended without stopping them (killed), and
    /// removes their folders.
    private static func cleanUpOrphans() {
        let tmp = URL(fileURLWithPath: "/tmp")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        for name in names where name.hasPrefix("selfassess-pg-") {
            let folder = tmp.appendingPathComponent(name)
            guard
                let text = try? String(
                    contentsOf: folder.appendingPathComponent("owner.pid"), encoding: .utf8),
                let owner = Int32(text), kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            if let binaries = binaryFolder() {
                _ = try? runAsServer(
                    binaries.appendingPathComponent("pg_ctl"),
                    ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "stop"])
            }
            try? FileManager.default.removeItem(at: folder)
        }
    }
}

/// Numbers the databases a server creates.
private final class DatabaseCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
