/// A conversation with docent: turns each input line into a reply, with no I/O.
///
/// The prompt, stdin mode and transcript replay all drive a session the same way, so what tests
/// see is what people see. A session remembers what was talked about, for follow-up questions
/// with pronouns, and how the last answer was reached, for `:why`.
public struct Session: Sendable {
  /// The knowledge the session answers from.
  public let knowledge: LoadedKnowledge
  private let answerer: Answerer
  /// What the conversation has talked about.
  private(set) var context = ConversationContext()
  /// How the last question was answered.
  private(set) var lastExplanation: Explanation?

  public init(knowledge: LoadedKnowledge) {
    self.knowledge = knowledge
    self.answerer = Answerer(knowledge: knowledge)
  }

  /// The reply to one input line: a `:command` or a question.
  public mutating func respond(to input: String) -> Reply {
    // The limit stdin puts on a line holds for the prompt and the command line too.
    if input.utf8.count > InputLine.maximumLength {
      return .error("Error: \(InputLine.Problem.tooLong(bytes: input.utf8.count)).")
    }
    let line = input.trimmingWhitespace()
    if line.hasPrefix(":") {
      return Command.run(line, in: &self)
    }
    guard !line.isEmpty else {
      return .refusal(.notUnderstood, "Ask a question, or type :help.")
    }
    let outcome = answerer.answer(line, context: context)
    context.note(outcome)
    lastExplanation = outcome.explanation
    return outcome.reply
  }

  /// Forgets the conversation: pronouns no longer refer to anything.
  mutating func reset() {
    context = ConversationContext()
    lastExplanation = nil
  }
}

extension StringProtocol {
  /// The text on one line: a sentence a document wraps over lines, its breaks shown as spaces.
  var onOneLine: String {
    split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
  }

}
