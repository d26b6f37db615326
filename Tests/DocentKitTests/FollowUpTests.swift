import Foundation
import Testing

@testable import DocentKit

/// What "it", "they" and a first name stand for in a conversation about a document nobody
/// curated, and questions that ask what kind of thing something is.
@Suite struct FollowUpTests {
  private static let text = """
    The Lantern Guild is a registered charity based in Bergen, Norway. \
    The old lighthouse first opened in 1887 on the island of Fedje. \
    Ada Brekke repainted the lighthouse in 1990. \
    Years later, Ada trained new keepers for the guild. \
    The guild spends most of its IT budget on weather sensors. \
    After more than six months aboard the supply ship, the Lantern Guild volunteers came home.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "guild")
  }

  /// "it" in a question is the pronoun, not the acronym "IT" that the document names.
  @Test func lowerCaseItIsNotTheAcronym() throws {
    let answers = try ask(["What is The Lantern Guild?", "Where is it based?"])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("Bergen"))
  }

  /// A closing "that" stands for what the last answer stated, in the sentence it rested on:
  /// "Who said that?" asks who is quoted there, and nobody is when the sentence quotes no one.
  @Test func thatStandsForWhatTheLastAnswerStated() throws {
    let text = """
      “We have lost the ability to go back to paper,” said Andres Kutt, chief architect of the \
      records office. \
      The office moved every record online in 2005 because paper archives kept burning. \
      Mara Kivi led the office in 2005.

      """
    let answers = try replies(
      to: [
        "What have they lost the ability to do?", "Who said that?",
        "When did the office move every record online?", "Why did it do that?",
        "Who led the office in 2005?", "Who said that?",
      ], aboutUncurated: text, named: "records")
    #expect(answers[0].citations.map(\.sentence) == [1], "\(answers[0].answer)")
    #expect(answers[1].answer == "Andres Kutt.", "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
    #expect(answers[2].citations.map(\.sentence) == [2], "\(answers[2].answer)")
    #expect(answers[3].outcome == .answered, "\(answers[3].answer)")
    #expect(answers[3].answer.contains("because paper archives kept burning"))
    #expect(answers[3].citations.map(\.sentence) == [2])
    #expect(answers[4].citations.map(\.sentence) == [3], "\(answers[4].answer)")
    #expect(answers[5].outcome == .refused(.notStated), "\(answers[5].answer)")
  }

  /// A question that names nothing leaves what it asked about for "it" next.
  @Test func itStandsForWhatTheLastQuestionAskedAbout() throws {
    let answers = try ask(["When did the old lighthouse first open?", "Who repainted it?"])
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
    #expect(answers[1].answer.contains("Ada Brekke"))
  }

  /// The phrase is the question's subject: an object does not become "it".
  @Test func anObjectIsNotTheTopic() {
    let subject = Answerer.topic(in: QuestionText.tokens("Where did the old lighthouse open?"))
    #expect(subject.map { QuestionText.join($0.words) } == "the old lighthouse")
    #expect(subject?.isPlural == false)
    let object = Answerer.topic(in: QuestionText.tokens("Which company made the plush toys?"))
    #expect(object == nil)
    let verb = Answerer.topic(in: QuestionText.tokens("Why did the radio station pick a bird?"))
    #expect(verb.map { QuestionText.join($0.words) } == "the radio station")
    let plural = Answerer.topic(in: QuestionText.tokens("When were the lesson materials made?"))
    #expect(plural?.isPlural == true)
  }

  /// A question with no subject of its own ("Who repainted the old lighthouse?") leaves its
  /// object for "it" next, whether or not it was answered.
  @Test func itStandsForTheObjectOfAQuestionWithNoSubject() throws {
    let answers = try ask([
      "Who looks after the old lighthouse?", ":context", "When did it first open?",
    ])
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("it → the old lighthouse"), "\(answers[1].answer)")
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [2])
    #expect(answers[2].answer.contains("1887"))
  }

  /// A surname alone ("Powers") after the whole name ("Francis Gary Powers") is the same one,
  /// though nothing says he is a person: "he" next is him, not the Paris Summit.
  @Test func aSurnameAloneIsTheNameItEnds() throws {
    let text = """
      Francis Gary Powers flew a spy plane over the Soviet Union. After the Paris Summit \
      collapsed, Powers was exchanged for Rudolf Abel in 1962.

      """
    let answers = try replies(
      to: ["When was Powers exchanged?", ":context"], aboutUncurated: text, named: "spyplane")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].answer.contains("he/she → Francis Gary Powers"), "\(answers[1].answer)")
  }

  /// A word of order ("first") belongs to the phrase, and a verb after it ends it:
  /// "the big storm" of "Where did the big storm happen?", not "the big".
  @Test func theTopicKeepsItsOrderWordsAndStopsAtItsVerb() {
    let first = Answerer.topic(in: QuestionText.tokens("When did the first main shock hit?"))
    #expect(first.map { QuestionText.join($0.words) } == "the first main shock")
    let happen = Answerer.topic(in: QuestionText.tokens("Where did the big storm happen?"))
    #expect(happen.map { QuestionText.join($0.words) } == "the big storm")
    // A possessive goes on to what it has.
    let owned = Answerer.topic(
      in: QuestionText.tokens("What was the office's first website called?"))
    #expect(owned.map { QuestionText.join($0.words) } == "the office's first website")
  }

  /// A thing a name describes ("the Fedje ferry") is what "it" next stands for, not the name:
  /// "Who built it?" asks who built the ferry, not the first thing called Fedje.
  @Test func itIsTheThingANameDescribes() throws {
    let text = """
      The Fedje beacon was built in 1912 by the harbour board. \
      The Fedje ferry was built in 1950 by a shipyard in Bergen.

      """
    let answers = try replies(
      to: ["When was the Fedje ferry built?", ":context", "Who built it?"],
      aboutUncurated: text, named: "beacon")
    #expect(answers[1].answer.contains("it → the Fedje ferry"), "\(answers[1].answer)")
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [2])
    #expect(answers[2].answer.contains("shipyard"))
  }

  /// A name ending in a word for a writing ("Resource Handbook", "Information Catalog") is no
  /// person's, so "it" may stand for it; a surname that is also a word stays a person's.
  @Test func aWritingIsNoPerson() {
    let entity = { (name: String) in
      Entity(
        id: EntityID(rawValue: "auto-x"), kind: .thing, name: name, aliases: [], isCurated: false)
    }
    #expect(!entity("Resource Handbook").mayBePerson)
    #expect(!entity("Consumer Information Catalog").mayBePerson)
    #expect(entity("Lena Marsh").mayBePerson)
    #expect(entity("Ada Brekke").mayBePerson)
  }

  /// "that study" stands for the study the conversation last named (the Carcass Drift Study),
  /// not for any study; a name that ends in a deed ("Study") is no person's, so its first words
  /// are no given names a sentence may leave out.
  @Test func thatStudyIsTheStudyNamedLast() throws {
    let text = """
      The Carcass Drift Study placed 248 bird carcasses off-shore. The Searcher Efficiency \
      Study found efficiency varied by habitat. The Carcass Drift Study found that few birds \
      reached the shore.

      """
    let answers = try replies(
      to: [
        "How many bird carcasses did the Carcass Drift Study place?", "What did that study find?",
      ], aboutUncurated: text, named: "birds")
    #expect(answers[1].citations.map(\.sentence) == [3], "\(answers[1].answer)")
    #expect(answers[1].answer.contains("few birds reached the shore"))
    #expect(!Entity.readsAsPersonName("Carcass Drift Study"))
    #expect(Entity.readsAsPersonName("Lena Marsh"))
  }

  /// A name with a middle initial is a person's ("Ida B. Wells"), so "she" next is her, not the
  /// town the answer named ("In Holly Springs.").
  @Test func aMiddleInitialIsAPersonsName() throws {
    #expect(Entity.looksLikePersonName("Ida B. Wells"))
    #expect(Entity.looksLikePersonName("George R. Jackson"))
    #expect(!Entity.looksLikePersonName("B. Wells"))
    let text = """
      Journalist Ida B. Wells was born in Holly Springs, Mississippi, in July 1862. \
      In 1878, the death of her parents forced Wells to leave school at age 16 to care for her \
      five siblings. The town grew cotton.

      """
    let answers = try replies(
      to: ["Where was Ida B. Wells born?", "How many siblings did she care for?"],
      aboutUncurated: text, named: "wells")
    #expect(answers[1].answer.hasPrefix("Five siblings."), "\(answers[1].answer)")
  }

  /// "Ada" after "Ada Brekke" is Ada Brekke: one entity, and "she" follows her.
  @Test func aFirstNameAloneIsThePersonItStarts() throws {
    let knowledge = try loadUncurated()
    let names = knowledge.base.entities.map(\.name)
    #expect(names.contains("Ada Brekke"))
    #expect(!names.contains("Ada"))
    let answers = try ask(["Who did Ada train?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }

  /// "What kind of organisation is X?" asks what X is.
  @Test func whatKindOfThingAsksWhatItIs() throws {
    let answers = try ask(["What kind of organisation is The Lantern Guild?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[0].answer.contains("charity"))
  }

  /// "How many days" is not answered by another length of time: "more than six months" says
  /// how long, not how many days.
  @Test func howManyDaysWantsDays() throws {
    let answers = try ask([
      "How many days were the Lantern Guild volunteers aboard the supply ship?",
      "How long were the Lantern Guild volunteers aboard the supply ship?",
    ])
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("six months"))
  }

  private func loadUncurated() throws -> LoadedKnowledge {
    let folder = try uncuratedKnowledgeFolder(document: "guild", text: Self.text)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try loadUnchecked(folder)
  }

  /// "How many glaciers …?" asks about the glaciers: "them" next stands for them.
  @Test func themAfterHowManyIsWhatWasCounted() throws {
    let text = """
      The ice sheet of Greenland lost more ice than scientists thought. \
      The study, published on Jan. 17, covers 207 glaciers. \
      Of the 207 glaciers in the study, 179 retreated significantly since 1985.

      """
    let answers = try replies(
      to: [
        "How much ice did Greenland lose?", "How many glaciers does the study cover?",
        "How many of them retreated?",
      ], aboutUncurated: text, named: "ice")
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].answer.hasPrefix("179"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [3])
  }

  /// "the two of them" is more than one: not Ada alone, whom the last question named.
  @Test func theTwoOfThemIsNotTheOnePersonNamedLast() throws {
    let answers = try ask([
      "When did Ada Brekke repaint the lighthouse?", "Who trained the two of them?",
      "When did Ada Brekke repaint the lighthouse?", "Who taught both of them?",
    ])
    for answer in [answers[1], answers[3]] {
      #expect(!answer.answer.contains("Ada"), "\(answer.answer)")
      #expect(answer.citations.isEmpty, "\(answer.answer)")
    }
  }
}
