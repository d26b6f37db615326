import Foundation
import Testing

@testable import DocentKit

/// "How do the buoys help?" is answered by a clause of the question's own verb that holds
/// every word of the question, though it says how with no "by": what it adds is the how. A
/// clause that adds no more than when ("every spring") says not how, nor one that tells of "how
/// to" do it. What a sentence opens with "Following" says why.
@Suite struct MannerTests {
  private static let text = """
    The new buoys help pilots find the narrow channel at night. \
    Crews repaint the buoys every spring. \
    The harbor guild started as a small fishermen's club. \
    Following the great storm of 1990, the north pier was closed to boats. \
    The pilots worked with the guild office to chart the tide tables. \
    Night piloting is regarded as a trade, not a hobby. \
    The scope and audience of monthly notes are described first to explain the context and \
    motivation for writing. \
    The guild library keeps a leaflet on how to get started with night piloting.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "buoys")
  }

  /// "How is X seen?" is answered by what a verb of judging holds it to be, in any such verb.
  @Test(arguments: ["How is night piloting seen these days?", "How is night piloting regarded?"])
  func howSomethingIsSeenIsWhatItIsRegardedAs(question: String) throws {
    let reply = try ask([question])[0]
    #expect(reply.answer.hasPrefix("As a trade, not a hobby."), "\(reply.answer)")
  }

  /// "a leaflet on how to get started with night piloting" is not how night piloting started.
  @Test func howToDoItIsNotHowItWasDone() throws {
    let reply = try ask(["How did night piloting get started?"])[0]
    #expect(reply.outcome == .refused(.notStated), "\(reply.answer)")
  }

  @Test func aClauseOfTheQuestionsVerbSaysHow() throws {
    let answers = try ask(["How do the new buoys help?", "How did the harbor guild get started?"])
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("find the narrow channel"), "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3], "\(answers[1].answer)")
  }

  @Test func aClauseThatAddsOnlyWhenSaysNotHow() throws {
    let answers = try ask(["How do crews repaint the buoys?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
  }

  /// A purpose said of two things together ("The scope and audience … are described first to
  /// explain …") is said of both, and "first", which the parser reads into the purpose, is the
  /// clause's too.
  @Test func aPurposeOfTwoThingsTogetherSaysWhyOfBoth() throws {
    let reply = try ask(["Why are the scope and audience described first?"])[0]
    #expect(reply.citations.map(\.sentence) == [7], "\(reply.answer)")
  }

  @Test func whatASentenceOpensWithFollowingSaysWhy() throws {
    let answers = try ask(["Why was the north pier closed?"])
    #expect(answers[0].citations.map(\.sentence) == [4], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("storm"), "\(answers[0].answer)")
  }

  /// "work out" is not said by "worked with": a verb the question uses with its particle,
  /// said only with another preposition right after it, says not how.
  @Test func aVerbWithAnotherPrepositionIsAnotherVerb() throws {
    let answers = try ask(["How did the pilots work out the tide tables?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
  }
}
