import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

/// The tools' versions that a bundled folder's fingerprint includes.
@Suite struct PrintingToolsTests {
    /// Debian's Chromium launcher complains on standard error before the version is printed.
    @Test func theVersionIsTheFirstLineOnStandardOutput() throws {
        let folder = try PDFTempFolder()
        let browser = try folder.write("chromium", """
            #!/bin/sh
            echo "/usr/bin/chromium: 9: [: 25276194816: unexpected operator" >&2
            echo "Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"

            """, executable: true)
        let qpdf = try folder.write("qpdf", "#!/bin/sh\necho 'qpdf version 11.3.0'\necho 'Run qpdf --copyright'\n", executable: true)
        #expect(PrintingTools.versions(chromium: browser, qpdf: qpdf)
                == browser.path(percentEncoded: false) + " Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n"
                + qpdf.path(percentEncoded: false) + " qpdf version 11.3.0")
    }

    /// The headless shell and the desktop browser of one version lay a few glyphs out otherwise.
    @Test func twoProgramsGivingTheSameVersionAreTwoTools() throws {
        let folder = try PDFTempFolder()
        let answer = "#!/bin/sh\necho 'Chromium 156.0.8078.129'\n"
        let shell = try folder.write("chromium-headless-shell", answer, executable: true)
        let browser = try folder.write("chromium", answer, executable: true)
        #expect(PrintingTools.version(of: shell) != PrintingTools.version(of: browser))
    }

    @Test func aToolThatDoesNotAnswerIsNamedByItsPath() throws {
        let folder = try PDFTempFolder()
        let broken = try folder.write("qpdf", "#!/bin/sh\nexit 2\n", executable: true)
        #expect(PrintingTools.version(of: broken) == broken.path(percentEncoded: false))
    }
}
