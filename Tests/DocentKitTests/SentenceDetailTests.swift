import Foundation
import Testing

@testable import DocentKit

/// Which phrase of a sentence answers: the doer of the verb asked about, the time of the clause
/// asked about, and a "No" where the sentence says another of the one thing asked about.
@Suite struct SentenceDetailTests {
  private static let text = """
    Harrow Marine of Portland, Maine, designed and built the research vessel. \
    The Kestrel Trust became a charity in 2011, but the idea of a floating laboratory began in \
    the mid 1980s. \
    The Osprey completed the first uncrewed survey of the trench on May 3, 2019. \
    This was the third voyage of the research vessel, named Osprey. \
    Lena Marsh has logged 412 days at sea over her career. \
    The open day at the dock was organised by the Wellbeing and Inclusion Team.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "ships")
  }

  /// "Portland" and "Maine" stand in the subject too, but the company did it.
  @Test func whoDidItIsTheHeadOfTheDoersPhrase() throws {
    let reply = try ask(["Who designed the research vessel?"])[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer == "Harrow Marine.")
  }

  /// The agent of a passive is all of it, the names "and" joins after "by".
  @Test func whoDidItIsEveryNameOfTheAgent() throws {
    let reply = try ask(["Who organised the open day at the dock?"])[0]
    #expect(reply.answer.hasPrefix("Wellbeing and Inclusion Team."), "\(reply.answer)")
  }

  @Test func aTimeComesFromTheClauseOfTheQuestionsWords() throws {
    let answers = try ask([
      "When did the idea of a floating laboratory begin?",
      "How far back does the idea of a floating laboratory go?",
      "When did the Kestrel Trust become a charity?",
    ])
    #expect(answers[0].answer.hasPrefix("Mid 1980s."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Mid 1980s."), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("In 2011."), "\(answers[2].answer)")
    #expect(answers.allSatisfy { $0.citations.map(\.sentence) == [2] })
  }

  @Test(arguments: [
    ("Did the Osprey complete the first crewed survey of the trench?", "No", 3),
    ("Did the Osprey complete the first uncrewed survey of the trench?", "Yes", 3),
    ("Was this the first voyage of the research vessel?", "No", 4),
    ("Has Lena Marsh logged 300 days at sea?", "No", 5),
    ("Has Lena Marsh logged 412 days at sea?", "Yes", 5),
  ])
  func anotherWordOrNumberForTheSameThingSaysNo(question: String, answer: String, sentence: Int)
    throws
  {
    let reply = try ask([question])[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer.hasPrefix(answer + "."), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence])
  }

  /// A sentence that says nothing of the thing asked about says neither yes nor no.
  @Test func aWordTheSentenceDoesNotContrastLeavesItOpen() throws {
    let reply = try ask(["Did the Osprey complete the first survey of the lake?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  /// A question read whole that nothing answers is not stated, not misunderstood.
  @Test func aWellFormedQuestionNothingAnswersIsNotStated() throws {
    let reply = try ask(["How wide is the research vessel?"])[0]
    #expect(reply.outcome == .refused(.notStated), "\(reply.answer)")
    #expect(reply.answer == "The documents don't say how wide the research vessel is.")
  }
}
