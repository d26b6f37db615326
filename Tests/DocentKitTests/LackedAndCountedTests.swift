import Foundation
import Testing

@testable import DocentKit

/// What a sentence lacks says no ("a project with no budget"); the number of "the two of them"
/// only counts them; a measure written with its unit ("90ha") is an amount; a name WordNet knows
/// as a country answers "which country" though the sentence never says "country"; a question
/// word lacking a letter is still the question word; a plural noun of its own ("works") is no
/// other word for the noun whose synonym it is ("plant"); "shows up" is not "shown".
@Suite struct LackedAndCountedTests {
  @Test func aNounAfterNoOrWithoutIsLacked() throws {
    let replies = try replies(
      to: ["Does the project have a budget?", "Did the crew sail without a radio?"],
      aboutUncurated: """
        Mapping Notes

        Volunteers keep adding villages to the map, but we are a volunteer run project with no \
        budget. The crew sailed to the island without a radio.

        """, named: "notes")
    #expect(replies[0].answer.hasPrefix("No."), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [1])
    #expect(replies[1].answer.hasPrefix("Yes."), "\(replies[1].answer)")
  }

  /// "the two of them" stands for two people the conversation names; "two" is no word a
  /// sentence must share, and a sentence of another document that says "two" is no answer.
  @Test func theNumberOfTheTwoOfThemCountsThem() throws {
    let folder = try uncuratedKnowledgeFolder(
      document: "meeting",
      text: """
        The Meeting

        At the fair in October I met Egle, a mapping expert. \
        She was shocked by the maps, and together we started Crowd2Map.

        """)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    Products

    In 2017 the company launched two products: a hosted service and an enterprise offering.

    """.write(
      to: folder.appendingPathComponent("documents/products.txt"), atomically: true,
      encoding: .utf8)
    let reply = try replies(
      to: ["Who did the author meet at the fair?", "What project did the two of them set up?"],
      knowledge: loadUnchecked(folder))[1]
    #expect(reply.citations.allSatisfy { $0.document != "products" }, "\(reply.answer)")
  }

  @Test func aMeasureWrittenWithItsUnitIsAnAmount() throws {
    let reply = try replies(
      to: ["How much new meadow does Glorious Grasslands restore each year?"],
      aboutUncurated: """
        Meadows

        A century ago meadows covered 40% of the county. \
        Projects like Glorious Grasslands are restoring 90ha of new meadow every year. \
        If we do nothing, the share may drop to less than 0.5% in a few decades.

        """, named: "meadows")[0]
    #expect(reply.answer.contains("90ha"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [2])
  }

  @Test(arguments: [
    "Which country submitted the plan?", "Which country put forward the plan?",
  ])
  func aNameWordNetKnowsAsTheKindAnswersWhich(question: String) throws {
    let reply = try replies(
      to: [question],
      aboutUncurated: """
        Harbor Plan

        The harbor plan, submitted by Canada on Monday, foresees a new ferry terminal. \
        The mayor welcomed it.

        """, named: "plan")[0]
    #expect(reply.answer.contains("Canada"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [1])
  }

  @Test func anOpeningWordLackingALetterIsTheQuestionWord() throws {
    #expect(Answerer.shortenedOpener("wat") == "what")
    #expect(Answerer.shortenedOpener("wich") == "which")
    #expect(Answerer.shortenedOpener("wht") == "what")
    // "ho" spells "how" and "who"; "saw" is English.
    #expect(Answerer.shortenedOpener("ho") == nil)
    #expect(Answerer.shortenedOpener("saw") == nil)
  }

  @Test func aPluralNounOfItsOwnIsNoSynonym() throws {
    let replies = try replies(
      to: ["Why use perennial plants?", "Which licence shows up more often in those areas?"],
      aboutUncurated: """
        Club Notes

        The spending review has made us use even more initiative by working directly with \
        schools. Another aspect we analysed was the subject areas and the licences they hold, \
        as shown in the chart.

        """, named: "club")
    #expect(replies[0].outcome != .answered, "\(replies[0].answer)")
    #expect(replies[1].outcome != .answered, "\(replies[1].answer)")
  }
}
