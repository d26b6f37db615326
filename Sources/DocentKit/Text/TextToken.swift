/// A word or a punctuation mark of a sentence.
struct TextToken {
  /// The token as it stands in the sentence: a slice of the sentence's text.
  let text: Substring
  /// Whether this is a word (letters or digits) rather than a punctuation mark.
  let isWord: Bool
  /// Whether white space or the start of the sentence comes right before the token.
  let followsSpace: Bool
  /// The word without a possessive ending: "Qatar" of "Qatar’s", "Hamas" of "Hamas’".
  let bare: Substring
  /// `bare` in lower case, for looking the word up in word lists.
  let key: String

  init(_ text: Substring, isWord: Bool, followsSpace: Bool) {
    self.text = text
    self.isWord = isWord
    self.followsSpace = followsSpace
    bare = isWord ? TextToken.withoutPossessive(text) : text
    key = bare.lowercased()
  }

  /// Whether the word ends with a possessive "’s" or "’".
  var isPossessive: Bool { bare.endIndex < text.endIndex }

  /// Whether the word starts with a capital letter.
  var isCapitalized: Bool { bare.first?.isUppercase == true }

  /// Whether the word is at least two letters, all capitals: "PLO", "U.N.".
  var isAcronym: Bool {
    let letters = bare.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }

  /// Whether the word is written in digits: "18", "2007", "1,000", "2.5".
  var isDigits: Bool {
    bare.first?.isNumber == true && bare.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
  }

  /// Whether the token is the punctuation mark `mark`.
  func isMark(_ mark: Character) -> Bool { !isWord && text.first == mark }

  /// Whether the token is a dash between words: "–" or "—".
  var isDash: Bool { isMark("–") || isMark("—") }

  /// `word` without a possessive "’s" or a final apostrophe after "s".
  private static func withoutPossessive(_ word: Substring) -> Substring {
    guard word.count > 2, let last = word.last else { return word }
    // "Let’s" is "let us", as in "Let’s Encrypt": no one's.
    if word.count == 5, word.lowercased().hasPrefix("let"),
      word.dropFirst(3).first?.isApostrophe == true
    {
      return word
    }
    if (last == "s" || last == "S") && word.dropLast().last?.isApostrophe == true {
      return word.dropLast(2)
    }
    return last.isApostrophe ? word.dropLast() : word
  }
}
