import Foundation
import Testing

@testable import DocentKit

/// What a thing is called, by "refers to … as"; what a short form means; where one finds a thing that is available somewhere; how long
/// a thing lasts, by a length that describes it; what follows a condition ("What if …?"); and
/// how a refusal of "Why do …?" reads.
@Suite struct NamingFindingAndLastingTests {
  private static let text = """
    Notes From the Field

    Recent academic literature refers to the Piedmont region as “Southern Forest”. \
    The Maricao forest, commonly known as the Monte del Estado, is surrounded by farms. \
    In the past several years we have been porting GIMP to a newer image processing engine \
    called GEGL. \
    The course leads to qualified teacher status (QTS) in England. \
    Participants are countries having signed the GBIF Memorandum of Understanding (MOU). \
    The union called a strike in May. \
    The anonymized data and R scripts are available in our assessment repository. \
    Foreign leaders addressed Congress in the House chamber. \
    Recognize the risk in participating in a one-year fellowship. \
    We put the entire book together in four months and had it ready for the Museums and Web \
    conference in April. \
    If you're Facebook friends with your coworkers, you can add a webcal feed of their \
    birthdays to your calendar. \
    As a growing community of 202 members across 42 countries, this year we hosted the \
    Business Meeting virtually. \
    He presented No Gobbledygook Awards monthly to federal employees who turned bureaucratic \
    messages into plain language. \
    The prize was given to Ada Byron in 1843. \
    Providing this kind of support system will encourage others to take this risk. \
    The basin is commonly referred to as the sub-basin. \
    Patients are referred to a specialist as soon as possible. \
    The flood data are not available in the city's online archive. \
    The festival report is available in English. \
    If you lose your card, do not call the branch. \
    The war lasted six long, bitter years. \
    Using a hammer was banned in 1990. \
    Using a saw, the men cut the tree. \
    The festival opened two days ago. \
    The meeting minutes are available in German. \
    The team's mascot is a bear named Bruno. \
    After two years of punishing war with Israel, the group is seeking support.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "field-notes")
  }

  private func ask(_ question: String) throws -> Reply { try ask([question])[0] }

  /// "refers to X as Y" and "X is referred to as Y" give a name, as "called" does.
  @Test(arguments: [
    ("What is the Piedmont region called?", "Southern Forest", 1),
    ("What is the basin called?", "The sub-basin", 16),
    ("What is the new engine called?", "GEGL", 3),
    ("What is the mascot's name?", "Bruno", 26),
  ])
  func aNameIsGivenByReferringOrKnowing(question: String, name: String, sentence: Int) throws {
    let reply = try ask(question)
    #expect(reply.status == .answered, "\(reply.answer)")
    #expect(reply.answer.hasPrefix(name), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// Calling a strike names nothing; an engine's name is no author's; being referred to a
  /// specialist "as soon as possible" names no specialist.
  @Test(arguments: [
    "What do people call the strike?", "What is the author's name?",
    "What is a specialist called?",
  ])
  func noNameOfAnotherThing(question: String) throws {
    let reply = try ask(question)
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// "What does QTS mean?" asks what the short form stands for; "here" asks nothing more; a
  /// name before the long form that gives none of its letters is no part of it.
  @Test(arguments: [
    ("What does QTS mean?", "QTS stands for qualified teacher status.", 4),
    ("What does MOU stand for here?", "MOU stands for Memorandum of Understanding.", 5),
  ])
  func aShortFormIsSpelledOut(question: String, answer: String, sentence: Int) throws {
    let reply = try ask(question)
    #expect(reply.answer == answer)
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// Where one finds a thing is where the sentence says it is available.
  @Test(arguments: [
    "Where can I find the anonymized data?", "Where can I download the R scripts?",
  ])
  func whereToFindIsWhereItIsAvailable(question: String) throws {
    let reply = try ask(question)
    #expect(reply.answer == "In our assessment repository.")
    #expect(reply.citations.map(\.sentence) == [7], "\(reply.answer)")
  }

  /// Finding out about a topic, or finding people, is no thing kept somewhere; a thing not
  /// available somewhere is not found there, nor is a report in a language.
  @Test(arguments: [
    "Where can I find out about foreign leaders?", "Where can I find foreign leaders?",
    "Where can I find the flood data?", "Where can I find the festival report?",
    "Where can I find the meeting minutes?",
  ])
  func findingOutAboutIsNotWhereAThingIs(question: String) throws {
    let reply = try ask(question)
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// A length of time said of the thing answers how long it lasts, with the words that
  /// describe it.
  @Test(arguments: [
    ("How long does the fellowship last?", "One-year", 9),
    ("How long did the war last?", "Six long, bitter years", 21),
    ("How long did the war with Israel last?", "Two years", 27),
  ])
  func aLengthOfTheThingSaysHowLongItLasts(question: String, answer: String, sentence: Int)
    throws
  {
    let reply = try ask(question)
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// The length of another deed is not how long the conference lasted, nor how long ago the
  /// festival opened; a count of countries before "this year" is no length of time.
  @Test(arguments: [
    "How long did the conference last?", "How long should a meeting last?",
    "How long did the festival last?",
  ])
  func anotherDeedsLengthIsNotHowLongItLasted(question: String) throws {
    let reply = try ask(question)
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// "What if …?" of the opposite condition is not answered, and its refusal says what
  /// happens; of the condition the sentence states, the whole sentence answers, whatever
  /// what follows the condition denies.
  @Test func whatIfNeedsTheSameCondition() throws {
    let replies = try ask([
      "What if I am not Facebook friends with my coworkers?",
      "What if I am Facebook friends with my coworkers?", "What if I lose my card?",
    ])
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(
      replies[0].answer
        == "The documents don't say what happens if I am not Facebook friends with my coworkers."
    )
    #expect(replies[1].answer.hasPrefix("If you're Facebook friends"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [11], "\(replies[1].answer)")
    #expect(replies[2].citations.map(\.sentence) == [20], "\(replies[2].answer)")
  }

  /// "Why use a hammer?" is refused as asked, "why to": a sentence that opens on the doing
  /// says what was done to it, not why one would do it.
  @Test(arguments: [
    ("Why use a hammer?", "The documents don't say why to use a hammer."),
    ("Why use a saw?", "The documents don't say why to use a saw."),
  ])
  func whyDoIsRefusedAsAsked(question: String, refusal: String) throws {
    let reply = try ask(question)
    #expect(reply.status != .answered, "\(reply.answer)")
    #expect(reply.answer == refusal)
  }
}
