import Foundation
import Testing

@testable import DocentKit

/// The person a question calls "he" or "she" without a name: one asked about by what they are
/// ("the umpire"), or the writer of a text that says "I", also in a contraction; and "can't
/// thank … enough", which denies nothing.
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

  /// In a letter that says "I", "he" of a question that nothing the conversation named did is
  /// the writer: "Where did he find the old statue?" after a question about the general. Not
  /// in a question of two people ("Where did he show her …?").
  @Test func heInALetterIsItsWriterWhenNoOneNamedDidIt() throws {
    let answers = try replies(
      to: [
        "Who inspected the division?", "Where did he find the old statue?",
        "Who inspected the division?", "Where did he show her the old statue?",
      ],
      aboutUncurated: """
        General Birdwood inspected our division on Tuesday. I found the old statue in a field \
        near Amiens. I have been filling in old trenches all week.

        """, named: "letter")
    #expect(answers[0].answer.contains("Birdwood"), "\(answers[0].answer)")
    #expect(answers[1].answer.lowercased().contains("near amiens"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2], "\(answers[1].answer)")
    #expect(answers[3].status != .answered, "\(answers[3].answer)")
  }

  /// "I can't thank Devon Zuegel enough" thanks her; "I can't find enough volunteers" finds
  /// none.
  @Test func cannotThankEnoughThanks() throws {
    let answers = try replies(
      to: ["Who does the writer thank?", "Does the writer find enough volunteers?"],
      aboutUncurated: """
        I can't thank Devon Zuegel enough. I can't find enough volunteers for the fair.

        """, named: "thanks")
    #expect(answers[0].answer.contains("Devon Zuegel"), "\(answers[0].answer)")
    // Not "I can't thank Devon Zuegel.", which says the opposite.
    #expect(
      !answers[0].answer.contains("can't") || answers[0].answer.contains("enough"),
      "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }
}
