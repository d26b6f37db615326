import Foundation
import Testing

@testable import DocentKit

/// What a sentence sets apart with "not" after a comma, "but" or "and" ("working animals, not
/// pets") it says is not so: a yes or no about it is "No", never "Yes". A question that says
/// "not" itself, and a "not" that denies nothing set apart, are left to the other readings.
@Suite struct ContrastDenialTests {
  private static let text = """
    Service Animals

    Service animals are working animals, not pets. \
    The grant pays for tools but not salaries. \
    The festival tickets are sold online.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "service-animals")
  }

  @Test func whatIsSetApartWithNotIsDenied() throws {
    let answers = try ask([
      "Are service animals considered pets?",
      "Does the grant pay for salaries?",
    ])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  @Test func whatTheSentenceSaysIsStillYes() throws {
    let answers = try ask([
      "Does the grant pay for tools?",
      "Are the festival tickets sold online?",
    ])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }
}
