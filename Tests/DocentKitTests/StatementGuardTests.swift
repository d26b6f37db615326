import Foundation
import Testing

@testable import DocentKit

/// What a sentence does not state: a question it asks, every date of a document for a question
/// that only names it, a year in a name, another than the only one, a company it names none of.
@Suite struct StatementGuardTests {
  private static let text = """
    The Harbour Games drew 400 sailors to Fedje last week. \
    The gate of the old pier opened on Monday. \
    Will the next Harbour Games happen in Bergen? \
    The answer is that nobody knows yet. \
    Only the harbour master opens the gate. \
    Many clubs sponsor the regatta. \
    If your company would like to sponsor the regatta, please write to us.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbour-games")
  }

  /// "Will the next Harbour Games happen in Bergen?" asks; it does not say they will.
  @Test func aSentenceThatAsksStatesNothing() throws {
    let answers = try ask(["Where will the next Harbour Games happen?"])
    #expect(!answers[0].citations.map(\.sentence).contains(3), "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("Bergen"))
    #expect(Sentence(document: "d", number: 1, text: "Why Kentucky?”", heading: nil).asks)
    #expect(!Sentence(document: "d", number: 1, text: "It rained.", heading: nil).asks)
  }

  /// A sentence that ends in a colon leaves what it says to the lines after it: with no list
  /// after it, it answers nothing; with one, the list answers, citing the sentence and each
  /// item.
  @Test func aSentenceEndingInAColonStatesOnlyItsList() throws {
    let unlisted = """
      The regatta starts at noon.
      Sailors can enter the regatta in any of these ways:

      """
    var answers = try replies(
      to: ["What are the ways to enter the regatta?"], aboutUncurated: unlisted, named: "harbour")
    #expect(!answers[0].citations.map(\.sentence).contains(2), "\(answers[0].answer)")
    let listed = """
      Sailors can enter the regatta in any of these ways:
      Write to the harbour master
      Visit the club house
      The regatta starts at noon.

      """
    answers = try replies(
      to: ["What are the ways to enter the regatta?"], aboutUncurated: listed, named: "harbour")
    #expect(answers[0].answer == "Write to the harbour master; Visit the club house.")
    #expect(answers[0].citations.map(\.sentence) == [1, 2, 3])
  }

  /// A sentence between items in lower case that end bare describes the item before it: the
  /// list goes on after it, and the answer leaves it out.
  @Test func aDescribedItemDoesNotEndItsList() throws {
    let text = """
      Sailors can enter the regatta in any of these ways:
      write to the harbour master
      The harbour master answers within a day.
      visit the club house

      The regatta starts at noon.

      """
    let answers = try replies(
      to: ["What are the ways to enter the regatta?"], aboutUncurated: text, named: "harbour")
    #expect(answers[0].answer == "write to the harbour master; visit the club house.")
    #expect(answers[0].citations.map(\.sentence) == [1, 2, 4])
  }

  /// A line that breaks off for lines finishing it in lower case leads into them as a colon
  /// does, and is half its sentence: it answers with the lines, each cited, without "in order
  /// to" counting as words of the question; an item is no lead-in of the items after it.
  @Test func aLineThatBreaksOffIsFinishedByItsList() throws {
    let text = """
      Entering the regatta

      To count as entered, a boat must

      carry a registered sail number

      pass the safety check, including the flares

      pay the harbour fee.

      The regatta starts at noon. Each crew will need food and water.

      """
    let answers = try replies(
      to: [
        "What does a boat need in order to count as entered?",
        "What does the safety check include?",
      ], aboutUncurated: text, named: "harbour")
    #expect(
      answers[0].answer
        == "carry a registered sail number; pass the safety check, including the flares; pay the "
        + "harbour fee.")
    #expect(answers[0].citations.map(\.sentence) == [1, 2, 3, 4])
    #expect(answers[1].answer.contains("flares"), "\(answers[1].answer)")
    #expect(!answers[1].answer.contains("harbour fee"), "\(answers[1].answer)")
  }

  /// "For two reasons" says how many reasons there were; the next sentence says what they were.
  @Test func aCountOfReasonsIsNoReason() throws {
    let text = """
      The coach dropped Ivar from the team before the final for two reasons. \
      First, he was injured, and second, he had complained in public.

      """
    let answers = try replies(
      to: ["Why was Ivar dropped from the team?"], aboutUncurated: text, named: "final")
    #expect(!answers[0].citations.map(\.sentence).contains(1), "\(answers[0].answer)")
  }

  /// A question whose only words name the document (its file is harbour-games) is not answered
  /// by every date the document gives.
  @Test func theDocumentsNameIsNoWordOfItsFacts() throws {
    let answers = try ask(["On what day did the Harbour Games happen?"])
    #expect(!answers[0].citations.map(\.sentence).contains(2), "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("Monday"))
  }

  /// A question that names the document as the thing asked about ("the regatta", its file
  /// regatta.txt) is not answered by every date the document gives.
  @Test func theDocumentAskedAboutGetsNoneOfItsDates() throws {
    let text = """
      The sailors arrived in Fedje on Monday. The gate of the old pier opened in 1887.

      """
    let answers = try replies(
      to: ["When did the regatta happen?"], aboutUncurated: text, named: "regatta")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[0].citations.isEmpty)
  }

  /// "PromCon 2016" names a conference: 2016 there is no date the text gives.
  @Test func aYearInANameIsNoDate() {
    let dates = { (text: String) in
      Extractor.extract(from: Document(id: "t", text: text)).quantities.filter {
        $0.kind == .date
      }.map(\.phrase)
    }
    #expect(dates("PromCon 2016 drew eighty people.").isEmpty)
    #expect(dates("The Harbour Games 2019 drew 400 sailors.").isEmpty)
    #expect(dates("In 2016 it drew eighty people.") == ["In 2016"])
    #expect(dates("It opened in May 2016.") == ["in May 2016"])
  }

  /// What only one does, no other does: "Can anyone else open the gate?" is answered no.
  @Test func whatOnlyOneDoesNoOtherDoes() throws {
    let answers = try ask([
      "Can anyone else open the gate?", "Does the harbour master open the gate?",
    ])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// "Which company sponsors the regatta?" asks for a name: sentences about clubs or "your
  /// company" name none.
  @Test func aCompanyAskedForIsANamedOne() throws {
    let answers = try ask(["Which company sponsors the regatta?"])
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
  }

  /// "Most of the funding" asks how much, which "the majority of" says as well; and no
  /// sentence that says neither answers it.
  @Test func mostOfIsSaidByTheMajorityOf() throws {
    let text = """
      Currently, the majority of our funding comes from corporate sponsorships. \
      Some funding also comes from individual donors.

      """
    let answers = try replies(
      to: ["Where does most of the funding come from right now?"], aboutUncurated: text,
      named: "funding")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("corporate sponsorships"))
  }

  /// A name "on" takes is a place when the words after it say so: "on Gendarmenmarkt, one of
  /// Berlin's nicest plazas"; not a day ("on Monday").
  @Test func aNameSaidToBeAPlaceIsOne() throws {
    let text = """
      After the talks on the first evening, the team had drinks on Gendarmenmarkt, one of Berlin's \
      nicest plazas. The second evening ended on Monday.

      """
    let answers = try replies(
      to: ["Where did the team have drinks after the talks?", "Where did the second evening end?"],
      aboutUncurated: text, named: "evening")
    #expect(answers[0].answer.hasPrefix("On Gendarmenmarkt."), "\(answers[0].answer)")
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// Who goes along with something did not do it: "… will not change with the Guild" says
  /// nothing of who did the development.
  @Test func whoIsWithADeedDidNotDoIt() throws {
    let text = """
      The development process of Lantern will not change with the Guild. \
      The Guild strives to help Lantern grow.

      """
    let answers = try replies(
      to: ["Who changed the development process of Lantern?"], aboutUncurated: text,
      named: "lantern")
    #expect(!answers[0].answer.contains("Guild"), "\(answers[0].answer)")
  }
}
