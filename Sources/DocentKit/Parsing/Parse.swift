/// What a slot of a matched template was filled with.
enum SlotValue: Hashable, Sendable {
  /// A name the fact base knows: the entity's id.
  case entity(EntityID)
  /// A pronoun to resolve against the conversation: "he", "its", "there".
  case pronoun(String)
  /// Words that fill an entity slot but name nothing the fact base knows.
  case unknownName(String)
  /// Free words or a number.
  case words(String)
}

/// One slot of a parse: what was typed and what it was taken as.
struct SlotFill: Hashable, Sendable {
  let kind: SlotKind
  let role: SlotRole
  /// The words as typed.
  let typed: String
  var value: SlotValue
  /// Where the slot stands among the question's words.
  let range: Range<Int>
}

/// A reading of a question: the template it matched and its slots.
struct Parse: Hashable, Sendable {
  let template: Template
  var slots: [SlotFill]
  /// The words of the question proper: without openers and closers.
  let span: Range<Int>
  /// Literal template words matched: more is more specific.
  let literals: Int
  /// Words taken by `{words}` slots: fewer is more specific.
  let freeWords: Int

  /// Entity slots filled with names the fact base does not know.
  var unknownNames: Int {
    slots.count { if case .unknownName = $0.value { true } else { false } }
  }

  /// The slot of a role, if filled.
  func slot(_ role: SlotRole) -> SlotFill? {
    slots.first { $0.role == role }
  }

  /// The ranking key: more literal words, then fewer unknown names, then fewer free words.
  ///
  /// This is the fixed, documented order in which the most specific template wins.
  var rank: (Int, Int, Int) { (-literals, unknownNames, freeWords) }

  /// What the reading means, for telling readings apart: the intent and the slot values.
  var meaning: String {
    template.intent + slots.map { "|\($0.role):\($0.value)" }.joined()
  }
}
