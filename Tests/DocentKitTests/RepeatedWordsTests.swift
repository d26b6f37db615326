import Foundation
import Testing

@testable import DocentKit

/// An answer must say something the question did not: a phrase of the question's own words
/// ("in various battles", "against the death of the king") is no answer, and what a sentence
/// says a herd was says nothing of what was in it. A name the question uses only in part
/// ("London" of the Museum of London), another word for a question's word ("a grant" for what
/// was awarded) and a clause inside the phrase ("how the car was found") still answer.
@Suite struct RepeatedWordsTests {
  private static let text = """
    Tobias Marlow: A Life

    Tobias Marlow was an intrepid soldier and took an active part in various battles. \
    He became a member of the city council, or "Common Council," and for voting against the \
    death of the king came under suspicion, and was cast into prison. \
    A herd of deer on the distant hill was a good start, and then there were various views of \
    ploughed fields with interesting cloud formations. \
    The Museum of London is in London. \
    The Greyford Trust awarded the school a grant. \
    The colours on the town flag are green and gold. \
    The judge asked about how the car was found. \
    The Bridge Inn is on Bridge Street. \
    The Hollin Village Hall is in Hollin. \
    The Kelp Bay hotel overlooks Kelp Bay. \
    The Mill Inn stands by the mill. \
    The trustees talked about what should happen to the forge building. \
    The items in the starter kit are a jar, a spatula and a thermometer.

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
    #expect(reply.outcome == .refused(.notStated), "\(reply.answer)")
  }

  /// The phrase a stranded preposition opens ends before the verb of the clause after it.
  @Test func thePhraseEndsBeforeTheNextVerb() throws {
    let reply = try ask(["What did Marlow vote against?"])[0]
    #expect(reply.answer.hasPrefix("Against the death of the king."), "\(reply.answer)")
  }

  /// "Were in the herd" asks what was in it: what the sentence says the herd was is no answer.
  @Test func whatWasInTheHerdIsNotWhatTheHerdWas() throws {
    let reply = try ask(["What kind of deer were in the herd on the distant hill?"])[0]
    #expect(reply.outcome == .refused(.notStated), "\(reply.answer)")
  }

  /// Answers that repeat some of the question's words and still tell something: a place its
  /// name holds, a name its name describes ("the Kelp Bay hotel"), a common word its name holds
  /// ("the mill"), a word the synonym data folds with the question's, what is in or on
  /// something, a clause inside the phrase, a name the question does not use.
  @Test(arguments: [
    ("Where is the Museum of London?", "In London."),
    ("What did the Greyford Trust award the school?", "grant"),
    ("What colours are on the town flag?", "Green and gold."),
    ("What did the judge ask about?", "how the car was found"),
    ("What street is the Bridge Inn on?", "Bridge Street"),
    ("Where is the Hollin Village Hall?", "In Hollin."),
    ("What does the Kelp Bay hotel overlook?", "Kelp Bay"),
    ("What does the Mill Inn stand by?", "the mill"),
    ("What did the trustees talk about?", "what should happen"),
    ("What items are in the starter kit?", "a spatula and a thermometer"),
  ])
  func anAnswerThatRepeatsSomeWordsStillAnswers(question: String, answer: String) throws {
    let reply = try ask([question])[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer.contains(answer), "\(reply.answer)")
  }
}
