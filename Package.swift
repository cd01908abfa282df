// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "piplanner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "piplanner", targets: ["piplanner"]),
        .library(name: "PIPlannerModel", targets: ["PIPlannerModel"]),
        .library(name: "PIPlannerIO", targets: ["PIPlannerIO"]),
    ],
    targets: [
        // Pure rules engine: takes values, returns values. No I/O, no printing.
        .target(name: "PIPlannerModel"),
        // Config decoding, reference-data loading (embedded at build time), CSV and renderers.
        .target(
            name: "PIPlannerIO",
            dependencies: ["PIPlannerModel"],
            plugins: ["EmbedReferenceDataPlugin"]
        ),
        // Command layer; `PIPlannerCommand.run(arguments:)` is callable in-process by tests.
        .target(name: "PIPlannerCLI", dependencies: ["PIPlannerModel", "PIPlannerIO"]),
        .executableTarget(name: "piplanner", dependencies: ["PIPlannerCLI"]),
        .executableTarget(name: "piplanner-benchmark", dependencies: ["PIPlannerCLI", "PIPlannerIO", "PIPlannerModel"]),
        // Developer tool, not runtime: re-derives ReferenceData/areas/*.csv from the raw files in ReferenceData/areas/sources/
        // (`swift run derive-area-data`). No runtime target depends on it, and the sources are not embedded.
        .target(name: "PIPlannerDataDerivation", dependencies: ["PIPlannerIO"]),
        .executableTarget(name: "derive-area-data", dependencies: ["PIPlannerDataDerivation"]),
        // Build-time embedding of ReferenceData/ (less areas/sources/ and Markdown) so the binary works from any directory.
        .executableTarget(name: "ReferenceDataEmbedder"),
        .plugin(
            name: "EmbedReferenceDataPlugin",
            capability: .buildTool(),
            dependencies: ["ReferenceDataEmbedder"],
            path: "Sources/EmbedReferenceDataPlugin"
        ),
        .testTarget(name: "PIPlannerModelTests", dependencies: ["PIPlannerModel"]),
        .testTarget(name: "PIPlannerIOTests", dependencies: ["PIPlannerIO", "PIPlannerModel"]),
        .testTarget(name: "PIPlannerDataDerivationTests", dependencies: ["PIPlannerDataDerivation", "PIPlannerIO"]),
        .testTarget(name: "PIPlannerCLITests", dependencies: ["PIPlannerCLI", "PIPlannerIO", "PIPlannerModel"]),
    ]
)
