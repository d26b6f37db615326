import Foundation
import Testing

@testable import DocentKit

/// The noun a number counts is the last of the words after it ("one principal period"), a
/// quality or a skill is said by what the question's own verb takes, and a verb of every use
/// weighs little.
@Suite struct KindOfIdeaTests {
  private static let text = """
    The Regiment

    Modern combat demands the highest order of training, discipline, leadership, and morale \
    on the part of the infantry. The school bought new computers for its pupils. The relics \
    in the Hale collection seem to show one principal period of occupation.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "regiment")
  }

  /// "one principal period" counts periods: "principal" describes it, though WordNet knows a
  /// school's principal, who is a person.
  @Test func aDescribingWordIsNotWhatIsCounted() throws {
    let answers = try ask([
      "How many objects are in the Hale collection?",
      "How many people are in the Hale collection?",
    ])
    for answer in answers {
      #expect(answer.citations.isEmpty, "\(answer.answer)")
    }
  }

  @Test func aQualityIsWhatTheVerbDemands() throws {
    let answers = try ask([
      "What qualities does modern combat demand of infantry?",
      // A computer is a thing, no skill.
      "What skills did the school buy?",
    ])
    #expect(answers[0].answer.contains("training"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
  }

  /// "gave" is a verb of every use, which a sentence may say as "donated": the rest of the
  /// question decides.
  @Test func aVerbOfEveryUseWeighsLittle() throws {
    let answer = try replies(
      to: ["Which general gave a collection to the KMA?"],
      aboutUncurated: """
        The Museum

        General G.C.E. van Daalen was among those who donated a collection to the KMA. The KMA \
        opened in 1921.

        """, named: "museum")[0]
    #expect(answer.answer.contains("van Daalen"), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [1])
  }
}
