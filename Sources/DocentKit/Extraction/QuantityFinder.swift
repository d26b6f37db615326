/// Finds the numbers, durations and dates of one sentence.
///
/// - Dates: weekdays ("on Wednesday"), months with an optional day and year ("in March", "March
///   3, 2024", "11 March 1998"; "May" only next to a day or after "in", "since" …), "today" and
///   the like, "this", "last" or "next" with "week", "month", "year"… ("this week"), and years
///   from 1900 to 2099 ("in 2007", "the 1990s").
/// - Durations: a number with a unit of time ("three weeks", "18 years"), the adjectives "two-year"
///   or "30-day", and a plural unit after "for", "after", "several"… ("for decades"). The phrase
///   takes the words leading in ("for the past three weeks") and an "of" phrase after ("after two
///   years of punishing war").
/// - Counts: number words and digits ("Ten", "18", "1.2 million", "$5"), with the words they count
///   ("Ten Palestinian factions", "one of the reasons"), read up to a function word, an adverb, a
///   past participle or a plural noun. Numbers closing a name ("Phase 2") and the "one" of "no
///   one" or "one another" are not counted.
struct QuantityFinder {
  /// Words that say a year is about when: "around 1880", "circa 1850".
  private static let approximateYearLeads: Set<String> = ["around", "circa"]
  /// The most words a count takes after its number.
  private static let maxCountedWords = 3
  /// The most words an "of" phrase or a duration adjective takes after its noun.
  private static let maxFollowingWords = 2

  /// The sentence read.
  private let analysis: SentenceAnalysis

  init(_ analysis: SentenceAnalysis) {
    self.analysis = analysis
  }

  /// The quantities of the sentence, in order.
  func quantities() -> [Quantity] {
    var found: [Quantity] = []
    var index = 0
    while index < analysis.tokens.count {
      if let (quantity, end) = quantity(at: index) {
        if quantity.kind == .date ? !startsOther(at: index) : !isWholeDivided(at: index, end: end) {
          found.append(quantity)
        }
        index = end + 1
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether the count from `index` to `end` is the whole that the rest of the sentence
  /// divides: "Of the 16 applications, 12 were accepted" counts the accepted ones in 12; the
  /// 16 is not a count of what was done.
  private func isWholeDivided(at index: Int, end: Int) -> Bool {
    var start = index - 1
    if analysis.isWord(start, in: ["the", "all", "these", "those"]) { start -= 1 }
    if analysis.isWord(start, in: ["the"]) { start -= 1 }
    guard start == 0, analysis.isWord(0, in: ["of"]) else { return false }
    var after = end + 1
    while analysis.word(after) != nil { after += 1 }
    return analysis.isMark(after, ",")
  }

  /// Whether the date at `index` is when something else starts, not when the sentence's deed
  /// was done: "signed an agreement for GBIF to serve as the host starting on 1 January 2024".
  private func startsOther(at index: Int) -> Bool {
    let before = analysis.isWord(index - 1, in: WordLists.dateLeads) ? index - 2 : index - 1
    return analysis.isWord(before, in: WordLists.startingWords)
  }

  /// The quantity starting at `index` and the index of its last token, if one starts there.
  private func quantity(at index: Int) -> (Quantity, Int)? {
    guard let word = analysis.word(index) else { return nil }
    let token = analysis.tokens[index]
    if token.isCapitalized && WordLists.weekdays.contains(word)
      || WordLists.dayWords.contains(word)
    {
      return date(index...index)
    }
    if token.isCapitalized && WordLists.months.contains(word) {
      return monthDate(at: index)
    }
    // The day before the month, as British and most other English writing puts it: "On 11
    // March 1998", "on 18th of September 1783".
    let monthAt = analysis.isWord(index + 1, in: ["of"]) ? index + 2 : index + 1
    if isDay(at: index), let month = analysis.word(monthAt),
      analysis.tokens[monthAt].isCapitalized, WordLists.months.contains(month)
    {
      let end = isYear(at: monthAt + 1, since: 1000) ? monthAt + 1 : monthAt
      return date(index...end)
    }
    if ["this", "last", "next"].contains(word)
      && analysis.isWord(index + 1, in: WordLists.relativeDateUnits)
    {
      return date(index...(index + 1))
    }
    // "in 1811": an older year where a word of time leads it ("1500 people" is no year). So
    // does "circa", and "around" after a past participle or a word of time ("built around
    // 1880", "in around 1880"), where no word but a preposition other than "of" follows the
    // year: not "around 1200 members", "counted around 1300 of the houses" or "a seat for
    // around 1200 in its first years".
    let approximate =
      analysis.isWord(index - 1, in: Self.approximateYearLeads)
      && (analysis.word(index - 1) == "circa"
        || analysis.word(index - 2).map(WordNet.isPastForm) == true
        || analysis.isWord(index - 2, in: WordLists.dateLeads))
      && analysis.word(index + 1).map { $0 != "of" && WordLists.prepositions.contains($0) }
        != false
    if isYear(
      token,
      since: analysis.isWord(index - 1, in: WordLists.dateLeads) || approximate ? 1000 : 1900)
      && !analysis.isWord(index + 1, in: WordLists.timeUnits) && !endsName(before: index)
    {
      return date(index...index)
    }
    if isDurationAdjective(word) {
      let end = following(from: index + 1, limit: Self.maxFollowingWords)
      return (make(.duration, index...index, phrase: index...end), index)
    }
    if isNumber(at: index) {
      return number(at: index)
    }
    // "in many years" picks some years out of many: no length of time.
    if WordLists.pluralTimeUnits.contains(word)
      && analysis.isWord(index - 1, in: WordLists.bareDurationLeads)
      && !(analysis.isWord(index - 2, in: ["in"])
        && analysis.isWord(index - 1, in: WordLists.vagueCounts))
    {
      return bareDuration(at: index)
    }
    return nil
  }

  /// A date covering `range`, with a leading word such as "on" or "in" in its phrase.
  private func date(_ range: ClosedRange<Int>) -> (Quantity, Int) {
    // "1987" of "the storms of 1987", not "of 1987": "of" ties the year to a noun, where "in"
    // or "since" would say when.
    // "around 1880" keeps its "around".
    var lead =
      analysis.isWord(
        range.lowerBound - 1,
        in: WordLists.dateLeads.subtracting(["of"]).union(Self.approximateYearLeads)) ? 1 : 0
    // "at the end of 2018", not "of 2018".
    if WordLists.partOfAPeriodBefore(range.lowerBound, word: analysis.word) {
      lead = analysis.isWord(range.lowerBound - 4, in: WordLists.dateLeads.union(["at"])) ? 4 : 3
    }
    let phrase = (range.lowerBound - lead)...range.upperBound
    return (make(.date, range, phrase: phrase), range.upperBound)
  }

  /// A date opening with the month at `index`: "March", "March 3", "March 3, 2024", "March 2024".
  private func monthDate(at index: Int) -> (Quantity, Int)? {
    // "April the 15th 1707".
    let dayAt =
      analysis.isWord(index + 1, in: ["the"]) && isDay(at: index + 2) ? index + 2 : index + 1
    let hasDay = isDay(at: dayAt)
    let isMay = analysis.word(index) == "may"
    guard !isMay || hasDay || analysis.isWord(index - 1, in: WordLists.dateLeads) else {
      return nil
    }
    var end = hasDay ? dayAt : index
    // After a month any year is one: "December 16, 1811".
    if analysis.isMark(end + 1, ","), isYear(at: end + 2, since: 1000) {
      end += 2
    } else if isYear(at: end + 1, since: 1000) {
      end += 1
    }
    return date(index...end)
  }

  /// A number at `index`, with a scale word ("million") and a currency sign: a duration when a
  /// unit of time follows, else a count.
  private func number(at index: Int) -> (Quantity, Int)? {
    let word = analysis.word(index)
    let isPronounOne =
      word == "one" && (analysis.word(index - 1) == "no" || analysis.word(index + 1) == "another")
    guard !isPronounOne, analysis.run(at: index) == nil else { return nil }
    var start = isCurrency(index - 1) ? index - 1 : index
    var end = analysis.isWord(index + 1, in: WordLists.scaleWords) ? index + 1 : index
    // "the 8 billionth baby" counts nothing.
    if let next = analysis.word(end + 1), NumberWords.isLargeOrdinal(next) { return nil }
    // "between 65,000 and 102,000 birds", "30 to 40 volunteers", "from 12 to 15 nests": a
    // range is one quantity, its lead word with it; neither end alone is what the text counts.
    let opensRange = analysis.isWord(start - 1, in: ["between", "from"])
    if analysis.isWord(end + 1, in: ["to"])
      || (opensRange && analysis.isWord(end + 1, in: ["and"])),
      isNumber(at: end + 2) || (isCurrency(end + 2) && isNumber(at: end + 3))
    {
      let second = isNumber(at: end + 2) ? end + 2 : end + 3
      end = analysis.isWord(second + 1, in: WordLists.scaleWords) ? second + 1 : second
      if opensRange { start -= 1 }
    }
    if analysis.isWord(end + 1, in: WordLists.timeUnits) {
      return duration(start...(end + 1))
    }
    let counted =
      analysis.word(end + 1) == "of"
      ? ofPhraseEnd(after: end) : following(from: end + 1, limit: Self.maxCountedWords)
    return (make(.count, start...end, phrase: leading(start)...max(end, counted)), end)
  }

  /// Where a count's phrase starts, with the words that bound or round its number: "nearly 500
  /// people", "more than 30 stalls", "at least 40 boats", "up to 12 days". Without them the
  /// phrase would say more than the text does.
  private func leading(_ start: Int) -> Int {
    var lead = start
    while start - lead < Self.maxCountLeads {
      if analysis.isWord(lead - 1, in: Self.countLeads) {
        lead -= 1
      } else if let pair = Self.countLeadPairs[analysis.word(lead - 1) ?? ""],
        analysis.isWord(lead - 2, in: pair)
      {
        lead -= 2
      } else {
        break
      }
    }
    return lead
  }

  /// Words that round or bound the number right after them.
  private static let countLeads: Set<String> = [
    "about", "around", "roughly", "approximately", "nearly", "almost", "over", "under", "some",
    "just", "only", "exactly", "precisely", "well",
  ]
  /// The second words of two that bound a number, with the first words they take: "more
  /// than", "at least", "up to".
  private static let countLeadPairs: [String: Set<String>] = [
    "than": ["more", "fewer", "less"], "least": ["at"], "most": ["at"], "to": ["up"],
  ]
  /// The most words the leads of a count may have: "no more than", "well over".
  private static let maxCountLeads = 3

  /// A duration covering `range`, with leading words ("for the past") and an "of" phrase.
  private func duration(_ range: ClosedRange<Int>) -> (Quantity, Int) {
    var start = range.lowerBound
    while range.lowerBound - start < WordLists.maxDurationLeads,
      analysis.isWord(start - 1, in: WordLists.durationLeads)
    {
      start -= 1
    }
    let end = max(range.upperBound, ofPhraseEnd(after: range.upperBound))
    return (make(.duration, range, phrase: start...end), range.upperBound)
  }

  /// A plural unit of time after a word such as "for" or "several": "for decades".
  private func bareDuration(at index: Int) -> (Quantity, Int) {
    let isQuantifier = analysis.isWord(index - 1, in: ["many", "several", "few", "recent"])
    let start = isQuantifier ? index - 1 : index
    let leadsIn = analysis.isWord(start - 1, in: WordLists.bareDurationLeads)
    let end = max(index, ofPhraseEnd(after: index))
    let quantity = make(.duration, start...index, phrase: (leadsIn ? start - 1 : start)...end)
    return (quantity, index)
  }

  /// The last token of an "of" phrase after `index` ("of the reasons", "of punishing war"), or
  /// `index` itself when there is none.
  private func ofPhraseEnd(after index: Int) -> Int {
    guard analysis.word(index + 1) == "of" else { return index }
    let start = analysis.isWord(index + 2, in: WordLists.determiners) ? index + 3 : index + 2
    let end = following(from: start, limit: Self.maxFollowingWords)
    return end >= start ? end : index
  }

  /// The last of up to `limit` words from `start` that a quantity qualifies ("Palestinian
  /// factions", "key figure"), stopping before a function word, an adverb, a past participle or
  /// a speech verb and after a plural noun; `start - 1` if there is none.
  private func following(from start: Int, limit: Int) -> Int {
    var end = start - 1
    while end + 1 < start + limit, let word = analysis.word(end + 1), isQualified(word) {
      end += 1
      if isPlural(word) {
        break
      }
    }
    return end
  }

  /// Whether `word` can be part of what a quantity counts.
  private func isQualified(_ word: String) -> Bool {
    !WordLists.stopWords.contains(word) && !WordLists.speechVerbs.contains(word)
      && !word.hasSuffix("ly") && !word.hasSuffix("ed")
  }

  /// Whether `word` looks like a plural noun: "factions", not "process" or "status".
  private func isPlural(_ word: String) -> Bool {
    word.count > 3 && word.hasSuffix("s")
      && !["ss", "us", "is"].contains { word.hasSuffix($0) }
  }

  /// Whether the token at `index` is a currency sign.
  private func isCurrency(_ index: Int) -> Bool {
    ["$", "€", "£"].contains { analysis.isMark(index, $0) }
  }

  /// Whether the token at `index` is a number: digits or number words, "twenty-five" included.
  private func isNumber(at index: Int) -> Bool {
    guard let word = analysis.word(index) else { return false }
    return analysis.tokens[index].isDigits
      || word.split(separator: "-").allSatisfy { WordLists.numberWords.contains(String($0)) }
  }

  /// Whether `word` is a number joined to a unit of time: "two-year", "30-day".
  private func isDurationAdjective(_ word: String) -> Bool {
    let parts = word.split(separator: "-")
    guard parts.count == 2, WordLists.timeUnits.contains(String(parts[1])),
      !parts[1].hasSuffix("s")
    else { return false }
    return parts[0].allSatisfy(\.isNumber) || WordLists.numberWords.contains(String(parts[0]))
  }

  /// Whether the token at `index` is a day of the month, 1 to 31.
  private func isDay(at index: Int) -> Bool {
    analysis.word(index) != nil && NumberWords.isDayOfMonth(String(analysis.tokens[index].bare))
  }

  /// Whether the word before `index` is a name the number belongs to: "PromCon 2016" is a
  /// conference, not a date. Not a month, a weekday, a season or a word that leads a date ("In
  /// 2016", "Spring 2016").
  private func endsName(before index: Int) -> Bool {
    guard index > 0, let word = analysis.word(index - 1), analysis.tokens[index - 1].isCapitalized
    else { return false }
    return !WordLists.months.contains(word) && !WordLists.weekdays.contains(word)
      && !WordLists.dateLeads.contains(word) && !WordLists.stopWords.contains(word)
      && !Self.seasons.contains(word)
  }

  private static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]

  /// Whether the token at `index` is a year.
  private func isYear(at index: Int, since first: Int) -> Bool {
    analysis.word(index) != nil && isYear(analysis.tokens[index], since: first)
  }

  /// Whether `token` is a year from `first` to 2099, or a decade such as "1990s".
  private func isYear(_ token: TextToken, since first: Int) -> Bool {
    let digits = token.bare.hasSuffix("s") ? token.bare.dropLast() : token.bare
    guard digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits) else {
      return false
    }
    return (first...2099).contains(year)
  }

  /// The quantity of `kind` written over `range`, its phrase over `phrase`.
  private func make(_ kind: Quantity.Kind, _ range: ClosedRange<Int>, phrase: ClosedRange<Int>)
    -> Quantity
  {
    Quantity(
      kind: kind, text: analysis.text(range), phrase: analysis.text(phrase),
      sentence: analysis.sentence)
  }
}
