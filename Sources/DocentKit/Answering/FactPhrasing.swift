import Foundation

/// States facts as short English sentences, with the relation phrases of the lexicon.
struct FactPhrasing {
  let knowledge: KnowledgeBase

  /// The name of an entity as an answer uses it.
  func name(_ id: EntityID?) -> String {
    guard let id else { return "" }
    return knowledge.entity(id)?.name ?? id.rawValue
  }

  /// One fact as a sentence: "Hamas expelled the Palestinian Authority from Gaza in 2007."
  func sentence(_ fact: Fact) -> String {
    if let hedge = fact.qualifiers.hedge, Self.isDoubt(hedge) {
      // "It remains unclear whether the PA would be ready …": the doubt leads, never a claim.
      var plain = fact
      plain.qualifiers.hedge = nil
      let clause = String(sentence(plain).dropLast())
      let lowered = clause.hasPrefix("The ") ? "the" + clause.dropFirst(3) : clause
      return finish("It remains unclear whether \(lowered)")
    }
    if fact.origin == .extracted, let phrase = knowledge.relations[fact.relation]?.extractedPhrase {
      return finish(phrase.replacingOccurrences(of: "{value}", with: fact.value ?? ""))
    }
    let plural = knowledge.entity(fact.subject)?.plural ?? false
    var text = clause(fact, subject: name(fact.subject), plural: plural)
    text += qualifiers(fact, already: text)
    return finish(text)
  }

  /// Facts of the same relation and object with different subjects as one sentence:
  /// "Hamas and Islamic Jihad take part in the Cairo talks."
  func sentence(sharedBy facts: [Fact]) -> String {
    guard facts.count > 1, let first = facts.first else {
      return facts.map(sentence).joined(separator: " ")
    }
    let subjects = facts.map { name($0.subject) }.uniqued().joinedAsList()
    let text = clause(first, subject: subjects, plural: true)
    return finish(text + qualifiers(first, already: text))
  }

  /// The fact's clause with `subject` as its subject, before qualifiers.
  private func clause(_ fact: Fact, subject: String, plural: Bool = false) -> String {
    let phrase = knowledge.relations[fact.relation]?.phrase ?? "{subject} {value}"
    // Words that are a whole predicate ("rules the PA with an iron fist", "backs international
    // plans") say the fact in their own words; words that name a thing ("any plan that…")
    // stand in for the object of the relation's phrase.
    let template: String
    let ownWords: Bool
    if phrase.contains("{value}") || fact.value == nil {
      (template, ownWords) = (phrase, false)
    } else if fact.object == nil, let value = fact.value, Self.looksLikeNounPhrase(value) {
      (template, ownWords) = (phrase, false)
    } else {
      (template, ownWords) = ("{subject} {value}", true)
    }
    var text =
      template
      .replacingOccurrences(of: "{value}", with: fact.value ?? name(fact.object))
      .replacingOccurrences(of: "{object}", with: fact.object.map(name) ?? fact.value ?? "")
      .replacingOccurrences(of: "{quantity}", with: fact.qualifiers.quantity ?? "")
      .replacingOccurrences(of: "{topic}", with: fact.topic ?? "")
    if plural { text = Self.pluralizeVerb(after: "{subject}", in: text) }
    text = text.replacingOccurrences(of: "{subject}", with: subject)
    // A negated fact in the relation's own phrase gets its "not"; a predicate in the fact's own
    // words ("is outside Gaza") already says what it means.
    if fact.qualifiers.negated, !ownWords, !Self.hasNegation(fact.value ?? "") {
      text = Self.negate(text, after: subject)
    }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Place, time, source and hedge, each unless the clause already says it.
  private func qualifiers(_ fact: Fact, already text: String) -> String {
    var suffix = ""
    let textStems = Set(QuestionText.tokens(text).map(\.stem))
    for qualifier in [fact.qualifiers.place, fact.qualifiers.time].compactMap({ $0 }) {
      let words = knowledge.lexicon.contentStems(qualifier)
      if words.isEmpty || !words.isSubset(of: textStems) { suffix += " " + qualifier }
    }
    if let according = fact.qualifiers.according, according != fact.subject {
      suffix += " (according to \(name(according)))"
    }
    if let hedge = fact.qualifiers.hedge,
      !Set(QuestionText.tokens(hedge).map(\.stem)).isSubset(of: textStems)
    {
      suffix += " (“\(hedge)”, the article says)"
    }
    return suffix
  }

  func finish(_ text: String) -> String {
    var text = text.trimmingWhitespace()
    while let last = text.last, ",;".contains(last) { text.removeLast() }
    let closed = [".”", "?”", "!”", ".\"", "?\"", "!\""].contains { text.hasSuffix($0) }
    if let last = text.last, !".?!".contains(last), !closed { text += "." }
    return text.capitalizingFirstLetter()
  }

  /// True for hedges that leave a statement open: "it remains unclear whether", "unclear".
  static func isDoubt(_ hedge: String) -> Bool {
    let words = Set(QuestionText.tokens(hedge).map(\.folded))
    return !words.isDisjoint(with: ["unclear", "uncertain", "unknown", "whether"])
  }

  /// "{subject} takes part" → "{subject} take part", "{subject} is" → "{subject} are".
  static func pluralizeVerb(after marker: String, in text: String) -> String {
    guard let range = text.range(of: marker + " ") else { return text }
    let rest = text[range.upperBound...]
    let verb = rest.prefix { !$0.isWhitespace }
    let plural: String
    switch verb {
    case "is": plural = "are"
    case "was": plural = "were"
    case "has": plural = "have"
    case "does": plural = "do"
    default:
      if verb.hasSuffix("ies") {
        plural = verb.dropLast(3) + "y"
      } else if verb.hasSuffix("es") && (verb.hasSuffix("shes") || verb.hasSuffix("ches")) {
        plural = String(verb.dropLast(2))
      } else if verb.hasSuffix("s") && !verb.hasSuffix("ss") {
        plural = String(verb.dropLast())
      } else {
        plural = String(verb)
      }
    }
    return text[..<range.upperBound] + plural + rest.dropFirst(verb.count)
  }

  /// "X is a member of Y" → "X is not a member of Y"; "X supports Y" → "X does not support Y".
  static func negate(_ text: String, after subject: String) -> String {
    guard text.hasPrefix(subject + " ") else { return "It is not so that " + text }
    let rest = text.dropFirst(subject.count + 1)
    let verb = rest.prefix { !$0.isWhitespace }
    let tail = rest.dropFirst(verb.count)
    if ["is", "are", "was", "were", "has", "have", "will", "would", "can", "could"].contains(verb) {
      return "\(subject) \(verb) not\(tail)"
    }
    let base = pluralizeVerb(after: "{s}", in: "{s} " + rest).dropFirst(4)
    return "\(subject) does not \(base)"
  }

  /// True when `value` starts like a noun phrase ("any plan", "the PA", "Gaza", "to rebuild")
  /// rather than a verb ("backs", "would oversee").
  static func looksLikeNounPhrase(_ value: String) -> Bool {
    guard let first = value.split(separator: " ").first else { return false }
    if first.first?.isUppercase == true || first.first?.isNumber == true { return true }
    return WordLists.nounPhraseOpeners.contains(first.lowercased())
  }

  /// True when the words already say "not", "never" or "no".
  static func hasNegation(_ words: String) -> Bool {
    !Set(QuestionText.tokens(words).map(\.folded)).isDisjoint(with: WordLists.negations)
  }
}
