import RelanceCore
import Testing
@testable import RelanceSite

/// The deadline to declare a claim, as the build says it on each day: two months from the BODACC
/// publication (R622-24), then six for relief from the forfeiture (L622-26), then none.
@Suite struct DeclarationDeadlineTests {
    static let insolvency = Insolvency(kind: .receivership, openedOn: Day(iso: "2026-03-02")!, bodaccPublishedOn: Day(iso: "2026-03-10")!)

    @Test(arguments: [
        ("2026-05-10", "déclarer la créance au plus tard le 2026-05-10"),
        ("2026-05-11", "délai de déclaration expiré le 2026-05-10 : relevé de forclusion à demander au juge-commissaire au plus tard le 2026-09-10"),
        ("2026-09-10", "délai de déclaration expiré le 2026-05-10 : relevé de forclusion à demander au juge-commissaire au plus tard le 2026-09-10"),
        ("2026-09-11", "délais de déclaration (2026-05-10) et de relevé de forclusion (2026-09-10) expirés"),
    ])
    func eachDayItsDeadline(asOf: String, console: String) {
        let day = Day(iso: Substring(asOf))!
        #expect(DeclarationDeadlineWording.console(Self.insolvency, asOf: day) == console)
        let page = DeclarationDeadlineWording.deadline(Self.insolvency, asOf: day)
        #expect(page.hasPrefix("au plus tard le 10 mai 2026") == (asOf == "2026-05-10"))
        #expect(page.contains("n'est plus opposable") == (asOf == "2026-09-11"))
    }

    @Test func withoutThePublicationDateItAsksForIt() {
        let unpublished = Insolvency(kind: .liquidation, openedOn: Day(iso: "2026-03-02")!)
        #expect(DeclarationDeadlineWording.deadline(unpublished, asOf: Day(iso: "2026-06-15")!).contains("bodacc_published_on"))
    }
}
