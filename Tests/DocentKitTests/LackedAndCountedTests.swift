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

  /// "no" before another noun denies that noun only: a ferry with no lift still has a crew.
  /// The name "by" takes after the question's verb did it, though the sentence names a place
  /// after it.
  @Test func aDenialOfSomethingElseSaysNothing() throws {
    let replies = try replies(
      to: ["Does the MV Corran have a crew?", "Who carried out the survey?"],
      aboutUncurated: """
        The Ferry

        The MV Corran was built in 1994 and has no lift, so wheelchair users must be carried \
        aboard by the crew. A survey carried out by the Yorkshire Wildlife Trust last year \
        counted eleven pairs of curlews on Hollin Moor.

        """, named: "ferry")
    #expect(!replies[0].answer.hasPrefix("No."), "\(replies[0].answer)")
    #expect(replies[1].answer.contains("Yorkshire Wildlife Trust"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [2])
  }

  /// "fill up" says what "fill" says in its first sense; "show up" does not say "show".
  @Test func aParticleThatChangesNothingIsNotRequired() throws {
    let reply = try replies(
      to: ["Can a roof of 50 square metres fill up a barrel?"],
      aboutUncurated: """
        Rain Barrels

        A typical barrel holds 200 litres, and a roof of 50 square metres can fill it in a \
        single heavy storm.

        """, named: "barrels")[0]
    #expect(reply.answer.hasPrefix("Yes."), "\(reply.answer)")
  }

  /// "What did Hamas say?" asks what Hamas said: a sentence in which someone else tells of an
  /// agreement with Hamas says nothing Hamas said.
  @Test func aSayingIsTheSpeakers() throws {
    let reply = try replies(
      to: ["What did Hamas say?"],
      aboutUncurated: """
        Talks

        Qatar's prime minister told CNN this week that the hoped-for agreement between the PA \
        and Hamas aims to ensure that the committee will be apolitical. Talks resume on Monday.

        """, named: "talks")[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
    // The one who says is the one named before "say", not what it is said about; any word of
    // the name says who ("The council said" of Devon County Council).
    let said = try replies(
      to: ["What did Priya Nand say about Sundays?", "What did Devon County Council say?"],
      aboutUncurated: """
        Library

        The head librarian, Priya Nand, says the library will now open on Sundays as well. \
        The repairs were paid for by Devon County Council. The council said the work would be \
        reviewed by an independent panel.

        """, named: "library")
    #expect(said[0].citations.map(\.sentence) == [1], "\(said[0].answer)")
    #expect(said[1].citations.map(\.sentence) == [3], "\(said[1].answer)")
  }

  @Test func anOpeningWordLackingALetterIsTheQuestionWord() throws {
    #expect(Answerer.shortenedOpener("wat") == "what")
    #expect(Answerer.shortenedOpener("wich") == "which")
    #expect(Answerer.shortenedOpener("wht") == "what")
    // "ho" spells "how" and "who"; "saw" is English; "wer" may be "where" as well as "were".
    #expect(Answerer.shortenedOpener("ho") == nil)
    #expect(Answerer.shortenedOpener("wer") == nil)
    #expect(Answerer.shortenedOpener("saw") == nil)
  }

  @Test func aPluralNounOfItsOwnIsNoSynonym() throws {
    let replies = try replies(
      to: ["Why use perennial plants?", "Which licence shows up more often in those areas?"],
      aboutUncurated: """
        Club Notes

        The present poor economic climate has made us use even more initiative by working \
        directly with schools and local authorities. Another aspect analyzed was inspecting the \
        subject areas and the licenses that they hold as shown in Diagram #9. Perennial plants \
        come back year after year. Annual plants grow from seed each spring. Most plants in the \
        meadow are perennial. The licenses are listed in the table.

        """, named: "club")
    #expect(replies[0].outcome != .answered, "\(replies[0].answer)")
    #expect(replies[1].outcome != .answered, "\(replies[1].answer)")
  }
}
