/// A run of a sentence's words standing for one role of a clause: its verbatim text, where it
/// stands, and its head word.
struct Phrase: Hashable, Sendable, Codable {
  /// The phrase exactly as written in the sentence.
  let text: String
  /// Where ``text`` stands in the sentence, as UTF-8 byte offsets.
  let utf8Range: Range<Int>
  /// The phrase's head word as written ("Diliani" in "Dimitri Diliani").
  let head: String
  /// Whether the head is a pronoun ("he", "it", "they", "this"), left for a later stage to
  /// resolve.
  let isPronoun: Bool

  /// The pronouns a phrase head may be: personal, demonstrative and indefinite ones.
  static let pronouns: Set<String> = [
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this",
    "that", "these", "those", "one", "someone", "everyone", "anyone", "nobody",
  ]
}

/// A prepositional phrase a verb takes as an argument: "to an international security force".
struct PrepositionalArgument: Hashable, Sendable, Codable {
  /// The preposition, lowercased: `to`.
  let preposition: String
  /// The preposition's object: "an international security force".
  let phrase: Phrase
}

/// A modifier of a clause, sorted by what it says.
struct Modifier: Hashable, Sendable, Codable {
  /// What a modifier says about its clause.
  enum Kind: UInt8, Hashable, Sendable, Codable {
    /// When or how long: "in 2007", "on Wednesday", "for the past three weeks", "last month".
    case time
    /// Where: "in Cairo".
    case place
    /// Why: "because …", "for security reasons".
    case reason
    /// What for: "in order to …", "to replace the bridge", "so that …".
    case purpose
    /// How: "by …-ing", "completely".
    case manner
    /// How much: "by 5 percent".
    case quantity
    /// On what condition: "if …", "unless …".
    case condition
  }

  /// What the modifier says.
  let kind: Kind
  /// The modifier as written, preposition or conjunction included: "in Cairo".
  let phrase: Phrase
}
