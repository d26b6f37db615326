extension Linkage {
  /// One word of a linkage: the sentence's own text, and what the parser made of it.
  ///
  /// The parser prints a word as `told.v-d` (word and dictionary subscript),
  /// `Hamas[!<CAPITALIZED-WORDS>]` (a word it does not know, guessed by one of its patterns),
  /// `blorfs[!<S-WORDS>].n` (both) or `[of]` (a word it left unlinked); these parts are split
  /// apart here.
  struct Word: Hashable, Sendable {
    /// What kind of word: a wall the parser adds, or a word of the sentence.
    enum Kind: Hashable, Sendable {
      /// The LEFT-WALL before the first word; links from it mark the sentence's head.
      case leftWall
      /// The RIGHT-WALL after the last word.
      case rightWall
      /// A word (or punctuation mark, or part of a split word) of the sentence.
      case token
    }

    /// A wall or a word of the sentence.
    let kind: Kind
    /// The word as the parser spells it, without subscript or guess mark: `told`, `Mr.`, and
    /// lowercase at the start of a sentence (`these` for "These").
    let spelling: String
    /// The dictionary subscript, such as `v-d` in `told.v-d`; nil when the parser gives none.
    let dictionarySubscript: String?
    /// How the parser guessed an unknown word, such as `CAPITALIZED-WORDS` (the name of the
    /// pattern it matched); nil for a word of its dictionary.
    let guess: String?
    /// The word's UTF-8 byte offsets in the sentence; empty for a wall.
    let utf8Offsets: Range<Int>
    /// The sentence's own text at ``utf8Offsets``: `These` where the parser says `these`.
    let text: String
    /// Whether any link reaches the word; false for a word left out by null links.
    let isLinked: Bool

    /// Splits `parserWord`, as `linkage_get_word` prints it, into spelling, subscript and guess;
    /// `text` is the sentence's own text at `utf8Offsets` (ignored for a wall).
    init(parserWord: String, utf8Offsets: Range<Int>, text: String, isLinked: Bool) {
      var word = Substring(parserWord)
      if !isLinked, word.count > 2, word.hasPrefix("["), word.hasSuffix("]") {
        word = word.dropFirst().dropLast()
      }
      switch word {
      case "LEFT-WALL": kind = .leftWall
      case "RIGHT-WALL": kind = .rightWall
      default: kind = .token
      }
      var guess: String?
      if let open = word.dropFirst().firstIndex(of: "["),
        let close = word[open...].firstIndex(of: "]")
      {
        guess = Self.guessName(word[word.index(after: open)..<close])
        word = word[..<open] + word[word.index(after: close)...]
      }
      self.guess = guess
      if let dot = Self.subscriptDot(in: word) {
        spelling = String(word[..<dot])
        dictionarySubscript = String(word[word.index(after: dot)...])
      } else {
        spelling = String(word)
        dictionarySubscript = nil
      }
      let isWall = kind != .token
      self.utf8Offsets = isWall ? utf8Offsets.lowerBound..<utf8Offsets.lowerBound : utf8Offsets
      self.text = isWall ? "" : text
      self.isLinked = isLinked
    }

    /// The pattern name in a guess mark (`CAPITALIZED-WORDS` from `!<CAPITALIZED-WORDS>`), or
    /// the mark itself (`?` for a word guessed from its ending, `~` for a spelling guess).
    private static func guessName(_ mark: Substring) -> String {
      if mark.hasPrefix("!<"), mark.hasSuffix(">") {
        return String(mark.dropFirst(2).dropLast())
      }
      return String(mark)
    }

    /// The dot before a subscript: the last one, with text before it and a subscript after it
    /// that starts with a lowercase letter and holds only lowercase letters, digits and `-`
    /// (so `Mr..x` splits as `Mr.` and `x`, while `U.S.` and `2.5` stay whole).
    private static func subscriptDot(in word: Substring) -> Substring.Index? {
      guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return nil }
      let tail = word[word.index(after: dot)...]
      guard let first = tail.first, first.isASCII, first.isLowercase,
        tail.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
      else { return nil }
      return dot
    }
  }
}
