import Foundation
import Testing

@testable import DocentKit

/// "How much money …?" is answered by an amount with its currency sign in a sentence that
/// does not say "money" ("raised a $2.5M grant round"); "Who were the founders of …?" by who
/// founded it, when no document calls anyone a founder; "What is a CDA?" by the long form a
/// sentence gives the plural ("(CDAs)").
@Suite struct AmountAndDoerTests {
  private static let text = """
    The Lantern Press

    The Lantern Press was founded by Ada Brook and Rui Lima in 2011. \
    After the fair, the press raised a $2.5M grant round. \
    The town hall will cost an estimated $9 million, and most of the money will come from a \
    county grant. \
    Paper mills supply the press across all coastal drainage areas (CDAs) in the region.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "lantern-press")
  }

  /// The amount a sentence gives with its currency sign is money; not in a sentence that says
  /// "money" of something else than its amount.
  @Test func anAmountWithItsCurrencySignIsMoney() throws {
    let answers = try ask([
      "How much money did the grant round raise?", "How much money is the county grant?",
    ])
    #expect(answers[0].answer.hasPrefix("$2.5M"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
  }

  /// What a company is valued at, and what it lost, is no money it raised or made.
  @Test func aValueOrALossIsNoMoneyHad() throws {
    let text = """
      Acme Robotics

      In 2021 Acme Robotics raised its Series B round, which valued the company at $450 million. \
      The startup lost $12 million in 2022.

      """
    let answers = try replies(
      to: [
        "How much money did Acme Robotics raise?",
        "How much money did the startup make in 2022?",
      ], aboutUncurated: text, named: "acme-robotics")
    for answer in answers {
      #expect(answer.citations.isEmpty, "\(answer.answer)")
    }
  }

  /// "founders" of "was founded by".
  @Test func theDoerOfADeedIsWhoDidIt() throws {
    let answers = try ask(["Who were the founders of the Lantern Press?"])
    #expect(answers[0].answer.contains("Ada Brook"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "(CDAs)" spells out CDA.
  @Test func aPluralShortFormIsSpelledOut() throws {
    let answers = try ask(["What is a CDA?"])
    #expect(answers[0].answer.contains("coastal drainage areas"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }
}

/// A part of a name that a longer name is built on ("Archives" of the Harbor Archives and of
/// the Harbor Archives Annual Plan) names the shorter one, without asking which.
@Suite struct NestedNameTests {
  @Test func aNamePartIsTheNameTheLongerOnesAreBuiltOn() throws {
    let text = """
      The Harbor Archives Annual Plan

      The Harbor Archives was founded in 1921 to keep the town records. \
      The Harbor Archives Annual Plan sets four goals for the year.

      """
    let answers = try replies(
      to: ["When was the Archives founded?"], aboutUncurated: text, named: "harbor-archives")
    #expect(answers[0].answer.contains("1921"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }
}

/// "How much …?" and "How big is …?" are answered by an amount written with its currency sign
/// alone ("$40"), and a question that names one thing only by the measure said of it.
@Suite struct SignedAmountTests {
  private static let text = """
    Outreach stipends

    The community launched a stipend for speakers this spring. \
    A conference ticket costs $40 for members. \
    Our initial budget of $7000 was donated by Dashbit ($5000) and Oban ($2000). \
    The program raised $91,715.00 from the Logan Foundation, Thiel Capital, and many readers. \
    The archive is a sprawling warehouse 30 miles away from the old campus. \
    The footbridge is about 300 metres long. \
    The depot is 12 miles away. \
    Keller, a Danish consultancy, gave $3000 last year. \
    The school received $9000 from Avery, Brook and Carver.

    """

  @Test func anAmountWithOnlyItsSignAnswersHowMuch() throws {
    let answers = try replies(
      to: [
        "How much does a conference ticket cost?", "How much did Oban give?",
        "How big was the initial budget?", "How long is the footbridge?",
        "How much did Keller give?",
      ], aboutUncurated: Self.text, named: "stipends")
    #expect(answers.map(\.answer) == ["$40.", "$2000.", "$7000.", "About 300 metres.", "$3000."])
    #expect(answers.map { $0.citations.map(\.sentence) } == [[2], [3], [3], [6], [8]])
  }

  /// A measure must be said of the one thing named, beside it: not what a list of givers gave
  /// together, nor how far away a thing is for how big it is.
  @Test func aMeasureIsSaidOfTheThingItself() throws {
    let answers = try replies(
      to: [
        "How much did Thiel Capital give?", "How much did Carver give?",
        "How big is the warehouse?",
        "How big is the depot?",
      ],
      aboutUncurated: Self.text, named: "stipends")
    #expect(answers.allSatisfy { $0.status != .answered }, "\(answers.map(\.answer))")
  }
}
