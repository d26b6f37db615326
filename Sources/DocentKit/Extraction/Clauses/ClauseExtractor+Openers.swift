/// A phrase that opens a sentence before its main clause's subject, up to the comma that
/// closes it: "In 2007,", "About 30 hours later,", "In a bid to turn a fragile ceasefire into
/// peace, and to ensure …,".
struct Opener: Hashable, Sendable {
  /// The opener's first word.
  let start: Int
  /// The comma that closes it.
  let comma: Int
  /// The main verb of the clause it modifies.
  let verb: Int
}

extension ClauseExtractor {
  /// First words of a sentence that open a phrase rather than start the subject: prepositions,
  /// subordinating conjunctions, "to", and words that start an expression of time.
  static let openerStarters: Set<String> = [
    "in", "on", "at", "after", "before", "during", "throughout", "since", "until", "till", "by",
    "from", "to", "for", "because", "despite", "following", "within", "over", "under", "with",
    "without", "as", "if", "unless", "when", "while", "once", "although", "though", "about",
    "around", "nearly", "almost", "some", "last", "next", "earlier", "later", "shortly", "amid",
    "among", "upon", "across", "near", "outside", "inside", "due", "owing", "so",
  ]

  /// Words a subject does not start with: prepositions, subordinators and relative pronouns.
  static let nonSubjectStarts: Set<String> = [
    "who", "whom", "whose", "which", "that", "when", "where", "while", "during", "in", "on",
    "at", "after", "before", "since", "until", "by", "from", "to", "for", "with", "if",
    "because", "as", "and", "or", "but", "still", "now",
  ]

  /// Nouns that, in "in a … to", make a purpose: "in a bid to", "in an effort to".
  static let purposeNouns: Set<String> = ["bid", "effort", "attempt", "move", "push", "order"]

  /// The sentence's opener: its first word starts a phrase (see ``openerStarters``, a number or
  /// time word, or a `CO` link), and the first main verb after a comma has, between that comma
  /// and its verb group, a plausible subject: nouns and their modifiers, no verb, relative
  /// pronoun or preposition first. Nil when there is none.
  func findOpener() -> Opener? {
    guard let first = linkage.words.indices.first(where: { isToken($0) && !isPunctuation($0) })
    else { return nil }
    let opens =
      Self.openerStarters.contains(lower(first)) || isNumber(first) || isTimeWord(first)
      || !right(of: first, "CO").isEmpty
    guard opens else { return nil }
    let commas = linkage.words.indices.filter { isToken($0) && linkage.words[$0].text == "," }
    let verbs = mainVerbs().filter { verb in
      participleHost(of: verb) == nil
        && !left(of: verb, "S").contains(where: isRelativePronoun)
    }
    // A number or time word first ("About 30 hours later") opens a phrase only without a verb
    // in it; "Ten Palestinian factions … have been meeting" is a subject.
    let needsNoVerb = !Self.prepositionalStarters.contains(lower(first))
    for verb in verbs.sorted(by: { groupStart(of: $0) < groupStart(of: $1) }) {
      let start = groupStart(of: verb)
      guard let comma = commas.last(where: { $0 < start }), comma > first else { continue }
      if needsNoVerb, (first..<comma).contains(where: isVerb) { return nil }
      // Only quotes may stand between the comma and the verb: a dash or a parenthesis closes
      // an aside ("PLO factions – including Fatah, the late Yasser Arafat’s power base –").
      let marks = ((comma + 1)..<start).filter { isPunctuation($0) && !isQuote($0) }
      if marks.isEmpty, isSubjectStretch(stretch(from: comma, to: start)) {
        return Opener(start: first, comma: comma, verb: verb)
      }
    }
    return nil
  }

  /// Starters that are prepositions or subordinating conjunctions: a phrase they open may hold
  /// a verb.
  static let prepositionalStarters: Set<String> = openerStarters.subtracting([
    "about", "around", "nearly", "almost", "some", "last", "next", "earlier", "later", "shortly",
  ])

  /// Whether the word is a quotation mark.
  func isQuote(_ index: Int) -> Bool {
    ["\"", "“", "”", "'", "‘", "’"].contains(linkage.words[index].text)
  }

  /// The first word of the verb group of `verb`: the verb or its first auxiliary.
  func groupStart(of verb: Int) -> Int {
    // "I will retire and spend": the auxiliary reaches the "and" that joins the verb.
    var group = Set([verb] + verbConjunctions(of: verb))
    var grew = true
    while grew {
      grew = false
      for (auxiliary, target) in auxiliaryTargets where group.contains(target) {
        if group.insert(auxiliary).inserted { grew = true }
      }
    }
    return group.filter { !isConjunction($0) }.min() ?? verb
  }

  /// The words after `comma` and before `end`, punctuation left out.
  func stretch(from comma: Int, to end: Int) -> [Int] {
    guard comma + 1 < end else { return [] }
    return ((comma + 1)..<end).filter { !isPunctuation($0) }
  }

  /// Whether `words` can be a subject: some noun, no verb or relative pronoun, and not started
  /// by a preposition or subordinator.
  func isSubjectStretch(_ words: [Int]) -> Bool {
    guard let first = words.first, !Self.nonSubjectStarts.contains(lower(first)) else {
      return false
    }
    return words.contains(where: isNominal)
      && !words.contains { isVerb($0) || isRelativePronoun($0) && lower($0) != "that" }
  }

  /// The head of the subject in `words`: the last noun before a preposition ("members" in
  /// "the Crew-7 members of the station"), English noun phrases ending in their head.
  func stretchHead(_ words: [Int]) -> Int? {
    let prepositions: Set<String> = ["of", "in", "on", "at", "for", "from", "with", "to", "by"]
    let beforePreposition = words.prefix { !prepositions.contains(lower($0)) }
    return beforePreposition.last(where: isNominal) ?? words.first(where: isNominal)
  }

  /// What the opener says, by its first words and what they govern: "to …", "in order to …",
  /// "in a bid to …" a purpose; "because …" a reason; "if …" a condition; "after", "before",
  /// "during", "throughout", "since", "until", "when", "once" a time; a preposition with an
  /// object as ``modifierKind(preposition:object:)`` sorts it ("In 2007" time, "In Cairo"
  /// place); otherwise a time when it holds a time word ("About 30 hours later"). Nil when it
  /// says none of these ("In the talks").
  func openerKind(_ opener: Opener) -> Modifier.Kind? {
    let words = (opener.start..<opener.comma).filter { !isPunctuation($0) }
    let texts = words.map(lower)
    guard let first = texts.first else { return nil }
    let second = texts.count > 1 ? texts[1] : ""
    if first == "to" || (first == "in" && second == "order")
      || (first == "so" && ["as", "that"].contains(second))
    {
      return .purpose
    }
    if first == "in", texts.count > 3, ["a", "an"].contains(second),
      Self.purposeNouns.contains(texts[2]), texts[3] == "to"
    {
      return .purpose
    }
    if ["because", "due", "owing"].contains(first) { return .reason }
    if ["if", "unless"].contains(first) { return .condition }
    // "While" opening a sentence is as often "whereas" as "during"; it is left unsorted.
    if Self.timePrepositions.contains(first) || ["when", "once"].contains(first) {
      return .time
    }
    let head = words[0]
    if let object = right(of: head, "J").first ?? right(of: head, "ON").first
      ?? right(of: head, "IN").first, object < opener.comma
    {
      return modifierKind(preposition: first, object: object)
    }
    let timeAdverbs: Set<String> = ["later", "earlier", "ago"]
    return words.contains(where: isTimeWord) || texts.contains(where: timeAdverbs.contains)
      ? .time : nil
  }

  /// Reads the opener into the main clause: its subject taken from between the comma and the
  /// verb when the parser put it inside the opener or found none ("After two years of
  /// punishing war with Israel, Hamas is seeking"), stretched back to the comma over names it
  /// split off ("Apache Spark"), and the opener added to its modifiers and to those of the
  /// verbs coordinated with it, sorted by ``openerKind(_:)``.
  func applyOpener(_ frames: inout [ClauseFrame]) {
    // The opener's verb may be the "and" that joins the main verbs ("One day I will retire
    // and spend …"): the first verb it joins stands for them.
    guard let opener,
      let main = frames.firstIndex(where: {
        $0.verb == opener.verb || ($0.group.contains(opener.verb) && isConjunction(opener.verb))
      })
    else {
      return
    }
    let words = stretch(from: opener.comma, to: groupStart(of: opener.verb))
    if frames[main].subjects.allSatisfy({ $0 < opener.comma }), let head = stretchHead(words) {
      frames[main].subjects = [head]
      frames[main].kind = .main
    }
    if frames[main].subjects.count == 1, let head = frames[main].subjects.first,
      let first = words.first, words.contains(head), first < head,
      let own = phrase(headedBy: head, blocked: roleBlocked(frames[main])),
      own.utf8Range.lowerBound > linkage.words[first].utf8Offsets.lowerBound,
      !words.contains(where: { $0 < head && isVerb($0) })
    {
      frames[main].subjectStart = first
    }
    guard let kind = openerKind(opener) else { return }
    var last = opener.comma - 1
    while last > opener.start, isPunctuation(last) { last -= 1 }
    guard let phrase = phrase(from: opener.start, through: last, head: opener.start) else {
      return
    }
    let conjunctions = frames[main].group.filter(isConjunction)
    for index in frames.indices
    where index == main
      || (frames[index].verb > opener.comma && !frames[index].group.isDisjoint(with: conjunctions))
    {
      frames[index].modifiers.insert(Modifier(kind: kind, phrase: phrase), at: 0)
    }
  }
}
