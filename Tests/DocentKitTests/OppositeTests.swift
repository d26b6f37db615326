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

  private static let denials = """
    The Audit

    The lab is not required to do third party auditing every year. We do not have any \
    current way of showing that the old hypothesis is correct.

    """

  /// A denial whose words the question says by WordNet synonyms ("mandatory" for "required")
  /// says no; a "that" under the denial says nothing either way of what it says.
  @Test func aDenialSaidInOtherWordsSaysNoButNotOfWhatItSaysThatOf() throws {
    let answers = try replies(
      to: [
        "Is third party auditing mandatory for the lab every year?",
        "Can we currently prove that the old hypothesis is right?",
        "Is the old hypothesis correct?",
      ], aboutUncurated: Self.denials, named: "audit")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].citations.isEmpty, "\(answers[2].answer)")
  }
}
