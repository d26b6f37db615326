import Foundation
import Testing

@testable import DocentKit

/// An interview speaks as the person it names: a writer who says "I am Tavi" speaks as Tavi
/// Orsen whenever they say "I", and an answer is about what its heading asks.
@Suite struct InterviewTests {
  private static let text = """
    Club Spotlight: Tavi Orsen
    Our guest this month is Tavi Orsen, a geology student and the club's longest-serving member.
    Tell us about yourself.
    Hi, I am Tavi. I live in Tallinn, Estonia, and I study rocks at the university.
    What is your part in the hiking club?
    I keep the accounts and I plan the autumn trips.
    Where does the club walk?
    Every year we walk the coast.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "spotlight")
  }

  /// "I live in Tallinn" is Tavi Orsen's, who says "I am Tavi".
  @Test func aWriterWhoNamesThemselvesSpeaksAsThatPerson() throws {
    let answers = try ask(["Where does Tavi Orsen live?"])
    #expect(answers[0].answer.contains("Tallinn"), "\(answers[0].answer)")
  }

  /// "I keep the accounts" answers what Tavi does in the hiking club: its heading asks it.
  @Test func anAnswerIsAboutWhatItsHeadingAsks() throws {
    let answers = try ask(["What does Tavi Orsen do in the hiking club?"])
    #expect(answers[0].answer.contains("accounts"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence).first == 5)
  }

  /// One question among the headings asks it for effect, as a news article does ("Will the
  /// PLO leader play ball?"): the sentences under it are not its answer.
  @Test func aLoneQuestionHeadingIsNoInterview() throws {
    let news = Self.text.replacingOccurrences(of: "Where does the club walk?\n", with: "")
    let answers = try replies(
      to: ["What does Tavi Orsen do in the hiking club?"], aboutUncurated: news,
      named: "spotlight")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// A heading's words count for the answer's first sentences only: "Later I bought a minibus
  /// because the trains stopped" is no reason Tavi started the club.
  @Test func aHeadingReachesOnlyTheFirstSentences() throws {
    let longer =
      Self.text + """
        Why did you start the hiking club?
        I wanted company on long walks. Walking alone gets dull. The first walks were short. \
        Later I bought a minibus because the trains stopped running.

        """
    let answers = try replies(
      to: ["Why did Tavi Orsen start the hiking club?"], aboutUncurated: longer,
      named: "spotlight")
    #expect(!answers[0].answer.contains("trains"), "\(answers[0].answer)")
  }
}

/// A thing given "from" someone says who gave it, when no verb of giving says so.
@Suite struct GivenFromTests {
  @Test func theGiverIsWhomTheThingComesFrom() throws {
    let text = """
      The city welcomes a three-year grant from the Brannock Trust in support of the Old Quay Museum \
      archive project. \
      The work starts in May. \
      Two archivists will sort the letters. \
      A volunteer team will scan the photographs. \
      The catalogue will go online next spring. \
      Visitors will see the first results in the summer.

      """
    let answers = try replies(
      to: ["Which organisation gave the Old Quay Museum archive project a grant?"],
      aboutUncurated: text, named: "grant")
    #expect(answers[0].answer.contains("Brannock Trust"), "\(answers[0].answer)")
  }
}

/// What happens "for the first time" had not happened before.
@Suite struct FirstTimeTests {
  @Test func theFirstTimeIsNoTimeBefore() throws {
    let text = """
      The award was announced in May. \
      It is the first time that a small museum has received national support for digitization.

      """
    let answers = try replies(
      to: ["Has a small museum received national support for digitization before?"],
      aboutUncurated: text, named: "award")
    #expect(answers[0].answer.hasPrefix("No"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}

/// "5:00pm" is a time of day, and of two times as near a word of the question, the one after it
/// is the one it tells of.
@Suite struct ClockTests {
  @Test func aTimeAfterTheVerbIsItsTime() throws {
    let text = """
      Volunteers worked on the dunes for two days, with a briefing around 8:30am and departing \
      at 4:00pm.

      """
    let answers = try replies(
      to: ["When did the volunteers depart?"], aboutUncurated: text, named: "dunes")
    #expect(answers[0].answer.contains("4:00pm"), "\(answers[0].answer)")
  }
}

/// "Does the article say X?" asks whether X.
@Suite struct ClaimTests {
  @Test func whatTheArticleSaysIsAskedOfItsClause() throws {
    let text = """
      Scientists have studied the marsh for years. \
      However, much research still needs to be done on the marsh birds.

      """
    let answers = try replies(
      to: ["Does the article say more research is still needed on the marsh birds?"],
      aboutUncurated: text, named: "marsh")
    #expect(answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}

/// What a sentence says a thing is answers what the question asks of it: "What I like most
/// about X is …" and "My definition of Y is …".
@Suite struct WhatItIsTests {
  private static let text = """
    Tavi Orsen has led the hiking club since 2019. \
    What Tavi Orsen likes most about the club is that nobody is ever left behind. \
    Tavi Orsen's definition of a good walk is reaching a warm cafe by noon.

    """

  @Test func aClauseOpeningWithWhatSaysWhatItIs() throws {
    let answers = try replies(
      to: ["What does Tavi Orsen like most about the club?"], aboutUncurated: Self.text,
      named: "club")
    #expect(answers[0].answer.hasPrefix("Nobody is ever left behind"), "\(answers[0].answer)")
  }

  @Test func theNounOfTheVerbSaysHow() throws {
    let answers = try replies(
      to: ["How does Tavi Orsen define a good walk?"], aboutUncurated: Self.text, named: "club")
    #expect(answers[0].answer.hasPrefix("Reaching a warm cafe"), "\(answers[0].answer)")
  }
}

/// "“…,” she said." after a sentence that names a person, with no quote of hers before: the
/// quote is hers.
@Suite struct PronounSpeakerTests {
  @Test func aPronounSpeakerIsThePersonJustNamed() throws {
    let text = """
      The port opened a new inspection hall in May. \
      Mara Quill, the port director, explained the new rules to visitors. \
      “Inspectors never know what the next crate holds,” she said.

      """
    let answers = try replies(
      to: ["What did Mara Quill say about the next crate?"], aboutUncurated: text, named: "port")
    #expect(answers[0].answer.contains("Inspectors never know"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3])
  }
}
