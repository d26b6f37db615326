/// What docent says to one input line: an answer, a refusal, an error or a command's output.
public struct Reply: Hashable, Sendable {
  /// The kind of reply.
  public enum Status: String, Hashable, Sendable, Codable {
    /// A question answered from the documents, with citations.
    case answered
    /// A refusal: the reason says which kind.
    case unknown
    /// The line could not be handled (bad input, bad command).
    case error
    /// The output of a `:command`.
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

  /// The kind of reply.
  public var status: Status
  /// Why a question was refused; `nil` unless `status` is `.unknown`.
  public var reason: Reason?
  /// The text shown to the person: the answer, the refusal, the error or the command output.
  public var answer: String
  /// The sentences the answer rests on. Every answered question has at least one.
  public var citations: [Citation]
  /// The id of the intent the question was parsed as, if any.
  public var intent: String?
  /// True when the reply ends the session (`:quit`).
  public var endsSession: Bool

  public init(
    status: Status, reason: Reason? = nil, answer: String, citations: [Citation] = [],
    intent: String? = nil, endsSession: Bool = false
  ) {
    self.status = status
    self.reason = reason
    self.answer = answer
    self.citations = citations
    self.intent = intent
    self.endsSession = endsSession
  }

  /// An answer resting on `citations`.
  public static func answered(_ answer: String, citing citations: [Citation], intent: String)
    -> Reply
  {
    Reply(status: .answered, answer: answer, citations: citations, intent: intent)
  }

  /// A refusal of the given kind.
  public static func refusal(_ reason: Reason, _ answer: String, intent: String? = nil) -> Reply {
    Reply(status: .unknown, reason: reason, answer: answer, intent: intent)
  }

  /// An error for one input line; the run goes on.
  public static func error(_ message: String) -> Reply {
    Reply(status: .error, answer: message)
  }

  /// The output of a command.
  public static func command(_ output: String, endsSession: Bool = false) -> Reply {
    Reply(status: .command, answer: output, endsSession: endsSession)
  }
}
