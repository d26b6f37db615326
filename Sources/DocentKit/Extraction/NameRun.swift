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
  /// Whether the titles end with a role written in capitals ("Product Manager"), whose
  /// qualifier may be a common word rather than a name.
  let hasRoleTitle: Bool

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
      (name, titles, qualifier, hasRoleTitle) = (tokens, nil, nil, false)
      return
    }
    hasRoleTitle = !WordLists.titles.contains(words[titles.upperBound - 1].key)
    self.titles = titles.lowerBound...(titles.upperBound - 1)
    name = titles.upperBound...upper
    qualifier =
      titles.lowerBound > tokens.lowerBound ? tokens.lowerBound...(titles.lowerBound - 1) : nil
  }

  /// The first run of title words in `range` that ends with a title proper (not "Prime" or
  /// "Former" alone) and stands between capitalized words, if any.
  private static func titleBlock(_ range: ClosedRange<Int>, _ words: [TextToken]) -> Range<Int>? {
    // A role written in capitals after another capitalized word of the run is a title too:
    // "NASA Administrator Bill Nelson", "Product Manager Shashank Khandelwal" (not "Walker
    // Hale" or "General Motors", which open with it).
    let isTitleAt = { (index: Int) in
      isTitle(words[index]) || (index > range.lowerBound && isRoleTitle(words[index]))
    }
    guard let start = range.first(where: isTitleAt) else { return nil }
    var end = start
    while end < range.upperBound && isTitleAt(end + 1) {
      end += 1
    }
    let isAfterCapital = start == range.lowerBound || words[start - 1].isCapitalized
    guard WordLists.titles.contains(words[end].key) || isRoleTitle(words[end]),
      end < range.upperBound, isAfterCapital, words[end + 1].isCapitalized
    else { return nil }
    return start..<(end + 1)
  }

  /// Whether `word` is a role noun written in capitals: "Administrator", "Manager".
  private static func isRoleTitle(_ word: TextToken) -> Bool {
    word.isCapitalized && WordLists.roleNouns.contains(word.key)
  }

  /// Whether `word` is a capitalized title or title modifier: "Mr.", "President", "Prime".
  static func isTitle(_ word: TextToken) -> Bool {
    word.isCapitalized
      && (WordLists.titles.contains(word.key) || WordLists.titleModifiers.contains(word.key))
  }

  /// Where the name is said with its titles: "Mr. Diliani", "President Donald Trump".
  var spoken: ClosedRange<Int> { (titles?.lowerBound ?? name.lowerBound)...name.upperBound }
}
