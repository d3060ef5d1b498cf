import RelancePublish
import Crypto
import Foundation
import RelanceCore

/// A fingerprint of everything a debtor's folder is made from, so that a rebuild can carry the
/// folder over from the previous output instead of rendering it again. It covers, by their bytes:
/// - what every folder shares: the relance executable, the layouts and assets folders, the book's
///   relance.toml and rates, the header line of each CSV file, and the build date;
/// - the debtor's own rows: its line of debtors.csv, each of its ledger rows and log lines with its
///   line number (a row moved in the file may move an exhibit number), its rows of documents.csv,
///   the invoice files its
///   invoices are linked to, the rows a `--keep-going` read rejected that name it and, for a bundled
///   folder, the bytes of every attachment it copies.
/// A debtor's folder depends on nothing else: allocation never crosses debtors, and slugs and
/// letter references derive from the debtor's id, level and the build date. When any source cannot
/// be read the debtor gets no fingerprint and is rendered.
struct DebtorFingerprints: Sendable {
    private let shared: [UInt8]
    private let rows: any BookSourceBytes
    private let attachments: URL?

    /// `options` names what else shapes the folders (whether case-file PDFs are printed); nil when
    /// one of the book's files changed since it was read.
    init?(r: Receivables, sources: any BookSourceBytes, attachments: URL?, layouts: URL, assets: URL, options: String) {
        guard let bookFiles = sources.shared else { return nil }
        self.attachments = attachments
        rows = sources
        var hasher = SHA256()
        func add(_ bytes: some Sequence<UInt8>) { hasher.updateFramed(bytes) }
        add(Self.executable())
        for folder in [layouts, assets] {
            for (path, bytes) in Self.files(under: folder) { add(path.utf8); add(bytes) }
        }
        for (name, bytes) in bookFiles { add(name.utf8); add(bytes) }
        add(r.asOf.iso.utf8)
        add(options.utf8)
        shared = Array(hasher.finalize())
    }

    /// Every debtor's fingerprint, in the order of `r.debtors`, computed on all cores before any
    /// page is rendered: the rows' digests this holds are then freed before rendering takes its
    /// share of memory.
    static func all(r: Receivables, sources: any BookSourceBytes, attachments: URL?, layouts: URL, assets: URL,
                    options: String, bundled: @Sendable (DebtorState) -> Bool) -> [String?] {
        guard let fingerprints = DebtorFingerprints(
            r: r, sources: sources, attachments: attachments, layouts: layouts, assets: assets, options: options)
        else { return Array(repeating: nil, count: r.debtors.count) }
        let debtors = r.debtors
        return Parallel.map(count: debtors.count) { position in
            fingerprints.fingerprint(of: debtors[position], in: r, bundled: bundled(debtors[position]))
        }
    }

    /// The debtor's fingerprint in hexadecimal; nil when one of its rows could not be found.
    func fingerprint(of state: DebtorState, in r: Receivables, bundled: Bool) -> String? {
        var hasher = FramedHasher()
        hasher.addUnframed(shared)
        func add(_ bytes: some Collection<UInt8>) { hasher.add(bytes) }
        func addRow(_ location: SourceLocation) -> Bool {
            guard let digest = rows.rowDigest(at: location) else { return false }
            add(location.file.utf8); add(String(location.line).utf8); add(digest)
            return true
        }
        add(bundled ? [1] : [0])
        // The rows rejected by a --keep-going read are not the debtor's rows, yet its folder names them.
        for location in r.debtorsWithRejectedRows[state.id] ?? [] { add("rejected \(location.row)".utf8) }
        guard addRow(state.debtor.location) else { return nil }
        for index in r.allocation.entryIndices(ofDebtor: state.id) {
            guard addRow(r.book.ledger[index].location) else { return nil }
        }
        for line in state.interactions {
            guard addRow(line.location) else { return nil }
        }
        for document in r.book.documents(of: state.id) {
            guard addRow(document.location) else { return nil }
        }
        for frozen in r.book.frozenExhibits[state.id] ?? [] {
            add("frozen \(frozen.number) \(frozen.file) \(frozen.sha256) \(frozen.date.iso)".utf8)
        }
        for index in r.allocation.debtors[state.id]?.invoiceIndices ?? [] {
            let reference = r.allocation.invoices[index].entry.reference
            add(reference.utf8); add((r.book.invoiceFiles[reference] ?? "").utf8)
        }
        if bundled {
            // A bundled folder holds copies of attachments: their bytes are sources too.
            let exhibits = ExhibitList(state: state, invoiceFiles: r.book.invoiceFiles, documents: r.book.documents(of: state.id),
                                       otherDebts: r.book.otherDebts, frozen: r.book.frozenExhibits[state.id] ?? [])
            for file in exhibits.exhibits.map(\.bookFile) {
                guard let data = attachments.flatMap({ FileManager.default.contents(atPath: $0.appendingPathComponent(file).path) })
                else { return nil }
                add(file.utf8); add([UInt8](data))
                // What the checks found (qpdf --check when installed) is printed on the bordereau.
                add((r.book.attachmentFacts[file]?.problem ?? "").utf8)
            }
        }
        return SHA256Hex.hex(hasher.finalize())
    }

    /// The running executable's SHA-256: another version of relance may render differently. Read in
    /// 1 MB pieces: the binary is tens of MB, and reading it whole (then copying it) put 70 MB on the
    /// build's peak memory.
    private static func executable() -> [UInt8] {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return Array(CommandLine.arguments[0].utf8) }
        defer { try? file.close() }
        var hasher = SHA256()
        while let piece = try? file.read(upToCount: 1 << 20), !piece.isEmpty {
            hasher.update(data: piece)
        }
        return Array(hasher.finalize())
    }

    /// Every regular file under `folder`, by relative path in code point order, with its bytes.
    private static func files(under folder: URL) -> [(String, [UInt8])] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let root = folder.standardizedFileURL.path
        var found: [(String, [UInt8])] = []
        while let url = walker.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            found.append((String(url.standardizedFileURL.path.dropFirst(root.count)), [UInt8](data)))
        }
        return found.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }
}
