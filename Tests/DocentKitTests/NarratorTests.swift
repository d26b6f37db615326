import Foundation
import Testing

@testable import DocentKit

/// A document's own "we" is the team, the organizers or the staff a reader asks about, and its
/// "I" the author or writer; a "we" someone is quoted saying is not the writer's.
@Suite struct NarratorTests {
  private static let text = """
    The Harbor Film Festival ran for four days in Duluth this summer. \
    We welcomed 3,000 visitors, twice as many as last year. \
    This year we adopted a new ticketing system called Gatepass to shorten the queues. \
    “We will be back next year,” said Mara Lindqvist, a spokeswoman for the Lake Theatre. \
    Our volunteers built a replica of the old lighthouse for the closing night. \
    The festival's administrative work is done by the city, so we don't hire for those roles. \
    Once the city's report is out, which I've been told will be on Wednesday, we'll publish \
    the budget.

    """

  private func ask(_ questions: [String], text: String = Self.text) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: text, named: "festival")
  }

  @Test func theTeamOrTheOrganizersAreTheWritersWe() throws {
    let answers = try ask([
      "How many visitors did the team welcome?",
      "Which ticketing system did the organizers adopt?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.contains("3,000"))
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("Gatepass"))
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  /// A document's "we" speaks for the organization it names most, in three sentences or more:
  /// a question naming it is answered from a sentence that says "we". Not for a common word
  /// written in capitals ("Web"), however often.
  @Test func theWritersWeIsTheOrganizationItNamesMost() throws {
    let text = """
      Tidewell receives requests from city councils on the Web every month. \
      Tidewell reviews each request within a week, on the Web. \
      Every review is published by Tidewell on the Web. \
      We employ twelve full-time reviewers in two offices. \
      We also print a report on paper every year. \
      The Web is open to all.

      """
    let answers = try ask(
      [
        "How many full-time reviewers does Tidewell employ?",
        "How many full-time reviewers does the Web employ?",
      ], text: text)
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.lowercased().contains("twelve"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// The "we" of a quotation is the speaker's; and a document that says "we" only once has no
  /// voice of its own to ask about.
  @Test func onlyTheWritersOwnVoiceCounts() throws {
    let folder = try uncuratedKnowledgeFolder(document: "festival", text: Self.text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder).base
    let sentences = knowledge.documents[0].sentences
    let implied = sentences.map { knowledge.sentenceIndex.implied(in: $0) }
    #expect(implied[1].contains("team"))
    #expect(implied[6].contains("team"))
    #expect(!implied[0].contains("team"))
    #expect(!implied[3].contains("team"))
    let once = try ask(
      ["How many visitors did the team welcome?"],
      text: "The Harbor Film Festival ran in Duluth. We welcomed 3,000 visitors.\n")
    #expect(once[0].outcome != .answered, "\(once[0].answer)")
  }

  /// "I've" written large is the writer, not a name: it answers no "who".
  @Test func aContractedPronounIsNoName() throws {
    let answers = try ask(["Who has been told about the report?"])
    #expect(!answers[0].answer.contains("I've"), "\(answers[0].answer)")
  }

  /// A clause that denies something of the writer's "we" does not say what the question asks:
  /// "we don't hire for those roles" names no role of the team.
  @Test func aDenialThroughAPronounIsNoStatement() throws {
    let answers = try ask(["Name the roles that make up the team."])
    #expect(answers[0].citations.map(\.sentence) != [6], "\(answers[0].answer)")
  }
}

/// An interview's answer labelled with the speaker's initials speaks as the person the document
/// names with them; a name that opens with "Every" is no person's.
@Suite struct SpeakerLabelTests {
  @Test func aLabelledAnswerSpeaksAsThePerson() throws {
    let text = """
      We reached out to teacher Robyn Garrett, who led the project, to learn more.

      MK: Do you have a favorite park to visit?

      RG: My favorite National Park is Canyon de Chelly.

      """
    let answers = try replies(
      to: ["What is Robyn Garrett's favorite national park?"], aboutUncurated: text,
      named: "park")
    #expect(answers[0].answer.contains("Canyon de Chelly"), "\(answers[0].answer)")
  }

  /// The "I" of the lines under one that leads into a person's words ("Nick Keith said,") is
  /// that person, until the writer names anyone again.
  @Test func theLinesAfterALeadInSpeakAsThePerson() throws {
    let text = """
      Nick Keith joined a trade visit to Istanbul in February.

      Nick Keith said,

      The visit was fantastic. In particular, I have a further 2 meetings lined up with \
      companies.

      Ana Ruiz joined the visit too. I have 5 meetings lined up with buyers.

      """
    let answers = try replies(
      to: [
        "How many meetings does Nick Keith have lined up?",
        "How many meetings does Ana Ruiz have lined up?",
      ], aboutUncurated: text, named: "istanbul")
    #expect(answers[0].answer.contains("2"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
    #expect(answers[1].outcome != .answered || !answers[1].answer.contains("5"))
  }

  @Test func aNameOpeningWithEveryIsNoPersons() {
    #expect(!Entity.looksLikePersonName("Every Kid"))
    #expect(Entity.looksLikePersonName("Robyn Garrett"))
  }

  /// "L. Van Warren": a first initial before two full words; not before one ("E. Coli").
  @Test func aFirstInitialBeforeTwoNamesIsAPersons() {
    #expect(Entity.looksLikePersonName("L. Van Warren"))
    #expect(!Entity.looksLikePersonName("E. Coli"))
  }

  /// A letter signed off with a name ("Best Regards," over "J. Alan Porter PhD") speaks as
  /// that person in every line that says "I"; a letter signed by no one speaks as no one.
  @Test func aLetterSpeaksAsTheNameThatSignsItOff() throws {
    let body = """
      Field notes

      This is a copy of a letter sent by J. Alan Porter in 2004.

      I joined the county survey team in 1990. Later I mapped the northern marshes for the \
      county.

      """
    let question = "Did Alan Porter map the northern marshes?"
    let signed = try replies(
      to: [question], aboutUncurated: body + "Best Regards,\n\nJ. Alan Porter PhD\n",
      named: "notes")
    #expect(signed[0].answer.hasPrefix("Yes."), "\(signed[0].answer)")
    #expect(signed[0].citations.map(\.sentence) == [3], "\(signed[0].answer)")
    let unsigned = try replies(to: [question], aboutUncurated: body, named: "notes")
    #expect(unsigned[0].status != .answered, "\(unsigned[0].answer)")
  }

  /// Only a line that says "I" outside quotations is the signer's ("My neighbour … planted",
  /// "Frank Dunn told me, “I sold …”" are not); a chain of messages, and a sign-off of two
  /// names, give "I" to no one.
  @Test func aSignerSpeaksOnlyInTheirOwnI() throws {
    let orchard = try replies(
      to: [
        "Did J. Alan Porter sell the first harvest?", "Did J. Alan Porter plant the apple trees?",
        "Did J. Alan Porter plant the pear trees?",
      ],
      aboutUncurated: """
        A note on the orchard

        I planted the apple trees in 1979. My neighbour Maria Lopez planted the pear trees. \
        Frank Dunn told me, "I sold the first harvest."

        Sincerely,

        J. Alan Porter

        """, named: "orchard")
    #expect(orchard[0].status != .answered, "\(orchard[0].answer)")
    #expect(orchard[1].answer.hasPrefix("Yes."), "\(orchard[1].answer)")
    #expect(!orchard[2].answer.hasPrefix("Yes"), "\(orchard[2].answer)")
    let chain = try replies(
      to: ["Did Dana Whitfield book the town hall?"],
      aboutUncurated: """
        Re: Spring fair

        Hi Dana, I booked the town hall for April 12. I also paid the deposit. Thanks, Mark

        -----Original Message-----

        Mark, could you book the hall? I will order the tents.

        Best regards,

        Dana Whitfield

        """, named: "fair")
    #expect(chain[0].status != .answered, "\(chain[0].answer)")
    let two = try replies(
      to: ["Did Anna Kovacs repair the greenhouse roof?"],
      aboutUncurated: """
        Letter from the garden committee

        I repaired the greenhouse roof in May. I will host the autumn meeting at my house.

        Warm regards,

        Anna Kovacs and Peter Lindqvist

        """, named: "garden")
    #expect(two[0].status != .answered, "\(two[0].answer)")
  }
}
