import Foundation
import Testing

@testable import DocentKit

/// A yes or no whose verb the sentence says only by a verb above it or beside it in WordNet
/// ("told" for "given", "notify" for "told") is answered yes only when that verb's clause holds
/// the question's other words; a way of doing the verb ("invited" for "asked") says it.
@Suite struct YesByAnotherVerbTests {
  private static let text = """
    The Garden

    Someone told us about volunteers in a community garden, “the people don’t want to be \
    trained in decision making, they are here to dig in the dirt.” \
    We notify the affected members of the specific content that breaks the rules, and that \
    this is a takedown request. \
    When a foreign leader formally visits the country, he or she is sometimes invited to \
    address the parliament.

    """

  /// "Someone told us about volunteers" does not say that volunteers are given anything: the
  /// question's "decision" is said only in the quotation.
  @Test func anotherVerbWhoseClauseHoldsTooLittleSaysNothing() throws {
    let answers = try replies(
      to: ["Can volunteers be given decision-making rights?"], aboutUncurated: Self.text,
      named: "garden")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
  }

  /// The verb's clauses hold the question's other words, what a bare "that" object says
  /// among them: "notify the affected members … and that this is a takedown request" tells
  /// them about the takedown; "is sometimes invited to address the parliament" asks them to.
  @Test func anotherVerbWhoseClauseHoldsTheRestSaysYes() throws {
    let answers = try replies(
      to: [
        "Are the affected members told about the takedown?",
        "Are visiting leaders sometimes asked to address the parliament?",
      ], aboutUncurated: Self.text, named: "garden")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }
}
