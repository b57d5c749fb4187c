// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "selfassess",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "selfassess", targets: ["selfassess"]),
        .library(name: "SelfAssessKit", targets: ["SelfAssessKit"]),
        .library(name: "SelfAssessRegistry", targets: ["SelfAssessRegistry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "SelfAssessKit",
            dependencies: [
                "CLibYAML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "BigInt", package: "BigInt"),
            ],
            swiftSettings: strictSettings
        ),
        // The society's registry (docs/registry.md): storage, intake and signed receipts over the kit.
        .target(
            name: "SelfAssessRegistry",
            dependencies: [
                "SelfAssessKit",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The registry over HTTP (docs/registry.md): `serve`'s routes, limits, logs and graceful stop.
        .target(
            name: "SelfAssessServer",
            dependencies: [
                "SelfAssessKit",
                "SelfAssessRegistry",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "selfassess",
            dependencies: [
                "SelfAssessKit",
                "SelfAssessRegistry",
                "SelfAssessServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The sample sector generator: a library the tests use in process, and `samplegen`, which the
        // demo and the benchmarks run. Neither is installed with the tool.
        .target(
            name: "SampleSector",
            dependencies: ["SelfAssessKit"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "samplegen",
            dependencies: [
                "SampleSector",
                "SelfAssessKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // The fuzzing harnesses (docs/fuzzing.md): built normally, a replayer of inputs through
        // each harness; `make fuzz` builds it with libFuzzer into .build-fuzz.
        // make bench's transparency log part (Scripts/bench.sh): appends and proofs at scale.
        .executableTarget(
            name: "selfassess-logbench",
            dependencies: ["SelfAssessKit", "SelfAssessRegistry"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "selfassess-fuzz",
            dependencies: ["SelfAssessKit"],
            swiftSettings: strictSettings
        ),
        // What every test target shares: paths, golden files (Tests/Golden), temporary folders,
        // the external tools the tests compare against, headless Chromium and the HTML check.
        .target(
            name: "SelfAssessTestSupport",
            path: "Tests/SelfAssessTestSupport"
        ),
        .testTarget(
            name: "SelfAssessKitTests",
            dependencies: ["SelfAssessKit", "SampleSector", "SelfAssessTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SelfAssessRegistryTests",
            dependencies: [
                "SelfAssessKit",
                "SelfAssessRegistry",
                "SelfAssessServer",
                "SampleSector",
                "selfassess",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                "SelfAssessTestSupport",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            exclude: ["Fixtures", "Log/merkle_check.py"]
        ),
        .testTarget(
            name: "SelfAssessCLITests",
            dependencies: [
                "SelfAssessKit",
                "SampleSector",
                "selfassess",
                "SelfAssessTestSupport",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
