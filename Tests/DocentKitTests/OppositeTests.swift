import Foundation
import Testing

@testable import DocentKit

/// A yes or no whose describing word the sentence says by its opposite is answered no:
/// "Is modeling heat simple?" against "modeling heat is complicated".
@Suite struct OppositeTests {
  private static let text = """
    The Retreat

    The evening dinners were optional. Modeling and predicting heat is complicated. \
    The new library replaced a large old building. Given a break from our routine, the world \
    seems larger. The bridge is not wide.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "retreat")
  }

  @Test func theOppositeOfTheDescribingWordSaysNo() throws {
    let answers = try ask([
      "Were the evening dinners mandatory?", "Is it simple to model and predict heat?",
      "Does the world seem smaller after a break from our routine?",
    ])
    for (answer, sentence) in zip(answers, [1, 2, 4]) {
      #expect(answer.answer.hasPrefix("No."), "\(answer.answer)")
      #expect(answer.citations.map(\.sentence) == [sentence])
    }
  }

  @Test func anOppositeOfAnotherNounOrDeniedSaysNothing() throws {
    let answers = try ask(["Is the new library small?", "Is the bridge narrow?"])
    for answer in answers {
      #expect(!answer.answer.hasPrefix("No."), "\(answer.answer)")
    }
  }
}
