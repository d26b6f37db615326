import Foundation
import Testing

@testable import DocentKit

/// A name the documents write is no misspelling of a name near it: "Favdna", which opens its
/// sentences only, beside "Favtna", which the text gives as another spelling. A name the
/// documents never write is still corrected.
@Suite struct WrittenNameTests {
  private static let text = """
    Sky Notes

    Favdna (also transcribed as Favtna) is the star Arcturus, and represents the Hunter. \
    Favdna must aim well.

    """

  @Test func aNameTheDocumentsWriteIsTakenAsWritten() throws {
    let answers = try replies(
      to: ["Who is Favdna?", "Which star is Favdna?"], aboutUncurated: Self.text,
      named: "sky-notes")
    for answer in answers {
      #expect(!answer.answer.contains("Taking"), "\(answer.answer)")
      #expect(answer.answer.contains("Arcturus"), "\(answer.answer)")
      #expect(answer.citations.map(\.sentence) == [1])
    }
  }
}
