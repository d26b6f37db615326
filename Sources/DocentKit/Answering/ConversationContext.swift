/// What the conversation has talked about, so that "he", "it" and "there" in a follow-up
/// question can be resolved.
struct ConversationContext: Sendable {
  /// Entity ids, the most recently talked about first.
  private(set) var recent: [EntityID] = []

  init() {}

  /// Notes that `ids` were just talked about; the first is the most recent.
  mutating func note(_ ids: [EntityID]) {
    let fresh = ids.uniqued()
    recent = Array((fresh + recent.filter { !fresh.contains($0) }).prefix(12))
  }

  /// The entity a pronoun stands for: the most recent one of a kind the pronoun can mean and
  /// the slot accepts.
  func resolve(_ pronoun: String, slot: SlotKind, knowledge: KnowledgeBase) -> Entity? {
    let kinds = WordLists.pronounKinds[pronoun] ?? []
    return recent.lazy.compactMap(knowledge.entity).first { entity in
      // A name nobody typed may be a person's: "he" can be Ian Murdock, "it" cannot.
      if entity.mayBePerson, entity.kind != .person {
        return kinds.contains(.person) && (slot == .entity || slot == .person)
      }
      return kinds.contains(entity.kind) && (slot == .entity || slot.entityKind == entity.kind)
    }
  }

  /// What each pronoun would stand for now, as `:context` shows it.
  func summary(knowledge: KnowledgeBase) -> String {
    guard !recent.isEmpty else {
      return "Nothing yet: ask a question, then “he”, “it”, “they” or “there” refer to its names."
    }
    let groups: [(String, String)] = [
      ("he/she", "he"), ("it", "it"), ("they", "they"), ("there", "there"),
    ]
    var lines: [String] = []
    for (label, pronoun) in groups {
      if let entity = resolve(pronoun, slot: .entity, knowledge: knowledge) {
        lines.append("\(label) → \(entity.name)")
      }
    }
    let names = recent.compactMap(knowledge.entity).map(\.name)
    lines.append("Recently mentioned: \(names.joined(separator: ", "))")
    return lines.joined(separator: "\n")
  }
}
