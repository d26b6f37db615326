/// A run of words forming a proper name, with the titles and qualifier written before it.
struct NameRun {
  /// All the run's tokens: qualifier, titles and name.
  let tokens: ClosedRange<Int>
  /// The tokens of the name itself.
  let name: ClosedRange<Int>
  /// The capitalized titles right before the name ("Mr.", "Prime Minister"), if any.
  let titles: ClosedRange<Int>?
  /// The words before the titles, such as "U.S." in "U.S. President Donald Trump", if any.
  let qualifier: ClosedRange<Int>?

  /// The run covering `range` of `words`, its titles told apart from the name; `nil` when it
  /// holds titles only. Titles at the end of a run ("the U.S. President") are left out of it.
  init?(_ range: ClosedRange<Int>, of words: [TextToken]) {
    var upper = range.upperBound
    while upper >= range.lowerBound && Self.isTitle(words[upper]) {
      upper -= 1
    }
    guard upper >= range.lowerBound else { return nil }
    tokens = range.lowerBound...upper
    guard let titles = Self.titleBlock(tokens, words) else {
      (name, titles, qualifier) = (tokens, nil, nil)
      return
    }
    self.titles = titles.lowerBound...(titles.upperBound - 1)
    name = titles.upperBound...upper
    qualifier =
      titles.lowerBound > tokens.lowerBound ? tokens.lowerBound...(titles.lowerBound - 1) : nil
  }

  /// The first run of title words in `range` that ends with a title proper (not "Prime" or
  /// "Former" alone) and stands between capitalized words, if any.
  private static func titleBlock(_ range: ClosedRange<Int>, _ words: [TextToken]) -> Range<Int>? {
    guard let start = range.first(where: { isTitle(words[$0]) }) else { return nil }
    var end = start
    while end < range.upperBound && isTitle(words[end + 1]) {
      end += 1
    }
    let isAfterCapital = start == range.lowerBound || words[start - 1].isCapitalized
    guard WordLists.titles.contains(words[end].key), end < range.upperBound, isAfterCapital,
      words[end + 1].isCapitalized
    else { return nil }
    return start..<(end + 1)
  }

  /// Whether `word` is a capitalized title or title modifier: "Mr.", "President", "Prime".
  static func isTitle(_ word: TextToken) -> Bool {
    word.isCapitalized
      && (WordLists.titles.contains(word.key) || WordLists.titleModifiers.contains(word.key))
  }

  /// Where the name is said with its titles: "Mr. Diliani", "President Donald Trump".
  var spoken: ClosedRange<Int> { (titles?.lowerBound ?? name.lowerBound)...name.upperBound }
}
