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

  /// A sentence beside the last answer's answers a "she" only if it names her or calls her
  /// so: Tom Olsen's birth is not Ada Brekke's; and "that" alone is what the last answer's own
  /// sentence stated, not the one before it.
  @Test func aSentenceBesideMustHoldWhoThePronounStandsFor() throws {
    let answers = try replies(
      to: [
        "Who founded the Harbour Survey?", "When was she born?",
        "Did the survey team fly drones?", "What did that make possible?",
      ],
      aboutUncurated: """
        Survey Notes

        Ada Brekke founded the Harbour Survey in 1990. \
        The fisherman Tom Olsen was born in 1950 in Bergen. \
        A new grant made it possible to hire two divers. \
        The survey team flew two drones over the bay.

        """, named: "survey")
    #expect(answers[0].answer.hasPrefix("Ada Brekke"), "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
    #expect(answers[3].outcome != .answered, "\(answers[3].answer)")
  }

  @Test func aCountTheSentenceDividesAnswersWithThePart() throws {
    let answers = try ask(["How many applications were accepted?"])
    #expect(answers[0].answer.hasPrefix("12"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    // Nor is the whole an answer when no number does the deed.
    let declined = try replies(
      to: ["How many applications were accepted?"],
      aboutUncurated: "Of the 16 applications, 12 were not accepted.\n", named: "intake")
    #expect(declined[0].outcome != .answered, "\(declined[0].answer)")
  }

  @Test func aYearAnEraMarksIsATime() throws {
    let answers = try ask(["When did Julius Caesar reach the coast?"])
    #expect(answers[0].answer.contains("55 BC"), "\(answers[0].answer)")
    // Not "300 AD accounts", nor a school's "year 6".
    let others = try replies(
      to: [
        "When did the company migrate accounts to the cloud?",
        "When did pupils sit the new reading test?",
      ],
      aboutUncurated: """
        The company migrated 300 AD accounts to the cloud. \
        Pupils in year 6 sat the new reading test.

        """, named: "misc")
    for answer in others { #expect(answer.outcome != .answered, "\(answer.answer)") }
  }
}
