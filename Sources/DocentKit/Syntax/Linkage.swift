/// One parse of a sentence by ``LinkParser``: its words, in order, and the labelled links between
/// them. A plain value; no pointer into the parser survives it.
///
/// Word 0 is the parser's LEFT-WALL and the last word its RIGHT-WALL (when the parser uses one),
/// so a link's word indices index ``words`` directly.
struct Linkage: Hashable, Sendable {
  /// The sentence as it was parsed; every word's ``Word/utf8Offsets`` point into it.
  let sentence: String
  /// The words as the parser split the sentence, walls included.
  let words: [Word]
  /// Every link, each joining a word on the left to a word on the right.
  let links: [Link]
  /// How many words the parser left unlinked (null links); 0 for a complete linkage.
  let nullCount: Int

  /// Whether every word of the sentence is linked.
  var isComplete: Bool { nullCount == 0 }

  /// Where word `index` stands in ``sentence``; nil for a wall, or for a range that does not fall
  /// on character boundaries.
  func range(of index: Int) -> Range<String.Index>? {
    let word = words[index]
    guard word.kind == .token, !word.utf8Offsets.isEmpty else { return nil }
    let utf8 = sentence.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: word.utf8Offsets.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: word.utf8Offsets.upperBound)
    guard let lower = String.Index(start, within: sentence),
      let upper = String.Index(end, within: sentence)
    else { return nil }
    return lower..<upper
  }
}
