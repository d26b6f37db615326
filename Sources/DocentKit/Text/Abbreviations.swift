/// Words written short with a final period, lowercased without it, and the one test of what an
/// abbreviation looks like: for the tokenizer, the sentence segmenter and the title lists.
///
/// Each stage has always known a different part of these; the parts are named here, so that the
/// words stay in one place while what every stage does stays as it was.
enum Abbreviations {
  /// Titles written short: "Mr.", "Gen.", "Capt.".
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt",
  ]

  /// Titles that say nothing about the person: "Mr.", "Mx.".
  static let honorifics: Set<String> = ["mr", "mrs", "ms", "mx"]

  /// The titles the sentence segmenter never ends a sentence after: all but "Mx." and "Capt.".
  static let segmenterTitles: Set<String> = titles.subtracting(["mx", "capt"])

  /// The titles a question keeps the period of: "Mr.", "Dr.", "Gen.".
  static let questionTitles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "gen"]

  /// The titles taken off the front of an extracted name: "Mr. Diliani" is Diliani.
  static let nameTitles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "sen", "gov", "gen"]

  /// Short words written with a name: "St.", "Jr.", "Sr.".
  static let nameParts: Set<String> = ["st", "jr", "sr"]

  /// Company endings: "Inc.", "Corp.".
  static let companies: Set<String> = ["inc", "ltd", "co", "corp"]

  /// Months written short that the extractor reads as months: "Jan.", "Sept.".
  static let months: Set<String> = ["jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"]

  /// Months written short that only the sentence segmenter knows: "Mar.", "Jun.".
  static let segmenterOnlyMonths: Set<String> = ["mar", "apr", "jun", "jul"]

  /// Latin abbreviations: "vs.", "e.g.", "i.e.".
  static let latin: Set<String> = ["vs", "e.g", "i.e"]

  /// The words a document token keeps the period of, besides initials and dotted abbreviations.
  private static let documentWords = titles.union(nameParts).union(months).union(["vs"])

  /// Whether `word`, followed by a period in a document, keeps the period: "Mr.", "U.S.", "F."
  /// (an initial).
  @Sendable static func takesPeriod(_ word: Substring) -> Bool {
    if documentWords.contains(word.lowercased()) {
      return true
    }
    if word.count == 1 {
      return word.first!.isUppercase
    }
    return isDotted(word)
  }

  /// Whether `word`, followed by a period in a question, keeps the period: a word with periods
  /// inside and at most four other characters ("U.S.", "u.n."), a question title or a name part.
  @Sendable static func isQuestionAbbreviation(_ word: Substring) -> Bool {
    // A number ("4.2" of "Version 4.2.") is no abbreviation: its period ends the sentence.
    if word.allSatisfy({ $0.isNumber || $0 == "." }) { return false }
    if word.contains(".") && word.count(where: { $0 != "." }) <= 4 { return true }
    let key = word.lowercased()
    return questionTitles.contains(key) || nameParts.contains(key)
  }

  /// Whether `word` is a single capital letter, such as the `F` of `John F. Kennedy`.
  static func isInitial(_ word: some StringProtocol) -> Bool {
    let scalars = word.unicodeScalars
    return scalars.count == 1 && scalars.first!.properties.generalCategory == .uppercaseLetter
  }

  /// Whether `word` is short groups of letters joined by periods, such as `U.S`, `p.m` or `Ph.D`.
  static func isDotted(_ word: some StringProtocol) -> Bool {
    let groups = word.split(separator: ".", omittingEmptySubsequences: false)
    return groups.count >= 2
      && groups.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
  }
}
