import Foundation
import Testing

@testable import DocentKit

/// How many a sentence says, without a number, is no other kind of the thing: "on many
/// different levels" does not deny "at several levels"; "electrical" against "mechanical"
/// engineering still does.
@Suite struct IndefiniteQuantityTests {
  private static let text = """
    The Archive

    Keep in mind that the same file might be stored on many different servers. \
    She studied mechanical engineering in Leeds.

    """

  @Test func aQuantityWithoutANumberContrastsNothing() throws {
    let answers = try replies(
      to: [
        "Can the same file be stored on several servers?",
        "Did she study electrical engineering?",
      ], aboutUncurated: Self.text, named: "archive")
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }
}
