import Foundation
import Testing

@testable import DocentKit

/// The person a question calls "he" or "she" without a name: one asked about by what they are
/// ("the umpire"), or the writer of a text that says "I", also in a contraction; "can't thank
/// … enough", which denies nothing; and what a text or its writer is asked to say.
@Suite struct WriterTests {
  /// "Where does the umpire stand?" makes "he" the umpire, as `:context` shows, until a
  /// question names someone.
  @Test func aPersonAskedAboutByWhatTheyAreIsHeNext() throws {
    let answers = try replies(
      to: [
        "Where does the umpire stand?", ":context", "Who commands the left flank?", ":context",
      ],
      aboutUncurated: """
        The umpire stands on a hill behind the firing line. From there he signals the \
        movements of the enemy. Captain Ralph Jones commands the left flank.

        """, named: "exercise")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(answers[1].answer.contains("he/she → the umpire"), "\(answers[1].answer)")
    #expect(answers[2].answer.contains("Ralph Jones"), "\(answers[2].answer)")
    #expect(!answers[3].answer.contains("the umpire"), "\(answers[3].answer)")
  }

  /// "I’ve started an experiment" is the writer's: a sentence that says "I" only in a
  /// contraction ("I’ve", "I’m") speaks as the writer too.
  @Test func aContractionSaysTheWritersI() throws {
    let answers = try replies(
      to: ["Did the author start an experiment?"],
      aboutUncurated: """
        The club meets on Fridays. I’ve started an experiment called Paper Drafts. I’m glad it \
        works.

        """, named: "drafts")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
  }

  /// In a letter that says "I", "he" of a question when the conversation names no one he
  /// could be is the writer: "Where did he find the old statue?". Not after a question that
  /// names the general, whose "he" is the general, nor in a question of two people ("Where did
  /// he show her …?").
  @Test func heInALetterIsItsWriterWhenNoOneElseCanBe() throws {
    let text = """
      General Birdwood inspected our division on Tuesday. I found the old statue in a field \
      near Amiens. I have been filling in old trenches all week.

      """
    let answers = try replies(
      to: [
        "Where did he find the old statue?", "Where did he show her the old statue?",
      ], aboutUncurated: text, named: "letter")
    #expect(answers[0].answer.lowercased().contains("near amiens"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
    let named = try replies(
      to: ["Who inspected the division?", "Where did he find the old statue?"],
      aboutUncurated: text, named: "letter")
    #expect(named[0].answer.contains("Birdwood"), "\(named[0].answer)")
    #expect(named[1].status != .answered, "\(named[1].answer)")
  }

  /// "he" after "Who covered the pitch?" is whoever covered it, not the umpire asked about
  /// before; a title that says "I’m" is no writer's "I".
  @Test func aWhoQuestionOrATitleMakesNoWriter() throws {
    let answers = try replies(
      to: [
        "Where does the umpire stand?", "Who covered the pitch with sheets?", "What did he say?",
      ],
      aboutUncurated: """
        The umpire stands at the bowler's end. The groundsman covered the pitch with sheets. \
        The umpire said that the pitch should dry by Sunday.

        """, named: "cricket")
    #expect(answers[2].status != .answered, "\(answers[2].answer)")
    let titles = try replies(
      to: ["Did the writer reach number twelve in the national charts?"],
      aboutUncurated: """
        The band's first single, I’m Coming Home, reached number twelve in the national charts \
        last summer. Their second single, I’ve Been Waiting, was played on national radio in \
        March.

        """, named: "band")
    #expect(!titles[0].answer.hasPrefix("Yes"), "\(titles[0].answer)")
  }

  /// "I can't thank Devon Zuegel enough" thanks her; "I can't find enough volunteers" finds
  /// none, and "The junior crew can't row fast enough" is no yes.
  @Test func cannotThankEnoughThanks() throws {
    let answers = try replies(
      to: [
        "Who does the writer thank?", "Does the writer find enough volunteers?",
        "Can the junior crew row fast enough?",
      ],
      aboutUncurated: """
        I can't thank Devon Zuegel enough. I can't find enough volunteers for the fair. The \
        junior crew can't row fast enough.

        """, named: "thanks")
    #expect(!answers[2].answer.hasPrefix("Yes"), "\(answers[2].answer)")
    #expect(answers[0].answer.contains("Devon Zuegel"), "\(answers[0].answer)")
    // Not "I can't thank Devon Zuegel.", which says the opposite.
    #expect(
      !answers[0].answer.contains("can't") || answers[0].answer.contains("enough"),
      "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }

  /// "What does the post say has happened to the forge's engineering culture?" asks what has
  /// happened to it: the question of what a text says, asked of the clause it says.
  @Test func whatThePostSaysIsAskedOfWhatItSays() throws {
    let answers = try replies(
      to: ["What does the post say has happened to the forge's engineering culture?"],
      aboutUncurated: """
        Leaving the Forge

        Putting aside the forge's owners, it's clear that the excellence that built the forge \
        is gone. Priorities and the engineering culture have rotted, leaving users with a slow \
        site. Stuff that used to be snappy is now sluggish.

        """, named: "leaving")
    #expect(answers[0].answer.contains("rotted"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
  }
}
