import ArgumentParser
import DocentKit
import Foundation

/// `docent clauses DOC [N]`: the clauses docent reads in one sentence, or in every sentence of
/// the document.
struct Clauses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the clauses docent reads in a sentence: subject, verb, objects, modifiers.",
    discussion: "Without a sentence number, every sentence of the document, each under its number."
  )

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "The document, as answers cite it.")
  var document: String

  @Argument(help: "The sentence number, from 1; every sentence when left out.")
  var sentence: Int?

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    guard let sentence else {
      guard let count = knowledge.sentenceCount(document: document) else {
        Terminal.warn("docent: no document called '\(document)'")
        throw ExitCode.failure
      }
      let sections = (0..<count).map { index in
        "\(index + 1)\n"
          + Self.lines(knowledge.clauseOutlines(document: document, sentence: index + 1))
      }
      Terminal.say(sections.joined(separator: "\n\n"))
      return
    }
    guard let outlines = knowledge.clauseOutlines(document: document, sentence: sentence) else {
      Terminal.warn("docent: no sentence \(sentence) in a document called '\(document)'")
      throw ExitCode.failure
    }
    Terminal.say(Self.lines(outlines))
  }

  /// A sentence's clauses, one a line.
  private static func lines(_ outlines: [String]?) -> String {
    guard let outlines, !outlines.isEmpty else { return "(no clause read in this sentence)" }
    return outlines.joined(separator: "\n")
  }
}
