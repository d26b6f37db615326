/// A sentence cut into tokens, with the name runs found in it: what every extractor reads.
struct SentenceAnalysis {
  /// The sentence analysed.
  let sentence: Sentence
  /// Its words and punctuation marks.
  let tokens: [TextToken]
  /// Its name runs, in order.
  let runs: [NameRun]
  /// For each token, the index in `runs` of the run it belongs to, if any.
  private let runIndex: [Int?]

  init(_ sentence: Sentence, tokens: [TextToken], evidence: Set<String>) {
    self.sentence = sentence
    self.tokens = tokens
    runs = NameScanner(tokens: tokens, evidence: evidence).runs()
    var runIndex: [Int?] = Array(repeating: nil, count: tokens.count)
    for (index, run) in runs.enumerated() {
      for token in run.tokens {
        runIndex[token] = index
      }
    }
    self.runIndex = runIndex
  }

  /// The name run whose first token is at `index`, if any.
  func run(startingAt index: Int) -> NameRun? {
    guard let run = run(at: index), run.tokens.lowerBound == index else { return nil }
    return run
  }

  /// The name run whose last token is at `index`, if any.
  func run(endingAt index: Int) -> NameRun? {
    guard let run = run(at: index), run.tokens.upperBound == index else { return nil }
    return run
  }

  /// The name run the token at `index` belongs to, if any.
  func run(at index: Int) -> NameRun? {
    guard runIndex.indices.contains(index), let position = runIndex[index] else { return nil }
    return runs[position]
  }

  /// The lowercased word at `index`, or `nil` for a punctuation mark or a place past either end.
  func word(_ index: Int) -> String? {
    tokens.indices.contains(index) && tokens[index].isWord ? tokens[index].key : nil
  }

  /// Whether the token at `index` is a word in `list`.
  func isWord(_ index: Int, in list: Set<String>) -> Bool {
    word(index).map(list.contains) ?? false
  }

  /// Whether the token at `index` is the punctuation mark `mark`.
  func isMark(_ index: Int, _ mark: Character) -> Bool {
    tokens.indices.contains(index) && tokens[index].isMark(mark)
  }

  /// The tokens of `range` exactly as written, with what stands between them.
  func text(_ range: ClosedRange<Int>) -> String {
    String(
      sentence.text[
        tokens[range.lowerBound].text.startIndex..<tokens[range.upperBound].text.endIndex])
  }

  /// The name spanning the tokens of `range`, without the last word's possessive ending or
  /// lowercase hyphenated part: "Hamas" of "Hamas’", "Qatar" of "Qatar’s".
  func name(_ range: ClosedRange<Int>) -> String {
    let last = tokens[range.upperBound]
    let end = NameScanner.nameSpan(of: last)?.upperBound ?? last.bare.endIndex
    return String(sentence.text[tokens[range.lowerBound].text.startIndex..<end])
  }
}
