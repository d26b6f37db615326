import ArgumentParser
import DocentKit
import Foundation

/// `docent evaluate FILE`: scores answers against a set of questions with known outcomes.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score docent on questions whose right outcome is known (a TSV file).")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Flag(help: "List every question that was missed or answered wrongly.")
  var verbose = false

  @Argument(help: "A TSV file: document, question, expected (answer|yes|no|unstated), sentences.")
  var file: String

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      Terminal.warn("docent: cannot read \(file)")
      throw ExitCode.failure
    }
    let evaluation = Evaluation(cases: Evaluation.cases(fromTSV: text), knowledge: knowledge)
    Terminal.say(evaluation.report(verbose: verbose))
  }
}
