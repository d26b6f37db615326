import Foundation
import Testing

@testable import DocentKit

/// A document's "he" and "she" stand for the person named before them, so a sentence that
/// calls her "she" answers a question that names her; and a follow-up's "she" stays with the
/// person the conversation is about.
@Suite struct ReferentTests {
  private static let text = """
    Dr. Maren Okafor is a geologist at the Tidewater Survey in Norfolk. \
    She grew up in Lagos and moved to Canada with her family when she was nine. \
    Her brother, Tobias Okafor, repairs fishing boats. \
    He learned the trade from an uncle. \
    At university she studied volcanic rocks from the Azores.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "profile")
  }

  @Test func aSentenceThatSaysSheAnswersForTheWomanNamedBefore() throws {
    let answers = try ask([
      "Which country did Maren Okafor move to?", "What did Maren Okafor study at university?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [5])
  }

  /// "This portal" stands for the portal the document named, as "the portal" does; not once
  /// "a rival portal" has brought in another, nor "that portal", as often another.
  @Test func thisStandsForWhatWasJustNamed() throws {
    let question = "What does the Harbour Atlas portal serve?"
    let named = try replies(
      to: [question],
      aboutUncurated: """
        Shop Notes

        The Harbour Atlas portal went online in 2019. \
        This portal serves tide maps to fishing crews.

        """, named: "shop")
    #expect(named[0].answer.lowercased().contains("tide maps"), "\(named[0].answer)")
    #expect(named[0].citations.map(\.sentence) == [2])
    let other = try replies(
      to: [question],
      aboutUncurated: """
        Shop Notes

        The Harbour Atlas portal went online in 2019. \
        A rival portal launched in 2020. \
        This portal serves tide maps to fishing crews. \
        That portal serves weather charts.

        """, named: "shop")
    #expect(other[0].outcome != .answered, "\(other[0].answer)")
  }

  /// "Altimont “Freddie” Butler" is also Freddie Butler, and Freddie; and "Butler" is that
  /// person, though "butler" is also a job.
  @Test func aNicknameInQuotesIsAnotherNameOfThePerson() throws {
    let answers = try replies(
      to: [
        "Where was Freddie Butler born?", "When did Freddie retire?",
        "When did Altimont Butler retire?",
      ],
      aboutUncurated: """
        Altimont “Freddie” Butler was born in Kingston, Jamaica. \
        When he was seventeen, Butler began his career with Harbour View. \
        Butler retired in 2000.

        """, named: "striker")
    #expect(answers[0].answer.hasPrefix("In Kingston"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("2000"), "\(answers[1].answer)")
    #expect(answers[2].answer.contains("2000"), "\(answers[2].answer)")
  }

  /// In the Butler article, "Butler" is Altimont Butler (a person, though "butler" is also a
  /// job): what a sentence says of "Butler" answers a question about him by his full name.
  @Test func aPersonsSurnameIsThePersonThoughItIsAJob() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind19/Knowledge")
    let answers = try replies(
      to: ["Where was Butler born?", "Which club did he start his career with at seventeen?"],
      knowledge: loadUnchecked(folder))
    #expect(answers[1].answer.contains("Harbour View"), "\(answers[1].answer)")
  }

  /// "He" in sentence 4 is Tobias, named last, not Maren, who was called "she".
  @Test func heIsNotTheWomanCalledShe() throws {
    let knowledge = try loadUncurated()
    let index = knowledge.base.sentenceIndex
    let sentences = knowledge.base.documents[0].sentences
    #expect(index.implied(in: sentences[1]).isSuperset(of: ["maren", "okafor"]))
    #expect(!index.implied(in: sentences[3]).isDisjoint(with: ["tobia", "tobias"]))
    #expect(!index.implied(in: sentences[3]).contains("maren"))
    // Sentence 3 names her brother after "Her": she, not he, is Maren.
    #expect(index.implied(in: sentences[2]).contains("maren"))
    // Sentence 1 names her itself.
    #expect(index.implied(in: sentences[0]).isEmpty)
  }

  private func loadUncurated() throws -> LoadedKnowledge {
    let folder = try uncuratedKnowledgeFolder(document: "profile", text: Self.text)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try loadUnchecked(folder)
  }

  /// A name that says it is an organization is no "he", however it is spelt out ("the United
  /// Nations Educational, Scientific, and Cultural Organization").
  @Test func anOrganizationIsNoHe() throws {
    let text = """
      Later, Ivo Brandt helped found UNESCO, the United Nations Educational, Scientific, and \
      Cultural Organization. A man of many interests, he was fascinated by ants.

      """
    let folder = try uncuratedKnowledgeFolder(document: "brandt", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let sentences = knowledge.base.documents[0].sentences
    let implied = knowledge.base.sentenceIndex.implied(in: sentences[1])
    #expect(implied.contains("brandt"), "\(implied)")
    #expect(!implied.contains("cultural"), "\(implied)")
  }

  /// An opening "It" stands for the first thing the sentence before named; "It is unclear"
  /// stands for nothing.
  @Test func anOpeningItIsTheThingNamedBefore() throws {
    let text = """
      Last year the Osprey Survey released a free app. Many sailors rely on Tidewatch. It tracks \
      storm surges along the coast. It is unclear who pays for the servers.

      """
    let folder = try uncuratedKnowledgeFolder(document: "app", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let index = knowledge.base.sentenceIndex
    let sentences = knowledge.base.documents[0].sentences
    #expect(index.implied(in: sentences[2]).contains("tidewatch"))
    #expect(index.implied(in: sentences[3]).isEmpty)
    let reply = try replies(to: ["What does Tidewatch track?"], knowledge: knowledge)[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [3])
  }

  /// An opening "This" or "These" stands for the first thing the sentence before named, as an
  /// opening "It" does: "This showed that …" after a sentence about the Carcass Drift Study.
  @Test func anOpeningThisIsTheThingNamedBefore() throws {
    let text = """
      The oil spill killed many birds in the northern Gulf. The Carcass Drift Study placed 248 \
      radio-tagged bird carcasses off-shore. This showed that only a small fraction of birds \
      that died on the water would ever reach the shore.

      """
    let folder = try uncuratedKnowledgeFolder(document: "birds", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let sentences = knowledge.base.documents[0].sentences
    #expect(knowledge.base.sentenceIndex.implied(in: sentences[2]).contains("drift"))
    let reply = try replies(to: ["What did the Carcass Drift Study show?"], knowledge: knowledge)[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer.contains("only a small fraction of birds"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [3])
  }

  /// "It was established …" is a deed done to the thing named before; "It was decided that …"
  /// stands for nothing.
  @Test func anOpeningItInThePassiveIsTheThingNamedBefore() throws {
    let text = """
      Birders visit Amurum every spring. It was established with the Leventis Institute. \
      Many sailors rely on Tidewatch. It was decided that the servers would move.

      """
    let folder = try uncuratedKnowledgeFolder(document: "reserve", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let index = knowledge.base.sentenceIndex
    let sentences = knowledge.base.documents[0].sentences
    #expect(index.implied(in: sentences[1]).contains("amurum"))
    #expect(index.implied(in: sentences[3]).isEmpty)
  }
}

/// "The portal" stands for the thing the document last called a portal beside its name, so a
/// sentence about "the portal" answers a question that names it.
@Suite struct DescribedReferentTests {
  private static let text = """
    The Lakeside Open Data portal went online in 2019. \
    The city also runs the Harbor Records archive. \
    The portal is maintained by Northwind Systems. \
    The archive is funded by the Lakeside Historical Society.

    """

  @Test func theNounThatCalledANamedThingStandsForIt() throws {
    let answers = try replies(
      to: [
        "Who maintains the Lakeside Open Data portal?",
        "Who funds the Harbor Records archive?",
        "Who funds the Lakeside Open Data portal?",
      ], aboutUncurated: Self.text, named: "lakeside")
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("Northwind Systems"), "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [4], "\(answers[1].answer)")
    // "The archive" is the Harbor Records archive, not the portal.
    #expect(answers[2].outcome == .refused(.notStated), "\(answers[2].answer)")
  }

  /// A name whose last word is a place, a building or a group of things ("Seacroft Forest
  /// Garden", "Wellcome Collection") is no one's, so no "he" or "they" of a follow-up is it;
  /// a surname that is also a word ("Jake Pickle", "Sarah Green") still is someone's.
  @Test func aNameEndingInAThingIsNoOnes() throws {
    #expect(!Entity.readsAsPersonName("Seacroft Forest Garden"))
    #expect(!Entity.readsAsPersonName("Wellcome Collection"))
    #expect(Entity.readsAsPersonName("Jake Pickle"))
    #expect(Entity.readsAsPersonName("Sarah Green"))
    let text = """
      The curator, Sjoerd Nauta, was offered a selection from the Wellcome Collection. \
      Nauta selected weapons from Africa for the museum.

      """
    let answers = try replies(
      to: ["Which curator was offered items from the Wellcome Collection?", "What did he pick?"],
      aboutUncurated: text, named: "museum")
    #expect(answers[1].citations.map(\.sentence) != [1], "\(answers[1].answer)")
  }

  /// "In what year did the library cancel its print runs?": "its" is the library's own, not
  /// the thing the conversation was about.
  @Test func aPossessiveAfterANounInTheQuestionIsThatNounsOwn() throws {
    let text = """
      The Harvard Depository holds millions of volumes. \
      The library decided to cancel print runs of law reporters in 2010.

      """
    let answers = try replies(
      to: [
        "How many volumes does the Harvard Depository hold?",
        "In what year did the library cancel its print runs of law reporters?",
      ], aboutUncurated: text, named: "depository")
    #expect(answers[1].answer.contains("2010"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// A later "he" stands for the person named last, who is often the one the deed was done to
  /// ("Lena Ortiz hired Paul Grant"), not for one a preposition puts first ("According to Tom
  /// Reed, Ann Moss …"). An opening "It" that stands for a thing does its deeds: "What does
  /// Minikin do?".
  @Test func theLastNamedIsTheOneLaterCalledHeOrShe() throws {
    let answers = try replies(
      to: [
        "When did Paul Grant become chief engineer?",
        "When did Lena Ortiz become chief engineer?", "When did Ann Moss retire?",
        "What does Minikin do?",
      ],
      aboutUncurated: """
        Court Notes

        Lena Ortiz hired Paul Grant in 2010. \
        He became the company's chief engineer in 2016. \
        According to Tom Reed, Ann Moss opened the museum in 1990. \
        She retired in 2004. \
        An interesting codebase is Minikin. \
        It powers text layout in the Android framework.

        """, named: "court-notes")
    #expect(answers[0].answer.contains("2016"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer.contains("2004"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [4], "\(answers[2].answer)")
    #expect(answers[3].answer.contains("text layout"), "\(answers[3].answer)")
    #expect(answers[3].citations.map(\.sentence) == [6], "\(answers[3].answer)")
  }
}
