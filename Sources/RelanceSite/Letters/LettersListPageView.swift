import RelanceLayout
import RelanceCore

/// One page of the complete list of the letters (`letters/tous-les-courriers-001.html`…), for a
/// build with more letters than the index shows: the same rows, in the same order, with the
/// dashboard lists' pager.
enum LettersListPageView {
    /// `counts`: `LettersIndexView.counts(plan)`, the same on every page, so counted once.
    static func value(_ plan: LetterPlan, _ r: Receivables, counts: String, pdf: LetterPDFReport, list: PagedList, page: Int) -> LayoutValue {
        let title = "Courriers du \(FrenchFormat.longDate(r.asOf))"
        return [
            "document_title": .text("\(title) — page \(FrenchFormat.integer(page)) sur \(FrenchFormat.integer(list.pageCount))"),
            "title": .text(title),
            "creditor": .text(r.book.creditor.name),
            "date": .text(FrenchFormat.longDate(r.asOf)),
            "counts": .text(counts),
            "pager": PagerView.value(list, page: page, noun: "courriers"),
            "letters": .list(plan.letters[list.rows(ofPage: page)].map { LettersIndexView.row($0, pdf: pdf) }),
        ]
    }
}
