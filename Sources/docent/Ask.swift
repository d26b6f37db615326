import ArgumentParser
import DocentKit
import Foundation

/// Ask questions: at the prompt, through standard input, or one from the command line.
struct Ask: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ask questions about the documents (the default command).",
    discussion: """
      On a terminal, docent opens a prompt. With standard input piped, it answers one question
      per line (blank lines and lines starting with # are skipped). With a question as
      argument, it answers that question and exits.
      """)

  @Option(help: "Output format: text, or json for one JSON object per question.")
  var format: OutputFormat = .text

  @Flag(help: "Print each input after the prompt before its answer, so the output is a transcript.")
  var echo = false

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "A question to answer; without one, docent reads questions.")
  var question: [String] = []

  func run() throws {
    var session = Session(knowledge: try knowledgeOptions.load())
    if !question.isEmpty {
      let line = question.joined(separator: " ")
      let reply = session.respond(to: line)
      let color = format == .text && Terminal.wantsColor
      if let output = reply.displayed(format: format, question: line, color: color) {
        Terminal.say(reply: output)
      }
      if reply.outcome == .error { throw ExitCode.failure }
    } else if format == .text && Terminal.inputIsTerminal && Terminal.outputIsTerminal {
      Prompt(session: session).run()
    } else {
      var reader = QuestionReader(format: format, echo: echo)
      if !reader.answerStandardInput(&session) { throw ExitCode.failure }
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}
