import ArgumentParser
import DocentKit
import Foundation

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
      if let output { Terminal.say(reply: format == .text ? output + "\n" : output) }
      if reply.outcome == .error { allHandled = false }
      if reply.endsSession { break }
    }
    return allHandled
  }
}
