import Foundation
import Testing

@testable import DocentKit

/// A measure said by the quality it measures ("the pyramid's height" for "How tall"), words of
/// every use that only hedge or press the question ("Roughly when", "nowadays"), what a name
/// will be, a name's tail after its short form, and a follow-up's verb read without its
/// pronoun.
@Suite struct MeasuresAndNamesTests {
  static let harbor = """
    Harbor Notes

    The Great Pyramid was built around 2560 BC. \
    Today, the pyramid’s height is about 139 m. \
    The old lighthouse is 30 m high. \
    The Port Survey (PSV) Project began in 2019. \
    PSV will be the first full survey of the harbor walls.

    """

  /// "How tall is the pyramid?" against "the pyramid's height is about 139 m": the noun of the
  /// quality "tall" measures may stand between the thing and its measure; another quality
  /// ("wide") is no answer.
  @Test func aMeasureSaidByItsQuality() throws {
    let answers = try replies(
      to: [
        "How tall is the pyramid nowadays?", "How high is the pyramid?",
        "How wide is the pyramid?", "How high is the lighthouse?",
      ], aboutUncurated: Self.harbor, named: "harbor")
    #expect(answers[0].answer.contains("139 m"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].answer.contains("139 m"), "\(answers[1].answer)")
    #expect(answers[2].status != .answered, "\(answers[2].answer)")
    #expect(answers[3].answer.contains("30 m"), "\(answers[3].answer)")
  }

  /// "Roughly when …?" asks when, as "Roughly how many …?" asks how many.
  @Test func aHedgeBeforeWhen() throws {
    let answers = try replies(
      to: ["Roughly when was the pyramid built?"], aboutUncurated: Self.harbor, named: "harbor")
    #expect(answers[0].answer.contains("2560 BC"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
  }

  /// "What will the PSV project be?" against "PSV will be the first full survey …": "will be"
  /// says what it is to be, and "project" after the name says what kind of thing PSV is.
  /// "Project" of "Port Survey (PSV) Project" is no name of its own.
  @Test func whatANameWillBe() throws {
    let answers = try replies(
      to: ["What will the PSV project be?", "What will PSV be?", "Who is Project?"],
      aboutUncurated: Self.harbor, named: "harbor")
    #expect(answers[0].answer.contains("first full survey"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5], "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [5], "\(answers[1].answer)")
    #expect(!answers[2].answer.contains("mentioned in"), "\(answers[2].answer)")
  }

  /// A review's findings: "it" after a question about the North Bridge is not read in a
  /// sentence beside the answer that names the South Bridge; "counted around 1300 of the
  /// houses" gives no year; a person named after a bracketed short form ("(FFAG) Chair Alan
  /// Price") stays a name; "the Caddon project" is not what Caddon, a town, is.
  @Test func whatTheReviewFound() throws {
    let answers = try replies(
      to: [
        "What will the North Bridge replace?", "How much will it cost?",
        "When was the survey?", "Who said most of the homes had flooded in 2012?",
        "What is the Caddon project?",
      ],
      aboutUncurated: """
        Town Notes

        The North Bridge will replace a wooden footbridge over the canal. \
        The South Bridge, which will carry cars, will cost 2.1 million pounds. \
        The North Bridge will cost 400,000 pounds. \
        A survey in 1890 counted around 1300 of the town houses as built of stone. \
        According to the Ferrisby Flood Action Group (FFAG) Chair Alan Price, most of the homes \
        that flooded last week had also flooded in 2012. \
        Caddon is a market town in the north of England.

        """, named: "town")
    #expect(answers[1].answer.contains("400,000"), "\(answers[1].answer)")
    #expect(!answers[2].answer.contains("1300"), "\(answers[2].answer)")
    #expect(!answers[3].answer.contains("Flood Action Group."), "\(answers[3].answer)")
    #expect(answers[4].status != .answered, "\(answers[4].answer)")
  }

  /// "Did they supply polling station data?" after a question about the teams, read without
  /// "they": "supply" is its verb, not a word describing "polling" that "received" says
  /// otherwise. The teams supplying the data is not denied by "We received … from all of them".
  @Test func aFollowUpVerbWithoutItsPronoun() throws {
    let answers = try replies(
      to: [
        "How many teams ran the elections?", "Did they supply polling station data?",
        "How many teams ran the elections?", "Did every one of them supply polling station data?",
      ],
      aboutUncurated: """
        Election Notes

        The elections were run by 125 electoral services teams. \
        We received polling station data from all of them, completing this process weeks \
        before polling day.

        """, named: "elections")
    #expect(answers[0].answer.contains("125"), "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(!answers[3].answer.hasPrefix("No."), "\(answers[3].answer)")
  }
}
