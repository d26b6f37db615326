import Foundation
import Testing

@testable import DocentKit

/// A verb of several words that WordNet knows ("take part") is the same verb as its one-word
/// synonym ("participate"), in a question and in a sentence alike; a "which" question's kind is
/// said by an answer headed by it; a name where or when something was done did not do it.
@Suite struct PhrasalVerbTests {
  private static let text = """
    Board News

    Melissa Weber and Chris Holdgraf will participate as key personnel, providing expertise. \
    The Greens took part in the elections. \
    Members of the Executive Board are elected by members at the annual General Assembly.

    """

  @Test func takingPartIsParticipating() throws {
    let answers = try replies(
      to: ["Who will take part as key personnel?", "Who participated in the elections?"],
      aboutUncurated: Self.text, named: "board-news")
    #expect(answers[0].answer.contains("Melissa Weber and Chris Holdgraf"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("Greens"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// Two words WordNet knows as one say what its synonyms say: "put forward" is "submit" (a
  /// verb of content with its particle, whose particle "submitted" says as the verb does), and
  /// "for good" is "permanently".
  @Test(arguments: [
    (
      """
      Harbor Plan

      The harbor plan, submitted by the Tidewater Council on Monday, foresees a new ferry \
      terminal. The mayor welcomed it. Work could start in May.

      """,
      "Who put forward the harbor plan?", "Tidewater Council", 1
    ),
    (
      """
      Radar

      The Kestrel radar first scanned the sky in 1998. Engineers repaired its dish twice. The \
      Kestrel radar was permanently turned off in December 2023.

      """,
      "When was the Kestrel radar turned off for good?", "December 2023", 3
    ),
  ])
  func twoWordsWordNetKnowsAreOne(text: String, question: String, answer: String, sentence: Int)
    throws
  {
    let reply = try replies(to: [question], aboutUncurated: text, named: "two-words")[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer.contains(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence])
  }

  @Test func theKindAskedForIsSaidByTheAnswer() throws {
    let text = """
      Archive

      The Nassau Museum opened in 1910 in Delft. It closed in 1956. Its collection went to \
      Leiden. The archive of the Nassau Museum can be found within the archive of the \
      Wereldmuseum Leiden under access code 'A16'.

      """
    let answer = try replies(
      to: ["Under which access code can the museum's archive be found?"], aboutUncurated: text,
      named: "archive")[0]
    #expect(answer.answer.contains("A16"), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [4])
  }

  @Test func aNameWhereItWasDoneDidNotDoIt() throws {
    let answer = try replies(
      to: ["Who elects the members of the Executive Board?"], aboutUncurated: Self.text,
      named: "board-news")[0]
    #expect(!answer.answer.contains("General Assembly"), "\(answer.answer)")
  }
}

/// A yes or no is read from the clause that holds the question's words itself, before one that
/// leaves a describing word to the rest of the sentence; and a word the question asks of is no
/// opposite of another of its words.
@Suite struct DescribingWordClauseTests {
  private static let text = """
    Privacy

    Once something is public, it cannot be made private again. \
    You can list things about your life you would rather not make public.

    """

  @Test func theClauseThatHoldsTheWordsAnswers() throws {
    let answer = try replies(
      to: ["Can something public be made private again?"], aboutUncurated: Self.text,
      named: "privacy")[0]
    #expect(answer.answer.hasPrefix("No."), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [1])
  }

  @Test func aQuestionWordIsNoOppositeOfAnother() throws {
    let text = """
      Privacy

      And you can continue to list things about your life you'd just rather not make public, \
      regardless of potential legality.

      """
    let answer = try replies(
      to: ["Can something public be made private again?"], aboutUncurated: text,
      named: "privacy")[0]
    #expect(answer.outcome != .answered, "\(answer.answer)")
  }
}

/// One of a series named by a capital letter ("Employee A") is not another of it ("Employee
/// B").
@Suite struct LetteredNameTests {
  @Test func anotherLetterIsAnotherOne() throws {
    let text = """
      Leave

      Employee A works four days a week. \
      In the example for Employee B above, Hypha will pay $10,432.75 for each month of leave.

      """
    let answers = try replies(
      to: [
        "How much would Hypha pay Employee A each month?",
        "How much would Hypha pay Employee B each month?",
      ],
      aboutUncurated: text, named: "leave")
    #expect(!answers[0].answer.contains("10,432.75"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("10,432.75"), "\(answers[1].answer)")
  }
}

/// A question or a sentence that names two of one lettered series rules out neither, and a
/// middle initial is no letter of a series.
@Suite struct LetteredPairTests {
  private static let text = """
    Plans

    Plan A would cost $3 million, while Plan B would cost $5 million. \
    Plan B is cheaper to run than Plan A. \
    The boiler was put in by John F. Kennedy and John B. Reilly.

    """

  @Test func twoOfASeriesAreBothAnswered() throws {
    let answers = try replies(
      to: [
        "How much would Plan A cost?", "Is Plan B cheaper to run than Plan A?",
        "What did John F. Kennedy put in?",
      ], aboutUncurated: Self.text, named: "plans")
    #expect(answers[0].answer.contains("$3 million"), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
    #expect(answers[2].answer.contains("boiler"), "\(answers[2].answer)")
  }
}

/// A noun is no describing word of the question's verb: "Does the festival last one day?" is
/// not denied by "the band from Galway played last", nor said by a sentence of "be" alone.
@Suite struct FestivalLastTests {
  @Test func aNounDescribesNoVerb() throws {
    let text = """
      The Harbour Festival

      The Harbour Festival was held in Kessling in July. \
      Three bands played on the pier, and the band from Galway played last. \
      The main funder of the festival was the Kessling Bank.

      """
    let answer = try replies(
      to: ["Does the festival last one day?"], aboutUncurated: text, named: "festival")[0]
    #expect(answer.outcome != .answered, "\(answer.answer)")
  }
}

/// A passive's patient before its verb is not said twice: "Which window was installed in
/// 1905?" is answered by which one, not by "Her window for St Mary's was installed in 1905 her
/// window for St Mary's".
@Suite struct PassivePatientKindTests {
  @Test func aPatientBeforeItsVerbIsNotRepeated() throws {
    let text = """
      Clara Voss

      Clara Voss made stained glass in Hanley. \
      Her window for St Mary's Church was installed in 1905. \
      She died in 1931.

      """
    let answer = try replies(
      to: ["Which window was installed in 1905?"], aboutUncurated: text, named: "voss")[0]
    #expect(
      answer.answer.components(separatedBy: "window for St Mary's").count <= 2,
      "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [2])
  }
}
