import ArgumentParser
import DocentKit
import Foundation

/// `docent clauses DOC N`: the clauses docent reads in one sentence.
struct Clauses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the clauses docent reads in a sentence: subject, verb, objects, modifiers.")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "The document, as answers cite it.")
  var document: String

  @Argument(help: "The sentence number, from 1.")
  var sentence: Int

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    guard let outlines = knowledge.clauseOutlines(document: document, sentence: sentence) else {
      Terminal.warn("docent: no sentence \(sentence) in a document called '\(document)'")
      throw ExitCode.failure
    }
    Terminal.say(
      outlines.isEmpty ? "(no clause read in this sentence)" : outlines.joined(separator: "\n"))
  }
}
