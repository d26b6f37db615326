/// Finds the organisations a list names beside people: a line of a list of members, staff or
/// speakers that is nothing but a person's name, an office in brackets perhaps, a comma and an
/// organisation's name ("Salvatore Mele, CERN", "Rebecca Ross (Deputy President), Canadian
/// Research Knowledge Network", "Adrian Burton, Australian Research Data Commons
/// (re-elected)").
///
/// Only such a line is read: a sentence with a verb says more than where someone is from, and
/// "Hamas, the PA and Fatah" is a list of names, not a name and its organisation.
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
    guard analysis.isMark(comma, ","), let organization = analysis.run(startingAt: comma + 1)
    else { return nil }
    // Nothing after the organisation's name but a note in brackets ("(re-elected)").
    var end = organization.tokens.upperBound + 1
    if analysis.isMark(end, "(") {
      guard let close = closingBracket(after: end) else { return nil }
      end = close + 1
    }
    guard end == tokens.count, organization.titles == nil,
      !Entity.readsAsPersonName(analysis.name(organization.name))
    else { return nil }
    return Affiliation(
      person: name, organization: analysis.name(organization.name), sentence: analysis.sentence)
  }

  /// The closing bracket of the one that opens at `open`, with only words and commas or
  /// semicolons between, if it comes within a few tokens.
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
