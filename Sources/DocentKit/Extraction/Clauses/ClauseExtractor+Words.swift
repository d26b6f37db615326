extension ClauseExtractor {
  /// The word at `index` as written, lowercased, with a curly apostrophe made straight.
  func lower(_ index: Int) -> String {
    lowered[index]
  }

  /// `text` lowercased, with a curly apostrophe made straight.
  static func straightLowercase(_ text: String) -> String {
    let lowercase = text.lowercased()
    return lowercase.contains("’") ? lowercase.replacing("’", with: "'") : lowercase
  }

  /// The words joined to `index` from its right by a link matching `pattern`.
  func right(of index: Int, _ pattern: String) -> [Int] {
    linkage.links.filter { $0.left == index && $0.matches(pattern) }.map(\.right)
  }

  /// The words joined to `index` from its left by a link matching `pattern`.
  func left(of index: Int, _ pattern: String) -> [Int] {
    linkage.links.filter { $0.right == index && $0.matches(pattern) }.map(\.left)
  }

  /// Whether the word is a token of the sentence (not a wall).
  func isToken(_ index: Int) -> Bool {
    linkage.words.indices.contains(index) && linkage.words[index].kind == .token
  }

  /// Whether the word is a coordinating conjunction.
  func isConjunction(_ index: Int) -> Bool {
    if ["and", "or", "but", "nor"].contains(lower(index)) { return true }
    return isPunctuation(index) && linkage.words[index].dictionarySubscript?.hasPrefix("j") == true
  }

  /// Whether the word is a verb, by its subscript or by the links of a verb that reach it.
  func isVerb(_ index: Int) -> Bool {
    guard isToken(index), !isConjunction(index), !isPunctuation(index) else { return false }
    let word = linkage.words[index]
    if word.partOfSpeech == .verb { return true }
    if word.partOfSpeech == .noun || word.partOfSpeech == .adjective { return false }
    if ["to", "that", "which", "who"].contains(lower(index)) { return false }
    return linkage.links.contains { link in
      link.right == index
        && (["I", "IV", "PP", "Pv", "Pg", "S"].contains { link.matches($0) })
        && !(link.matches("S") && word.partOfSpeech == .gerund)
    }
  }

  /// Whether the word can head a noun phrase: a noun by its subscript, a name the parser
  /// guessed (not a capitalized preposition such as a sentence's first "Since"), or a pronoun.
  func isNominal(_ index: Int) -> Bool {
    guard isToken(index) else { return false }
    let word = linkage.words[index]
    if word.partOfSpeech == .noun { return true }
    if Phrase.pronouns.contains(lower(index)) { return true }
    guard word.partOfSpeech == nil, let first = word.text.first,
      !Self.openerStarters.contains(lower(index))
    else { return false }
    return first.isUppercase
  }

  /// Whether the word is a relative pronoun.
  func isRelativePronoun(_ index: Int) -> Bool {
    ["who", "whom", "which", "that"].contains(lower(index))
  }

  /// The noun a relative pronoun stands for: the noun that links to it by `R` or `MX*r`.
  func antecedent(of pronoun: Int) -> Int? {
    linkage.links.first { link in
      link.right == pronoun
        && (link.matches("R") || (link.matches("MX") && link.label.hasSuffix("r")))
        && isNominal(link.left)
    }?.left
  }

  /// The conjuncts a conjunction joins, by `SJ` (nouns); `[index]` for a word that is not one.
  func conjuncts(of index: Int) -> [Int] {
    var seen: Set<Int> = [index]
    var found: [Int] = []
    var frontier = [index]
    while let word = frontier.popLast() {
      guard isConjunction(word) else {
        found.append(word)
        continue
      }
      for link in linkage.links
      where link.matches("SJ") && (link.left == word || link.right == word) {
        let other = link.other(than: word)
        if seen.insert(other).inserted { frontier.append(other) }
      }
    }
    return found.sorted()
  }

  /// The words a conjunction joins as verbs, by `VJl` and `VJr`.
  func verbConjuncts(of conjunction: Int) -> [Int] {
    linkage.links.compactMap { link in
      guard link.matches("VJ") else { return nil }
      if link.right == conjunction && link.labelSubscript.hasPrefix("l") { return link.left }
      if link.left == conjunction && link.labelSubscript.hasPrefix("r") { return link.right }
      return nil
    }
  }

  /// The conjunctions a verb is coordinated under by `VJ`, innermost first.
  func verbConjunctions(of index: Int) -> [Int] {
    var found: [Int] = []
    var frontier = [index]
    while let word = frontier.popLast() {
      for link in linkage.links where link.matches("VJ") {
        let isLeftConjunct = link.left == word && link.labelSubscript.hasPrefix("l")
        let isRightConjunct = link.right == word && link.labelSubscript.hasPrefix("r")
        guard isLeftConjunct || isRightConjunct else { continue }
        let conjunction = link.other(than: word)
        if !found.contains(conjunction) {
          found.append(conjunction)
          frontier.append(conjunction)
        }
      }
    }
    return found
  }

  /// Whether a word names a time: a weekday, month, year, unit of time, season or day word.
  func isTimeWord(_ index: Int) -> Bool {
    let word = lower(index)
    if WordLists.timeUnits.contains(word) || WordLists.relativeDateUnits.contains(word)
      || Self.timeNouns.contains(word)
    {
      return true
    }
    return isDateWord(index)  // weekdays, months, day words, years, clock times
  }

  /// Whether a word names a point in time: a weekday, month, year, day word or clock time
  /// ("11:20", "a.m.").
  func isDateWord(_ index: Int) -> Bool {
    let word = lower(index)
    if WordLists.weekdays.contains(word) || WordLists.months.contains(word)
      || WordLists.dayWords.contains(word) || Self.clockWords.contains(word)
    {
      return true
    }
    if linkage.words[index].guess == "YEAR-DATE" { return true }
    // "Aug." parsed as "Aug" and ".".
    if Abbreviations.months.contains(word), isToken(index + 1), lower(index + 1) == "." {
      return true
    }
    let parts = word.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 2,
      parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) })
    {
      return true
    }
    return word.count == 4 && word.allSatisfy(\.isNumber)
      && (word.hasPrefix("1") || word.hasPrefix("2"))
  }

  /// Words of clock time.
  static let clockWords: Set<String> = ["a.m.", "p.m.", "noon", "midnight", "o'clock"]

  /// Whether a word is a number: digits, or a number word.
  func isNumber(_ index: Int) -> Bool {
    let word = lower(index)
    return word.first?.isNumber == true || word.hasPrefix("$")
      || WordLists.numberWords.contains(word)
      || word == "percent"
  }

  /// Nouns of time beyond units and dates: "period", "era", "term".
  static let timeNouns: Set<String> = [
    "period", "era", "time", "times", "moment", "dawn", "dusk", "noon", "midnight", "season",
    "semester", "quarter",
  ]
}
