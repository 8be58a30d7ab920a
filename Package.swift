// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "chronicle",
    platforms: [.macOS(.v13)],
    products: [
        // Decode, Layout, Time, Events, Timeline: the time engine and the recognizer, no libical.
        .library(name: "ChronicleCore", targets: ["ChronicleCore"]),
        // The exporters (iCalendar through libical, CSV, JSON lines, HTML) over the core.
        .library(name: "Chronicle", targets: ["Chronicle"]),
        // The SQLite archive of issues (GRDB) over the core.
        .library(name: "ChronicleArchive", targets: ["ChronicleArchive"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libical, reached only through Sources/Chronicle/Export/ICal/LibICal.swift.
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        // Everything up to the timeline; builds and links without libical or GRDB.
        .target(name: "ChronicleCore"),
        .target(
            name: "Chronicle",
            dependencies: ["ChronicleCore", "CLibical", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The SQLite archive lives apart so the core library builds without GRDB; it stores
        // events, so it needs the core only, not the exporters.
        .target(
            name: "ChronicleArchive",
            dependencies: ["ChronicleCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "Chronicle", "ChronicleArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `make bench`: throughput and memory of the time engine.
        .executableTarget(
            name: "chronicle-bench",
            dependencies: ["Chronicle"]
        ),
        // Scratch folders shared by both test targets (removed when the test process exits).
        .target(name: "ChronicleTestSupport", path: "Tests/ChronicleTestSupport"),
        .testTarget(
            name: "ChronicleTests",
            dependencies: [
                "ChronicleCore", "Chronicle", "ChronicleTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChronicleArchiveTests",
            dependencies: ["ChronicleArchive", "Chronicle", "ChronicleCore", "ChronicleTestSupport"]
        ),
    ]
)
