import Foundation
import Testing

@testable import DocentKit

/// What something is, and which thing a question names: "What does X mean?" asks what X is,
/// which "X means …" and "X consists of …" say; a passive ("must be done by") says what is done
/// to it; "Y is an X system" says what Y is, not X; a longer name holding the question's is
/// another thing's. After the noun of "which", an irregular past ("sent") is the verb; "about"
/// after a noun tells which one, not what the answer is about.
@Suite struct MeaningAndNameTests {
  private static let text = """
    The Harbor Museum Olen Brask was a small museum on the quay of Port Fenn. \
    The museum was named after Olen Brask in 1950. \
    Tide logging means that pilots write down the height of every high tide. \
    The Buoy Net is an automatic tide logging system that sends readings to the guild. \
    Dock care consists of a series of repairs made every spring. \
    Dock care must be done by trained crews. \
    The guild asked the Fenn Trust in Port Fenn, which sent two engineers to the pier. \
    The uncertainty over the pier ended in 1990, when the guild bought it. \
    After the repairs the crews took a trip to the pub to rest. \
    A system like the Buoy Net will help the pilots in storms.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbor")
  }

  /// "What does X mean?" is answered by the sentence that says what it means, not by one
  /// whose "X is …" it is an object of.
  @Test func meanAsksWhatItIs() throws {
    let answers = try ask(["What does tide logging actually mean?"])
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("Tide logging means"), "\(answers[0].answer)")
  }

  /// "consists of" says what a thing is; "must be done by trained crews" does not.
  @Test func aPassiveSaysNothingOfWhatItIs() throws {
    let answers = try ask(["What is dock care?"])
    #expect(answers[0].citations.map(\.sentence) == [5], "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("trained crews"), "\(answers[0].answer)")
  }

  /// A name inside a longer one (the museum named after him) is not the person asked about.
  @Test func aLongerNameIsAnotherThing() throws {
    let answers = try ask(["Who was Olen Brask?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("museum"), "\(answers[0].answer)")
  }

  /// "Which trust sent engineers …?": "sent" is the verb, though WordNet knows it as a coin,
  /// and the relative clause's "which" is the trust.
  @Test func anIrregularPastAfterTheNounIsTheVerb() throws {
    let answers = try ask(["Which trust sent engineers to the pier?"])
    #expect(answers[0].citations.map(\.sentence) == [7], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("Fenn Trust"), "\(answers[0].answer)")
  }

  /// "the uncertainty about the pier's future" is which uncertainty: the answer need not be
  /// about the future.
  @Test func aboutAfterANounTellsWhichOne() throws {
    let answers = try ask(["When did the uncertainty about the pier's future end?"])
    #expect(answers[0].answer == "1990.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [8])
  }

  /// "Which pub …?" is not said by "a trip to the pub": the sentence says there was one, not
  /// which. "A system like the Buoy Net" says which.
  @Test func aBareNounSaysNotWhichOne() throws {
    let answers = try ask(["Which pub did the crews go to?", "Which system will help the pilots?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [10], "\(answers[1].answer)")
  }

  /// "to graduate from college," names the kind, not which college; nor is "born in Alabama",
  /// said of the one the question names in that sentence, which college.
  @Test func aKindWithNoArticleSaysNotWhichOne() throws {
    let answers = try replies(
      to: [
        "Which college did Helen Keller graduate from?",
        "Which school did Anne Sullivan graduate from?",
      ],
      aboutUncurated: """
        Notes

        The first deaf-blind person to graduate from college, is Helen Keller, born in Alabama \
        on June 27th, 1880. Anne Sullivan graduated from the Perkins School for the Blind.

        """, named: "notes")
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Perkins School"), "\(answers[1].answer)")
    // What the comma goes on to name tells which.
    let named = try replies(
      to: ["Which college did Ruth Hale graduate from?"],
      aboutUncurated:
        "Notes\n\nRuth Hale graduated from college, the University of Alabama, in 1904.\n",
      named: "notes")
    #expect(named[0].answer.contains("University of Alabama"), "\(named[0].answer)")
  }

  /// "of" a name of the kind asked for, right after someone's name, says where they are.
  @Test func ofANamedKindAfterANameSaysWhereSomeoneIs() throws {
    let answers = try replies(
      to: ["Which law school was Joseph Kimble at?"],
      aboutUncurated: "Notes\n\nProfessor Joseph Kimble of the Thomas Cooley Law School became an "
        + "active advocate of plain legal writing and has published many articles on it.\n",
      named: "notes")
    #expect(answers[0].answer.contains("Thomas Cooley Law School"), "\(answers[0].answer)")
    // Not "of" after another capitalised word, nor a comma that opens another clause.
    let others = try replies(
      to: [
        "Which law school was Joseph Kimble at?", "Which college did Ruth Hale graduate from?",
      ],
      aboutUncurated: "Notes\n\nNone of the Harvard Law School professors had met Joseph Kimble. "
        + "When Ruth Hale graduated from college, the war in Europe had begun.\n",
      named: "notes")
    for answer in others {
      #expect(answer.citations.isEmpty, "\(answer.answer)")
    }
  }

  /// Words in lower case that fit no name ("the museum shut", of a question about the Fenn
  /// Harbor Museum's documents) are no name the documents lack: the question is read on.
  @Test func lowerCaseWordsAreNoUnknownName() throws {
    let text = """
      The Fenn Harbor Museum opened in 1950.

      The guild runs the docks of Port Fenn.

      The museum was shut down in 1993 because of budget cuts.

      """
    let answers = try replies(
      to: ["why was the museum shut down?"], aboutUncurated: text, named: "harbor")
    #expect(!answers[0].answer.contains("nothing called"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
  }

  /// "in favour of", "as part of": a preposition in several words, whose noun is no word the
  /// sentence must hold ("Which query language was dropped in favour of SQL?" against "…
  /// replaced with SQL").
  @Test func aPrepositionInSeveralWordsAsksNoNoun() throws {
    let text = """
      The guild runs the docks of Port Fenn.

      In 1995 the tide table PaperTide was replaced with the Buoy Net (run by the guild).

      """
    let answers = try replies(
      to: ["Which tide table was dropped in favour of the Buoy Net?"],
      aboutUncurated: text, named: "harbor")
    #expect(answers[0].answer == "PaperTide.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "publisher" is who publishes: a "Yes." to "Can I publish …?" rests on no such word.
  @Test func aDoerOfTheVerbSaysNoYes() throws {
    let text = """
      The guild runs the docks of Port Fenn.

      Tide tables must be approved by a publisher and the guild.

      The guild office sells maps.

      """
    let answers = try replies(
      to: ["Can I publish my tide tables?"], aboutUncurated: text, named: "harbor")
    #expect(!answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
  }

  /// A name given after "entitled", and after its article: "a new publication entitled the
  /// Paper Lanterns".
  @Test(arguments: [
    ("What is the new publication called?", "Paper Lanterns."),
    ("What is the new publication entitled?", "Paper Lanterns."),
  ])
  func aNameAfterEntitledAndItsArticleIsWhatItIsCalled(
    question: String, expected: String
  ) throws {
    let reply = try replies(
      to: [question],
      aboutUncurated: "I have started an experiment, a new publication entitled the Paper"
        + " Lanterns. The museum operated independently until 1956, when it joined the city"
        + " collection.\n",
      named: "notes")[0]
    #expect(reply.answer.hasPrefix(expected), "\(reply.answer)")
  }
}
