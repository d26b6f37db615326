import Foundation
import Testing

@testable import DocentKit

/// An answer must say something the question did not: a phrase of the question's own words
/// ("in various battles", "against the death of the king") is no answer, and a sentence that
/// says what a herd was says nothing of what was in it, nor runs on into the clause after.
@Suite struct RepeatedWordsTests {
  private static let text = """
    Tobias Marlow: A Life

    Tobias Marlow was an intrepid soldier and took an active part in various battles. \
    He became a member of the city council, or "Common Council," and for voting against the \
    death of the king came under suspicion, and was cast into prison. \
    A herd of deer on the distant hill was a good start, and then there were various views of \
    ploughed fields with interesting cloud formations.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "marlow")
  }

  /// "In various battles" names no battle; "against the death of the king" is the question's
  /// own phrase, and the verb after it ("came") is no part of it.
  @Test(arguments: [
    "In which battles did Tobias Marlow fight?",
    "Which king's death did Marlow vote against?",
  ])
  func aPhraseOfTheQuestionsWordsIsNoAnswer(question: String) throws {
    let reply = try ask([question])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  /// "Were in the herd" asks what was in it: what the sentence says the herd was is no answer.
  @Test func whatWasInTheHerdIsNotWhatTheHerdWas() throws {
    let reply = try ask(["What kind of deer were in the herd on the distant hill?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  /// What the sentence says the herd was ends where the next clause opens (", and then there
  /// were …"), whatever the question makes of it.
  @Test func whatItWasEndsBeforeTheNextClause() throws {
    let reply = try ask(["What sort of deer was the herd on the distant hill?"])[0]
    #expect(!reply.answer.contains("ploughed"), "\(reply.answer)")
  }
}
