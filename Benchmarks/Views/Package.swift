// swift-tools-version:6.0
// The directory page written in the three idioms decision 0018 compares; `make bench-views`.
// HTMLWriter, HTMLElement and Escape are Puente's own files (symbolic links), not copies.
import PackageDescription

let package = Package(
    name: "views-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0")],
    targets: [
        .executableTarget(name: "ViewsBench", dependencies: [.product(name: "Plot", package: "Plot")]),
    ]
)
