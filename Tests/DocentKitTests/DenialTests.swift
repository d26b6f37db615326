import Foundation
import Testing

@testable import DocentKit

/// Ways a sentence says that something did not happen, or leaves it open, which a yes or no
/// must never read as "Yes": a subject that is no one, "has yet to", a refusal, "no longer",
/// a "whether" left unanswered, and a claim someone denied.
@Suite struct DenialTests {
  private static let text = """
    Town Notes

    Neither Ann Vale nor Bob Reed attended the harbour meeting. \
    Nobody signed the ferry letter. \
    The rowing team has yet to decide on a name. \
    The mayor failed to sign the parking bill. \
    The tide station no longer operates. \
    It is unclear whether the old bridge will reopen. \
    The mayor denied that the city sold the quarry land.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "town-notes")
  }

  @Test func aDenialAnswersNo() throws {
    let questions = [
      "Did Ann Vale attend the harbour meeting?",
      "Did Bob Reed attend the harbour meeting?",
      "Did anybody sign the ferry letter?",
      "Has the rowing team decided on a name?",
      "Did the mayor sign the parking bill?",
      "Is the tide station still operating?",
    ]
    let cited = [1, 1, 2, 3, 4, 5]
    for (question, (answer, sentence)) in zip(questions, zip(try ask(questions), cited)) {
      #expect(answer.answer.hasPrefix("No."), "\(question): \(answer.answer)")
      #expect(answer.citations.map(\.sentence) == [sentence], "\(question)")
    }
  }

  /// What a "whether" asks and what someone denied are not stated: neither yes nor no.
  @Test func whatIsOpenOrDeniedIsNotStated() throws {
    let questions = ["Will the old bridge reopen?", "Did the city sell the quarry land?"]
    for (question, answer) in zip(questions, try ask(questions)) {
      #expect(answer.outcome != .answered, "\(question): \(answer.answer)")
    }
  }

  @Test func clausesCarryTheDenial() throws {
    let yet = try clauses(of: "The rowing team has yet to decide on a name.")
    #expect(try clause("decide", in: yet).predicate.isNegated)
    let denied = try clauses(of: "The mayor denied that the city sold the quarry land.")
    #expect(try !clause("sell", in: denied).predicate.hedges.isEmpty)
  }

  /// What a clause plans, hopes for or tries, what it sets a condition on, and what it almost
  /// did, are not done: no "Yes".
  @Test func aimsConditionsAndNearMissesAreNotDone() throws {
    let text = """
      Town Plans

      If the council approves the plan, the old bridge will close. \
      The city plans to build a new library. \
      The ferry company almost went bankrupt in 2009. \
      The firm hopes to hire ten engineers.

      """
    let questions = [
      "Will the old bridge close?",
      "Did the city build a new library?",
      "Did the ferry company go bankrupt?",
      "Did the firm hire ten engineers?",
      "Does the city plan to build a new library?",
    ]
    let answers = try replies(to: questions, aboutUncurated: text, named: "town-plans")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("No."), "\(answers[2].answer)")
    #expect(answers[3].outcome != .answered, "\(answers[3].answer)")
    #expect(answers[4].answer.hasPrefix("Yes."), "\(answers[4].answer)")
  }

  /// A denied clause names no one who did it: "Who attended?" is not answered by "Neither Ann
  /// Vale nor Bob Reed attended". A question about what was not done still reads it.
  @Test func aDeniedClauseAnswersNoWhQuestion() throws {
    let text = """
      Harbour Notes

      Neither Ann Vale nor Bob Reed attended the harbour meeting. \
      The tide gauges fail to account for the river floods.

      """
    let answers = try replies(
      to: [
        "Who attended the harbour meeting?",
        "What do the tide gauges fail to account for?",
      ], aboutUncurated: text, named: "harbour-notes")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("river floods"), "\(answers[1].answer)")
  }

  /// Bounds and additions are no denials: "No fewer than 500 delegates attended", "is not
  /// only a map but also a community".
  @Test func boundsAndAdditionsDenyNothing() throws {
    let text = """
      Summit Notes

      No fewer than 500 delegates attended the summit. \
      OpenStreetMap is not only a map but also a community.

      """
    let answers = try replies(
      to: ["Did delegates attend the summit?", "Is OpenStreetMap a map?"],
      aboutUncurated: text, named: "summit-notes")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// "no longer" right after "is", which the parser may leave unlinked, still denies.
  @Test func noLongerAfterBeDenies() throws {
    let found = try clauses(of: "The mill is no longer in operation.")
    #expect(try clause("be", in: found).predicate.negation == ["no longer"])
  }

  /// What seldom happens is not said to happen: "hardly ever", "seldom", "rarely" leave a yes
  /// open. "barely survived" says it did.
  @Test func whatSeldomHappensLeavesAYesOpen() throws {
    let text = """
      Town Notes

      The tower is hardly ever climbed by visitors. \
      The rule is seldom enforced by police. \
      Tourists rarely visit the old mill. \
      The station barely survived the flood.

      """
    let answers = try replies(
      to: [
        "Do visitors climb the tower?", "Do police enforce the rule?",
        "Do tourists visit the old mill?", "Did the station survive the flood?",
      ], aboutUncurated: text, named: "town-notes")
    for answer in answers.prefix(3) {
      #expect(!answer.answer.hasPrefix("Yes."), "\(answer.answer)")
    }
    #expect(answers[3].answer.hasPrefix("Yes."), "\(answers[3].answer)")
  }
}
