/// What docent says to one input line: an answer, a refusal, an error or a command's output.
public struct Reply: Hashable, Sendable {
  /// What became of the input line.
  public enum Outcome: Hashable, Sendable {
    /// A question answered from the documents, with citations.
    case answered
    /// A question refused, for the reason given; a refusal may still cite the sentences that
    /// leave the question open.
    case refused(Reason)
    /// The output of a `:command`.
    case command
    /// The line could not be handled (bad input, bad command); the run goes on.
    case error
    /// `:quit`: the session ends, and nothing is printed.
    case quit
  }

  /// The kind of reply, as JSON output names it.
  enum Status: String, Hashable, Sendable, Codable {
    /// A question answered from the documents.
    case answered
    /// A refusal: the reason says which kind.
    case unknown
    /// The line could not be handled.
    case error
    /// The output of a `:command`, `:quit` included.
    case command
  }

  /// Why a question was refused.
  public enum Reason: String, Hashable, Sendable, Codable {
    /// The documents do not state the answer.
    case notStated = "not_stated"
    /// The question names someone or something the documents never mention.
    case unknownEntity = "unknown_entity"
    /// The question matched no template.
    case notUnderstood = "not_understood"
    /// The question has more than one reading; they are listed.
    case ambiguous
  }

  /// What became of the input line.
  public let outcome: Outcome
  /// The text shown to the person: the answer, the refusal, the error or the command output.
  let answer: String
  /// The sentences the answer rests on. Every answered question has at least one.
  let citations: [Citation]
  /// The id of the intent the question was parsed as, if any.
  let intent: String?
  /// For two questions asked in one: the reply to each, shown in turn with its own citations.
  /// `answer` and `citations` then hold them all.
  var parts: [Reply] = []

  init(_ outcome: Outcome, _ answer: String, citations: [Citation] = [], intent: String? = nil) {
    self.outcome = outcome
    self.answer = answer
    self.citations = citations
    self.intent = intent
  }

  /// The kind of reply, as JSON output names it.
  var status: Status {
    switch outcome {
    case .answered: .answered
    case .refused: .unknown
    case .error: .error
    case .command, .quit: .command
    }
  }

  /// Why the question was refused; `nil` unless it was.
  var reason: Reason? {
    if case .refused(let reason) = outcome { return reason }
    return nil
  }

  /// True when the reply ends the session (`:quit`).
  public var endsSession: Bool { outcome == .quit }

  /// `answer` without the notes before it of how the question was taken: "(Taking “colector”
  /// as “collector”.)".
  static func withoutNotes(_ answer: String) -> String {
    answer.split(separator: "\n").drop { $0.hasPrefix("(Taking ") }.joined(separator: "\n")
  }

  /// A refusal of the given kind.
  static func refusal(_ reason: Reason, _ answer: String, intent: String? = nil) -> Reply {
    Reply(.refused(reason), answer, intent: intent)
  }

  /// An error for one input line; the run goes on.
  public static func error(_ message: String) -> Reply {
    Reply(.error, message)
  }

  /// The output of a command.
  static func command(_ output: String) -> Reply {
    Reply(.command, output)
  }

  /// The reply to `:quit`.
  static let quit = Reply(.quit, "")
}
