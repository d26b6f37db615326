/// What the conversation has talked about, so that "he", "it" and "there" in a follow-up
/// question can be resolved.
struct ConversationContext: Sendable {
  /// Entity ids, the most recently talked about first.
  private(set) var recent: [EntityID] = []

  init() {}

  /// What the last question asked about when it named nothing: "the gopher" of "Where did
  /// the gopher first show up?", so that "Who drew it?" asks who drew the gopher.
  private(set) var topic: Topic?

  /// The one person a question asked about by what they are, not by name: "the author" of
  /// "Where is the author moving to?", so that "Why is he going there?" asks why the author
  /// is, when the conversation has named no one "he" could be. It stays until a question asks
  /// about another person, by name or not, or asks who.
  private(set) var person: Topic?

  /// A phrase a question asked about, with its words as typed.
  struct Topic: Sendable {
    let words: [QuestionToken]
    let isPlural: Bool
    /// Whether the phrase is one person, named by what they are ("the author", "the old man").
    var isPerson = false
  }

  /// The sentence the last answer rested on, for a "that" that points back at what it stated:
  /// "Who said that?". None after a question that was not answered.
  private(set) var statement: Citation?

  /// The document the last answer came from, kept through questions left unanswered since:
  /// the document the conversation is in.
  private(set) var document: String?

  /// The last question as read, for a follow-up that says only what changes: "And for
  /// women?", and the answer it was given.
  private(set) var question: String?
  private(set) var answer: String?

  /// Whether the last question asked who did something and was answered: "he" next is
  /// likelier who it answered than anyone the question did not name.
  private(set) var answeredWho = false

  /// Notes that `ids` were just talked about (the first is the most recent), what the
  /// question asked about when it named nothing, the sentence its answer rested on, who "he"
  /// and "she" stand for next (`person`), and whether it asked who and was answered.
  mutating func note(
    _ ids: [EntityID], topic: Topic? = nil, statement: Citation? = nil, person: Topic? = nil,
    answeredWho: Bool = false
  ) {
    self.answeredWho = answeredWho
    let fresh = ids.uniqued()
    recent = Array((fresh + recent.filter { !fresh.contains($0) }).prefix(12))
    self.topic = topic
    self.statement = statement
    if let statement { document = statement.document }
    self.person = person
  }

  /// Notes what `outcome` talked about, asked about and rested on.
  mutating func note(_ outcome: Answerer.Outcome) {
    note(
      outcome.mentioned, topic: outcome.topic, statement: outcome.statement,
      person: outcome.person, answeredWho: outcome.answeredWho)
    question = outcome.question
    answer = outcome.reply.answer
  }

  /// The context without the person asked about by what they are.
  func withoutPerson() -> ConversationContext {
    var context = self
    context.person = nil
    return context
  }

  /// The phrase "it" or "they" stands for, when the last question asked about one; the
  /// phrase "he" or "she" stands for, when the conversation asked about a person so.
  func topic(for pronoun: String) -> Topic? {
    if Self.personal.contains(pronoun) { return person }
    guard let topic, !topic.isPerson else { return nil }
    if Self.singular.contains(pronoun) { return topic.isPlural ? nil : topic }
    if Self.plural.contains(pronoun) { return topic.isPlural ? topic : nil }
    return nil
  }

  /// Whether `pronoun` stands for a person: "he", "her".
  static func isPersonal(_ pronoun: String) -> Bool { personal.contains(pronoun) }

  private static let personal: Set<String> = ["he", "him", "his", "she", "her"]
  private static let singular: Set<String> = ["it", "its"]
  private static let plural: Set<String> = ["they", "them", "their"]

  /// The entity a pronoun stands for: the most recent one of a kind the pronoun can mean and
  /// the slot accepts; none where it stands for `several` ("the two of them"), which no one
  /// name is.
  func resolve(
    _ pronoun: String, slot: SlotKind, knowledge: KnowledgeBase, several: Bool = false
  ) -> Entity? {
    // The phrase the last question asked about is nearer than any name before it; not the
    // person asked about so, who is "he" or "she" only when no name can be.
    guard Self.personal.contains(pronoun) || topic(for: pronoun) == nil, !several else {
      return nil
    }
    let kinds = WordLists.pronounKinds[pronoun] ?? []
    // "she" is none of the people the documents call "he", and the other way round.
    let feminine: Bool? =
      Referents.feminine.contains(pronoun)
      ? true : Referents.masculine.contains(pronoun) ? false : nil
    return talkedAbout(knowledge).first { entity in
      if let feminine, let called = knowledge.calledFeminine[entity.id], called != feminine {
        return false
      }
      // A name nobody typed may be a person's: "he" can be Ian Murdock, "it" cannot.
      if entity.mayBePerson, entity.kind != .person {
        return kinds.contains(.person) && (slot == .entity || slot == .person)
      }
      return kinds.contains(entity.kind) && (slot == .entity || slot.entityKind == entity.kind)
    }
  }

  /// What "that study" or "this center" stands for: the most recent name talked about that
  /// ends in the noun (its stem `stem`), else the phrase the last question asked about when
  /// it does.
  func referent(ofNoun stem: String, knowledge: KnowledgeBase) -> [QuestionToken]? {
    if let entity = talkedAbout(knowledge).first(where: { entity in
      entity.allNames.contains { QuestionText.tokens($0).last?.stem == stem }
    }) {
      return QuestionText.tokens(entity.name)
    }
    if let topic, topic.words.last?.stem == stem { return topic.words }
    return nil
  }

  /// The entities talked about, most recent first, that a pronoun may stand for: not the
  /// documents themselves.
  private func talkedAbout(_ knowledge: KnowledgeBase) -> [Entity] {
    recent.compactMap(knowledge.entity).filter { !$0.isDocument }
  }

  /// What each pronoun would stand for now, as `:context` shows it.
  func summary(knowledge: KnowledgeBase) -> String {
    guard !recent.isEmpty || topic != nil || statement != nil || person != nil else {
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
    if let person, resolve("he", slot: .entity, knowledge: knowledge) == nil {
      lines.append("he/she → \(QuestionText.join(person.words))")
    }
    if let topic, !topic.isPerson {
      lines.append("\(topic.isPlural ? "they" : "it") → \(QuestionText.join(topic.words))")
    }
    if let statement {
      lines.append("that → what \(statement.document), sentence \(statement.sentence), states")
    }
    let names = talkedAbout(knowledge).map(\.name)
    if !names.isEmpty { lines.append("Recently mentioned: \(names.joined(separator: ", "))") }
    return lines.joined(separator: "\n")
  }
}
