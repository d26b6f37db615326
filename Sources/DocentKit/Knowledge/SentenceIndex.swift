import Foundation

/// Every sentence of every document, indexed by the content words it holds, so that a question
/// looks up only the sentences that share its words, and knows how rare each word is.
struct SentenceIndex: Sendable {
  /// Every sentence, documents in load order, sentences in order.
  let sentences: [Sentence]
  /// The canonical content stems of each sentence, by position in `sentences`.
  let stems: [Set<String>]
  private let byStem: [String: [Int]]

  /// Indexes `sentences`, whose words are `words` (one list a sentence), comparing words as
  /// `lexicon` does.
  init(_ sentences: [Sentence], words: [[QuestionToken]], lexicon: Lexicon) {
    var stems: [Set<String>] = []
    var byStem: [String: [Int]] = [:]
    stems.reserveCapacity(sentences.count)
    for (position, tokens) in words.enumerated() {
      let content = lexicon.contentStems(tokens)
      stems.append(content)
      for stem in content { byStem[stem, default: []].append(position) }
    }
    self.sentences = sentences
    self.stems = stems
    self.byStem = byStem
  }

  /// How many sentences hold `stem`.
  func frequency(of stem: String) -> Int { byStem[stem]?.count ?? 0 }

  /// How much a word tells about a sentence that holds it: the rarer among the sentences, the
  /// more (inverse document frequency, counted over sentences).
  func weight(of stem: String) -> Double {
    log((Double(sentences.count) + 1) / (Double(frequency(of: stem)) + 0.5))
  }

  /// The positions of the sentences holding at least one stem of `stems`, in order.
  func sharing(_ stems: Set<String>) -> [Int] {
    var found = Set<Int>()
    for stem in stems { found.formUnion(byStem[stem] ?? []) }
    return found.sorted()
  }
}
