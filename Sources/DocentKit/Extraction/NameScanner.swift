/// Finds the runs of words that form proper names in a sentence's tokens.
///
/// A name is a maximal run of capitalized words ("Mohammed Daraghmeh"), acronyms ("PLO",
/// "U.N.") and particle names ("al-Masri"). Lowercase particles join it between capitalized words
/// ("Mohammed bin Abdulrahman Al Thani"), so do "of" and "for" ("Palestinian Centre for Policy
/// Research"), and "and" once the run has an "of" or "for" ("… Research and Strategic Studies"),
/// so that "Hamas and Islamic Jihad" stay two names. A possessive ends a run, and a hyphenated
/// word ends it at its first lowercase part ("Hamas-led"). A short number may close a run
/// ("Phase 2").
///
/// At the start of a sentence, of a quote or after a colon, a capitalized word is a name only if
/// it is not a common word (see `WordLists.stopWords`) and the document also capitalizes it
/// elsewhere, or it is an acronym or a possessive, or it leads into more capitalized words and
/// does not end in "-ing" or "-ly".
struct NameScanner {
  /// The sentence's tokens.
  let tokens: [TextToken]
  /// Words the document capitalizes away from the start of a sentence, quote or clause.
  let evidence: Set<String>

  /// The name runs of the sentence, in order.
  func runs() -> [NameRun] {
    var runs: [NameRun] = []
    var index = 0
    while index < tokens.count {
      guard isNameWord(index) else {
        index += 1
        continue
      }
      let end = runEnd(from: index)
      if end > index || !endsBracketedName(at: index), let run = NameRun(index...end, of: tokens) {
        runs.append(run)
      }
      index = end + 1
    }
    return runs
  }

  /// Whether the word at `start` is the tail of a name its short form interrupts: "Project"
  /// of "Puerto Rico Civic Address Vulnerability Evaluation (PRCAVE) Project", no name of its
  /// own. (A run of several words there is one: "(FFAG) Chair Alan Price".)
  private func endsBracketedName(at start: Int) -> Bool {
    guard start >= 4, tokens[start - 1].text == ")", tokens[start - 2].isAcronym,
      tokens[start - 3].text == "("
    else { return false }
    return isNameWord(start - 4)
  }

  /// The last token of the run starting at `start`.
  private func runEnd(from start: Int) -> Int {
    var end = start
    var hasOfOrFor = false
    while !endsRun(end) {
      let next = end + 1
      if isNameWord(next) {
        end = next
      } else if joins(next, after: end, hasOfOrFor: hasOfOrFor),
        !(tokens[next].key == "of" && isPerson(start...end))
      {
        hasOfOrFor = hasOfOrFor || tokens[next].key == "of" || tokens[next].key == "for"
        end = next + 1
      } else if throughArticle(next, from: start, after: end) {
        // "National Association for the Advancement of Colored People": an institution's
        // name goes on through "of the" or "for the" to the name words after them.
        hasOfOrFor = true
        end = next + 2
      } else if isNickname(at: next) {
        // "Altimont “Freddie” Butler": the name the person goes by, in quotes inside theirs.
        end = next + 3
      } else {
        return closesWithNumber(next, after: end) ? next : end
      }
    }
    return end
  }

  /// Whether the words `range` read as a person's name, which "of" does not lengthen:
  /// "Christopher Bergevin of York University" is someone of somewhere, not one name.
  private func isPerson(_ range: ClosedRange<Int>) -> Bool {
    !range.contains { tokens[$0].key == "of" || tokens[$0].key == "for" }
      && Entity.readsAsPersonName(tokens[range].map { String($0.bare) }.joined(separator: " "))
  }

  /// Whether the word at `index` ends any run it is in: a possessive, or a hyphenated word cut
  /// at a lowercase part.
  private func endsRun(_ index: Int) -> Bool {
    let word = tokens[index]
    guard let span = Self.nameSpan(of: word) else { return true }
    return word.isPossessive || span.upperBound < word.bare.endIndex
  }

  /// Whether the lowercase word at `index` joins the run ending at `previous` to the name word
  /// after it.
  private func joins(_ index: Int, after previous: Int, hasOfOrFor: Bool) -> Bool {
    guard tokens.indices.contains(index), tokens[index].isWord, isNameWord(index + 1) else {
      return false
    }
    let key = tokens[index].key
    if WordLists.nameParticles.contains(key) {
      return true
    }
    let nextIsTitle = NameRun.isTitle(tokens[index + 1])
    let previousIsTitle = NameRun.isTitle(tokens[previous])
    switch key {
    case "of", "for": return !nextIsTitle && !previousIsTitle
    case "and": return hasOfOrFor && !nextIsTitle
    default: return false
    }
  }

  /// Whether "of the" or "for the" at `index` goes on with the name `start...previous`, whose
  /// last word heads an institution ("Association", "Church", "Museum") and whose words before
  /// it, if any, only describe it ("National", "Royal"), to a capitalized name word: "Church
  /// of the Holy Sepulchre", not "Hamas of the West Bank" nor "Edward Church of the
  /// Chronicle". After "for the", only a name that goes on with "of" ("for the Advancement of
  /// Colored People"): "Lloyds Bank for the Red Cross" is a bank and a charity.
  private func throughArticle(_ index: Int, from start: Int, after previous: Int) -> Bool {
    guard index + 2 < tokens.count, tokens[index].isWord,
      ["of", "for"].contains(tokens[index].key),
      tokens[index + 1].key == "the", tokens[index + 2].isCapitalized, isNameWord(index + 2),
      Self.institutionHeads.contains(tokens[previous].key),
      (start..<previous).allSatisfy({ Self.institutionDescribers.contains(tokens[$0].key) }),
      !NameRun.isTitle(tokens[index + 2])
    else { return false }
    guard tokens[index].key == "for" else { return true }
    // The name after "for the" runs on through "of" to more name words.
    var position = index + 2
    while position + 1 < tokens.count, isNameWord(position + 1) { position += 1 }
    return position + 2 < tokens.count && tokens[position + 1].key == "of"
      && isNameWord(position + 2)
  }
  /// Words that describe an institution before its head: "National Association", "Royal
  /// Society".
  private static let institutionDescribers: Set<String> = [
    "national", "royal", "international", "american", "british", "general", "grand", "supreme",
    "federal", "imperial", "holy", "independent", "united", "central", "state", "public",
    "free", "new", "old", "great", "high",
  ]
  /// The words that head an institution's name, which may go on through "of the".
  private static let institutionHeads: Set<String> = [
    "association", "society", "institute", "institution", "university", "college", "academy",
    "school", "museum", "library", "gallery", "church", "cathedral", "order", "league", "union",
    "federation", "alliance", "coalition", "council", "committee", "commission", "board",
    "bureau", "department", "ministry", "office", "agency", "foundation", "fund", "trust",
    "centre", "center", "bank", "court", "company", "corporation", "army", "navy", "corps",
    "party", "movement", "congress", "assembly", "parliament", "republic", "kingdom",
    "friends", "daughters", "sons", "knights", "guild", "hospital", "conference", "club",
    "theatre", "theater", "orchestra", "brotherhood", "sisterhood",
  ]

  /// Whether a nickname in quotes opens at `index` between two words of a name: "“Freddie”"
  /// of "Altimont “Freddie” Butler".
  private func isNickname(at index: Int) -> Bool {
    guard index + 3 < tokens.count, Self.openingQuotes.contains(tokens[index].text),
      tokens[index + 1].isWord, tokens[index + 1].isCapitalized, !tokens[index + 1].isPossessive,
      Self.closingQuotes.contains(tokens[index + 2].text), tokens[index + 3].followsSpace
    else { return false }
    return isNameWord(index + 3) && tokens[index + 3].isCapitalized
  }
  private static let openingQuotes: Set<Substring> = ["“", "\""]
  private static let closingQuotes: Set<Substring> = ["”", "\""]

  /// Whether the token at `index` is a short number closing the run ending at `previous`, as in
  /// "Phase 2 of the plan".
  private func closesWithNumber(_ index: Int, after previous: Int) -> Bool {
    guard tokens.indices.contains(index), tokens[index].isDigits, tokens[index].bare.count <= 3,
      !tokens[previous].isAcronym
    else { return false }
    let after = index + 1
    return !tokens.indices.contains(after) || !tokens[after].isWord
      || WordLists.stopWords.contains(tokens[after].key)
  }

  /// Whether the token at `index` is a word that can belong to a name where it stands.
  func isNameWord(_ index: Int) -> Bool {
    guard tokens.indices.contains(index), let span = Self.nameSpan(of: tokens[index]) else {
      return false
    }
    let word = tokens[index]
    if WordLists.neverNames.contains(word.key) {
      return false
    }
    if NameRun.isTitle(word) || !Self.isInitial(index, of: tokens) {
      return true
    }
    if WordLists.stopWords.contains(word.key) {
      return false
    }
    if word.isAcronym || word.isPossessive || evidence.contains(String(word.bare[span])) {
      return true
    }
    let looksCommon = word.key.hasSuffix("ing") || word.key.hasSuffix("ly")
    return !looksCommon
      && (isNickname(at: index + 1)
        || (!Self.isInitial(index + 1, of: tokens) && isNameWord(index + 1)))
  }

  /// The part of a word that can belong to a name, if any: all of "Hamas" and "al-Masri", "Hamas"
  /// of "Hamas-led"; `nil` for lowercase words and numbers.
  static func nameSpan(of word: TextToken) -> Range<String.Index>? {
    guard word.isWord else { return nil }
    // A web address is a name however it is written: "login.gov".
    if isDomainName(word.bare) { return word.bare.startIndex..<word.bare.endIndex }
    let parts = word.bare.split(separator: "-", omittingEmptySubsequences: false)
    var taken = 0
    if parts[0].first?.isUppercase != true {
      let isParticleName =
        parts.count > 1 && WordLists.nameParticles.contains(parts[0].lowercased())
        && parts[1].first?.isUppercase == true
      guard isParticleName else { return nil }
      taken = 1
    }
    while taken < parts.count,
      let first = parts[taken].first, first.isUppercase || (taken > 0 && first.isNumber)
    {
      taken += 1
    }
    return word.bare.startIndex..<parts[taken - 1].endIndex
  }

  /// Whether `word` is a web address: lowercase words joined by dots, the last a common
  /// top-level domain ("login.gov", "mozilla.org").
  static func isDomainName(_ word: Substring) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, let last = parts.last, topLevelDomains.contains(last.lowercased())
    else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
  }

  private static let topLevelDomains: Set<String> = [
    "gov", "com", "org", "net", "edu", "mil", "int", "io", "info", "uk", "eu", "de", "fr",
  ]

  /// Whether the token at `index` opens a sentence, a quote, a bracket or a clause after a colon,
  /// where capitals do not mark names.
  static func isInitial(_ index: Int, of tokens: [TextToken]) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    guard !previous.isWord, let mark = previous.text.first else { return false }
    switch mark {
    case "“", "‘", "(", "[", ":", ";": return true
    case "\"": return previous.followsSpace || index == 1
    default: return false
    }
  }

  /// The words of `sentences` capitalized where capitals mark names, for telling names at the
  /// start of a sentence from common words.
  ///
  /// A word the document also writes in lower case ("new", "mission") counts only where it
  /// stands as a name of its own or ends one ("Abbas" of "Mahmoud Abbas"), not where it opens
  /// or sits inside a longer one ("New" of "New York", "Mission" of "Science Mission
  /// Directorate"): "New research suggests …" opens with no name.
  static func evidence(in sentences: [[TextToken]]) -> Set<String> {
    var evidence: Set<String> = []
    var leading: Set<String> = []
    var lower: Set<String> = []
    for tokens in sentences {
      for index in tokens.indices {
        let token = tokens[index]
        if token.isWord, token.bare.first?.isLowercase == true { lower.insert(token.key) }
        guard !isInitial(index, of: tokens), let span = nameSpan(of: token) else { continue }
        let name = String(token.bare[span])
        let next = index + 1
        let leads =
          span.upperBound == token.bare.endIndex && !token.isPossessive
          && tokens.indices.contains(next) && tokens[next].followsSpace
          && nameSpan(of: tokens[next]) != nil
        if leads { leading.insert(name) } else { evidence.insert(name) }
      }
    }
    // A word only ever capitalized inside longer names is evidence still, unless the document
    // also writes it in lower case.
    for name in leading where !lower.contains(name.lowercased()) { evidence.insert(name) }
    return evidence
  }
}
