extension Linkage {
  /// The links that reach word `index` and match `pattern` (see ``Link/matches(_:)``), in the
  /// parser's order.
  func links(of index: Int, matching pattern: String) -> [Link] {
    links.filter { ($0.left == index || $0.right == index) && $0.matches(pattern) }
  }

  /// The words joined to word `index` by a link matching `pattern`, left to right.
  func words(linkedTo index: Int, by pattern: String) -> [Int] {
    links(of: index, matching: pattern).map { $0.other(than: index) }.sorted()
  }

  /// What form the verb at `index` is in, read from its subscript and the links that reach it
  /// from the left; nil for a word that is not a verb.
  func verbForm(of index: Int) -> VerbForm? {
    let word = words[index]
    guard let partOfSpeech = word.partOfSpeech,
      partOfSpeech == .verb || partOfSpeech == .gerund
    else { return nil }
    let fromLeft = links.filter { $0.right == index }
    let reachedBy = { (pattern: String) in fromLeft.contains { $0.matches(pattern) } }
    if word.isPastForm {
      return reachedBy("Pv") || reachedBy("PP") || reachedBy("Mv") ? .pastParticiple : .past
    }
    if reachedBy("Pg") || reachedBy("Mg") { return .presentParticiple }
    return partOfSpeech == .gerund ? .gerund : .plain
  }

  /// The form of a verb, as far as its subscript and links show it.
  enum VerbForm: Hashable, Sendable {
    /// A past tense: `expelled.v-d` with a subject and no auxiliary before it.
    case past
    /// A past participle: after a passive (`Pv`) or perfect (`PP`) auxiliary, or modifying a
    /// noun (`Mv`, "the resolution submitted by ...").
    case pastParticiple
    /// An `-ing` participle after a form of "be" (`Pg`) or modifying a noun (`Mg`).
    case presentParticiple
    /// An `-ing` form used as a noun (`including.g` heading a phrase).
    case gerund
    /// Any other form: base, present, or one the links do not place.
    case plain
  }

  /// A word's part of speech, as far as its dictionary subscript says.
  enum PartOfSpeech: Hashable, Sendable {
    /// `.v`, `.v-d` and the verbs of saying (`.q`, `.q-d`) and of perception (`.w`, `.w-d`).
    case verb
    /// An `-ing` form: `.g`.
    case gerund
    /// `.n`, `.n-u`, and names the dictionary knows: `.l` places, `.m`, `.f`, `.b` given
    /// names, `.s` peoples, `.t` titles.
    case noun
    /// `.a`, `.a-c` (comparative), `.a-s` (superlative).
    case adjective
    /// `.e`.
    case adverb
  }
}

extension Linkage.Word {
  /// The part of speech the subscript names; nil when it names none (`the`, `from`, `in.r`,
  /// `for.p`, and words the parser guessed without a subscript).
  var partOfSpeech: Linkage.PartOfSpeech? {
    switch subscriptHead {
    case "v", "q", "w": .verb
    case "g": .gerund
    case "n", "l", "m", "f", "b", "s", "t": .noun
    case "a": .adjective
    case "e": .adverb
    default: nil
    }
  }

  /// Whether the subscript marks a past tense or past participle: `v-d`, `q-d`, `w-d`.
  var isPastForm: Bool {
    partOfSpeech == .verb && dictionarySubscript?.hasSuffix("-d") == true
  }

  /// The subscript up to its first `-`: `v` in `v-d`.
  private var subscriptHead: Substring? {
    dictionarySubscript.map { $0.prefix { $0 != "-" } }
  }
}
