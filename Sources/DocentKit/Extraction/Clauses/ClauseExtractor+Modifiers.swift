extension ClauseExtractor {
  /// Prepositions that, before a name or a noun of place, say where.
  static let placePrepositions: Set<String> = [
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "on",
    "off",
  ]

  /// Nouns that name a place without being names: "off the coast of Pensacola".
  static let placeNouns: Set<String> = [
    "coast", "shore", "city", "town", "village", "region", "area", "capital", "country",
    "province", "island", "border", "sea", "ocean", "gulf", "bay", "harbor", "harbour", "port",
    "airport", "base", "site", "pad", "center", "centre", "headquarters", "orbit", "space",
  ]

  /// Last words of names that make the name a place: "Launch Pad 19", "Kennedy Space Center".
  static let placeNameEnds: Set<String> = [
    "center", "centre", "station", "pad", "base", "port", "city", "bay", "island", "street",
    "complex", "field", "airport", "county", "province", "state", "coast", "strip", "bank",
  ]

  /// Prepositions that, hanging on a noun of a clause, still say when the clause happens.
  static let detachablePrepositions: Set<String> = [
    "on", "in", "at", "during", "since", "until", "till", "throughout", "before", "after",
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
    let adverbialBe = adverbialPassiveBe(of: frame)
    for link in linkage.links where frame.group.contains(link.left) {
      let target = link.right
      if frame.consumed.contains(target) || accordingWords.contains(target) { continue }
      if link.left == adverbialBe, link.matches("Pp") {
        // "is typically hosted by …": the phrase the parser hung on "be".
        readPreposition(target, into: &frame)
      } else if link.label.hasPrefix("MVpn") || link.label.hasPrefix("MVn") {
        // Before `MVp`, which `MVpn` also matches (and `matches("MVpn")` takes `MVp` too).
        if isTimeWord(target), let phrase = phrase(headedBy: target, blocked: blocked) {
          frame.modifiers.append(Modifier(kind: .time, phrase: phrase))
        }
      } else if link.matches("MVp") || (link.matches("Mp") && link.left == frame.verb) {
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
      }
    }
    for adverb in adverbs(of: frame) where adverb != frame.particle {
      let word = lower(adverb)
      // "as soon as possible", "as soon as the work is done": not "soon" alone.
      if word == "soon", adverb > 0, lower(adverb - 1) == "as" { continue }
      let kind: Modifier.Kind? =
        Self.timeAdverbs.contains(word)
        ? .time : word.hasSuffix("ly") && !Self.hedgeAdverbs.contains(word) ? .manner : nil
      if let kind, let phrase = phrase(headedBy: adverb, blocked: blocked) {
        frame.modifiers.append(Modifier(kind: kind, phrase: phrase))
      }
    }
    for preposition in frame.detached.sorted() {
      if let phrase = phrase(headedBy: preposition, blocked: blocked) {
        frame.modifiers.append(Modifier(kind: .time, phrase: phrase))
      }
    }
    frame.modifiers.sort { $0.phrase.utf8Range.lowerBound < $1.phrase.utf8Range.lowerBound }
    frame.modifiers = mergingAdjacentTimes(frame.modifiers)
    // A phrase read twice, as an argument and inside a modifier ("with Phase 2" inside "in
    // order to comply with Phase 2"), stays in the modifier only.
    frame.arguments.removeAll { argument in
      frame.modifiers.contains { $0.phrase.utf8Range.contains(argument.phrase.utf8Range) }
    }
  }

  /// The modifiers with a time phrase and a bare time phrase right after it made one: "at 11:20
  /// a.m." and "Monday, March 11" (an `MVpn`) become "at 11:20 a.m. Monday, March 11".
  func mergingAdjacentTimes(_ modifiers: [Modifier]) -> [Modifier] {
    var merged: [Modifier] = []
    for modifier in modifiers {
      if let previous = merged.last, previous.kind == .time, modifier.kind == .time,
        previous.phrase.utf8Range.upperBound <= modifier.phrase.utf8Range.lowerBound,
        bytes[previous.phrase.utf8Range.upperBound..<modifier.phrase.utf8Range.lowerBound]
          .allSatisfy({ $0 == 0x20 || $0 == 0x2C }),
        let first = modifier.phrase.text.split(separator: " ").first,
        !Self.openerStarters.contains(first.lowercased())
      {
        let range = previous.phrase.utf8Range.lowerBound..<modifier.phrase.utf8Range.upperBound
        let phrase = Phrase(
          text: String(decoding: bytes[range], as: UTF8.self), utf8Range: range,
          head: previous.phrase.head, isPronoun: false)
        merged[merged.count - 1] = Modifier(kind: .time, phrase: phrase)
      } else {
        merged.append(modifier)
      }
    }
    return merged
  }

  /// Time phrases that hang by `Mp` on a noun after the verb of `frame`, with no other verb
  /// between: "completed the … mission to the International Space Station on Tuesday". Only
  /// the prepositions of ``detachablePrepositions`` count, and "on", "in" and "at" only before a
  /// date, a weekday, a year or a clock time.
  func detachedTimePrepositions(of frame: ClauseFrame) -> Set<Int> {
    let verbs = Set(mainVerbs()).subtracting(frame.group)
    var found: Set<Int> = []
    for link in linkage.links where link.matches("Mp") && link.left > frame.verb {
      let preposition = link.right
      let word = lower(preposition)
      guard Self.detachablePrepositions.contains(word),
        !verbs.contains(where: { $0 > frame.verb && $0 < preposition }),
        !frame.group.contains(where: { $0 > preposition }),
        !frame.group.contains(where: { right(of: $0, "MV").contains(preposition) })
      else { continue }
      let object =
        right(of: preposition, "J").first ?? right(of: preposition, "ON").first
        ?? right(of: preposition, "IN").first
      if Self.timePrepositions.contains(word) {
        if !right(of: preposition, "J").isEmpty || !right(of: preposition, "Mg").isEmpty {
          found.insert(preposition)
        }
      } else if let object, isDateWord(object) {
        found.insert(preposition)
      }
    }
    return found
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
    if preposition == frame.particle { return }
    if let kind = modifierKind(preposition: word, object: object) {
      frame.modifiers.append(Modifier(kind: kind, phrase: whole))
    } else if let argument = phrase(
      headedBy: object, blocked: roleBlocked(frame).union([preposition]))
    {
      frame.arguments.append(PrepositionalArgument(preposition: word, phrase: argument))
    }
  }

  /// What a prepositional phrase of `preposition` with `object` as its head says, or nil when
  /// it is an argument of the verb. The rule, decided by the phrase:
  /// - purpose: "in order to …", "in a bid (effort, attempt) to …";
  /// - manner: "by" + `-ing`; quantity: "by" + number; reason: "because of", "due to", "for …
  ///   reasons";
  /// - time: "during", "since", "until", "throughout", "before", "after" always; any
  ///   preposition before a time word (weekday, month, year, unit of time, clock time, "a.m.");
  ///   "for", "about", "over" before a time word among conjuncts ("for decades");
  /// - place: "in", "at", "near", "off", "on", "around", "within" … before a capitalized name
  ///   or a noun of place ("in Houston", "off the coast of Pensacola"); "from" before a name the
  ///   dictionary knows as a place or that ends in a place word ("from Launch Pad 19").
  func modifierKind(preposition: String, object: Int) -> Modifier.Kind? {
    let head = lower(object)
    let next = object + 1
    if preposition == "in", Self.purposeNouns.contains(head),
      !right(of: object, "TO").isEmpty || (isToken(next) && lower(next) == "to")
    {
      return .purpose
    }
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
    if Self.placePrepositions.contains(preposition),
      isPlaceName(object) || Self.placeNouns.contains(head)
    {
      return .place
    }
    if preposition == "from", isPlaceLikeName(object) { return .place }
    return nil
  }

  /// Whether a word is a name that is surely a place: one the dictionary knows as a place
  /// (`.l`), or one whose name ends in a place word ("Launch Pad 19", "Kennedy Space Center").
  func isPlaceLikeName(_ index: Int) -> Bool {
    if linkage.words[index].dictionarySubscript == "l" { return true }
    guard isName(index) else { return false }
    var last = index
    while isToken(last + 1), isName(last + 1) || isNumber(last + 1) { last += 1 }
    return (index...last).contains { Self.placeNameEnds.contains(lower($0)) }
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
