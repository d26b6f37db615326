import Foundation

/// The dateline a news release opens with ("SAN FRANCISCO, Nov. 30, 2016 — The Node.js
/// Foundation … today announced …"): where and when the release was issued.
struct Dateline: Equatable, Sendable, Codable {
  /// The place, as written: "SAN FRANCISCO".
  let place: String
  /// The date, as written: "Nov. 30, 2016".
  let date: String

  /// The dateline of `document`, with its sentence: in one of its first sentences, after a
  /// title and a subtitle.
  static func of(_ document: Document) -> (dateline: Dateline, sentence: Sentence)? {
    document.sentences.prefix(datelineReach).lazy.compactMap { sentence in
      Dateline(opening: sentence.text).map { ($0, sentence) }
    }.first
  }

  /// A document's dateline with the sentence it opens.
  struct Opening: Sendable, Codable {
    let dateline: Dateline
    let sentence: Sentence
  }

  /// How many sentences a title and a subtitle may put before the dateline.
  private static let datelineReach = 4

  /// The dateline `text` opens with: a place in capitals, a comma, a date with its year, and a
  /// dash. Nil when it opens with none.
  init?(opening text: String) {
    // "SAN FRANCISCO, Nov. 30, 2016 — …": the words before the first dash, near the start.
    let dashes = [" — ", " – ", " -- ", " - ", "—"]
    guard
      let dash = dashes.compactMap({ text.range(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }), text.distance(from: text.startIndex, to: dash.lowerBound) <= Self.longest
    else { return nil }
    let parts = text[..<dash.lowerBound].components(separatedBy: ", ")
    guard parts.count >= 3, let year = parts.last, year.count == 4, year.allSatisfy(\.isNumber)
    else { return nil }
    let monthDay = parts[parts.count - 2].split(separator: " ")
    guard monthDay.count == 2, monthDay[1].count <= 2, monthDay[1].allSatisfy(\.isNumber),
      Self.months.contains(where: { monthDay[0].hasPrefix($0) })
    else { return nil }
    let places = parts.dropLast(2)
    // The city in capitals, as news releases write it: "SAN FRANCISCO", "WASHINGTON".
    guard let city = places.first, city.contains(where: \.isLetter),
      city.allSatisfy({ $0.isUppercase || " .'’".contains($0) })
    else { return nil }
    place = places.joined(separator: ", ")
    date = parts.suffix(2).joined(separator: ", ")
  }

  /// The most characters a dateline runs to before its dash.
  private static let longest = 80
  /// The months, as a dateline may shorten them.
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
}

extension Answerer {
  /// "When was this announcement made?", "What city was the release datelined from?": a
  /// question about the document itself, in nothing but words for it and for issuing it,
  /// asks for its dateline: of the document the conversation is about, or of the one document
  /// that has one.
  func datelineAnswer(
    _ tokens: [QuestionToken], context: ConversationContext
  ) -> (text: String, sentence: Sentence)? {
    let folded = tokens.map(\.folded).filter { $0.first?.isLetter == true }
    guard let first = folded.first else { return nil }
    let asksPlace =
      first == "where" || (["what", "which"].contains(first) && folded.dropFirst().first == "city")
    let asksTime =
      first == "when"
      || (["what", "which", "on"].contains(first)
        && folded.contains { ["date", "day"].contains($0) })
    guard asksPlace || asksTime,
      folded.indices.dropFirst().contains(where: {
        ["the", "this"].contains(folded[$0 - 1])
          && ClauseQuestion.documentWords.union(Self.releaseWords).contains(folded[$0])
      }),
      folded.allSatisfy({ word in
        Self.questionFrame.contains(word) || ClauseQuestion.documentWords.contains(word)
          || Self.releaseWords.contains(word) || Self.issuingWords.contains(word)
      })
    else { return nil }
    // The datelines were found once, at load.
    let found =
      if let statement = context.statement {
        knowledge.datelines[statement.document]
      } else {
        knowledge.datelines.count == 1 ? knowledge.datelines.values.first : nil
      }
    guard let (dateline, sentence) = found.map({ ($0.dateline, $0.sentence) }) else { return nil }
    return (asksPlace ? dateline.place.capitalized + "." : dateline.date + ".", sentence)
  }

  /// Words a question about a release calls it by, besides an article's.
  private static let releaseWords: Set<String> = [
    "release", "announcement", "news", "report", "statement",
  ]
  /// Words for issuing a document: "When was it announced?", "made", "datelined".
  private static let issuingWords: Set<String> = [
    "made", "make", "announced", "published", "issued", "released", "written", "put", "out",
    "sent", "dated", "datelined", "come", "came", "from", "city", "date", "day", "place",
  ]
  /// The words around them: "When was this announcement made?".
  private static let questionFrame: Set<String> = [
    "when", "where", "what", "which", "on", "in", "was", "is", "were", "did", "does", "the",
    "this", "that", "it", "and",
  ]
}
