import ArgumentParser
import DocentKit
import Foundation

/// The options every command that loads knowledge shares.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The knowledge folder (default: $DOCENT_KNOWLEDGE, else the package's Knowledge/).")
  var knowledge: String?

  /// The folder to load.
  var path: String { KnowledgeLocation.resolve(option: knowledge) }

  /// Loads the knowledge folder, printing every problem and exiting 1 when it is invalid.
  func load() throws -> LoadedKnowledge {
    do {
      defer { Terminal.endProgress() }
      return try KnowledgeLoader.load(from: path, progress: Terminal.parseProgress)
    } catch {
      Terminal.warn(error.description)
      throw ExitCode.failure
    }
  }
}
