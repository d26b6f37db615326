import Foundation
import Testing

@testable import DocentKit

/// "How does the author describe X?", "What does the post call X?" and "Which X is described
/// as Y?" ask what X is, in the words of the one who describes it.
@Suite struct DescriptionQuestionTests {
  @Test func aQuestionOfDescribingIsAskedAsWhatItIs() throws {
    let how = try #require(Answerer.characterization("How does the author describe the goal?"))
    #expect(how.question == "What is the goal?")
    #expect(how.source == "the author")
    #expect(how.described == "the goal")
    #expect(how.subject)
    let call = try #require(
      Answerer.characterization("What does the post call the modern replacement for Ingress?"))
    #expect(call.question == "What is the modern replacement for Ingress?")
    #expect(call.source == "the post")
    #expect(!call.subject)
    let which = try #require(
      Answerer.characterization("Which planning idea does the author describe as controversial?"))
    #expect(which.question == "Which planning idea is controversial?")
    let passive = try #require(
      Answerer.characterization("Which sessions are called hugely important?"))
    #expect(passive.question == "Which sessions are hugely important?")
    #expect(passive.source == nil)
    // A name asked for, someone the documents name otherwise, or no description at all.
    #expect(Answerer.characterization("What is the leaf's outer skin called?") == nil)
    #expect(Answerer.characterization("How does she describe the community?") == nil)
    #expect(Answerer.characterization("How do I describe a dataset?") == nil)
    #expect(Answerer.characterization("Where was that model described?") == nil)
  }

  private static let text = """
    Notes on Tools

    The C language is old and boring. \
    Much of statistics is basically a safeguard. \
    Statistics is a fairly significant part of a psychology degree. \
    Consider migrating to Gateway API, the modern replacement for Ingress. \
    Another way to thank people is to recognize their work anniversary.

    """

  @Test func whatTheWriterSaysSomethingIsAnswers() throws {
    let answers = try replies(
      to: [
        "How does the article describe the C language?",
        "What does the post call the modern replacement for Ingress?",
        "How does the text describe much of statistics?",
      ], aboutUncurated: Self.text, named: "tools")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("old and boring"))
    #expect(answers[1].citations.map(\.sentence) == [4], "\(answers[1].answer)")
    #expect(answers[1].answer.hasPrefix("Gateway API"))
    // Not a sentence about statistics that says nothing of much of it.
    #expect(answers[2].citations.map(\.sentence) != [3], "\(answers[2].answer)")
  }

  /// A sentence that holds the words but does not say what the thing is does not answer:
  /// "recognize their work anniversary" does not say what anyone calls it.
  @Test func aSentenceThatSaysNotWhatItIsDoesNotAnswer() throws {
    let answers = try replies(
      to: ["What does the post call work anniversaries?"], aboutUncurated: Self.text,
      named: "tools")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// "Known as" and "referred to as" ask what something is called.
  @Test func whatSomethingIsKnownAsIsWhatItIsCalled() throws {
    #expect(
      Answerer.calledInstead("What is the combined result known as?")
        == "What is the combined result called?")
    #expect(
      Answerer.calledInstead("What is that building known as now?")
        == "What is that building called now?")
    #expect(Answerer.calledInstead("Is she known as a writer?") == nil)
    #expect(Answerer.calledInstead("What is the tool known as Tide?") == nil)
    let text = """
      Hilbert's Tenth Problem

      Davis, Putnam and Robinson proved one half. Matijasevich proved the other half in 1970. \
      The combined result is now called the Matijasevich–Robinson–Davis–Putnam theorem.

      """
    let answers = try replies(
      to: ["What is the combined result known as?"], aboutUncurated: text, named: "mrdp")
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("Matijasevich–Robinson–Davis–Putnam"))
  }

  /// A naming question is not answered by a sentence that says what the thing was, nor by
  /// "called off"; an opinion the writer reports is not the writer's description.
  @Test func aDescriptionOrAnOpinionIsNoName() throws {
    let text = """
      Rome Notes

      In the view of many tourists, Rome is dangerous at night. \
      The author found Rome calm and friendly. \
      The plan was a response to the floods of 2019. \
      The match was called off because of rain.

      """
    let answers = try replies(
      to: [
        "What does the report call the plan?", "What is the match known as?",
        "Which city does the author describe as dangerous?",
      ], aboutUncurated: text, named: "rome")
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }
}

/// "Who …?" answered by people in common words, where the sentence says who did it.
@Suite struct CommonDoerTests {
  private static let text = """
    Burma

    For most of those 19 years she has been kept under house arrest by the military junta \
    that runs the country. \
    The report was finished by the end of the year. \
    The wind farm was approved in March despite fierce protests by farmers. \
    Since 2021 the town has been kept under curfew by soldiers rather than by the police.

    """

  /// The "by" of a passive the parser gave to a noun still says who did it, to its clause.
  @Test func peopleWhoDidItAnswer() throws {
    let answer = try replies(
      to: ["Who is keeping her under house arrest?"], aboutUncurated: Self.text, named: "burma")[0]
    #expect(answer.answer.hasPrefix("The military junta."), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [1])
  }

  /// A "by" of something that is no people ("by the end of the year") says no one, nor one of
  /// a noun of what went on around the deed ("despite fierce protests by farmers"), nor one
  /// set against the doer ("rather than by the police").
  @Test func noOneElseIsTheDoer() throws {
    let answers = try replies(
      to: [
        "Who finished the report?", "Who approved the wind farm?",
        "Who is keeping the town under curfew?",
      ], aboutUncurated: Self.text, named: "burma")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(!answers[1].answer.contains("armers"), "\(answers[1].answer)")
    #expect(!answers[2].answer.hasPrefix("The police"), "\(answers[2].answer)")
  }
}
