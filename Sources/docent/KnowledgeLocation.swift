import Foundation

/// Finds the knowledge folder: `--knowledge`, then `DOCENT_KNOWLEDGE`, then the package's own
/// `Knowledge/` found from the binary's location, then `./Knowledge`.
enum KnowledgeLocation {
  /// The folder to load, given the `--knowledge` option.
  static func resolve(option: String?) -> String {
    if let option { return option }
    if let variable = ProcessInfo.processInfo.environment["DOCENT_KNOWLEDGE"], !variable.isEmpty {
      return variable
    }
    return packageFolder("Knowledge") ?? "Knowledge"
  }

  /// The package's `Transcripts/` folder, found like its knowledge folder.
  static var transcriptsFolder: String {
    packageFolder("Transcripts") ?? "Transcripts"
  }

  /// The folder `name` of the package the running binary was built in: the nearest folder
  /// above the executable holding both `Package.swift` and `name`.
  private static func packageFolder(_ name: String) -> String? {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    while folder.path != "/" {
      let knowledge = folder.appendingPathComponent(name)
      if FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Package.swift").path),
        FileManager.default.fileExists(atPath: knowledge.path)
      {
        return knowledge.path
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }
}
