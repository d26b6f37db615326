import Foundation
import Testing

@testable import DocentKit

/// Questions that word a role otherwise than the sentence does: "used for" against a purpose
/// ("used to restore"), "whose X Y" asking about the Y, a kind noun WordNet does not know
/// ("apps"), "is" against "will become", "Who is the N who …?" asking which N did it, and the
/// person a kind noun titles; a name in common words after a comma and "called", and no
/// statement for a name asked for; "What does X do?" by what X does; "Who is it for?" by the
/// people "for" takes; "where" by a place in common words; after "do", a noun that may be a
/// verb ("companies") is the subject.
@Suite struct RoleWordingTests {
  private static let text = """
    The Fenn Harbor Guild runs the old docks of Port Fenn. \
    The settlement money will be used to rebuild and repaint the north pier and any money left \
    over will be given to the lifeboat crew. \
    The harbor cat first appeared at the guild hall as Ada Lind's mascot in the guild newsletter. \
    Visitors are asked to download our apps like Tide Clock, Berth Finder and Fish Log. \
    Mara Quint will become the new Harbor Master in June. \
    We spoke with Port Fenn Academy science teacher Olen Brask, who led the survey of the pier. \
    The new crane, called tide lifter, moves boats onto the slipway. \
    Pilots are called to duty at every high tide. \
    The Tide Clock shows the hour of high water and warns pilots of storms. \
    Mr. Brask's survey of the pier found three cracked piles. \
    The night ferry is intended for dock workers and their families. \
    After the storm the pilots towed the old launch to the boat shed. \
    During the winter, companies pay a mooring fee to the guild.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "guild")
  }

  /// "What will X be used for?" is answered by the purpose right after the verb, up to the
  /// "and" that opens a clause of its own.
  @Test func usedForAsksForThePurposeAfterTheVerb() throws {
    let answers = try ask(["What will the settlement money be used for?"])
    #expect(
      answers[0].answer == "To rebuild and repaint the north pier.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "Whose newsletter mascot was the cat?" asks whose mascot: the noun before the verb.
  @Test func whoseAsksAboutTheLastNounBeforeTheVerb() throws {
    let answers = try ask(["Whose newsletter mascot was the harbor cat?"])
    #expect(answers[0].answer == "Ada Lind.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [3])
  }

  /// "apps" is no word of WordNet's: the documents' own word, kept as typed, and the kind the
  /// question asks for, so the items after "like" answer.
  @Test func aKindNounWordNetLacksAsksForTheListedItems() throws {
    let answers = try ask(["Which apps are visitors asked to download?"])
    #expect(answers[0].answer == "Tide Clock, Berth Finder and Fish Log.", "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("Taking"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }

  /// "Who is the new Harbor Master?" is said by "will become the new Harbor Master", which the
  /// parser reads as an object of "become".
  @Test func becomeLinksAsBeDoes() throws {
    let answers = try ask(["Who is the new Harbor Master?"])
    #expect(answers[0].answer.hasPrefix("Mara Quint will become"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
  }

  /// "Who is the teacher who led the survey?" asks which teacher led it: the person the kind
  /// titles, not the school named before the title.
  @Test func theOneARelativeClauseDescribesIsAskedAsWhichOne() throws {
    let answers = try ask(["Who is the teacher who led the survey?"])
    #expect(answers[0].answer == "Olen Brask.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [6])
  }

  /// "called tide lifter," after the thing's comma gives its name in common words.
  @Test func aNameInCommonWordsAfterACommaAndCalled() throws {
    let answers = try ask(["What is the new crane called?"])
    #expect(answers[0].answer == "Tide lifter.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [7])
  }

  /// "What is the slipway called?" is not answered by the crane's name in its sentence, nor
  /// "What are the pilots called?" by "Pilots are called to duty": the naming word says nothing
  /// of which thing is named, and a sentence that names nothing is no answer.
  @Test func aNameAskedForIsNotAnsweredByAnotherThingCalledToSomething() throws {
    let answers = try ask(["What is the slipway called?", "What are the harbor pilots called?"])
    #expect(answers[0].citations.isEmpty, "\(answers[0].answer)")
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
  }

  /// "What does the Tide Clock do?" is answered by the verb phrases of the clauses it is the
  /// subject of, and nothing else of the sentence.
  @Test func whatSomethingDoesIsWhatItsClausesSayItDoes() throws {
    let answers = try ask(["What does the Tide Clock do?"])
    #expect(
      answers[0].answer == "Shows the hour of high water and warns pilots of storms.",
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [9])
  }

  /// The doer must head the subject: "Mr. Brask's survey … found three cracked piles" says
  /// what the survey found, not what Brask did.
  @Test func aDeedIsNotTheDeedOfWhatTheDoerDescribes() throws {
    let answers = try ask(["What did Olen Brask do?"])
    #expect(!answers[0].answer.hasPrefix("Found"), "\(answers[0].answer)")
  }

  /// "Who is the night ferry intended for?" is answered by the people "for" takes after the
  /// question's verb, in common words: what the passive's clause says it is for.
  @Test func thePeopleThePrepositionTakesAnswerWho() throws {
    let answers = try ask(["Who is the night ferry intended for?"])
    #expect(
      answers[0].answer.hasSuffix("for dock workers and their families."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [11])
  }

  /// "Where …?" is answered by a place in common words ("to the boat shed"), the last word a
  /// kind of structure in WordNet, when the sentence holds the whole question.
  @Test func aPlaceInCommonWordsAnswersWhere() throws {
    let answers = try ask(["Where did the pilots tow the old launch after the storm?"])
    #expect(answers[0].answer == "To the boat shed.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [12])
  }

  /// "What do companies pay …?" asks what they pay: "companies", a verb in WordNet too, is the
  /// subject after "do", not the verb.
  @Test func aNounAfterDoIsTheSubject() throws {
    let answers = try ask(["What do companies pay the guild during the winter?"])
    #expect(answers[0].answer.contains("a mooring fee"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [13])
  }
}
