import Foundation
import Testing

@testable import DocentKit

/// A follow-up that points back ("How many of them …?", "What did that make possible?") is
/// read in the sentences around the last answer's, where what it points at was just said; a
/// count the sentence divides ("Of the 16 applications, 12 were accepted") answers with the
/// part; and a year an era marks ("55 BC") is a time.
@Suite struct PointingBackTests {
  private static let text = """
    Harbour Notes

    The harbour survey received 16 applications from local schools. \
    Of the 16 applications, 12 were accepted. \
    The survey team flew two drones over the bay, making it possible to map the sea floor. \
    Ada Brekke led the survey team. \
    A storm closed the harbour for ten days in March. \
    Julius Caesar reached the coast in 55 BC.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbour")
  }

  @Test func aPronounPointsIntoTheLastAnswersSentences() throws {
    let answers = try ask([
      "How many applications did the harbour survey receive?",
      "How many of them were accepted?",
    ])
    #expect(answers[0].answer.hasPrefix("16"), "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.hasPrefix("12"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  @Test func thatAloneStandsForWhatWasJustSaid() throws {
    let answers = try ask(["Did the survey team fly drones?", "What did that make possible?"])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("map the sea floor"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  /// The sentences around the last answer say nothing of who led anything: no answer from
  /// them, nor from the sentence further on that does.
  @Test func theSentencesAroundMustStillSayIt() throws {
    let answers = try ask([
      "How many applications did the harbour survey receive?", "Who checked them?",
    ])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  @Test func aCountTheSentenceDividesAnswersWithThePart() throws {
    let answers = try ask(["How many applications were accepted?"])
    #expect(answers[0].answer.hasPrefix("12"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  @Test func aYearAnEraMarksIsATime() throws {
    let answers = try ask(["When did Julius Caesar reach the coast?"])
    #expect(answers[0].answer.contains("55 BC"), "\(answers[0].answer)")
  }
}
