/// British spellings read as their American forms, so that "organisation" and "organization",
/// "licence" and "license", "favour" and "favor" compare as one word, whichever a document or
/// a question uses.
///
/// A rewrite counts only when WordNet knows the American form and not the British one as a
/// word of another meaning: "colour" becomes "color", but "tour" stays (no rule reaches it) and
/// "fence" stays ("fense" is no word).
enum Spelling {
  /// The American spelling of a lower-case British word, or nil when it has none.
  static func american(of word: String) -> String? {
    guard word.count >= shortest, word.allSatisfy(\.isLetter), let wordNet = WordNet.english
    else { return nil }
    for (british, american) in rewrites {
      guard let range = word.range(of: british, options: .backwards),
        range.lowerBound > word.startIndex
      else { continue }
      var rewritten = word
      rewritten.replaceSubrange(range, with: american)
      let known = { (candidate: String) in
        WordNet.PartOfSpeech.allCases.contains { !wordNet.lemmas(of: candidate, as: $0).isEmpty }
      }
      if known(rewritten) { return rewritten }
    }
    return nil
  }

  /// The fewest letters a word needs to be rewritten: "favour", not "tour" or "four".
  private static let shortest = 6

  /// Parts of British words and what American English writes for them, tried from the end of
  /// the word: "isation" before "ise", so that "organisation" is "organization".
  private static let rewrites: [(String, String)] = [
    ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
    ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("tre", "ter"), ("tres", "ters"),
    ("ence", "ense"), ("ogue", "og"), ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"),
  ]
}
