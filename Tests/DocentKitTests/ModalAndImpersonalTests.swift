import Foundation
import Testing

@testable import DocentKit

/// A question of what can be is answered by a clause of what may be, and an "it" that stands
/// for nothing ("How long did it take …?") leaves the question readable.
@Suite struct ModalAndImpersonalTests {
  private static let text = """
    Drill notes

    An outlined enemy may be made to attack or defend. \
    It took Mitchell about two weeks to start sending encrypted messages and calls. \
    The umpire cannot stop the drill.

    """

  /// "Can … attack?" against "may be made to attack": that it may, it can. A denied "cannot"
  /// still says no.
  @Test func whatMayBeSaysWhatCanBe() throws {
    let answers = try replies(
      to: ["Can the outlined enemy go on the attack?", "Can the umpire stop the drill?"],
      aboutUncurated: Self.text, named: "drill-notes")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  /// "it" before "take" stands for what follows, not for anything the conversation named.
  @Test func anItThatStandsForNothingIsNoPronoun() throws {
    let answers = try replies(
      to: ["How long did it take Mitchell to start sending encrypted messages?"],
      aboutUncurated: Self.text, named: "drill-notes")
    #expect(answers[0].answer.contains("two weeks"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}

/// A text's title states nothing: "Prime Minister Speech at the … memorial service" does not
/// say which prime minister gave the speech.
@Suite struct TitleStatesNothingTests {
  @Test func aTitleIsNoStatement() throws {
    let text = """
      Prime Minister Speech at the Australian Hospital Ship Centaur memorial service Brisbane 2 \
      March 2010

      Today we honour courage.
      Today we remember the hospital ship Centaur. The ship was sunk off Queensland in 1943.

      """
    let answers = try replies(
      to: ["Which Prime Minister gave this speech?", "When was the ship sunk?"],
      aboutUncurated: text, named: "centaur-memorial")
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.isEmpty)
    #expect(answers[1].answer.contains("1943"), "\(answers[1].answer)")
  }
}

/// A preposition that closes a clause of "be" describing a noun is that clause's, not the
/// question's: "Who owned the land the garden is on?" asks who owned the land.
@Suite struct RelativeStrandedTests {
  @Test func aPrepositionAfterBeIsTheDescribingClauses() throws {
    let text = """
      Community garden

      Seacroft Forest Garden started as a local climate action project. \
      It’s built on what used to be a neglected patch of land owned by Leeds City Council Housing.

      """
    let answers = try replies(
      to: ["Who owned the land the garden is on?"], aboutUncurated: text, named: "garden")
    #expect(answers[0].answer.contains("Leeds City Council Housing"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}

/// A clause of a verb of every use that says the question's verb in what it is for answers with
/// it: "Good strategies have the power to overcome these problems", not "… have the power".
@Suite struct PurposeKeptTests {
  @Test func theVerbAskedAboutStaysInTheAnswer() throws {
    let text = """
      Science notes

      Good strategies have the power to overcome these problems.

      """
    let answers = try replies(
      to: ["What can overcome these problems?"], aboutUncurated: text, named: "notes")
    #expect(
      answers[0].answer.hasPrefix("Good strategies have the power to overcome these problems"),
      "\(answers[0].answer)")
  }
}

/// A clause cut off at an opening quotation mark ends without the space before it.
@Suite struct ClauseEndTests {
  @Test func noSpaceBeforeTheFullStop() throws {
    let text = """
      Euler

      When Euler died on 18th of September 1783 the mathematician Condorcet said “...et il \
      cessa de calculer et de vivre” (and he stopped calculating and living).

      """
    let answers = try replies(
      to: ["What did Euler die of?"], aboutUncurated: text, named: "planetmath-euler")
    #expect(!answers[0].answer.contains(" ."), "\(answers[0].answer)")
  }
}
