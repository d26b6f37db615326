import Foundation
import Testing

@testable import DocentKit

/// A date written with its day as an ordinal, with "the" or "of" between day and month, is read
/// whole; and a sentence that says a place by its adjective ("the Turkish market") holds the
/// place's name.
@Suite struct DateAndDemonymTests {
  private static let text = """
    Leonhard Euler

    Leonhard Euler was born on April the 15th 1707 in Basel. \
    Euler died on 18th of September 1783 in St. Petersburg. \
    Nick Keith chose to enter the Turkish market because of his fondness for the culture.

    """

  /// "April the 15th 1707" and "18th of September 1783" are whole dates, not "April" and
  /// "September 1783".
  @Test func ordinalDaysWithTheOrOfAreReadWhole() throws {
    let answers = try replies(
      to: ["When was Leonhard Euler born?", "When did Euler die?"], aboutUncurated: Self.text,
      named: "planetmath-euler")
    #expect(answers[0].answer.hasSuffix("April the 15th 1707."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasSuffix("18th of September 1783."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "Turkey" in the question is said by "Turkish" in the sentence: WordNet's adjective of a
  /// place. A common adjective's noun ("dental" of "tooth") is no name and is not added.
  @Test func aProperAdjectiveSaysItsPlace() throws {
    let answers = try replies(
      to: ["Why did Nick Keith choose Turkey?"], aboutUncurated: Self.text,
      named: "ukti-business-english-turkey")
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    let wordNet = try #require(WordNet.english)
    #expect(wordNet.namesPertainedTo(byAdjective: "Turkish") == ["turkey"])
    #expect(wordNet.namesPertainedTo(byAdjective: "dental").isEmpty)
  }
}
