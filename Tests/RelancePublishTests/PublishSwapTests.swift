import Foundation
import Testing
@testable import RelancePublish

/// The fallback used where renameat2(RENAME_EXCHANGE) is unsupported, and the repair of what a
/// crash between its steps leaves behind.
@Suite struct PublishSwapTests {
    @Test func theFallbackSwapPutsTheNewOutputInPlaceAndTheOldInStaging() throws {
        let temp = try PublishTempFolder()
        try temp.makeFile("site/.relance-output", "m")
        try temp.makeFile("site/index.html", "old")
        try temp.makeFile("site.partial/.relance-output", "m")
        try temp.makeFile("site.partial/index.html", "new")
        let out = temp.url("site").path(percentEncoded: false)

        try AtomicSwap.install(staging: out + ".partial", at: out, allowExchange: false)

        #expect(PublishProbe.text(temp.url("site/index.html")) == "new")
        #expect(PublishProbe.text(temp.url("site.partial/index.html")) == "old")
        #expect(!PublishProbe.exists(temp.url("site/.relance-old")))
    }

    @Test func renameat2IsFoundInTheCLibrary() {
        #expect(LibC.symbol("renameat2") != nil)
    }

    @Test func theExchangeSwapsBothFolders() throws {
        let temp = try PublishTempFolder()
        try temp.makeFile("site/index.html", "old")
        try temp.makeFile("site.partial/index.html", "new")
        let out = temp.url("site").path(percentEncoded: false)

        try AtomicSwap.install(staging: out + ".partial", at: out)

        #expect(PublishProbe.text(temp.url("site/index.html")) == "new")
        #expect(PublishProbe.text(temp.url("site.partial/index.html")) == "old")
    }

    @Test func aCrashAfterParkingTheOldOutputRestoresIt() throws {
        let temp = try PublishTempFolder()
        // Step 1 done: `site` moved into the staging folder, which was not yet renamed.
        try temp.makeFile("site.partial/.relance-output", "m")
        try temp.makeFile("site.partial/index.html", "new")
        try temp.makeFile("site.partial/.relance-old/.relance-output", "m")
        try temp.makeFile("site.partial/.relance-old/index.html", "old")

        let publisher = try Publisher(out: temp.url("site"), book: try temp.makeBook())
        #expect(PublishProbe.text(temp.url("site/index.html")) == "old")
        publisher.abandon()

        #expect(PublishProbe.listing(temp.url("site")) == [".relance-output", "index.html"])
        #expect(!PublishProbe.exists(temp.url("site.partial")))
    }

    @Test func aCrashBeforeUnparkingTheOldOutputTidiesIt() throws {
        let temp = try PublishTempFolder()
        // Step 2 done: the new output is in place with the old one still parked inside.
        try temp.makeFile("site/.relance-output", "m")
        try temp.makeFile("site/index.html", "new")
        try temp.makeFile("site/.relance-old/.relance-output", "m")
        try temp.makeFile("site/.relance-old/index.html", "old")

        let report = try PublishProbe.publish(["index.html": "new"], out: temp.url("site"), book: try temp.makeBook())

        #expect(report == PublishReport(written: 0, unchanged: 1))
        #expect(PublishProbe.listing(temp.url("site")) == [".relance-output", "index.html"])
        #expect(!PublishProbe.exists(temp.url("site.partial")))
    }
}
