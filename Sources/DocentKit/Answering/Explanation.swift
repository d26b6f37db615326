/// How the last answer was reached, as `:why` prints it.
struct Explanation: Sendable {
  /// The question as typed.
  let question: String
  /// The template that matched, if any.
  let template: Template?
  /// The slots: as typed, then what they were taken as.
  let slots: [(typed: String, meaning: String)]
  /// Names corrected for typos: as typed, then the name taken.
  let corrections: [(typed: String, name: String)]
  /// The facts the answer used.
  let facts: [Fact]
  /// The sentences cited.
  let citations: [Citation]
  /// Why nothing was answered, when nothing was.
  let note: String?
  /// For two questions asked in one ("Who set it up, and in what year?"): how each part was
  /// answered, in order.
  var parts: [Explanation] = []

  /// The explanation as printed, with file places relative to the knowledge folder.
  func text(_ knowledge: LoadedKnowledge) -> String {
    guard parts.isEmpty else {
      return
        (["Question: \(question)", "Asked as \(parts.count) questions:"]
        + parts.map { $0.text(knowledge) }).joined(separator: "\n\n")
    }
    var lines = ["Question: \(question)"]
    if let template {
      lines.append(
        "Template: \(template.text)  (intent \(template.intent), \(knowledge.relative(template.location)))"
      )
    } else {
      lines.append("Template: none matched")
    }
    for correction in corrections {
      lines.append("Typo: “\(correction.typed)” taken as \(correction.name)")
    }
    for slot in slots {
      lines.append("Slot: “\(slot.typed)” → \(slot.meaning)")
    }
    for fact in facts {
      let object = fact.object.map { " → \($0)" } ?? ""
      let value = fact.value.map { " “\($0)”" } ?? ""
      lines.append(
        "Fact: \(fact.subject) \(fact.relation)\(object)\(value)  (\(knowledge.relative(fact.location)))"
      )
    }
    for citation in citations {
      lines.append("Cited: \(citation.document), sentence \(citation.sentence)")
    }
    if let note { lines.append("Note: \(note)") }
    return lines.joined(separator: "\n")
  }
}
