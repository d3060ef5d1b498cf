/// Where the paged lists live: one folder beside the dashboard, so that every list page reaches
/// the output root, the debtor folders and the style sheet through "../", and so that
/// `debtors/` keeps holding only debtor folders.
enum ListPaths {
    static let folder = "lists"
    /// From a list page to the output root.
    static let root = "../"

    static let debtorsByBalance = "debiteurs"
    static let debtorsByName = "debiteurs-alpha"
    static let warnings = "alertes"

    /// The path of a list page from the output root.
    static func path(_ list: PagedList, page: Int = 1) -> String { "\(folder)/\(list.fileName(ofPage: page))" }
}
