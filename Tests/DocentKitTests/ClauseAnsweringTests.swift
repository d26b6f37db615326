import Foundation
import Testing

@testable import DocentKit

/// Questions about a document nobody curated, answered from the clauses of its sentences.
@Suite struct ClauseAnsweringTests {
  private static let text = """
    The Millbrook council approved a new budget on Tuesday. Mayor Ana Ortiz said the plan \
    would fund two new schools. The library reopened in March after a flood closed it.

    """

  /// A knowledge folder with the bundled grammar and relations and one uncurated document.
  private func folder() throws -> URL {
    try uncuratedKnowledgeFolder(document: "millbrook", text: Self.text)
  }

  @Test func aWhQuestionIsAnsweredFromTheClauseThatStatesIt() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let answers = try replies(
      to: ["Who approved the budget?", "What did the council approve?", ":why"],
      knowledge: knowledge)
    #expect(answers[0].outcome == .answered)
    #expect(answers[0].answer == "The Millbrook council approved a new budget.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .answered)
    #expect(answers[1].answer.contains("a new budget"))
    #expect(answers[2].answer.contains("answered from the clause layer"))
  }

  /// A question of a common verb ("made") is answered by a clause of a way of doing it
  /// ("built"), whoever did it, named or not; a clause of another verb ("bought") says nothing
  /// of who made the thing.
  @Test func aCommonVerbQuestionTakesTheDoerOfAWayOfDoingIt() throws {
    let text = """
      A woman in Denmark built findtoilet.dk, which shows all the public toilets. \
      A city office bought harborpark.dk last year.

      """
    let answers = try replies(
      to: ["Who made findtoilet.dk?", "Who made harborpark.dk?"],
      aboutUncurated: text, named: "toilets")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "A woman in Denmark built findtoilet.dk.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// A word of a name the question uses is no verb of it: a clause the parser reads with "open"
  /// as its verb ("All CMS | open | via the CERN Open Data portal") does not say who develops
  /// the portal.
  @Test func aWordOfANameIsNoVerbOfTheQuestion() throws {
    let text = """
      Inventors developed workable telegraphs in several countries. All CMS open data are \
      released into the public domain under the Creative Commons CC0 waiver via the CERN Open \
      Data portal. The team developed new tools for teachers. Engineers developed a faster \
      detector. Students develop their own analyses.

      """
    let answer = try replies(
      to: ["Who develops the CERN Open Data portal?"], aboutUncurated: text, named: "cms")[0]
    #expect(answer.outcome == .refused(.notStated), "\(answer.answer)")
  }

  /// A noun's synonym is no clause's verb: "agenda" is also a "schedule", but a clause whose
  /// verb is "scheduling" does not say what was on the agenda. A verb's synonym still is one.
  @Test func aNounsSynonymIsNoVerbOfTheQuestion() throws {
    let text = """
      When scheduling a meeting with a calendar planner, close the planner within a week. \
      The club purchased a new boat in May.

      """
    let answers = try replies(
      to: ["What was on the meeting's agenda?", "What did the club buy?"], aboutUncurated: text,
      named: "club")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("a new boat"), "\(answers[1].answer)")
  }

  @Test(arguments: [
    "Who funded the library?", "Who approved the report?",
    "When did the council reject the budget?",
  ])
  func whatNoClauseStatesIsDeclined(question: String) throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder)
    let answer = try replies(to: [question], knowledge: knowledge)[0]
    #expect(answer.outcome == .refused(.notStated), "\(answer.answer)")
    #expect(answer.citations.isEmpty)
  }

  @Test func parsesAreKeptBesideTheDocumentsAndRedoneWhenItChanges() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let kept = folder.appendingPathComponent("\(KnowledgeLoader.parsesFolder)/millbrook.parses")
    _ = try loadUnchecked(folder)
    let first = try String(contentsOf: kept, encoding: .utf8)
    #expect(first.hasPrefix("docent-parses\t\(DocumentParses.format)\t"))
    let document = Document(id: "millbrook", text: Self.text)
    let read = try #require(DocumentParses(text: first, for: document))
    #expect(read.holds(for: document))
    #expect(read.linkages.count == 3)
    #expect(read.text == first, "reading and writing the kept parses is lossless")

    let changed = Self.text + "The council meets again in May.\n"
    try changed.write(
      to: folder.appendingPathComponent("documents/millbrook.txt"), atomically: true,
      encoding: .utf8)
    let reloaded = try loadUnchecked(folder)
    #expect(reloaded.freshlyParsed == ["millbrook"])
    let second = try String(contentsOf: kept, encoding: .utf8)
    #expect(second != first)
    #expect(DocumentParses(text: second, for: Document(id: "millbrook", text: changed)) != nil)
    #expect(try loadUnchecked(folder).freshlyParsed.isEmpty)
  }
}

/// A clause answer closes the bracket it opens, or leaves out what an unclosed one holds.
@Suite struct ClauseBracketTests {
  /// Blind27's Open Life Science award post: its sentence 2 ends "… to Open Life Science
  /// (OLS)."
  @Test func aClauseClosesTheBracketItOpens() throws {
    let knowledge = try loadUnchecked(
      packageRoot.appendingPathComponent("Tests/Evaluation/Blind27/Knowledge"))
    let answers = try replies(
      to: ["Which funder awarded Open Life Science the Open Research Fund?"],
      knowledge: knowledge)
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[0].answer.hasSuffix("Open Life Science (OLS)."), "\(answers[0].answer)")
  }

  @Test func anUnclosedBracketGoesWithWhatItHolds() {
    #expect(
      ClauseAnswerer.withoutUnclosedBracket("awarded the fund to Open Life Science (OLS")
        == "awarded the fund to Open Life Science ")
    #expect(
      ClauseAnswerer.withoutUnclosedBracket("a fund (2019) for us") == "a fund (2019) for us")
  }
}

/// A name with a number in it ("Crew-5") is held only whole: a sentence with another
/// "Crew-8" and a date "March 5" says nothing of it, as a fact or as a sentence.
@Suite struct NumberedNameTests {
  @Test func aNumberedNameIsHeldOnlyWhole() throws {
    let answers = try replies(
      to: ["When did Crew-5 launch?", "When did the Crew-7 mission lift off?"],
      aboutUncurated: """
        Crew-7 returns

        The Crew-7 mission lifted off on Aug. 26, 2023. The Dragon spacecraft also supported \
        the Crew-3 and Crew-5 missions. The Crew-7 flight follows the Crew-8 launch, which \
        docked to the station March 5.

        """, named: "crew")
    #expect(answers[0].answer == "The documents don't say when Crew-5 launched.")
    #expect(answers[1].answer.hasSuffix("Aug. 26, 2023."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
  }

  /// A sentence that holds the name by its opening "It" need not write it.
  @Test func aNumberedNameHeldByItsPronounNeedNotBeWritten() throws {
    let answers = try replies(
      to: ["When did Crew-5 dock to the space station?"],
      aboutUncurated: """
        Crew-5

        The Crew-5 mission launched on Oct. 5, 2022. It docked to the space station on Oct. 6. \
        The crew spent 157 days in orbit.

        """, named: "crew")
    #expect(answers[0].answer.hasSuffix("Oct. 6."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// The uncurated NASA release of the evaluation sets, whose sentence 24 holds "Crew",
  /// "launch" and "March 5": the sentence layer does not take them for Crew-5 either.
  @Test func aSentenceHoldsANumberedNameOnlyWhole() throws {
    let knowledge = try loadUnchecked(
      packageRoot.appendingPathComponent("Tests/Evaluation/Uncurated/Knowledge"))
    let answers = try replies(to: ["When did Crew-5 launch?"], knowledge: knowledge)
    #expect(answers[0].answer == "The documents don't say when Crew-5 launched.")
  }

  /// A name the documents write with its number, though no entity of theirs ("Crew-8" of the
  /// NASA release's "the Crew-8 launch"), is no unknown name: the sentence that writes it
  /// answers.
  @Test func aNumberedNameTheTextWritesIsNoUnknownName() throws {
    let knowledge = try loadUnchecked(
      packageRoot.appendingPathComponent("Tests/Evaluation/Uncurated/Knowledge"))
    let answers = try replies(to: ["When did Crew-8 dock to the station?"], knowledge: knowledge)
    #expect(answers[0].answer.hasSuffix("March 5."), "\(answers[0].answer)")
    #expect(answers[0].citations.first?.sentence == 24)
  }
}
