import Foundation
import Testing

@testable import DocentKit

/// Yes from a sentence that holds every word of the question, though the parser read them
/// into more than one clause ("A and B are members of C" as two clauses), and never when the
/// sentence may say otherwise of them: items of a list, an aside that opens it, a claim it
/// takes back.
@Suite struct SpreadYesTests {
  private static let text = """
    The Meadow Trust

    The Meadow Trust and the River Guild are members of the Valley Network. \
    The warden earned three awards: a medal from the Kestrel Society, a grant from the county, \
    and a prize from the Heron Club. \
    First, we close the east gate - the choice for a new entrance is the mill lane. \
    The seed archive purports to be complete but is, in fact, missing several species. \
    The meadow maps are free to use and available to anyone.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "meadow-trust")
  }

  /// The parser reads "The Meadow Trust and the River Guild are members" as two clauses, one
  /// for each; "free to use" has no clause of "use".
  @Test func aSentenceHoldingEveryWordSaysYes() throws {
    let answers = try ask([
      "Are the Meadow Trust and the River Guild members of the Valley Network?",
      "Can anyone use the meadow maps for free?",
    ])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [5])
  }

  /// Words in different items of a list, an aside opening the sentence, and a claim taken
  /// back by "but" say no yes.
  @Test func aSentenceThatMaySayOtherwiseSaysNoYes() throws {
    let answers = try ask([
      "Did the warden get a prize from the Kestrel Society?",
      "Was closing the east gate their first choice?",
      "Is the seed archive complete?",
    ])
    for answer in answers {
      #expect(!answer.answer.hasPrefix("Yes."), "\(answer.answer)")
    }
  }

  /// Words of two clauses of two verbs are not said of each other, nor is a deed someone
  /// urged others "to" do done by the one urging's company.
  @Test func wordsOfDifferentDeedsSayNoYes() throws {
    let text = """
      Business Roundup

      Acme Corp acquired Beta Labs in 2019, and Gamma Inc bought Delta Systems two years later. \
      Google released the Pixel phone, and Apple launched a new laptop at the same event. \
      Mayor Grant attended the meeting, where dozens of parents urged the council to close the \
      public pool.

      """
    let answers = try replies(
      to: [
        "Did Acme Corp buy Delta Systems?", "Did Apple release the Pixel phone?",
        "Did Mayor Grant close the public pool?",
      ], aboutUncurated: text, named: "roundup")
    for answer in answers {
      #expect(!answer.answer.hasPrefix("Yes."), "\(answer.answer)")
    }
  }
}

/// A yes or no that opens with "be" and ends on a describing word asks about that word, however
/// common ("long"): a sentence that holds the rest of the question but not it says no yes.
@Suite struct DescribedYesTests {
  @Test func theDescribingWordAYesOrNoEndsOnMustBeSaid() throws {
    let answers = try replies(
      to: ["Is the walk to the library long?"],
      aboutUncurated: """
        Walking to libraries

        The Office for National Statistics recently released analysis of walking times to \
        local libraries. Most people live near one.

        """, named: "walking")
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
  }

  @Test func aSentenceThatSaysItAnswersYes() throws {
    let answers = try replies(
      to: ["Is the walk to the library long?"],
      aboutUncurated: """
        Walking to libraries

        The walk to the library is long and steep. Most people drive.

        """, named: "walking")
    #expect(answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }
}
