import Foundation
import Testing

@testable import DocentKit

/// A verb of every use with the noun of a deed as its object says that deed: "had a severe
/// impact on the harvest" says the frost affected it (WordNet's "affect" and "impact" share a
/// sense), "paid a visit to the ministry" that they visited it.
@Suite struct DeedNounTests {
  private static let text = """
    The Harvest

    The late frost had a severe impact on the apple harvest in the valley. \
    In the spring the growers paid a visit to the agricultural ministry. \
    The ministry has offices in the old town hall.

    """

  @Test func aDeedSaidByItsNounAnswersYes() throws {
    let answers = try replies(
      to: ["Did the frost affect the apple harvest?"], aboutUncurated: Self.text,
      named: "harvest")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// The deed is said of what the clause holds, not of anything else the text names.
  @Test func theDeedOfSomethingElseSaysNothing() throws {
    let answers = try replies(
      to: ["Did the frost affect the ministry?", "Did the ministry affect the harvest?"],
      aboutUncurated: Self.text, named: "harvest")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }
}

/// How many a sentence says, without a number, is no other kind of the thing: "on many
/// different levels" does not deny "at several levels"; "electrical" against "mechanical"
/// engineering still does.
@Suite struct IndefiniteQuantityTests {
  private static let text = """
    The Archive

    Keep in mind that the same file might be stored on many different servers. \
    She studied mechanical engineering in Leeds.

    """

  @Test func aQuantityWithoutANumberContrastsNothing() throws {
    let answers = try replies(
      to: [
        "Can the same file be stored on several servers?",
        "Did she study electrical engineering?",
      ], aboutUncurated: Self.text, named: "archive")
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }
}
