import SelfAssessKit

/// Bytes through the canonical JSON parser and the manifest decoder.
///
/// Invariants: refusals are ``CanonicalJSON/Failure`` and ``ManifestError`` values naming the
/// file; whatever parses writes out in canonical form, which parses to the same value and is
/// accepted by the canonical parser; a canonical document is its own canonical form; and a
/// manifest that decodes writes out to exactly its bytes (so two different byte strings never
/// carry the same signed manifest). The decoder's own last check (``ManifestError/notReproducible(file:)``)
/// must never be what refuses: every lossy field is to be refused with its own error first.
enum JSONHarness {
    static let file = "manifest.json"

    static func run(_ bytes: [UInt8]) {
        do throws(CanonicalJSON.Failure) {
            let value = try CanonicalJSON.parse(bytes, file: file)
            if let canonical = try? CanonicalJSON.encode(value) {
                let again = try? CanonicalJSON.parseCanonical(canonical, file: file, maxSize: .max)
                Invariant.require(again == value, "the canonical form parses to another value")
            }
        } catch {
            Invariant.require(error.description.contains(file), "no file named: \(error)")
        }
        if let value = try? CanonicalJSON.parseCanonical(bytes, file: file) {
            Invariant.require(
                (try? CanonicalJSON.encode(value)) == bytes, "a canonical document is not canonical"
            )
        }

        do throws(ManifestError) {
            let manifest = try BundleManifest.decode(bytes, file: file)
            let encoded = try manifest.encoded()
            Invariant.require(encoded == bytes, "a decoded manifest writes other bytes")
            let again = try BundleManifest.decode(encoded, file: file)
            Invariant.require(
                again == manifest, "a manifest decodes to another value the second time")
        } catch {
            switch error {
            case .notReproducible, .unencodable:
                Invariant.require(false, "the manifest decoder lost information: \(error)")
            default:
                Invariant.require(error.description.contains(file), "no file named: \(error)")
            }
        }
    }
}
