import Foundation
import Testing

@testable import DocentKit

/// What a sentence sets apart with "not" or "never" after a comma, "but" or "and" ("working
/// animals, not pets", "but never in Denmark") it says is not so: a yes or no about it is "No",
/// never "Yes". And a word near the question's in meaning ("significant" for "big") is no
/// other kind of the thing, to answer "No" by.
@Suite struct ContrastDenialTests {
  private static let text = """
    Service Animals

    Service animals are working animals, not pets. \
    The grant pays for tools but not salaries. \
    The festival tickets are sold online. \
    The firm sells its boats in Norway and Sweden, but never in Denmark. \
    Statistics is a fairly significant part of a psychology degree. \
    The museum does not charge children, and not students either. \
    Use the stairs, not the lift, which is broken. \
    The storm caused damage, but not a single death.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "service-animals")
  }

  @Test func whatIsSetApartWithNotIsDenied() throws {
    let answers = try ask([
      "Are service animals considered pets?",
      "Does the grant pay for salaries?",
      "Does the firm sell its boats in Denmark?",
      "Does the museum charge students?",
      "Did the storm cause a death?",
    ])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].answer.hasPrefix("No."), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [4])
    // A clause that denies something else as well does not turn the contrast into a yes.
    #expect(answers[3].answer.hasPrefix("No."), "\(answers[3].answer)")
    #expect(answers[3].citations.map(\.sentence) == [6])
    #expect(answers[4].answer.hasPrefix("No."), "\(answers[4].answer)")
    #expect(answers[4].citations.map(\.sentence) == [8])
  }

  /// What the sentence says of the thing set apart, after it, still holds: "not the lift,
  /// which is broken" says the lift is broken.
  @Test func whatIsSaidAfterTheContrastStillHolds() throws {
    let answers = try ask(["Is the lift broken?"])
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
  }

  @Test func aWordNearInMeaningIsNoOtherKind() throws {
    let answers = try ask(["Is statistics a big part of a psychology degree?"])
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
  }

  @Test func whatTheSentenceSaysIsStillYes() throws {
    let answers = try ask([
      "Does the grant pay for tools?",
      "Are the festival tickets sold online?",
      "Does the firm sell its boats in Norway?",
    ])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
  }
}
