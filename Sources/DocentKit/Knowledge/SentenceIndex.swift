import Foundation

/// Every sentence of every document, indexed by the content words it holds, so that a question
/// looks up only the sentences that share its words, and knows how rare each word is.
struct SentenceIndex: Sendable {
  /// Every sentence, documents in load order, sentences in order.
  let sentences: [Sentence]
  /// The canonical content stems of each sentence, by position in `sentences`.
  let stems: [Set<String>]
  private let byStem: [String: [Int]]

  /// Indexes the sentences of `documents`, comparing words as `lexicon` does.
  init(_ documents: [Document] = [], lexicon: Lexicon) {
    let sentences = documents.flatMap(\.sentences)
    var stems: [Set<String>] = []
    var byStem: [String: [Int]] = [:]
    stems.reserveCapacity(sentences.count)
    for (position, sentence) in sentences.enumerated() {
      let words = lexicon.contentStems(sentence.text)
      stems.append(words)
      for stem in words { byStem[stem, default: []].append(position) }
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
