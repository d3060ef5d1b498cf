import RelancePublish
import Synchronization

/// The fingerprints of the debtor folders a build rendered or carried over, kept in the output
/// (`.relance-fingerprints`, one `slug sources contents` line per folder, in debtor order) so that
/// the next build knows which folders it may carry over: `sources` is the folder's
/// `DebtorFingerprints` (what it is made from), `contents` its `FolderDigest` (the files as written).
/// The letters keep theirs the same way, by reference (`LetterCarryOver`).
final class FingerprintIndex: Sendable {

    struct Entry: Equatable, Sendable {
        let sources: String
        let contents: String
    }

    private let slots: Mutex<[(slug: String, sources: String, contents: String?, asWritten: String?)?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    /// A folder's line; `contents` may come later (`setContents`), once every file of it is written.
    /// `asWritten`: a bundled folder's digest from the bytes the build wrote into it, which is its
    /// contents unless a PDF joins them.
    func record(position: Int, slug: String, sources: String, contents: String?, asWritten: String? = nil) {
        slots.withLock { $0[position] = (slug, sources, contents, asWritten) }
    }

    func setContents(position: Int, _ contents: String?) {
        slots.withLock { $0[position] = $0[position].map { ($0.slug, $0.sources, contents, $0.asWritten) } }
    }

    func asWritten(position: Int) -> String? {
        slots.withLock { $0[position]?.asWritten }
    }

    /// Folders recorded without their contents' digest yet.
    func positionsWithoutContents() -> [Int] {
        slots.withLock { slots in slots.indices.filter { slots[$0] != nil && slots[$0]?.contents == nil } }
    }

    /// The file's bytes: deterministic, so that an unchanged book leaves it unchanged too. A folder
    /// without a contents digest has no line: the next build renders it.
    func encoded() -> [UInt8] {
        let lines = slots.withLock { slots in
            slots.compactMap { slot in slot.flatMap { slot in slot.contents.map { "\(slot.slug) \(slot.sources) \($0)\n" } } }
        }
        return Array(lines.joined().utf8)
    }

    /// A previous output's index by slug (empty when there is none or it is unreadable; a line of
    /// another shape, such as an older relance's, is ignored and its folder rendered).
    static func parse(_ bytes: [UInt8]?) -> [String: Entry] {
        guard let bytes else { return [:] }
        var index: [String: Entry] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 3 { index[String(parts[0])] = Entry(sources: String(parts[1]), contents: String(parts[2])) }
        }
        return index
    }
}
