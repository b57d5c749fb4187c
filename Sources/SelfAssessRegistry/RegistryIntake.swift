public import Foundation
public import SelfAssessKit

/// Takes a submitted bundle's bytes, verifies it with the kit's own ``BundleVerifier`` against
/// the registry's keyring, stores the body and the row durably, and returns the signed receipt.
///
/// The registry adds storage and time, not a second notion of validity: a bundle is accepted
/// exactly when `selfassess verify --keyring` would accept it on the registry's day. In order:
/// 1. more than ``maxBundleSize`` bytes: refused (SR002), nothing stored, no receipt;
/// 2. a bundle already recorded (the same SHA-256): its receipt, unchanged, and no second row;
/// 3. not a bundle at all (no readable ZIP container, no manifest or no signature): refused
///    (SR001, with the kit's code), nothing stored, no receipt;
/// 4. verified; a signer the keyring does not know (SB220) is refused without storing the body,
///    any other bundle's body is stored (content-addressed, durably) whatever the outcome;
/// 5. the row, its transparency log entry, a checkpoint of the log ending with that entry and
///    the (v3) receipt, signed with the entry's inclusion proof in that checkpoint
///    (``ReceiptSigner``), are written in one durable transaction, and only then returned;
///    in the same transaction, an accepted bundle and the accepted bundle of the same signatory
///    and year that counted so far are ordered as `aggregate` orders them (``Supersession``):
///    the earlier one is marked superseded by the later, and both rows stay.
///
/// On time or late is the registry's decision, from its own clock: a bundle whose year is known
/// (its manifest's signature verified) is on time when received (UTC day) on or before the
/// year's due date in ``deadlines``.
public struct RegistryIntake: Sendable {
    /// The largest bundle taken by default: 64 MiB.
    public static let defaultMaxBundleSize = 64 << 20

    /// Where submissions and bundles are kept.
    public var store: any RegistryStore
    /// The registry's keyring: the only keys trusted.
    public var keyring: Keyring
    /// The keyring's identity in receipts: the SHA-256 of its file.
    public var keyringSHA256: String
    /// The keyring's serial, recorded with every submission and stated in its receipt.
    public var keyringSerial: Int
    /// The submission windows (the policy's `deadlines:`) that on time or late is judged
    /// against, with the registry's clock; nil to judge nothing (`on_time` and `due` null).
    public var deadlines: Policy.Deadlines?
    /// The framework bundles must answer.
    public var framework: Framework
    /// The society's key that signs receipts.
    public var receiptKey: SigningKey
    /// The log's origin in the checkpoints receipts carry (`serve --log-origin`).
    public var logOrigin: String = LogCheckpoint.defaultOrigin
    /// The registry's clock.
    public var clock: any RegistryClock
    /// The largest bundle taken, in bytes.
    public var maxBundleSize: Int
    /// Where a submission is written while it is verified (the verifier reads a file).
    public var scratchFolder: URL
    /// Makes a new entry's id.
    public var makeEntryID: @Sendable () -> String

    /// An intake.
    public init(
        store: any RegistryStore, keyring: Keyring, keyringSHA256: String, framework: Framework,
        receiptKey: SigningKey, keyringSerial: Int = 0,
        deadlines: Policy.Deadlines? = Policy.Deadlines(), clock: any RegistryClock = SystemClock(),
        maxBundleSize: Int = defaultMaxBundleSize,
        scratchFolder: URL = FileManager.default.temporaryDirectory,
        makeEntryID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }
    ) {
        self.store = store
        self.keyring = keyring
        self.keyringSHA256 = keyringSHA256
        self.keyringSerial = keyringSerial
        self.deadlines = deadlines
        self.framework = framework
        self.receiptKey = receiptKey
        self.clock = clock
        self.maxBundleSize = maxBundleSize
        self.scratchFolder = scratchFolder
        self.makeEntryID = makeEntryID
    }

    /// What an intake gave: the entry and whether this submission recorded it.
    public struct Result: Sendable, Equatable {
        /// The recorded entry, with its signed receipt.
        public var entry: RegistryEntry
        /// True when this submission made the entry; false when the bundle was recorded before.
        public var isNew: Bool
    }

    /// Takes one submitted bundle.
    ///
    /// - Parameters:
    ///   - bytes: The bundle file's bytes.
    ///   - name: The submission's name in messages (its file name).
    /// - Returns: The entry and its receipt, accepted or refused.
    /// - Throws: ``RegistryError``: `tooLarge` and `notABundle` for input that gets no receipt,
    ///   or a storage failure (nothing acknowledged).
    public func submit(_ bytes: [UInt8], name: String) throws(RegistryError) -> Result {
        guard bytes.count <= maxBundleSize else {
            throw .tooLarge(file: name, size: bytes.count, limit: maxBundleSize)
        }
        let sha256 = BundleManifest.sha256(bytes)
        if let existing = try store.entry(forBundle: sha256) {
            return Result(entry: existing, isNew: false)
        }
        let receivedAt = clock.now()
        let outcome = try verify(bytes, name: name, on: receivedAt.date)
        let storesBody: Bool
        if case .refused(.untrustedKey, _) = outcome {
            storesBody = false
        } else {
            storesBody = true
        }
        if storesBody { try store.storeBundle(bytes, sha256: sha256) }
        let receipt = self.receipt(
            for: outcome, bundleSHA256: sha256, receivedAt: receivedAt)
        let createdAt: BundleTimestamp?
        switch outcome {
        case .accepted(let verified): createdAt = verified.manifest.createdAt
        case .refused(_, let authenticated): createdAt = authenticated?.manifest.createdAt
        }
        let recorded = try store.record(
            receipt, bodyStored: storesBody, createdAt: createdAt,
            signer: ReceiptSigner(key: receiptKey, origin: logOrigin))
        return Result(entry: recorded, isNew: recorded.receipt.entryID == receipt.entryID)
    }

    // MARK: Verification

    /// What verification found: the verified bundle, or the failure with the manifest when its
    /// signature had verified (key policy and later checks).
    enum Outcome {
        case accepted(VerifiedBundle)
        case refused(BundleError, authenticated: (manifest: BundleManifest, sha256: String)?)
    }

    private func verify(
        _ bytes: [UInt8], name: String, on day: CalendarDate
    ) throws(RegistryError) -> Outcome {
        let file = scratchFolder.appendingPathComponent(
            ".selfassess-intake-\(UUID().uuidString.prefix(12)).sabundle")
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw .bundleWriteFailed(
                file: file.path, reason: "the submission could not be written to be verified")
        }
        defer { try? FileManager.default.removeItem(at: file) }

        let archive: BundleArchive
        do throws(BundleError) {
            archive = try BundleArchive(url: file, displayName: name)
            if archive.container.entry(at: BundleManifest.signaturePath) == nil {
                throw .missingSignature(file: name)
            }
            if archive.container.entry(at: BundleManifest.path) == nil {
                throw .missingManifest(file: name)
            }
        } catch {
            if error.isInputOutputFailure {
                throw .submissionUnreadable(file: name, reason: error.description)
            }
            throw .notABundle(file: name, code: error.code, reason: error.description)
        }

        let verifier = BundleVerifier(trustedKeys: keyring, framework: framework, today: day)
        do throws(BundleError) {
            return .accepted(try verifier.verify(file, displayName: name))
        } catch {
            if error.isInputOutputFailure {
                throw .submissionUnreadable(file: name, reason: error.description)
            }
            return .refused(error, authenticated: authenticatedManifest(archive, after: error))
        }
    }

    /// The manifest, when the failure came after its signature verified and it was parsed
    /// (codes SB4xx and later): its signatory, year and sequence are then the signer's own.
    private func authenticatedManifest(
        _ archive: BundleArchive, after failure: BundleError
    ) -> (manifest: BundleManifest, sha256: String)? {
        guard let group = failure.code.dropFirst(2).first, group >= "4",
            let bytes = try? archive.manifestBytes(),
            let manifest = try? archive.manifest(from: bytes)
        else { return nil }
        return (manifest, BundleManifest.sha256(bytes))
    }

    private func receipt(
        for outcome: Outcome, bundleSHA256: String, receivedAt: BundleTimestamp
    ) -> RegistryReceipt {
        let manifest: BundleManifest?
        let manifestSHA256: String?
        let failure: BundleError?
        switch outcome {
        case .accepted(let verified):
            manifest = verified.manifest
            manifestSHA256 = verified.manifestSHA256
            failure = nil
        case .refused(let error, let authenticated):
            manifest = authenticated?.manifest
            manifestSHA256 = authenticated?.sha256
            failure = error
        }
        // On time or late by the registry's clock, for a bundle whose year its signer stated.
        let due = manifest.flatMap { manifest in deadlines?.due(for: manifest.year) }
        return RegistryReceipt(
            entryID: makeEntryID(), bundleSHA256: bundleSHA256, manifestSHA256: manifestSHA256,
            signatory: manifest?.signatory.id, year: manifest?.year,
            sequence: manifest?.sequence, receivedAt: receivedAt,
            outcome: failure == nil ? .accepted : .refused, code: failure?.code,
            reason: failure?.description, onTime: due.map { receivedAt.date <= $0 },
            keyringSHA256: keyringSHA256, keyringSerial: keyringSerial, due: due)
    }
}
