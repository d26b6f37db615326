import Foundation

extension Reply {
  /// The reply as one line of JSON, for `--format json`.
  ///
  /// Fields: `question`, `status`, `reason` (null unless refused), `answer`, `citations`
  /// (`document`, `sentence`, `text`) and `intent` (null when no intent was reached).
  func json(question: String) -> String {
    let record = Record(
      question: question, status: status, reason: reason, answer: answer, citations: citations,
      intent: intent)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and optionals cannot fail.
    let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The JSON shape of one reply; optionals are written as `null`, never left out.
  private struct Record: Encodable {
    let question: String
    let status: Status
    let reason: Reason?
    let answer: String
    let citations: [Citation]
    let intent: String?

    enum CodingKeys: String, CodingKey {
      case question, status, reason, answer, citations, intent
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(question, forKey: .question)
      try container.encode(status, forKey: .status)
      try container.encode(reason, forKey: .reason)
      try container.encode(answer, forKey: .answer)
      try container.encode(citations, forKey: .citations)
      try container.encode(intent, forKey: .intent)
    }
  }
}
