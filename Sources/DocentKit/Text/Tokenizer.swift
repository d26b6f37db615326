/// The one scanner that cuts text into words and punctuation marks, for every stage: the
/// extractor reads its tokens as they are (`Reading.document`), and questions, and document
/// sentences compared with questions, read them through `QuestionText` (`Reading.question`).
enum Tokenizer {
  /// How words are read: documents and questions differ in a few documented points, so that each
  /// stage keeps the words it was written for.
  struct Reading: Sendable {
    /// Marks that join the word characters on either side of them into one word.
    let joiners: Set<Character>
    /// Whether a comma between digits joins them: "1,000".
    let joinsDigitGroups: Bool
    /// Whether a word, written up to a period, keeps the period: "Mr.", "U.S.".
    let takesPeriod: @Sendable (Substring) -> Bool
    /// Whether a word goes on after the period it took ("U.S.'s"), rather than ending there.
    let continuesAfterPeriod: Bool
    /// Whether any word takes a final apostrophe ("Hamas’", "rock’"), rather than only a word
    /// ending in "s".
    let anyWordTakesApostrophe: Bool
    /// Whether an apostrophe and "s" standing apart make a word: "{person} 's role".
    let readsPossessiveApart: Bool

    /// Documents, as the extractor reads them: a word is a run of letters and digits, joined
    /// across hyphens, apostrophes and periods ("al-Masri", "won’t", "U.S", "2.5") and across
    /// commas between digits ("1,000"). It takes a final period when it is an abbreviation
    /// (`Abbreviations.takesPeriod`: "Mr.", "U.S.", an initial such as "F.") and a final
    /// apostrophe after "s" ("Hamas’").
    static let document = Reading(
      joiners: ["-", "‑", "’", "'", "."], joinsDigitGroups: true,
      takesPeriod: Abbreviations.takesPeriod, continuesAfterPeriod: false,
      anyWordTakesApostrophe: false, readsPossessiveApart: false)

    /// Questions, and sentences compared with them: words are joined across periods and
    /// apostrophes (also "‘") but not hyphens or commas, so "al-Masri", "al Masri" and
    /// "Al-Masri" compare alike. A final period stays with a question abbreviation
    /// (`Abbreviations.isQuestionAbbreviation`) and the word may go on after it; any word takes a
    /// final apostrophe (a possessive, split off by `QuestionText`); and "'s" written apart is a
    /// word.
    static let question = Reading(
      joiners: [".", "'", "’", "‘"], joinsDigitGroups: false,
      takesPeriod: Abbreviations.isQuestionAbbreviation, continuesAfterPeriod: true,
      anyWordTakesApostrophe: true, readsPossessiveApart: true)
  }

  /// The tokens of `text`, in order; white space belongs to none, and every other character
  /// outside a word is a token of its own.
  static func tokens(of text: String, _ reading: Reading = .document) -> [TextToken] {
    var tokens: [TextToken] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isSpace {
        index = text.index(after: index)
        continue
      }
      let followsSpace = index == text.startIndex || text[text.index(before: index)].isSpace
      let isWord =
        character.isWordCharacter
        || (reading.readsPossessiveApart && isPossessiveApart(in: text, at: index))
      let end = isWord ? wordEnd(in: text, from: index, reading) : text.index(after: index)
      tokens.append(TextToken(text[index..<end], isWord: isWord, followsSpace: followsSpace))
      index = end
    }
    return tokens
  }

  /// Whether the apostrophe at `index` starts an "'s" written apart: "{person} 's role".
  private static func isPossessiveApart(in text: String, at index: String.Index) -> Bool {
    let next = text.index(after: index)
    guard text[index].isApostrophe, next < text.endIndex, text[next] == "s" else { return false }
    let after = text.index(after: next)
    return after == text.endIndex || !text[after].isLetter
  }

  /// Where the word starting at `start` ends, its abbreviation period or apostrophe included.
  private static func wordEnd(in text: String, from start: String.Index, _ reading: Reading)
    -> String.Index
  {
    var end = text.index(after: start)
    while end < text.endIndex {
      let next = text.index(after: end)
      if text[end].isWordCharacter {
        end = next
      } else if next < text.endIndex,
        joins(text[end], text[text.index(before: end)], text[next], reading)
      {
        end = next
      } else if text[end] == "." && reading.takesPeriod(text[start..<end]) {
        guard reading.continuesAfterPeriod else { return next }
        end = next
      } else if text[end].isApostrophe
        && (reading.anyWordTakesApostrophe || text[start..<end].last.map(isS) == true)
      {
        return next
      } else {
        break
      }
    }
    return end
  }

  /// Whether `character` is an "s" or an "S".
  private static func isS(_ character: Character) -> Bool { character == "s" || character == "S" }

  /// Whether `mark` joins the characters `before` and `after` into one word.
  private static func joins(
    _ mark: Character, _ before: Character, _ after: Character, _ reading: Reading
  ) -> Bool {
    guard after.isWordCharacter else { return false }
    if mark == "," { return reading.joinsDigitGroups && before.isNumber && after.isNumber }
    return reading.joiners.contains(mark)
  }
}

extension Character {
  /// Letters and digits make up words.
  var isWordCharacter: Bool {
    // ASCII, most of any English text, without the Unicode property lookup: a letter or a
    // digit is all `isLetter` and `isNumber` find there.
    if let ascii = asciiValue {
      return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii | 0x20)
    }
    return isLetter || isNumber
  }

  /// White space, as `isWhitespace` finds it, without its Unicode lookup for ASCII.
  var isSpace: Bool {
    if let ascii = asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
    return isWhitespace
  }

  /// A typewriter or typographic apostrophe.
  var isApostrophe: Bool { self == "’" || self == "'" }
}
