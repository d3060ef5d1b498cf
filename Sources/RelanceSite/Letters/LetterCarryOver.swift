import Crypto
import Foundation
import RelanceCore
import RelancePublish

/// What a rebuild needs to carry a letter's own files (`LettersBuilder.ownFiles`) over from the
/// previous output by hard link instead of rendering them, as it carries debtor folders over.
///
/// A letter is made from its debtor's state, the build date and the book's shared files, exactly
/// what its debtor's fingerprint covers (`DebtorFingerprints`), plus the invoice files it encloses,
/// whose bytes that fingerprint reads only for a bundled folder. A letter's fingerprint is
/// therefore its debtor's, its reference and the bytes of its enclosures. The letters' index
/// (`SitePaths.letterFingerprints`) keeps, per reference, that fingerprint and the digest of the
/// files as written: a file edited, added or removed since makes the letter rendered again.
///
/// A print batch is carried over the same way, keyed by its path: its fingerprint is its path,
/// title and the fingerprints of its letters in their order. The deposit list, the index and the
/// e-mail copies of posted letters (which attach the letter's PDF) follow the print, and are
/// rendered at every build.
struct LetterCarryOver: Sendable {
    /// Each letter's fingerprint, in the plan's order; nil for a letter that must be rendered.
    let fingerprints: [String?]
    /// Each batch's fingerprint, in the order of `LetterBatches.batches`.
    let batchFingerprints: [String?]
    /// The previous build's index, by reference (a batch by its path).
    let previous: [String: FingerprintIndex.Entry]
    /// This build's index, written by `SiteBuilder.finish` once every letter's files are digested:
    /// the letters in the plan's order, then the batches.
    let kept: FingerprintIndex

    /// `debtorFingerprints`: in the order of `debtors`. `attachments`: the book's folder the
    /// enclosures are copied from, when it has one.
    init(letters: [Letter], batches: LetterBatches, debtors: [DebtorState], debtorFingerprints: [String?], attachments: URL?,
         invoiceFiles: [String: String], previousIndex: [UInt8]?) {
        var byDebtor: [String: String] = [:]
        byDebtor.reserveCapacity(debtors.count)
        for (state, fingerprint) in zip(debtors, debtorFingerprints) {
            if let fingerprint { byDebtor[state.id] = fingerprint }
        }
        let debtorFingerprint = byDebtor
        fingerprints = Parallel.map(count: letters.count) { position in
            let letter = letters[position]
            return debtorFingerprint[letter.debtor.id].flatMap {
                Self.fingerprint(of: letter, debtorFingerprint: $0, attachments: attachments, invoiceFiles: invoiceFiles)
            }
        }
        var byReference: [String: String] = [:]
        byReference.reserveCapacity(letters.count)
        for (letter, fingerprint) in zip(letters, fingerprints) {
            if let fingerprint { byReference[letter.reference] = fingerprint }
        }
        batchFingerprints = batches.batches.map { batch in
            var hasher = SHA256()
            hasher.updateFramed(batch.path.utf8)
            hasher.updateFramed(batch.title.utf8)
            for letter in batches.postal[batch.letters] {
                guard let fingerprint = byReference[letter.reference] else { return nil }
                hasher.updateFramed(fingerprint.utf8)
            }
            return SHA256Hex.hex(hasher.finalize())
        }
        previous = FingerprintIndex.parse(previousIndex)
        kept = FingerprintIndex(count: letters.count + batches.batches.count)
    }

    /// nil when an enclosed file cannot be read: the letter is rendered, and its copy fails there
    /// with the file's name.
    static func fingerprint(of letter: Letter, debtorFingerprint: String, attachments: URL?,
                            invoiceFiles: [String: String]) -> String? {
        var hasher = SHA256()
        hasher.updateFramed(debtorFingerprint.utf8)
        hasher.updateFramed(letter.reference.utf8)
        if let attachments {
            for file in letter.enclosedFiles(invoiceFiles) {
                guard let bytes = FileManager.default.contents(atPath: attachments.appendingPathComponent(file.bookPath).path)
                else { return nil }
                hasher.updateFramed(file.bookPath.utf8)
                hasher.updateFramed(bytes)
            }
        }
        return SHA256Hex.hex(hasher.finalize())
    }

    /// Links the letter's files of the previous output into this one when the letter's fingerprint
    /// and the files are unchanged; false when the letter must be rendered.
    func carry(_ letter: Letter, position: Int, files: [String], from output: any SiteOutput) throws -> Bool {
        guard let fingerprint = fingerprints[position], let before = previous[letter.reference], before.sources == fingerprint,
              let previousFiles = output.previousFiles(under: files), output.previousDigest(of: previousFiles) == before.contents,
              try output.carryOver(previousFiles)
        else { return false }
        kept.record(position: position, slug: letter.reference, sources: fingerprint, contents: before.contents)
        return true
    }

    /// A rendered letter's line; `contents` nil when its files must be read back (its enclosures
    /// are copies of book files, never held in memory).
    func rendered(_ letter: Letter, position: Int, contents: String?) {
        guard let fingerprint = fingerprints[position] else { return }
        kept.record(position: position, slug: letter.reference, sources: fingerprint, contents: contents)
    }

    /// Links batch `number`'s file of the previous output when its letters are those of the
    /// previous build, unchanged, and the file is as written.
    func carryBatch(_ number: Int, path: String, from output: any SiteOutput) throws -> Bool {
        guard let fingerprint = batchFingerprints[number], let before = previous[path], before.sources == fingerprint,
              output.previousDigest(of: [path]) == before.contents, try output.carryOver([path])
        else { return false }
        kept.record(position: fingerprints.count + number, slug: path, sources: fingerprint, contents: before.contents)
        return true
    }

    func renderedBatch(_ number: Int, path: String, bytes: [UInt8]) {
        guard let fingerprint = batchFingerprints[number] else { return }
        kept.record(position: fingerprints.count + number, slug: path, sources: fingerprint,
                    contents: FolderDigest.of(file: path, bytes: bytes))
    }
}
