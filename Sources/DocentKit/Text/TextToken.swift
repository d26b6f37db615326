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
    if (last == "s" || last == "S") && word.dropLast().last?.isApostrophe == true {
      return word.dropLast(2)
    }
    return last.isApostrophe ? word.dropLast() : word
  }
}

/// Cuts sentences into words and punctuation marks.
enum TextTokenizer {
  /// The tokens of `text`, in order; white space belongs to none.
  ///
  /// A word is a run of letters and digits, joined across hyphens, apostrophes and periods
  /// ("al-Masri", "won’t", "U.S", "2.5") and across commas between digits ("1,000"). It takes a
  /// final period when it is an abbreviation ("Mr.", "U.S.", an initial such as "F.") and a final
  /// apostrophe after "s" ("Hamas’"). Every other character is a token of its own.
  static func tokens(of text: String) -> [TextToken] {
    var tokens: [TextToken] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isWhitespace {
        index = text.index(after: index)
        continue
      }
      let followsSpace = index == text.startIndex || text[text.index(before: index)].isWhitespace
      let isWord = character.isWordCharacter
      let end = isWord ? wordEnd(in: text, from: index) : text.index(after: index)
      tokens.append(TextToken(text[index..<end], isWord: isWord, followsSpace: followsSpace))
      index = end
    }
    return tokens
  }

  /// Where the word starting at `start` ends, its abbreviation period or apostrophe included.
  private static func wordEnd(in text: String, from start: String.Index) -> String.Index {
    var end = text.index(after: start)
    while end < text.endIndex {
      let next = text.index(after: end)
      if text[end].isWordCharacter {
        end = next
      } else if next < text.endIndex, joins(text[end], text[text.index(before: end)], text[next]) {
        end = next
      } else {
        break
      }
    }
    guard end < text.endIndex else { return end }
    let after = text.index(after: end)
    let isLast = after == text.endIndex || !text[after].isWordCharacter
    if text[end] == "." && WordLists.takesPeriod(text[start..<end]) {
      return after
    }
    let endsWithS = text[text.index(before: end)] == "s" || text[text.index(before: end)] == "S"
    return text[end].isApostrophe && endsWithS && isLast ? after : end
  }

  /// Whether `mark` joins the characters `before` and `after` into one word.
  private static func joins(_ mark: Character, _ before: Character, _ after: Character) -> Bool {
    guard after.isWordCharacter else { return false }
    switch mark {
    case "-", "‑", "’", "'", ".": return true
    case ",": return before.isNumber && after.isNumber
    default: return false
    }
  }
}

extension Character {
  /// Letters and digits make up words.
  var isWordCharacter: Bool { isLetter || isNumber }

  /// A typewriter or typographic apostrophe.
  var isApostrophe: Bool { self == "’" || self == "'" }
}
