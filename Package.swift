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
        // Case files: SHA-256 of the manifest, and the one-file ZIP bundle.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Debian's libxml2 through pkg-config; the shim works around ICU and xmlFree (see shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The domain: pure values and rules, no I/O, no formatting for humans.
        .target(name: "RelanceCore"),
        // Reads a book folder into Core values; every error is located.
        .target(name: "RelanceBook", dependencies: ["RelanceCore", "TOMLKit"]),
        // Views, French formatting, the layout engine over libxml2, the publisher.
        .target(name: "RelanceSite", dependencies: [
            "RelanceCore", "CLibXML2",
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The commands as named steps (read, compute, render, audit, print, publish) and their exit statuses.
        .target(name: "RelancePipeline", dependencies: ["RelanceCore", "RelanceBook", "RelanceSite"]),
        // The command line only: options parsed into requests for RelancePipeline.
        .executableTarget(
            name: "relance",
            dependencies: [
                "RelanceCore", "RelancePipeline", "RelanceSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Synthetic books for the benchmark (Tests/Benchmarks/README.md): `swift run relance-synth --help`.
        .target(name: "BookGenerator", dependencies: ["RelanceCore"], path: "Tests/Benchmarks/BookGenerator"),
        .executableTarget(
            name: "relance-synth",
            dependencies: ["BookGenerator", "RelanceCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/Benchmarks/relance-synth"
        ),
        .testTarget(
            name: "BookGeneratorTests", dependencies: ["BookGenerator", "RelanceBook", "RelanceCore"],
            path: "Tests/Benchmarks/BookGeneratorTests"
        ),
        .testTarget(name: "RelanceCoreTests", dependencies: ["RelanceCore"]),
        .testTarget(name: "RelanceBookTests", dependencies: ["RelanceBook", "RelanceCore"], exclude: ["Fixtures"]),
        .testTarget(name: "RelanceSiteTests", dependencies: ["RelanceSite", "RelanceCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "RelanceEndToEndTests",
            // RelanceSite for PageInspector (the dashboard in headless Chromium), BookGenerator for a large book.
            dependencies: ["relance", "RelancePipeline", "RelanceSite", "BookGenerator"],
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
        .executableTarget(name: "FuzzLayout", dependencies: ["CFuzzerDriver", "RelanceSite"], path: "Tests/Fuzz/FuzzLayout"),
    ]
}
