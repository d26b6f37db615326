import ArgumentParser
import DocentKit
import Foundation
import Synchronization

/// The options every command that loads knowledge shares.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The knowledge folder (default: $DOCENT_KNOWLEDGE, else the package's Knowledge/).")
  var knowledge: String?

  /// The folder to load.
  var path: String { KnowledgeLocation.resolve(option: knowledge) }

  /// The knowledge loaded, held until the process ends: freeing its millions of strings and
  /// arrays one by one when a command returns is time spent on the way out, which the system
  /// does at once by ending the process.
  private static let loaded = Mutex<[LoadedKnowledge]>([])

  /// Loads the knowledge folder, printing every problem and exiting 1 when it is invalid.
  func load() throws -> LoadedKnowledge {
    do {
      defer { Terminal.endProgress() }
      let knowledge = try KnowledgeLoader.load(from: path, progress: Terminal.parseProgress)
      Self.loaded.withLock { $0.append(knowledge) }
      return knowledge
    } catch {
      Terminal.warn(error.description)
      throw ExitCode.failure
    }
  }
}
