// swift-tools-version: 6.0
// Benchmarks, kept out of the root package so `swift build` and `swift test` there stay lean.
import PackageDescription

let package = Package(
    name: "oel-benchmarks",
    dependencies: [.package(path: "oel-root")],  // a link to the repository root, whatever its folder is called
    targets: [
        .target(name: "MallocCounter"),
        .executableTarget(
            name: "oel-bench",
            dependencies: ["MallocCounter", .product(name: "OktaEL", package: "oel-root")]
        ),
        .executableTarget(
            name: "claims-bench",
            dependencies: ["MallocCounter", .product(name: "OktaEL", package: "oel-root"), .product(name: "OktaClaims", package: "oel-root")]
        ),
    ]
)
