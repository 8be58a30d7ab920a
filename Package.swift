// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
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
        .target(
            name: "Chronicle",
            dependencies: ["CLibical", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The SQLite archive lives apart so the core library builds without GRDB.
        .target(
            name: "ChronicleArchive",
            dependencies: ["Chronicle", .product(name: "GRDB", package: "GRDB.swift")]
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
        .testTarget(
            name: "ChronicleTests",
            dependencies: [
                "Chronicle",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChronicleArchiveTests",
            dependencies: ["ChronicleArchive", "Chronicle"]
        ),
    ]
)
