/// Finds the descriptions a sentence sets beside its names.
///
/// These shapes are read:
/// - "NAME, DESCRIPTION," and "NAME – DESCRIPTION –", where the description opens with "a",
///   "an" or "the", with a possessive name ("Hamas’ arch-rival") or with a role ("director of …",
///   "political analyst …", "Community Manager of …" in capitals). It runs to the next comma,
///   dash, bracket, quote mark or the end of the sentence, but on past a comma followed by "in",
///   "at", "of"… ("…, in Ramallah"). A short form in brackets after the name is skipped ("the
///   Palestine Liberation Organization (PLO), a …"). Not read when the name is the object of a
///   preposition opening the sentence ("In Gaza, the army …") or the first of a list ("Hamas,
///   the PA and …").
/// - "DESCRIPTION, NAME," where the description ends with a role noun: "Qatar’s prime minister,
///   Mohammed bin Abdulrahman Al Thani,".
/// - "NAME (ROLE)": "Rebecca Ross (Deputy President)", the role's last word a role noun.
/// - "ROLE NAME": "political analyst Hani al-Masri", and capitalized titles other than honorifics
///   such as "Mr.": "President Donald Trump" gives "President", "U.S. President Donald Trump"
///   gives "U.S. President".
struct AppositiveFinder {
  /// The most tokens a description may have.
  private static let maxDescriptionTokens = 24

  /// The sentence read.
  private let analysis: SentenceAnalysis
  /// The index of the first punctuation mark after the sentence's first word, if any.
  private let firstMarkAfterOpening: Int?

  init(_ analysis: SentenceAnalysis) {
    self.analysis = analysis
    let firstWord = analysis.tokens.firstIndex(where: \.isWord) ?? 0
    firstMarkAfterOpening = analysis.tokens[firstWord...].firstIndex { !$0.isWord }
  }

  /// The appositives of the sentence, in the order of their names.
  func appositives() -> [Appositive] {
    // "a Texas Ranger, a Confederate Army scout": a name after "a" is what someone was, a
    // role among others, and no one's name.
    analysis.runs.filter { !analysis.isWord($0.tokens.lowerBound - 1, in: ["a", "an"]) }.flatMap {
      run in
      [
        titleDescription(of: run), roleBefore(run), roleBeforeComma(run), descriptionAfter(run),
        roleGiven(run), roleInBrackets(run),
      ]
      .compactMap { description in
        description.map {
          Appositive(name: analysis.name(run.name), description: $0, sentence: analysis.sentence)
        }
      }
    }
  }

  /// The index of the acronym in brackets right after `run`, if any.
  private func shortForm(after run: NameRun) -> Int? {
    let open = run.tokens.upperBound + 1
    guard !analysis.tokens[run.tokens.upperBound].isPossessive, analysis.isMark(open, "("),
      analysis.isMark(open + 2, ")"), analysis.tokens[open + 1].isAcronym
    else { return nil }
    return open + 1
  }

  /// "President" of "President Donald Trump", "U.S. President" of "U.S. President Donald Trump".
  private func titleDescription(of run: NameRun) -> String? {
    guard let titles = run.titles,
      !WordLists.honorifics.contains(analysis.tokens[titles.lowerBound].key)
    else { return nil }
    return analysis.text((run.qualifier?.lowerBound ?? titles.lowerBound)...titles.upperBound)
  }

  /// "political analyst" of "political analyst Hani al-Masri".
  private func roleBefore(_ run: NameRun) -> String? {
    guard run.titles == nil, tradeIsOfAPerson(run, before: run.tokens.lowerBound - 1) else {
      return nil
    }
    return role(endingAt: run.tokens.lowerBound - 1).map(analysis.text)
  }

  /// Whether the role noun ending at `end` may describe `run`: an office of `WordLists.roleNouns`
  /// any name; a trade WordNet knows as a kind of person ("engraver Hans Collaert") only a
  /// name that reads as a person's ("rival Palestinian factions" names no rival, nor "sponsor
  /// Let's Encrypt" a person).
  private func tradeIsOfAPerson(_ run: NameRun, before end: Int) -> Bool {
    analysis.isWord(end, in: WordLists.roleNouns)
      || (Entity.readsAsPersonName(analysis.name(run.name))
        // "would like to sponsor Let's Encrypt": a verb, not a trade.
        && !analysis.isWord(end - 1, in: Self.verbLeads))
  }

  /// "Qatar’s prime minister" of "Qatar’s prime minister, Mohammed bin Abdulrahman Al Thani,".
  private func roleBeforeComma(_ run: NameRun) -> String? {
    let comma = run.tokens.lowerBound - 1
    guard analysis.isMark(comma, ","), closesAppositive(run.tokens.upperBound + 1),
      tradeIsOfAPerson(run, before: comma - 1), let role = role(endingAt: comma - 1)
    else {
      return nil
    }
    // "with her mentor, Erica Sadun,": whose role it is, for the extracted layer to say by name.
    if analysis.isWord(role.lowerBound - 1, in: WordLists.ownerPossessives) {
      return analysis.text((role.lowerBound - 1)...role.upperBound)
    }
    return analysis.text(role)
  }

  /// The description after `run` and a comma or dash, as in "Dimitri Diliani, a spokesman for …,".
  private func descriptionAfter(_ run: NameRun) -> String? {
    guard !analysis.tokens[run.tokens.upperBound].isPossessive, !opensWithPreposition(run),
      !isPlaceAfterPreposition(run)
    else {
      return nil
    }
    let mark = run.tokens.upperBound + 1 + (shortForm(after: run) == nil ? 0 : 3)
    guard analysis.isMark(mark, ",") || isDash(mark), !joinsWords(mark) else { return nil }
    var start = mark + 1
    // "…,” said Genevieve Vigil, technical and camera lead for Hi-C 3": what follows a
    // speaker's name says who they are ("also of NASA Goddard and principal investigator …").
    let speaker = isSpeaker(run)
    if speaker && analysis.isWord(start, in: ["also"]) { start += 1 }
    let introduces = introducesSpeaker(from: start)
    guard
      opensDescription(start) || (speaker && opensSpeakerDescription(start)) || introduces,
      !isListItem(start) || introduces, let end = descriptionEnd(from: start)
    else {
      return nil
    }
    // "of NASA Goddard and principal investigator for …" says the role first: "principal
    // investigator for …, of NASA Goddard".
    if analysis.isWord(start, in: ["of"]), let place = analysis.run(startingAt: start + 1),
      case let and = place.tokens.upperBound + 1, analysis.isWord(and, in: ["and"]), and < end
    {
      return analysis.text((and + 1)...end) + ", " + analysis.text(start...place.tokens.upperBound)
    }
    return analysis.text(start...end)
  }

  /// The role a name was given: "manager of the CFM Portfolio project" of "Kenny was named
  /// manager of the CFM Portfolio project, where …", "director" of "Ada Lind was appointed as
  /// director in 2019". The role's words run to the next comma, bracket or the end, and must
  /// open with role words ending with a role noun.
  private func roleGiven(_ run: NameRun) -> String? {
    var index = run.tokens.upperBound + 1
    guard analysis.isWord(index, in: ["was", "is", "has", "had", "were"]) else { return nil }
    index += 1
    if analysis.isWord(index, in: ["been"]) { index += 1 }
    guard analysis.isWord(index, in: Self.givingVerbs) else { return nil }
    index += 1
    if analysis.isWord(index, in: ["as", "to"]) { index += 1 }
    if analysis.isWord(index, in: ["the", "a", "an"]) { index += 1 }
    guard endsWithRole(from: index), let end = descriptionEnd(from: index) else { return nil }
    // "… in January": a time after the role is no part of it.
    var last = end
    while last > index, let word = analysis.word(last), !isRoleNoun(last),
      WordLists.months.contains(word) || NumberWords.isYear(word)
        || ["in", "on", "since", "last", "this"].contains(word)
    {
      last -= 1
    }
    return analysis.text(index...last)
  }

  /// The role in brackets right after a name, in capitals or not: "Board Treasurer" of "Marco
  /// Marsella (Board Treasurer), Food and Agriculture Organization", "Deputy President" of
  /// "Rebecca Ross (Deputy President)". The brackets hold only words, the last a role noun.
  private func roleInBrackets(_ run: NameRun) -> String? {
    let open = run.tokens.upperBound + 1
    guard !analysis.tokens[run.tokens.upperBound].isPossessive, analysis.isMark(open, "(")
    else { return nil }
    var close = open + 1
    while analysis.word(close) != nil, close - open <= Self.maxRoleWords { close += 1 }
    guard close > open + 1, analysis.isMark(close, ")"),
      let last = analysis.word(close - 1),
      WordLists.roleNouns.contains(last) || isPersonNoun(last)
    else { return nil }
    return analysis.text((open + 1)...(close - 1))
  }

  /// The verbs by which a name is given a role: "was named manager", "was appointed director".
  private static let givingVerbs: Set<String> = [
    "named", "appointed", "elected", "promoted", "hired", "chosen", "selected", "made",
    "nominated", "confirmed",
  ]

  /// Whether the phrase from `start` is set between commas and then "said", and ends in a
  /// noun: who speaks is said first ("Dr Ellie Cannon, NHS Doctor and media medic, said:",
  /// "Lev Denker, ITA and Turkey market visit leader, said").
  private func introducesSpeaker(from start: Int) -> Bool {
    guard let end = descriptionEnd(from: start), analysis.isMark(end + 1, ","),
      analysis.isWord(end + 2, in: WordLists.speechVerbs), let last = analysis.word(end),
      let wordNet = WordNet.english
    else { return false }
    return !wordNet.lemmas(of: last, as: .noun).isEmpty
  }

  /// Whether `run` names who is quoted: "said", "says" or "according to" right before it.
  private func isSpeaker(_ run: NameRun) -> Bool {
    let before = run.tokens.lowerBound - 1
    return analysis.isWord(before, in: WordLists.speechVerbs)
      || (analysis.isWord(before, in: ["to"]) && analysis.isWord(before - 1, in: ["according"]))
  }

  /// Whether a speaker's description opens at `start`: a word in lower case that is no
  /// function word ("technical and camera lead"), or "of" and a name ("of NASA Goddard and
  /// principal investigator"); not "whose …" or "who …", which say what they did.
  private func opensSpeakerDescription(_ start: Int) -> Bool {
    guard let word = analysis.word(start),
      analysis.tokens[start].text.first?.isLowercase == true
    else { return false }
    if word == "of" { return analysis.run(startingAt: start + 1) != nil }
    return !WordLists.stopWords.contains(word) && word.allSatisfy(\.isLetter)
      && !word.hasSuffix("ing")
  }

  /// The tokens of a role ending at `end`: a role noun with the role words and the name before
  /// it, as in "Qatar’s prime minister" or "Palestinian Authority president".
  private func role(endingAt end: Int) -> ClosedRange<Int>? {
    // Not "President's" of "the President's Council": whose council it is, not its role.
    // A trade ("painter", "engraver") as well as an office.
    guard isTrade(end), !analysis.tokens[end].isPossessive
    else { return nil }
    var start = end
    // Adjectives only next to the role's nouns: "principal investigator", not "tireless" of
    // "tireless copy editor".
    var modified = false
    while true {
      let before = start - 1
      if modifiesRole(before) {
        modified = true
      } else if !(analysis.isWord(before, in: WordLists.roleNouns)
        || analysis.isWord(before, in: WordLists.roleModifiers)
        || (!modified && describesRole(before))
        // "painter and theorist": two roles of one person.
        || (analysis.isWord(before, in: ["and"]) && isTrade(before - 1)))
      {
        break
      }
      start = before
    }
    if let owner = analysis.run(endingAt: start - 1) {
      start = owner.tokens.lowerBound
    }
    return start...end
  }

  /// Whether the word at `index` is a lower-case noun that says which role: "copy" of "copy
  /// editor", "project" of "project manager".
  private func modifiesRole(_ index: Int) -> Bool {
    guard let word = analysis.word(index), analysis.tokens[index].bare.first?.isLowercase == true,
      !analysis.tokens[index].isPossessive, word.allSatisfy(\.isLetter),
      !WordLists.stopWords.contains(word), !word.hasSuffix("ing"), !WordNet.isPastForm(word),
      !WordLists.speechVerbs.contains(word)
    else { return false }
    // A noun as written, not a verb's form ("says" of "So says political analyst …").
    return WordNet.english?.lemmas(of: word, as: .noun).contains(word) == true
  }

  /// Whether the word at `index` is a lower-case adjective that may describe a role:
  /// "principal" of "principal investigator", "atmospheric" of "atmospheric scientist".
  private func describesRole(_ index: Int) -> Bool {
    guard let word = analysis.word(index), analysis.tokens[index].bare.first?.isLowercase == true,
      !WordLists.stopWords.contains(word)
    else { return false }
    return WordNet.knows(word, as: .adjective) && !WordNet.knows(word, as: .verb)
  }

  /// Whether a description opens at `start`: an article, a possessive name, or role words ending
  /// with a role noun, perhaps after a name ("Hamas spokesman").
  private func opensDescription(_ start: Int) -> Bool {
    if analysis.isWord(start, in: ["a", "an", "the"]) {
      return analysis.word(start + 1) != nil
    }
    // A title written in capitals is still a role: "Mike Franklin, Director of the AMPLab".
    if endsWithRole(from: start) { return true }
    var index = start
    if let run = analysis.run(startingAt: start) {
      if analysis.tokens[run.tokens.upperBound].isPossessive || isCapitalizedRole(run) {
        return true
      }
      index = run.tokens.upperBound + 1
    }
    return endsWithRole(from: index)
  }

  /// Whether `run` is a role written in capitals, as titles are, and then said of whom or where:
  /// "Community Manager of the Node.js Foundation", "Distinguished Architect at Yahoo". Its last
  /// word names an office or trade, and a preposition or the end of the phrase follows it.
  private func isCapitalizedRole(_ run: NameRun) -> Bool {
    // A run may take in the name after the role: "Community Manager of The Node.js Foundation".
    run.tokens.prefix(Self.maxRoleWords).contains { index in
      guard let word = analysis.word(index),
        analysis.isWord(index + 1, in: ["of", "at", "for", "with"])
          || analysis.word(index + 1) == nil
      else { return false }
      return WordLists.roleNouns.contains(word) || isPersonNoun(word)
    }
  }

  /// Whether the words from `start` are role words ending with a role noun: "political
  /// analyst", "Vice President", "principal investigator", "technical and camera lead".
  private func endsWithRole(from start: Int) -> Bool {
    var index = start
    var endsWithRole = false
    while let word = analysis.word(index) {
      if isRoleNoun(index) {
        endsWithRole = true
      } else if WordLists.roleModifiers.contains(word) {
        endsWithRole = false
      } else if index - start < Self.maxRoleWords, !endsWithRole,
        analysis.tokens[index].text.first?.isLowercase == true,
        word == "and" || !WordLists.stopWords.contains(word) && word.allSatisfy(\.isLetter)
      {
        // Any word may describe the role before its noun ("principal", "project").
      } else {
        break
      }
      index += 1
    }
    return endsWithRole
  }

  /// The words after which a noun of a trade is a verb: "to sponsor", "will guide".
  private static let verbLeads: Set<String> = [
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did",
    "does", "do", "not",
  ]

  /// The most words a role may have before its noun is found.
  private static let maxRoleWords = 4

  /// Whether the word at `index` names an office or trade: one of the role nouns, or a singular
  /// noun in lower case whose first WordNet sense is a kind of person ("investigator", "scientist"; not
  /// "help", whose first sense is an activity).
  private func isRoleNoun(_ index: Int) -> Bool {
    guard let word = analysis.word(index) else { return false }
    if WordLists.roleNouns.contains(word) { return true }
    return analysis.tokens[index].text.first?.isLowercase == true && isPersonNoun(word)
  }

  /// Whether the word at `index` names an office or a trade: one of the role nouns, or a
  /// lower-case noun whose first WordNet sense is a kind of worker, creator, professional,
  /// intellectual, expert, leader, scientist or communicator ("painter", "engraver",
  /// "theorist"); not a tie to someone ("friend", "rival", "sponsor").
  private func isTrade(_ index: Int) -> Bool {
    guard isRoleNoun(index), let word = analysis.word(index) else { return false }
    return WordLists.roleNouns.contains(word)
      || Self.tradeKinds.contains { WordNet.english?.isKind(word, of: $0, senses: 1) == true }
  }

  /// What a trade's first WordNet sense is a kind of.
  private static let tradeKinds = [
    "worker", "creator", "professional", "intellectual", "expert", "leader", "scientist",
    "communicator",
  ]

  /// Whether `word` (lower case) is a singular noun whose first WordNet sense is a kind of
  /// person.
  private func isPersonNoun(_ word: String) -> Bool {
    guard word.count > 2, word.allSatisfy(\.isLetter), !WordLists.stopWords.contains(word),
      let wordNet = WordNet.english, wordNet.lemmas(of: word, as: .noun) == [word]
    else { return false }
    return wordNet.isKind(word, of: "person", senses: 1)
  }

  /// Whether the text at `start` reads as the next item of a list rather than a description:
  /// "the PA and Hamas", "the PA, Hamas".
  private func isListItem(_ start: Int) -> Bool {
    let first = analysis.isWord(start, in: ["a", "an", "the"]) ? start + 1 : start
    guard let run = analysis.run(startingAt: first) else { return false }
    let after = run.tokens.upperBound + 1
    return analysis.isWord(after, in: ["and", "or"]) || analysis.isMark(after, ",")
  }

  /// The last token of a description starting at `start`, or `nil` if it runs on too long.
  private func descriptionEnd(from start: Int) -> Int? {
    var index = start
    while index < analysis.tokens.count {
      guard index - start < Self.maxDescriptionTokens else { return nil }
      guard goesOn(at: index) else { break }
      index += 1
    }
    return index > start ? index - 1 : nil
  }

  /// Whether a description goes on past the token at `index`: a word, a comma followed by "in",
  /// "at", "of"…, or a mark other than a comma, bracket, quote mark, dash or final punctuation.
  private func goesOn(at index: Int) -> Bool {
    let token = analysis.tokens[index]
    if token.isWord {
      return true
    }
    if token.isMark(",") {
      return analysis.isWord(index + 1, in: WordLists.descriptionContinuations)
    }
    // A short form in brackets inside it: "Cryogenic Fluid Management (CFM) Portfolio".
    if token.isMark("("), analysis.isMark(index + 2, ")"),
      analysis.tokens.indices.contains(index + 1), analysis.tokens[index + 1].isAcronym,
      analysis.word(index + 3) != nil
    {
      return true
    }
    if token.isMark(")"), index >= 2, analysis.isMark(index - 2, "("),
      analysis.tokens[index - 1].isAcronym, analysis.word(index + 1) != nil
    {
      return true
    }
    return token.text.first.map { !";:()[]“”\"…—–.!?".contains($0) } ?? false
  }

  /// Whether what follows a name at `index` lets it stand in "DESCRIPTION, NAME,".
  private func closesAppositive(_ index: Int) -> Bool {
    index == analysis.tokens.count || isDash(index)
      || [",", ")", ".", ";"].contains { analysis.isMark(index, $0) }
  }

  /// Whether the token at `index` is a dash between words.
  private func isDash(_ index: Int) -> Bool {
    analysis.tokens.indices.contains(index) && analysis.tokens[index].isDash
  }

  /// Whether the token at `index` is an en dash with no space on either side, which joins
  /// the words around it ("the Matijasevich–Robinson–Davis–Putnam theorem", "1919–1985")
  /// rather than setting off what a name is; an em dash may be written so ("Diliani—a
  /// spokesman—said").
  private func joinsWords(_ index: Int) -> Bool {
    analysis.tokens.indices.contains(index + 1) && analysis.tokens[index].isMark("–")
      && !analysis.tokens[index].followsSpace && !analysis.tokens[index + 1].followsSpace
  }

  /// Whether `run` names a place after a preposition of place, perhaps after the place it lies
  /// in: "in Greenbelt, Maryland, deputy …" describes no one as Maryland.
  private func isPlaceAfterPreposition(_ run: NameRun) -> Bool {
    var before = run.tokens.lowerBound - 1
    while analysis.isMark(before, ","), let place = analysis.run(endingAt: before - 1) {
      before = place.tokens.lowerBound - 1
    }
    return analysis.isWord(before, in: Self.placePrepositions)
  }

  private static let placePrepositions: Set<String> = [
    "in", "at", "from", "near", "outside", "inside", "across", "throughout",
  ]

  /// Whether `run` stands in a prepositional phrase opening the sentence: "In Gaza, …".
  private func opensWithPreposition(_ run: NameRun) -> Bool {
    if let first = analysis.tokens.firstIndex(where: \.isWord),
      analysis.isWord(first, in: WordLists.prepositionalOpeners),
      run.tokens.lowerBound < (firstMarkAfterOpening ?? analysis.tokens.count)
    {
      return true
    }
    // Nor one that opens a phrase after a comma: "This year, given the global COVID-19
    // Pandemic, the organizing committee made …" is no pandemic called a committee.
    var before = run.tokens.lowerBound - 1
    while before > 0, before >= run.tokens.lowerBound - Self.openerReach,
      !analysis.isWord(before, in: Self.phraseOpeners),
      let word = analysis.word(before), !analysis.tokens[before].isCapitalized,
      !WordLists.prepositionalOpeners.contains(word)
    {
      before -= 1
    }
    return before > 0 && analysis.isWord(before, in: Self.phraseOpeners)
      && analysis.isMark(before - 1, ",")
  }

  /// How many words (an article, adjectives) may stand between a phrase's opener and its name.
  private static let openerReach = 3
  /// Words that open a phrase of circumstance: "given the pandemic", "despite the storm". (Not
  /// every preposition: "…, in Cairo, the Egyptian capital, …" is an appositive.)
  private static let phraseOpeners: Set<String> = ["given", "despite", "amid"]
}
