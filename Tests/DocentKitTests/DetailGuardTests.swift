import Foundation
import Testing

@testable import DocentKit

/// Phrases that look like the detail asked for and are not: a month after "in" is no place, "in
/// many years" no length of time, a date something else starts on no date of the deed asked
/// about, a year inside a name no year; and a list a lead-in counts is no answer to a question
/// that asks of something else.
@Suite struct DetailGuardTests {
  private static let text = """
    The Lantern Trust and Species 2000 have signed an agreement for the Lantern Trust to serve \
    as the host for the Species 2000 Secretariat starting on 1 January 2024. \
    At its most recent board meeting in October, the Lantern Trust announced contributions into \
    a Special Purpose Fund. \
    Note, the annual meeting falls before November 15th in many years. \
    A griffin, a mythological creature with the head of an eagle and the body of a winged lion, \
    stands on a wheel.

    There are two versions of the Kestrel Hotspots system:
    Kestrel Hotspots public version
    Kestrel Hotspots secure version

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "lantern")
  }

  /// "In October" says when, and "into a Special Purpose Fund" is no place.
  @Test func aMonthOrAFundIsNoPlace() throws {
    let reply = try ask(["Where did the October board meeting take place?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  /// "Falls before November 15th in many years" says nothing of how long anything lasts.
  @Test func inManyYearsIsNoLengthOfTime() throws {
    let reply = try ask(["How long should the annual meeting be?"])[0]
    #expect(!reply.answer.lowercased().contains("many years"), "\(reply.answer)")
  }

  /// The date after "starting" is when the hosting starts, not when the agreement was signed;
  /// "Species 2000", a name the sentence goes on with ("Species 2000 Secretariat"), is no year.
  @Test func aDateSomethingStartsOnIsWhenItStarts() throws {
    let answers = try ask([
      "When was the agreement signed?",
      "When will the Lantern Trust start to serve as the host?",
    ])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("1 January 2024."), "\(answers[1].answer)")
  }

  /// "What exactly is a griffin?" asks what a griffin is.
  @Test(arguments: ["What exactly is a griffin?", "What actually is a griffin?"])
  func aWordThatPressesTheQuestionGoes(question: String) throws {
    let reply = try ask([question])[0]
    #expect(reply.answer.hasPrefix("A mythological creature"), "\(reply.answer)")
  }

  /// "made its tools available" is no word describing "available" the way "third" describes
  /// "flight": "made available" in a sentence is no other kind of tools, and no "No". A clause
  /// whose subject the parser ran into its verb group says its auxiliaries once.
  @Test func aPluralNounDescribesNoWordAfterIt() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind28/Knowledge")
    let knowledge = try loadUnchecked(folder)
    let reply = try replies(
      to: ["Has DIME made those tools available and open source?"], knowledge: knowledge)[0]
    #expect(!reply.answer.hasPrefix("No."), "\(reply.answer)")
    let clause = try #require(
      knowledge.base.clauseIndex.clauses.first {
        $0.citation.text.hasPrefix("The team has helped transform")
          && $0.predicate.lemma == "make"
      })
    let text = ClauseAnswerer(knowledge: knowledge.base).text(of: clause, filler: nil)
    #expect(!text.contains("have been have been"), "\(text)")
    #expect(text.contains("that have been made available"), "\(text)")
  }

  /// A verb the parser left without the phrase its preposition opens says it all the same:
  /// "consists of TDWG members and participants", not "consists.".
  @Test func aVerbKeepsThePhraseItsPrepositionOpens() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind29/Knowledge")
    let reply = try replies(
      to: ["What is the most important audience of an annual report?"],
      knowledge: loadUnchecked(folder))[0]
    #expect(
      reply.answer.hasPrefix(
        "The most important audience of an annual report consists of TDWG members and"
          + " participants."), "\(reply.answer)")
  }

  /// A lead-in that counts versions answers what the versions are, not what a hotspot is.
  @Test func aListAnswersOnlyForWhatItsLeadInCounts() throws {
    let answers = try ask([
      "What counts as a hotspot?", "What are the two versions of the Kestrel Hotspots system?",
    ])
    #expect(!answers[0].answer.contains("secure version"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("secure version"), "\(answers[1].answer)")
  }
}
