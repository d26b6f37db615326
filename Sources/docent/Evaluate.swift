import ArgumentParser
import DocentKit
import Foundation

/// `docent evaluate FILE… [--curve]`: scores answers against sets of questions with known
/// outcomes, and with `--curve` at each matching threshold.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score docent on questions whose right outcome is known (a TSV file).")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Flag(help: "List every question that was missed or answered wrongly.")
  var verbose = false

  @Flag(
    help: """
      Print how right answers, wrong answers and declined questions change with the matching \
      thresholds (the grammar's `matching:` section), over all the files together.
      """)
  var curve = false

  @Argument(
    help: "TSV files: document, question, expected (answer|yes|no|unstated), sentences, note.")
  var files: [String]

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("Name at least one TSV file.") }
  }

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    var all: [Evaluation.Case] = []
    for file in files {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        Terminal.warn("docent: cannot read \(file)")
        throw ExitCode.failure
      }
      do {
        all += try Evaluation.cases(fromTSV: text, path: file)
      } catch {
        Terminal.warn(error.problems.map { "docent: " + $0 }.joined(separator: "\n"))
        throw ExitCode.failure
      }
    }
    if curve {
      Terminal.say(Evaluation.curve(cases: all, knowledge: knowledge))
    } else {
      Terminal.say(Evaluation(cases: all, knowledge: knowledge).report(verbose: verbose))
    }
  }
}
