extension ClauseExtractor {
  /// Prepositions that, before a name, say where.
  static let placePrepositions: Set<String> = [
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "on",
  ]

  /// Prepositions that always say when.
  static let timePrepositions: Set<String> = [
    "during", "since", "until", "till", "throughout", "before", "after",
  ]

  /// Adverbs of time.
  static let timeAdverbs: Set<String> = [
    "now", "then", "later", "earlier", "soon", "already", "yet", "again", "recently",
    "eventually", "once", "today", "yesterday", "tomorrow", "finally", "ultimately", "first",
    "still", "currently", "previously", "initially",
  ]

  /// Subordinating conjunctions and what a clause under each says.
  static let conjunctionKinds: [String: Modifier.Kind] = [
    "because": .reason, "since": .reason, "as": .reason, "if": .condition, "unless": .condition,
    "when": .time, "while": .time, "before": .time, "after": .time, "until": .time,
    "once": .time, "so": .purpose,
  ]

  /// Reads modifiers and prepositional arguments: `MVp` (preposition), `MVs` (conjunction),
  /// `MVi` (purpose infinitive), `MVpn` (time noun), adverbs (`E`, `EN`, `MVa`) and openers
  /// (`CO`); an `Mp` on a main verb the parser took for a noun is read as `MVp`.
  func readModifiers(into frame: inout ClauseFrame) {
    let blocked = frame.group.union(accordingWords)
    for link in linkage.links where frame.group.contains(link.left) {
      let target = link.right
      if frame.consumed.contains(target) || accordingWords.contains(target) { continue }
      if link.matches("MVp") || (link.matches("Mp") && link.left == frame.verb) {
        readPreposition(target, into: &frame)
      } else if link.matches("MVs") {
        guard let kind = Self.conjunctionKinds[lower(target)],
          let phrase = phrase(headedBy: target, blocked: blocked)
        else { continue }
        frame.modifiers.append(Modifier(kind: kind, phrase: phrase))
      } else if link.matches("MVi") && !takesInfinitive(link.left) {
        if let phrase = phrase(headedBy: target, blocked: blocked) {
          frame.modifiers.append(Modifier(kind: .purpose, phrase: phrase))
        }
      } else if link.matches("MVpn") || link.matches("MVn") {
        if isTimeWord(target), let phrase = phrase(headedBy: target, blocked: blocked) {
          frame.modifiers.append(Modifier(kind: .time, phrase: phrase))
        }
      }
    }
    for adverb in adverbs(of: frame) {
      let word = lower(adverb)
      let kind: Modifier.Kind? =
        Self.timeAdverbs.contains(word)
        ? .time : word.hasSuffix("ly") && !Self.hedgeAdverbs.contains(word) ? .manner : nil
      if let kind, let phrase = phrase(headedBy: adverb, blocked: blocked) {
        frame.modifiers.append(Modifier(kind: kind, phrase: phrase))
      }
    }
    frame.modifiers.sort { $0.phrase.utf8Range.lowerBound < $1.phrase.utf8Range.lowerBound }
  }

  /// Sorts the prepositional phrase headed by `preposition` into a modifier, an argument, or
  /// (for the `by` of a passive) nothing, the agent being read already.
  func readPreposition(_ preposition: Int, into frame: inout ClauseFrame) {
    let word = lower(preposition)
    guard
      let object = right(of: preposition, "J").first ?? right(of: preposition, "ON").first
        ?? right(of: preposition, "IN").first,
      let whole = phrase(headedBy: preposition, blocked: frame.group.union(accordingWords))
    else { return }
    if word == "by", frame.isPassive, object == frame.agent { return }
    if let kind = modifierKind(preposition: word, object: object) {
      frame.modifiers.append(Modifier(kind: kind, phrase: whole))
    } else if let argument = phrase(
      headedBy: object, blocked: roleBlocked(frame).union([preposition]))
    {
      frame.arguments.append(PrepositionalArgument(preposition: word, phrase: argument))
    }
  }

  /// What a prepositional phrase of `preposition` with `object` as its head says, or nil when
  /// it is an argument of the verb.
  func modifierKind(preposition: String, object: Int) -> Modifier.Kind? {
    let head = lower(object)
    let objectIsGerund =
      linkage.words[object].partOfSpeech == .gerund || (head.hasSuffix("ing") && head.count > 5)
    if preposition == "by" && objectIsGerund { return .manner }
    if preposition == "by" && isNumber(object) { return .quantity }
    if preposition == "for" && (head == "reason" || head == "reasons") { return .reason }
    if preposition == "because" || preposition == "due" { return .reason }
    if Self.timePrepositions.contains(preposition) || isTimeWord(object)
      || (["for", "about", "over"].contains(preposition)
        && conjuncts(of: object).contains(where: isTimeWord))
    {
      return .time
    }
    if Self.placePrepositions.contains(preposition), isPlaceName(object) { return .place }
    return nil
  }

  /// Whether a word names a place: a place the dictionary knows (`.l`), or a capitalized name
  /// that is not a time word.
  func isPlaceName(_ index: Int) -> Bool {
    let word = linkage.words[index]
    if word.dictionarySubscript == "l" { return true }
    guard word.partOfSpeech == nil || word.partOfSpeech == .noun, let first = word.text.first
    else { return false }
    return first.isUppercase && !isTimeWord(index)
  }
}
