import Foundation
import Testing

@testable import DocentKit

/// "guaranteed" and "agreed" are forms of "guarantee" and "agree"; "need", "exceed" and "speed"
/// are their own. A refusal of "What must be guaranteed?" reads as English.
@Suite struct EedLemmaTests {
  @Test func eedEndingsKeepTheirBase() throws {
    #expect(VerbLemma.lemma(of: "guaranteed") == "guarantee")
    #expect(VerbLemma.lemma(of: "agreed") == "agree")
    #expect(VerbLemma.lemma(of: "need") == "need")
    #expect(VerbLemma.lemma(of: "exceed") == "exceed")
    #expect(VerbLemma.lemma(of: "speed") == "speed")
    let answers = try replies(
      to: ["What must be guaranteed?"],
      aboutUncurated: "Notes\n\nData protection should always be guaranteed.\n", named: "notes")
    #expect(answers[0].answer == "The documents don't say what must be guaranteed.")
  }
}

/// A refusal says a possessive as English does: "Ralph Puckett's wife" for "his wife", "one
/// state's volumes", "the authors' view", and what is someone's stays with them ("what Michael
/// Maness's email address is").
@Suite struct PossessiveRefusalTests {
  private static let text = """
    Ralph Puckett

    Ralph Puckett served in Korea with the Rangers. \
    Michael Maness leads the archive team.

    """

  @Test func possessivesReadAsEnglish() throws {
    let answers = try replies(
      to: [
        "Who is Ralph Puckett?", "Who is his wife?", "What is his rank?",
        "What is Michael Maness's email address?",
        "Is it easy to pull all of one state's volumes from the archive?",
      ], aboutUncurated: Self.text, named: "puckett")
    #expect(answers[1].answer == "The documents don't say who Ralph Puckett's wife is.")
    #expect(answers[2].answer == "The documents don't say what Ralph Puckett's rank is.")
    #expect(
      answers[3].answer == "The documents don't say what Michael Maness's email address is.")
    #expect(answers[4].answer.contains("one state's volumes"), "\(answers[4].answer)")
    #expect(QuestionText.join(["the", "authors", "'s", "view"]) == "the authors' view")
    #expect(QuestionText.join(["James", "'s", "view"]) == "James's view")
  }
}

/// "be" goes where English puts it in a refusal: before a participle that takes a noun phrase
/// ("when a neutron star is called a pulsar") and before an adverb of time ("whether
/// Chandrasekhar was still alive").
@Suite struct BePlacementTests {
  @Test func beStandsBeforeTheParticipleAndTheAdverb() throws {
    let answers = try replies(
      to: [
        "When is a neutron star called a pulsar?",
        "Was Chandrasekhar still alive when this was written?",
      ], aboutUncurated: "Notes\n\nChandrasekhar studied white dwarfs in 1930.\n", named: "notes")
    #expect(answers[0].answer == "The documents don't say when a neutron star is called a pulsar.")
    #expect(
      answers[1].answer
        == "The documents don't say whether Chandrasekhar was still alive when this was written.")
  }
}

/// A refusal keeps the question's hyphenated words as typed: "a one-off piece", not "a one off
/// piece".
@Suite struct HyphenKeptTests {
  @Test func hyphenatedWordsStayWhole() throws {
    let answers = try replies(
      to: [
        "Why is the portrait a one-off piece?",
        "When are WGS-based systems expected to be fully operational?",
      ],
      aboutUncurated: "Notes\n\nThe portrait hangs in the west gallery. WGS labs test food.\n",
      named: "notes")
    #expect(answers[0].answer == "The documents don't say why the portrait is a one-off piece.")
    #expect(
      answers[1].answer
        == "The documents don't say when WGS-based systems are expected to be fully operational.")
  }
}

/// A refusal says "what's" as the words it stands for, in their place: "what the catch with
/// the new plan is".
@Suite struct ContractionRefusalTests {
  @Test func whatsIsSaidWhole() throws {
    let answers = try replies(
      to: [
        "What's the catch with the new plan?", "What's the weather like in Cairo?",
        "What is the term for changes like these?",
      ],
      aboutUncurated: "Notes\n\nThe new plan starts in May.\n", named: "notes")
    #expect(answers[0].answer == "The documents don't say what the catch with the new plan is.")
    #expect(answers[1].answer == "The documents don't say what the weather is like in Cairo.")
    #expect(answers[2].answer == "The documents don't say what the term for changes like these is.")
  }
}
