/// WordNet's morphy: the base forms (lemmas) of an inflected word.
extension WordNet {
  /// The endings morphy detaches, with what replaces each, tried in this order.
  static func detachmentRules(for partOfSpeech: PartOfSpeech) -> [(ending: String, base: String)] {
    switch partOfSpeech {
    case .noun:
      [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("ies", "y"),
      ]
    case .verb:
      [
        ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
        ("ing", ""),
      ]
    case .adjective:
      [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
    case .adverb:
      []
    }
  }

  /// The verbs of several words that `verb` and the word after it make, as WordNet lists them:
  /// "take part" of "took part", "set up"; none for "the festival".
  func phrasalVerbs(_ verb: String, _ next: String) -> [String] {
    collocations(verb, next, as: .verb)
  }

  /// The lemmas of several words, as a `partOfSpeech`, that `word` and the word after it
  /// make: "for good" (an adverb), "take part" (a verb).
  func collocations(_ word: String, _ next: String, as partOfSpeech: PartOfSpeech) -> [String] {
    lemmas(of: word + " " + next, as: partOfSpeech).filter { $0.contains(" ") }
  }

  /// The lemmas of `word` as a `partOfSpeech`, or in every part of speech (nouns, verbs,
  /// adjectives, adverbs) when it is nil; collocations read with spaces.
  ///
  /// As in WordNet's morphy, an exception list entry ("went" → "go", "children" → "child")
  /// is final; otherwise the detachment rules give the candidates. Either way only forms in
  /// the index count, and the word itself comes first among the rule forms when it is a
  /// lemma ("better" is an adjective besides "good" and "well").
  func lemmas(of word: String, as partOfSpeech: PartOfSpeech?) -> [String] {
    let key = Self.key(word)
    var lemmas: [String] = []
    for partOfSpeech in partOfSpeech.map({ [$0] }) ?? PartOfSpeech.allCases {
      for lemma in keys(of: key, as: partOfSpeech) where !lemmas.contains(lemma) {
        lemmas.append(lemma)
      }
    }
    return lemmas.map(Self.text)
  }

  /// The lemma keys of `key` as a `partOfSpeech`, in morphy's order.
  private func keys(of key: String, as partOfSpeech: PartOfSpeech) -> [String] {
    memory.lemmaKeys(of: key, as: partOfSpeech) { readKeys(of: key, as: partOfSpeech) }
  }

  private func readKeys(of key: String, as partOfSpeech: PartOfSpeech) -> [String] {
    var candidates: [String]
    if let bases = exceptionBases(of: key, as: partOfSpeech) {
      candidates = bases + [key]
    } else if let space = key.firstIndex(of: "_") {
      candidates = [key] + collocationForms(of: key, splitAt: space, as: partOfSpeech)
    } else {
      candidates = [key] + detachedForms(of: key, as: partOfSpeech)
    }
    var seen: Set<String> = []
    candidates = candidates.filter { seen.insert($0).inserted }
    return candidates.filter { isLemma($0, as: partOfSpeech) }
  }

  /// The forms the detachment rules make of a single word `key`; nouns ending in "ss" or of
  /// two letters or fewer keep their form, and a noun in "-ful" is morphed before it
  /// ("boxesful" → "boxful").
  private func detachedForms(of key: String, as partOfSpeech: PartOfSpeech) -> [String] {
    if partOfSpeech == .noun {
      if key.hasSuffix("ful"), key.count > 3 {
        let stem = String(key.dropLast(3))
        return keys(of: stem, as: .noun).filter { $0 != stem }.map { $0 + "ful" }
      }
      if key.hasSuffix("ss") || key.count <= 2 { return [] }
    }
    return Self.detachmentRules(for: partOfSpeech).compactMap { rule in
      guard key.hasSuffix(rule.ending), key.count > rule.ending.count else { return nil }
      return String(key.dropLast(rule.ending.count)) + rule.base
    }
  }

  /// The forms of a collocation `key` with one word morphed: a verb's first word
  /// ("looking_up" → "look_up"), any other part of speech's last ("attorney_generals").
  private func collocationForms(
    of key: String, splitAt space: String.Index, as partOfSpeech: PartOfSpeech
  ) -> [String] {
    if partOfSpeech == .verb {
      let first = String(key[..<space])
      return keys(of: first, as: .verb).map { $0 + key[space...] }
    }
    guard let last = key.lastIndex(of: "_") else { return [] }
    let word = String(key[key.index(after: last)...])
    return keys(of: word, as: partOfSpeech).map { key[...last] + $0 }
  }

  /// How many senses `word`, in any of its inflections, has as `partOfSpeech`.
  func senseCount(of word: String, as partOfSpeech: PartOfSpeech) -> Int {
    lemmas(of: word, as: partOfSpeech).reduce(0) {
      $0 + synsetOffsets(of: Self.key($1), as: partOfSpeech).count
    }
  }
}
