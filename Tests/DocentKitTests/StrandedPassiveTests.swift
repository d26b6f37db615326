import Foundation
import Testing

@testable import DocentKit

/// "Who was the survey carried out for?" asks what the stranded preposition of a passive takes,
/// not who the survey is; "What was the money used for?" what the "for" after the verb takes.
@Suite struct StrandedPassiveTests {
  private static let text = """
    The Survey

    The survey was carried out for the Home Office in 2011. The money was used for new roads. \
    The book was written by Ann Lee. The hall was used for three years.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "survey")
  }

  @Test func aPassivesStrandedPrepositionIsWhatIsAsked() throws {
    let answers = try ask([
      "Who was the survey carried out for?", "Who was the book written by?",
    ])
    #expect(answers[0].answer.contains("Home Office"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("Ann Lee"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  @Test func aRefusalSaysTheStrandedPassiveBackInOrder() throws {
    let answers = try ask([
      "Which office was the report sent back to?",
      "What other name is the hall sometimes known by?",
    ])
    #expect(
      answers[0].answer.contains("which office the report was sent back to"), "\(answers[0].answer)"
    )
    #expect(
      answers[1].answer.contains("what other name the hall is sometimes known by"),
      "\(answers[1].answer)")
  }

  /// "be" goes before a word of degree: "why the hall was so cold", not "why the hall so was
  /// cold".
  @Test func aRefusalPutsBeBeforeAWordOfDegree() throws {
    let answers = try ask(["Why was the hall so cold?"])
    #expect(answers[0].answer.contains("why the hall was so cold"), "\(answers[0].answer)")
  }

  /// A passive with no "by" says nothing of who did it: what its "for" takes did not.
  @Test func aPassiveWithNoDoerNamesNoDoer() throws {
    let answers = try ask(["Who carried out the survey?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("Home Office"), "\(answers[0].answer)")
  }

  @Test func whatSomethingWasUsedForIsTheForAfterTheVerb() throws {
    let answers = try ask(["What was the money used for?", "What was the hall used for?"])
    #expect(answers[0].answer.contains("new roads"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    // How long it was used says nothing of what for.
    #expect(!answers[1].answer.contains("For three years"), "\(answers[1].answer)")
  }
}
