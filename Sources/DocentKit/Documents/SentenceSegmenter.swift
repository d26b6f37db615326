/// Splits a document's text into sentences and section headings.
///
/// The text is first cut into paragraphs at line breaks (one or more); a segment never spans a
/// paragraph break, and white space around paragraphs and sentences belongs to no segment.
///
/// **Sentences.** Inside a paragraph, a sentence ends at `.`, `!`, `?` or an ellipsis (`…`,
/// `...`), together with any closing quotes or brackets right after it (`”`, `"`, `’`, `'`, `)`,
/// `]`), when white space follows and the next word opens a sentence: past any opening quotes or
/// brackets (`“`, `"`, `‘`, `'`, `(`, `[`) it starts with a capital letter, a digit or a letter of
/// a script without case. So `He said “stop.” Then he left.` splits after `”`, while `2.5`,
/// `$1.2 billion`, `3.30 p.m. on Friday`, `meeting … unifying` and dashes never split. A single
/// `.` after an abbreviation is judged by the abbreviation:
/// - titles (`Mr.`, `Mrs.`, `Ms.`, `Dr.`, `Prof.`, `Gen.`, `Sen.`, `Rep.`, `Gov.`, `Lt.`, `Col.`)
///   and `vs.`, `e.g.`, `i.e.` never end a sentence;
/// - `No.` does not end a sentence before a digit (`No. 10`);
/// - a lower-case `v.` (`Lenz v. Universal`) never ends a sentence;
/// - multi-dot abbreviations (`U.S.`, `U.N.`, `p.m.`), single capital initials (`John F.
///   Kennedy`), `St.`, `Jr.`, `Sr.`, `Inc.`, `Ltd.`, `Co.`, `Corp.` and the month abbreviations
///   (`Jan.` … `Dec.`, `Sept.`) end a sentence only before a common sentence opener such as "The",
///   "It", "He" or "But": "U.S. President Donald Trump" stays whole, "moved to the U.S. The next
///   day" splits.
///
/// Any other word, `etc.` included, ends a sentence before a word that opens one, save a number
/// inside brackets the sentence has opened and not closed: "(fig. 1.1)" and "(d. 1621)" stay
/// whole. A short reference in brackets with a number, after a sentence's end and before the
/// next sentence, ends the sentence it follows ("sparkles. (fig. 7) Gold …").
///
/// **Headings.** A paragraph that the rules above leave as a single sentence, and that is followed
/// by more text, is a heading when it is
/// - at most 10 words long and does not end with `.`, `!`, `?`, `…`, `:`, `;` or `,` (also not
///   behind closing quotes or brackets), such as "Why We Wrote This"; or
/// - at most 8 words long, ends with `?` and does not start with an opening quote or bracket, such
///   as "Will the PLO leader play ball?".
///
/// A longer line without final punctuation is a sentence whose period is missing, and the last
/// paragraph of the text is always running text: it has nothing left to head. So are the short
/// lines that end a text with only such lines after them, as a signature does. Nor is a line a
/// heading when it is a row of a table (cells parted by `|`), or an item of a list: after a line
/// that ends with `:` or a heading that ends with `?`, the short lines that follow, and those
/// ending with `,` or `;` or an abbreviation ("Automattic Inc.") or with no punctuation at all
/// or made of fields parted by commas without a full stop, are sentences ("Parkinson’s disease"
/// after "… one of these conditions:"). Questions right after a line ending with `:` are items
/// too ("… keep these three questions in mind:"); elsewhere in a list a short question heads
/// what follows. Three or more heading-like lines in a row are a list under the first: the lines
/// between the first and the last are sentences, save a question ("Resources" / "The
/// coordinators" / "Professional development" / "Practice").
///
/// The work is linear in the length of the text.
enum SentenceSegmenter {
  /// The sentences and headings of `text`, in order.
  ///
  /// The segments never overlap and never start or end with white space; together they hold
  /// every character of `text` except white space, and each segment's `text` is exactly the bytes
  /// of its `utf8Range`.
  static func segments(of text: String) -> [TextSegment] {
    let source = ScalarText(text)
    let paragraphs = source.paragraphs()
    var segments: [TextSegment] = []
    // Whether the paragraphs so far opened a list, or are its items, and whether a line ending
    // with ":" opened it and every item so far is a question (a heading ending with "?" opens a
    // list too).
    var inList = false
    var listsQuestions = false
    let split = paragraphs.map { sentenceRanges(in: $0, of: source) }
    let headingLikes = zip(paragraphs, split).map { paragraph, sentences in
      sentences.count == 1 && isHeading(paragraph, of: source)
    }
    // Whether running text (a paragraph no heading could be) comes after each paragraph: the
    // short lines that end a text with nothing but such lines after them ("Arianna Legovini" /
    // "Adviser, Development Impact Evaluation (DIME)" / "World Bank", a signature) head
    // nothing.
    var textAfter = [Bool](repeating: false, count: paragraphs.count)
    for index in paragraphs.indices.dropLast().reversed() {
      textAfter[index] = textAfter[index + 1] || !headingLikes[index + 1]
    }
    // Three or more such lines in a row are a list under a heading ("Resources" / "Web
    // Sustainability Guidelines" / "Conclusion"; "The Go Gopher" / "Rob Pike and Andrew
    // Gerrand" / "24 March 2014"), not headings that head nothing: the lines between the first
    // and the last are items, the first heads them and the last may head the text after it.
    // Not a question, which heads what follows ("Who’s covered?").
    var listed = [Bool](repeating: false, count: paragraphs.count)
    var runStart = 0
    for index in paragraphs.indices where !headingLikes[index] || index == paragraphs.count - 1 {
      let runEnd = headingLikes[index] ? index + 1 : index
      if runEnd - runStart >= Self.shortestListRun {
        for item in (runStart + 1)..<(runEnd - 1)
        where source.scalars[paragraphs[item].upperBound - 1] != "?" {
          listed[item] = true
        }
      }
      runStart = index + 1
    }
    for (index, paragraph) in paragraphs.enumerated() {
      let sentences = split[index]
      let isFollowedByText = index < paragraphs.count - 1
      let last = source.scalars[paragraph.upperBound - 1]
      let headingLike = headingLikes[index]
      // After "… these three questions:", a question is an item, not a heading. Not a line in
      // capitals without a mark after items in lower case ("the broader public" /
      // "Technical information"): a heading after the list.
      let afterLowerCaseItem =
        index > 0 && source.startsInLowerCase(paragraphs[index - 1])
        && !endsWithPunctuation(paragraphs[index - 1], of: source)
      let isItem =
        inList && (last != "?" || listsQuestions)
        && !(afterLowerCaseItem && !source.startsInLowerCase(paragraph)
          && !endsWithPunctuation(paragraph, of: source))
      // "To count as complete, a request must" before "come from a relevant, official
      // government agency": a line the next one carries on in lower case leads into a list
      // whose lines finish it, as a colon does.
      let leadsIn =
        isFollowedByText && !endsWithFullStop(paragraph, of: source) && last != "?"
        && source.startsInLowerCase(paragraphs[index + 1])
      if textAfter[index] && headingLike && !isItem && !leadsIn && !listed[index]
        && !isTableRow(paragraph, of: source)
      {
        segments.append(source.segment(.heading, paragraph))
        // "Who’s covered?" asks what the lines under it list.
        inList = last == "?"
        listsQuestions = false
      } else {
        segments += sentences.map { source.segment(.sentence, $0) }
        // "… in any of these ways:" opens a list. A short item keeps it open, and so does one
        // that runs on with a comma or a semicolon, one that ends with an abbreviation
        // ("Automattic Inc."), and a record of fields parted by commas without a full stop
        // ("Marco Marsella (Board Treasurer), Food and Agriculture Organization of the United
        // Nations").
        let isRecord =
          sentences.count == 1 && source.scalars[paragraph].contains(",")
          && !endsWithFullStop(paragraph, of: source)
        // An item too long for a heading that still ends without punctuation ("Evidence of
        // account users’ power and/or ability to act on spoken claims") is an item all the same,
        // unless a title in capitals follows it over running text ("Ideas for the Origin of the
        // Moon"), not over another such line ("Medicare" / "Medicaid": items). So is an item
        // whose last sentence ends so ("Any employer plan (including COBRA). This includes
        // retiree plans").
        let isBareLine =
          !endsWithPunctuation(paragraph, of: source)
          && !(isFollowedByText && source.isTitleCased(paragraphs[index + 1])
            && !(index + 2 < paragraphs.count
              && !endsWithPunctuation(paragraphs[index + 2], of: source)))
        let continues =
          headingLike || last == "," || last == ";" || isRecord || isBareLine
          || (last == "." && !endsWithFullStop(paragraph, of: source))
        listsQuestions = last == ":" || (inList && continues && listsQuestions && last == "?")
        inList = last == ":" || leadsIn || (inList && continues)
      }
    }
    return segments
  }

  /// Whether a paragraph is a row of a table, its cells parted by "|": "April 28, 1960 | King
  /// Mahendra | Kingdom of Nepal".
  private static func isTableRow(_ paragraph: Range<Int>, of source: ScalarText) -> Bool {
    source.scalars[paragraph].count { $0 == "|" } >= Self.tableBars
  }
  /// The fewest bars of a table row.
  private static let tableBars = 2

  // MARK: - Sentences

  /// How an abbreviation followed by a single period affects the end of a sentence.
  private enum Abbreviation {
    /// Never ends a sentence: titles such as `Mr.` and `Dr.`, and `vs.`, `e.g.`, `i.e.`, and a
    /// lower-case `v.`.
    case neverFinal
    /// Ends a sentence only before a common sentence opener: `U.S. The next day`.
    case finalBeforeOpener
    /// `No.`: not the end of a sentence before a digit, otherwise an ordinary word.
    case beforeNumber
    /// A citation's `et al.`: not the end of a sentence before a year in brackets ("Davis et
    /// al. (2002) associated …"), otherwise an ordinary word ("… follows Smith et al. Results
    /// were similar").
    case citation
  }

  /// The abbreviations known by name, lowercased and without their final period.
  private static let knownAbbreviations: [String: Abbreviation] = {
    let neverFinal = Abbreviations.segmenterTitles.union(Abbreviations.latin)
    let finalBeforeOpener = Abbreviations.nameParts.union(Abbreviations.companies)
      .union(Abbreviations.months).union(Abbreviations.segmenterOnlyMonths)
    var abbreviations: [String: Abbreviation] = ["no": .beforeNumber]
    for name in neverFinal { abbreviations[name] = .neverFinal }
    for name in finalBeforeOpener { abbreviations[name] = .finalBeforeOpener }
    return abbreviations
  }()

  /// Words longer than this many scalars are never abbreviations.
  private static let maxAbbreviationLength = 10

  /// The sentences of a trimmed paragraph, as trimmed scalar ranges.
  private static func sentenceRanges(in paragraph: Range<Int>, of source: ScalarText)
    -> [Range<Int>]
  {
    var sentences: [Range<Int>] = []
    var sentenceStart = paragraph.lowerBound
    var wordStart = paragraph.lowerBound
    var index = paragraph.lowerBound
    // How many brackets the sentence has opened and not yet closed.
    var openBrackets = 0
    while index < paragraph.upperBound {
      let scalar = source.scalars[index]
      guard scalar.isSentenceTerminator else {
        if scalar.isWhitespace { wordStart = index + 1 }
        openBrackets = max(0, openBrackets + bracketChange(scalar))
        index += 1
        continue
      }
      let limit = paragraph.upperBound
      let terminators = index..<source.skipping(\.isSentenceTerminator, from: index, upTo: limit)
      let end = source.skipping(\.isClosingPunctuation, from: terminators.upperBound, upTo: limit)
      for closing in terminators.upperBound..<end {
        openBrackets = max(0, openBrackets + bracketChange(source.scalars[closing]))
      }
      if end < limit && source.scalars[end].isWhitespace {
        let next = source.skipping(\.isWhitespace, from: end, upTo: limit)
        // "(fig. 1.1)", "(d. 1621)": a number inside brackets still open goes on with them.
        let isBracketedNumber =
          openBrackets > 0 && source.scalars[next].properties.generalCategory == .decimalNumber
        // "(e.g., Heroes, fr. 324 …)", "(cf. Nicochares, …)", "(ex. Improved …)": the period of
        // a word of one to three small letters inside brackets that close soon after, on no
        // sentence's end, is a scholar's abbreviation. ("(costs may rise. Staff may leave)"
        // and "(he wrote. Later he left.)" hold sentences.)
        let isBracketedAbbreviation =
          openBrackets > 0 && terminators.count == 1 && source.scalars[index] == "."
          && isShortLowercase(
            source.skipping(\.isOpeningPunctuation, from: wordStart, upTo: index)..<index, source)
          && closingSoon(openBrackets, from: end, before: limit, source)
            .map { !source.scalars[$0 - 1].isSentenceTerminator } == true
        if !isBracketedNumber && !isBracketedAbbreviation
          && endsSentence(word: wordStart..<index, terminators: terminators, next: next, source)
        {
          sentences.append(sentenceStart..<end)
          sentenceStart = next
          // Brackets that close soon after stay open in the next sentence ("(e.g., Aristoph. |
          // Heroes, fr. 324 …)"); others are forgotten.
          if closingSoon(openBrackets, from: next, before: limit, source) == nil {
            openBrackets = 0
          }
        } else if abbreviation(wordStart..<index, of: source) == nil,
          let close = trailingReference(at: next, before: limit, source)
        {
          // "… and sparkles. (fig. 7) Gold mounted jewels were …": the reference ends the
          // sentence it follows.
          let after = source.skipping(\.isWhitespace, from: close + 1, upTo: limit)
          sentences.append(sentenceStart..<(close + 1))
          sentenceStart = after
          openBrackets = 0
          wordStart = after
          index = after
          continue
        }
      }
      index = end
    }
    sentences.append(sentenceStart..<paragraph.upperBound)
    return sentences
  }

  /// The closing bracket of a short reference in brackets that opens at `index` after a
  /// sentence's end, when white space and a sentence opener follow it: "(fig. 7)" of
  /// "sparkles. (fig. 7) Gold …".
  private static func trailingReference(at index: Int, before limit: Int, _ source: ScalarText)
    -> Int?
  {
    guard index < limit, source.scalars[index] == "(" else { return nil }
    let reach = min(limit, index + maxReferenceLength)
    guard let close = (index + 1..<reach).first(where: { source.scalars[$0] == ")" }),
      !(index + 1..<close).contains(where: { "()".unicodeScalars.contains(source.scalars[$0]) }),
      (index + 1..<close).contains(where: {
        source.scalars[$0].properties.generalCategory == .decimalNumber
      }),
      close + 1 < limit, source.scalars[close + 1].isWhitespace
    else { return nil }
    let next = source.skipping(\.isWhitespace, from: close + 1, upTo: limit)
    return next < limit && source.opensSentence(at: next) ? close : nil
  }

  /// Whether `word` is one to three small letters: "fr", "cf", "ex".
  private static func isShortLowercase(_ word: Range<Int>, _ source: ScalarText) -> Bool {
    (1...3).contains(word.count)
      && word.allSatisfy { source.scalars[$0].properties.isLowercase }
  }

  /// Where the `open` brackets still open at `start` close, if they do soon after it (within
  /// ``maxBracketedReach``) and before `limit`.
  private static func closingSoon(
    _ open: Int, from start: Int, before limit: Int, _ source: ScalarText
  ) -> Int? {
    var depth = open
    for index in start..<max(start, min(limit, start + maxBracketedReach)) {
      depth += bracketChange(source.scalars[index])
      if depth <= 0 { return index }
    }
    return nil
  }

  /// How far after an abbreviation's period the brackets around it must close for it to be one:
  /// "(e.g., Aristoph. Heroes, fr. 324 and Ameipsias, Konnos, fr. 10)".
  private static let maxBracketedReach = 120

  /// The most scalars a reference in brackets after a sentence's end may have: "(fig. 7)",
  /// "(see cat. no. 3)".
  private static let maxReferenceLength = 20

  /// What `scalar` does to the count of open brackets: `(` and `[` open one, `)` and `]` close one.
  private static func bracketChange(_ scalar: Unicode.Scalar) -> Int {
    switch scalar {
    case "(", "[": 1
    case ")", "]": -1
    default: 0
    }
  }

  /// Whether the sentence ends at `terminators`, which close `word` and are followed, past white
  /// space, by the text at `next`.
  private static func endsSentence(
    word: Range<Int>, terminators: Range<Int>, next: Int, _ source: ScalarText
  ) -> Bool {
    let isSinglePeriod = terminators.count == 1 && source.scalars[terminators.lowerBound] == "."
    guard isSinglePeriod, let abbreviation = abbreviation(word, of: source) else {
      return source.opensSentence(at: next)
    }
    switch abbreviation {
    case .neverFinal:
      return false
    case .finalBeforeOpener:
      return startsWithSentenceOpener(at: next, of: source)
    case .beforeNumber:
      let isBeforeDigit = source.scalars[next].properties.generalCategory == .decimalNumber
      return !isBeforeDigit && source.opensSentence(at: next)
    case .citation:
      let isBeforeBracketedNumber =
        source.scalars[next] == "(" && next + 1 < source.scalars.count
        && source.scalars[next + 1].properties.generalCategory == .decimalNumber
      return !isBeforeBracketedNumber && source.opensSentence(at: next)
    }
  }

  /// The kind of abbreviation `word` is (past any opening quotes or brackets), if it is one.
  private static func abbreviation(_ word: Range<Int>, of source: ScalarText) -> Abbreviation? {
    let start = source.skipping(
      \.isOpeningPunctuation, from: word.lowerBound, upTo: word.upperBound)
    guard start < word.upperBound, word.upperBound - start <= maxAbbreviationLength else {
      return nil
    }
    let text = source.string(start..<word.upperBound)
    // "Lenz v. Universal": a case's "v.", written in lower case (a capital "V." is an initial).
    if text == "v" {
      return .neverFinal
    }
    // "Davis et al.": a lower-case "al" after "et" (a capital "Al." is a name).
    if text == "al", start >= 3, source.scalars[start - 1].properties.isWhitespace,
      source.string((start - 3)..<(start - 1)).lowercased() == "et"
    {
      return .citation
    }
    if let known = knownAbbreviations[text.lowercased()] {
      return known
    }
    return Abbreviations.isInitial(text) || Abbreviations.isDotted(text) ? .finalBeforeOpener : nil
  }

  /// Whether the text at `index`, past any opening quotes or brackets, is a common sentence
  /// opener as a whole word (not `All-Star`, nor an initial like `A.`).
  private static func startsWithSentenceOpener(at index: Int, of source: ScalarText) -> Bool {
    let limit = source.scalars.count
    let start = source.skipping(\.isOpeningPunctuation, from: index, upTo: limit)
    let end = source.skipping(\.properties.isAlphabetic, from: start, upTo: limit)
    guard start < end else { return false }
    if end < limit && (source.scalars[end] == "-" || source.scalars[end] == ".") {
      return false
    }
    return WordLists.sentenceOpeners.contains(source.string(start..<end))
  }

  // MARK: - Headings

  /// The fewest heading-like lines in a row that make a list.
  private static let shortestListRun = 3
  /// The most words a heading without final punctuation may have.
  private static let maxHeadingWords = 10
  /// The most words a heading ending with a question mark may have.
  private static let maxQuestionHeadingWords = 8

  /// Whether a trimmed paragraph that is a single sentence reads as a heading.
  private static func isHeading(_ paragraph: Range<Int>, of source: ScalarText) -> Bool {
    // "climate change researchers", an item after a described one: a heading starts with a
    // capital or a number.
    if source.startsInLowerCase(paragraph) { return false }
    let words = source.wordCount(in: paragraph)
    if source.scalars[paragraph.upperBound - 1] == "?" {
      let startsWithQuote = source.scalars[paragraph.lowerBound].isOpeningPunctuation
      return words <= maxQuestionHeadingWords && !startsWithQuote
    }
    return words <= maxHeadingWords && !endsWithPunctuation(paragraph, of: source)
      && !isStatement(paragraph, of: source)
  }

  /// Whether a trimmed paragraph ends with `.`, `!`, `?`, `…`, `:`, `;` or `,`, behind any
  /// closing quotes or brackets.
  private static func endsWithPunctuation(_ paragraph: Range<Int>, of source: ScalarText) -> Bool {
    let lastBeforeClosers = paragraph.last { !source.scalars[$0].isClosingPunctuation }
    return lastBeforeClosers.map { source.scalars[$0].isFinalPunctuation } == true
  }

  /// Whether a trimmed paragraph ends with a sentence's own final punctuation, behind any
  /// closing quotes or brackets: not with a word ("Food and Agriculture Organization") nor with
  /// an abbreviation's period ("Automattic Inc.").
  private static func endsWithFullStop(_ paragraph: Range<Int>, of source: ScalarText) -> Bool {
    guard let last = paragraph.last(where: { !source.scalars[$0].isClosingPunctuation }),
      source.scalars[last].isFinalPunctuation
    else { return false }
    guard source.scalars[last] == ".",
      last == paragraph.lowerBound || source.scalars[last - 1] != "."
    else { return true }
    let wordStart =
      (paragraph.lowerBound..<last).last { source.scalars[$0].isWhitespace }
      .map { $0 + 1 } ?? paragraph.lowerBound
    return abbreviation(wordStart..<last, of: source) == nil
  }

  /// The fewest words of a line without a full stop that makes a statement.
  private static let minStatementWords = 6

  /// Whether a line without a full stop says something as a sentence does, with a verb after
  /// its subject: an item of a list of results ("Alyssa Tong will become the new Events
  /// Officer (uncontested)"), not a title ("Why We Wrote This") or a name and a role ("Tim
  /// Jacomb - Release Officer").
  private static func isStatement(_ paragraph: Range<Int>, of source: ScalarText) -> Bool {
    let words = source.string(paragraph).split(whereSeparator: \.isWhitespace).map(String.init)
    guard words.count >= minStatementWords,
      let verb = words.dropFirst().firstIndex(where: { statementVerbs.contains($0) })
    else { return false }
    // The words after the verb are in lower case, as in a sentence, not a title's capitals.
    let lower = words[(verb + 1)...].count { word in
      word.first?.isLowercase == true && !WordLists.stopWords.contains(word)
    }
    return lower >= 1
  }

  /// Auxiliaries that make a line a statement: "will become", "was elected".
  private static let statementVerbs: Set<String> = [
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
  ]
}

/// A text as Unicode scalars, each with its UTF-8 offset, so that ranges of scalars are cheap to
/// scan and to turn into byte ranges.
private struct ScalarText {
  /// The text's UTF-8 bytes.
  let bytes: [UInt8]
  /// The text's Unicode scalars.
  let scalars: [Unicode.Scalar]
  /// `offsets[i]` is the UTF-8 offset of `scalars[i]`; the last element is the text's length.
  let offsets: [Int]

  init(_ text: String) {
    bytes = Array(text.utf8)
    scalars = Array(text.unicodeScalars)
    var offsets = [0]
    offsets.reserveCapacity(scalars.count + 1)
    for scalar in scalars {
      offsets.append(offsets[offsets.count - 1] + UTF8.width(scalar))
    }
    self.offsets = offsets
  }

  /// The paragraphs: lines that are not blank, trimmed of white space, with hard-wrapped lines
  /// joined to the next line of the same paragraph.
  ///
  /// A line is wrapped when the next line follows with no blank line between and starts in
  /// lower case, or, in a hard-wrapped document, when the line runs on without final
  /// punctuation for six words or more (a heading is shorter). A document is hard-wrapped when
  /// its lines are at most 100 characters and at least three of them run on that way. No line
  /// after one ending with ":" is wrapped, up to the next blank line: each is an item.
  func paragraphs() -> [Range<Int>] {
    var lines: [(range: Range<Int>, followsBlank: Bool)] = []
    var lineStart = 0
    var blankBefore = false
    func add(_ range: Range<Int>) {
      if let line = trimmed(range) {
        lines.append((line, blankBefore))
        blankBefore = false
      } else {
        blankBefore = true
      }
    }
    for index in scalars.indices where scalars[index].isLineBreak {
      // "\r\n" is one break: the empty range between them is not a blank line.
      if index > 0, scalars[index] == "\n", scalars[index - 1] == "\r", lineStart == index {
        lineStart = index + 1
        continue
      }
      add(lineStart..<index)
      lineStart = index + 1
    }
    add(lineStart..<scalars.count)
    let runOns = lines.indices.dropLast().count { index in
      !lines[index + 1].followsBlank && runsOn(lines[index].range)
    }
    let hardWrapped = runOns >= 3 && lines.allSatisfy { $0.range.count <= 100 }
    var paragraphs: [Range<Int>] = []
    // Whether the lines since the last blank one follow a line ending with ":": "The system
    // can be used by:" / "emergency services" / "Emergency management agencies use …" /
    // "climate change researchers" lists one item a line, in lower case or not. Not in a
    // hard-wrapped document, whose lines break anywhere.
    var listing = false
    for (index, line) in lines.enumerated() {
      // A blank line after the line ending with ":" still leads to its items ("… if they:",
      // a blank line, "are uninsured for less than 3 months of the year", …).
      if hardWrapped
        || (line.followsBlank
          && !(index > 0 && scalars[lines[index - 1].range.upperBound - 1] == ":"))
      {
        listing = false
      }
      if index > 0, !line.followsBlank, !listing, let previous = paragraphs.last,
        startsInLowerCase(line.range) || endsMidPhrase(lines[index - 1].range)
          || (hardWrapped && runsOn(lines[index - 1].range))
      {
        paragraphs[paragraphs.count - 1] = previous.lowerBound..<line.range.upperBound
      } else {
        paragraphs.append(line.range)
      }
      if !hardWrapped, scalars[line.range.upperBound - 1] == ":" { listing = true }
    }
    return paragraphs
  }

  /// Whether the line starts with a lower-case letter, past opening quotes.
  /// A word written in camel case ("pyOpenSci", "iPhone") is a name, as if capitalized.
  func startsInLowerCase(_ line: Range<Int>) -> Bool {
    let start = skipping(\.isOpeningPunctuation, from: line.lowerBound, upTo: line.upperBound)
    guard start < line.upperBound, scalars[start].properties.generalCategory == .lowercaseLetter
    else { return false }
    let end = skipping({ !$0.properties.isWhitespace }, from: start, upTo: line.upperBound)
    return !scalars[start..<end].contains { $0.properties.generalCategory == .uppercaseLetter }
  }

  /// Whether every word of four letters or more in `line` starts with a capital, and there is
  /// at least one: "Ideas for the Origin of the Moon", not "Publicly available information".
  func isTitleCased(_ line: Range<Int>) -> Bool {
    let words = string(line).split(whereSeparator: \.isWhitespace).filter { $0.count >= 4 }
    return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// Whether the line ends on a word that cannot end a sentence: "Work starts in".
  private func endsMidPhrase(_ line: Range<Int>) -> Bool {
    let start =
      (line.lowerBound..<line.upperBound).last { scalars[$0].isWhitespace }
      .map { $0 + 1 } ?? line.lowerBound
    return WordLists.phraseContinuations.contains(string(start..<line.upperBound).lowercased())
  }

  /// Whether the line has six words or more and no final punctuation.
  private func runsOn(_ line: Range<Int>) -> Bool {
    let last = line.last { !scalars[$0].isClosingPunctuation } ?? line.upperBound - 1
    let ended = scalars[last].isSentenceTerminator || scalars[last] == ":"
    return !ended && wordCount(in: line) >= 6
  }

  /// `range` without white space at either end, or `nil` if it is all white space.
  func trimmed(_ range: Range<Int>) -> Range<Int>? {
    guard let first = range.first(where: { !scalars[$0].isWhitespace }),
      let last = range.last(where: { !scalars[$0].isWhitespace })
    else { return nil }
    return first..<(last + 1)
  }

  /// The first index from `start` on (at most `limit`) whose scalar does not match `predicate`.
  func skipping(_ predicate: (Unicode.Scalar) -> Bool, from start: Int, upTo limit: Int) -> Int {
    var index = start
    while index < limit && predicate(scalars[index]) {
      index += 1
    }
    return index
  }

  /// Whether the text at `index`, past any opening quotes or brackets, can start a sentence: a
  /// capital letter, a digit, or a letter of a script without case.
  func opensSentence(at index: Int) -> Bool {
    let start = skipping(\.isOpeningPunctuation, from: index, upTo: scalars.count)
    guard start < scalars.count else { return false }
    switch scalars[start].properties.generalCategory {
    case .uppercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// The number of white-space-separated words in `range`.
  func wordCount(in range: Range<Int>) -> Int {
    range.count { index in
      !scalars[index].isWhitespace && (index == range.lowerBound || scalars[index - 1].isWhitespace)
    }
  }

  /// The scalars of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }

  /// The segment of the given kind covering the scalars of `range`.
  func segment(_ kind: TextSegment.Kind, _ range: Range<Int>) -> TextSegment {
    let utf8Range = offsets[range.lowerBound]..<offsets[range.upperBound]
    let text = String(decoding: bytes[utf8Range], as: UTF8.self)
    return TextSegment(kind: kind, utf8Range: utf8Range, text: text)
  }
}

extension Unicode.Scalar {
  fileprivate var isWhitespace: Bool { properties.isWhitespace }

  /// Line breaks end a paragraph.
  fileprivate var isLineBreak: Bool {
    switch self {
    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
    default: false
    }
  }

  /// Punctuation that can end a sentence: `.`, `!`, `?` and `…`.
  fileprivate var isSentenceTerminator: Bool {
    self == "." || self == "!" || self == "?" || self == "…"
  }

  /// Punctuation after which a line is not a heading.
  fileprivate var isFinalPunctuation: Bool {
    isSentenceTerminator || self == ":" || self == ";" || self == ","
  }

  /// Quotes and brackets that may close a sentence after its final punctuation.
  fileprivate var isClosingPunctuation: Bool {
    switch self {
    case "”", "\"", "’", "'", ")", "]": true
    default: false
    }
  }

  /// Quotes and brackets that may open a sentence before its first word.
  fileprivate var isOpeningPunctuation: Bool {
    switch self {
    case "“", "\"", "‘", "'", "(", "[": true
    default: false
    }
  }
}
