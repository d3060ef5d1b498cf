// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Relance",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "relance", targets: ["relance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Case files: SHA-256 of the manifest.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Debian's libxml2 through pkg-config; the shim works around ICU and xmlFree (see shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libdeflate, for the case files' ZIP (see Sources/RelanceSite/CaseFile/ZIPWriter.swift for
        // why not ZIPFoundation, nor zlib).
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // mimalloc, linked into the relance executable only: it replaces glibc's malloc for the
        // whole process (Sources/relance/Allocator.swift says why).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The domain: pure values and rules, no I/O, no formatting for humans.
        .target(name: "RelanceCore"),
        // Reads a book folder into Core values; every error is located.
        .target(name: "RelanceBook", dependencies: ["RelanceCore", "CLibXML2", "TOMLKit", .product(name: "Crypto", package: "swift-crypto")]),
        // The layout engine: HTML layouts over libxml2, filled as DOM or through a compiled form.
        .target(name: "RelanceLayout", dependencies: ["CLibXML2"]),
        // The only writer of the output: staging folder, atomic swap, hard links, digests.
        .target(name: "RelancePublish", dependencies: ["RelanceCore", .product(name: "Crypto", package: "swift-crypto")]),
        // PDFs: headless Chromium over its DevTools pipe, batches cut and stamped by qpdf.
        .target(name: "RelancePDF", dependencies: ["RelanceCore", "RelanceLayout"]),
        // The site's pages: dashboard, lists, case files, letters, summary.json, French formatting.
        .target(name: "RelanceSite", dependencies: [
            "RelanceCore", "RelanceLayout", "RelancePublish", "RelancePDF",
            "CDeflate", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // `relance record`: what was sent, appended to the book's log with its originals.
        .target(name: "RelanceRecord", dependencies: [
            "RelanceCore", "RelanceBook", "RelancePublish", "RelanceSite", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The commands as named steps (read, compute, render, audit, print, publish) and their exit statuses.
        .target(name: "RelancePipeline", dependencies: ["RelanceCore", "RelanceBook", "RelanceLayout", "RelancePublish", "RelancePDF", "RelanceSite", "RelanceRecord"]),
        // The command line only: options parsed into requests for RelancePipeline.
        .executableTarget(
            name: "relance",
            dependencies: [
                "RelanceCore", "RelancePipeline", "RelanceRecord", "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Synthetic books for the benchmark (Tests/Benchmarks/README.md): `swift run relance-synth --help`.
        .target(name: "BookGenerator", dependencies: ["RelanceCore"], path: "Tests/Benchmarks/BookGenerator"),
        .executableTarget(
            name: "relance-synth",
            dependencies: ["BookGenerator", "RelanceBook", "RelanceCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/Benchmarks/relance-synth"
        ),
        .testTarget(
            name: "BookGeneratorTests", dependencies: ["BookGenerator", "RelanceBook", "RelanceCore"],
            path: "Tests/Benchmarks/BookGeneratorTests"
        ),
        // What tests share and the product does not need: temporary folders and tools for the PDF
        // tests, the dashboard inspected in headless Chromium.
        .target(name: "RelanceTestSupport", dependencies: ["RelancePDF"], path: "Tests/Support", exclude: ["Fixtures"]),
        .testTarget(name: "RelanceCoreTests", dependencies: ["RelanceCore", "RelanceTestSupport"]),
        .testTarget(name: "RelanceBookTests", dependencies: ["RelanceBook", "RelanceCore", "RelanceTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RelanceLayoutTests", dependencies: ["RelanceLayout", "RelanceTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RelancePublishTests", dependencies: ["RelancePublish"]),
        .testTarget(name: "RelancePDFTests", dependencies: ["RelancePDF", "RelanceTestSupport"]),
        .testTarget(
            name: "RelanceSiteTests",
            dependencies: ["RelanceSite", "RelanceLayout", "RelancePublish", "RelancePDF", "RelanceTestSupport", "RelanceCore",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Harnesses that measure and print, run by hand (Tests/Benchmarks/README.md); skipped otherwise.
        .testTarget(
            name: "RelanceBenchmarkHarnesses",
            dependencies: ["RelanceLayout", "RelancePDF", "RelanceTestSupport"],
            path: "Tests/Benchmarks/Harnesses"
        ),
        .testTarget(name: "RelanceRecordTests", dependencies: ["RelanceRecord"]),
        .testTarget(
            name: "RelanceEndToEndTests",
            // RelanceTestSupport for PageInspector (the dashboard in headless Chromium), BookGenerator for a large book.
            dependencies: ["relance", "RelancePipeline", "RelanceSite", "RelancePDF", "RelanceCore", "RelanceBook", "RelanceTestSupport", "BookGenerator",
                           .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Tests/Fuzz/README.md), declared only when RELANCE_FUZZ is set: they link only with
// `-sanitize=fuzzer`, so ordinary builds and tests never see them. Tests/Fuzz/run-fuzzers.sh sets it.
if Context.environment["RELANCE_FUZZ"] != nil {
    package.targets += [
        .systemLibrary(name: "CFuzzerDriver", path: "Tests/Fuzz/CFuzzerDriver"),
        .executableTarget(name: "FuzzCSV", dependencies: ["CFuzzerDriver", "RelanceBook", "RelanceCore"], path: "Tests/Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzSettings", dependencies: ["CFuzzerDriver", "RelanceBook"], path: "Tests/Fuzz/FuzzSettings"),
        .executableTarget(name: "FuzzExports", dependencies: ["CFuzzerDriver", "RelanceBook", "RelanceCore"], path: "Tests/Fuzz/FuzzExports"),
        .executableTarget(name: "FuzzLayout", dependencies: ["CFuzzerDriver", "RelanceLayout"], path: "Tests/Fuzz/FuzzLayout"),
    ]
}
