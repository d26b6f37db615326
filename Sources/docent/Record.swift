import ArgumentParser
import DocentKit
import Foundation

/// `docent record FILE`: a session whose inputs and replies are appended to a transcript.
struct Record: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ask questions and append each one with its reply to a transcript file.")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "The transcript to append to; it is created when missing, never truncated.")
  var file: String

  func run() throws {
    let session = Session(knowledge: try knowledgeOptions.load())
    let file = file
    var failure: (any Error)?
    let record = { (text: String) in
      do {
        try TranscriptFiles.append(text, to: file)
      } catch {
        failure = failure ?? error
      }
    }
    record("")  // Creates the file now, so a path that cannot be written fails at once.
    if let failure {
      Terminal.warn("docent: \(failure)")
      throw ExitCode.failure
    }
    if Terminal.inputIsTerminal && Terminal.outputIsTerminal {
      Prompt(session: session, record: record).run()
    } else {
      var session = session
      var reader = QuestionReader(format: .text, echo: false, record: record)
      if !reader.answerStandardInput(&session) { throw ExitCode.failure }
    }
    if let failure {
      Terminal.warn("docent: \(failure)")
      throw ExitCode.failure
    }
  }
}
