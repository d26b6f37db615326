import Foundation
import Testing

@testable import DocentKit

/// Who a "he" goes on being, a role that is no person's name, and answers that are no answer:
/// a statement for "What is the name of …?", a phrase cut before its noun, "the whole
/// incident" read as another incident than "the security incident".
@Suite struct RolesAndChainsTests {
  /// "He fought against Santa Ana's soldiers. As the first Alamo Keeper, he …": the one the
  /// sentence before was about goes on, though it named another person after him; "the first
  /// Alamo Keeper" and "a Texas Ranger" are roles he held, not people.
  @Test func theOneASentenceIsAboutGoesOn() throws {
    let answers = try replies(
      to: ["Did Rife's jobs require him to carry a gun?", "What did Thomas Rife guard?"],
      aboutUncurated: """
        Ranger Notes

        Thomas Rife came to Texas from Mississippi in 1840. \
        Beginning in 1842, he fought against Santa Ana's soldiers and outlaws. \
        As the first Alamo Keeper, he guarded the old mission. \
        He had been a soldier, a Texas Ranger and a policeman. \
        Every job he held required him to carry a gun.

        """, named: "ranger")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5], "\(answers[0].answer)")
    #expect(answers[1].answer.contains("old mission"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3], "\(answers[1].answer)")
  }

  /// A place and a word for a kind of person make a role ("Texas Ranger"); a famous person's
  /// surname after a place name is still a person's name ("Jordan Hubbard").
  @Test(arguments: [("Texas Ranger", false), ("Jordan Hubbard", true), ("Thomas Rife", true)])
  func aRoleOfAPlaceIsNoPersonsName(name: String, isPerson: Bool) {
    #expect(Entity.readsAsPersonName(name) == isPerson)
  }

  /// "What is the name of the author?" asks for a name: a sentence in which the writer speaks
  /// of names is no answer.
  @Test func aStatementIsNoName() throws {
    let folder = try uncuratedKnowledgeFolder(
      document: "cards",
      text: """
        Index Cards

        Handling the cards was just as intriguing as the information they held. \
        I carefully removed the black cord binding the cards together. \
        I let my imagination wander as I speculated about the stories behind the names and \
        details printed on each card. \
        The cards came from a survey made in 1959.

        """)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    Sendmail

    Sendmail began as a program to route messages between networks at Berkeley. \
    The author wrote the first version in 1980. \
    Each host had a name, and the names changed often. \
    The program was renamed several times.

    """.write(
      to: folder.appendingPathComponent("documents/mail.txt"), atomically: true,
      encoding: .utf8)
    let answers = try replies(
      to: ["What is the name of the author of the essay?"], knowledge: loadUnchecked(folder))
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
  }

  /// "the whole incident" is the incident asked about, not another than "the security
  /// incident": a sentence that says it could have been avoided gives no "No".
  @Test func theWholeOfAThingIsNoOtherKind() throws {
    let answers = try replies(
      to: ["Could the whole incident have been avoided?"],
      aboutUncurated: """
        Incident Report

        On January 4, CircleCI reported a security incident affecting its customers. \
        The use of CircleCI in our project has been deprecated for quite a while. \
        Had we taken the time to remove all of our secrets from CircleCI when it was \
        deprecated, we could have avoided the security incident all together. \
        Our best defense against security incidents is you.

        """, named: "incident")
    #expect(!answers[0].answer.hasPrefix("No"), "\(answers[0].answer)")
  }

  /// "recover from partially failed token resets": the participle describes the resets; what
  /// the parser made the subject of "failed" ("This limitation means that we cannot recover
  /// from") is no answer to what went wrong.
  @Test func aParticipleBeforeItsNounIsNoClause() throws {
    let answers = try replies(
      to: ["What went wrong during the token rotation?"],
      aboutUncurated: """
        Token Notes

        We immediately started a token rotation of all of our feedstock tokens as \
        precautionary measures. \
        This token rotation hit a few bugs, but was completed as of January 13. \
        Rotating all of our tokens was taken as a precautionary measure. \
        Our token system only allowed one valid token per feedstock. \
        This limitation means that we cannot recover from partially failed token \
        resets/rotations and are subject to race conditions during the reset/rotation process \
        that can cause failed package uploads.

        """, named: "tokens")
    #expect(!answers[0].answer.contains("recover from partially"), "\(answers[0].answer)")
  }
}
