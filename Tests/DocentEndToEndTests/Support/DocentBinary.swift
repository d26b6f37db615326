import Foundation

/// The package's root folder (the one holding `Package.swift`), found from this source file.
enum PackageRoot {
  /// The root folder: the nearest folder above this file that holds `Package.swift`.
  static var url: URL {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return folder
      }
      folder = folder.deletingLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
  }

  /// The package's `Knowledge/` folder.
  static var knowledge: URL { url.appendingPathComponent("Knowledge") }
}

/// The built `docent` executable that end-to-end tests run.
enum DocentBinary {
  /// `docent` in the build folder of the running tests (SwiftPM builds it beside the test
  /// bundle, whatever `--scratch-path` says), else `.build/debug/docent` in the package.
  static var url: URL {
    let fallback = PackageRoot.url.appendingPathComponent(".build/debug/docent")
    guard let folder = testBuildFolder else { return fallback }
    let beside = folder.appendingPathComponent("docent")
    return FileManager.default.isExecutableFile(atPath: beside.path) ? beside : fallback
  }

  /// The folder holding the running test bundle, such as `.build/x86_64-unknown-linux-gnu/debug`.
  private static var testBuildFolder: URL? {
    #if os(Linux)
      // `swift test` runs the `*.xctest` executable itself.
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      return executable.deletingLastPathComponent()
    #else
      // `xctest` or `swiftpm-testing-helper` loads the `*.xctest` bundle.
      let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
      return bundle?.bundleURL.deletingLastPathComponent()
    #endif
  }
}
