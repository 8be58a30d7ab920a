// swift-tools-version: 6.1
// A separate package so that the main build never links a libFuzzer entry point.
// Build and run: see "Fuzzing" in ../README.md (or `make fuzz` at the top level).
import PackageDescription

let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(name: "chronicle", path: "..")],
    targets: [
        .executableTarget(
            name: "ChronicleFuzz",
            dependencies: [.product(name: "Chronicle", package: "chronicle")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
