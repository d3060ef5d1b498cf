import RelanceLayout

/// The navigation of a paged list (`layouts/lists/partials/pager.html`): where the reader is
/// ("débiteurs 251 à 500 sur 100 000"), first / previous / next / last, and the numbers of the
/// pages around the current one with the first and the last, gaps shown as "…". On the first page
/// "first" and "previous" are there without a target, so the bar does not jump from page to page.
enum PagerView {
    /// Pages shown on each side of the current one.
    static let neighbours = 2

    /// `noun`: what the list holds, in the plural ("débiteurs", "actions", "alertes").
    static func value(_ list: PagedList, page: Int, noun: String) -> LayoutValue {
        let rows = list.rows(ofPage: page)
        let position = rows.isEmpty
            ? "aucun élément"
            : "\(noun) \(FrenchFormat.integer(rows.lowerBound + 1)) à \(FrenchFormat.integer(rows.upperBound)) sur \(FrenchFormat.integer(list.count))"
        func link(_ target: Int) -> LayoutValue {
            target == page || target < 1 || target > list.pageCount ? .absent : .text(list.fileName(ofPage: target))
        }
        return [
            "position": .text(position),
            "several": .flag(list.pageCount > 1),
            "first": link(1),
            "previous": link(page - 1),
            "next": link(page + 1),
            "last": link(list.pageCount),
            "pages": .list(shownPages(current: page, count: list.pageCount).map { number -> LayoutValue in
                guard let number else { return ["gap": true, "number": "…", "href": .absent, "current": .absent] }
                return [
                    "gap": false,
                    "number": .text(FrenchFormat.integer(number)),
                    "href": link(number),
                    "current": number == page ? "page" : .absent,
                ]
            }),
        ]
    }

    /// The page numbers to show, nil for a gap: 1, …, c−2 … c+2, …, last. A gap of one page
    /// shows that page instead, since "…" would take as much room.
    static func shownPages(current: Int, count: Int) -> [Int?] {
        var kept = Set([1, count])
        for number in (current - neighbours)...(current + neighbours) where (1...count).contains(number) {
            kept.insert(number)
        }
        for number in kept.sorted() where kept.contains(number + 2) && !kept.contains(number + 1) {
            kept.insert(number + 1)
        }
        var shown: [Int?] = []
        var previous = 0
        for number in kept.sorted() {
            if number > previous + 1 { shown.append(nil) }
            shown.append(number)
            previous = number
        }
        return shown
    }
}
