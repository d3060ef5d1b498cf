import Synchronization

/// The fingerprints of the debtor folders a build rendered or carried over, kept in the output
/// (`.relance-fingerprints`, one `slug fingerprint` line per folder, in debtor order) so that the
/// next build knows which folders it may carry over.
final class FingerprintIndex: Sendable {
    static let path = ".relance-fingerprints"

    private let slots: Mutex<[(slug: String, fingerprint: String)?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func record(position: Int, slug: String, fingerprint: String) {
        slots.withLock { $0[position] = (slug, fingerprint) }
    }

    /// The file's bytes: deterministic, so that an unchanged book leaves it unchanged too.
    func encoded() -> [UInt8] {
        let lines = slots.withLock { $0.compactMap { $0.map { "\($0.slug) \($0.fingerprint)\n" } } }
        return Array(lines.joined().utf8)
    }

    /// A previous output's index: fingerprint by slug (empty when there is none or it is unreadable).
    static func parse(_ bytes: [UInt8]?) -> [String: String] {
        guard let bytes else { return [:] }
        var index: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { index[String(parts[0])] = String(parts[1]) }
        }
        return index
    }
}
