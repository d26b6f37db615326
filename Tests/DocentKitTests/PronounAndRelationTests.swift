import Foundation
import Testing

@testable import DocentKit

/// A clause's "it" may stand for the name its sentence gives elsewhere ("the very culture of
/// Morocco, keeps it strong"); a verb's "-s" form before a name is the verb ("What keeps
/// Morocco strong?"); "both of them" is no one person.
@Suite struct PronounAndRelationTests {
  private static let text = """
    Notes From Morocco

    The communal spirit, the very culture of Morocco, keeps it strong and resilient. \
    Dorothy Kabarozi from Uganda and Lucy Jiménez from Colombia developed the benchmarks. \
    Doctors found the bullet that killed him long after Garfield's death. \
    What killed Garfield was the effort made by doctors to find the bullet.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "notes")
  }

  @Test func aClausesItStandsForTheNameItsSentenceGives() throws {
    let reply = try ask(["What keeps Morocco strong?"])[0]
    #expect(reply.answer.hasPrefix("The communal spirit"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [1], "\(reply.answer)")
  }

  /// Not a relative clause's "him": "the bullet that killed him" says which bullet.
  @Test func aRelativeClausesPronounIsNotTheName() throws {
    let reply = try ask(["What actually killed Garfield?"])[0]
    #expect(!reply.answer.hasPrefix("The bullet"), "\(reply.answer)")
  }

  @Test func bothOfThemIsNoOnePerson() throws {
    let replies = try ask(["Which country is Dorothy Kabarozi from?", "Who taught both of them?"])
    #expect(replies[0].answer.contains("Uganda"), "\(replies[0].answer)")
    #expect(!replies[1].answer.contains("Dorothy"), "\(replies[1].answer)")
  }
}
