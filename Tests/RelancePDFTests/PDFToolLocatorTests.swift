import Foundation
import RelanceTestSupport
import Testing
@testable import RelancePDF

@Suite struct PDFToolLocatorTests {
    private let fakeProgram = "#!/bin/sh\nexit 0\n"

    @Test func anExplicitPathThatIsNotExecutableIsAnError() throws {
        let temp = try PDFTempFolder()
        let notExecutable = try temp.write("chromium", fakeProgram)
        let error = #expect(throws: ToolLocatorError.self) {
            try ChromiumLocator.locate(explicit: notExecutable, environment: ["PATH": "/usr/bin:/bin"])
        }
        #expect(error?.source == "--chromium")
        #expect(error?.description.contains("not an executable file") == true)
        #expect(error?.description.contains("apt-get install chromium") == true)
    }

    @Test func anExplicitPathThatIsMissingOrAFolderIsAnError() throws {
        let temp = try PDFTempFolder()
        let missing = #expect(throws: ToolLocatorError.self) {
            try ChromiumLocator.locate(explicit: temp.url("nowhere/chromium"), environment: [:])
        }
        #expect(missing?.problem == "no such file")
        let folder = #expect(throws: ToolLocatorError.self) {
            try ChromiumLocator.locate(explicit: temp.root, environment: [:])
        }
        #expect(folder?.problem == "a folder, not a program")
    }

    @Test func anExplicitPathWinsOverTheEnvironmentAndPath() throws {
        let temp = try PDFTempFolder()
        let explicit = try temp.write("mine/chrome", fakeProgram, executable: true)
        try temp.write("bin/chromium", fakeProgram, executable: true)
        let found = try ChromiumLocator.locate(
            explicit: explicit, environment: ["RELANCE_CHROMIUM": temp.url("bin/chromium").path, "PATH": temp.url("bin").path])
        #expect(found?.path == explicit.path)
    }

    @Test func theEnvironmentIsAuthoritative() throws {
        let temp = try PDFTempFolder()
        try temp.write("bin/chromium", fakeProgram, executable: true)
        let error = #expect(throws: ToolLocatorError.self) {
            try ChromiumLocator.locate(
                explicit: nil, environment: ["RELANCE_CHROMIUM": temp.url("missing").path, "PATH": temp.url("bin").path])
        }
        #expect(error?.source == "RELANCE_CHROMIUM")
        // A bare name is looked up on PATH.
        let found = try ChromiumLocator.locate(
            explicit: nil, environment: ["RELANCE_CHROMIUM": "chromium", "PATH": temp.url("bin").path])
        #expect(found?.path == temp.url("bin/chromium").path)
    }

    @Test func pathIsSearchedForTheUsualNamesBestFirst() throws {
        let temp = try PDFTempFolder()
        try temp.write("first/google-chrome", fakeProgram, executable: true)
        try temp.write("second/chromium-browser", fakeProgram, executable: true)
        try temp.write("second/chromium", fakeProgram)  // not executable: skipped
        let path = [temp.url("empty").path, temp.url("first").path, temp.url("second").path].joined(separator: ":")
        let found = try ChromiumLocator.locate(explicit: nil, environment: ["PATH": path])
        #expect(found?.path == temp.url("second/chromium-browser").path)
    }

    @Test func theHeadlessShellIsPreferredToTheDesktopBrowser() throws {
        let temp = try PDFTempFolder()
        try temp.write("first/chromium", fakeProgram, executable: true)
        try temp.write("second/chromium-headless-shell", fakeProgram, executable: true)
        let path = [temp.url("first").path, temp.url("second").path].joined(separator: ":")
        let found = try ChromiumLocator.locate(explicit: nil, environment: ["PATH": path])
        #expect(found?.path == temp.url("second/chromium-headless-shell").path)
    }

    @Test func relativePathFoldersAreSkipped() throws {
        let temp = try PDFTempFolder()
        try temp.write("bin/chromium", fakeProgram, executable: true)
        #expect(try ChromiumLocator.locate(explicit: nil, environment: ["PATH": "bin:."]) == nil)
    }

    @Test func nothingFoundIsNil() throws {
        let temp = try PDFTempFolder()
        #expect(try ChromiumLocator.locate(explicit: nil, environment: ["PATH": temp.root.path]) == nil)
        #expect(try ChromiumLocator.locate(explicit: nil, environment: [:]) == nil)
        #expect(try PDFMerger.locate(environment: ["PATH": temp.root.path]) == nil)
    }

    @Test func qpdfIsLocatedTheSameWay() throws {
        let temp = try PDFTempFolder()
        let qpdf = try temp.write("bin/qpdf", fakeProgram, executable: true)
        #expect(try PDFMerger.locate(environment: ["PATH": temp.url("bin").path])?.qpdf.path == qpdf.path)
        let error = #expect(throws: ToolLocatorError.self) {
            try PDFMerger.locate(explicit: temp.url("bin"), environment: [:])
        }
        #expect(error?.description.contains("--qpdf") == true)
        #expect(error?.description.contains("apt-get install qpdf") == true)
    }
}
