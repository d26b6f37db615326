import Foundation
import Testing

@testable import DocentKit

/// A number answers "how many" only when it counts the thing asked about: not a difference
/// ("two thousand more votes than Ben Ash"), unless the question asks how many more, and not
/// a count of something else the thing comes in ("three populations of parrots").
@Suite struct CountedThingTests {
  private static let text = """
    The Vote

    Nine thousand people voted in the town election. Mara Quill won. She got only two \
    thousand more votes than Ben Ash.

    Today there are at least three interacting populations of parrots in the forest.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "vote")
  }

  @Test func aDifferenceIsNoCount() throws {
    let answers = try ask([
      "How many votes did Ben Ash get?",
      "How many more votes than Ben Ash did Mara Quill get?",
    ])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("two thousand more votes"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  /// Of two counts of one kind of thing, the one the question's words single out: "two USB3
  /// ports", not the "two USB2 ports" beside them; both when it asks of ports alone.
  @Test func theCountOfTheKindAsked() throws {
    let answers = try replies(
      to: [
        "How many USB3 ports does the Quill Board have?",
        "How many ports does the Quill Board have?",
      ],
      aboutUncurated:
        "The Quill Board\n\nThe Quill Board is powered by a USB-C cable and provides two USB3 ports as well as four USB2 ports.\n",
      named: "board")
    #expect(answers[0].answer.contains("wo USB3 ports"), "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("USB2"), "\(answers[0].answer)")
    #expect(
      answers[1].answer.contains("USB3") && answers[1].answer.contains("USB2"),
      "\(answers[1].answer)")
  }

  /// A range is one count: neither end alone is what the text says.
  @Test func aRangeIsCountedWhole() throws {
    let answers = try replies(
      to: [
        "How many birds were killed by the spill?", "How many volunteers helped each day?",
      ],
      aboutUncurated: """
        Spill Notes

        The final assessment estimated that between 65,000 and 102,000 birds were killed by \
        the spill. Roughly 30 to 40 volunteers helped each day.

        """, named: "spill")
    #expect(answers[0].answer.contains("65,000 and 102,000"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("30 to 40"), "\(answers[1].answer)")
  }

  /// What rounds or bounds a number is part of the count: "More than 30 stalls" is not 30.
  @Test func aCountKeepsWhatBoundsIt() throws {
    let answers = try replies(
      to: ["How many stalls sold food?", "How many boats came?"],
      aboutUncurated: """
        Fair Notes

        More than 30 stalls sold food. At least 40 boats came.

        """, named: "fair")
    #expect(answers[0].answer.hasPrefix("More than 30"), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("At least 40"), "\(answers[1].answer)")
  }

  @Test func aCountOfGroupsIsNoCountOfTheirMembers() throws {
    let answers = try ask(["How many parrots are there in the forest today?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
  }

  /// "How tall …?" asks for a number with a unit of length: a date in the clause ("the May 4,
  /// 1812, flood") is none.
  @Test func aMeasureNeedsItsUnit() throws {
    let text = """
      The Ridge

      A notable area of subsidence that formed during the May 4, 1812, flood is Hollow Lake in \
      Ohio, just east of the dome on the downdropped side of the Hollow ridge.

      The Hollow ridge is 3 meters tall.

      """
    let answer = try replies(
      to: ["How tall is the Hollow ridge?"], aboutUncurated: text, named: "ridge")[0]
    #expect(answer.answer.contains("3 meters"), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [2])
  }

  /// A unit may be short: "330 m high".
  @Test func aShortUnitMeasures() throws {
    let text = """
      The Tower

      The Eiffel Tower was finished in 1889. The Eiffel Tower is 330 m high.

      """
    let answer = try replies(
      to: ["How high is the Eiffel Tower?"], aboutUncurated: text, named: "tower")[0]
    #expect(answer.answer.contains("330 m"), "\(answer.answer)")
  }
}
