/// Answers questions from the knowledge base; a question it cannot answer from a cited
/// sentence is refused, with the kind of refusal.
struct QuestionAnswerer: Sendable {
  let knowledge: KnowledgeBase

  /// The reply to `question`.
  func answer(_ question: String) -> Reply {
    guard let name = Self.whoIsSubject(question) else {
      return .refusal(
        .notUnderstood,
        "I didn't understand that question. Try one like “\(exampleQuestion)”, or type :help.")
    }
    let entities = knowledge.entities(named: name)
    guard let entity = entities.first else {
      return .refusal(
        .unknownEntity, "The documents mention no one called “\(name)”.", intent: "who-is")
    }
    let roles = knowledge.facts(about: entity.id, relation: "role").filter { $0.value != nil }
    guard !roles.isEmpty else {
      return .refusal(.notStated, "The documents don't say who \(entity.name) is.", intent: "who-is")
    }
    let descriptions = roles.compactMap(\.value)
    return .answered(
      "\(entity.name) is \(descriptions.joinedAsList()).".capitalizingFirstLetter(),
      citing: roles.map { Citation($0.source) }.uniqued(), intent: "who-is")
  }

  private var exampleQuestion: String {
    knowledge.facts.first { $0.relation == "role" }
      .flatMap { knowledge.entity($0.subject) }
      .map { "Who is \($0.name)?" } ?? "Who is …?"
  }

  /// The name asked about in "who is X" or "what is X", if the question has that form.
  static func whoIsSubject(_ question: String) -> String? {
    var text = question.trimmingWhitespace()
    while let last = text.last, "?!.".contains(last) {
      text.removeLast()
    }
    let pattern = /^(?i)(?:who|what)(?:\s+(?:is|was|are|were)|'s|’s)\s+(.+)$/
    guard let match = text.wholeMatch(of: pattern) else { return nil }
    let name = match.1.trimmingWhitespace()
    return name.isEmpty ? nil : name
  }
}

extension String {
  /// The string with its first letter in upper case, as at the start of a sentence.
  func capitalizingFirstLetter() -> String {
    prefix(1).uppercased() + dropFirst()
  }
}

extension Array where Element == String {
  /// "a", "a and b", "a, b and c".
  func joinedAsList() -> String {
    switch count {
    case 0: ""
    case 1: self[0]
    default: dropLast().joined(separator: ", ") + " and " + self[count - 1]
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each only once.
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
