internal import Crypto
public import Foundation
public import SelfAssessKit

/// A signed checkpoint of the transparency log: the C2SP `tlog-checkpoint` text (origin line,
/// tree size, base64 root hash, one extension line with the time it was made) in a C2SP
/// signed note, signed by the society key (docs/transparency.md).
///
/// ```
/// selfassess-registry
/// 42
/// <base64 of the 32-byte root hash>
/// time 2026-03-31T23:59:00Z
///
/// — selfassess-registry <base64 of key id (4 bytes) ‖ Ed25519 signature (64 bytes)>
/// ```
///
/// The signature is a pure Ed25519 signature of the note's text (up to and including its last
/// newline): the same key and the same algorithm as the minisign `Ed` signatures of receipts and
/// bundles, in the signed note's envelope, so any signed-note verifier checks it with the
/// society's public key. The key id is the first 4 bytes of SHA-256(origin ‖ 0x0A ‖ 0x01 ‖
/// public key), the key name the origin.
public struct LogCheckpoint: Sendable, Equatable {
    /// The origin the registry uses unless it is given one.
    public static let defaultOrigin = "selfassess-registry"
    /// The largest checkpoint read.
    public static let maxSize = 16 * 1024

    /// The log's name: the first line, and the signature's key name.
    public var origin: String
    /// The number of entries.
    public var size: Int
    /// The root hash of those entries.
    public var rootHash: MerkleTree.Hash
    /// When the registry made the checkpoint, by its clock.
    public var time: BundleTimestamp
    /// The signed note's bytes.
    public var bytes: [UInt8]

    /// The note's text: what is signed.
    static func text(
        origin: String, size: Int, root: MerkleTree.Hash, time: BundleTimestamp
    ) -> String {
        "\(origin)\n\(size)\n\(Data(root).base64EncodedString())\ntime \(time)\n"
    }

    /// The key id of the society key under a key name (C2SP signed-note, Ed25519).
    public static func keyID(name: String, key: PublicKey) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8) + [0x0A, 0x01])
        hasher.update(data: key.rawRepresentation)
        return Array(hasher.finalize().prefix(4))
    }

    /// Signs a checkpoint.
    ///
    /// - Throws: ``LogError/checkpointMalformed(file:reason:)`` for an origin with spaces or
    ///   `+`, or when the key cannot sign.
    public static func sign(
        origin: String, size: Int, root: MerkleTree.Hash, time: BundleTimestamp, key: SigningKey
    ) throws(LogError) -> LogCheckpoint {
        guard validOrigin(origin) else {
            throw .checkpointMalformed(
                file: origin, reason: "the origin must be one word without `+`")
        }
        let text = Self.text(origin: origin, size: size, root: root, time: time)
        let signature: [UInt8]
        do {
            signature = try key.signature(for: Array(text.utf8))
        } catch {
            throw .checkpointMalformed(file: origin, reason: error.description)
        }
        let blob = keyID(name: origin, key: key.publicKey) + signature
        let note = text + "\n\u{2014} \(origin) \(Data(blob).base64EncodedString())\n"
        return LogCheckpoint(
            origin: origin, size: size, rootHash: root, time: time, bytes: Array(note.utf8))
    }

    /// Reads a checkpoint and verifies its signature by the society key.
    ///
    /// - Parameters:
    ///   - bytes: The signed note.
    ///   - key: The society's public key.
    ///   - origin: The log's expected origin, or nil to take the note's.
    ///   - file: The file's name, for messages.
    /// - Throws: ``LogError/checkpointMalformed(file:reason:)``,
    ///   ``LogError/checkpointOrigin(file:expected:found:)`` or
    ///   ``LogError/checkpointSignature(file:key:)``.
    public static func verify(
        _ bytes: [UInt8], key: PublicKey, origin: String? = nil, file: String
    ) throws(LogError) -> LogCheckpoint {
        func malformed(_ reason: String) -> LogError {
            .checkpointMalformed(file: file, reason: reason)
        }
        guard bytes.count <= maxSize else { throw malformed("larger than \(maxSize) bytes") }
        guard let note = String(validating: bytes, as: UTF8.self) else {
            throw malformed("not UTF-8 text")
        }
        guard let split = note.range(of: "\n\n", options: .backwards) else {
            throw malformed("no blank line before the signatures")
        }
        let text = String(note[..<note.index(after: split.lowerBound)])
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else { throw malformed("fewer than three lines") }
        let found = String(lines[0])
        guard validOrigin(found) else { throw malformed("the origin line is empty or has spaces") }
        if let origin, origin != found {
            throw .checkpointOrigin(file: file, expected: origin, found: found)
        }
        guard let size = Int(lines[1]), size >= 0, String(size) == lines[1] else {
            throw malformed("the tree size `\(lines[1])` is not a decimal number")
        }
        guard let root = Data(base64Encoded: String(lines[2])).map(Array.init), root.count == 32,
            Data(root).base64EncodedString() == lines[2]
        else {
            throw malformed("the root hash is not the base64 of 32 bytes")
        }
        let time = lines.dropFirst(3).lazy.compactMap { line -> BundleTimestamp? in
            line.hasPrefix("time ") ? BundleTimestamp(String(line.dropFirst(5))) : nil
        }.first
        guard let time else { throw malformed("no `time` line") }

        let expectedID = keyID(name: found, key: key)
        var signed = false
        for line in note[split.upperBound...].split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "\u{2014}",
                let blob = Data(base64Encoded: String(parts[2])).map(Array.init), blob.count > 4
            else {
                throw malformed("a signature line is not `— NAME BASE64`")
            }
            guard parts[1] == found, Array(blob.prefix(4)) == expectedID else { continue }
            guard blob.count == 68,
                key.isValidSignature(Array(blob.dropFirst(4)), for: Array(text.utf8))
            else {
                throw .checkpointSignature(file: file, key: key.keyID.description)
            }
            signed = true
        }
        guard signed else { throw .checkpointSignature(file: file, key: key.keyID.description) }
        return LogCheckpoint(origin: found, size: size, rootHash: root, time: time, bytes: bytes)
    }

    /// Two checkpoints of one log that cannot both be honest: the same size, different roots.
    ///
    /// - Throws: ``LogError/forked(source:size:first:second:)``.
    public static func checkNotForked(
        _ first: LogCheckpoint, _ second: LogCheckpoint, source: String
    ) throws(LogError) {
        if first.size == second.size && first.rootHash != second.rootHash {
            throw .forked(
                source: source, size: first.size, first: Data(first.rootHash).base64EncodedString(),
                second: Data(second.rootHash).base64EncodedString())
        }
    }

    static func validOrigin(_ origin: String) -> Bool {
        !origin.isEmpty && !origin.contains { $0.isWhitespace || $0 == "+" }
    }
}
