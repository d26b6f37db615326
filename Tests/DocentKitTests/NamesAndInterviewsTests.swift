import Foundation
import Testing

@testable import DocentKit

/// A word a document names alone, throughout, is its own name, not the first word of a longer
/// one ("Svelte", not "Svelte Sirens"); a line that says a person's words follow ("Here's Josh
/// in his own words:") makes the "I" after it that person; where someone lives is not where
/// what they speak of lives; a yes or no that
/// compares asks a sentence that compares, and what a sentence only heads towards has not
/// happened; "a day one partner" is no length of time.
@Suite struct NamesAndInterviewsTests {
  @Test func aWordNamedAloneThroughoutIsItsOwnName() throws {
    let replies = try replies(
      to: ["What is Svelte?", "How long has Svelte existed?"],
      aboutUncurated: """
        Accelerating Svelte

        Svelte is a frontend framework for building fast web apps. Many large companies use \
        Svelte in production. Rich Harris, Svelte's creator, has joined Vercel. Hundreds of \
        developers chat about Svelte every week. In October Brittney Postma, Willow aka GHOST, \
        Steph Dietz, and Gen Ashley founded Svelte Sirens, a group for women & non-binary \
        community members and their allies.

        """, named: "svelte")
    #expect(replies[0].citations.map(\.sentence) == [1], "\(replies[0].answer)")
    #expect(replies[1].answer == "The documents don't say how long Svelte has existed.")
  }

  @Test func aPersonsWordsIntroducedSoSpeakAsThem() throws {
    let replies = try replies(
      to: [
        "How long has Josh been working on web browsers?",
        "Where does Josh Matthews live?",
        "Who showed Josh her workshop?",
      ],
      aboutUncurated: """
        Funding Josh Matthews

        The project is excited to share that long-time maintainer Josh Matthews is now working \
        part-time on the project.

        Here's Josh in his own words:

        Tell us about yourself!

        I've been working on web browsers since 2009. I'd love to see more contributors writing \
        down the details for solving complex issues that only live in their heads right now.

        After the interview, Ana Ruiz showed me her workshop.

        """, named: "interview")
    #expect(replies[0].answer == "Since 2009.")
    #expect(replies[0].citations.map(\.sentence) == [4])
    #expect(replies[1].answer == "The documents don't say where Josh Matthews lives.")
    // A line that names another is the writer's own voice again.
    #expect(replies[2].status != .answered, "\(replies[2].answer)")
  }

  @Test func aComparisonOrAHeadingTowardsSaysNeitherYesNorNo() throws {
    let replies = try replies(
      to: [
        "Was the first saw mill older than the first grist mill?",
        "Has the kit 1.0 been released yet?",
        "How long was the kit a partner?",
      ],
      aboutUncurated: """
        Early Days

        These and the settlers who came in later soon cleared parts of their farms, built saw \
        mills and grist mills, opened roads, established the schools and churches and gradually \
        surrounded themselves with the comforts and advantages of the older settled localities \
        further east. We are moving quickly towards a stable 1.0 release of the kit. The recent \
        Pages launch featured the kit as a day one partner.

        """, named: "early")
    for reply in replies {
      #expect(reply.status != .answered, "\(reply.answer)")
    }
  }
}
