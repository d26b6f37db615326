/// How the words of questions and facts are compared: synonyms folded to one word, and the
/// words that carry no content ("the", "did", "what") left out.
struct Lexicon: Sendable {
  /// Stem → the canonical stem of its synonym group.
  private let canonical: [String: String]
  /// Stems that carry no content.
  private let stopStems: Set<String>

  /// A lexicon from synonym groups (the first word of each is canonical) and stop words.
  init(synonyms: [[String]], stopWords: [String]) {
    var canonical: [String: String] = [:]
    // "ten computers" and "10 computers" are the same: a number word from two to twenty is
    // its digits ("one" is too often no number: "the one who", "one of them").
    for value in 2...20 {
      if let word = NumberWords.word(for: value) {
        canonical[Stemmer.stem(word)] = String(value)
      }
    }
    for group in synonyms {
      let stems = group.flatMap { QuestionText.tokens($0).map(\.stem) }
      guard let first = stems.first else { continue }
      for stem in stems { canonical[stem] = first }
    }
    self.canonical = canonical
    stopStems = Set(stopWords.flatMap { QuestionText.tokens($0).map(\.stem) })
  }

  /// The canonical form of a stem.
  func canonical(_ stem: String) -> String {
    canonical[stem] ?? stem
  }

  /// The canonical content stems of `text`.
  func contentStems(_ text: String) -> Set<String> {
    contentStems(QuestionText.tokens(text))
  }

  /// The canonical content stems of words WordNet gives as lemmas (`Stemmer.lemmaStem(_:)`).
  func contentStems(ofLemmas lemmas: some Sequence<String>) -> Set<String> {
    Set(
      lemmas.flatMap { QuestionText.tokens($0) }.map { Stemmer.lemmaStem($0.folded) }
        .filter { !stopStems.contains($0) }.map(canonical))
  }

  /// The canonical content stems of `tokens`.
  func contentStems(_ tokens: some Sequence<QuestionToken>) -> Set<String> {
    Set(tokens.map(\.stem).filter { !stopStems.contains($0) }.map(canonical))
  }

  /// The canonical content stems a sentence or clause of `tokens` holds: each word's own, and
  /// the noun's an irregular plural is of ("leaf" of "leaves", which stems as the verb
  /// "leave"), so that a question about a leaf finds them.
  func heldStems(_ tokens: some Sequence<QuestionToken>) -> Set<String> {
    var stems: Set<String> = []
    for token in tokens where !stopStems.contains(token.stem) {
      stems.insert(canonical(token.stem))
      if let singular = Stemmer.irregularSingular(of: token.folded), !stopStems.contains(singular) {
        stems.insert(canonical(singular))
      }
      // "64forSuu.org" holds "64forSuu", the name the site goes by.
      if let dot = token.folded.firstIndex(of: "."),
        Self.topLevelDomains.contains(String(token.folded[token.folded.index(after: dot)...])),
        case let name = String(token.folded[..<dot]), name.count > 2
      {
        stems.insert(canonical(Stemmer.stem(name)))
      }
    }
    return stems
  }

  /// The endings of a web address after its name: "gov" of "usa.gov".
  private static let topLevelDomains: Set<String> = [
    "org", "com", "net", "gov", "edu", "io", "info", "int", "co.uk", "org.uk", "gov.uk",
  ]

  /// `heldStems(_:)` of the words of `text`.
  func heldStems(_ text: String) -> Set<String> {
    heldStems(QuestionText.tokens(text))
  }
}
