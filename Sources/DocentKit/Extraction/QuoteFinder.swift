/// Finds the direct quotes of a document and ties each to its speaker.
///
/// A quote is the text between “ and ” (or a pair of straight quotes) in one sentence; a quote
/// left open runs to the end of its sentence, and a closing mark with no opening one closes a
/// quote begun in the sentence before. Its speaker comes from a speech verb ("says", "told",
/// "added", "described" …) outside any quote in the same sentence: the nearest one at most a few
/// words after the quote ("“…,” says Dimitri Diliani", "“…,” Mr. Daraghmeh says", "“…” he added"),
/// else the nearest one before it ("X said the movement “…”", "which one participant described as
/// “constructive,”"). See `QuoteReader` for how the speaker is read off the verb. A quote after a
/// colon with no speech verb is said by the name the sentence opens with ("X, a researcher, is
/// delighted: “…”").
///
/// A pronoun speaker ("he added") stands for the speaker of the latest attributed quote in the
/// same or the two sentences before; with none, for the last person the sentences before name,
/// as far back ("Mike Neipert, the port director, explained the rules. “…,” he said."); if there
/// is neither, or the pronoun is not "he" or "she", the quote is left out. A quote in a
/// sentence with no speech verb takes the speaker of the quote before when it carries that
/// quote on: the sentence opens with a quote mark in the same paragraph as the attributed quote,
/// or that quote was left open (“A,” says X. “B.” — B is X's). Other quotes with no speaker,
/// such as scare quotes, are left out.
enum QuoteFinder {
  /// How many sentences back a pronoun may find its speaker.
  fileprivate static let pronounReach = 2

  /// The attributed quotes of `analyses`, the sentences of one document in order;
  /// `startingParagraphs[i]` tells whether sentence `i` opens a paragraph.
  /// `persons[i]`, when given, holds the names of people sentence `i` names, in order.
  static func quotes(
    in analyses: [SentenceAnalysis], startingParagraphs: [Bool], persons: [[String]] = []
  ) -> [Quote] {
    var quotes: [Quote] = []
    var memory = SpeakerMemory()
    for (index, analysis) in analyses.enumerated() {
      let reader = QuoteReader(analysis)
      var carried: (speaker: String, isOpen: Bool)?
      for span in reader.spans {
        guard
          let (speaker, how) = memory.attribution(
            of: span, clue: reader.clue(for: span), sentence: index,
            opensParagraph: startingParagraphs[index])
        else { continue }
        quotes.append(
          Quote(speaker: speaker, text: span.text, sentence: analysis.sentence, attribution: how))
        memory.latest = (speaker, index)
        carried = (speaker, span.close == nil)
      }
      memory.carried = carried
      if index < persons.count, let last = persons[index].last { memory.named = (last, index) }
    }
    return quotes
  }
}

/// What the sentences read so far tell about speakers.
private struct SpeakerMemory {
  /// The speaker of the latest attributed quote and the index of its sentence.
  var latest: (speaker: String, sentence: Int)?
  /// The speaker of the last attributed quote of the sentence before, and whether that quote was
  /// left open.
  var carried: (speaker: String, isOpen: Bool)?
  /// The last person the sentences before named, and the index of that sentence.
  var named: (name: String, sentence: Int)?

  /// Who spoke `span` of the sentence at index `sentence`, given what the sentence says (`clue`)
  /// and whether it opens a paragraph; `nil` when that cannot be told.
  func attribution(
    of span: QuoteSpan, clue: SpeakerClue?, sentence: Int, opensParagraph: Bool
  ) -> (speaker: String, how: Quote.Attribution)? {
    switch clue {
    case .speaker(let name):
      return (name, .inSentence)
    case .pronoun(let pronoun):
      guard WordLists.resolvablePronouns.contains(pronoun) else { return nil }
      if let latest, sentence - latest.sentence <= QuoteFinder.pronounReach {
        return (latest.speaker, .pronoun)
      }
      guard let named, sentence - named.sentence <= QuoteFinder.pronounReach else { return nil }
      return (named.name, .pronoun)
    case .unclear:
      return nil
    case nil:
      let opensSentence = (span.open ?? 0) == 0
      guard let carried, opensSentence && !opensParagraph || carried.isOpen else { return nil }
      return (carried.speaker, .continued)
    }
  }
}

/// A quote within one sentence.
struct QuoteSpan {
  /// The index of the opening mark, or `nil` when the quote began in an earlier sentence.
  let open: Int?
  /// The index of the closing mark, or `nil` when the quote runs on past the sentence.
  let close: Int?
  /// The quoted words verbatim, without the marks, surrounding white space or a final comma.
  let text: String
}

/// What a sentence says about who spoke a quote.
enum SpeakerClue: Equatable {
  /// The speaker as written: a name with its titles ("Mr. Diliani") or a short noun phrase
  /// ("one participant").
  case speaker(String)
  /// A personal pronoun, lowercased: "he".
  case pronoun(String)
  /// A speech verb whose speaker cannot be read with confidence.
  case unclear
}

/// Reads the quotes of one sentence and the speakers its speech verbs name.
///
/// The speaker of a verb is read before it when a word stands there ("Mr. Daraghmeh says", "he
/// added", "one participant described") and after it when a quote mark does ("“…,” says
/// political analyst Hani al-Masri"). Before the verb, an aside between commas is skipped when it
/// opens with "who", "which", an article or a role ("A Hamas source outside Gaza, who declined
/// …, said"), and taken as the speaker when it is just a name ("Qatar’s prime minister, Mohammed
/// bin Abdulrahman Al Thani, told"). A name is the speaker unless a preposition stands before it
/// ("a source outside Gaza"), in which case the whole phrase is; phrases are cut at "that",
/// "which", "and"… and may hold at most `maxPhraseWords` words.
struct QuoteReader {
  /// How many tokens after a quote a speech verb may stand to attribute it.
  private static let maxVerbDistance = 6
  /// The most words a noun-phrase speaker may have.
  private static let maxPhraseWords = 6
  /// The most tokens an aside between commas may have.
  private static let maxAsideTokens = 30

  /// The sentence read.
  private let analysis: SentenceAnalysis
  /// The sentence's quotes, in order.
  let spans: [QuoteSpan]
  /// For each token (and one past the end), the nearest speech verb at or after it.
  private let nextVerb: [Int?]
  /// For each token (and one past the end), the nearest speech verb before it.
  private let previousVerb: [Int?]
  /// The indices of the marks closing a quote.
  private let closingMarks: Set<Int>

  init(_ analysis: SentenceAnalysis) {
    self.analysis = analysis
    let spans = Self.spans(in: analysis)
    self.spans = spans
    closingMarks = Set(spans.compactMap(\.close))
    var isQuoted = Array(repeating: false, count: analysis.tokens.count)
    for span in spans {
      for index in (span.open ?? 0)...(span.close ?? analysis.tokens.count - 1) {
        isQuoted[index] = true
      }
    }
    let isVerb = analysis.tokens.indices.map {
      !isQuoted[$0] && analysis.isWord($0, in: WordLists.speechVerbs)
    }
    var nextVerb: [Int?] = Array(repeating: nil, count: analysis.tokens.count + 1)
    var previousVerb: [Int?] = Array(repeating: nil, count: analysis.tokens.count + 1)
    for index in analysis.tokens.indices.reversed() {
      nextVerb[index] = isVerb[index] ? index : nextVerb[index + 1]
    }
    for index in analysis.tokens.indices {
      previousVerb[index + 1] = isVerb[index] ? index : previousVerb[index]
    }
    self.nextVerb = nextVerb
    self.previousVerb = previousVerb
  }

  /// Who the sentence says spoke `span`, or `nil` if no speech verb stands outside its quotes.
  func clue(for span: QuoteSpan) -> SpeakerClue? {
    let end = span.close.map { $0 + 1 } ?? analysis.tokens.count
    var clues: [SpeakerClue] = []
    if let verb = nextVerb[end], verb - end < Self.maxVerbDistance {
      clues.append(clue(forVerb: verb))
    }
    if let verb = previousVerb[span.open ?? 0] {
      clues.append(clue(forVerb: verb))
    }
    // "Hans Van Haevermaet, a postdoctoral researcher …, is delighted by these developments:
    // “Having …”": a quote after a colon, with no speech verb, is said by the name the
    // sentence opens with.
    if !clues.contains(where: { $0 != .unclear }), let open = span.open,
      analysis.isMark(open - 1, ":"), let first = analysis.runs.first,
      first.tokens.lowerBound == 0
    {
      return .speaker(analysis.name(first.spoken))
    }
    return clues.first { $0 != .unclear } ?? clues.first
  }

  /// Who the speech verb at `verb` names as speaker.
  private func clue(forVerb verb: Int) -> SpeakerClue {
    guard !analysis.isWord(verb - 1, in: WordLists.passiveAuxiliaries) else { return .unclear }
    var before = verb - 1
    while isAdverb(before) {
      before -= 1
    }
    guard analysis.tokens.indices.contains(before) else { return .unclear }
    if analysis.tokens[before].isWord {
      return subject(endingAt: before)
    }
    if closingMarks.contains(before)
      || analysis.isMark(before, ",") && closingMarks.contains(before - 1)
    {
      return subject(startingAt: verb + 1)
    }
    return analysis.isMark(before, ",") ? subject(beforeAsideEndingAt: before) : .unclear
  }

  /// Whether the token at `index` is a lowercase adverb such as "also" or "reportedly".
  private func isAdverb(_ index: Int) -> Bool {
    guard let word = analysis.word(index), !analysis.tokens[index].isCapitalized else {
      return false
    }
    return WordLists.speechAdverbs.contains(word) || word.hasSuffix("ly")
  }

  /// The speaker named by the words ending at `end`, right before a speech verb.
  private func subject(endingAt end: Int) -> SpeakerClue {
    if let run = analysis.run(endingAt: end),
      !analysis.isWord(run.tokens.lowerBound - 1, in: WordLists.prepositions)
    {
      return .speaker(analysis.name(run.spoken))
    }
    if let word = analysis.word(end), WordLists.pronouns.contains(word) {
      let isAlone = analysis.word(end - 1).map(WordLists.clauseBoundaries.contains) ?? true
      return isAlone ? .pronoun(word) : .unclear
    }
    return phrase(endingAt: end)
  }

  /// The speaker named by the words starting at `start`, right after a speech verb.
  private func subject(startingAt start: Int) -> SpeakerClue {
    var index = start
    while analysis.isWord(index, in: ["a", "an", "the"])
      || analysis.isWord(index, in: WordLists.roleNouns)
      || analysis.isWord(index, in: WordLists.roleModifiers)
    {
      index += 1
    }
    if let run = analysis.run(startingAt: index) {
      return .speaker(analysis.name(run.spoken))
    }
    if let word = analysis.word(start), WordLists.pronouns.contains(word) {
      return .pronoun(word)
    }
    return phrase(startingAt: start)
  }

  /// The speaker before an aside closed by the comma at `comma`: "A Hamas source outside Gaza"
  /// before ", who declined to be named …, said"; or the aside itself when it is just a name.
  private func subject(beforeAsideEndingAt comma: Int) -> SpeakerClue {
    let limit = max(0, comma - Self.maxAsideTokens)
    guard
      let open = (limit..<comma).last(where: {
        analysis.isMark($0, ",") || analysis.tokens[$0].isDash
      }), open < comma - 1
    else { return .unclear }
    if let run = analysis.run(startingAt: open + 1), run.tokens.upperBound == comma - 1 {
      return .speaker(analysis.name(run.spoken))
    }
    let opensAside =
      analysis.isWord(open + 1, in: ["who", "which", "whom", "whose", "a", "an", "the"])
      || analysis.isWord(open + 1, in: WordLists.roleNouns)
      || analysis.isWord(open + 1, in: WordLists.roleModifiers)
    return opensAside && analysis.word(open - 1) != nil ? subject(endingAt: open - 1) : .unclear
  }

  /// The noun phrase ending at `end`, read back to a clause boundary or the start of the
  /// sentence.
  private func phrase(endingAt end: Int) -> SpeakerClue {
    guard let last = analysis.word(end), !WordLists.stopWords.contains(last) else {
      return .unclear
    }
    var start = end
    while let word = analysis.word(start - 1), !WordLists.clauseBoundaries.contains(word) {
      guard end - start + 1 < Self.maxPhraseWords else { return .unclear }
      start -= 1
    }
    guard !analysis.isWord(start, in: WordLists.prepositionalOpeners) else { return .unclear }
    return .speaker(analysis.text(start...end))
  }

  /// The noun phrase starting at `start`, read on to a punctuation mark or a clause boundary.
  private func phrase(startingAt start: Int) -> SpeakerClue {
    var end = start - 1
    while let word = analysis.word(end + 1), !WordLists.clauseBoundaries.contains(word) {
      guard end - start + 1 < Self.maxPhraseWords else { return .unclear }
      end += 1
    }
    return end >= start ? .speaker(analysis.text(start...end)) : .unclear
  }

  /// The quotes of the sentence, in order.
  private static func spans(in analysis: SentenceAnalysis) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    var open: Int?
    var hasSeenMark = false
    for (index, token) in analysis.tokens.enumerated() {
      let isCurly = token.isMark("“") || token.isMark("”")
      guard isCurly || token.isMark("\"") else { continue }
      let opens = token.isMark("“") || token.isMark("\"") && open == nil
      if opens {
        open = open ?? index
      } else if open != nil || !hasSeenMark {
        spans.append(span(open: open, close: index, in: analysis))
        open = nil
      }
      hasSeenMark = true
    }
    if let open {
      spans.append(span(open: open, close: nil, in: analysis))
    }
    return spans.filter { !$0.text.isEmpty }
  }

  /// The quote between the marks at `open` and `close` (the sentence's ends when `nil`).
  private static func span(open: Int?, close: Int?, in analysis: SentenceAnalysis) -> QuoteSpan {
    let text = analysis.sentence.text
    let start = open.map { analysis.tokens[$0].text.endIndex } ?? text.startIndex
    let end = close.map { analysis.tokens[$0].text.startIndex } ?? text.endIndex
    var quoted = text[start..<end].trimmingWhitespace()
    if quoted.last == "," {
      quoted = quoted.dropLast().trimmingWhitespace()
    }
    return QuoteSpan(open: open, close: close, text: String(quoted))
  }
}
