import Foundation
import Testing

@testable import DocentKit

/// A document's opening byline says who wrote it, where it appeared and when.
@Suite struct BylineTests {
  @Test(
    arguments: [
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
    "Portrait of Clara Voss, by John Singer Sargent (1897).",
    "From Monday, 4 March 2024.",
    "From London, 12 May 1950.",
    "By Order of the Harbour Board, 12 June 1850.",
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

/// "The report" the document tells of is that report, not the document; a conversation about
/// a document without a byline is not answered from another's.
@Suite struct BylineReachTests {
  @Test func aReportTheTextTellsOfIsNotTheDocument() throws {
    let text = """
      Ferry News

      By Maria Keller and Tom Hughes, March 4, 2024. \
      The council published a report on the ferry. \
      The report was written by Dr. Samuel Reyes, a transport engineer.

      """
    let answers = try replies(
      to: ["Who wrote the report?", "Who wrote this article?"], aboutUncurated: text,
      named: "ferry")
    #expect(answers[0].answer.contains("Samuel Reyes"), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Maria Keller and Tom Hughes."), "\(answers[1].answer)")
  }

  @Test func anotherDocumentsBylineIsNotThisOnes() throws {
    let folder = try uncuratedKnowledgeFolder(
      document: "gazette",
      text: """
        Oldest Resident

        From the Daily Gazette, 19 March 1920. \
        Mrs. Hart has lived in the village for ninety years.

        """)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    Tea Words

    The Dutch carried the word thee to Europe. \
    Traders on land carried the word chai.

    """.write(
      to: folder.appendingPathComponent("documents/tea.txt"), atomically: true, encoding: .utf8)
    let answers = try replies(
      to: ["Who carried the word thee to Europe?", "Which newspaper ran this story?"],
      knowledge: loadUnchecked(folder))
    #expect(answers[0].answer.contains("Dutch"), "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
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
