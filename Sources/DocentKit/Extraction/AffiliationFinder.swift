/// Finds the organisations a list names beside people: a line of a list of members, staff or
/// speakers that is nothing but a person's name, an office in brackets perhaps, a comma and an
/// organisation's name ("Salvatore Mele, CERN", "Rebecca Ross (Deputy President), Canadian
/// Research Knowledge Network", "Adrian Burton, Australian Research Data Commons
/// (re-elected)").
///
/// Every sentence is read, but only such a line gives one: a sentence with a verb says more
/// than where someone is from, and "Hamas, the PA and Fatah" is a list of names, not a name and
/// its organisation.
struct AffiliationFinder {
  /// The sentence read.
  private let analysis: SentenceAnalysis

  init(_ analysis: SentenceAnalysis) {
    self.analysis = analysis
  }

  /// The person and the organisation of the line, if it is such a line.
  func affiliation() -> Affiliation? {
    let tokens = analysis.tokens
    guard let person = analysis.run(startingAt: 0), person.titles == nil,
      case let name = analysis.name(person.name), Entity.readsAsPersonName(name)
    else { return nil }
    var comma = person.tokens.upperBound + 1
    if analysis.isMark(comma, "(") {
      guard let close = closingBracket(after: comma) else { return nil }
      comma = close + 1
    }
    guard analysis.isMark(comma, ","), let organization = analysis.run(startingAt: comma + 1),
      organization.titles == nil
    else { return nil }
    // The name runs on through the words that join names ("Food and Agriculture Organization
    // of the United Nations"), each after a capitalised word.
    var last = organization.tokens.upperBound
    while analysis.isWord(last + 1, in: WordLists.nameConnectors),
      let next = analysis.run(startingAt: last + 2)
        ?? (analysis.isWord(last + 2, in: ["the"]) ? analysis.run(startingAt: last + 3) : nil)
    {
      last = next.tokens.upperBound
    }
    // Nothing after the organisation's name but a note in brackets ("(re-elected)").
    var end = last + 1
    if analysis.isMark(end, "(") {
      guard let close = closingBracket(after: end) else { return nil }
      end = close + 1
    }
    // "Marie Curie, Paris" places her; it names no organisation.
    let organizationName =
      last == organization.tokens.upperBound
      ? analysis.name(organization.name) : analysis.text(organization.name.lowerBound...last)
    guard end == tokens.count, !Entity.readsAsPersonName(organizationName),
      !(WordNet.english?.namesPlace(organizationName, orAnyOf: []) ?? false)
    else { return nil }
    return Affiliation(person: name, organization: organizationName, sentence: analysis.sentence)
  }

  /// The people the sentence names as being of an organisation, in running text: "Christopher
  /// Bergevin of York University in Canada", "Brad Story of the University of Arizona", "Mark
  /// Waite is employed by CloudBees", "Anna Berg works at the Karolinska Institute". Not "of" a
  /// place ("Marie Curie of Paris" says where she is from), nor of another person.
  ///
  /// Nor the organisation in brackets right after a person's name, alone or before a semicolon:
  /// "Simon Porter (Digital Science) showed …", "Tania Allard (Quansight Labs; JupyterHub)".
  /// Not an office ("(Board Treasurer)"), a place or years.
  func affiliationsInText() -> [Affiliation] {
    analysis.runs.compactMap { person in
      guard person.titles == nil, case let name = analysis.name(person.name),
        Entity.readsAsPersonName(name)
      else { return nil }
      if analysis.isMark(person.tokens.upperBound + 1, "(") {
        return bracketed(after: person.tokens.upperBound + 1, person: name)
      }
      let of = person.tokens.upperBound + 1
      // "Mark Waite is employed by CloudBees", "Anna Berg works at the Karolinska Institute".
      let employed = employer(after: of)
      guard analysis.isWord(of, in: ["of"]) || employed != nil else { return nil }
      let after = employed ?? of
      let start = analysis.isWord(after + 1, in: ["the"]) ? after + 2 : after + 1
      guard let organization = analysis.run(startingAt: start), organization.titles == nil
      else { return nil }
      let organizationName = analysis.name(organization.name)
      guard !Entity.readsAsPersonName(organizationName),
        !(WordNet.english?.namesPlace(organizationName, orAnyOf: []) ?? false)
      else { return nil }
      return Affiliation(person: name, organization: organizationName, sentence: analysis.sentence)
    }
  }

  /// Where a verb of working for an organisation that starts at `start` ends, right before the
  /// organisation's name: "is employed by", "was hired by", "works for", "worked at". Nil for
  /// any other word there.
  private func employer(after start: Int) -> Int? {
    var position = start
    // "is", "was", "has been", "had been", "is now".
    while analysis.isWord(position, in: Self.employedAuxiliaries) { position += 1 }
    if position > start, analysis.isWord(position, in: ["employed", "hired"]),
      analysis.isWord(position + 1, in: ["by"])
    {
      return position + 1
    }
    if position == start, analysis.isWord(position, in: ["works", "worked"]),
      analysis.isWord(position + 1, in: ["for", "at"])
    {
      return position + 1
    }
    return nil
  }
  private static let employedAuxiliaries: Set<String> = [
    "is", "was", "has", "had", "been", "now", "currently",
  ]

  /// The organisation named alone in the bracket that opens at `open`, or before a semicolon
  /// in it, as `person`'s.
  private func bracketed(after open: Int, person: String) -> Affiliation? {
    let organizationName: String
    if let close = joinedName(after: open) {
      // "(Office of Public and Media Communications Social Media Team)": capitalised words
      // joined by "of" or "and", to the bracket's end.
      organizationName = analysis.text((open + 1)...(close - 1))
    } else if let organization = analysis.run(startingAt: open + 1) {
      guard organization.titles == nil else { return nil }
      organizationName = analysis.name(organization.name)
      guard endsBracketedName(organization.tokens.upperBound + 1) else { return nil }
    } else {
      // One word of its own, no English word: "(Altum)", "(Rescognito)".
      guard let word = analysis.word(open + 1), endsBracketedName(open + 2),
        analysis.tokens[open + 1].text.first?.isUppercase == true,
        word.allSatisfy(\.isLetter), !WordNet.knows(word, as: nil)
      else { return nil }
      organizationName = analysis.text((open + 1)...(open + 1))
    }
    // "(Board Treasurer)" is an office, "(Deputy President)" too; not "Game Changers", the
    // name of a group.
    let last = organizationName.split(separator: " ").last.map { $0.lowercased() } ?? ""
    let isOffice =
      WordLists.roleNouns.contains(last)
      || (WordNet.english.map {
        $0.lemmas(of: last, as: .noun) == [last] && $0.isKind(last, of: "person", senses: 1)
      } ?? false)
    // A name in brackets after a person's is the organisation's, though it reads as a
    // person's ("Digital Science", "Metadata Game Changers").
    guard !isOffice, !(WordNet.english?.namesPlace(organizationName, orAnyOf: []) ?? false)
    else { return nil }
    return Affiliation(person: person, organization: organizationName, sentence: analysis.sentence)
  }

  /// The closing bracket of the one that opens at `open`, when only capitalised words stand in
  /// it, and "of", "and", "for" or "the" between them, beginning with a word for a part of an
  /// organisation followed by "of" or "for" ("Office of Presidential Libraries") or ending with
  /// one ("Office of … Social Media Team"); nil otherwise.
  private func joinedName(after open: Int) -> Int? {
    guard let first = analysis.word(open + 1), Self.unitWords.contains(first.lowercased()) else {
      return nil
    }
    var index = open + 1
    while index < analysis.tokens.count, index - open <= Self.maxNameTokens {
      if analysis.isMark(index, ")") {
        // "Office of …", "Office for …", or a unit word at its end ("… Social Media Team"):
        // not "(Office Hours Tuesday and Thursday)".
        let last = analysis.word(index - 1)?.lowercased() ?? ""
        let named =
          analysis.isWord(open + 2, in: ["of", "for"]) || Self.unitWords.contains(last)
        return index > open + 2 && named ? index : nil
      }
      guard let word = analysis.word(index),
        analysis.tokens[index].text.first?.isUppercase == true
          || Self.joiningWords.contains(word.lowercased())
      else { return nil }
      index += 1
    }
    return nil
  }

  /// Words that open the name of a part of an organisation.
  private static let unitWords: Set<String> = [
    "office", "department", "division", "bureau", "directorate", "unit", "team", "centre",
    "center", "institute", "school", "faculty", "ministry", "agency", "service",
  ]
  /// Words that join the words of such a name.
  private static let joiningWords: Set<String> = ["of", "and", "for", "the"]
  /// The most tokens such a name may have in its brackets.
  private static let maxNameTokens = 14

  /// Whether the token at `index` closes a bracketed name, or ends it before a semicolon.
  private func endsBracketedName(_ index: Int) -> Bool {
    analysis.isMark(index, ")") || analysis.isMark(index, ";")
  }

  /// The closing bracket of the one that opens at `open`, with only words and commas between,
  /// if it comes within a few tokens.
  private func closingBracket(after open: Int) -> Int? {
    var index = open + 1
    while index < analysis.tokens.count, index - open <= Self.maxBracketTokens {
      if analysis.isMark(index, ")") { return index > open + 1 ? index : nil }
      guard analysis.word(index) != nil || analysis.isMark(index, ",") else { return nil }
      index += 1
    }
    return nil
  }

  /// The most tokens a bracketed office or note may have.
  private static let maxBracketTokens = 8
}
