import Foundation
import Testing
@testable import RelancePublish

@Suite struct ResourceLocatorTests {
    /// A temp tree with three resource roots: `explicit`, `env`, and `pkg` holding a fake build.
    private func makeTree() throws -> PublishTempFolder {
        let temp = try PublishTempFolder()
        for root in ["explicit", "env", "pkg"] {
            for folder in ["layouts", "assets"] {
                try FileManager.default.createDirectory(at: temp.url("\(root)/\(folder)"), withIntermediateDirectories: true)
            }
        }
        try temp.makeFile("pkg/.build/debug/relance", "#!binary")
        return temp
    }

    private func canonical(_ url: URL) -> String {
        let path = url.resolvingSymlinksInPath().path(percentEncoded: false)
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    @Test func anExplicitPathComesFirst() throws {
        let temp = try makeTree()
        let found = try ResourceLocator.locate(
            explicit: temp.url("explicit"), environment: ["RELANCE_HOME": temp.url("env").path],
            executable: temp.url("pkg/.build/debug/relance"))
        #expect(canonical(found.root) == canonical(temp.url("explicit")))
        #expect(canonical(found.layouts) == canonical(temp.url("explicit/layouts")))
        #expect(canonical(found.assets) == canonical(temp.url("explicit/assets")))
    }

    @Test func theEnvironmentComesBeforeTheExecutable() throws {
        let temp = try makeTree()
        let found = try ResourceLocator.locate(
            explicit: nil, environment: ["RELANCE_HOME": temp.url("env").path],
            executable: temp.url("pkg/.build/debug/relance"))
        #expect(canonical(found.root) == canonical(temp.url("env")))
    }

    @Test func walksUpFromTheExecutable() throws {
        let temp = try makeTree()
        let found = try ResourceLocator.locate(
            explicit: nil, environment: ["RELANCE_HOME": ""],
            executable: temp.url("pkg/.build/debug/relance"), packageRoot: nil)
        #expect(canonical(found.root) == canonical(temp.url("pkg")))
    }

    @Test func followsASymlinkedExecutableToItsPackage() throws {
        let temp = try makeTree()
        try FileManager.default.createDirectory(at: temp.url("bin"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: temp.url("bin/relance"), withDestinationURL: temp.url("pkg/.build/debug/relance"))
        let found = try ResourceLocator.locate(
            explicit: nil, environment: [:], executable: temp.url("bin/relance"), packageRoot: nil)
        #expect(canonical(found.root) == canonical(temp.url("pkg")))
    }

    @Test func fallsBackToThePackageRoot() throws {
        let temp = try makeTree()
        let found = try ResourceLocator.locate(
            explicit: nil, environment: [:], executable: temp.url("elsewhere/relance"), packageRoot: temp.url("pkg"))
        #expect(canonical(found.root) == canonical(temp.url("pkg")))
    }

    @Test func theCompiledPackageRootHoldsTheDefaults() throws {
        let found = try ResourceLocator.locate(
            explicit: nil, environment: [:], executable: URL(fileURLWithPath: "/nonexistent/bin/relance"))
        #expect(canonical(found.root) == canonical(ResourceLocator.compiledPackageRoot))
        #expect(FileManager.default.fileExists(atPath: found.layouts.path(percentEncoded: false)))
    }

    @Test func aWrongExplicitPathIsAnErrorEvenIfOthersWouldWork() throws {
        let temp = try makeTree()
        let error = #expect(throws: ResourceLocatorError.self) {
            try ResourceLocator.locate(
                explicit: temp.url("env/layouts"), environment: ["RELANCE_HOME": temp.url("env").path],
                executable: temp.url("pkg/.build/debug/relance"))
        }
        #expect(error?.attempts.map(\.source) == ["--resources"])
        #expect(error?.description.contains("no layouts/ and no assets/ inside") == true)
    }

    @Test func aWrongEnvironmentVariableIsAnError() throws {
        let temp = try makeTree()
        let error = #expect(throws: ResourceLocatorError.self) {
            try ResourceLocator.locate(
                explicit: nil, environment: ["RELANCE_HOME": temp.url("missing").path],
                executable: temp.url("pkg/.build/debug/relance"))
        }
        #expect(error?.attempts.first?.problem == "no such folder")
    }

    @Test func theErrorListsEverythingTried() throws {
        let temp = try makeTree()
        try FileManager.default.createDirectory(at: temp.url("half/layouts"), withIntermediateDirectories: true)
        let error = #expect(throws: ResourceLocatorError.self) {
            try ResourceLocator.locate(
                explicit: nil, environment: [:], executable: temp.url("elsewhere/relance"), packageRoot: temp.url("half"))
        }
        #expect(error?.attempts.map(\.source) == ["walking up from the executable", "package root at build time"])
        #expect(error?.description.contains("no assets/ inside") == true)
        #expect(error?.description.contains("RELANCE_HOME") == true)
    }
}
