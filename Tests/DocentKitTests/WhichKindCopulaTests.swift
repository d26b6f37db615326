import Foundation
import Testing

@testable import DocentKit

/// "Which star is Vega?" asks what Vega is, of the kind named: the other side of "is", when it
/// says that kind in so many words. A word merely derived from the kind ("National" for
/// "nationality") does not say it.
@Suite struct WhichKindCopulaTests {
  private static let text = """
    Sky Notes

    Favdna is the star Arcturus, and represents the Hunter. \
    Vega is a bright star in the northern sky. \
    The capital of the province is the city of Lyon. \
    Ann Lee was the first president of the National Gallery. \
    The kiwi is a fruit, not a bird. \
    Sara Holm is a doctor's daughter. \
    Nordline is a rival of the company Ferrix. \
    Mira may be a binary star.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "sky-notes")
  }

  @Test func theKindAskedForIsWhatTheThingIs() throws {
    let answers = try ask([
      "Which star is Favdna?",
      "Which star is Vega?",
      "Which city is the capital of the province?",
    ])
    #expect(answers[0].answer.contains("Arcturus"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("a bright star"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].answer.contains("Lyon"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [3])
  }

  /// Nor does the kind said anywhere but at the head of what the thing is: after "not", of
  /// another ("a doctor's daughter", "a rival of the company"), or in what only may be so.
  @Test func aKindNotHeadingTheAnswerDoesNotSayIt() throws {
    let questions = [
      "What nationality was Ann Lee?", "Which bird is the kiwi?", "Which doctor is Sara Holm?",
      "Which company is Nordline?", "Which star is Mira?",
    ]
    for (question, answer) in zip(questions, try ask(questions)) {
      #expect(answer.citations.isEmpty, "\(question) \(answer.answer)")
    }
  }
}
