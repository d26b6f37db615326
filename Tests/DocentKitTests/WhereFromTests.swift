import Foundation
import Testing

@testable import DocentKit

/// "Erich Jao of the Philippines" is from the Philippines; "president of the United States" is
/// from nowhere the sentence says.
@Suite struct WhereFromTests {
  private static let text = """
    The Campaign

    A message came from Erich Jao of the Philippines. James Garfield became president of the \
    United States in 1881. The website 64forSuu.org is named as such to mark her 64th \
    birthday. The campaign is also on Facebook.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "campaign")
  }

  @Test func ofAPlaceAfterANameSaysWhereFrom() throws {
    let answers = try ask([
      "Which country is Erich Jao from?", "Which country is James Garfield from?",
    ])
    #expect(answers[0].answer.contains("Philippines"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
  }
}
