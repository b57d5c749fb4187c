import SelfAssessRegistry

extension RegistryStoreOptions {
    /// The registry in messages: the PostgreSQL database's display name (no password), or the
    /// data folder.
    var registryName: String {
        (try? postgres())?.map(\.displayName) ?? data
    }

    /// Opens the registry for its tokens and the read API, applying the migrations it lacks.
    func openAccess() throws(RegistryError) -> any RegistryAccessStore {
        try openWithOneConnection()
    }

    /// Opens the registry (PostgreSQL with one connection, or the SQLite file), applying the
    /// migrations it lacks, for the commands that make a call or two: tokens, the read API,
    /// decisions.
    private func openWithOneConnection() throws(RegistryError)
        -> any RegistryAccessStore & RegistryDecisionStore
    {
        if let postgres = try postgres() {
            return try PostgresRegistryStore.open(
                database: postgres, folder: folder, displayName: data, poolSize: 1)
        }
        return try SQLiteRegistryStore.open(at: folder, displayName: data)
    }

    /// Closes a store's connections (PostgreSQL's; SQLite's close with the store).
    func close(_ store: any RegistryAccessStore) {
        (store as? PostgresRegistryStore)?.close()
    }
}

extension RegistryStoreOptions {
    /// Opens the registry for the analysts' decisions, applying the migrations it lacks.
    func openDecisions() throws(RegistryError) -> any RegistryDecisionStore {
        try openWithOneConnection()
    }

    /// Closes a store's connections (PostgreSQL's; SQLite's close with the store).
    func close(_ store: any RegistryDecisionStore) {
        (store as? PostgresRegistryStore)?.close()
    }
}
