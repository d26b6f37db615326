/// One word of a question: as typed, in the form names are compared, and stemmed.
struct QuestionToken: Hashable, Sendable {
  /// The word as typed.
  let original: String
  /// Lower case, accents and quote styles folded: the form names are compared in.
  let folded: String
  /// The stem of the folded word, the form template words are compared in.
  let stem: String
}

/// Splits a question into words, expanding contractions and splitting off possessives.
enum QuestionText {
  /// Words as typed, joined back into text: "Qatar" + "'s" gives "Qatar's", and the untyped
  /// parts of an expanded contraction are left out.
  static func join(_ tokens: some Sequence<QuestionToken>) -> String {
    join(tokens.map(\.original))
  }

  /// Typed words joined back into text, possessives attached.
  static func join(_ words: some Sequence<String>) -> String {
    var text = ""
    var previous = ""
    for word in words where !word.isEmpty {
      if !text.isEmpty && !word.hasPrefix("'") && !word.hasPrefix("’") { text += " " }
      // "the authors' view": a plural common noun takes the apostrophe alone.
      let plural =
        ["'s", "’s"].contains(word) && previous.count > 3 && previous.hasSuffix("s")
        && previous.first?.isLowercase == true
      text += plural ? String(word.dropLast()) : word
      previous = word
    }
    return text
  }

  /// Whether `words` (folded) stand together, in order, in `said` (folded): "crew" and "8" of
  /// "the Crew-8 launch".
  static func writes(_ words: [String], in said: [String]) -> Bool {
    !words.isEmpty && said.indices.contains { said[$0...].starts(with: words) }
  }

  /// The words of `question`: punctuation dropped, "what's" → "what is", "Abbas's" →
  /// "Abbas 's", "Hamas’" → "Hamas 's", dotted words ("U.N.") kept whole and hyphenated ones
  /// split ("al-Masri" → "al Masri"), as `Tokenizer.Reading.question` reads them.
  static func tokens(_ question: String) -> [QuestionToken] {
    var tokens: [QuestionToken] = []
    for raw in words(question) {
      for (original, folded) in expand(raw) {
        tokens.append(QuestionToken(original: original, folded: folded, stem: Stemmer.stem(folded)))
      }
    }
    return tokens
  }

  /// The raw words: a final apostrophe is a possessive written "'s", and "'s" written apart
  /// with a typewriter apostrophe.
  private static func words(_ text: String) -> [String] {
    var words: [String] = []
    for token in Tokenizer.tokens(of: text, .question) where token.isWord {
      let word = token.text.first?.isApostrophe == true ? "'" + token.text.dropFirst() : token.text
      if token.text.last?.isApostrophe == true {
        words += [String(word.dropLast()), "'s"]
      } else {
        words.append(String(word))
      }
    }
    return words
  }

  /// A raw word as one or more tokens: contractions expanded, possessives split off.
  private static func expand(_ raw: String) -> [(String, String)] {
    let folded = Folding.words(raw)
    if let expansion = contractions[folded] {
      // The first word stands for the whole contraction as typed; the rest were not typed.
      return expansion.split(separator: " ").enumerated().map { ($0 == 0 ? raw : "", String($1)) }
    }
    for suffix in ["'s", "'re", "'ve", "'ll", "'d", "n't"] where folded.hasSuffix(suffix) {
      let base = String(folded.dropLast(suffix.count))
      guard !base.isEmpty else { break }
      let originalBase = String(raw.dropLast(suffix.count))
      let rest = suffixWords[suffix] ?? suffix
      let typedRest = suffix == "'s" ? String(raw.suffix(suffix.count)) : ""
      return [(suffix == "'s" ? originalBase : raw, base), (typedRest, rest)]
    }
    return [(raw, folded)]
  }

  private static let suffixWords = [
    "'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "n't": "not", "'s": "'s",
  ]

  private static let contractions: [String: String] = [
    "what's": "what is", "who's": "who is", "where's": "where is", "when's": "when is",
    "how's": "how is", "why's": "why is", "that's": "that is", "it's": "it is", "he's": "he is",
    "she's": "she is", "there's": "there is", "won't": "will not", "can't": "can not",
    "cannot": "can not", "shan't": "shall not", "i'm": "i am", "let's": "let us",
    "whats": "what is", "whos": "who is", "wheres": "where is", "isnt": "is not",
    "doesnt": "does not", "didnt": "did not", "dont": "do not", "wont": "will not",
    "cant": "can not", "arent": "are not", "wasnt": "was not",
  ]
}
