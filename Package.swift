// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "puente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puente", targets: ["puente"]),
        .library(name: "Puente", targets: ["Puente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        // Puente's own SQLite driver (Database/SQLiteDriver.swift) is built from these parts.
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.0"),
        .package(url: "https://github.com/vapor/async-kit.git", from: "1.22.0"),
        .package(url: "https://github.com/vapor/routing-kit.git", from: "4.9.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        // Markdown for newsletters; Communications/NewsletterMarkdown.swift makes it safe for mail.
        .package(url: "https://github.com/JohnSundell/Ink.git", exact: "0.6.0"),
    ],
    targets: [
        // Pure rules and formats: no Vapor, no Fluent, so tests reach them fast.
        .target(name: "PuenteCore"),
        // C libraries from Debian, found through pkg-config (scripts/system-packages installs them).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(
            name: "Puente",
            dependencies: [
                "PuenteCore",
                "CCairo",
                "CQREncode",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "AsyncKit", package: "async-kit"),
                .product(name: "RoutingKit", package: "routing-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("API/openapi.json")]
        ),
        .executableTarget(name: "puente", dependencies: ["Puente", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")]),
        .testTarget(name: "PuenteCoreTests", dependencies: ["PuenteCore"]),
        .testTarget(
            name: "PuenteTests",
            dependencies: [
                "Puente",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
