extension ClauseExtractor {
  /// Reads the grammatical subject: `S` into the verb group (`SI` out of it for an inverted
  /// one), a relative pronoun replaced by its antecedent; else the noun of a `B` relative
  /// clause or of a participle; else (for an infinitive) the verb that governs it.
  func readSubject(into frame: inout ClauseFrame) {
    let subjectLink = linkage.links.first { link in
      frame.group.contains(link.right) && link.matches("S") && isToken(link.left)
        && (isNominal(link.left) || isRelativePronoun(link.left) || isConjunction(link.left))
    }
    if let subjectLink {
      var head = subjectLink.left
      if isRelativePronoun(head) {
        if let noun = antecedent(of: head) {
          head = noun
          frame.kind = .relative
        } else if lower(head) != "that" {
          return
        }
      }
      frame.subjects = conjuncts(of: head)
      if let noun = relativeNoun(of: frame), noun != head { frame.objects = conjuncts(of: noun) }
      return
    }
    if let noun = relativeNoun(of: frame) {
      frame.kind = .relative
      frame.subjects = conjuncts(of: noun)
      return
    }
    if let host = participleHost(of: frame.verb) {
      frame.kind = .participle
      // A participle after a comma that hangs on a prepositional object is as often the
      // sentence subject's, and the parser cannot tell; leave its subject out.
      let afterComma = host.label.hasPrefix("MX")
      if afterComma && !left(of: host.noun, "J").isEmpty { return }
      frame.subjects = conjuncts(of: host.noun)
      return
    }
    for word in frame.group.sorted() {
      for to in left(of: word, "I") where lower(to) == "to" {
        if let governor = linkage.links.first(where: {
          $0.right == to && ($0.matches("TO") || $0.matches("MVi"))
        }) {
          frame.controller = governor.left
          frame.isObjectControlled = governor.label.hasPrefix("TOo")
          let isPurpose = governor.matches("MVi") && !takesInfinitive(governor.left)
          frame.kind = isPurpose ? .purpose : .infinitive
          return
        }
      }
      if let governor = left(of: word, "IV").first {
        frame.controller = governor
        frame.kind = .infinitive
        return
      }
    }
  }

  /// Verbs whose infinitive is their complement, not a purpose, even when the parser links it
  /// by `MVi`: "declined to be named".
  static let infinitiveVerbs: Set<String> = [
    "decline", "want", "try", "agree", "refuse", "plan", "hope", "seek", "need", "continue",
    "fail", "decide", "promise", "attempt", "offer", "intend", "aim", "begin", "start", "prefer",
    "expect", "threaten", "vow", "pledge", "manage", "choose", "help", "wish", "like", "love",
  ]

  /// Whether the verb at `index` takes an infinitive as its complement.
  func takesInfinitive(_ index: Int) -> Bool {
    Self.infinitiveVerbs.contains(VerbLemma.lemma(of: lower(index)))
  }

  /// The noun a `B` link joins to the verb group: the antecedent of a relative clause.
  func relativeNoun(of frame: ClauseFrame) -> Int? {
    linkage.links.first { link in
      link.matches("B") && frame.group.contains(link.right) && isNominal(link.left)
    }?.left
  }

  /// Reads passive voice: a `Pv` (or `Pa` to a past participle) in the group, or a past
  /// participle hanging on a noun; the agent is the object of a `by` the verb takes.
  func readVoice(into frame: inout ClauseFrame) {
    let conjunctions = verbConjunctions(of: frame.verb)
    let passiveLink = linkage.links.contains { link in
      link.right == frame.verb && frame.group.contains(link.left)
        && (link.matches("Pv") || (link.matches("Pa") && linkage.words[link.right].isPastForm)
          || (link.matches("I") && Self.beForms.contains(lower(link.left))))
    }
    // "Coal is managed and regulated by the Bureau": the parser may join "is" to the "and"
    // as if to a progressive; participles, not -ing forms, are joined, so it is a passive.
    let coordinatedPassive =
      isParticiple(frame.verb)
      && linkage.links.contains { link in
        conjunctions.contains(link.right) && Self.beForms.contains(lower(link.left))
          && frame.group.contains(link.left)
          && (link.matches("Pv") || link.matches("Pg") || link.matches("Pa"))
      }
    let participle = frame.kind == .participle && linkage.words[frame.verb].isPastForm
    let adverbial = adverbialPassiveBe(of: frame)
    guard passiveLink || coordinatedPassive || participle || adverbial != nil else { return }
    frame.isPassive = true
    let prepositions =
      ([frame.verb] + conjunctions).flatMap { right(of: $0, "MVp") }
      + (adverbial.map { right(of: $0, "Pp") } ?? [])
    for by in prepositions where lower(by) == "by" {
      // Not a time: "is usually closed by five o'clock", "published by March".
      if let object = right(of: by, "J").first, linkage.words[object].partOfSpeech != .gerund,
        !isTimeWord(object), !NumberWords.isNumber(lower(object))
      {
        frame.agent = object
      }
    }
  }

  /// The form of "be" of a passive the parser read with its adverb as an adjective's ("is
  /// typically hosted by": `EB` to the adverb, `EA` on to the participle, `Pp` from "be" to
  /// the phrase after it; see ``adverbialPassives``); nil for any other verb group.
  func adverbialPassiveBe(of frame: ClauseFrame) -> Int? {
    frame.group.first { adverbialPassives[$0] == frame.verb }
  }

  /// Whether the verb at `index` reads as a past participle: the parser's past form, or a
  /// regular or "-en" ending ("managed", "taken", "shown"); not a past tense that is none
  /// ("came", "took").
  func isParticiple(_ index: Int) -> Bool {
    let word = lower(index)
    guard !VerbLemma.isPastOnly(word) else { return false }
    return linkage.words[index].isPastForm
      || ["ed", "en", "wn"].contains { word.hasSuffix($0) }
  }

  /// Reads objects (`O*`; after "be", the complement), an adjective complement (`Pa`), a
  /// prepositional complement of "be", and an infinitival complement (`TO*`) as an object.
  func readObjects(into frame: inout ClauseFrame) {
    let isCopula = VerbLemma.lemma(of: lower(frame.verb)) == "be"
    // "must pay one fifth of the bonus and the first year's rent": the parser may read the
    // objects as joined verb phrases, the second object on an "and" the verb reaches by `VJd`.
    let shared = right(of: frame.verb, "VJd").filter(isConjunction)
    for object in ([frame.verb] + shared).flatMap({ right(of: $0, "O") })
    where !isRelativePronoun(object) {
      if isCopula {
        frame.complement = frame.complement ?? phrase(headedBy: object, blocked: roleBlocked(frame))
      } else if isNominal(object) || isConjunction(object) || isNumber(object)
        // "one fifth of the bonus", "the first": a word the parser reads as an adjective
        // heads the object its `O` link says it is.
        || linkage.words[object].partOfSpeech == .adjective
      {
        frame.objects += conjuncts(of: object)
      }
    }
    for word in frame.group {
      for adjective in right(of: word, "Pa") where !linkage.words[adjective].isPastForm {
        frame.complement = phrase(headedBy: adjective, blocked: frame.group)
      }
    }
    if isCopula, frame.complement == nil, frame.objects.isEmpty,
      let preposition = right(of: frame.verb, "MVp").first
    {
      frame.complement = phrase(headedBy: preposition, blocked: roleBlocked(frame))
      frame.consumed.insert(preposition)
    }
    let complements =
      right(of: frame.verb, "TO")
      + (takesInfinitive(frame.verb) ? right(of: frame.verb, "MVi") : [])
    for to in complements {
      if let object = phrase(headedBy: to, blocked: roleBlocked(frame)) {
        frame.objectPhrases.append(object)
      }
    }
  }
}
