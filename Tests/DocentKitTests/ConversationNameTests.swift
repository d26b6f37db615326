import Foundation
import Testing

@testable import DocentKit

/// Who "he", "she" and "it" stand for after questions that name people by part of their name,
/// things that only read like names, and things a place name locates.
@Suite struct ConversationNameTests {
  private static let text = """
    Lena Vos was born in Arden in 1871. \
    In 1890 Vos lived in Memphis. \
    In 1892 she wrote a pamphlet about the Tide Act, called Kelvor Tides, and put it out in \
    New York. \
    Vos later lectured in Norway and Denmark about the harbors. \
    In 1895, Vos called for a boycott of the Arden fair because its planners barred women. \
    The Export Review Office helped Nick Keith plan his first trip to Oslo. \
    He was advised to print the pamphlet in English. \
    Anna Lind built the first house at Brekke in 1864 using granite from the quarry. \
    Brekke was built by fishermen in 1700. \
    The Harbor Building opened in 1880. \
    Tom Hale ran the Harbor Building for ten years. \
    Nick Keith will stage a seminar at the Customs Hall for Brekke companies in October.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "vos")
  }

  /// "her pamphlet about the Tide Act" names no one "her" can be: "her" is still Lena Vos, and
  /// "she" next is not the pamphlet's title.
  @Test func aPossessiveIsTheOwnersWhenTheNameIsAThing() throws {
    let answers = try ask([
      "When was Lena Vos born?", "What was her pamphlet about the Tide Act called?",
      "Why did she call for a boycott of the Arden fair?",
    ])
    #expect(answers[1].answer.contains("Kelvor Tides"), "\(answers[1].answer)")
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [5])
  }

  /// "Keith" alone is Nick Keith, whom "he" next stands for, though the question was not
  /// answered; "his export …" in lower case names no "Export Review Office".
  @Test func aSurnameAloneIsTalkedAbout() throws {
    let answers = try ask(["Who helped Keith plan his export trip?", "What was he advised to do?"])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [7])
  }

  /// "Brekke" only describes the companies: "it" after a question about a seminar for Brekke
  /// companies is the seminar.
  @Test func aNameThatDescribesANounIsNoIt() throws {
    let answers = try ask([
      "When is Keith planning to hold a seminar for Brekke companies?", "Where will it be held?",
    ])
    #expect(answers[1].answer.contains("Customs Hall"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [12])
  }

  /// "put it out" is to publish, not the verb of every use "put": a sentence that says where
  /// she lived but not that she put anything out does not answer.
  @Test func aVerbWithItsParticleIsNoLightVerb() throws {
    let answers = try ask([
      "When was Lena Vos born?", "Which city was she living in when she put it out?",
    ])
    #expect(!answers[1].answer.contains("Memphis"), "\(answers[1].answer)")
  }

  /// "the Harbor Building" reads like a name of two words, but both are common words that name
  /// no one: "he" after a question about who ran it is the man who did.
  @Test func aNameOfCommonWordsIsNoPerson() throws {
    let answers = try ask([
      "Who ran the Harbor Building?", "How long did he run it?", ":context",
    ])
    #expect(answers[0].answer.contains("Tom Hale"), "\(answers[0].answer)")
    #expect(answers[2].answer.contains("he/she → Tom Hale"), "\(answers[2].answer)")
  }

  /// "the first house at Brekke" is what "it" next stands for, not Brekke.
  @Test func aThingAPlaceLocatesIsTheTopic() throws {
    let answers = try ask(["When was the first house at Brekke built?", ":context"])
    #expect(answers[0].citations.map(\.sentence) == [8])
    #expect(answers[1].answer.contains("it → the first house at Brekke"), "\(answers[1].answer)")
  }

  /// "How long has it been since …" measures time: its "it" stands for nothing the
  /// conversation named, and "closely" is said by "closest".
  @Test func itHasBeenSinceIsNoPronoun() throws {
    let answers = try replies(to: [
      "What did Daraghmeh compare the Palestinian Authority to?",
      "How long has it been since Hamas and Fatah coordinated this closely?",
    ])
    #expect(answers[1].answer.contains("18 years"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [27])
  }

  /// "lectured in Norway and Denmark": the answer names both countries, not the first.
  @Test func namesJoinedInAListAnswerTogether() throws {
    let answers = try ask(["Which countries did Vos lecture in?"])
    #expect(answers[0].answer == "Norway and Denmark.", "\(answers[0].answer)")
  }

  /// A word of a title-case heading ("Getting Started in …") is no name a question typed in
  /// lower case names: "Who started the project?" leaves "they" for the project.
  @Test func aCommonWordTypedInLowerCaseNamesNoHeadingWord() throws {
    let text = """
      Getting Started in the Maritime Humanities with Harbour Mapping and the Harbour Atlas Project

      In 2013, the Alder Harbor Office began the Harbour Atlas Project to collect old charts.

      """
    let answers = try replies(
      to: ["Who started the Harbour Atlas Project?", "When did they start it?"],
      aboutUncurated: text, named: "atlas")
    #expect(!answers[1].answer.contains("Started"), "\(answers[1].answer)")
  }
}
