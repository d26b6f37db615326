/// The Link Grammar link types the clause extractor reads, and which role each gives. A reader
/// can check every row against the Link Grammar "summary of link types"; the types not named
/// here are not read for roles.
///
/// | Link            | Joins                                   | Read as                          |
/// |-----------------|-----------------------------------------|----------------------------------|
/// | `S*`            | subject → finite verb (or its `and`)    | grammatical subject              |
/// | `SJl`/`SJr`     | noun → `and` → noun                     | coordinated subjects/objects     |
/// | `VJl`/`VJr`     | verb → `and` → verb                     | coordinated verbs, one clause each, sharing subject |
/// | `O*`            | verb → object                           | direct object; after "be", complement |
/// | `Pa`            | linking verb → adjective                | complement ("is willing")        |
/// | `Pv`            | "be" → past participle                  | passive voice                    |
/// | `Pa` to a `.v-d`| "been" → "closed"                       | passive voice (the parser's reading of some passives) |
/// | `PP`            | "have" → past participle                | perfect; part of the verb group  |
/// | `Pg`            | "be" → `-ing`                           | progressive; part of the verb group |
/// | `I`             | modal/"do"/"to" → infinitive            | verb group; modality             |
/// | `N`             | auxiliary → "not"                       | negation                         |
/// | `E`, `EN`, `MVa`| adverb ↔ verb                           | manner, time, hedge or negation by the adverb |
/// | `MVp`           | verb → preposition (`J*` to its object) | prepositional argument, or a modifier when the phrase says time, place, purpose (see `modifierKind`); `by` in a passive: agent |
/// | `Mp` after the verb | noun → time preposition             | time modifier of the clause ("… Station on Tuesday") when no other verb stands between |
/// | `K`             | verb → particle                         | part of the lemma ("hand over", "lift off"); `MVa` to a particle right after the verb too ("climb down") |
/// | `MVs`           | verb → subordinating conjunction        | reason, condition, time          |
/// | `MVi`           | verb → "to"                             | purpose ("to replace the bridge") |
/// | `MVpn`          | verb → time noun ("next spring")        | time                             |
/// | `TO*` + `I`, `IV`| verb → "to" → infinitive              | infinitival complement (`TOo`: the object is its subject) |
/// | `Ce`, `CV`, `TH`| verb → complement clause                | reported clause of a verb of saying |
/// | `CP*`           | wall → verb of saying after a quote     | the quote is attributed to its subject |
/// | `R`, `Rn`, `Rw`, `MX*r` | noun → relative pronoun         | the pronoun's antecedent          |
/// | `B*`            | noun → relative clause's verb           | antecedent as subject, or object when the clause has a subject |
/// | `Mv`, `MXsp`, `Mg`, `MXpp` | noun → participle            | reduced relative / participle phrase |
/// | `MXs`, `MXp`    | noun → noun after a comma               | appositive: a copula clause      |
/// | `CO`            | opener → clause                         | modifier of the main clause, sorted by its first words; the opener is found by its words too (up to the comma before the main clause's subject), as the parser often misses the `CO` |
/// | `_I*`           | parts of an idiom ("take part", "no longer") | one lemma                   |
enum ClauseLabels {
  /// Link types whose left word is the head: following one from its left word goes down into
  /// the phrase. The right word is the head for the types in ``rightHeaded``; the types in
  /// ``opaque`` are never followed when a phrase is measured.
  static let rightHeaded: Set<String> = [
    "D", "DD", "DG", "DT", "A", "AN", "AM", "AA", "G", "GN", "YS", "YP", "E", "EA", "EE", "EN",
    "EC", "ND", "NN", "NS", "S", "RS", "CO", "XJ", "L", "ID",
  ]

  /// Link types a phrase never crosses: punctuation, walls, non-restrictive modifiers after a
  /// comma (each becomes a clause of its own), quotations and inversions after quotes.
  static let opaque: Set<String> = [
    "X", "W", "WV", "RW", "MX", "CP", "ZZZ", "QN", "QU", "TH", "CO",
  ]

  /// Whether the left word of a link of `label` is its head.
  static func isLeftHeaded(_ link: Linkage.Link) -> Bool {
    let type = String(link.type)
    if type.hasPrefix("_") { return false }
    if type == "SJ" || type == "VJ" || type == "MJ" || type == "RJ" || type == "AJ" {
      // `SJl` runs from the left conjunct to the conjunction, which heads it; `SJr` from the
      // conjunction to the right conjunct.
      return link.labelSubscript.hasPrefix("r")
    }
    return !rightHeaded.contains(type)
  }

  /// Whether a phrase may be measured across a link of `label`.
  static func isTransparent(_ link: Linkage.Link) -> Bool {
    !opaque.contains(String(link.type)) && !link.type.hasPrefix("W")
  }
}
