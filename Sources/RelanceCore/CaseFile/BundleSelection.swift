/// Which debtors get the heavy products of a case file — copied exhibits, regenerated letters,
/// manifest, ZIP and PDF — so that the weekly build of a large book stays fast (README, "Case files").
/// The cover, décompte and chronology are written for every debtor whatever this says.
public struct BundleSelection: Sendable, Hashable {
    public enum Mode: Sendable, Hashable {
        /// Debtors at the formal-notice stage or beyond: the files a lawyer will get. A file for a
        /// debtor at the first reminder helps no one, whatever the size of the book.
        case automatic
        /// `--bundle all`.
        case all
        /// `--bundle none`: only the debtors named.
        case none
    }

    public var mode: Mode
    /// Debtor ids named with `--bundle ID`: bundled whatever the mode.
    public var named: Set<String>
    public init(mode: Mode = .automatic, named: Set<String> = []) {
        self.mode = mode
        self.named = named
    }

    public static let automatic = BundleSelection()

    public func includes(_ state: DebtorState) -> Bool {
        if named.contains(state.id) { return true }
        switch mode {
        case .all: return true
        case .none: return false
        // A debtor in collective proceedings needs its file too: its claim is declared with it.
        case .automatic: return state.stage >= .formalNotice || state.paused == .insolvency
        }
    }
}

extension BundleSelection {
    /// From the values of a repeated `--bundle` option: `all`, `none`, or debtor ids (added to the
    /// automatic choice, or to nothing after `none`). No value: the automatic choice.
    public init(options values: [String]) {
        var mode = Mode.automatic
        var named = Set<String>()
        for value in values {
            switch value {
            case "all": mode = .all
            case "none": if mode != .all { mode = .none }
            default: named.insert(value)
            }
        }
        self.init(mode: mode, named: named)
    }

    /// The ids named that are not listed debtors of this build (a typo, or a debtor with nothing
    /// open): worth a warning, since their case file will not be bundled.
    public func unknownNames(in r: Receivables) -> [String] {
        let listed = Set(r.debtors.map(\.id))
        return named.filter { !listed.contains($0) }.sorted { $0.precedesInCodePointOrder($1) }
    }
}
