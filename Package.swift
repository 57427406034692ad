// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "oel",
    products: [
        .library(name: "OktaEL", targets: ["OktaEL"]),
        .library(name: "OktaELTools", targets: ["OktaELTools"]),
        .library(name: "OktaClaims", targets: ["OktaClaims"]),
        .executable(name: "oel", targets: ["oel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "OktaEL"),
        .target(name: "OktaELTools", dependencies: ["OktaEL"]),
        // The claims engine: authorization-server configuration -> policy, scopes, tokens.
        .target(name: "OktaClaims", dependencies: ["OktaEL"], exclude: ["README.md"]),
        .executableTarget(
            name: "oel",
            dependencies: [
                "OktaEL", "OktaELTools", "OktaClaims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "OktaELFuzz", dependencies: ["OktaEL", "OktaELTools"]),
        .testTarget(name: "OktaELTests", dependencies: ["OktaEL", "OktaELTools"], exclude: ["Snapshots"]),  // read from the source tree
        .testTarget(name: "OktaClaimsTests", dependencies: ["OktaClaims", "OktaEL"], exclude: ["testdata"]),  // read from the source tree
    ]
)
