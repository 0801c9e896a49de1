// swift-tools-version:6.0
// An open-loop load generator for `make bench` (issue 23): requests leave on a fixed schedule
// whatever the server does, and each is timed from when it was due, so queueing shows in the
// percentiles (wrk's closed loop waits for an answer before asking again and hides it).
import PackageDescription

let package = Package(
    name: "open-loop",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        .executableTarget(name: "OpenLoop", dependencies: [
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Histogram", package: "hdrhistogram-swift"),
        ]),
    ]
)
