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
/// Print batches, the deposit list, the index and the e-mail copies of posted letters (which attach
/// the letter's PDF) gather or follow the print, and are rendered at every build.
struct LetterCarryOver: Sendable {
    /// Each letter's fingerprint, in the plan's order; nil for a letter that must be rendered.
    let fingerprints: [String?]
    /// The previous build's index, by reference.
    let previous: [String: FingerprintIndex.Entry]
    /// This build's index, written by `SiteBuilder.finish` once every letter's files are digested.
    let kept: FingerprintIndex

    /// `debtorFingerprints`: in the order of `debtors`. `attachments`: the book's folder the
    /// enclosures are copied from, when it has one.
    init(letters: [Letter], debtors: [DebtorState], debtorFingerprints: [String?], attachments: URL?,
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
        previous = FingerprintIndex.parse(previousIndex)
        kept = FingerprintIndex(count: letters.count)
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
}
