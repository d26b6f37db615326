import Foundation
import Testing

@testable import DocentKit

/// A verb said by the noun of a verb of every use ("had an impact on" for "affect"), a verb
/// said in other words with what it was done to, a short form spelled by letters inside a
/// word, what a copula's complement runs on to, "by name", and a verb a conjunction joins to
/// one with a subject.
@Suite struct OtherWordsTests {
  /// "Did the storm affect the harvest?" against "The storm had a large impact on the
  /// harvest": "have" says the deed by its object, "impact", a verb of the same sense; the
  /// roads it says nothing of.
  @Test func aDeedSaidByTheNounOfAVerbOfEveryUse() throws {
    let answers = try replies(
      to: ["Did the storm affect the harvest?", "Did the storm affect the roads?"],
      aboutUncurated: "The storm had a large impact on the harvest. The roads stayed open.\n",
      named: "storm")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }

  /// The deed a noun says is its subject's, and one said to be scant is none: "The storm had
  /// a large impact on the harvest" does not say the harvest affected the storm, nor "almost
  /// no impact" that the reform affected prices.
  @Test func aDeedSaidByANounKeepsItsDoerAndItsAmount() throws {
    let answers = try replies(
      to: ["Did the harvest affect the storm?", "Did the reform affect prices?"],
      aboutUncurated: """
        The storm had a large impact on the harvest. The reform had almost no impact on prices.

        """, named: "storm")
    #expect(!answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }

  /// "What does any organization based on consent ask of its members?" against "… any
  /// organization based on consent requires its members to be accountable …": the clause of a
  /// verb of one of the question's verb's senses, done by what the question names, answers as
  /// it says it; not a verb WordNet only puts beside it ("opened" for "close").
  @Test func aDeedSaidInOtherWordsAnswersWithItsOwnVerb() throws {
    let text = """
      Volunteer groups run on goodwill. However, remember that any organization based on \
      consent requires its members to be accountable and constructive. Eve Ellison opened a \
      bakery. Fred Fairley closed the north gate.

      """
    let answers = try replies(
      to: [
        "What does any organization based on consent ask of its members?",
        "What did Eve Ellison close?",
      ], aboutUncurated: text, named: "groups")
    #expect(answers[0].answer.contains("requires its members"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
  }

  /// "opsonophagocytic killing assay (OPKA)": a word may give more than its first letter to
  /// the short form after it, when it gives its first letter too.
  @Test func aShortFormSpelledByLettersInsideAWord() throws {
    let answers = try replies(
      to: ["What is OPKA short for?"],
      aboutUncurated:
        "Researchers at the lab developed an opsonophagocytic killing assay (OPKA) last year.\n",
      named: "lab")
    #expect(answers[0].answer.contains("opsonophagocytic killing assay"), "\(answers[0].answer)")
    #expect(Expansion.longForm(of: "NCCE", in: "the value of it (NCCE) is high") == nil)
  }

  /// "Who were the main importers of tea into Europe?": the parser hangs "into Europe" on
  /// "were", though it belongs to what the traders were.
  @Test func aComplementRunsOnToItsPreposition() throws {
    let answers = try replies(
      to: ["Who were the main importers of tea into Europe?"],
      aboutUncurated: """
        The Dutch traders, who were the main importers of tea into Europe, had their main \
        contacts in Amoy.

        """, named: "tea")
    #expect(answers[0].answer.contains("Dutch traders"), "\(answers[0].answer)")
    let other = try replies(
      to: ["Who were the main importers of tea from Europe?"],
      aboutUncurated: """
        The Dutch traders, who were the main importers of tea into Europe, built large \
        warehouses.

        """, named: "tea")
    #expect(other[0].status != .answered, "\(other[0].answer)")
  }

  /// A word after "to" that may describe ("free" of "switch to free delivery") is read against
  /// the sentence's own ("paid delivery"), as one after any other word is.
  @Test func aDescribingWordAfterToStillContrasts() throws {
    let answers = try replies(
      to: ["Did the shop switch to free delivery?"],
      aboutUncurated: """
        The shop switched to paid delivery in June. The letters were sent to the right \
        address. The charity gave money to poor families.

        """, named: "shop")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
  }

  /// "had a plan to close the old furnace", "a chance to meet the president": what a noun of
  /// aim or chance governs is not done, and no yes; what is done still is.
  @Test func aPlannedDeedIsNotDone() throws {
    let answers = try replies(
      to: [
        "Did the company close the old furnace?", "Did Omar Haddad meet the president?",
        "Did the council close the west bridge?",
      ],
      aboutUncurated: """
        The company had a plan to close the old furnace. Omar Haddad had a chance to meet the \
        president. The council closed the west bridge.

        """, named: "plans")
    #expect(!answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
    let found = try clauses(of: "The company had a plan to close the old furnace.")
    #expect(try clause("close", in: found).predicate.hedges == ["plan to"])
  }

  /// "Which sponsors are mentioned by name?" asks which sponsors are named, not for a name a
  /// sentence gives something else.
  @Test func byNameIsNoNameAsked() throws {
    let answers = try replies(
      to: ["Which sponsors are mentioned by name?"],
      aboutUncurated: """
        The report thanks the Harbour Board, originally named the Port Trust. Several sponsors \
        supported the event.

        """, named: "report")
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
  }

  /// "… published a guide … and worked with Amtrak": the parser leaves "worked" without a
  /// subject; the verb "and" joins it to gives it its own.
  @Test func aJoinedVerbSharesItsSubject() throws {
    let found = try clauses(
      of: "In other cooperative efforts, the Access Board published “Access Travel: Airports” "
        + "in cooperation with the Airport Operators Council International and worked with "
        + "Amtrak to design accessible railroad cars.")
    #expect(try clause("work", in: found).subject?.text == "the Access Board")
  }
}
