import Foundation
import Testing

@testable import DocentKit

/// A news release's dateline ("SAN FRANCISCO, Nov. 30, 2016 — …") says where and when it was
/// issued: a question about the release itself is answered from it, and from nothing else.
@Suite struct DatelineTests {
  @Test(arguments: [
    (
      "SAN FRANCISCO, Nov. 30, 2016 — The foundation today announced a merger.", "SAN FRANCISCO",
      "Nov. 30, 2016"
    ),
    ("WASHINGTON, D.C., March 4, 2021 – The agency said …", "WASHINGTON, D.C.", "March 4, 2021"),
  ])
  func readsADateline(_ text: String, _ place: String, _ date: String) {
    let dateline = Dateline(opening: text)
    #expect(dateline?.place == place)
    #expect(dateline?.date == date)
  }

  @Test(arguments: [
    "The foundation, Nov. 30, 2016 — announced a merger.",
    "San Francisco, Nov. 30, 2016 — The foundation announced a merger.",
    "SAN FRANCISCO — The foundation announced a merger on Nov. 30, 2016.",
    "SAN FRANCISCO, in 2016 — the year of the merger.",
  ])
  func readsNoDatelineIn(_ text: String) {
    #expect(Dateline(opening: text) == nil)
  }

  @Test func aQuestionAboutTheReleaseIsAnsweredByItsDateline() throws {
    let text = """
      Foundation Takes Over Reading Project

      DUNMORE, Nov. 30, 2016 — The Willow Foundation today announced that the Willow Reading \
      Project will become a part of the foundation. The project lends books to schools.

      """
    let answers = try replies(
      to: ["When was this announcement made?", "Which city was the release issued in?"],
      aboutUncurated: text, named: "release")
    #expect(answers[0].answer == "Nov. 30, 2016.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer == "Dunmore.", "\(answers[1].answer)")
  }

  @Test func aReleaseWithoutADatelineLeavesItsDateUnsaid() throws {
    let text = """
      The Willow Foundation announced in 2016 that the Willow Reading Project will become a \
      part of the foundation. The project lends books to schools.

      """
    let answers = try replies(
      to: ["When was this announcement made?"], aboutUncurated: text, named: "release")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }
}
