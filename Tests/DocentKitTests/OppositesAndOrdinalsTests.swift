import Foundation
import Testing

@testable import DocentKit

/// Yes or no where "there is" and "no" stand apart ("there is unfortunately no map") or the
/// sentence says the opposite verb ("falling" for "rising"); an ordinal after a number, which
/// counts nothing ("the 8 billionth baby"); "In which exact year …?", which only a year
/// answers; and "In which city …?", "On what basis …?", answered by the phrase the
/// preposition opens, never by a name elsewhere nor a sentence that lacks the kind.
@Suite struct OppositesAndOrdinalsTests {
  private static let text = """
    Town Notes

    There is unfortunately no map of the park. \
    Africa's fertility rates are falling too, possibly faster than projections indicate. \
    Prices in the town have increased every year. \
    The symbolic 8 billionth baby was born in a Manila hospital. \
    The house was built by Sir Hugh Clopton in the reign of Henry VII. \
    The bridge was built by Ann Moss in 1932. \
    Much of the structure of Minikin is dedicated to itemization, which is done largely on \
    the basis of the cmap coverage of the fonts in the fallback chain. \
    Someone told us about volunteers in a community garden. \
    The library was founded in Leeds by Tom Hale. \
    William Hamilton was born in Melbourne in 1858, the son of a goldminer, George Hamilton. \
    In 1882 he became a shearer in Queensland. \
    Wages fell in the third quarter as unemployment climbed to 9 percent. \
    Copper prices did not fall in September. \
    Estria bought the island of Tessa from Vell for 50,000 crowns. \
    There is rarely no queue at the tea auction. \
    Lena Marsh was born on 3 May 1931 in Whitby, a fishing town in Yorkshire. \
    The spring conference was held in Lisbon. \
    The treaty was written in Latin. \
    Unemployment on the island climbed as wages fell. \
    There was originally no chapel at Kelby Priory; one was added in 1420.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "town-notes")
  }

  private func ask(_ question: String) throws -> Reply { try ask([question])[0] }

  /// A word of how the writer takes it between "there is" and "no" leaves the "no" a no.
  @Test func thereIsUnfortunatelyNo() throws {
    let reply = try ask("Is there a map of the park?")
    #expect(reply.answer.hasPrefix("No."), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [1], "\(reply.answer)")
  }

  /// A verb WordNet gives as the opposite of the question's says no, never yes; the verb
  /// itself says yes.
  @Test(arguments: [
    ("Are Africa's fertility rates rising?", "No.", 2),
    ("Are Africa's fertility rates falling?", "Yes.", 2),
    ("Have prices in the town decreased every year?", "No.", 3),
  ])
  func oppositeVerb(question: String, answer: String, sentence: Int) throws {
    let reply = try ask(question)
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// An opposite verb says no only when done by what the question asks about, and not denied;
  /// a word of how often between "there is" and "no" leaves it open.
  @Test(arguments: [
    "Did unemployment rise?", "Did copper prices rise in September?",
    "Did Vell sell the island of Tessa?", "Is there a queue at the tea auction?",
    "Did unemployment on the island rise?", "Was there a chapel at Kelby Priory?",
  ])
  func noNoFromAnotherDeed(question: String) throws {
    let reply = try ask(question)
    #expect(!reply.answer.hasPrefix("No."), "\(reply.answer)")
  }

  @Test func anOppositeDoneByWhatIsAsked() throws {
    let reply = try ask("Did Estria sell the island of Tessa?")
    #expect(reply.answer.hasPrefix("No."), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [14], "\(reply.answer)")
  }

  /// "the 8 billionth baby" is one baby: no count of babies.
  @Test func anOrdinalCountsNothing() throws {
    let reply = try ask("How many babies were born in Manila?")
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// "In which exact year …?" asks for a year as "In which year …?" does: a reign is none.
  @Test func anExactYear() throws {
    let replies = try ask([
      "In which exact year did Sir Hugh Clopton build the house?",
      "In which exact year did Ann Moss build the bridge?",
    ])
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(replies[1].answer.contains("1932"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [6], "\(replies[1].answer)")
  }

  /// A question that opens with a preposition before "what" or "which" asks for the phrase
  /// that preposition opens, whole to its last noun, of the kind asked for where that is a
  /// place (said in the sentence, or a name WordNet knows as one); a sentence with no such
  /// phrase, and without the kind asked for, does not answer.
  @Test func thePhraseThePrepositionOpens() throws {
    let replies = try ask([
      "On what basis is itemization done?", "In which city was the library founded?",
      "In which country was the community garden?", "In which county was Lena Marsh born?",
      "In which city was the spring conference held?",
      "In which script was the treaty written?",
    ])
    #expect(replies[0].answer == "On the basis of the cmap coverage.", "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [7], "\(replies[0].answer)")
    #expect(replies[1].answer == "In Leeds.", "\(replies[1].answer)")
    #expect(replies[2].status != .answered, "\(replies[2].answer)")
    #expect(replies[3].status != .answered, "\(replies[3].answer)")
    #expect(replies[4].answer == "In Lisbon.", "\(replies[4].answer)")
    #expect(replies[5].status != .answered, "\(replies[5].answer)")
  }
}
