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
        Terminal.say(output)
      }
      if reply.status == .error { throw ExitCode.failure }
    } else if format == .text && Terminal.inputIsTerminal && Terminal.outputIsTerminal {
      Prompt(session: session).run()
    } else {
      var reader = QuestionReader(format: format, echo: echo)
      if !reader.answerStandardInput(&session) { throw ExitCode.failure }
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}

/// Answers the questions of standard input, one per line, with no prompt, banner or colour.
struct QuestionReader {
  var format: OutputFormat
  var echo: Bool
  /// Called with the text of each block as a transcript shows it.
  var record: (String) -> Void = { _ in }

  /// Answers each line; false when any line failed with an error.
  mutating func answerStandardInput(_ session: inout Session) -> Bool {
    var allHandled = true
    var lineNumber = 0
    var askedAny = false
    for (raw, decoded) in StandardInputLines() {
      lineNumber += 1
      let reply: Reply
      let input: String
      switch decoded {
      case .failure(let problem):
        input = InputLine.lenient(raw)
        reply = .error("Error: \(problem).")
        Terminal.warn("docent: stdin:\(lineNumber): \(problem)")
      case .success(let line):
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        if trimmed.hasPrefix("#") {
          // Comments before the first question are a transcript's header.
          if echo && !askedAny && format == .text { Terminal.say(trimmed) }
          continue
        }
        input = trimmed
        reply = session.respond(to: trimmed)
      }
      askedAny = true
      let output = reply.displayed(format: format, question: input)
      record(Transcript.block(input: input, output: output))
      if echo && format == .text { Terminal.say(Transcript.prompt + input) }
      if let output { Terminal.say(format == .text ? output + "\n" : output) }
      if reply.status == .error { allHandled = false }
      if reply.endsSession { break }
    }
    return allHandled
  }
}

/// The options every command that loads knowledge shares.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The knowledge folder (default: $DOCENT_KNOWLEDGE, else the package's Knowledge/).")
  var knowledge: String?

  /// The folder to load.
  var path: String { KnowledgeLocation.resolve(option: knowledge) }

  /// Loads the knowledge folder, printing every problem and exiting 1 when it is invalid.
  func load() throws -> KnowledgeBase {
    do {
      return try KnowledgeLoader.load(from: path)
    } catch {
      Terminal.warn(error.description)
      throw ExitCode.failure
    }
  }
}
