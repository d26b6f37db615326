import Foundation
import Testing

@testable import DocentKit

/// Questions that name the kind of thing they ask for: "Which edition is …?" answered by what a
/// sentence says is what the question describes, and "what type of" weighing "type" as
/// nothing a sentence must say.
@Suite struct KindAskedTests {
  private static let text = """
    The harbour office printed new charts of the bay in the spring. \
    Release 4.1 is the last edition of the old harbour charts. \
    At night the pier sensors detect infrared light from passing boats. \
    The office keeps a copy of every chart in its library.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "charts")
  }

  /// "Release 4.1 is the last edition …": the subject is the answer, the kind ("version")
  /// unsaid.
  @Test func theSubjectOfWhatTheQuestionDescribes() throws {
    let answers = try ask(["Which version is the last edition of the old harbour charts?"])
    #expect(answers[0].answer.hasPrefix("Release 4.1."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// A pronoun is no answer: "It is the last edition" says nothing of which.
  @Test func aPronounSubjectIsNoAnswer() throws {
    let answers = try replies(
      to: ["Which version is the last edition of the old harbour charts?"],
      aboutUncurated:
        "The office printed one more chart. It is the last edition of the old harbour charts.\n",
      named: "charts")
    #expect(!answers[0].answer.hasPrefix("It"), "\(answers[0].answer)")
  }

  /// "What type of light …?" needs no sentence that says "type".
  @Test func typeOfWeighsNothing() throws {
    let answers = try ask(["What type of light do the pier sensors detect at night?"])
    #expect(answers[0].answer.localizedCaseInsensitiveContains("infrared"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3])
  }
}
