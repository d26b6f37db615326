/// How the words of questions and facts are compared: synonyms folded to one word, and the
/// words that carry no content ("the", "did", "what") left out.
struct Lexicon: Sendable, Codable {
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
}
