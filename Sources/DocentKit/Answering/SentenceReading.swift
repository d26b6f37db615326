/// A sentence read word by word for the phrase a question asks for: its words with their stems,
/// where the question's words stand in it, and finders for times, numbers, places and names.
struct SentenceReading {
  /// One word of the sentence.
  struct Word {
    /// The word as written, with its place in the sentence.
    let token: TextToken
    /// Lower case, folded.
    let folded: String
    /// The stem as the stemmer gives it, and the canonical stem.
    let plainStem: String
    let stem: String
  }

  /// A run of words, by position: `start..<end`.
  typealias Span = Range<Int>

  let sentence: Sentence
  let words: [Word]
  /// The positions of the words the question also uses (or has another word for).
  let anchors: [Int]
  /// The canonical stems of the question, and of the names it uses.
  private let questionStems: Set<String>
  private let questionNames: Set<String>
  /// The surname of each person the question names by more than it: "robinson" of "Julia
  /// Robinson".
  private let fullySurnamed: Set<String>
  /// The question's stems and every other word for them.
  private let questionWords: Set<String>
  /// The nouns of the quality the question measures: "height" of "How tall …?".
  private let measureNouns: Set<String>

  init(_ sentence: Sentence, lexicon: Lexicon, question: ClauseQuestion) {
    self.sentence = sentence
    let words = Tokenizer.tokens(of: sentence.text, .question).filter(\.isWord).map { token in
      let folded = Folding.words(String(token.bare))
      let plain = Stemmer.stem(folded)
      return Word(token: token, folded: folded, plainStem: plain, stem: lexicon.canonical(plain))
    }
    let wanted = question.stems.union(question.allAlternatives)
    self.words = words
    anchors = words.indices.filter { wanted.contains(words[$0].stem) }
    questionStems = question.stems
    questionWords = wanted
    questionNames = question.nameStems
    measureNouns = question.measureNouns
    fullySurnamed = Set(
      zip(question.names, question.surnames).compactMap { name, surname in
        name.count > 1 ? surname : nil
      })
  }

  /// Whether `span` names someone else who shares a surname with a person the question names
  /// in full: "Raphael Robinson" when the question asks about Julia Robinson.
  func namesNamesake(_ span: Span) -> Bool {
    guard span.count > 1, let surname = words[span].last?.stem, fullySurnamed.contains(surname),
      Entity.looksLikePersonName(text(of: span))
    else { return false }
    // A title ("Dr. Robinson", "Mrs. Robinson") may be the one asked about.
    return words[span].dropLast().allSatisfy {
      !questionStems.contains($0.stem) && !Self.isNameTitle($0.folded)
    }
  }

  /// Whether a word is a title before a name: "Dr.", "Mrs", "Sir".
  static func isNameTitle(_ folded: String) -> Bool {
    Abbreviations.nameTitles.contains(folded.filter(\.isLetter))
      || WordLists.honorifics.contains(folded) || ["miss", "professor", "doctor"].contains(folded)
  }

  /// The words of `span` as the sentence writes them, punctuation between them included.
  func text(of span: Span) -> String {
    let first = words[span.lowerBound].token.text
    // "scikit-learn": a word of letters the span ends inside of is taken whole.
    var lastPosition = span.upperBound - 1
    while lastPosition + 1 < words.count,
      case let (this, next) = (words[lastPosition].token.text, words[lastPosition + 1].token.text),
      sentence.text[this.endIndex..<next.startIndex] == "-",
      this.last?.isLetter == true, next.first?.isLetter == true
    {
      lastPosition += 1
    }
    let last = words[lastPosition].token.text
    var start = first.startIndex
    // "$20.8 billion": a currency sign is the amount's.
    if hasCurrencySign(before: span.lowerBound) { start = sentence.text.index(before: start) }
    var text = String(sentence.text[start..<last.endIndex])
    // A closing bracket or quote belongs with its opening one.
    while let end = text.last, ")]”\"".contains(end) { text.removeLast() }
    // An opening bracket whose words the span holds keeps its closing one: "Not a Number (NaN)".
    if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count,
      sentence.text[last.endIndex...].first == ")"
    {
      text.append(")")
    }
    // "30–50%": the sign of a share is the number's.
    if sentence.text[last.endIndex...].first == "%", last.last?.isNumber == true {
      text.append("%")
    }
    return text
  }

  /// Whether `span` says by how much one thing exceeds another: "by as much as 10 meters",
  /// "1,000 times more powerful", "30–50% faster".
  func compares(_ span: Span) -> Bool {
    if words[max(0, span.lowerBound - 3)..<span.lowerBound].contains(where: { $0.folded == "by" }) {
      return true
    }
    guard span.upperBound < words.count else { return false }
    let next = words[span.upperBound].folded
    return ClauseQuestion.isComparative(next)
  }

  /// `span` with the comparing words right after it: "100x faster", "1,000 times more
  /// powerful".
  func withComparison(_ span: Span) -> Span {
    guard span.upperBound < words.count else { return span }
    let next = words[span.upperBound].folded
    if ["more", "less", "fewer"].contains(next) {
      return span.lowerBound..<min(words.count, span.upperBound + 2)
    }
    return ClauseQuestion.isComparative(next) ? span.lowerBound..<(span.upperBound + 1) : span
  }

  /// Whether a "%" follows the word at `position`: "50%".
  private func isShare(_ position: Int) -> Bool {
    sentence.text[words[position].token.text.endIndex...].first == "%"
  }

  /// Where the words of `span` stand in the sentence, as UTF-8 offsets.
  func utf8Range(of span: Span) -> Range<Int> {
    let text = sentence.text.utf8
    let start = text.distance(
      from: text.startIndex, to: words[span.lowerBound].token.text.startIndex)
    let end = text.distance(
      from: text.startIndex, to: words[span.upperBound - 1].token.text.endIndex)
    return start..<end
  }

  /// Whether the words of `span` stand inside `range`, UTF-8 offsets into the sentence.
  func span(_ span: Span, isInside range: Range<Int>) -> Bool {
    let own = utf8Range(of: span)
    return range.lowerBound <= own.lowerBound && own.upperBound <= range.upperBound
  }

  /// `text(of:)` with a capital first letter and a full stop, as an answer.
  func sentenceCase(_ span: Span) -> String {
    var said = text(of: span).capitalizingFirstLetter()
    // A quote the span opens and the sentence closes after it is closed: "As “constructive”."
    if said.count(where: { $0 == "“" }) > said.count(where: { $0 == "”" }) { said += "”" }
    if said.count(where: { $0 == "\"" }) % 2 == 1 { said += "\"" }
    // "4 p.m." ends with its own full stop.
    return said.hasSuffix(".") ? said : said + "."
  }

  /// `span` with the spans of `spans` joined to it by "and", "or" or a comma: "England and
  /// Scotland" of "tours of England and Scotland", for a question whose answer is either.
  func coordinated(_ span: Span, among spans: [Span]) -> Span {
    let text = sentence.text
    let joins = { (left: Span, right: Span) -> Bool in
      guard left.upperBound <= right.lowerBound, left.upperBound > 0,
        right.lowerBound < words.count
      else { return false }
      let between = text[
        words[left.upperBound - 1].token.text
          .endIndex..<words[right.lowerBound].token.text
          .startIndex
      ].trimmingCharacters(in: .whitespaces)
      return Self.joiners.contains(between)
    }
    var result = span
    while let next = spans.first(where: { joins(result, $0) }) {
      result = result.lowerBound..<next.upperBound
    }
    while let previous = spans.first(where: { joins($0, result) }) {
      result = previous.lowerBound..<result.upperBound
    }
    return result
  }

  /// What joins names into one list.
  private static let joiners: Set<String> = [",", "and", "or", ", and", ", or"]

  /// The span nearest the question's words, with the first in the sentence on a tie; spans
  /// that are all question words are no answer.
  func nearest(_ spans: [Span]) -> Span? {
    // "the Moon" is no answer to a question about the lunar orbit.
    let fresh = spans.filter { span in
      span.contains { !questionWords.contains(words[$0].stem) }
    }
    guard !anchors.isEmpty else { return fresh.first }
    // As near one word of the question as another is to another, the one a word's preposition
    // takes wins: "departing at 5:00pm", not "standup around 9:30am and departing".
    let ranked = fresh.map { span in
      let nearest = distance(span)
      return (span, nearest, isTaken(span, within: nearest) ? 0 : 1)
    }
    return ranked.min { ($0.1, $0.2) < ($1.1, $1.2) }?.0
  }

  /// Whether the number `span` gives the measure of a word of the question beside it: "the
  /// budget of $7000", "the bridge is 300 metres long", "a $40 ticket"; not "the museum
  /// raised $2.5 million", nor "a warehouse 30 miles away", which says how far.
  func measures(_ span: Span) -> Bool {
    if span.upperBound < words.count, Self.distanceWords.contains(words[span.upperBound].folded) {
      return false
    }
    return anchors.contains { anchor in
      guard anchor < span.lowerBound else { return anchor == span.upperBound }
      // "the pyramid's height is about 139 m": the quality measured may come between.
      let between = words[(anchor + 1)..<span.lowerBound].filter {
        !measureNouns.contains($0.folded)
      }
      return between.count <= Self.measureReach
        && between.allSatisfy { Self.measureLinks.contains($0.folded) }
    }
  }

  /// Words after a measure that make it a distance from something: "30 miles away".
  private static let distanceWords: Set<String> = ["away", "off", "apart", "from", "distant"]

  /// The words that may stand between a thing and its measure: "of", a form of "be", a verb of
  /// price, and the words that lead a number ("about", "up to").
  private static let measureLinks = ClauseExtractor.beForms.union(numberLeads).union([
    "of", "cost", "costs", "priced",
  ])

  /// The most such words between a thing and its measure: "is only about 300 metres".
  private static let measureReach = 3

  /// Whether a word of the question's names is an item of a list of names, away from the
  /// amount `span`: "Raised $91,715.00 in support from The Reva & David Logan Foundation,
  /// Thiel Capital, and individual supporters" says what all of them gave, not Thiel Capital.
  func namesListed(awayFrom span: Span) -> Bool {
    words.indices.contains { position in
      questionNames.contains(words[position].stem) && isListed(position)
        && (position + Self.ownAmountReach < span.lowerBound
          || position >= span.upperBound + Self.ownAmountReach)
    }
  }

  /// How many words from a name its own amount stands: "Dashbit ($5000)".
  private static let ownAmountReach = 2

  /// Whether the capitalised words around `position` are joined to another name by a comma,
  /// "and" or "or" (`joiners`, as `coordinated(_:among:)` joins names): "Logan, Thiel and
  /// Oban"; not "Oban, a Danish consultancy, …".
  private func isListed(_ position: Int) -> Bool {
    let capitalised = { (at: Int) in words.indices.contains(at) && words[at].token.isCapitalized }
    let joins = { (at: Int) in words.indices.contains(at) && Self.joiners.contains(words[at].folded)
    }
    var start = position
    var end = position + 1
    while capitalised(start - 1), separator(after: start - 1).isEmpty { start -= 1 }
    while capitalised(end), separator(after: end - 1).isEmpty { end += 1 }
    let after = end < words.count ? separator(after: end - 1) : ""
    let before = start > 0 ? separator(after: start - 1) : ""
    return (after == "," && (capitalised(end) || joins(end)))
      || (after.isEmpty && joins(end) && capitalised(end + 1))
      || (before == "," && capitalised(start - 1))
      || (before.isEmpty && joins(start - 1)
        && (capitalised(start - 2) || (start >= 2 && separator(after: start - 2) == ",")))
  }

  /// Whether `span`, `nearest` words from the question's nearest word, is what a preposition
  /// right after that word takes: "departing at 5:00pm".
  private func isTaken(_ span: Span, within nearest: Int) -> Bool {
    nearest == 2
      && anchors.contains { anchor in
        anchor + 2 == span.lowerBound && WordLists.prepositions.contains(words[anchor + 1].folded)
      }
  }

  private func distance(_ span: Span) -> Int {
    anchors.map { anchor in
      anchor < span.lowerBound
        ? span.lowerBound - anchor : anchor >= span.upperBound ? anchor - span.upperBound + 1 : 0
    }.min() ?? 0
  }

  // MARK: Times

  /// What a verb of judging or describing holds something to be: "as a business, not a hobby"
  /// of "Blogging is regarded as a business, not a hobby.", up to the end of its clause.
  func regardedAsSpans() -> [Span] {
    words.indices.dropLast().compactMap { position in
      guard EvidenceAnswerer.regardingVerbs.contains(words[position].folded),
        words[position + 1].folded == "as", position + 2 < words.count
      else { return nil }
      var end = position + 2
      while end < words.count {
        let mark = separator(after: end)
        end += 1
        // So does a closing quote: "described as “constructive,” Hamas is …", or a straight
        // one with its comma.
        if mark.contains(where: { ".;:—–(”".contains($0) })
          || (mark.contains("\"") && mark.contains(","))
        {
          break
        }
      }
      return (position + 1)..<end
    }
  }

  /// Dates and times: "27 February 2014", "April 8, 1964", "in 2009", "Tuesday", "5:47 a.m.".
  func timeSpans() -> [Span] {
    var spans: [Span] = []
    var position = 0
    while position < words.count {
      guard isTimeStart(position) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < words.count, isTimePart(end) { end += 1 }
      // "the end of 2018", "the spring of 1998": the part of the year is the time said.
      var start =
        WordLists.partOfAPeriodBefore(position) {
          words.indices.contains($0) ? words[$0].folded : nil
        }
        ? position - 3 : position
      // "shortly after 10pm", "just before midnight": how near the time it was is part of it.
      if start >= 2, ["after", "before"].contains(words[start - 1].folded),
        Self.nearnessWords.contains(words[start - 2].folded)
      {
        start -= 2
      }
      // "seven in the morning", "two at night": an hour in words with the part of the day.
      end += partOfDay(after: end - 1)
      if !startsOther(start) { spans.append(start..<end) }
      position = end
    }
    // "more than 22,000 years ago", "a decade ago": a length of time back from now.
    let lengths =
      numberSpans(units: WordLists.timeUnits, times: spans)
      + words.indices.dropLast().filter {
        ["a", "an"].contains(words[$0].folded)
          && WordLists.timeUnits.contains(words[$0 + 1].folded)
      }.map { $0..<($0 + 2) }
    for length in lengths
    where length.upperBound < words.count && words[length.upperBound].folded == "ago"
      && !spans.contains(where: { $0.overlaps(length) })
    {
      spans.append(length.lowerBound..<(length.upperBound + 1))
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Whether `span` is a year in brackets right after a name, after "d." or "b.": "(d. 1621)"
  /// of a person's death. Not "(1545–1563)", which may be the years of a council or an empire.
  func isLifeDate(_ span: Span) -> Bool {
    let name = span.lowerBound - 2
    return name >= 0 && words[name].token.isCapitalized
      && markedLifeYear(after: name)?.year == span.lowerBound
  }

  /// The year that "(d. …)" or "(b. …)" right after the word at `position` gives, and whether
  /// it is a birth.
  private func markedLifeYear(after position: Int) -> (year: Int, birth: Bool)? {
    let mark = position + 1
    guard separator(after: position).hasSuffix("("), words.indices.contains(mark),
      ["d", "b"].contains(words[mark].folded), isYear(mark + 1)
    else { return nil }
    return (mark + 1, words[mark].folded == "b")
  }

  /// The year the sentence gives in brackets after the name of `stems` for its birth
  /// (`birth`) or death: "(d. 1621)" a death, "(b. 1950)" a birth, "(1834–1903)" both.
  func lifeYear(
    of stems: Set<String>, birth: Bool, namingTheSame sameOne: (String) -> Bool
  ) -> Span? {
    // The whole name: not "Sir Piers Dunmore (d. 1621)" for "Anna Dunmore". A longer name
    // that holds it ("Florence Rena Sabin" for "Florence Sabin") only where `sameOne` says it
    // names the same one: "John Quincy Adams" is not his father John Adams.
    for position in words.indices.dropLast()
    where separator(after: position).hasSuffix("(")
      && (nameStart(endingAt: position, of: stems) != nil
        || fullName(endingAt: position, holding: stems).map { sameOne(text(of: $0)) } == true)
    {
      if let marked = markedLifeYear(after: position) {
        guard marked.birth == birth else { continue }
        return marked.year..<(marked.year + 1)
      }
      let first = position + 1
      guard isYear(first), isYear(first + 1), ["–", "-", "—"].contains(separator(after: first))
      else {
        continue
      }
      return birth ? first..<(first + 1) : (first + 1)..<(first + 2)
    }
    return nil
  }

  /// Whether the time at `position` is when something else starts ("signed an agreement for
  /// GBIF to serve as the host starting on 1 January 2024"), said after "starting" or
  /// "beginning", in a sentence read for a question that asks of no start.
  private func startsOther(_ position: Int) -> Bool {
    var before = position - 1
    if before >= 0, ["on", "in", "from", "at"].contains(words[before].folded) { before -= 1 }
    return before >= 0 && WordLists.startingWords.contains(words[before].folded)
      && questionWords.isDisjoint(with: WordLists.startStems)
  }

  /// Whether the span tells the time of day: "7:15 am", "at 11:00".
  func holdsClock(_ span: Span) -> Bool { span.contains(where: isClock) }

  private func isTimeStart(_ position: Int) -> Bool {
    let word = words[position].folded
    if WordLists.months.contains(word) {
      // "may" is a month only with a number beside it.
      return word != "may" || isDayOrYear(position + 1) || isDayOrYear(position - 1)
    }
    // "Nov. 16, 2009", "Jan. 17": a month written short, its period read apart.
    if isShortMonth(position) { return true }
    if isEra(position), isYear(position + 1) { return true }
    if WordLists.weekdays.contains(word) || (isYear(position) && !isInName(position))
      || isDecade(position)
      || isClock(position) || isCentury(position)
      || (Self.timeAdverbs.contains(word) && !opensAsSoonAs(position - 1))
      || Self.timesOfDay.contains(word)
    {
      return true
    }
    // "the mid 1990s", "early 2000", "the late nineteenth century"
    if Self.periodParts.contains(word),
      isYear(position + 1) || isDecade(position + 1) || isCentury(position + 1)
    {
      return true
    }
    // "27 February", "18th of September"
    return isDay(position)
      && (isMonth(position + 1) || (isWord(position + 1, "of") && isMonth(position + 2)))
  }

  private func isMonth(_ position: Int) -> Bool {
    words.indices.contains(position) && WordLists.months.contains(words[position].folded)
  }

  private func isWord(_ position: Int, _ word: String) -> Bool {
    words.indices.contains(position) && words[position].folded == word
  }

  /// Whether the word at `position` is a month written short with a day or year after it.
  private func isShortMonth(_ position: Int) -> Bool {
    let word = words[position].folded
    return words[position].token.isCapitalized
      && (Abbreviations.months.contains(word) || Abbreviations.segmenterOnlyMonths.contains(word))
      && isDayOrYear(position + 1)
  }

  private func isTimePart(_ position: Int) -> Bool {
    let word = words[position].folded
    if isCentury(position)
      || (["century", "centuries"].contains(word) && position > 0 && isCentury(position - 1))
      || (word == "after" && position > 0 && words[position - 1].folded == "soon")
    {
      return true
    }
    // "April the 15th", "18th of September".
    if (word == "the" && isMonth(position - 1) && isDay(position + 1))
      || (word == "of" && isDay(position - 1) && isMonth(position + 1))
    {
      return true
    }
    return WordLists.months.contains(word) || WordLists.weekdays.contains(word)
      || isShortMonth(position) || (isEra(position) && isYear(position - 1))
      || isDayOrYear(position) || isDecade(position) || isClock(position)
      || Self.clockWords.contains(word)
  }

  /// Whether the word at `position` numbers a century: "nineteenth" of "the nineteenth
  /// century", "19th", "twenty-first".
  private func isCentury(_ position: Int) -> Bool {
    guard words.indices.contains(position + 1),
      ["century", "centuries"].contains(words[position + 1].folded)
    else { return false }
    let word = words[position].folded
    let last = word.split(separator: "-").last.map(String.init) ?? word
    return NumberWords.isOrdinal(last) || last == "first"
  }

  /// Words that say how near a time "after" or "before" it was: "shortly after 10pm".
  private static let nearnessWords: Set<String> = [
    "shortly", "just", "soon", "right", "immediately",
  ]

  /// Whether "as soon as" opens at `position`: its "soon" is no time of its own, the clause it
  /// opens is ("as soon as coal production achieves paying quantities").
  private func opensAsSoonAs(_ position: Int) -> Bool {
    position >= 0 && position + 2 < words.count && words[position].folded == "as"
      && words[position + 1].folded == "soon" && words[position + 2].folded == "as"
  }

  /// Nouns that name a time of day: "at noon", "by midnight".
  private static let timesOfDay: Set<String> = ["noon", "midnight", "midday"]

  /// Adverbs that say when: "begin migration … immediately".
  private static let timeAdverbs: Set<String> = [
    "immediately", "soon", "today", "tomorrow", "yesterday", "tonight",
  ]

  /// Words before a year or a decade that narrow it: "the mid 1990s".
  private static let periodParts: Set<String> = ["early", "mid", "late"]

  /// A decade: "1990s", "mid-1990s".
  private func isDecade(_ position: Int) -> Bool {
    guard words.indices.contains(position) else { return false }
    var word = Substring(words[position].folded)
    for part in Self.periodParts where word.hasPrefix(part + "-") {
      word = word.dropFirst(part.count + 1)
    }
    return word.count == 5 && word.hasSuffix("s") && NumberWords.isYear(String(word.dropLast()))
  }

  private func isYear(_ position: Int) -> Bool {
    guard words.indices.contains(position) else { return false }
    if NumberWords.isYear(words[position].folded) { return true }
    // "55 BC", "AD 43", "the year 785": a year of any number of digits that an era or "the
    // year" marks as one.
    guard let number = Int(words[position].folded), (1...9999).contains(number) else {
      return false
    }
    // "the year 785", not a school's "year 6".
    let namedYear =
      number >= 100 && position > 1 && words[position - 1].folded == "year"
      && words[position - 2].folded == "the"
    return isEra(position + 1) || isEra(position - 1) || namedYear
  }

  /// Whether the word at `position` is an era written in capitals: "BC", "AD", "BCE", "CE".
  /// Not one that goes on to a noun it names a kind of: "300 AD accounts", "12 BC offices".
  private func isEra(_ position: Int) -> Bool {
    guard words.indices.contains(position),
      Self.eras.contains(String(words[position].token.bare))
    else { return false }
    let next = position + 1
    return
      !(words.indices.contains(next) && adjacent(position, next)
      && words[next].token.text.first?.isLowercase == true
      && WordNet.knows(words[next].folded, as: .noun))
  }

  private static let eras: Set<String> = ["BC", "AD", "BCE", "CE"]

  /// Whether the number at `position` is part of a name that goes on past it in the
  /// sentence: "Species 2000" where the sentence also writes "Species 2000 Secretariat". Not
  /// "the NumFOCUS Community Leadership Award 2024", which is a year's award.
  private func isInName(_ position: Int) -> Bool {
    guard position > 1, words[position - 1].token.isCapitalized,
      !isMonthOrWeekday(position - 1)
    else { return false }
    let (name, number) = (words[position - 1].folded, words[position].folded)
    return words.indices.dropFirst().dropLast().contains { at in
      words[at].folded == number && words[at - 1].folded == name
        && words[at + 1].token.isCapitalized && separator(after: at).isEmpty
    }
  }

  private func isDay(_ position: Int) -> Bool {
    words.indices.contains(position) && NumberWords.isDayOfMonth(words[position].folded)
  }

  private func isDayOrYear(_ position: Int) -> Bool { isDay(position) || isYear(position) }

  /// "11:00" as one word, or the hour of it split from its minutes.
  private func isClock(_ position: Int) -> Bool {
    let word = words[position].folded
    if word.contains(":") && word.first?.isNumber == true { return true }
    // "10am", and "4 p.m.": an hour with the half of the day.
    let hour = Self.withoutHalfOfDay(word)
    if hour.count < word.count, Self.hour(hour) != nil { return true }
    if Self.hour(word[...]) != nil, position + 1 < words.count,
      Self.halvesOfDay.contains(words[position + 1].folded)
    {
      return true
    }
    if partOfDay(after: position) > 0 { return true }
    return isClockPart(position, next: position + 1) || isClockPart(position - 1, next: position)
  }

  /// Whether `hour` and `next` are the two halves of a time split at its colon.
  private func isClockPart(_ hour: Int, next: Int) -> Bool {
    // "5:00pm": the minutes may carry the half of the day.
    guard hour >= 0, next < words.count, let value = Int(words[hour].folded), value <= 24,
      case let minutes = Self.withoutHalfOfDay(words[next].folded),
      minutes.count == 2, Int(minutes) != nil
    else { return false }
    let between = sentence.text[
      words[hour].token.text.endIndex..<words[next].token.text.startIndex]
    return between == ":"
  }

  /// The hour `text` gives, with its minutes after a full stop as British writing puts them
  /// ("9.15" of "9.15am"), or nil.
  private static func hour(_ text: Substring) -> Int? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let value = Int(parts[0]), (1...12).contains(value) else {
      return nil
    }
    guard parts.count == 2 else { return value }
    return parts[1].count == 2 && Int(parts[1]).map { $0 < 60 } == true ? value : nil
  }

  /// `word` without a closing "am" or "pm": "00" of "00pm".
  private static func withoutHalfOfDay(_ word: String) -> Substring {
    word.hasSuffix("am") || word.hasSuffix("pm") ? word.dropLast(2) : word[...]
  }

  /// How many words after the hour at `position` say the part of the day ("in the morning",
  /// "at night", "o'clock"): 0 for none, or no hour there.
  private func partOfDay(after position: Int) -> Int {
    guard words.indices.contains(position),
      let hour = Int(words[position].folded) ?? NumberWords.value(words[position].folded),
      (1...12).contains(hour)
    else { return 0 }
    let next = words[(position + 1)...].prefix(3).map(\.folded)
    if next.count == 3, next[0] == "in", next[1] == "the",
      ["morning", "afternoon", "evening"].contains(next[2])
    {
      return 3
    }
    return next.starts(with: ["at", "night"]) ? 2 : next.first == "o'clock" ? 1 : 0
  }

  /// The words for the halves of the day after an hour.
  private static let halvesOfDay: Set<String> = ["a.m", "p.m", "a.m.", "p.m.", "am", "pm"]

  private static let clockWords: Set<String> = [
    "a.m", "p.m", "a.m.", "p.m.", "am", "pm", "edt", "est", "utc", "gmt", "cdt", "cst", "pdt",
    "pst",
  ]

  /// Lengths of time: "22 months", "almost 18 years", and the stretch between two times
  /// ("from January 1998 until December 1998").
  func durationSpans() -> [Span] {
    let times = timeSpans()
    // "in many years" picks some years out of many; it says for how long nothing lasts.
    var spans = numberSpans(units: WordLists.timeUnits, times: times).filter { span in
      !(span.lowerBound > 0 && words[span.lowerBound - 1].folded == "in"
        && WordLists.vagueCounts.contains(words[span.lowerBound].folded))
    }
    for (first, second) in zip(times, times.dropFirst()) {
      let start = first.lowerBound - 1
      let link = first.upperBound
      guard start >= 0, link + 1 == second.lowerBound,
        ["from", "between"].contains(words[start].folded),
        ["to", "until", "till", "through", "and"].contains(words[link].folded)
      else { continue }
      spans.append(start..<second.upperBound)
    }
    // "for more than a decade", "about an hour": one unit of time, said with "a".
    for position in words.indices.dropLast()
    where ["a", "an"].contains(words[position].folded)
      && WordLists.timeUnits.contains(words[position + 1].folded)
      && !words[position + 1].folded.hasSuffix("s")
      // "a day one partner", "a year 10 pupil": a unit and a number name a time, not a length;
      // "for a week 6 times" still lasts a week.
      && !(position + 2 < words.count && isNumber(position + 2)
        && !(position + 3 < words.count && ["times", "time"].contains(words[position + 3].folded)))
    {
      var start = position
      if start >= 2, words[start - 1].folded == "than",
        ["more", "less", "fewer"].contains(words[start - 2].folded)
      {
        start -= 2
      } else if start >= 1, Self.approximations.contains(words[start - 1].folded) {
        start -= 1
      }
      spans.append(start..<(position + 2))
    }
    return spans
  }

  /// How often something recurs: "every six weeks", "each year", "twice a year", "annually".
  func frequencySpans() -> [Span] {
    var spans: [Span] = []
    for position in words.indices {
      let word = words[position].folded
      // Not one capitalized within the sentence, a word of a name: "the Nightly builds".
      if Self.frequencyAdverbs.contains(word),
        position == 0 || words[position].token.text.first?.isLowercase == true
      {
        spans.append(position..<(position + 1))
        continue
      }
      // "from time to time", "now and then": a phrase that says how often in so many words.
      if let phrase = Self.frequencyPhrases.first(where: { phrase in
        position + phrase.count <= words.count
          && zip(phrase, words[position...]).allSatisfy { $0 == $1.folded }
      }) {
        spans.append(position..<(position + phrase.count))
        continue
      }
      // "on an annual basis", "on a weekly basis"
      if word == "on", position + 3 < words.count,
        ["a", "an"].contains(words[position + 1].folded),
        Self.frequencyAdjectives.contains(words[position + 2].folded),
        words[position + 3].folded == "basis"
      {
        spans.append(position..<(position + 4))
        continue
      }
      // "at 6 month intervals", "at regular intervals"
      if word == "at",
        let end = words[position...].prefix(5).firstIndex(where: {
          ["intervals", "interval"].contains($0.folded)
        }), end > position + 1
      {
        spans.append(position..<(end + 1))
        continue
      }
      // "every six weeks", "each year", "every other month"
      if ["every", "each"].contains(word) {
        var end = position + 1
        while end < words.count, end <= position + 2,
          isNumber(end) || ["other", "few", "couple"].contains(words[end].folded)
        {
          end += 1
        }
        if end < words.count, WordLists.timeUnits.contains(words[end].folded) {
          spans.append(position..<(end + 1))
        }
        continue
      }
      // "twice a year", "three times a week", "once per decade"
      var end = position
      if ["once", "twice", "thrice"].contains(word) {
        end = position + 1
      } else if isNumber(position), position + 1 < words.count,
        words[position + 1].folded == "times"
      {
        end = position + 2
      } else {
        continue
      }
      if end + 1 < words.count, ["a", "an", "per", "each", "every"].contains(words[end].folded),
        WordLists.timeUnits.contains(words[end + 1].folded)
      {
        spans.append(position..<(end + 2))
      }
    }
    return spans
  }

  /// The words that count times by themselves ("married twice"), not "at once", "once a
  /// busy port" or "once more".
  func multiplicativeSpans(beside asked: (String) -> Bool) -> [Span] {
    words.indices.filter { position in
      let word = words[position].folded
      guard Self.multiplicatives.contains(word) else { return false }
      let previous = position > 0 ? words[position - 1].folded : ""
      let next = position + 1 < words.count ? words[position + 1].folded : ""
      // Right after the deed asked, or right before it ("was twice elected"): not "thought
      // twice before she signed", "twice as much", "was once mayor".
      let beside =
        (position > 0 && asked(words[position - 1].stem))
        || (position + 1 < words.count && asked(words[position + 1].stem))
      return beside && !Self.comparingAfterMultiplicative.contains(next)
        && (word != "once" || !Self.isIdiomaticOnce(previous: previous, next: next))
    }.map { $0..<($0 + 1) }
  }
  /// Words after "twice" that make it a comparison, not a count: "twice as much", "twice the
  /// cost".
  private static let comparingAfterMultiplicative: Set<String> = [
    "as", "the", "a", "an", "that", "this", "its", "their", "his", "her", "upon",
  ]
  private static let multiplicatives: Set<String> = ["once", "twice", "thrice"]

  /// Whether "once" between `previous` and `next` is "at once", "once a busy port" or "once
  /// more", neither a count nor a time.
  private static func isIdiomaticOnce(previous: String, next: String) -> Bool {
    previous == "at" || ["a", "an", "again", "more"].contains(next)
  }

  private static let frequencyAdverbs: Set<String> = [
    "annually", "yearly", "monthly", "weekly", "daily", "hourly", "nightly", "biannually",
    "biennially", "quarterly", "semiannually", "fortnightly", "regularly", "periodically",
    "occasionally", "routinely", "frequently", "seldom", "rarely",
  ]
  /// Words that say how often before "basis": "on an annual basis".
  private static let frequencyAdjectives: Set<String> = [
    "annual", "yearly", "monthly", "weekly", "daily", "hourly", "nightly", "biannual",
    "biennial", "quarterly", "semiannual", "fortnightly", "regular", "periodic", "routine",
  ]
  /// Phrases that say how often: "from time to time".
  private static let frequencyPhrases: [[String]] = [
    ["from", "time", "to", "time"], ["now", "and", "then"], ["every", "now", "and", "then"],
    ["every", "so", "often"], ["once", "in", "a", "while"],
  ]

  /// Words that make a length of time approximate: "about a year".
  private static let approximations: Set<String> = [
    "about", "nearly", "almost", "over", "under", "roughly", "around", "only", "just",
  ]

  // MARK: Numbers

  /// The end of the plural noun right after the word at `position` that is not one itself:
  /// "clusters" of "93 globular clusters".
  private func compoundEnd(after position: Int) -> Int? {
    let next = position + 1
    guard !words[position].folded.hasSuffix("s"), next < words.count, adjacent(position, next),
      words[next].token.text.first?.isLowercase == true, words[next].folded.hasSuffix("s"),
      !WordLists.stopWords.contains(words[next].folded),
      !WordLists.prepositions.contains(words[next].folded)
    else { return nil }
    return next + 1
  }

  /// Numbers with what they count: "199 days", "up to 100 times", "more than 120 developers".
  /// With `units`, only numbers followed (within three words) by one of them; with
  /// `countedStems`, only numbers counting one of those stems. `times`, when the caller has
  /// them, are the sentence's `timeSpans()`.
  func numberSpans(
    units: Set<String>? = nil, countedStems: Set<String>? = nil, times known: [Span]? = nil
  ) -> [Span] {
    // A year, a time of day and the day of a date ("Jan. 17") count nothing.
    let times = Set(
      (known ?? timeSpans()).flatMap { span in
        let dated = span.contains {
          WordLists.months.contains(words[$0].folded) || isShortMonth($0)
        }
        return span.filter { isYear($0) || isClock($0) || (dated && isDay($0)) }
      })
    var spans: [Span] = []
    // The words a span already took: "65,000 and 102,000 birds" is one span, not three.
    var taken = 0
    for position in words.indices
    where position >= taken && isNumber(position) && !times.contains(position)
      && !isPartOfName(position)
    {
      var end = position + 1
      while end < words.count, isNumber(end) { end += 1 }
      // "the 8 billionth baby" is one baby, the ordinal its place in a count: no count.
      if end < words.count, NumberWords.isLargeOrdinal(words[end].folded) {
        taken = end + 1
        continue
      }
      var unitEnd: Int?
      // "30–50%": the share is its own unit.
      if isShare(end - 1),
        units?.contains("percent") == true || countedStems?.contains(Self.percent) == true
      {
        unitEnd = end
      }
      // "Eight out of 10", "one in five": a share too.
      if (units ?? countedStems)?.contains(Self.shareOf) == true {
        if end + 2 < words.count, words[end].folded == "out", words[end + 1].folded == "of",
          isNumber(end + 2)
        {
          unitEnd = end + 3
        } else if end + 1 < words.count, words[end].folded == "in", isNumber(end + 1) {
          unitEnd = end + 2
        }
      }
      // "55% of an employee's salary" is a share, which counts no employees.
      if unitEnd == nil, isShare(end - 1), let countedStems,
        !countedStems.contains(Self.shareOf)
      {
        continue
      }
      // "100x": a multiple, as "100 times" is.
      if words[end - 1].folded.hasSuffix("x"), countedStems?.contains(Self.times) == true {
        unitEnd = end
      }
      for next in end..<min(end + 4, words.count) where unitEnd == nil {
        let word = words[next]
        // "42 countries, this year": a mark after a noun ends what the number counts (not
        // one between describing words: "six long, bitter years").
        if next > end, separator(after: next - 1).contains(where: ",;:".contains),
          WordNet.knows(words[next - 1].folded, as: .noun)
            && !WordNet.knows(words[next - 1].folded, as: .adjective)
        {
          break
        }
        // "500 miles per hour": a length in a time is a speed.
        if (units ?? countedStems)?.contains(Self.perHour) == true, next + 2 < words.count,
          ["per", "an", "a"].contains(words[next + 1].folded),
          ["hour", "second", "minute"].contains(words[next + 2].folded)
        {
          unitEnd = next + 3
          break
        }
        if let units, units.contains(word.folded) {
          unitEnd = next + 1
          break
        }
        if let countedStems, countedStems.contains(word.stem) {
          // "three interacting populations of parrots" counts populations, not parrots: a noun
          // of its own before "of" is what the number counts, unless it measures ("2 tonnes
          // of coal") or is a number itself ("hundreds of birds").
          if let of = (end..<next).first(where: { words[$0].folded == "of" }), of > end,
            !Self.measureStems.contains(words[of - 1].stem), !isNumber(of - 1)
          {
            break
          }
          // "248 radio-tagged bird carcasses": on to the last counted word in reach.
          var last = next
          for later in (next + 1)..<min(end + 6, words.count) {
            if words[later].token.text.first?.isPunctuation == true
              || WordLists.prepositions.contains(words[later].folded)
            {
              break
            }
            if countedStems.contains(words[later].stem) { last = later }
          }
          unitEnd = compoundEnd(after: last) ?? last + 1
          break
        }
        // "120 developers from 25 organizations": the 120 count developers.
        if word.token.text.first?.isPunctuation == true
          || (word.folded != "of" && WordLists.prepositions.contains(word.folded))
        {
          break
        }
      }
      // "$20.8 billion settlement": a number word of the run is its unit of amount, when no
      // other unit follows ("4 million euros").
      if unitEnd == nil, let countedStems,
        words[(position + 1)..<end].contains(where: { countedStems.contains($0.stem) })
      {
        unitEnd = end
      }
      if units != nil || countedStems != nil {
        guard let unitEnd else { continue }
        end = unitEnd
      } else if end < words.count, !Self.afterNumberStops.contains(words[end].folded),
        adjacent(end - 1, end)
      {
        end += 1  // the word counted: "20 sponsors"
        if let next = compoundEnd(after: end - 1) { end = next }
      }
      var start = position
      while start > 0, start > position - 3, leadsNumber(start - 1) {
        start -= 1
      }
      // "as much as 10 meters": a bound.
      if start >= 3, words[start - 3].folded == "as", words[start - 1].folded == "as",
        ["much", "many", "little", "few"].contains(words[start - 2].folded)
      {
        start -= 3
      }
      // "6 to 30 miles", "between 2 and 8 degrees": the range is one span, whether or not the
      // "to" was taken as a lead.
      let link = start < position ? start : start - 1
      if link > 0, ["to", "and"].contains(words[link].folded), isNumber(link - 1) {
        start = link - 1
        while start > 0,
          leadsNumber(start - 1)
            || ["between", "from"].contains(words[start - 1].folded)
        {
          start -= 1
        }
      }
      spans.append(start..<end)
      taken = end
    }
    return spans
  }

  /// Whether the number of `span` says by how much one exceeds another: "ten thousand more
  /// popular votes than Hancock", not how many there were ("two more accounts" are two).
  func saysDifference(_ span: Span) -> Bool {
    span.contains { position in
      position + 1 < words.count && isNumber(position)
        && Self.differenceWords.contains(words[position + 1].folded)
        && words[(position + 2)..<min(position + 2 + Self.differenceReach, words.count)].contains {
          $0.folded == "than"
        }
    }
  }

  /// Words that, right after a number, may make it a difference: "10 more votes than …".
  static let differenceWords: Set<String> = ["more", "fewer", "less"]
  /// How many words after "more" its "than" may stand.
  private static let differenceReach = 8

  private static let percent = Stemmer.stem("percent")
  static let times = Stemmer.stem("times")

  /// The auxiliaries, and the adverbs of time or addition, that stand between a number and its
  /// verb: "12 were accepted", "ten have since left".
  private static let betweenNumberAndVerb: Set<String> = [
    "was", "were", "is", "are", "be", "been", "have", "has", "had", "will", "would", "could",
    "can", "did", "do", "also", "since", "still",
  ]

  /// Numbers that are the subject of a verb with one of `verbs` (stems), a word ending in
  /// "-ly" allowed between: "179" of "Of the 207 glaciers, 179 retreated significantly".
  func numbersDoing(_ verbs: Set<String>) -> [Span] {
    let times = Set(timeSpans().flatMap { $0 })
    return words.indices.compactMap { position in
      guard isNumber(position), !times.contains(position), !isPartOfName(position) else {
        return nil
      }
      var next = position + 1
      // "12 were accepted", "179 quickly retreated", "ten have since left".
      while next < words.count, next <= position + 2,
        words[next].folded.hasSuffix("ly")
          || Self.betweenNumberAndVerb.contains(words[next].folded)
      {
        next += 1
      }
      guard next < words.count, verbs.contains(words[next].stem) else { return nil }
      var start = position
      while start > 0, start > position - 3, leadsNumber(start - 1) {
        start -= 1
      }
      return start..<(position + 1)
    }
  }

  /// Whether the number is part of a name: "Crew-7", "F-17", "Gemini 1".
  private func isPartOfName(_ position: Int) -> Bool {
    let token = words[position].token.text
    let before = sentence.text[..<token.startIndex]
    // "Diagram #2": a number after "#" labels a thing, as one after a word of labelling does
    // ("figure 3", "version 4.2").
    if let mark = before.last, mark == "-" || mark == "#" || mark.isLetter { return true }
    if position > 0, adjacent(position - 1, position),
      Self.labelWords.contains(words[position - 1].folded)
    {
      return true
    }
    // "Gemini 1", but not "After two years" or "On 8 April".
    return position > 1 && words[position - 1].token.isCapitalized
      && adjacent(position - 1, position)
      && !WordLists.months.contains(words[position - 1].folded)
      && !WordLists.stopWords.contains(words[position - 1].folded)
  }

  /// Words a number after which labels a thing rather than counts: "figure 3", "table 2".
  private static let labelWords: Set<String> = [
    "figure", "fig", "table", "diagram", "chart", "chapter", "section", "page", "pages",
    "version", "phase", "step", "appendix", "volume", "issue", "episode", "season", "no",
  ]

  /// Whether only white space stands between the words at `first` and `second`.
  private func adjacent(_ first: Int, _ second: Int) -> Bool {
    let between = sentence.text[
      words[first].token.text.endIndex..<words[second].token.text.startIndex]
    return between.allSatisfy(\.isWhitespace)
  }

  /// The amounts of money the sentence writes with a currency sign: "$3.025M", "$20.8 billion"
  /// (with the number word after it).
  func currencySpans() -> [Span] {
    words.indices.compactMap { position in
      guard isNumber(position), hasCurrencySign(before: position) else { return nil }
      var end = position + 1
      while end < words.count, isNumber(end) { end += 1 }
      return position..<end
    }
  }

  /// Whether a currency sign stands right before the word at `position`: "$20.8".
  private func hasCurrencySign(before position: Int) -> Bool {
    let start = words[position].token.text.startIndex
    return start > sentence.text.startIndex
      && "$€£¥".contains(sentence.text[sentence.text.index(before: start)])
  }

  /// The stems of units of money and measure: "How much did it cost?" wants "$50 million".
  static let measureStems: Set<String> = Set(
    [
      "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "percent",
      "million", "billion", "trillion", "thousand", "yen", "kilogram", "kilograms", "kg", "ton",
      "tons", "tonne", "tonnes", "meter", "meters", "metre", "metres", "foot", "feet", "mile",
      "miles", "kilometer", "kilometers", "km", "inch", "inches", "gallon", "gallons", "liter",
      "liters", "watt", "watts", "degree", "degrees", "centimeter", "centimeters", "centimetre",
      "centimetres", "cm", "millimeter", "millimeters", "mm", "gram", "grams", "ounce", "ounces",
      "yard", "yards", "acre", "acres", "hectare", "hectares", "mph",
    ].map(Stemmer.stem))

  /// The units a word of measure asks for ("fast": a speed, "high": a length), as words and
  /// their stems; nil for a word of any size ("big").
  static func units(measuring word: String) -> Set<String>? { unitsByMeasure[word] }

  /// The units of each word of measure, worked out once.
  private static let unitsByMeasure: [String: Set<String>] = {
    let length = [
      "meter", "meters", "metre", "metres", "foot", "feet", "mile", "miles", "kilometer",
      "kilometers", "kilometre", "kilometres", "km", "inch", "inches", "yard", "yards",
      "centimeter", "centimeters", "centimetre", "centimetres", "cm", "millimeter",
      "millimeters", "mm", "m", "ft", "mi",
    ]
    let dimensions: [(words: [String], units: [String])] = [
      (
        ["fast", "quick", "quickly", "slow", "speed", "speeds", "velocity"],
        ["mph", "kph", "km/h", "knot", "knots", "mach", perHour]
      ),
      (
        [
          "high", "tall", "deep", "wide", "far", "thick", "low", "altitude", "altitudes", "height",
          "depth", "length", "width", "distance", "elevation", "diameter", "radius",
        ], length
      ),
      (
        ["percentage", "proportion", "share", "fraction", "portion"],
        ["percent", "per cent", shareOf]
      ),
      (["temperature", "temperatures", "hot", "cold"], ["degree", "degrees"]),
      (["age", "ages"], ["year", "years", "year-old", "year-olds", "olds", "months"]),
      (
        ["heavy", "weight", "mass"],
        [
          "kilogram", "kilograms", "kg", "ton", "tons", "tonne", "tonnes", "pound", "pounds",
          "gram", "grams", "ounce", "ounces",
        ]
      ),
    ]
    var table: [String: Set<String>] = [:]
    for (words, units) in dimensions {
      let all = Set(units + units.map(Stemmer.stem))
      for word in words { table[word] = all }
    }
    return table
  }()

  /// The unit that stands for a length in a time ("500 miles per hour", "12 km an hour").
  static let perHour = "per-hour"
  /// The unit that stands for a share: "77%", "eight out of 10", "one in five".
  static let shareOf = "share-of"

  private func isNumber(_ position: Int) -> Bool {
    let word = words[position].folded
    if NumberWords.isNumber(words[position].plainStem) || Self.numberNouns.contains(word) {
      return true
    }
    // "100x", "20+", "1.5", "1,000"
    guard word.first?.isNumber == true else { return false }
    if word.dropFirst().allSatisfy({ $0.isNumber || ",.x+%".contains($0) }) { return true }
    // "330g", "5km", "2.5kg": a measure written with its unit.
    let unit = word.drop { $0.isNumber || ",.".contains($0) }
    return Self.gluedUnits.contains(String(unit))
  }

  /// Units written right after their number: "330g", "5km", "250ml".
  private static let gluedUnits: Set<String> = [
    "g", "kg", "mg", "µg", "lb", "lbs", "oz", "ml", "l", "cl", "dl", "km", "m", "cm", "mm",
    "mi", "ft", "in", "kph", "mph", "kw", "mw", "gw", "kwh", "mwh", "kb", "mb", "gb", "tb",
    "hz", "khz", "mhz", "ghz", "°c", "°f", "c", "f", "ha", "km2", "m2", "sqft", "t", "kt", "mt",
  ]

  private static let numberNouns: Set<String> = [
    "dozen", "dozens", "hundreds", "thousands", "millions", "billion", "billions",
  ]
  /// Whether the word at `position` leads the number after it into its span ("about 20",
  /// "up to 100"): "to" only after "up" or another number ("6 to 30"), not "entitled to 3
  /// weeks".
  private func leadsNumber(_ position: Int) -> Bool {
    let word = words[position].folded
    // "close to 20 dollars".
    if word == "close" { return position + 1 < words.count && words[position + 1].folded == "to" }
    guard Self.numberLeads.contains(word) else { return false }
    return word != "to"
      || (position > 0
        && (["up", "close"].contains(words[position - 1].folded) || isNumber(position - 1)))
  }

  private static let numberLeads: Set<String> = [
    "about", "almost", "nearly", "over", "more", "than", "less", "fewer", "up", "to", "some",
    "around", "roughly", "approximately", "just", "only", "at", "least", "no", "later",
    "earlier", "sooner", "longer", "within",
  ]
  private static let afterNumberStops: Set<String> = [
    "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "the", "a", "an",
  ]

  // MARK: Places

  /// Places: a capitalised name after a preposition of place ("in", "at", "off", "near", …), with the
  /// words between ("off the coast of Pensacola, Florida").
  func placeSpans() -> [Span] {
    var spans: [Span] = []
    for position in words.indices where Self.placePrepositions.contains(words[position].folded) {
      // "similar to Earth", "compared to Mars": a likeness, not a place.
      if position > 0, ["to", "from"].contains(words[position].folded),
        Self.likenessWords.contains(words[position - 1].folded)
      {
        continue
      }
      var end = position + 1
      var sawName = false
      // Where the last name seen ends: a place cut off after "and" ends there.
      var named: Int?
      while end < words.count, end < position + 8 {
        let word = words[end]
        // Past a comma, only a place goes on ("Pensacola, Florida"), not the name of who did
        // it ("in Saxony, Brandt dropped out").
        if sawName, sentence.text[words[end - 1].token.text.endIndex...].first == ",",
          !(WordNet.english?.isKind(word.folded, of: "location", senses: 1) ?? false)
        {
          break
        }
        if word.token.isCapitalized {
          sawName = true
          named = end + 1
        } else if sawName, word.folded == "of", end + 1 < words.count,
          words[end + 1].token.isCapitalized
        {
          // A name of several words: "the University of California", "the Republic of
          // Ireland".
        } else if sawName, word.folded == "and", end + 1 < words.count,
          isKnownPlace((end + 1)..<(end + 2))
            || (Self.compassWords.contains(words[end + 1].folded) && end + 2 < words.count
              && words[end + 2].token.isCapitalized)
        {
          // Another place of the same kind: "in southern Arizona and northern Mexico", "in
          // Ohio and Kentucky"; not "in Lyon and Marie joined her".
          sawName = false
        } else if sawName
          || !(Self.placeFillers.contains(word.folded) || Self.compassWords.contains(word.folded)
            || word.token.isPossessive || Self.isPlaceNoun(word.folded))
        {
          break
        }
        end += 1
      }
      if !sawName, let named {
        (end, sawName) = (named, true)
      }
      // Past the name: a comma and another capitalised name ("Pensacola, Florida").
      // "From" and "to" take things as well as places ("a message from Ingenuity"): only a name
      // WordNet knows as a place, or one that says it is one ("Kennedy Space Center"), is one.
      // Nor a name inside a longer one ("the Convention on International Trade in Endangered
      // Species"), unless WordNet knows it as a place ("the Port of Memphis in Memphis"): not
      // after "a", which no place's name takes ("Every Kid in a Park").
      let insideName =
        position > 0 && words[position - 1].token.isCapitalized
        && separator(after: position - 1).isEmpty
      let titleWords =
        insideName && position + 1 < words.count
        && ["a", "an"].contains(words[position + 1].folded)
      if sawName, !titleWords, !namesTime(position + 1..<end),
        !Self.thingPrepositions.contains(words[position].folded) && !insideName
          || isKnownPlace(position + 1..<end) || isCalledPlace(after: end),
        !modifiesNoun(at: end)
      {
        spans.append(position..<end)
      }
    }
    return spans
  }

  /// Whether the capitalised words of `span` are all months or days of the week: "in
  /// October" is when, not where.
  private func namesTime(_ span: Span) -> Bool {
    span.allSatisfy { !words[$0].token.isCapitalized || isMonthOrWeekday($0) }
  }

  /// Whether the word at `position` is a month or a day of the week.
  private func isMonthOrWeekday(_ position: Int) -> Bool {
    WordLists.months.contains(words[position].folded)
      || WordLists.weekdays.contains(words[position].folded)
  }

  /// The places the sentence gives in common words: a preposition of place, an article or a
  /// possessive, and words up to a mark or another role, the last a kind of location,
  /// structure, land form or body of water in WordNet ("to the sea shore", "to the local 4-H
  /// camp", "in a sheltered inlet") in its first `senses` senses.
  func commonPlaceSpans(senses: Int = 1) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    return words.indices.compactMap { position in
      guard Self.commonPlacePrepositions.contains(words[position].folded),
        position + 2 < words.count,
        Self.placeDeterminers.contains(words[position + 1].folded)
          || words[position + 1].token.isPossessive
      else { return nil }
      var end = position + 2
      while end < words.count, end - position <= Self.commonPlaceReach {
        let word = words[end]
        guard !word.token.isCapitalized || word.folded.first?.isNumber == true,
          !WordLists.prepositions.contains(word.folded), !Self.clauseOpeners.contains(word.folded)
        else { break }
        end += 1
        if !separator(after: end - 1).isEmpty && separator(after: end - 1) != "-" { break }
      }
      guard end > position + 2 else { return nil }
      let head = words[end - 1].folded
      let lemma = wordNet.lemmas(of: head, as: .noun).first ?? head
      guard
        WordNet.placeKinds.contains(where: { wordNet.isKind(lemma, of: $0, senses: senses) })
      else {
        return nil
      }
      return position..<end
    }
  }
  /// The phrases "in", "on" or "at" opens right after a word `isAsked` takes for one of the
  /// question's, which say where in any words: "on the FirstNet blog" of "was published on
  /// the FirstNet blog". Not a time ("in 2012", "on Monday") nor a phrase that says how or how
  /// much ("in addition", "at least"); the phrase runs as `phraseSpans(opening:)` runs it.
  func locativeSpans(after isAsked: (String) -> Bool) -> [Span] {
    let times = timeSpans()
    return Self.locativePrepositions.flatMap { phraseSpans(opening: $0) }.filter { span in
      let first = span.lowerBound + 1
      // (`phraseSpans` gives no phrase without words after its preposition.)
      guard span.lowerBound > 0, isAsked(words[span.lowerBound - 1].stem),
        !isLocativeIdiom(first),
        !(first + 1 < span.upperBound && isLocativeIdiom(first + 1)
          && !words[first].token.isCapitalized && !WordNet.knows(words[first].folded, as: .noun)),
        !span.contains(where: { NumberWords.isNumber(words[$0].plainStem) || isMonthOrWeekday($0) }
        ),
        !times.contains(where: { $0.overlaps(span) })
      else { return false }
      // "relies on volunteers", "based on any new flaws": a verb WordNet knows with "on"
      // ("rely on") takes a thing, not a place.
      guard words[span.lowerBound].folded == "on" else { return true }
      let before = words[span.lowerBound - 1].folded
      return before != "based"
        && !(WordNet.english?.lemmas(of: before + " on", as: .verb).contains { $0.contains(" ") }
          ?? false)
    }
  }
  /// Whether the word at `position` is one of `locativeIdioms`, in any number.
  private func isLocativeIdiom(_ position: Int) -> Bool {
    Self.locativeIdioms.contains(words[position].folded)
      || Self.locativeIdioms.contains(words[position].plainStem)
  }
  /// The prepositions that open where something is, in `locativeSpans`.
  private static let locativePrepositions = ["in", "on", "at", "inside", "within", "aboard"]
  /// The words after those prepositions that say how, how much or when, not where.
  private static let locativeIdioms: Set<String> = [
    "order", "addition", "fact", "part", "particular", "general", "response", "turn", "time",
    "times", "terms", "practice", "detail", "short", "total", "advance", "case", "favor",
    "favour", "support", "spite", "lieu", "return", "charge", "behalf", "average", "purpose",
    "least", "all", "first", "once", "last", "best", "most", "large", "ease", "odds", "hand",
    "risk", "full", "full-time", "part-time", "effect", "principle", "theory", "reality",
    "common", "contrast", "comparison", "line", "accordance", "place",
    "same", "end", "beginning", "start", "moment", "past", "future", "meantime", "way", "ways",
    "manner", "form", "number", "numbers", "amount", "range", "level", "rate", "pace",
    "speed", "depth", "length", "itself", "themselves", "years", "days", "months",
    "weeks", "hours", "minutes", "morning", "evening", "night", "afternoon", "day", "year",
    "week", "month", "summer", "winter", "spring", "autumn", "fall", "period", "age", "era",
  ]
  /// The noun `kind` with the words that say which kind it is: those right before it that
  /// describe it ("special long term data repositories", "a very eccentric orbit") and a
  /// "such as", "like" or "including" list right after it. Nil when nothing but the question's
  /// own words describes it: "surveillance equipment" says no kind of surveillance equipment.
  func describedKind(of kind: String) -> Span? {
    for position in words.indices where words[position].stem == kind {
      var start = position
      while start > 0, ["", "-", ","].contains(separator(after: start - 1)),
        case let word = words[start - 1], !word.token.isCapitalized || start - 1 == 0,
        !WordLists.stopWords.contains(word.folded), !WordLists.prepositions.contains(word.folded),
        !Self.clauseOpeners.contains(word.folded), !NumberWords.isNumber(word.plainStem),
        !(WordNet.english?.lemmas(of: word.folded, as: .verb).contains(word.folded) == true
          && !WordNet.knows(word.folded, as: .adjective) && !WordNet.knows(word.folded, as: .noun))
      {
        start -= 1
      }
      // A list of examples right after: "diverse types of migrants, such as refugees, …".
      var end = position + 1
      let rest = words[end...].prefix(2).map(\.folded)
      if rest.first == "like" || rest.first == "including" || rest == ["such", "as"] {
        end = runEnd(
          from: end + (rest.first == "such" ? 2 : 1), reach: Self.definitionReach,
          before: ["which", "who", "that", "whose"], marks: ";:.()")
      }
      let described = (start..<position).contains { !questionWords.contains(words[$0].stem) }
      guard described || end > position + 1 else { continue }
      // With its article: "a very eccentric orbit".
      if start > 0, ["a", "an"].contains(words[start - 1].folded) { start -= 1 }
      return start..<end
    }
    return nil
  }

  /// The prepositions a place in common words follows.
  private static let commonPlacePrepositions: Set<String> = [
    "in", "at", "near", "to", "into", "inside", "outside", "off", "aboard",
  ]
  /// The words a place in common words opens with.
  private static let placeDeterminers: Set<String> = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
  ]
  /// The most words of a place in common words, its preposition included.
  private static let commonPlaceReach = 6

  /// Whether the words of `span` name a place: WordNet knows its capitalised words, or one of
  /// them, as a location ("Norway", "Kennedy Space Center", "the Cash Room").
  private func isKnownPlace(_ span: Span) -> Bool {
    guard let wordNet = WordNet.english else { return true }
    let capitalised = span.filter { words[$0].token.isCapitalized }
    guard !capitalised.isEmpty else { return false }
    let name = capitalised.map { String(words[$0].token.bare) }.joined(separator: " ")
    return wordNet.namesPlace(name, orAnyOf: capitalised.map { words[$0].folded })
  }

  /// Whether the word at `end`, right after a name, is a common noun the name only describes
  /// and no place: "the R ecosystem", "the JuliaCon podcast" (not "the Lisbon town center").
  private func modifiesNoun(at end: Int) -> Bool {
    guard end < words.count, end > 0 else { return false }
    let word = words[end]
    guard !word.token.isCapitalized, word.folded.first?.isLetter == true,
      separator(after: end - 1).isEmpty,
      !WordLists.stopWords.contains(word.folded), !WordLists.dayWords.contains(word.folded),
      !word.folded.hasSuffix("ed"), !word.folded.hasSuffix("ing"),
      WordNet.knows(word.folded, as: .noun)
    else { return false }
    return !Self.isPlaceNoun(word.folded)
  }

  /// Whether the words after a comma at `end` say the name before them is a place: "on
  /// Gendarmenmarkt, one of Berlin's nicest plazas".
  private func isCalledPlace(after end: Int) -> Bool {
    guard end > 0, end < words.count,
      sentence.text[words[end - 1].token.text.endIndex...].first == ","
    else { return false }
    for word in words[end...].prefix(Self.placeAppositiveReach) {
      if Self.isPlaceNoun(word.folded) { return true }
      if word.token.text.last == "," { break }
    }
    return false
  }

  /// How many words an appositive that says a name is a place may take to say so.
  private static let placeAppositiveReach = 6

  /// Whether `word` names a kind of place in WordNet's first sense: "hometown", "region",
  /// "village", before the name it is ("the family's hometown of Vicksburg").
  static func isPlaceNoun(_ word: String) -> Bool {
    guard !WordLists.stopWords.contains(word), let wordNet = WordNet.english else { return false }
    return wordNet.isKind(word, of: "location", senses: 1)
  }

  /// Words after which "to" or "from" says what a thing is like.
  private static let likenessWords: Set<String> = [
    "similar", "compared", "comparable", "close", "closer", "akin", "equal", "identical",
    "different", "distinct", "related", "analogous", "nearer",
  ]

  /// Web and e-mail addresses after "to", "at", "on" or "via" ("sent to appeals@basecamp.com",
  /// "at www.immigrantstories.umn.edu"): where something is sent, or found.
  func addressSpans() -> [Span] {
    words.indices.compactMap { position in
      guard position > 0, Self.addressPrepositions.contains(words[position - 1].folded)
      else { return nil }
      return address(at: position).map { position - 1..<$0.upperBound }
    }
  }

  /// The web and e-mail addresses of the sentence, wherever they stand: "please email
  /// team@openlifesci.org".
  func bareAddressSpans() -> [Span] {
    words.indices.compactMap { position in
      position > 0 && address(at: position - 1)?.contains(position) == true
        ? nil : address(at: position)
    }
  }

  /// The address that starts at `position`, as written up to the next space.
  private func address(at position: Int) -> Span? {
    // The address as written, up to the next space: its "@" and "/" part it into words.
    let start = words[position].token.text.startIndex
    let written = sentence.text[start...].prefix { !$0.isWhitespace }
    guard Self.isAddress(String(written)) else { return nil }
    let end = words[position...].firstIndex { $0.token.text.startIndex >= written.endIndex }
    return position..<(end ?? words.count)
  }

  /// Whether `word` is a web address ("https://…", "www.…") or an e-mail address.
  static func isAddress(_ word: String) -> Bool {
    let lowered = word.lowercased()
    if ["http://", "https://", "www."].contains(where: lowered.hasPrefix) { return true }
    guard let at = lowered.firstIndex(of: "@"), at != lowered.startIndex else { return false }
    return lowered[lowered.index(after: at)...].dropLast().contains(".")
  }

  private static let addressPrepositions: Set<String> = ["to", "at", "on", "via"]

  private static let placePrepositions: Set<String> = [
    "in", "at", "off", "near", "from", "aboard", "to", "into", "outside", "inside", "on",
  ]
  /// Prepositions that take things as well as places ("a message from Ingenuity", "on
  /// Monday", "contributions into a Special Purpose Fund"): the name after them must be known
  /// as a place, or said to be one.
  private static let thingPrepositions: Set<String> = ["from", "to", "into", "on"]
  private static let placeFillers: Set<String> = ["the", "a", "an", "coast", "of", "shore", "city"]
  /// Words of the part of a land a name is in: "southern Arizona", "rural Wales".
  private static let compassWords: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest", "coastal", "rural", "upstate", "downtown",
  ]

  // MARK: Names

  /// The sentence's words as tokens of the kind the name index reads.
  var nameTokens: [QuestionToken] {
    words.map { QuestionToken(original: String($0.token.bare), folded: $0.folded, stem: $0.stem) }
  }

  /// The names of the documents' entities in the sentence that the question does not already
  /// use, of `kinds` when given; capitalised runs when the sentence holds no such name.
  func nameSpans(in knowledge: KnowledgeBase, kinds: Set<Entity.Kind>?) -> [Span] {
    let tokens = nameTokens
    var spans: [Span] = []
    var position = 0
    while position < tokens.count {
      // A name starts with a capital: "bureau chief in …" is a description, not a name.
      guard words[position].token.isCapitalized,
        let name = knowledge.nameIndex.names(in: tokens, from: position).last
      else {
        position += 1
        continue
      }
      let span = position..<name.end
      let entities = name.entities.map { knowledge.entities[$0] }
      // A name nobody typed may be a person's: "Henry Norris Russell" answers "who".
      let fits =
        kinds.map { kinds in
          entities.contains {
            kinds.contains($0.kind) || (kinds.contains(.person) && $0.mayBePerson)
          }
        } ?? true
      // A name the question uses, or part of one ("Project Gemini" for "Gemini"), is no answer.
      let asked =
        (span.contains { questionNames.contains(words[$0].stem) } && !namesNamesake(span))
        || span.allSatisfy { questionStems.contains(words[$0].stem) }
      if fits, !asked, words[span].contains(where: \.token.isCapitalized) { spans.append(span) }
      position = name.end
    }
    if spans.isEmpty { spans = capitalizedRuns(knowledge: knowledge) }
    // So is a person the question calls by one of their names ("Ton" for Ton Roosendaal), or
    // by a title and one ("Dr. Robinson" for Julia Robinson).
    spans.removeAll { span in
      span.contains { questionStems.contains(words[$0].stem) }
        && (Entity.looksLikePersonName(text(of: span)) && !namesNamesake(span)
          || span.allSatisfy {
            questionStems.contains(words[$0].stem) || Self.isNameTitle(words[$0].folded)
          })
    }
    // "… was sponsored by the FSF's GNU project": the agent of a passive is who did it, all of
    // it: "organised by the Wellbeing and Inclusion Function Team", whose words "and" joins.
    let isAgent = { (span: Span) in
      let start = span.lowerBound
      return (start > 0 && words[start - 1].folded == "by")
        || (start > 1 && words[start - 2].folded == "by"
          && ["the", "a", "an"].contains(words[start - 1].folded))
    }
    let agents = spans.indices.filter { isAgent(spans[$0]) }.map { first in
      var span = spans[first]
      for next in spans[(first + 1)...] {
        guard next.lowerBound == span.upperBound + 1, words[span.upperBound].folded == "and",
          separator(after: span.upperBound - 1).isEmpty
        else { break }
        span = span.lowerBound..<next.upperBound
      }
      return span
    }
    return agents.isEmpty ? spans : agents
  }

  /// The names of people and organizations the sentence says `noun` (a stem) is of or belongs
  /// to: "Bob Flandrena's avatar", "a biography of NASA astronaut Sally Ride".
  func possessorSpans(of noun: String, in knowledge: KnowledgeBase) -> [Span] {
    nameSpans(in: knowledge, kinds: [.person, .organization]).filter { span in
      // "Bob Flandrena's avatar": the noun within a few words after the possessive.
      if span.upperBound < words.count,
        ["'s", "’s", "'", "’"].contains(words[span.upperBound].folded)
          || words[span.upperBound - 1].token.isPossessive
      {
        let after = span.upperBound + (words[span.upperBound - 1].token.isPossessive ? 0 : 1)
        if words[after..<min(after + Self.possessedReach, words.count)].contains(where: {
          $0.stem == noun
        }) {
          return true
        }
      }
      // "a biography of NASA astronaut Sally Ride": the noun, "of", and a few words of role.
      let before = span.lowerBound
      return words.indices.contains { position in
        position + 1 < before && before - position - 2 < Self.possessedReach
          && words[position].stem == noun && words[position + 1].folded == "of"
          && words[(position + 2)..<before].allSatisfy { $0.token.isWord }
      }
    }
  }

  /// How many words may stand between a possessor and what it has.
  private static let possessedReach = 3

  /// The names the sentence gives things: the capitalised words after "called", "named",
  /// "dubbed" or "known as" ("a new company called Not a Number", "the Dragon spacecraft, named
  /// Endurance"), short words between them included.
  /// Not a name the sentence gives a thing whose word before the naming word `isOther`:
  /// "an image processing engine called GEGL" names no author.
  func givenNameSpans(
    of isThing: (String) -> Bool = { _ in true }, otherThan isOther: (Word) -> Bool = { _ in false }
  ) -> [Span] {
    namings(of: isThing).filter { $0.thing < 0 || !isOther(words[$0.thing]) }.map(\.name)
  }

  /// The names the sentence gives things (see `givenNameSpans`), each with where the word for
  /// the thing named stands: right before the naming word, or before the adverb before it
  /// ("hierarchies, often called …"); -1 when the naming word opens the sentence.
  private func namings(of isThing: (String) -> Bool) -> [(name: Span, thing: Int)] {
    var namings: [(name: Span, thing: Int)] = []
    for position in words.indices {
      let word = words[position].folded
      var start = position + 1
      // "Recent literature refers to the region as “Southern Forest”": the thing named is
      // the phrase between "to" and "as", whose last word is the noun.
      var referred: Int?
      if word == "known" {
        guard start < words.count, words[start].folded == "as" else { continue }
        start += 1
      } else if Self.referringWords.contains(word) {
        // "is commonly referred to as the sub-basin", "refers to the region as …".
        guard start + 1 < words.count, words[start].folded == "to",
          let asWord = words.indices.dropFirst(start + 1).prefix(Self.referredReach + 1).first(
            where: { words[$0].folded == "as" })
        else { continue }
        if asWord > start + 1 { referred = asWord - 1 }
        start = asWord + 1
      } else if !Self.namingVerbs.contains(word) {
        continue
      }
      // "The match was called off": no name.
      if start < words.count, Self.namingParticles.contains(words[start].folded) { continue }
      // "a new publication entitled the Paper Drafts": the name after its article.
      if start + 1 < words.count, words[start].folded == "the",
        words[start + 1].token.isCapitalized
      {
        start += 1
      }
      var end = start
      while end < words.count {
        if words[end].token.isCapitalized {
          end += 1
        } else if end > start, end + 1 < words.count, words[end + 1].token.isCapitalized,
          WordLists.stopWords.contains(words[end].folded) || words[end].folded.count <= 3
        {
          end += 2  // "Not a Number"
        } else {
          break
        }
      }
      // "These discrete or individual points are called returns": what the sentence says a
      // thing is called, in common words, when the naming is what it says of the thing.
      // So is a name in common words that a participle gives the thing before its comma
      // ("This approach, called automated visual evaluation, has …"), when that thing is the
      // one asked about (`isThing` of its stem).
      // An adverb may come between ("hierarchies, often called classic classes and new-style
      // classes").
      let comma =
        position > 1 && WordNet.knows(words[position - 1].folded, as: .adverb)
          && !WordNet.knows(words[position - 1].folded, as: .noun)
        ? position - 2 : position - 1
      // And one the naming word gives the thing right after it: "a screening method called
      // visual inspection with acetic acid".
      // A name in common words after "refers to … as" is not read: "are referred to a
      // specialist as soon as possible" gives none.
      let right = position - 1
      if end == start, referred == nil,
        isNamedByBe(before: position)
          || (comma >= 0 && separator(after: comma) == "," && isThing(words[comma].stem))
          || (right >= 0 && separator(after: right).isEmpty
            && words[right].token.text.first?.isLowercase == true
            && isThing(words[right].stem))
      {
        end = commonName(from: start)
      }
      // What "refers to … as" names is said: a name of another thing is no answer.
      if let referred, !isThing(words[referred].stem) { continue }
      if end > start { namings.append((start..<end, referred ?? comma)) }
    }
    return namings
  }

  /// The names the sentence gives a thing of a kind, right after the word for the kind (`isKind`
  /// of its stem), a comma and an adverb between at most: "a screening method called visual
  /// inspection with acetic acid", "This form of singing, known as throat singing".
  func kindNameSpans(of isKind: (String) -> Bool) -> [Span] {
    namings(of: isKind).filter { $0.thing >= 0 && isKind(words[$0.thing].stem) }.map(\.name)
  }

  /// The words after a naming verb that make it another verb: "called off", "called for".
  private static let namingParticles: Set<String> = [
    "off", "up", "out", "for", "on", "upon", "back", "in", "at", "away",
  ]

  /// Whether a form of "be" comes right before the naming word at `position`, an adverb or two
  /// between ("are called", "is also known as", "are sometimes referred to as").
  private func isNamedByBe(before position: Int) -> Bool {
    var before = position - 1
    if before >= 0, words[before].folded == "referred" || words[before].folded == "known" {
      before -= 1
    }
    while before >= 0, before >= position - 3, Self.namingAdverbs.contains(words[before].folded) {
      before -= 1
    }
    return before >= 0
      && ClauseQuestion.beForms.union(["be", "been"]).contains(words[before].folded)
  }

  /// The forms of "refer" that name a thing: "refers to it as", "referred to as".
  private static let referringWords: Set<String> = ["refer", "refers", "referred", "referring"]

  /// How many words the thing named may take between "refers to" and "as".
  private static let referredReach = 6

  /// Adverbs that may stand between "is" and the naming word: "is also called".
  private static let namingAdverbs: Set<String> = [
    "also", "often", "sometimes", "usually", "commonly", "generally", "now", "simply", "still",
  ]

  /// The end of a name in common words from `start`: up to a mark, a word that opens another
  /// phrase or clause, or the most words a name has.
  private func commonName(from start: Int) -> Int {
    var end = start
    while end < words.count, end - start < Self.longestCommonName {
      let word = words[end]
      guard word.folded.first?.isLetter == true || word.folded.first?.isNumber == true,
        !Self.nameEnders.contains(word.folded)
      else { break }
      end += 1
      // A mark that ends a phrase ends it; a hyphen is inside a word ("new-style").
      if separator(after: end - 1).contains(where: ",;:.!?()".contains) { break }
    }
    return end
  }

  /// The most words a name in common words may have: "light detection and ranging".
  private static let longestCommonName = 6

  /// Words that end a name in common words: what follows them says something else of it.
  private static let nameEnders: Set<String> = [
    "because", "which", "that", "when", "where", "who", "while", "since", "if", "but", "in",
    "on", "at", "for", "by", "with", "from", "after", "before", "as", "to",
  ]

  /// The ages the sentence gives: "at age 12", "aged 30", "at the age of 71" (after a word
  /// `asked` holds), "forty-nine years old", a "49-year-old", and the number that ends "when he
  /// was nineteen".
  func ageSpans(saidOf asked: (String) -> Bool) -> [Span] {
    let folded = { (position: Int) in
      words.indices.contains(position) ? words[position].folded : ""
    }
    var spans: [Span] = []
    for span in numberSpans() {
      let (start, end) = (span.lowerBound, span.upperBound)
      if ["age", "aged"].contains(folded(start - 1)) {
        spans.append((folded(start - 2) == "at" ? start - 2 : start - 1)..<end)
      } else if folded(start - 1) == "of", folded(start - 2) == "age",
        ["the", "an"].contains(folded(start - 3)), folded(start - 4) == "at",
        // "died at the age of 71", the deed asked right before it; not "over the age of 65",
        // nor "retired at the age of 60" for when he died.
        words[max(0, start - 4 - Self.agedDeedReach)..<(start - 4)].contains(where: {
          asked($0.stem)
        })
      {
        spans.append((start - 4)..<end)
      } else if ["years", "year"].contains(folded(end)), folded(end + 1) == "old" {
        spans.append(start..<(end + 2))
      } else if ["years", "year"].contains(folded(end - 1)), folded(end) == "old" {
        // A number read with its unit: "51 years", then "old".
        spans.append(start..<(end + 1))
      } else if ["was", "were"].contains(folded(start - 1)),
        Self.agedPronouns.contains(folded(start - 2)),
        end == words.count || folded(end).first?.isLetter != true
      {
        spans.append(span)
      }
    }
    for position in words.indices where folded(position).hasSuffix("-year-old") {
      spans.append(position..<(position + 1))
    }
    return spans
  }

  /// How many words before "at the age of" the deed it dates may stand: "died suddenly at the
  /// age of 71".
  private static let agedDeedReach = 3

  /// The pronouns "when he was nineteen" may open with.
  private static let agedPronouns: Set<String> = ["he", "she", "they", "i", "we", "you"]

  /// The enumerations of the sentence: the items after "including", "such as", "like", a
  /// colon ("corporations that include Alibaba, Cloudera, Databricks, IBM, Intel, and Yahoo") or
  /// in brackets after a plural noun ("other entities (Mozilla and EFF)").
  func listSpans() -> [Span] {
    var spans: [Span] = []
    var position = 0
    while position < words.count {
      guard let start = listStart(at: position) else {
        position += 1
        continue
      }
      if let end = enumerationEnd(from: start, needed: 2) ?? bareNamesEnd(from: start) {
        spans.append(start..<end)
        position = end
      } else {
        position += 1
      }
    }
    return spans
  }

  /// Where the items start when the words at `position` introduce a list.
  private func listStart(at position: Int) -> Int? {
    let word = words[position].folded
    if ["including", "include", "includes", "like", "namely"].contains(word) {
      return position + 1
    }
    if word == "such", position + 1 < words.count, words[position + 1].folded == "as" {
      return position + 2
    }
    if position + 1 < words.count, separator(after: position).hasSuffix(":") {
      return position + 1
    }
    // "other organizations (Mozilla and EFF)": the items in brackets after a plural noun.
    if position + 1 < words.count, separator(after: position).hasSuffix("("),
      WordNet.isPluralNoun(word)
    {
      return position + 1
    }
    return nil
  }

  /// The end of the enumeration starting at `start`: items of at most six words with commas
  /// between them and "and" or "or" before the last ("Maria, Harvey, and Sandy"); nil when
  /// fewer than `needed` items.
  private func enumerationEnd(from start: Int, needed: Int) -> Int? {
    var items = 0
    var itemLength = 0
    // The items before the "and" that joins the last one, once it is read.
    var joinedAfter: Int?
    for position in start..<words.count {
      if ["and", "or"].contains(words[position].folded) {
        if itemLength > 0 { items += 1 }
        itemLength = 0
        joinedAfter = items
        continue
      }
      itemLength += 1
      guard itemLength <= Self.listItemWords else { return nil }
      let after = separator(after: position)
      guard !after.isEmpty || position + 1 == words.count else { continue }
      items += 1
      itemLength = 0
      if let joinedAfter {
        // The item after "and" is the last, unless the "and" joined the words of the first
        // item ("32 and 64 bit x86, ARM, …") and a comma follows.
        if joinedAfter > 1 || !after.hasPrefix(",") {
          return items >= needed ? position + 1 : nil
        }
        items = 1
      }
      joinedAfter = nil
      guard after.hasPrefix(",") else { return nil }
    }
    return nil
  }

  /// The most words an item of a list may have.
  private static let listItemWords = 6

  /// The end of a list of names with commas alone between them, no "and" before the last
  /// ("like HDPE, PP, LDPE they will have …"): one capitalised word each, three at least.
  private func bareNamesEnd(from start: Int) -> Int? {
    var end = start
    while end < words.count, words[end].token.isCapitalized {
      end += 1
      guard separator(after: end - 1).hasPrefix(",") else { break }
    }
    let items = end - start
    // The last item has no comma after it: "LDPE they", not "LDPE, they".
    guard items >= 3, end < words.count, !words[end].token.isCapitalized,
      !separator(after: end - 1).hasPrefix(",")
    else { return nil }
    return end
  }

  /// `span` with the items a series joins to it: "from mold, humidity, and bugs" of "from
  /// mold", each item a word or a few, the last after "and" or "or"; `span` itself when no
  /// series ends that way.
  func series(from span: Span) -> Span {
    var end = span.upperBound
    while end < words.count, separator(after: end - 1) == "," {
      let joined = ["and", "or"].contains(words[end].folded)
      let next = joined ? end + 1 : end
      // The item runs to the next mark, over a few words and no preposition.
      var itemEnd = next
      while itemEnd < words.count, itemEnd - next < Self.seriesItemReach,
        !WordLists.prepositions.contains(words[itemEnd].folded)
      {
        itemEnd += 1
        if !separator(after: itemEnd - 1).isEmpty { break }
      }
      guard itemEnd > next, itemEnd == words.count || !separator(after: itemEnd - 1).isEmpty
      else { break }
      end = itemEnd
      if joined { return span.lowerBound..<end }
    }
    return span
  }
  /// The most words of one item of a series.
  private static let seriesItemReach = 4

  /// The marks between the word at `position` and the next, without spaces ("," or "" or ":").
  func separator(after position: Int) -> String {
    let end = words[position].token.text.endIndex
    let next =
      position + 1 < words.count
      ? words[position + 1].token.text.startIndex : sentence.text.endIndex
    return sentence.text[end..<next].filter { !$0.isWhitespace }
  }

  /// The clauses and phrases that say when something happens by another happening: "when the
  /// hosts follow the rules exactly", "once the company has learned extended order drill",
  /// "if the issue cannot be resolved directly", "before submitting your talk"; each from its
  /// opening word to the next mark or the sentence's end. `conditions` lets "if" and "unless"
  /// open them too. Not "when" after a time ("Between 2003/04, when the service launched").
  func happeningSpans(conditions: Bool) -> [Span] {
    var spans: [Span] = []
    let times = timeSpans()
    for position in words.indices {
      let word = words[position].folded
      let previous = position > 0 ? words[position - 1].folded : ""
      let next = position + 1 < words.count ? words[position + 1].folded : ""
      let opens =
        Self.happeningOpeners.contains(word)
        || (conditions && word == "if")
        || (word == "as" && next == "soon" && position + 2 < words.count
          && words[position + 2].folded == "as")
      guard opens, position + 1 < words.count else { continue }
      // Not "if" of "see if", "as if" or "even if", which say no condition of a time; not
      // "look after" or "named after"; not "once a busy port" or "at once"; not "when" after a
      // time or a noun of time ("the winter when the river froze").
      if word == "if",
        ["as", "even"].contains(previous) || Self.whetherVerbs.contains(Stemmer.stem(previous))
      {
        continue
      }
      if ["after", "before"].contains(word), Self.particleVerbs.contains(Stemmer.stem(previous)) {
        continue
      }
      if word == "once", Self.isIdiomaticOnce(previous: previous, next: next) {
        continue
      }
      if word == "when",
        times.contains(where: { $0.upperBound == position })
          || Self.timeNouns.contains(Stemmer.stem(previous))
      {
        continue
      }
      var end = position + 1
      while end < words.count, end - position < Self.longestHappening,
        !separator(after: end - 1).contains(where: Self.clauseMarks.contains)
      {
        end += 1
      }
      // A phrase that runs on past the most words it may have says no one thing.
      guard end - position < Self.longestHappening, end > position + 1 else { continue }
      spans.append(position..<end)
    }
    return spans
  }

  /// The words that open a clause or phrase of when something happens.
  private static let happeningOpeners: Set<String> = [
    "when", "whenever", "once", "after", "before", "until", "till",
  ]
  /// Verbs after which "if" says whether: "to see if you meet the qualifications".
  static let whetherVerbs = Set(
    [
      "see", "check", "ask", "know", "validate", "determine", "wonder", "decide", "tell", "test",
      "verify", "confirm", "find", "learn", "doubt", "consider", "evaluate", "assess",
      "establish", "investigate", "examine", "show", "judge", "question", "matter", "care",
    ].map(Stemmer.stem))
  /// Verbs that take "after" or "before" as their own: "look after", "named after".
  private static let particleVerbs = Set(
    ["look", "go", "went", "come", "came", "name", "take", "took", "run", "ran", "chase", "bow"]
      .map(Stemmer.stem))
  /// Nouns of time a relative "when" follows: "the winter when the river froze".
  private static let timeNouns = Set(
    WordLists.timeUnits.union([
      "time", "moment", "period", "era", "season", "night", "morning", "evening", "afternoon",
      "winter", "summer", "spring", "autumn", "age", "date",
    ]).map(Stemmer.stem))
  /// The marks that end a clause: not a hyphen or an apostrophe within a word ("12-week").
  private static let clauseMarks = Set(",;:.!?()[]\"“”–—")
  /// The most words such a clause may have.
  private static let longestHappening = 25

  /// Where the sentence says what a name comes from: "after PostQUEL" of "libpq was named
  /// after PostQUEL", "after the Missouri town …" of "referred to as the New Madrid
  /// earthquakes, after the Missouri town …", to the end of the sentence.
  func nameOriginSpans() -> [Span] {
    var spans: [Span] = []
    for position in words.indices
    where Self.namingVerbs.contains(words[position].folded)
      || ["referred", "known"].contains(words[position].folded)
    {
      let reach = words.indices.dropFirst(position + 1).prefix(Self.nameOriginReach)
      guard let after = reach.first(where: { words[$0].folded == "after" }),
        after + 1 < words.count
      else { continue }
      spans.append(after..<words.count)
    }
    return spans
  }

  /// How many words after "named" or "referred to as" the "after" of a name's origin may
  /// stand.
  private static let nameOriginReach = 10

  private static let namingVerbs: Set<String> = [
    "called", "named", "dubbed", "nicknamed", "titled", "entitled", "renamed",
  ]

  /// Runs of capitalised words the question does not use, read as names where the documents'
  /// entities name none: "NASA astronaut Loral O'Hara" gives "NASA" and "Loral O'Hara". A
  /// sentence's first word counts only when the documents never write it in lower case.
  private func capitalizedRuns(knowledge: KnowledgeBase) -> [Span] {
    var spans: [Span] = []
    var position = 0
    while position < words.count {
      guard isNameWord(position, knowledge: knowledge) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < words.count, adjacent(end - 1, end) {
        if isNameWord(end, knowledge: knowledge) {
          end += 1
        } else if end + 1 < words.count, adjacent(end, end + 1),
          isNameWord(end + 1, knowledge: knowledge), !words[end].token.isCapitalized,
          !WordLists.stopWords.contains(words[end].folded),
          // A title is a noun: "Ian Murdock founded Debian" is two names and a verb.
          WordNet.knows(words[end].folded, as: .noun)
        {
          end += 2  // a title between names: "NASA astronaut Loral O'Hara"
        } else {
          break
        }
      }
      let span = position..<end
      // A lone adjective before its noun describes it: "the Dutch animation studio".
      let describing =
        span.count == 1 && end < words.count && !words[end].token.isCapitalized
        && WordNet.knows(words[position].folded, as: .adjective)
      if !describing, !span.allSatisfy({ questionStems.contains(words[$0].stem) }) {
        spans.append(span)
      }
      position = end
    }
    return spans
  }

  private func isNameWord(_ position: Int, knowledge: KnowledgeBase) -> Bool {
    let word = words[position]
    // "I've" and "We'll" are pronouns too.
    let bare = String(word.folded.prefix { $0 != "'" })
    guard word.token.isCapitalized, !WordLists.months.contains(word.folded),
      !WordLists.weekdays.contains(word.folded), !WordLists.pronouns.contains(bare)
    else { return false }
    // "If" opening a sentence is no name, though the documents never write it in lower case.
    return position > 0
      || !(knowledge.commonWords.contains(word.folded) || WordLists.stopWords.contains(word.folded))
  }

  /// Whether every number the question uses stands in the sentence: "Was it launched in
  /// 2006?" is not answered by a sentence about 2007.
  func holdsNumbers(of question: ClauseQuestion) -> Bool {
    let numbers = question.stems.filter { NumberWords.isNumber($0) }
    return numbers.allSatisfy { number in words.contains { $0.stem == number } }
  }

  /// Whether the sentence uses the stem `stem`, and `test` holds of every position it does.
  func everyUse(of stem: String, _ test: (Int) -> Bool) -> Bool {
    let uses = words.indices.filter { words[$0].stem == stem }
    return !uses.isEmpty && uses.allSatisfy(test)
  }

  /// Whether the sentence holds a word with the stem.
  func holds(_ stem: String) -> Bool {
    words.contains { $0.stem == stem }
  }

  /// The names of the sentence whose own last word, or the word after them, names a kind of
  /// the question's `noun` in WordNet: "McDonnell Corporation" for "which organization", "the
  /// Titan II missile" for "which rocket".
  func namedKinds(of noun: String, among spans: [Span]) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    return spans.filter { span in
      let candidates = [span.upperBound - 1, span.upperBound].filter { $0 < words.count }
      return candidates.contains { position in
        let word = words[position].folded
        return word != noun && wordNet.isKind(word, of: noun, depth: Self.kindDepth)
      }
    }
  }

  /// The names of the sentence that WordNet itself knows as a kind of `noun`: "Canada" for
  /// "which country", "Lagos" for "which city". A name WordNet does not hold is not one.
  func knownKinds(of noun: String, among spans: [Span]) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    return spans.filter { span in
      wordNet.isKind(text(of: span), of: noun, senses: 1, depth: Self.kindDepth)
    }
  }

  /// The common nouns of the sentence that name a kind of the question's `noun` in WordNet,
  /// each with its determiner, those joined by "and", "or" or a comma taken together: "a
  /// grandfather and an uncle" for "which relatives".
  func kindSpans(of noun: String) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    let kinds = words.indices.filter { position in
      let word = words[position]
      // A verb's forms are no kind of thing: "watching" is not an activity the sentence names.
      return word.token.text.first?.isLowercase == true && word.folded != noun
        && !word.folded.hasSuffix("ing") && !word.folded.hasSuffix("ed")
        && !WordLists.stopWords.contains(word.folded) && word.folded.count > 2
        && wordNet.isKind(word.folded, of: noun, senses: 1, depth: Self.kindDepth)
    }
    var spans: [Span] = []
    for position in kinds {
      let start =
        position > 0 && Self.determiners.contains(words[position - 1].folded)
        ? position - 1 : position
      if let last = spans.last, start - last.upperBound <= 1,
        start == last.upperBound
          ? separator(after: last.upperBound - 1).contains(",")
          : ["and", "or"].contains(words[last.upperBound].folded)
      {
        spans[spans.count - 1] = last.lowerBound..<(position + 1)
      } else {
        spans.append(start..<(position + 1))
      }
    }
    return spans
  }

  /// How many steps above a common noun its kind may be: "grandfather" is a relative four
  /// steps up, "experiment" an activity too far up to answer "what activities".
  private static let kindDepth = 4

  /// Words that open a noun phrase before its noun, numbers of a few included.
  private static let determiners = WordLists.determiners.union([
    "two", "three", "four", "several", "many",
  ])

  /// Whether the sentence says the name at `span` is a thing of the kind `noun`: a form of
  /// "be" right after it and the noun a few words on ("LRO is currently the only NASA
  /// spacecraft").
  func isCalled(_ noun: String, span: Span) -> Bool {
    // "a glacier in northeast Greenland called Zachariae Isstrom": the noun, a few words, and
    // the word that names it right before the name.
    if span.lowerBound > 0, Self.namingVerbs.contains(words[span.lowerBound - 1].folded),
      words[max(0, span.lowerBound - 1 - Self.complementReach)..<(span.lowerBound - 1)].contains(
        where: { $0.stem == noun })
    {
      return true
    }
    let be = words.indices.dropFirst(span.upperBound).prefix(2).first {
      ["is", "are", "was", "were"].contains(words[$0].folded)
    }
    guard let be else { return false }
    return words[(be + 1)...].prefix(Self.complementReach).contains { $0.stem == noun }
  }

  /// How many words after "is" the noun of its complement may stand.
  private static let complementReach = 5

  /// Where the sentence says what the name with `stems` is: the name as the subject of "is",
  /// "are", "was" or "were", with at most an article before it, to the end of the sentence
  /// ("The Internet is a large network of computers …").
  func definition(of stems: Set<String>) -> Span? {
    for position in words.indices.dropLast() where stems.contains(words[position].stem) {
      // "Data preservation consists of …", "… means …" say what it is too; after its other
      // name, in brackets or after ", or" ("LiDAR, or light detection ranging (…) is …").
      var verb = position + 1 + otherNameLength(after: position)
      // "PRCAVE will be the first systematic study of …" says what it is to be.
      if verb + 1 < words.count, words[verb].folded == "will", words[verb + 1].folded == "be" {
        verb += 1
      }
      guard verb < words.count, Self.definingVerbs.contains(words[verb].folded) else { continue }
      // "SPI was founded to …" tells what was done to it, not what it is.
      if verb + 1 < words.count,
        case let next = words[verb + 1].folded,
        next.hasSuffix("ed") || next.hasSuffix("en") || next == "being"
      {
        continue
      }
      // The whole name: "the Harbor Network is …".
      guard let first = nameStart(endingAt: position, of: stems) else { continue }
      let start =
        first > 0 && ["the", "a", "an"].contains(words[first - 1].folded) ? first - 1 : first
      // The word opens the sentence or its clause: "At its most basic, the Internet is …",
      // "This is where crates.io comes in -- crates.io is …".
      guard start == 0 || separator(after: start - 1).contains(where: { ",;:—–-".contains($0) })
      else { continue }
      return start..<words.count
    }
    return called(stems) ?? calledInline(stems)
  }

  /// The verbs after a name that say what it is: "is", "means", "consists", "refers".
  private static let definingVerbs: Set<String> = [
    "is", "are", "was", "were", "be", "means", "consists", "refers",
  ]

  /// How many words after `position` give another name for the one it ends, set off from what
  /// follows: "(LiDAR)" or ", or light detection ranging (sometimes also referred to as active
  /// laser scanning)" before "is"; 0 when none does.
  private func otherNameLength(after position: Int) -> Int {
    let mark = separator(after: position)
    let opens =
      mark.hasPrefix("(")
      || (mark == "," && position + 1 < words.count && words[position + 1].folded == "or")
    guard opens else { return 0 }
    // The aside runs to the closing bracket, or, after ", or", to the next comma or closing
    // bracket: a "be" inside it ("(which is short for …)") is not the sentence's verb.
    let closes = mark.hasPrefix("(") ? ")" : ",)"
    var end = position + 1
    while end < words.count, end - position <= Self.otherNameReach {
      if separator(after: end).contains(where: closes.contains) { return end - position }
      end += 1
    }
    return 0
  }

  /// The most words another name set off after a name runs to.
  private static let otherNameReach = 16

  /// The noun phrase the sentence names by the name of `stems` as it goes on: "a large mantle,
  /// or cloak" of "… wears a large mantle, or cloak, called a himation …", "a straw sunhat" of
  /// "… or a straw sunhat called a tholia". Not "was named the head" (what was done to it) and
  /// not a name of several things before it ("Funders, Publishers …").
  private func calledInline(_ stems: Set<String>) -> Span? {
    for position in words.indices where stems.contains(words[position].stem) {
      // The name ends its phrase: not "HN" of 'called an "HN address"'.
      guard
        position + 1 == words.count || !separator(after: position).isEmpty
          || WordLists.stopWords.contains(words[position + 1].folded),
        let first = nameStart(endingAt: position, of: stems)
      else { continue }
      var verb = first - 1
      if verb > 0, ["a", "an", "the"].contains(words[verb].folded) { verb -= 1 }
      if verb > 0, words[verb].folded == "as", words[verb - 1].folded == "known" { verb -= 1 }
      guard verb >= 2, ["called", "named", "termed", "known"].contains(words[verb].folded),
        !WordLists.passiveAuxiliaries.contains(words[verb - 1].folded)
      else { continue }
      // Back over the noun phrase to its article: "a large mantle, or cloak".
      var start = verb
      while start > 0, verb - start < Self.calledPhraseReach {
        let word = words[start - 1]
        let joins = ["or", "and", "of"].contains(word.folded)
        if ["a", "an", "the"].contains(word.folded) { return (start - 1)..<verb }
        // Not past a verb: "The women sing songs called khoomei".
        let isVerbOnly =
          WordNet.knows(word.folded, as: .verb) && !WordNet.knows(word.folded, as: .noun)
          && !WordNet.knows(word.folded, as: .adjective)
        guard
          joins
            || !(WordLists.stopWords.contains(word.folded) || word.token.isCapitalized
              || isVerbOnly || WordNet.isPastForm(word.folded))
        else { break }
        // A comma closes the phrase unless an "or" or an "and" opens the next part of it.
        if start < verb, separator(after: start - 1).contains(","),
          !["or", "and"].contains(words[start].folded)
        {
          break
        }
        start -= 1
      }
      // Without an article, the noun right before the name says what it is: "singing" of
      // "throat singing called khoomei".
      if start < verb, !["or", "and", "of"].contains(words[verb - 1].folded) {
        return (verb - 1)..<verb
      }
    }
    return nil
  }

  /// How many words before "called" the phrase it names may start.
  private static let calledPhraseReach = 7

  /// What the sentence says is called by the name of `stems`, which ends it: "The process of
  /// reheating and separating a previously soldered joint" of "… is called desoldering." The
  /// subject runs from the sentence's start.
  private func called(_ stems: Set<String>) -> Span? {
    guard let last = words.indices.last, stems.contains(words[last].stem),
      let first = nameStart(endingAt: last, of: stems), first >= 2
    else { return nil }
    var verb = first - 1
    if ["as", "to"].contains(words[verb].folded) {
      guard ["known", "referred", "described"].contains(words[verb - 1].folded) else { return nil }
      verb -= 1
    }
    if words[verb].folded == "to" { verb -= 1 }
    guard verb >= 2,
      ["called", "named", "termed", "known", "referred"].contains(words[verb].folded),
      ["is", "are", "was", "were"].contains(words[verb - 1].folded)
    else { return nil }
    return 0..<(verb - 1)
  }

  /// Where the name whose words are `stems` starts, when it ends at `position` with all of
  /// them and nothing else: "the Harbor Network" of "Harbor" and "Network".
  private func nameStart(endingAt position: Int, of stems: Set<String>) -> Int? {
    var first = position
    while first > 0, stems.contains(words[first - 1].stem) { first -= 1 }
    return Set(words[first...position].map(\.stem)) == stems ? first : nil
  }

  /// The capitalised words that end at `position` with nothing between them, when they hold
  /// every one of `stems` (and the last is one of them): "Florence Rena Sabin" for "Florence"
  /// and "Sabin".
  private func fullName(endingAt position: Int, holding stems: Set<String>) -> Span? {
    guard stems.contains(words[position].stem) else { return nil }
    var first = position
    while first > 0, separator(after: first - 1).isEmpty, words[first - 1].token.isCapitalized {
      first -= 1
    }
    return stems.isSubset(of: Set(words[first...position].map(\.stem)))
      ? first..<(position + 1) : nil
  }

  /// What the sentence sets beside the name of `stems`, between commas, to say what it is: "the
  /// Latin American conference on the use of R in research and development" of "at LatinR, the
  /// Latin American conference on …". Not the first of a list ("Hamas, the PA and Fatah").
  func appositive(of stems: Set<String>) -> Span? {
    for position in words.indices.dropLast() where stems.contains(words[position].stem) {
      // "boulder, our open source CA software": a possessive opens one too.
      guard !stems.contains(words[position + 1].stem),
        separator(after: position) == ",",
        Self.appositiveOpeners.contains(words[position + 1].folded)
      else { continue }
      guard nameStart(endingAt: position, of: stems) != nil else { continue }
      let start = position + 1
      let end = runEnd(
        from: start, reach: Self.definitionReach, before: ["which", "who", "that", "whose"],
        marks: ",;:.()")
      guard end - start >= 2,
        !(start..<(end - 1)).contains(where: {
          ["and", "or"].contains(words[$0].folded) && words[$0 + 1].token.isCapitalized
        })
      else { continue }
      return start..<end
    }
    return nil
  }

  /// The words that open a phrase set beside a name to say what it is.
  private static let appositiveOpeners = WordLists.determiners.subtracting(["these", "those"])

  /// How many words an appositive that says what a name is may take.
  private static let definitionReach = 16

  /// The words that give the name at `span` its title: up to four words right before it
  /// ("principal investigator Christopher Walker") and what follows it between commas ("Ana
  /// Ruiz, the principal investigator,"), what a linking verb after it says ("Dave Lavery is
  /// the program executive"), and a clause after it that says who it is ("Edgar Carrera, a
  /// professor at …, who is the lead organiser"; a person named between is nearer to it).
  func titleSpans(of span: Span) -> [Span] {
    // Back to a mark or a function word: "led by principal investigator Christopher Walker"
    // gives "principal investigator", "the party which dominates the PA" nothing.
    var start = span.lowerBound
    while start > 0, span.lowerBound - start < Self.titleReach,
      !separator(after: start - 1).contains(where: { ",;:.()".contains($0) }),
      !WordLists.stopWords.contains(words[start - 1].folded),
      !WordLists.prepositions.contains(words[start - 1].folded)
    {
      start -= 1
    }
    var spans = [start..<span.lowerBound]
    if span.upperBound < words.count, separator(after: span.upperBound - 1).contains(",") {
      // To the next mark, or what the description's own clause says ("the party which
      // dominates the PA" describes the party, not its role).
      let end = runEnd(
        from: span.upperBound, reach: Self.appositiveReach,
        before: ["which", "who", "that", "whose", "where"], marks: ",;:.()")
      spans.append(span.upperBound..<end)
    }
    // "Dave Lavery is the program executive for …": what the name is, said right after it.
    if span.upperBound < words.count, Self.linkingForms.contains(words[span.upperBound].folded) {
      spans.append((span.upperBound + 1)..<clauseEnd(from: span.upperBound + 1))
    }
    // "Edgar Carrera, a professor at …, who is a member of … and is the lead organiser of the
    // workshop": a clause that says who the name is, after its description.
    if let who = words.indices.dropFirst(span.upperBound).prefix(Self.relativeReach).first(where: {
      words[$0].folded == "who" && $0 > 0 && separator(after: $0 - 1).contains(",")
    }), who + 1 < words.count, Self.linkingForms.contains(words[who + 1].folded) {
      spans.append((who + 1)..<clauseEnd(from: who + 1))
    }
    return spans.filter { !$0.isEmpty }
  }

  /// The forms of "be" and "become" that say what a person is.
  private static let linkingForms: Set<String> = ["is", "was", "becomes", "became", "remains"]
  /// How many words after a name a clause that says who it is may start.
  private static let relativeReach = 16

  /// Where the clause from `start` ends: the next mark that closes a clause (";", ".", ":"),
  /// "which", or the end of the sentence.
  private func clauseEnd(from start: Int) -> Int {
    runEnd(from: start, reach: words.count, before: ["which", "whose", "where"], marks: ";:.")
  }

  /// The end of the words from `start`: at most `reach` of them, stopping before any of the
  /// words `before` and after any of the `marks`.
  func runEnd(from start: Int, reach: Int, before: Set<String>, marks: String) -> Int {
    var end = start
    while end < words.count, end - start < reach, !before.contains(words[end].folded) {
      end += 1
      if separator(after: end - 1).contains(where: marks.contains) { break }
    }
    return end
  }

  /// How many words before a name its title may have, and after it its description.
  private static let titleReach = 4
  private static let appositiveReach = 8

  /// Whether the nearest preposition before `span`, within a few words, is `preposition`:
  /// "for" takes Rudolf Abel in "traded for a captured Soviet spy, Rudolf Abel".
  func isTaken(_ span: Span, by preposition: String) -> Bool {
    var position = span.lowerBound - 1
    while position >= 0, span.lowerBound - position <= Self.prepositionReach {
      let word = words[position].folded
      if WordLists.prepositions.contains(word) { return word == preposition }
      if separator(after: position).contains(where: { ";:.!?".contains($0) }) { return false }
      position -= 1
    }
    return false
  }

  /// The phrases `preposition` opens: "under the Creative Commons CC0 waiver" of "released
  /// into the public domain under the Creative Commons CC0 waiver via the portal", to the next
  /// preposition but "of", the next mark, or a word that opens a clause ("and" joining names
  /// does not), at most `phraseReach` words after it. Each holds a word the question does not
  /// use.
  func phraseSpans(opening preposition: String) -> [Span] {
    words.indices.compactMap { position in
      guard words[position].folded == preposition else { return nil }
      // A preposition between two capitalised words is inside a name ("the Convention on
      // International Trade in Endangered Species"), unless what follows is a place WordNet
      // knows ("the Port of Memphis in Memphis").
      if position > 0, position + 1 < words.count, words[position - 1].token.isCapitalized,
        words[position + 1].token.isCapitalized, separator(after: position - 1).isEmpty,
        !isKnownPlace(position + 1..<(position + 2))
      {
        return nil
      }
      var end = position + 1
      while end < words.count, end - position <= Self.phraseReach {
        let word = words[end].folded
        // "in both the EU and US": "and" joins names; "and then decreases" opens a clause.
        let joinsNames =
          ["and", "or"].contains(word) && end + 1 < words.count
          && (words[end + 1].token.isCapitalized || words[end + 1].folded.first?.isNumber == true)
        // "in Leiden were often recycled": the verb after the noun ends its phrase; not one of
        // a clause the phrase holds ("about how the car was found").
        if (WordLists.prepositions.contains(word) && word != "of")
          || (Self.clauseOpeners.contains(word) && !joinsNames)
          || (end > position + 1 && ClauseQuestion.auxiliaries.contains(word)
            && !words[(position + 1)..<end].contains {
              Answerer.questionWords.contains($0.folded) || $0.folded == "whether"
            })
        {
          break
        }
        end += 1
        if !separator(after: end - 1).isEmpty { break }
      }
      // A phrase cut off by its reach ends on its last content word, not on "of the".
      while end > position + 2, separator(after: end - 1).isEmpty,
        WordLists.stopWords.contains(words[end - 1].folded)
      {
        end -= 1
      }
      let object = (position + 1)..<end
      guard !object.isEmpty,
        object.contains(where: {
          !questionWords.contains(words[$0].stem) && !WordLists.stopWords.contains(words[$0].folded)
        })
      else { return nil }
      return position..<end
    }
  }

  /// The people `preposition` takes right after a word `isAsked` takes for one of the
  /// question's, in common words: "emergency managers and associated organisations" of
  /// "Available for emergency managers and associated organisations". The phrase runs to a
  /// mark that ends a clause, a word that opens one, or a preposition that opens another role,
  /// and a word of it must name a kind of person or of group in WordNet.
  func peopleSpans(after preposition: String, isAsked: (String) -> Bool) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    return words.indices.compactMap { position in
      guard words[position].folded == preposition, position > 0, position + 1 < words.count,
        isAsked(words[position - 1].stem), !words[position + 1].token.isCapitalized
      else { return nil }
      let end = runEnd(
        from: position + 1, reach: Self.peopleReach, before: Self.peopleEnders, marks: ".;:")
      let people = (position + 1)..<end
      guard
        people.contains(where: { word in
          let folded = words[word].folded
          return !WordLists.stopWords.contains(folded)
            && Self.peopleKinds.contains { wordNet.isKind(folded, of: $0, senses: 1) }
        })
      else { return nil }
      return people
    }
  }
  /// The most words of people in common words.
  private static let peopleReach = 10
  /// The kinds of which a word names people.
  private static let peopleKinds = ["person", "people", "organization"]
  /// Words that end a phrase of people: those that open a clause or another role.
  private static let peopleEnders: Set<String> = [
    "who", "whom", "whose", "which", "that", "when", "where", "while", "because", "if", "but",
    "so", "to", "in", "on", "at", "from", "by", "for", "until", "after", "before",
  ]

  /// The purposes the sentence gives a deed, each "to" and the verb phrase it opens, after a
  /// word `isDeed` takes for the deed: "to restore and replace these lost birds" of "these
  /// damages will be used to restore and replace these lost birds". The phrase runs to a mark
  /// that ends a clause or a word that opens another.
  func purposeSpans(after isDeed: (String) -> Bool) -> [Span] {
    words.indices.compactMap { position in
      guard words[position].folded == "to", position > 0, position + 1 < words.count,
        separator(after: position - 1).isEmpty, isDeed(words[position - 1].stem),
        case let verb = words[position + 1].folded,
        WordNet.english?.lemmas(of: verb, as: .verb).contains(verb) == true,
        !WordLists.stopWords.contains(verb)
      else { return nil }
      var end = runEnd(
        from: position + 1, reach: Self.purposeReach,
        before: Self.clauseOpeners.subtracting(["and", "or"]), marks: ";:.,")
      // "and" before a clause of its own ends it: "to cover AV/Technical expenses and any
      // excess funds will be transferred …".
      if let joint = (position + 2..<end).first(where: { joint in
        ["and", "or"].contains(words[joint].folded)
          && words[(joint + 1)..<min(end, joint + 7)].contains {
            Self.clauseVerbs.contains($0.folded)
          }
      }) {
        end = joint
      }
      return series(from: position..<end)
    }
  }
  /// The most words of a purpose phrase.
  private static let purposeReach = 16

  /// The purposes the sentence gives a deed whose verb `isVerb` takes, said after the deed's
  /// object, particle or adverb: "to concentrate on his national team commitments …" of
  /// "Butler left the team to concentrate on …", "to allow biologists access …" of "an old
  /// trail system was rehabilitated to allow …". Not the verb's own complement ("forced Wells
  /// to leave", "wanted to stay": a verb WordNet frames with an infinitive; "decided to close",
  /// a verb the clause reader knows takes one), nor what a word before the "to" takes ("a plan
  /// to build", "able to fly"), nor across a mark or a word that opens another clause.
  func deedPurposeSpans(ofVerb isVerb: (String) -> Bool) -> [Span] {
    guard let wordNet = WordNet.english else { return [] }
    // Each "to" and the verb phrase it opens, whatever the word before it.
    return purposeSpans(after: { _ in true }).filter { purpose in
      let position = purpose.lowerBound
      // Not a name: "lost to Mark Waite".
      guard words[position + 1].token.bare.first?.isUppercase == false,
        !takesTo(position - 1, wordNet: wordNet)
      else { return false }
      let lowest = max(0, position - 1 - Self.deedReach)
      var deed: Int?
      for before in stride(from: position - 1, through: lowest, by: -1) {
        let word = words[before].folded
        if before < position - 1, !separator(after: before).isEmpty { break }
        if Self.clauseOpeners.contains(word) || word == "to" { break }
        if isVerb(words[before].stem), !wordNet.lemmas(of: word, as: .verb).isEmpty {
          deed = before
          break
        }
      }
      guard let deed else { return false }
      return !wordNet.takesInfinitive(words[deed].folded)
        && !ClauseExtractor.infinitiveVerbs.contains(VerbLemma.lemma(of: words[deed].folded))
        && (deed + 1..<position).allSatisfy { !takesTo($0, wordNet: wordNet) }
        // A name the question does not hold makes it another deed: "develop InGate to
        // replace it" is not why Ingress NGINX was developed.
        && (deed + 1..<position).allSatisfy {
          words[$0].token.bare.first?.isUppercase == false || questionWords.contains(words[$0].stem)
        }
    }
  }

  /// The most words between a deed's verb and the "to" of its purpose.
  private static let deedReach = 6

  /// Whether the word at `position` takes "to" and a verb itself: an idea's noun ("a plan to",
  /// "the right to"), a describing word ("able to", "likely to"), "enough", "order".
  private func takesTo(_ position: Int, wordNet: WordNet) -> Bool {
    let word = words[position].folded
    if Self.infinitiveTakers.contains(word) { return true }
    if wordNet.takesInfinitive(word) { return true }
    if !wordNet.lemmas(of: word, as: .noun).isEmpty, wordNet.namesIdea(word) { return true }
    return wordNet.lemmas(of: word, as: .adjective).contains(word)
      && wordNet.lemmas(of: word, as: .noun).isEmpty
      && wordNet.lemmas(of: word, as: .adverb).isEmpty
  }

  /// Words that take "to" and a verb, which WordNet cannot tell.
  private static let infinitiveTakers: Set<String> = [
    "enough", "order", "able", "unable", "likely", "unlikely", "going", "about", "used",
    "supposed", "due", "set", "ready", "willing", "eager", "have", "has", "had", "ought",
  ]

  /// What "be" links the question's words to, after them: "health sciences, language/arts
  /// and other sciences" of "the most popular subject areas on the platform are health
  /// sciences, …" for "Which subject areas are the most popular?". The question's words stand
  /// right before the "be" (a few words may describe them, no mark between), and what follows
  /// runs to a mark that ends a clause (not a comma of a list) or a word that opens one.
  func copulaComplement() -> Span? {
    guard let last = anchors.last,
      let be = words.indices.first(where: {
        $0 > last && $0 - last <= Self.copulaReach
          && ClauseQuestion.beForms.contains(words[$0].folded)
      }),
      (last..<be).allSatisfy({ separator(after: $0).isEmpty })
    else { return nil }
    var end = be + 1
    while end < words.count, end - be <= Self.phraseReach * 2 {
      let word = words[end].folded
      if end > be + 1, Self.clauseOpeners.contains(word), !["and", "or"].contains(word) {
        break
      }
      end += 1
      if ![",", "", "/", "-"].contains(separator(after: end - 1)) { break }
    }
    let complement = (be + 1)..<end
    // It says something the question does not: "are health sciences", not "are the most
    // popular".
    guard
      complement.contains(where: {
        !questionWords.contains(words[$0].stem) && !WordLists.stopWords.contains(words[$0].folded)
      })
    else { return nil }
    return complement
  }

  /// What a "be" says is what the question describes, the question's words after it: "Python
  /// 2.7" of "Python 2.7 is the end of the Python 2 line of development", for "Which version is
  /// the end of the Python 2 line?". The subject runs back to the start of its clause, a few
  /// words at most, and says something the question does not.
  func copulaSubject() -> Span? {
    // The "be" the question's words follow, with nothing but words like "the" between.
    let opensComplement = { (be: Int) in
      guard be > 0, ClauseQuestion.beForms.contains(self.words[be].folded),
        let next = self.words.indices.first(where: {
          $0 > be && !WordLists.stopWords.contains(self.words[$0].folded)
        }), next - be <= Self.copulaReach, self.anchors.contains(next)
      else { return false }
      return (be..<next).allSatisfy { self.separator(after: $0).isEmpty }
    }
    guard let be = words.indices.first(where: opensComplement) else { return nil }
    var start = be
    while start > 0, separator(after: start - 1).isEmpty,
      !Self.clauseOpeners.contains(words[start - 1].folded),
      !WordLists.prepositions.contains(words[start - 1].folded)
    {
      start -= 1
      guard be - start <= Self.subjectWords else { return nil }
    }
    let subject = start..<be
    guard
      subject.contains(where: {
        !WordLists.stopWords.contains(words[$0].folded) && !anchors.contains($0)
      })
    else { return nil }
    return subject
  }

  /// The most words the subject of a "be" may have, read back from it.
  private static let subjectWords = 6

  /// How many words may stand between the question's last word and the "be" that links it.
  private static let copulaReach = 4

  /// The most words a phrase may run after its preposition.
  private static let phraseReach = 8
  /// Words that open a clause, which no phrase runs past.
  private static let clauseOpeners: Set<String> = [
    "which", "that", "who", "whom", "whose", "where", "when", "while", "and", "but", "or",
    "because", "so", "if", "although", "though",
  ]

  /// How many words back a name's preposition may stand.
  private static let prepositionReach = 6

  /// Whether the definition at `span` names the kind of thing it defines: "a", "an", "the" or
  /// "one of" after its verb.
  func namesAKind(_ span: Span) -> Bool {
    guard
      let verb = words[span].firstIndex(where: {
        ["is", "are", "was", "were"].contains($0.folded)
      }), verb + 1 < span.upperBound
    else { return false }
    return ["a", "an", "the", "one"].contains(words[verb + 1].folded)
  }

  /// Whether the name at `span` is who a quote is attributed to: right after "said" or
  /// "says" (perhaps after a title), or right before it.
  /// Whether the sentence gives a saying to the one of `stems`: a word of theirs within a few of
  /// a verb of saying ("Daraghmeh says", "said Abbas"), or after "according to".
  func speaks(_ stems: Set<String>) -> Bool {
    words.indices.contains { position in
      guard WordLists.speechVerbs.contains(words[position].folded) else { return false }
      let lower = max(0, position - Self.speakerReach)
      let around = words[lower..<min(words.count, position + 1 + Self.speakerReach)]
      return stems.contains { stem in around.contains { $0.stem == stem } }
    }
      || words.indices.dropLast().contains { position in
        words[position].folded == "according" && words[position + 1].folded == "to"
          && stems.contains { stem in
            words[(position + 2)...].prefix(Self.speakerReach).contains { $0.stem == stem }
          }
      }
  }

  /// How far from its verb of saying a speaker may be named: "Hani al-Masri, director of …,
  /// says".
  static let speakerReach = 4

  func isSpeaker(_ span: Span) -> Bool {
    let before = span.lowerBound - 1
    return (before >= 0 && WordLists.speechVerbs.contains(words[before].folded))
      || (span.upperBound < words.count
        && WordLists.speechVerbs.contains(words[span.upperBound].folded))
  }

  /// Whether a word with the stem stands within `distance` words of `span`.
  func isNear(_ span: Span, to stem: String, within distance: Int) -> Bool {
    let lower = max(0, span.lowerBound - distance)
    let upper = min(words.count, span.upperBound + distance)
    return words[lower..<upper].contains { $0.stem == stem }
  }

  // MARK: Reasons and means

  /// Whether the sentence gives a reason or a purpose in so many words: "because", "so
  /// that", "in order to", "due to", "the reason".
  /// Not one whose question words all come after where the reason starts ("Publication dates
  /// are not known because hub.docker.com does not retain … images which have been removed"):
  /// a reason explains what goes before it, not the words said inside it.
  var hasReason: Bool {
    // "No one is certain where the smugglers caught the turtles, so they cannot be returned
    // …": what comes before a result's "so" is why what follows it is so.
    if let result = words.indices.first(where: opensResult),
      anchors.contains(where: { $0 > result })
    {
      return true
    }
    // "It's the critical nature of the work that makes this our biggest team": what makes
    // something so is why it is so, when the question asks of no making.
    // Not a passive's "was made in Delft".
    if questionStems.isDisjoint(with: ["make", "made"]),
      let making = words.indices.first(where: causes),
      making == 0 || !WordLists.passiveAuxiliaries.contains(words[making - 1].folded),
      anchors.count >= 2, anchors.allSatisfy({ $0 > making })
    {
      return true
    }
    // "The reason we need more meadow is to boost pollinators": the reason, with what it is
    // the reason for after it, is what the "is" that follows says.
    if let reason = words.indices.prefix(Self.reasonOpeningReach).first(where: {
      ["reason", "reasons"].contains(words[$0].folded)
    }),
      let be = words.indices.first(where: {
        $0 > reason + 1 && ClauseQuestion.beForms.contains(words[$0].folded)
      }),
      be + 1 < words.count, ["to", "that", "because"].contains(words[be + 1].folded),
      anchors.contains(where: { $0 > reason && $0 < be }),
      // Of what the question asks why of, not of what the reason is: "The reason the council
      // asked for money is to rebuild the wall" does not say why it rebuilt the wall.
      !anchors.contains(where: { $0 > be })
    {
      return true
    }
    guard let start = words.indices.first(where: opensReason) else { return false }
    // "However, because they loved it, they kept using it": a reason may open the sentence
    // after a word that ties it to the one before, and what it is the reason for follows its
    // comma ("However, because the quay road was closed, the market moved" says why the
    // market moved, not why the road closed).
    if words[..<start].allSatisfy({ Self.tyingOpeners.contains($0.folded) }),
      let end = words.indices.dropFirst(start).first(where: { separator(after: $0).contains(",") }),
      anchors.contains(where: { $0 > end })
    {
      return true
    }
    return start == 0 || anchors.isEmpty || anchors.contains { $0 < start }
  }

  /// The words that may tie a sentence to the one before it, before a reason that opens it.
  private static let tyingOpeners: Set<String> = [
    "however", "but", "and", "yet", "still", "so", "then", "now", "instead", "indeed",
  ]

  /// How far into a sentence "the reason" may stand and open it: "One of the main reasons".
  private static let reasonOpeningReach = 6

  /// Whether the word at `position` is a verb whose subject makes something so, and says why:
  /// "makes it difficult", "forced Wells to leave", "have led to a lack of drugs". Not a
  /// participle that opens the sentence ("Making their capital at Londinium, the Romans
  /// chose …"), nor "forces" or "Forced" with no one forced to do something ("Rebel forces
  /// captured the city", "Forced labor camps"), nor "led to" a place ("A narrow door led to a
  /// courtyard").
  private func causes(_ position: Int) -> Bool {
    let word = words[position].folded
    if position == 0 && word.hasSuffix("ing") { return false }
    if Self.causingVerbs.contains(word) { return true }
    if Self.forcingVerbs.contains(word) {
      guard !words[position].token.isCapitalized else { return false }
      let reach = min(words.count - 1, position + Self.forcedReach)
      guard position + 2 < reach else { return false }
      return ((position + 2)..<reach).contains { to in
        words[to].folded == "to" && !words[to + 1].token.isCapitalized
          && WordNet.knows(words[to + 1].folded, as: .verb)
      }
    }
    guard ["led", "leads", "lead"].contains(word), position + 1 < words.count,
      words[position + 1].folded == "to", let wordNet = WordNet.english
    else { return false }
    // The noun "to" takes, past its article and describing words, is an idea.
    let noun = words[(position + 2)...].prefix(Self.forcedReach).first { next in
      !WordLists.determiners.contains(next.folded)
        && !(wordNet.lemmas(of: next.folded, as: .adjective).contains(next.folded)
          && wordNet.lemmas(of: next.folded, as: .noun).isEmpty)
    }
    return noun.map { wordNet.namesIdea($0.folded) } == true
  }

  /// How far after "forced" its "to" may stand ("forced Wells to leave"), and how far after
  /// "led to" its noun.
  private static let forcedReach = 5

  /// The verbs whose subject has someone do something, with "to" after who it is.
  private static let forcingVerbs: Set<String> = [
    "force", "forces", "forced", "forcing", "compel", "compels", "compelled",
  ]

  /// The verbs whose subject makes their object what it is, and so says why: "…, making it
  /// difficult to access". Not "caused" or "led" someone to do something, whose subject may
  /// only set off what the question asks about ("the words he shouted caused many people to
  /// wonder if others might be involved" is not why they wondered whether the vice president
  /// was).
  private static let causingVerbs: Set<String> = ["make", "makes", "made", "making"]

  /// Whether the word at `position` opens a clause that follows from the one before it, after
  /// a comma or a semicolon: "…, so they cannot …", "…; therefore …", "…, which is why …".
  private func opensResult(_ position: Int) -> Bool {
    guard position > 0, separator(after: position - 1).contains(where: { ",;".contains($0) })
    else { return false }
    let word = words[position].folded
    let next = position + 1 < words.count ? words[position + 1].folded : ""
    if word == "so" { return !Self.degreeAfterSo.contains(next) }
    if ["which", "that"].contains(word) {
      return next == "is" && position + 2 < words.count
        && words[position + 2].folded == "why"
    }
    return ["therefore", "thus", "hence", "consequently"].contains(word)
  }

  /// The words after "so" that make it a degree or a purpose, no result: "so much", "so that".
  private static let degreeAfterSo: Set<String> = [
    "that", "as", "much", "many", "far", "long", "few", "little", "called", "to", "too",
  ]

  /// Whether the sentence's only reason is a count of the reasons it leaves to the sentences
  /// after it: "… dropped Butler from the team for two reasons." says how many, not why.
  var onlyCountsReasons: Bool {
    let openers = words.indices.filter(opensReason)
    return !openers.isEmpty
      && openers.allSatisfy { position in
        position == words.count - 1 && position > 0 && words[position].folded == "reasons"
          && (NumberWords.isNumber(words[position - 1].plainStem)
            || Self.reasonCounts.contains(words[position - 1].folded))
      }
  }
  private static let reasonCounts: Set<String> = ["several", "many", "various", "multiple", "few"]

  /// Whether the word at `position` starts a reason or a purpose.
  private func opensReason(_ position: Int) -> Bool {
    let word = words[position].folded
    let next = position + 1 < words.count ? words[position + 1].folded : ""
    return Self.reasonWords.contains(word) || (word == "so" && ["that", "as"].contains(next))
      || (word == "in" && next == "order") || (["due", "thanks"].contains(word) && next == "to")
      || (word == "since" && opensReasonClause(after: position))
      // "… ask you to do a presentation as they want to see …": "as" and a pronoun that
      // does something, after what it says why of. Not "such as", "as well as" or "as it was".
      || (word == "as" && position > 0 && Self.reasonAsSubjects.contains(next)
        && !Self.comparingBeforeAs.contains(words[position - 1].folded)
        && position + 2 < words.count
        && (!Self.notReasonAfterAs.contains(words[position + 2].folded)
          // After a comma, "as" and a pronoun that is something is why: "Remove pins and
          // staples, as they are susceptible to rust".
          || (separator(after: position - 1) == ","
            && ClauseQuestion.beForms.contains(words[position + 2].folded)
            && position + 3 < words.count
            && !["a", "an", "the", "it", "they", "so", "such"].contains(
              words[position + 3].folded))))
      // "Following the independence of Indonesia, the programme was discontinued": what a
      // sentence opens with, before its comma, is what led to it.
      || (position == 0 && word == "following"
        && words.indices.contains { separator(after: $0).contains(",") })
      // "withdrew for their own safety", "praised for its work": "for" and what it is done
      // for, a state, a feeling or an act of someone's, is why. Not "for their children", nor
      // "strong for its size", which compares.
      || (word == "for" && Self.possessives.contains(next) && forsAbstraction(after: position + 1))
      || Self.reasonPhrases.contains { phrase in
        phrase.indices.allSatisfy {
          position + $0 < words.count && words[position + $0].folded == phrase[$0]
        }
      }
  }

  private static let possessives: Set<String> = ["their", "his", "her", "its", "our", "my", "your"]

  /// Whether the noun after the possessive at `position` ("their own safety") names an
  /// abstraction.
  private func forsAbstraction(after position: Int) -> Bool {
    var noun = position + 1
    if noun < words.count, words[noun].folded == "own" { noun += 1 }
    guard noun < words.count, let wordNet = WordNet.english else { return false }
    return wordNet.namesAbstraction(words[noun].folded)
  }

  /// The pronouns that open a clause of reason after "as", and the words before "as" that make
  /// it a comparison or an example instead.
  private static let reasonAsSubjects: Set<String> = ["they", "we", "he", "she", "you", "i"]
  /// The words after "as" and its pronoun that make it no reason: "as it was", "as we know".
  private static let notReasonAfterAs = ClauseQuestion.beForms.union([
    "had", "has", "did", "do", "know", "knew", "said", "say", "see", "saw", "noted",
  ])
  private static let comparingBeforeAs: Set<String> = [
    "such", "well", "so", "just", "same", "as", "much", "soon", "long", "far",
  ]

  /// Phrases that give a reason or a purpose: "in response to a critique", "in retaliation",
  /// "in an effort to reduce", "as part of receiving an award".
  private static let reasonPhrases: [[String]] = [
    ["in", "response", "to"], ["in", "retaliation"], ["in", "an", "effort", "to"],
    ["in", "an", "attempt", "to"], ["as", "part", "of"], ["as", "a", "result", "of"],
    ["owing", "to"], ["in", "protest"], ["as", "a", "consequence", "of"], ["in", "light", "of"],
    ["in", "view", "of"], ["by", "nature", "of"], ["by", "virtue", "of"], ["on", "account", "of"],
    ["on", "the", "grounds", "that"],
  ]

  /// Whether "since" at `position` opens a clause of its own ("Since LRAs are small, they
  /// can fly …"): a form of "be" or a modal follows before the next comma, and no time
  /// ("since 2016", "since then", "since entering the incubator").
  private func opensReasonClause(after position: Int) -> Bool {
    guard position + 1 < words.count else { return false }
    let next = words[position + 1].folded
    guard !isTimeStart(position + 1), next != "then", !next.hasSuffix("ing"),
      !isNumber(position + 1)
    else { return false }
    for later in (position + 1)..<min(words.count, position + 13) {
      if Self.clauseVerbs.contains(words[later].folded) { return true }
      if separator(after: later).hasPrefix(",") { return false }
    }
    return false
  }

  /// Forms of "be" and modals, which show a clause.
  private static let clauseVerbs: Set<String> = [
    "is", "are", "was", "were", "be", "can", "could", "will", "would", "must", "has", "have",
    "had",
  ]

  /// Whether the sentence says how something was done: "by …", "through …", "using …".
  var hasMeans: Bool {
    words.contains { Self.meansWords.contains($0.folded) }
  }

  private static let reasonWords: Set<String> = [
    "because", "reason", "reasons", "purpose", "aim", "goal", "why",
  ]
  private static let meansWords: Set<String> = ["by", "through", "using", "via", "with"]
}
