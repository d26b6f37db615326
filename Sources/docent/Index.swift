import ArgumentParser
import DocentKit
import Foundation

/// `docent index`: brings the knowledge folder's index up to date, or rebuilds it.
struct Index: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Parse new or changed documents and check the grammar, ahead of the next start.",
    discussion: """
      Every start does this by itself for what has changed, so this command is never needed; \
      it does the work ahead of time, with progress on a terminal, and says what it did. The \
      index lives in the knowledge folder's .docent/: each document's linkages, reused while \
      its text is unchanged; the record that the grammar check passed; and the compiled \
      knowledge, which a start reads instead of building anything per document. The last two \
      are reused while no file of the folder and not docent itself has changed.
      """)

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Flag(help: "Forget the index first: parse every document and check the grammar anew.")
  var rebuild = false

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let report: KnowledgeIndexer.Report
    do {
      defer { Terminal.endProgress() }
      report = try KnowledgeIndexer.index(
        knowledgeOptions.path, rebuild: rebuild, progress: Terminal.parseProgress)
    } catch {
      Terminal.warn(error.description)
      throw ExitCode.failure
    }
    let seconds = (clock.now - start) / .seconds(1)
    let parsed =
      report.parsedDocuments == 0
      ? "No document needed parsing"
      : "Parsed \(report.parsedDocuments) document\(report.parsedDocuments == 1 ? "" : "s") "
        + "(\(report.parsedSentences) sentences)"
    let checked =
      report.checkedGrammar ? "grammar checked" : "grammar check unchanged since it last passed"
    let compiled = report.compiledBefore ? "compiled knowledge unchanged" : "knowledge compiled"
    Terminal.say(
      """
      Indexed \(knowledgeOptions.path): \(report.documents) documents, \(report.sentences) \
      sentences, \(report.entities) entities, \(report.facts) facts.
      \(parsed); \(checked); \(compiled); \(String(format: "%.2f", seconds)) s in all.
      """)
  }
}
