import ArgumentParser
import Foundation
import SelfAssessRegistry

/// `--data DIR [--database URL]`: where the registry keeps its submissions and bundles, for the
/// commands that open it (`registry init`, `registry intake`, `serve`).
///
/// SQLite in the data folder by default; with `--database`, the rows in PostgreSQL and the bundles
/// still in the data folder, which every instance shares (docs/registry.md).
struct RegistryStoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIHelp.registryDataHelp.text, valueName: "folder"))
    var data: String

    @Option(help: ArgumentHelp(CLIHelp.registryDatabaseHelp.text, valueName: "url"))
    var database: String?

    func validate() throws {
        if let database {
            do throws(RegistryError) {
                _ = try PostgresDatabaseURL(database)
            } catch {
                throw ValidationError("\(error) [\(error.code)]")
            }
        }
    }

    /// The registry's name in messages: the database's (without its password) or the folder.
    var source: String {
        (try? postgres())?.map(\.displayName) ?? data
    }

    /// The data folder as a URL.
    var folder: URL { URL(fileURLWithPath: data) }

    /// The PostgreSQL database, when `--database` names one.
    func postgres() throws(RegistryError) -> PostgresDatabaseURL? {
        try database.map { text throws(RegistryError) in try PostgresDatabaseURL(text) }
    }

    /// Creates an empty registry and returns the line that says where.
    func create() throws(RegistryError) -> RegistryMessage {
        if let postgres = try postgres() {
            let store = try PostgresRegistryStore.create(
                database: postgres, folder: folder, displayName: data)
            store.close()
            return RegistryMessage(
                .createdInDatabase,
                [
                    "database": .text(postgres.displayName), "folder": .text(data),
                    "bundles": .text(PostgresRegistryStore.bundlesName),
                    "migrations": .text(PostgresRegistryStore.migrations.joined(separator: ", ")),
                ])
        }
        _ = try SQLiteRegistryStore.create(at: folder, displayName: data)
        return RegistryMessage(
            .created,
            [
                "folder": .text(data), "database": .text(SQLiteRegistryStore.databaseName),
                "bundles": .text(SQLiteRegistryStore.bundlesName),
            ])
    }

    /// Opens the registry, applying the migrations it lacks.
    func open() throws(RegistryError) -> any RegistryStore {
        try Self.open(data: data, database: database)
    }

    /// Opens the registry in a data folder, its rows in PostgreSQL when a database is given.
    static func open(data: String, database: String?) throws(RegistryError) -> any RegistryStore {
        let folder = URL(fileURLWithPath: data)
        if let database {
            return try PostgresRegistryStore.open(
                database: try PostgresDatabaseURL(database), folder: folder, displayName: data)
        }
        return try SQLiteRegistryStore.open(at: folder, displayName: data)
    }
}
