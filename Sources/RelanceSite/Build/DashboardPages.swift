import RelancePublish
import RelanceLayout
import Foundation
import RelanceCore

/// Writes the dashboard (`index.html`) and the paged lists it links to (`lists/`): the complete
/// debtor list by balance and by name when the book is too large for one table, the complete list
/// of each kind of action the dashboard cuts, and the alerts beyond the first ones. The dashboard
/// stays a few hundred kilobytes at 100,000 debtors; the lists are rendered by a pool of workers,
/// like the debtor pages.
struct DashboardPages {
    let layouts: LayoutLibrary

    /// One list page to render.
    private enum Job: Sendable {
        case debtors(DebtorListPageView.Ordering, page: Int)
        case actions(list: Int, page: Int)
        case warnings(page: Int)
    }

    /// `reportPDF`: whether the print step will make the report's PDF (the dashboard links it).
    func write(_ r: Receivables, letters: LetterPlan, batches: LetterBatches, history: WeeklyHistory, reportPDF: Bool,
               into output: any SiteOutput) throws {
        let context = DashboardContext(r, letters: letters)
        let dashboard = try layouts.layout(SitePaths.Layouts.dashboard)
        try output.write(
            try dashboard.render(DashboardView.value(context, plan: letters, batches: batches, history: history, reportPDF: reportPDF)), to: SitePaths.dashboard)
        let report = try layouts.layout(SitePaths.Layouts.report)
        try output.write(try report.render(ReportView.value(context, history: history)), to: SitePaths.report)

        let actionLists = context.actions.lists
        let jobs = Self.jobs(context)
        guard !jobs.isEmpty else { return }
        let debtorLayout = try layouts.layout(SitePaths.Layouts.debtorList)
        let actionLayout = try layouts.layout(SitePaths.Layouts.actionList)
        let warningLayout = try layouts.layout(SitePaths.Layouts.warningList)

        try Parallel.forEachUntilError(count: jobs.count) { index in
            switch jobs[index] {
            case .debtors(let ordering, let page):
                let list = ordering == .balance ? context.debtorsByBalance : context.debtorsByName
                guard let list else { break }
                try output.write(
                    try debtorLayout.render(DebtorListPageView.value(context, ordering: ordering, page: page)),
                    to: SitePaths.Lists.path(list, page: page))
            case .actions(let number, let page):
                let (group, kind, list) = actionLists[number]
                try output.write(
                    try actionLayout.render(ActionListPageView.value(context, group: group, kind: kind, list: list, page: page)),
                    to: SitePaths.Lists.path(list, page: page))
            case .warnings(let page):
                guard let list = context.warnings else { break }
                try output.write(
                    try warningLayout.render(WarningListPageView.value(context, list: list, page: page)),
                    to: SitePaths.Lists.path(list, page: page))
            }
        }
    }

    /// Every list page of this build, in a fixed order.
    private static func jobs(_ context: DashboardContext) -> [Job] {
        var jobs: [Job] = []
        if let list = context.debtorsByBalance { jobs += (1...list.pageCount).map { .debtors(.balance, page: $0) } }
        if let list = context.debtorsByName { jobs += (1...list.pageCount).map { .debtors(.name, page: $0) } }
        for (number, entry) in context.actions.lists.enumerated() {
            jobs += (1...entry.list.pageCount).map { .actions(list: number, page: $0) }
        }
        if let list = context.warnings { jobs += (1...list.pageCount).map { .warnings(page: $0) } }
        return jobs
    }
}
