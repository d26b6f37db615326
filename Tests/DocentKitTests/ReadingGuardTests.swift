import Foundation
import Testing

@testable import DocentKit

/// Guards on what a sentence may answer: a thing is no one who acts, a word of several words is
/// no synonym of one, a launch says nothing of now, and an answer reads as the sentence wrote it.
@Suite struct ReadingGuardTests {
  private static let text = """
    Dr. Ivo Brandt studied the Milky Way from a hilltop in Bavaria. \
    He worked with the young astronomer Clara Voss at the observatory. \
    Born in 1901 on a farm in Saxony, Brandt at first dropped out of school. \
    In 2013, the survey launched the Heron app for amateur observers. \
    Few people noticed, but the first chart of the Lark series (later renamed to Heron) was \
    also released by volunteers that year with the goal of providing the best possible map. \
    Mara Quill, who rules the survey, also sits atop the council, which comprises all clubs \
    except Orion Circle and Vega Society.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "ivo_brandt")
  }

  /// "Milky Way" is two capitalised words, but WordNet knows it as a galaxy: "He" is Brandt;
  /// and the document's file name, read as "Ivo Brandt", does not make his name ambiguous.
  @Test func aNameWordNetKnowsAsAThingIsNoPerson() throws {
    let answers = try ask(["Who did Ivo Brandt work with?", "What did Ivo Brandt study?"])
    #expect(answers[0].answer == "Clara Voss.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(!answers[1].answer.contains("more than one way"))
  }

  /// A name the sentence leaves out ("all clubs except Orion Circle") is not said to be led.
  @Test func whatASentenceLeavesOutItSaysNothingOf() throws {
    let answers = try ask(["Who leads Orion Circle?", "Who leads the survey?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Mara Quill"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [6])
  }

  /// "drop dead" is a word for "die"; "dropped out of school" is not a death.
  @Test func aSynonymOfSeveralWordsIsNotOneOfItsWords() throws {
    let reply = try ask(["Where did Ivo Brandt die?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  @Test func aLaunchSaysNothingOfWhetherItGoesOnNow() throws {
    let answers = try ask([
      "Did the survey launch the Heron app?", "Is the Heron app still made today?",
    ])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// The clause's words as the sentence has them, its subject included, no bracket left open.
  @Test func aClauseAnswerReadsAsTheSentenceWroteIt() throws {
    let reply = try ask(["Who released the first chart of the Lark series?"])[0]
    #expect(
      reply.answer.hasPrefix(
        "The first chart of the Lark series (later renamed to Heron) was also released by volunteers"
      ), "\(reply.answer)")
    #expect(reply.answer.hasSuffix("the best possible map."), "\(reply.answer)")
    #expect(ClauseAnswerer.withoutUnmatchedBrackets("Heron) was released") == "Heron was released")
    #expect(ClauseAnswerer.withoutUnmatchedBrackets("Lark (Heron) flew") == "Lark (Heron) flew")
  }

  /// A place runs on past a comma only to another place ("Pensacola, Florida").
  @Test func aPlaceStopsBeforeTheNameOfWhoDidIt() throws {
    let reply = try ask(["Where was Ivo Brandt born?"])[0]
    #expect(reply.answer == "In Saxony.", "\(reply.answer)")
  }

  /// A web address is a name: "it" in a follow-up stands for it, and stays on it after
  /// "Who launched it?".
  @Test func aWebAddressIsANameThatFollowUpsReferTo() throws {
    let text = """
      In early April, the Harbor Office launched parkpass.gov, a single sign-on site for city \
      parks. It supports two-factor authentication.

      """
    let answers = try replies(
      to: [
        "What is parkpass.gov?", "Who launched it?", "When did the Harbor Office launch it?",
      ],
      aboutUncurated: text, named: "parks")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    // A web address keeps its own case at the start of an answer.
    #expect(answers[0].answer.hasPrefix("parkpass.gov is "), "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix("The Harbor Office launched parkpass.gov."),
      "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Early April."), "\(answers[2].answer)")
  }

  /// A verb of the question the sentence has only in a name says nothing of the deed: "the
  /// Research Working Group" is not where Lena works; "at a bakery" in a sentence saying she
  /// works is.
  @Test func aVerbOnlyInANameIsNotTheDeed() throws {
    let text = """
      Lena Ortiz founded the Research Working Group in Tampa and the Data Club in Leeds.

      """
    let answers = try replies(
      to: ["Where does Lena Ortiz work?"], aboutUncurated: text, named: "ortiz")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    let said = try replies(
      to: ["Where does Lena Ortiz work?"],
      aboutUncurated: text + "Lena Ortiz works at a bakery in Leeds.\n", named: "ortiz")
    #expect(said[0].answer.contains("bakery"), "\(said[0].answer)")
  }

  /// A text's opening line without a full stop is its title: a sentence that says as much as
  /// it answers first.
  @Test func aSentenceAnswersBeforeTheTitle() throws {
    let text = """
      Heron Marsh bird mapping and habitat survey with volunteers in Norfolk, England

      Heron Marsh is located near the city of Norwich, Norfolk, England.

      """
    let answers = try replies(
      to: ["Where is Heron Marsh?"], aboutUncurated: text, named: "marsh")
    #expect(answers[0].answer.contains("Norwich"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}
