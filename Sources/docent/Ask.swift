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

  /// How replies are printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format: text, or json for one JSON object per question.")
  var format: Format = .text

  @Flag(help: "Print each input after the prompt before its answer, so the output is a transcript.")
  var echo = false

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "A question to answer; without one, docent reads questions.")
  var question: [String] = []

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    var session = Session(knowledge: knowledge)
    if !question.isEmpty {
      let line = question.joined(separator: " ")
      let reply = session.respond(to: line)
      print(reply, for: line)
      if reply.status == .error { throw ExitCode.failure }
    } else if format == .text && Terminal.inputIsTerminal && Terminal.outputIsTerminal {
      Prompt(session: session).run()
    } else if try !answerStandardInput(&session) {
      throw ExitCode.failure
    }
  }

  /// Answers each line of standard input; false when any line failed with an error.
  private func answerStandardInput(_ session: inout Session) throws -> Bool {
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
          if echo && !askedAny && format == .text { Terminal.say(trimmed) }
          continue
        }
        input = trimmed
        reply = session.respond(to: trimmed)
      }
      askedAny = true
      print(reply, for: input)
      if reply.status == .error { allHandled = false }
      if reply.endsSession { break }
    }
    return allHandled
  }

  private func print(_ reply: Reply, for input: String) {
    switch format {
    case .json:
      Terminal.say(reply.json(question: input))
    case .text:
      if echo { Terminal.say(Prompt.text + input) }
      if !reply.answer.isEmpty || !reply.citations.isEmpty {
        Terminal.say(reply.text(color: Terminal.wantsColor && question.isEmpty == false))
        Terminal.say("")
      }
    }
  }
}

/// The options every command that loads knowledge shares.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The knowledge folder (default: $DOCENT_KNOWLEDGE, else the package's Knowledge/).")
  var knowledge: String?

  /// Loads the knowledge folder, printing every problem and exiting 1 when it is invalid.
  func load() throws -> KnowledgeBase {
    let path = KnowledgeLocation.resolve(option: knowledge)
    do {
      return try KnowledgeLoader.load(from: path)
    } catch {
      Terminal.warn(error.description)
      throw ExitCode.failure
    }
  }
}
