import Foundation
import Testing

@testable import DocentKit

/// Coordinated phrases the parser gives a clause each are said as the sentence joins them: a
/// passive's patients before its verb ("Sponsors and stewards should be thanked"), and the
/// objects of one verb joined by "or" ("any surplus or deficit"), never "and" for "or"; the
/// items in brackets after a plural noun are all of them ("Mozilla and EFF", not "EFF"), and so
/// are names with commas alone between them ("like Lead, Tin, Zinc they …").
@Suite struct CoordinationWordingTests {
  private static let text = """
    Sponsors and stewards should be thanked again at the end of the festival. \
    The treasurer will then publish a final statement, which shows any surplus or deficit. \
    A steward from the harbour, who declined to be named, said the festival had gone well. \
    Two staff are employed by other organizations (Mozilla and EFF). \
    When casting soft metals, like Lead, Tin, Zinc they will dent easily.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "festival")
  }

  @Test func aPassivesCoordinatedPatientsAreSaidTogether() throws {
    let answers = try ask(["Who should be thanked again at the end of the festival?"])
    #expect(
      answers[0].answer.hasPrefix(
        "Sponsors and stewards should be thanked again at the end of the festival."),
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  @Test func objectsJoinedByOrKeepTheirOr() throws {
    let answers = try ask(["What does the final statement show?"])
    #expect(answers[0].answer.hasPrefix("Any surplus or deficit."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  @Test func theItemsInBracketsAfterAPluralNounAreAllOfThem() throws {
    let answers = try ask(["Which organizations employ the two staff?"])
    #expect(answers[0].answer.hasPrefix("Mozilla and EFF."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }

  @Test func namesWithCommasAloneAreAList() throws {
    let answers = try ask(["Which metals are soft metals?"])
    #expect(answers[0].answer.hasPrefix("Lead, Tin, Zinc."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
  }
}
