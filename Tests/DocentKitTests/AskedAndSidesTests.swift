import Foundation
import Testing

@testable import DocentKit

/// What someone asked is no answer ("asked if I'd ever felt an earthquake before"); the hour
/// of "seven in the morning" is a time of day; a vote against is no vote for; "the other one"
/// needs its referent; a word is stemmed to a verb only where there is one ("faction" is no
/// "fact").
@Suite struct AskedAndSidesTests {
  private static let text = """
    The Night of the Earthquake

    One of my neighbors approached me and asked if I was fine and if I'd ever felt an \
    earthquake before. \
    I woke up a few hours later at around seven in the morning. \
    The two votes against came from councillors Tom Whitlock and Ana Lindqvist, who wanted to \
    repair the old bridge to save money. \
    The first sprint was held with PyLadies Kampala in February. \
    Although Carlton and other colleagues had been working on improvements to patient \
    transportation since 1983, air evacuations were still very restrictive.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "night")
  }

  /// "asked if …" says what someone asked, not that it was so.
  @Test func anAskedQuestionSaysNeitherYesNorNo() throws {
    let reply = try ask(["Had the neighbor ever felt an earthquake before?"])[0]
    #expect(!reply.answer.hasPrefix("Yes"), "\(reply.answer)")
    #expect(!reply.answer.hasPrefix("No"), "\(reply.answer)")
  }

  @Test func anHourInWordsWithThePartOfTheDayIsATime() throws {
    let reply = try ask(["What time did the writer wake up?"])[0]
    #expect(reply.answer.hasPrefix("Seven in the morning"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [2], "\(reply.answer)")
  }

  @Test func aVoteAgainstIsNoVoteFor() throws {
    let replies = try ask([
      "Did Ana Lindqvist vote for the new bridge?", "Did Tom Whitlock vote against the bridge?",
    ])
    #expect(replies[0].answer.hasPrefix("No."), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [3], "\(replies[0].answer)")
    #expect(!replies[1].answer.hasPrefix("No."), "\(replies[1].answer)")
  }

  /// "The other one" is one of what the conversation spoke of, which docent cannot tell.
  @Test func theOtherOneNeedsItsReferent() throws {
    let replies = try ask([
      "When was the sprint with PyLadies Kampala?", "When did the other one take place?",
    ])
    #expect(replies[1].citations.isEmpty, "\(replies[1].answer)")
    #expect(replies[1].answer.contains("“the other one”"), "\(replies[1].answer)")
  }

  @Test func aNounInCtionIsStemmedToItsVerbOnlyWhereThereIsOne() {
    #expect(Stemmer.stem("faction") != Stemmer.stem("fact"))
    #expect(Stemmer.stem("section") != Stemmer.stem("sect"))
    #expect(Stemmer.stem("inspection") == Stemmer.stem("inspect"))
    #expect(Stemmer.stem("discussion") == Stemmer.stem("discuss"))
  }

  /// A side is of a thing: "against the toll but for the bike lane" voted for the bike lane;
  /// "against the developer" says nothing of the city; "for forty minutes" is no side; and
  /// "for the new hours and … against a weekend service" says no of the weekend service.
  @Test func aSideIsTakenOfAThing() throws {
    let text = """
      Council Votes

      Lindqvist voted against the toll but for the bike lane. \
      Engineer Paul Osei testified for forty minutes about the cost of repairs. \
      Judge Helen Park ruled against the developer who had sued the city. \
      The board voted for the new hours and voted against a weekend service. \
      Ortega voted for the amendment but against the budget.

      """
    let ask = { (question: String) in
      try replies(to: [question], aboutUncurated: text, named: "votes")[0]
    }
    #expect(try ask("Did Lindqvist vote for the bike lane?").answer.hasPrefix("Yes."))
    for question in [
      "Did Paul Osei testify against the bridge?", "Did Judge Helen Park rule for the city?",
    ] {
      let reply = try ask(question)
      #expect(!reply.answer.hasPrefix("No."), "\(question) \(reply.answer)")
      #expect(!reply.answer.hasPrefix("Yes."), "\(question) \(reply.answer)")
    }
    #expect(try ask("Did the board vote for a weekend service?").answer.hasPrefix("No."))
    #expect(try ask("Did the board vote for the new hours?").answer.hasPrefix("Yes."))
    #expect(try ask("Did Ortega vote for the budget?").answer.hasPrefix("No."))
  }

  /// An "if" that a verb of checking takes holds its own clause only: "before they leave …"
  /// says that they leave.
  @Test func anIfClauseEndsWhereAnotherOpens() throws {
    let text = """
      Closing Time

      Staff check if the doors are locked before they leave at nine at night.

      """
    let reply = try replies(
      to: ["Do staff leave at nine at night?"], aboutUncurated: text, named: "closing")[0]
    #expect(reply.answer.hasPrefix("Yes."), "\(reply.answer)")
  }

  /// A side is of the very thing: "for the second proposal" is no length of time, and "the
  /// library budget" is not "the road budget", though both are budgets.
  @Test func aSideIsOfTheVeryThing() throws {
    let text = """
      Board Notes

      The board voted for the second proposal at its March meeting. \
      Councillor Omar Vik voted for the library budget and against the road budget. \
      The council voted for two amendments and against the final bill.

      """
    let ask = { (question: String) in
      try replies(to: [question], aboutUncurated: text, named: "board")[0]
    }
    for question in [
      "Did the board vote against the second proposal?",
      "Did Omar Vik vote against the library budget?", "Did Omar Vik vote for the road budget?",
      "Did the council vote against the two amendments?",
    ] {
      let reply = try ask(question)
      #expect(reply.answer.hasPrefix("No."), "\(question) \(reply.answer)")
    }
  }

  /// What someone is told to ask, however far the "if" stands from "ask", and an "if" clause
  /// whose subject holds a clause of its own, say nothing of whether it is so.
  @Test func anAskedQuestionReachesPastItsSubject() throws {
    let text = """
      Tenancy

      Ask your landlord in writing if repairs are planned. \
      Check if the room where the class takes place is heated.

      """
    for question in ["Are repairs planned?", "Is the room heated?"] {
      let reply = try replies(to: [question], aboutUncurated: text, named: "tenancy")[0]
      #expect(!reply.answer.hasPrefix("Yes"), "\(question) \(reply.answer)")
    }
  }

  /// "the other one" needs its referent in a yes or no as well.
  @Test func theOtherOneNeedsItsReferentInAYesOrNo() throws {
    let text = """
      Options

      Option A costs 5 dollars. The option also includes free delivery. Option B costs 9 dollars.

      """
    let replies = try replies(
      to: ["Does Option A include free delivery?", "Does the other one include free delivery?"],
      aboutUncurated: text, named: "options")
    #expect(replies[1].citations.isEmpty, "\(replies[1].answer)")
  }
}
