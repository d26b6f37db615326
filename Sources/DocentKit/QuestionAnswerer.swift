/// Answers questions from the knowledge base; a question it cannot answer from a cited
/// sentence is refused, with the kind of refusal.
struct QuestionAnswerer: Sendable {
  let knowledge: KnowledgeBase

  /// Every intent a question can be parsed as.
  static let intents = ["who-is"]

  /// The reply to `question`.
  func answer(_ question: String) -> Reply {
    guard let (asksWho, name) = Self.whoIsSubject(question) else {
      return notUnderstood
    }
    let entities = knowledge.entities(named: name)
    guard let entity = entities.first else {
      // "What is the weather like" names nothing; "Who is bob" asks about someone.
      guard asksWho || name.contains(where: \.isUppercase) else { return notUnderstood }
      return .refusal(
        .unknownEntity, "The documents mention no one called “\(name)”.", intent: "who-is")
    }
    let roles = knowledge.facts(about: entity.id, relation: "role").filter { $0.value != nil }
    guard !roles.isEmpty else {
      return .refusal(
        .notStated, "The documents don't say who \(entity.name) is.", intent: "who-is")
    }
    let descriptions = roles.compactMap(\.value)
    return .answered(
      "\(entity.name) is \(descriptions.joinedAsList()).".capitalizingFirstLetter(),
      citing: roles.map { Citation($0.source) }.uniqued(), intent: "who-is")
  }

  private var notUnderstood: Reply {
    .refusal(
      .notUnderstood,
      "I didn't understand that question. Try one like “\(exampleQuestion)”, or type :help.")
  }

  private var exampleQuestion: String {
    knowledge.facts.first { $0.relation == "role" }
      .flatMap { knowledge.entity($0.subject) }
      .map { "Who is \($0.name)?" } ?? "Who is …?"
  }

  /// Whether the question asks "who", and the name asked about in "who is X" or "what is X",
  /// if the question has that form.
  static func whoIsSubject(_ question: String) -> (asksWho: Bool, name: String)? {
    var text = question.trimmingWhitespace()
    while let last = text.last, "?!.".contains(last) {
      text.removeLast()
    }
    let pattern = /^(?i)(who|what)(?:\s+(?:is|was|are|were)|'s|’s)\s+(.+)$/
    guard let match = text.wholeMatch(of: pattern) else { return nil }
    let name = match.2.trimmingWhitespace()
    return name.isEmpty ? nil : (match.1.lowercased() == "who", name)
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
