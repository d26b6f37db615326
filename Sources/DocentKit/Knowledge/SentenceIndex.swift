import Foundation

/// Every sentence of every document, indexed by the content words it holds, so that a question
/// looks up only the sentences that share its words, and knows how rare each word is.
struct SentenceIndex: Sendable, Codable {
  /// Every sentence, documents in load order, sentences in order.
  let sentences: [Sentence]
  /// The canonical content stems of each sentence, by position in `sentences`.
  let stems: [Set<String>]
  private let byStem: [String: [Int]]

  /// The stems of the names each sentence's pronouns stand for, by position: "she" in a
  /// sentence after one naming Natasha Batalha gives "natasha" and "batalha".
  private let implied: [Set<String>]
  /// How many sentences hold each stem only by what their "they" stands for: they are found
  /// by it, but it does not make the word commoner, so a word's weight is what the text writes.
  private let uncountedFrequency: [String: Int]
  /// Each sentence's position in `sentences`.
  private let positions: [Key: Int]
  /// The stems each sentence names only to leave out, by position: "Hamas" and "Islamic Jihad"
  /// in "all Palestinian factions except Hamas and Islamic Jihad".
  let excluded: [Set<String>]
  /// Each document's sentences, by position.
  private let documentRanges: [String: Range<Int>]
  /// The content stems of the heading each sentence stands under, by position; empty for none.
  let headingStems: [Set<String>]
  /// The common nouns each document is about, by document id: those a good share of its
  /// sentences write ("dough" of a bread recipe, "effigy" of a study of tomb effigies), which
  /// its other sentences are about too, though they do not say them.
  let keywordStems: [String: Set<String>]

  /// A sentence as a key: its document and number.
  private struct Key: Hashable, Codable {
    let document: String
    let number: Int
  }

  /// Indexes `sentences`, whose words are `words` (one list a sentence) and the stems of the
  /// names their pronouns stand for `implied`, comparing words as `lexicon` does.
  init(
    _ sentences: [Sentence], words: [[QuestionToken]], implied: [Set<String>] = [],
    uncounted: [Set<String>] = [], lexicon: Lexicon
  ) {
    var stems: [Set<String>] = []
    var byStem: [String: [Int]] = [:]
    var uncountedFrequency: [String: Int] = [:]
    stems.reserveCapacity(sentences.count)
    for (position, tokens) in words.enumerated() {
      var content = lexicon.contentStems(tokens).union(
        position < implied.count ? implied[position] : [])
      for stem in position < uncounted.count ? uncounted[position] : []
      where !content.contains(stem) {
        content.insert(stem)
        uncountedFrequency[stem, default: 0] += 1
      }
      stems.append(content)
      for stem in content { byStem[stem, default: []].append(position) }
    }
    self.uncountedFrequency = uncountedFrequency
    self.sentences = sentences
    self.stems = stems
    excluded = sentences.map { Self.excludedStems(in: $0.text, lexicon: lexicon) }
    // A heading stands over many sentences: its words are read once.
    var byHeading: [String: Set<String>] = [:]
    headingStems = sentences.map { sentence in
      guard let heading = sentence.heading else { return [] }
      if let known = byHeading[heading] { return known }
      let stems = lexicon.contentStems(heading)
      byHeading[heading] = stems
      return stems
    }
    self.implied = implied
    positions = Dictionary(
      sentences.indices.map {
        (Key(document: sentences[$0].document, number: sentences[$0].number), $0)
      },
      uniquingKeysWith: { first, _ in first })
    var ranges: [String: Range<Int>] = [:]
    for (position, sentence) in sentences.enumerated() {
      let start = ranges[sentence.document]?.lowerBound ?? position
      ranges[sentence.document] = start..<(position + 1)
    }
    documentRanges = ranges
    self.byStem = byStem
    keywordStems = Self.keywords(of: ranges, words: words, lexicon: lexicon)
  }

  /// The share of a document's sentences a common noun must stand in to be one it is about,
  /// and the fewest sentences.
  static let keywordSentenceShare = 0.15
  static let fewestKeywordSentences = 4

  /// The common nouns each document of `ranges` writes in enough of its sentences.
  private static func keywords(
    of ranges: [String: Range<Int>], words: [[QuestionToken]], lexicon: Lexicon
  ) -> [String: Set<String>] {
    var nouns: [String: Bool] = [:]
    let isNoun = { (word: QuestionToken) -> Bool in
      if let known = nouns[word.folded] { return known }
      let noun =
        word.original.first?.isLowercase == true && !WordLists.stopWords.contains(word.folded)
        && WordNet.knows(word.folded, as: .noun)
        && (!WordNet.knows(word.folded, as: .verb)
          || WordNet.isMostly(word.folded, .noun, over: .verb))
        && !WordNet.knows(word.folded, as: .adjective)
      nouns[word.folded] = noun
      return noun
    }
    var keywords: [String: Set<String>] = [:]
    for (document, range) in ranges {
      var counts: [String: Int] = [:]
      for position in range where position < words.count {
        let stems = Set(words[position].filter(isNoun).map { lexicon.canonical($0.stem) })
        for stem in stems { counts[stem, default: 0] += 1 }
      }
      let least = max(Double(fewestKeywordSentences), Double(range.count) * keywordSentenceShare)
      let found = Set(counts.filter { Double($0.value) >= least }.keys)
      if !found.isEmpty { keywords[document] = found }
    }
    return keywords
  }

  /// The words that open a phrase of what is left out.
  private static let exclusions = [
    "except for ", "except ", "excluding ", "other than ", "apart from ",
    "with the exception of ",
  ]

  /// The content stems of the phrases of `text` that name what is left out, each running from
  /// "except" (or another of `exclusions`) to the next comma, bracket or end of clause.
  static func excludedStems(in text: String, lexicon: Lexicon) -> Set<String> {
    let lowered = text.lowercased()
    var found: Set<String> = []
    for opener in exclusions {
      var start = lowered.startIndex
      while let range = lowered.range(of: " " + opener, range: start..<lowered.endIndex) {
        let rest = lowered[range.upperBound...]
        let end = rest.firstIndex(where: { ",;:.()—".contains($0) }) ?? rest.endIndex
        found.formUnion(lexicon.contentStems(String(rest[..<end])))
        start = range.upperBound
      }
    }
    return found
  }

  /// The stems of the names the pronouns of `sentence` stand for, which count among its stems.
  func implied(in sentence: Sentence) -> Set<String> {
    position(of: sentence).flatMap { $0 < implied.count ? implied[$0] : nil } ?? []
  }

  /// The stems `sentence` holds, those its pronouns stand for included.
  func stems(of sentence: Sentence) -> Set<String> {
    position(of: sentence).map { stems[$0] } ?? []
  }

  /// The position of `sentence` in the index.
  func position(of sentence: Sentence) -> Int? {
    positions[Key(document: sentence.document, number: sentence.number)]
  }

  /// How many sentences hold `stem`.
  func frequency(of stem: String) -> Int {
    (byStem[stem]?.count ?? 0) - (uncountedFrequency[stem] ?? 0)
  }

  /// How much a word tells about a sentence that holds it: the rarer among the sentences, the
  /// more (inverse document frequency, counted over sentences).
  func weight(of stem: String) -> Double {
    log((Double(sentences.count) + 1) / (Double(frequency(of: stem)) + 0.5))
  }

  /// The positions of the sentences that hold `stem`, in order.
  func holding(_ stem: String) -> [Int] { byStem[stem] ?? [] }

  /// The positions of `document`'s sentences, which stand together in load order.
  func positions(of document: String) -> Range<Int> { documentRanges[document] ?? 0..<0 }

  /// The positions of the sentences holding every stem of `stems` (none for no stems), in
  /// order.
  func holdingAll(_ stems: Set<String>) -> [Int] {
    let lists = stems.map(holding).sorted { $0.count < $1.count }
    guard let rarest = lists.first else { return [] }
    let others = lists.dropFirst().map(Set.init)
    return rarest.filter { position in others.allSatisfy { $0.contains(position) } }
  }

  /// The positions of the sentences holding at least one stem of `stems`, in order.
  func sharing(_ stems: Set<String>) -> [Int] {
    var found = Set<Int>()
    for stem in stems { found.formUnion(byStem[stem] ?? []) }
    return found.sorted()
  }
}
