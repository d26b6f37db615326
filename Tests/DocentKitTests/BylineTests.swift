import Foundation
import Testing

@testable import DocentKit

/// A document's opening byline says who wrote it, where it appeared and when.
@Suite struct BylineTests {
  @Test(arguments: [
    (
      "By Stefanie Senger and François Goupil, November 27, 2023.",
      "Stefanie Senger and François Goupil", nil, "November 27, 2023"
    ),
    (
      "Chapter 138 of The World Atlas of Language Structures Online, by Östen Dahl (2013).",
      "Östen Dahl", nil, "2013"
    ),
    (
      "From the Sandiacre and Stapleford Weekly News, 19 March 1920.", nil,
      "the Sandiacre and Stapleford Weekly News", "19 March 1920"
    ),
  ] as [(String, String?, String?, String?)])
  func aBylineIsRead(text: String, authors: String?, publication: String?, date: String?) {
    let byline = Byline(text)
    #expect(byline?.authors == authors)
    #expect(byline?.publication == publication)
    #expect(byline?.date == date)
  }

  @Test(arguments: [
    "By the end of the war, most of the town had been rebuilt.",
    "From the hills above Stanton, 19 walkers could see the works.",
    "He was struck by Mary Anning, a collector.",
  ])
  func aSentenceIsNoByline(text: String) {
    #expect(Byline(text) == nil, "\(text)")
  }

  @Test func questionsAboutTheDocumentAreAnsweredFromItsByline() throws {
    let text = """
      Internship Report

      By Stefanie Senger and François Goupil, November 27, 2023. \
      I recently concluded a five-month internship at scikit-learn. \
      The internship was funded by NumFocus.

      """
    let answers = try replies(
      to: [
        "Who wrote this blog post about the internship?", "When was the post published?",
        "Which newspaper ran this story?",
      ], aboutUncurated: text, named: "report")
    #expect(answers[0].answer.hasPrefix("Stefanie Senger and François Goupil."))
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("November 27, 2023."))
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }
}

/// A share ("55% of an employee's salary") counts no employees; a habit of the past ("used to
/// enjoy") says nothing of now; a word joined by a hyphen is answered whole.
@Suite struct ShareHabitAndHyphenTests {
  private static let text = """
    Leave

    Federal benefits pay 55% of an employee’s salary. \
    Up to a few months ago Joseph Wright used to enjoy short walks. \
    I concluded an internship at scikit-learn, where I had learned and taught.

    """

  @Test func aShareCountsNothing() throws {
    let answer = try replies(
      to: ["How many employees get benefits?"], aboutUncurated: Self.text, named: "leave")[0]
    #expect(!answer.answer.contains("55%"), "\(answer.answer)")
  }

  @Test func aHabitOfThePastIsNoYesNow() throws {
    let answers = try replies(
      to: ["Does Joseph Wright enjoy short walks?", "Did Joseph Wright enjoy short walks?"],
      aboutUncurated: Self.text, named: "leave")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  @Test func aHyphenatedNameIsAnsweredWhole() throws {
    let answer = try replies(
      to: ["Where did I conclude an internship?"], aboutUncurated: Self.text, named: "leave")[0]
    #expect(answer.answer.contains("scikit-learn"), "\(answer.answer)")
  }
}
