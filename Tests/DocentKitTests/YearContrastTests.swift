import Foundation
import Testing

@testable import DocentKit

/// A yes or no about a deed in one year, against the clause that says the deed in another
/// year, is no, citing it; the same year is yes; a clause that only may be so, or a year the
/// question bounds ("after 2010"), leaves it open. A part of a year is said whole ("at the end
/// of 2015"), and a phrase of when that opens a question goes after it.
@Suite struct YearContrastTests {
  private static let text = """
    The Kestrel Museum opened its new wing at the end of 2015, at a small ceremony. \
    In that same year, 1998, the harbour guide was published by the Kestrel Trust. \
    The museum may open a garden in 2027. \
    The ferry service stopped in the spring of 1990.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "kestrel")
  }

  @Test func anotherYearIsNo() throws {
    let replies = try ask([
      "Did the Kestrel Museum open its new wing in 2018?",
      "Was the harbour guide published in 2001?",
    ])
    #expect(
      replies[0].answer.hasPrefix("No. The Kestrel Museum opened its new wing at the end of 2015"),
      "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [1])
    // Said with its year, which the clause leaves before it.
    #expect(replies[1].answer.hasPrefix("No. In that same year, 1998,"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [2])
  }

  @Test func theSameYearIsYes() throws {
    let reply = try ask(["Did the Kestrel Museum open its new wing in 2015?"])[0]
    #expect(reply.answer.hasPrefix("Yes."), "\(reply.answer)")
  }

  @Test func whatMayBeSoStaysOpen() throws {
    let reply = try ask(["Will the museum open a garden in 2026?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  @Test func aYearTheQuestionBoundsIsNoContrast() throws {
    let reply = try ask(["Did the Kestrel Museum open its new wing after 2010?"])[0]
    #expect(!reply.answer.hasPrefix("No."), "\(reply.answer)")
  }

  @Test func aPartOfAYearIsSaidWhole() throws {
    let replies = try ask([
      "When did the Kestrel Museum open its new wing?", "When did the ferry service stop?",
    ])
    #expect(replies[0].answer.hasPrefix("At the end of 2015."), "\(replies[0].answer)")
    #expect(replies[1].answer.hasPrefix("In the spring of 1990."), "\(replies[1].answer)")
  }

  @Test func anOpeningPhraseOfWhenGoesAfterTheQuestion() throws {
    let reply = try ask(["In 1998 was the harbour guide published by the Kestrel Trust?"])[0]
    #expect(reply.answer.hasPrefix("Yes."), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [2])
  }
}
