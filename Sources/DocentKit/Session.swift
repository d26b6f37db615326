/// A conversation with docent: turns each input line into a reply, with no I/O.
///
/// The prompt, stdin mode and transcript replay all drive a session the same way, so what tests
/// see is what people see.
public struct Session: Sendable {
  /// The knowledge the session answers from.
  public let knowledge: KnowledgeBase
  private let answerer: QuestionAnswerer

  public init(knowledge: KnowledgeBase) {
    self.knowledge = knowledge
    self.answerer = QuestionAnswerer(knowledge: knowledge)
  }

  /// Every intent a question can be parsed as.
  public static let intents = QuestionAnswerer.intents

  /// The reply to one input line: a `:command` or a question.
  public mutating func respond(to input: String) -> Reply {
    let line = input.trimmingWhitespace()
    if line.hasPrefix(":") {
      return Command.run(line, knowledge: knowledge)
    }
    if line.isEmpty {
      return .refusal(.notUnderstood, "Ask a question, or type :help.")
    }
    return answerer.answer(line)
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  func trimmingWhitespace() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }
}
