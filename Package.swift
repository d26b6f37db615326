// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "docent",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "docent", targets: ["docent"]),
    .library(name: "DocentKit", targets: ["DocentKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
  ],
  targets: [
    .target(
      name: "DocentKit",
      dependencies: [
        "CLinkGrammar",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Tagged", package: "swift-tagged"),
      ],
      exclude: ["README.md"]
    ),
    .systemLibrary(
      name: "CLinkGrammar",
      pkgConfig: "link-grammar",
      providers: [.apt(["liblink-grammar-dev"])]
    ),
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .executableTarget(
      name: "docent",
      dependencies: [
        "DocentKit",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "docent-fuzz",
      dependencies: ["DocentKit"]
    ),
    .testTarget(
      name: "DocentKitTests",
      dependencies: ["DocentKit"]
    ),
    .testTarget(
      name: "DocentEndToEndTests",
      dependencies: ["DocentKit"],
      exclude: ["Support/pty_session.py"]
    ),
  ]
)
