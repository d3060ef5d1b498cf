import Foundation
import Testing
@testable import RelanceSite

@Suite struct SlugTests {
    @Test func safeIdsAreKeptAsTheyAre() {
        #expect(Slug.make(for: "p01") == "p01")
        #expect(Slug.make(for: "client_42-b") == "client_42-b")
    }

    @Test(arguments: ["ACME/01", "Café Dupont", "../etc/passwd", ".", "..", "", "<script>", "a b", "P01", "CON", "x\u{0}y",
                      "😀", String(repeating: "a", count: 300), "acme-01-0123456789ab"])
    func everySlugIsASafeFolderName(_ id: String) {
        let slug = Slug.make(for: id)
        #expect(!slug.isEmpty && slug.utf8.count <= 64)
        #expect(slug != "." && slug != "..")
        #expect(slug.utf8.allSatisfy { (48...57).contains($0) || (97...122).contains($0) || $0 == 45 || $0 == 95 }, "\(slug)")
        #expect(Slug.make(for: id) == slug, "stable")
    }

    @Test func readableFormsKeepTheName() {
        #expect(Slug.make(for: "ACME/01").hasPrefix("acme-01-"))
        #expect(Slug.make(for: "Café Dupont").hasPrefix("cafe-dupont-"))
    }

    @Test func idsThatCleanAlikeStayDistinct() {
        let ids = ["ACME/01", "ACME 01", "acme-01", "Acme/01", "ACME\\01", "acme.01", "ACME/01 ", "Café", "Cafe", "CAFÉ"]
        let slugs = Set(ids.map(Slug.make(for:)))
        #expect(slugs.count == ids.count)
    }

    @Test func aSafeIdCannotImpersonateAHashedSlug() {
        let hashed = Slug.make(for: "ACME/01")
        #expect(Slug.make(for: hashed) != hashed)
    }

    @Test func anASCIIIdIsLowerCasedAndHashed() {
        #expect(Slug.make(for: "C0001234") == "c0001234-" + Slug.hash("C0001234"))
    }

    @Test func hashIsFixedAcrossRunsAndMachines() {
        // A pinned value: a change here renames every case-file folder of every user.
        #expect(Slug.hash("ACME/01") == Slug.hash("ACME/01"))
        #expect(Slug.hash("ACME/01").count == 12)
        #expect(Slug.make(for: "ACME/01") == "acme-01-ca05b59786b2")
    }

    @Test func manyIdsGiveManySlugs() {
        let ids = (0..<20_000).map { "Client n°\($0)" }
        #expect(Set(ids.map(Slug.make(for:))).count == ids.count)
    }
}
