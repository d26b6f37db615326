import Foundation
import Testing

@testable import DocentKit

/// "Is there …?" asks whether something is: a sentence that says "there is" or "there are"
/// and then every word of it says yes, and one that says there is not ("there isn't", "there
/// are no") says no; one that says neither leaves it open.
@Suite struct ExistenceTests {
  private static let text = """
    Harbor Games

    There isn't a settled definition of gamification, but broadly it refers to game-like \
    features such as points and badges. \
    There are no plans to rewrite the scoring engine in another language. \
    There were also moments of brightness in the old harbor archive. \
    There was never a bridge over the lake, so islanders depend on the boat. \
    There is not only a café at the pier but also a small shop. \
    Visitors who go there are surprised that Ashby has no pub. \
    There are hardly any jobs on the island in winter. \
    There's no parking on the seafront. \
    There is a ferry every day except Sundays.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbor-games")
  }

  @Test(arguments: [
    ("Is there a settled definition of gamification?", "No.", 1),
    ("Are there any plans to rewrite the scoring engine in another language?", "No.", 2),
    ("Were there moments of brightness in the old harbor archive?", "Yes.", 3),
    ("Was there a bridge over the lake?", "No.", 4),
    ("Is there a café at the pier?", "Yes.", 5),
    ("Is there parking on the seafront?", "No.", 8),
  ])
  func aSentenceSaysWhetherThereIs(question: String, answer: String, sentence: Int) throws {
    let reply = try ask([question])[0]
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// A thing no sentence says there is, or is not, is left open; so is one "hardly any" of
  /// which there are, or one there is "except" on a day, and "there" that is a place ("who go
  /// there are …") says nothing.
  @Test(arguments: [
    "Is there a settled plan for the harbor archive?",
    "Are there jobs on the island in winter?",
    "Are there surprised visitors in Ashby?",
    "Is there a ferry on Sundays?",
  ])
  func aThingNoSentenceSaysIsLeftOpen(question: String) throws {
    let reply = try ask([question])[0]
    #expect(!reply.answer.hasPrefix("Yes."), "\(reply.answer)")
    #expect(!reply.answer.hasPrefix("No."), "\(reply.answer)")
  }
}
