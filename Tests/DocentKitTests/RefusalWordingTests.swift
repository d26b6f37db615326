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
    #expect(VerbLemma.past(of: "beat") == "beat")
    #expect(!VerbLemma.isPastOnly("beat"))
    #expect(VerbLemma.past(of: "take") == "took")
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

/// A refusal says the question back as English says it: "be" before a participle that takes a
/// noun phrase and before an adverb of time, the question's hyphenated words as typed, and
/// "what's" as the words it stands for, in their places.
@Suite struct RefusalWordOrderTests {
  /// A text about the question's names, a question it does not answer, and the refusal.
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let question: String
    let refusal: String
    var testDescription: String { question }
  }

  static let cases = [
    // "be" before a participle that takes a noun phrase, and before "still".
    Case(
      text: "Chandrasekhar studied white dwarfs in 1930.",
      question: "When is a neutron star called a pulsar?",
      refusal: "The documents don't say when a neutron star is called a pulsar."),
    Case(
      text: "Chandrasekhar studied white dwarfs in 1930.",
      question: "Was Chandrasekhar still alive when this was written?",
      refusal:
        "The documents don't say whether Chandrasekhar was still alive when this was written."),
    // Hyphenated words stay whole: "a one-off piece", not "a one off piece".
    Case(
      text: "The portrait hangs in the west gallery. WGS labs test food.",
      question: "Why is the portrait a one-off piece?",
      refusal: "The documents don't say why the portrait is a one-off piece."),
    Case(
      text: "The portrait hangs in the west gallery. WGS labs test food.",
      question: "When are WGS-based systems expected to be fully operational?",
      refusal:
        "The documents don't say when WGS-based systems are expected to be fully operational."),
    // "what's" said whole, in its place; "like these" is no predicate.
    Case(
      text: "The new plan starts in May.", question: "What's the catch with the new plan?",
      refusal: "The documents don't say what the catch with the new plan is."),
    Case(
      text: "The new plan starts in May.", question: "What's the weather like in Cairo?",
      refusal: "The documents don't say what the weather is like in Cairo."),
    Case(
      text: "The new plan starts in May.", question: "What is the term for changes like these?",
      refusal: "The documents don't say what the term for changes like these is."),
    // "did beat" is "beat", the past a verb whose only other form is its participle shares
    // with its lemma (not "beaten").
    Case(
      text: "Telenor ranked fourth of twelve telecommunications companies.",
      question: "Which company did Telenor only just beat?",
      refusal: "The documents don't say which company Telenor only just beat."),
    // "that" before an article is the whole subject; a modal is no verb "did" folds into (the
    // question is then quoted as typed, not "woulded").
    Case(
      text: "The SAMMPRIS trial enrolled 451 patients.",
      question: "Was that the result doctors expected?",
      refusal: "The documents don't say whether that was the result doctors expected."),
    Case(
      text: "Many doctors hoped that stents would help patients at risk of stroke.",
      question: "What did many doctors hope stents would do for older people?",
      refusal:
        "The documents don't answer “What did many doctors hope stents would do for older people?”"
    ),
    // A phrase after the subject's noun that a describing word follows tells which one: "be"
    // goes before the describing word, not the phrase.
    Case(
      text: "The author lives near the library.",
      question: "Is the author's walk to the library downhill?",
      refusal: "The documents don't say whether the author's walk to the library is downhill."),
    Case(
      text: "The author lives near the library.", question: "Is the road to the village open?",
      refusal: "The documents don't say whether the road to the village is open."),
    // With the question's words before it as the subject, "not" stays after its auxiliary.
    Case(
      text: "Lift the circuit board and place it on a clean surface.",
      question: "Which part of the board must not touch the table?",
      refusal: "The documents don't say which part of the board must not touch the table."),
  ]

  @Test(arguments: cases) func refusalReadsAsEnglish(_ item: Case) throws {
    let answers = try replies(
      to: [item.question], aboutUncurated: "Notes\n\n\(item.text)\n", named: "notes")
    #expect(answers[0].answer == item.refusal)
  }
}

/// An "it" that stands for the clause after it ("Is it unusual for young ideas to …?") is no one
/// the conversation named: no template reading takes it for the last answer's name. A verb that
/// goes on with "to" ("starting to discuss") keeps its "it".
@Suite struct ExtraposedItTests {
  @Test func extraposedItIsNotTheLastName() throws {
    let answers = try replies(
      to: [
        "How many patients did the SAMMPRIS trial enroll?",
        "Is it unusual for young ideas to go through a stage of debt?",
        "How many patients did the SAMMPRIS trial enroll?",
        "What is it starting to discuss with its suppliers?",
      ], aboutUncurated: "Stents\n\nThe SAMMPRIS trial enrolled 451 patients.\n", named: "notes")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(
      answers[1].answer
        == "The documents don't say whether it is unusual for young ideas to go through a stage of debt."
    )
    // "starting to discuss" says what it does: that "it" is the trial.
    #expect(
      answers[3].answer
        == "The documents don't say what SAMMPRIS is starting to discuss with its suppliers.")
  }
}
