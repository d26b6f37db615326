import Foundation
import Testing

@testable import DocentKit

/// Who a "he" stands for, a role that is no person named, and answers that are no answer:
/// a statement for "What is the name of …?", a phrase cut before its noun, "the whole
/// incident" read as another incident than "the security incident".
@Suite struct RolesAndChainsTests {
  /// "He fought against Santa Ana's soldiers. As the first Alamo Keeper, he …": a person named
  /// in passing ("Santa Ana's") does not take the next "he"; "the first Alamo Keeper" and "a
  /// Texas Ranger" (one of a list of what he had been) are roles he held, not people.
  @Test func onePersonNamedInPassingTakesNoHe() throws {
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

  /// A "he" stands for the person named last who was not named only in passing; where the
  /// sentence before named someone new as its object, that is the one ("She met Anna Kerr. She
  /// was a midwife"). A first name that is also a place is a person's ("Jordan Baker"), and a
  /// title before a name does not make it one named in passing ("to Colonel Jacob Marsh").
  @Test func theLatestNamedNotInPassing() throws {
    let answers = try replies(
      to: [
        "Was Anna Kerr a midwife?", "Was Eliza Grant a midwife?",
        "Did Robert Dean become a lawyer?",
        "Did Walter Cole become a lawyer?", "Where had Jordan Baker studied law?",
        "Did Jacob Marsh build a stone barn?",
      ],
      aboutUncurated: """
        Village Notes

        Eliza Grant taught at the village school.         She met Anna Kerr in 1870.         She was a midwife from Ohio.         Walter Cole ran a bakery in Leeds.         His apprentice Robert Dean was born in 1950.         He became a lawyer in London.         Jordan Baker founded the Writers' Circle in 1950.         He had studied law in Boston.         In 1955 he sold horses to Colonel Jacob Marsh.         He used the money to build a stone barn.

        """, named: "village")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
    #expect(answers[3].status != .answered, "\(answers[3].answer)")
    #expect(answers[4].answer.contains("Boston"), "\(answers[4].answer)")
    #expect(answers[5].status != .answered, "\(answers[5].answer)")
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

  /// A statement that names someone or something still answers "What is the name of …?".
  @Test func aStatementWithTheNameAnswers() throws {
    let answers = try replies(
      to: ["What is the name of the server?", "What was the name of their dog?"],
      aboutUncurated: """
        Server Notes

        Priya Natarajan, the on-call engineer, was paged at 09:14. \
        We named the server Willow. \
        They named their dog Biscuit.

        """, named: "servers")
    #expect(answers[0].answer.contains("Willow"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Biscuit"), "\(answers[1].answer)")
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

  /// "What did Khrushchev demand?" against "he demanded that Eisenhower apologize …": the
  /// "that" clause is what was demanded.
  @Test func aThatClauseIsWhatWasDemanded() throws {
    let answers = try replies(
      to: ["What did Khrushchev demand before the talks?"],
      aboutUncurated: """
        Summit Notes

        Nikita Khrushchev arrived in Paris in May 1960. \
        Before the talks, Khrushchev demanded that Eisenhower apologize for the past flights.

        """, named: "summit")
    #expect(answers[0].answer.hasPrefix("That Eisenhower apologize"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
  }

  /// A person named in passing keeps a "he" when no one else of that gender is known ("Ellis
  /// worked for Peter Crane. He owned a bakery"); a surname that is a plural word ("Fellows")
  /// is still a person's; a sentence about someone else unnamed ("The dean argued …") says
  /// nothing of the one the text is about.
  @Test func passingNamesSurnamesAndOthersUnnamed() throws {
    let answers = try replies(
      to: [
        "Did Peter Crane own a bakery?", "Did Ruth Ellis own a bakery?",
        "Did Tom Fellows train as a surgeon?", "Did Ellis argue that the budget was too small?",
      ],
      aboutUncurated: """
        Ruth Ellis

        Ruth Ellis was born in 1920 in Cardiff. \
        In 1941 Ellis worked for Peter Crane in Bristol. \
        He owned a bakery near the docks. \
        Tom Fellows was born in 1950 in Leeds. \
        He trained as a surgeon in London. \
        The dean argued that the budget was too small.

        """, named: "ellis-notes")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
    #expect(answers[3].status != .answered, "\(answers[3].answer)")
  }
}
