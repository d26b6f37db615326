import Foundation
import Testing

@testable import DocentKit

/// Phrases a sentence answers with: a century for "when", an end date for "how long", a place
/// by a word's second sense for "where"; a verb right after "what"; "cannot" and "should never"
/// as denials; yes or no left open when the sentence speaks of others or says the question's
/// verbs only in other words; and the words of a sentence's heading as its own, at a discount.
@Suite struct PhraseKindTests {
  private static let text = """
    The Alder Harbor Office manages the docks of Port Fenn. \
    Each renewal of a berth cannot be longer than the first term. \
    Repairs to the north pier will continue until March 2027. \
    Non-member boats must pay the harbor fee at the gate. \
    There is no limit to the number of renewals available. \
    The office asks all boat owners to register their boats immediately. \
    Soon after, the office opened a second gate. \
    Spare ropes should be kept in a dry storage environment. \
    Wet nets should never be left uncovered on open racks.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbor")
  }

  /// The replies of the knowledge folder of blind set `set` (Blind20 unless said).
  private func blindReplies(to questions: [String], in set: String = "Blind20") throws -> [Reply] {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/\(set)/Knowledge")
    return try replies(to: questions, knowledge: loadUnchecked(folder))
  }

  /// "What kind of …?" is answered by the words that describe the noun asked about ("special
  /// long term data repositories"), not by the question's own ("surveillance equipment"),
  /// and a yes or no with a "without" the sentence does not say is left open.
  @Test func theKindASentenceGivesAndAWithoutLeftOpen() throws {
    let text = """
      Old charts should be kept in special long term map cabinets. \
      The harbor office keeps surveillance equipment at the gate. \
      Sailors need these harbor charts on every trip.

      """
    let answers = try replies(
      to: [
        "What kind of cabinets should old charts be kept in?",
        "Could sailors do without these harbor charts?",
      ], aboutUncurated: text, named: "charts")
    let streets = "Surveillance equipment and flood lights dot the street corners near the gate.\n"
    let equipment = try replies(
      to: ["What kind of surveillance equipment dots the street corners?"],
      aboutUncurated: streets, named: "streets")[0]
    #expect(answers[0].answer.hasPrefix("Special long term map cabinets."), "\(answers[0].answer)")
    #expect(!equipment.answer.hasPrefix("Surveillance equipment."), "\(equipment.answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// Where something is said to be done is the phrase "in", "on" or "at" opens right after a
  /// word of the question, in whatever words: "on the Fenn Weekly blog". Not what a verb takes
  /// with "on" ("based on tide tables"), nor how ("in three sizes") or when ("in 2024").
  @Test func wherePhraseAfterTheQuestionsWord() throws {
    let text = """
      The harbor report was first published on the Fenn Weekly blog. \
      The ferry timetable is based on tide tables. \
      Ferry tickets are printed in three sizes. \
      Ferry passes were sold in 2024.

      """
    let answers = try replies(
      to: [
        "Where was the harbor report first published?", "Where is the ferry timetable based?",
        "Where are ferry tickets printed?", "Where were ferry passes sold?",
      ], aboutUncurated: text, named: "ferries")
    #expect(answers[0].answer.hasPrefix("On the Fenn Weekly blog."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    for answer in answers.dropFirst() {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }

  /// "in a dry storage environment" says where, its noun a place in its second sense, when
  /// the sentence holds every word of the question.
  @Test func aPlaceInAWordsSecondSense() throws {
    let answers = try ask(["Where should spare ropes be kept?"])
    #expect(answers[0].answer.hasPrefix("In a dry storage environment."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [8])
  }

  /// "should never" answers a question asked with "should", or one that asks whether it may be
  /// done: No.
  @Test func shouldNeverDeniesWhatMayBeDone() throws {
    let answers = try ask([
      "Should wet nets be left uncovered on open racks?",
      "Can wet nets be left uncovered on open racks?",
    ])
    for answer in answers {
      #expect(answer.answer.hasPrefix("No."), "\(answer.answer)")
      #expect(answer.citations.map(\.sentence) == [9])
    }
  }

  /// "cannot be longer" denies it: No.
  @Test func cannotDenies() throws {
    let answers = try ask(["Can a renewal of a berth be longer than the first term?"])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "There is no limit" denies that there is one, and the answer keeps its "There".
  @Test func noBeforeANounDenies() throws {
    let answers = try ask(["Is there a limit to the number of renewals?"])
    #expect(answers[0].answer.hasPrefix("No. There is no limit"), "\(answers[0].answer)")
  }

  /// "immediately" and "soon after" say when.
  @Test func anAdverbSaysWhen() throws {
    let answers = try ask([
      "When should boat owners register their boats?", "When did the office open a second gate?",
    ])
    #expect(answers[0].answer == "Immediately.", "\(answers[0].answer)")
    #expect(answers[1].answer == "Soon after.", "\(answers[1].answer)")
  }

  /// "until March 2027" says how long.
  @Test func untilSaysHowLong() throws {
    let answers = try ask(["How long will repairs to the north pier go on?"])
    #expect(answers[0].answer == "Until March 2027.", "\(answers[0].answer)")
  }

  /// "How long will the grant run?" asks the length of the grant: "a two-year grant" says it,
  /// not a sentence that only has the grant beside some other length of time.
  @Test func aLengthOfTimeBeforeTheThingAskedAboutSaysHowLongItRuns() throws {
    let text = """
      We announce a two-year grant from the Lumen Fund. \
      Everyone on the grant has worked on open science for many years.

      """
    let answers = try replies(
      to: ["How long will the grant run?"], aboutUncurated: text, named: "lumen")
    #expect(answers[0].answer == "Two-year grant.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "hold" an election is a verb of every use: the sentence that says when the elections ran,
  /// in a verb of its own, answers when they were held.
  @Test func holdingAnEventIsAVerbOfEveryUse() throws {
    let text = """
      The Harbor Guild completed its yearly board elections on 2 March 2021. \
      The guild keeps its records in the old customs house.

      """
    let answers = try replies(
      to: ["When did the Harbor Guild hold its board elections?"], aboutUncurated: text,
      named: "guild")
    #expect(answers[0].answer.contains("2 March 2021"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "in the late nineteenth century" is a time.
  @Test func aCenturyIsATime() throws {
    let answers = try blindReplies(to: ["When was the fission hypothesis first proposed?"])
    #expect(answers[0].answer.contains("nineteenth century"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [20])
  }

  /// "What goes into …" asks with the verb "goes", a verb of every use that "includes" says.
  @Test func aVerbRightAfterWhatIsTheVerb() throws {
    let answers = try blindReplies(to: ["What goes into a whole-of-life cost?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [12])
  }

  /// "Non-member boats must pay the fee" says nothing of member boats: no "No".
  @Test func aDeniedSubjectIsSomeoneElse() throws {
    let answers = try ask(["Must member boats pay the harbor fee?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// "We encourage … to apply this policy voluntarily" does not say they are required to
  /// follow it: two verbs said in other words say something else.
  @Test func othersAndOtherVerbsLeaveItOpen() throws {
    let answers = try blindReplies(to: [
      "Are corporate Commonwealth entities required to follow the policy too?"
    ])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// "Which French club signed Butler in 1995?" against "In 1995, he moved to French club
  /// Stade Brest.": all the sentence lacks is the verb, and it holds enough of the rest for the
  /// grammar's `verb` share; with that share at 1, it does not answer.
  @Test func aSentenceMayLackOneVerb() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind19/Knowledge")
    let knowledge = try loadUnchecked(folder)
    let question = ["Which French club signed Butler in 1995?"]
    let answers = try replies(to: question, knowledge: knowledge)
    #expect(answers[0].answer.hasPrefix("Stade Brest"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [12])
    var strict = knowledge.grammar.matching
    strict.verb = 1
    let declined = try replies(to: question, knowledge: knowledge.with(strict))
    #expect(declined[0].outcome != .answered, "\(declined[0].answer)")
    // A place belongs to its own deed: where the kings spoke is not where to read about them.
    let place = try replies(
      to: ["Where can I read more about foreign leaders who have addressed Congress?"],
      knowledge: knowledge)
    #expect(place[0].outcome != .answered, "\(place[0].answer)")
  }

  /// "corporate Commonwealth entities (CCEs)": the words whose initials, or their hyphened
  /// parts' initials, spell the short form, though not all are capitalised.
  @Test func aShortFormSpelledByInitials() throws {
    let answers = try blindReplies(to: ["What does CCE stand for?"])
    #expect(
      answers[0].answer == "CCE stands for corporate Commonwealth entities.", "\(answers[0].answer)"
    )
    #expect(answers[0].citations.map(\.sentence) == [7])
  }

  /// "What is DIME?", which no sentence says more of, is what the short form stands for; a
  /// gloss in brackets that no initials spell is quoted as the text gives it; a sentence that
  /// says what the short form is answers first.
  @Test func whatAShortFormIsIsWhatItStandsFor() throws {
    let text = """
      At Development Impact Evaluation (DIME), we have invested in research workflows. \
      She founded PyKSTL (Python user group in Kestrel). \
      The CLPS program is run by NASA. CLPS is a program that buys rides to the Moon. \
      NASA set up Commercial Lunar Payload Services (CLPS) in 2018.

      """
    let answers = try replies(
      to: ["What is DIME?", "What exactly is PyKSTL?", "What is CLPS?"], aboutUncurated: text,
      named: "workflows")
    #expect(
      answers[0].answer.hasPrefix("DIME stands for Development Impact Evaluation."),
      "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix("PyKSTL is described as “Python user group in Kestrel”."),
      "\(answers[1].answer)")
    #expect(answers[2].answer.contains("buys rides to the Moon"), "\(answers[2].answer)")
  }

  /// "What does the shrink wrapping protect the pages from?" against "… adding an extra layer of
  /// protection from mold, humidity, and bugs": the phrase the stranded preposition opens,
  /// with the series it starts.
  @Test func aStrandedPrepositionAsksForThePhraseItOpens() throws {
    let answers = try blindReplies(
      to: ["What does the shrink wrapping protect the pages from?"], in: "Blind15")
    #expect(answers[0].answer.hasPrefix("From mold, humidity, and bugs."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [37])
  }

  /// "What did the two of them send down the row …?" against "we … sent juicy pecans to
  /// Members sitting down the row": the object of the clause whose verb is the question's,
  /// whoever the sentence says did it.
  @Test func theObjectOfTheQuestionsVerbAnswersWhat() throws {
    let answers = try blindReplies(
      to: ["What did the two of them send down the row to other Members?"], in: "Blind25")
    #expect(answers[0].answer.hasPrefix("Juicy pecans."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [10])
  }

  /// "Can open data make government more efficient?" is not denied by a sentence whose clause
  /// about efficiency says nothing of data, though it speaks of "large data volumes" elsewhere:
  /// another word before the noun denies only in the clause that answers.
  @Test func anotherKindOfTheNounElsewhereDeniesNothing() throws {
    let answers = try blindReplies(
      to: ["Can open data make government more efficient?"], in: "Blind24")
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
  }

  /// "In which country was that screening study done?" asks for a place: the phrase its
  /// preposition opens must name something ("in Costa Rica"), not "in such settings".
  @Test func aPlaceAskedForIsAPhraseThatNamesSomething() throws {
    let answers = try blindReplies(
      to: ["In which country was that screening study done?"], in: "Blind26")
    #expect(answers[0].answer.hasPrefix("In Costa Rica."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [17])
  }

  /// "10am" and "4 p.m." are times of day: "What time …?" is answered by the hour, not
  /// declined, with one full stop.
  @Test func anHourWithTheHalfOfTheDayIsATime() throws {
    let text = """
      After a short briefing on the tools, the ferry crew arrived at the north dock at 10am.

      On weekdays, when the tide allows, the last boat leaves the harbor at 4 p.m.

      """
    let answers = try replies(
      to: ["What time did the ferry crew arrive?", "What time does the last boat leave?"],
      aboutUncurated: text, named: "ferry")
    #expect(answers[0].answer.contains("10am"), "\(answers[0].answer)")
    #expect(answers[1].answer == "4 p.m.", "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "Which email should I use …?" asks for an address, which answers wherever it stands in
  /// the sentence ("please email …"), with no preposition before it.
  @Test func anAddressAnswersWhichEmail() throws {
    let answers = try blindReplies(
      to: ["Which email should I use for inquiries about the OLS program?"], in: "Blind27")
    #expect(answers[0].answer == "team@openlifesci.org.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [30])
  }

  /// A sentence holds the words of the heading it stands under, at a discount: "Today, our
  /// mission is …" under the history of the office says the office's mission.
  @Test func aSentenceHoldsItsHeadingsWords() throws {
    let mission = try blindReplies(to: ["What is the office's mission today?"], in: "Blind10")
    #expect(mission[0].answer.hasPrefix("Today, our mission is"), "\(mission[0].answer)")
    #expect(mission[0].citations.map(\.sentence) == [4])
    let promised = try blindReplies(
      to: ["Who was promised a female version of the coat?"], in: "Blind31")
    #expect(promised[0].answer.hasPrefix("Anneke."), "\(promised[0].answer)")
  }
}
