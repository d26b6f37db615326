import Foundation
import Testing

@testable import DocentKit

/// A question in other words than its sentence's, answered when WordNet says they mean the
/// same; and the near misses that must still be declined: another verb, a synonym for a yes, a
/// speaker for a doer, a likeness for a place, a reference nothing names.
@Suite struct ParaphraseTests {
  private static let text = """
    Ton Roosendaal founded the Blender Foundation in March 2002. \
    He moved the studio to Amsterdam in 1990. \
    “We make better tools every year,” said Walker Hale. \
    Material found between stars gives the team insight. \
    Batalha’s work explores planets similar to Earth. \
    The Kestrel balloon was launched in December 2023 from McMurdo Station in Antarctica. \
    A second balloon, the Arrow, was launched from Sweden. \
    The studio created short films for the museum. \
    After years of work, Mozilla 1.0, the first major version, was released in June 2002. \
    The satellite CloudSat was launched with the satellite CALIPSO in April 2006. \
    The Kestrel balloon first appeared over Hobart in Tasmania.

    """

  /// The replies to `questions`, asked as one conversation about the text, uncurated.
  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "studio")
  }

  /// "Where does she work?" asks for her place of work: where the documents give no place for
  /// her, the description that names her employer answers.
  @Test func whereSomeoneWorksIsTheirDescription() throws {
    let text = """
      Dr. Lena Ortiz, an astronomer at the Kestrel Observatory in Chile, studies comets. \
      The Kestrel Observatory opened in 1998.

      """
    let answers = try replies(
      to: ["Where does Lena Ortiz work?", "Where does she work?"], aboutUncurated: text,
      named: "comets")
    for answer in answers {
      #expect(answer.outcome == .answered, "\(answer.answer)")
      #expect(answer.answer.contains("an astronomer at the Kestrel Observatory"))
      #expect(answer.citations.map(\.sentence) == [1])
    }
  }

  /// A verb no document uses ("insist") does not by itself make a question one the documents
  /// leave open, as a noun no document uses does: the sentence may say it in other words.
  @Test func aVerbTheDocumentsLackMayBeSaidOtherwise() throws {
    let text = """
      The team chose open software for the relays because it wanted anyone to check the code. \
      The network grew to a dozen nodes by 2003. Most nodes were in the United States. \
      One node ran in Germany. Volunteers ran the nodes. A foundation was set up in 2006. \
      Its first director came from a university. The budget grew every year. \
      Grants paid for new tools. Activists used the tools abroad.

      """
    let answers = try replies(
      to: [
        "Why did the team insist on open software?", "Why did the team insist on a larger budget?",
      ],
      aboutUncurated: text, named: "relays")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "Who makes …?" is answered by a sentence whose verb is a way of making ("fabricated"),
  /// not by one whose verb merely shares a sense with the common verb ("led" with "take" of
  /// "take over"); and the names a question gives, with a verb between them, are no answer.
  @Test func aCommonVerbIsSaidByAWayOfDoingIt() throws {
    let text = """
      The lab's balloons are fabricated by Aerostar in South Dakota. \
      Ian Murdock founded Debian in August 1993 and led it until March 1996. \
      Bruce Perens led Debian from April 1996 until December 1997. \
      The leadership passed to a committee in 1998.

      """
    let answers = try replies(
      to: ["Who makes the lab's balloons?", "Who took over the leadership after Ian Murdock?"],
      aboutUncurated: text, named: "lab")
    // The clause layer answers, with the verb the sentence uses.
    #expect(answers[0].answer == "The lab's balloons are fabricated by Aerostar.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "Become", a verb that only links its subject to what it is, may go unsaid, like "be", in
  /// a question that names what the sentence is about.
  @Test func aLinkingVerbMayGoUnsaid() throws {
    let text = """
      The gopher first appeared on a radio station T-shirt in New Jersey. \
      The gopher next made an appearance at Bell Labs, as Bob Flandrena's avatar in the mail \
      system. In 2009 the project adopted the gopher as its mascot. The mascot appeared at \
      every conference after that. A plush toy followed in 2011. A vinyl figure was made later. \
      The designs are copyrighted. Stores sell the toys. Fans draw their own versions. \
      The artist still draws new ones.

      """
    let answers = try replies(
      to: ["Whose avatar did the gopher become at Bell Labs?"], aboutUncurated: text,
      named: "gopher")
    #expect(answers[0].answer == "Bob Flandrena.")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// A yes or no whose verb the sentence says in other words ("drive" by "operate") is
  /// answered from it, here No from its negation; another verb ("sell") leaves it open.
  @Test func yesOrNoWithItsVerbInOtherWords() throws {
    let text = """
      You can't use your Social Security number to operate a car. \
      The card was first issued in 1936. Residents renew passports online. \
      The agency opened an office in every state. Workers pay into the fund each month.

      """
    let answers = try replies(
      to: [
        "Can you use your social security number to drive a car?",
        "Can you use your social security number to sell a car?",
      ], aboutUncurated: text, named: "card")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  @Test func aVerbInOtherWordsAnswers() throws {
    let answers = try ask(["When was the Blender Foundation created?", ":why"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "March 2002.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("not in it: “created”"), "\(answers[1].answer)")
  }

  /// A common noun is also said by the noun right above its commonest sense in WordNet:
  /// "buildings" by "structures".
  @Test func aNounIsSaidByTheKindAboveIt() throws {
    let text = """
      The first quake struck the valley in 1811. \
      It caused only slight damage to structures because few people lived there. \
      The second quake came a month later.

      """
    let answer = try replies(
      to: ["Why did the first quake cause only slight damage to buildings?"],
      aboutUncurated: text, named: "quakes")[0]
    #expect(answer.outcome == .answered, "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [2])
    #expect(answer.answer.contains("because few people lived there"), "\(answer.answer)")
  }

  /// A refusal says the question back in the past tense only of its verb: "slight" in "did the
  /// quake cause only slight damage" is an adjective, never "slighted".
  @Test func aRefusalInflectsNoAdjective() throws {
    let answer = try replies(
      to: ["Why did the quake cause only slight damage to the bridge?"],
      aboutUncurated: "The first quake struck the valley in 1811.\n", named: "quakes")[0]
    #expect(answer.outcome == .refused(.notStated), "\(answer.answer)")
    #expect(!answer.answer.contains("slighted"), "\(answer.answer)")
  }

  /// A verb with its particle means what WordNet says the phrase means: "show up" is a way to
  /// "appear". A refusal never reads the particle as the verb ("show uped").
  @Test func aPhrasalVerbMeansWhatThePhraseMeans() throws {
    let answers = try ask([
      "Where did the Kestrel balloon first show up?", "Where did the Arrow first show up?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [11])
    #expect(answers[0].answer.contains("Tasmania"), "\(answers[0].answer)")
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
    #expect(!answers[1].answer.contains("uped"), "\(answers[1].answer)")
  }

  /// "Come out" is a verb of many senses in an idiom: the sentence that tells of Mozilla 1.0's
  /// release, and of nothing else, answers when it came out.
  @Test func anIdiomOfASlightVerbIsLeftToTheRestOfTheQuestion() throws {
    let answer = try ask(["When did Mozilla 1.0 come out?"])[0]
    #expect(answer.outcome == .answered, "\(answer.answer)")
    #expect(answer.answer == "June 2002.")
    #expect(answer.citations.map(\.sentence) == [9])
  }

  /// A word mostly used to describe ("together", "roughly", "first") counts for less: the
  /// sentence may say the rest without it.
  @Test func aDescribingWordCountsForLess() throws {
    let answer = try ask(["Which satellite was launched together with CloudSat?"])[0]
    #expect(answer.outcome == .answered, "\(answer.answer)")
    #expect(answer.answer.contains("CALIPSO"), "\(answer.answer)")
    #expect(answer.citations.map(\.sentence) == [10])
  }

  @Test(arguments: [
    // Another verb: moving it is not founding it.
    "When did Ton Roosendaal move the Blender Foundation?",
    // The speaker of a quote did not do what it tells of.
    "Who makes better tools?",
    // "found" in "material found between stars" is no discovery: a yes needs the word's own
    // family.
    "Has the team made any discoveries?",
    // "similar to Earth" is a likeness, and "Batalha's work" no place of work.
    "Where does Batalha work?",
    // An idiom of a slight verb may go unsaid, but the rest of the question must still hold
    // most of its weight: the balloon's name alone does not make its launch the day it came
    // down.
    "When did the Kestrel come down?",
  ])
  func aNearMissIsDeclined(question: String) throws {
    let answer = try ask([question])[0]
    #expect(answer.outcome != .answered, "\(answer.answer)")
  }

  @Test func whoSaidAQuoteIsItsSpeaker() throws {
    let answer = try ask(["Who said we make better tools every year?"])[0]
    #expect(answer.outcome == .answered, "\(answer.answer)")
    #expect(answer.answer.hasPrefix("Walker Hale said:"))
  }

  /// "When and where" asks twice; "that one" refers to something nothing names.
  @Test func whenAndWhereAskTwiceAndThatOneNeedsAName() throws {
    let answers = try ask([
      "When and where was the Kestrel balloon launched?",
      "Was that one also launched from Antarctica?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("In December 2023.\n"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [6])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// A British spelling ("organised") finds the family WordNet knows of the American one: the
  /// organizer of a club organised it.
  @Test func aBritishSpellingHasTheAmericanFamily() throws {
    let text = """
      Lena Ortiz is a founder and organizer of the Harbor Data Club and the Tampa Chess Circle.

      """
    let answers = try replies(
      to: ["Which clubs has Lena Ortiz founded or organised?"], aboutUncurated: text,
      named: "ortiz")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "Was it judged a success?" asks what the text holds it to be: "it was a great success"
  /// says yes; a sentence that does not say success says nothing.
  @Test func aVerbOfJudgingInThePassiveIsWhatTheTextSaysItIs() throws {
    let text = """
      The mapping workshop ran for two weeks in March. Overall, the workshop was a great \
      success.

      """
    let answers = try replies(
      to: ["Was the workshop judged a success?", "Was the workshop judged a failure?"],
      aboutUncurated: text, named: "harbor")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(!answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// "According to FEMA's alert, …" names no source by a name: something of FEMA's, which the
  /// question is read with, after what it asks.
  @Test func aSourceOfANamesIsReadAfterTheQuestion() throws {
    let text = """
      The Kestrel Harbor Office issued an alert stating that flooding is a public safety \
      matter. The Kestrel Harbor Office also runs the ferry.

      """
    let answers = try replies(
      to: [
        "What ferry times are there?",
        "According to Kestrel Harbor Office's alert, what kind of issue is flooding?",
      ], aboutUncurated: text, named: "kestrel")
    #expect(answers[1].answer.contains("public safety matter"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
  }
}
