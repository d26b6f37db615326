import Foundation

/// States facts as short English sentences, with the relation phrases of the lexicon.
struct FactPhrasing {
  let knowledge: KnowledgeBase

  /// The name of an entity as an answer uses it.
  func name(_ id: String?) -> String {
    guard let id else { return "" }
    return knowledge.entity(id)?.name ?? id
  }

  /// One fact as a sentence: "Hamas expelled the Palestinian Authority from Gaza in 2007."
  func sentence(_ fact: Fact) -> String {
    if fact.origin == .extracted, ["count", "duration", "happened-at"].contains(fact.relation) {
      return finish(fact.value ?? "")
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
    let template: String
    if phrase.contains("{value}") || fact.value == nil {
      template = phrase
    } else {
      template = "{subject} {value}"
    }
    var text =
      template
      .replacingOccurrences(of: "{value}", with: fact.value ?? name(fact.object))
      .replacingOccurrences(of: "{object}", with: fact.object.map(name) ?? fact.value ?? "")
      .replacingOccurrences(of: "{quantity}", with: fact.qualifiers.quantity ?? "")
      .replacingOccurrences(of: "{topic}", with: fact.topic ?? "")
    if plural { text = Self.pluralizeVerb(after: "{subject}", in: text) }
    text = text.replacingOccurrences(of: "{subject}", with: subject)
    if fact.qualifiers.negated && fact.value == nil {
      text = Self.negate(text)
    }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Place, time, source and hedge, each unless the clause already says it.
  private func qualifiers(_ fact: Fact, already text: String) -> String {
    var suffix = ""
    let folded = QuestionText.fold(text)
    for qualifier in [fact.qualifiers.place, fact.qualifiers.time].compactMap({ $0 })
    where !folded.contains(QuestionText.fold(qualifier)) {
      suffix += " " + qualifier
    }
    if let according = fact.qualifiers.according, according != fact.subject {
      suffix += " (according to \(name(according)))"
    }
    let textStems = Set(QuestionText.tokens(text).map(\.stem))
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

  /// "X is a member of Y" → "X is not a member of Y".
  static func negate(_ text: String) -> String {
    for verb in [" is ", " are ", " was ", " were "] where text.contains(verb) {
      if let range = text.range(of: verb) {
        return text.replacingCharacters(in: range, with: verb + "not ")
      }
    }
    return "It is not so that " + text
  }
}
