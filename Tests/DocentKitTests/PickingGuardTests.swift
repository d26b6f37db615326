import Foundation
import Testing

@testable import DocentKit

/// Guards on what picks out the thing asked about: an order ("the first crate"), a unit of time
/// ("on what dates"), the one who did a deed rather than what it was done to, and a clause that
/// only purports to be so.
@Suite struct PickingGuardTests {
  private static let text = """
    Inspectors at the Port of Tacoma opened a crate of lizards on March 3. \
    On May 9, they found a second crate holding 14 more lizards. \
    A third crate, found a week later, held nine geckos. \
    The Harbor Film Festival took place this year in Duluth. \
    To promote it, we built a website to deliver a better Gatepass experience. \
    Nadia Orr and two volunteers delivered the printed programs. \
    The port's records purport to be complete but are, in fact, missing two years. \
    We thank the volunteers.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "port")
  }

  /// A line of nothing but the question's names says nothing of them, and a line that says
  /// how ("how we equip ourselves …") names no one a "who" asks for.
  @Test func aLineOfNamesOrOfHowAnswersNoOne() throws {
    let text = """
      Harbor Resources

      how we equip ourselves to handle a storm

      Resources are kept at the office.

      Our partners

      Harbor Watch Group

      The dock crew

      Contact

      Call the office in a storm.

      """
    let answers = try replies(
      to: ["Who are the harbor resources meant for?", "What will the Harbor Watch Group do?"],
      aboutUncurated: text, named: "storms")
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }

  /// A word the documents never use may describe a word they do ("the salvage crew"): the rest
  /// of the question still asks what a sentence says. Not when it is the thing asked about
  /// ("the crew's budget").
  @Test func anUnknownWordThatDescribesIsNoUnknownThing() throws {
    let text = """
      The harbor crew repaired 12 wooden docks in the spring. \
      The crew works for the port. \
      Ferries leave the port every hour. \
      Fishing boats return at dawn. \
      The lighthouse was painted white last year. \
      Visitors may walk on the north pier. \
      The market opens on Saturdays. \
      Storms close the harbor a few days each winter.

      """
    let answers = try replies(
      to: [
        "How many wooden docks did the salvage crew repair in the spring?",
        "What is the harbor crew's budget?",
      ], aboutUncurated: text, named: "docks")
    #expect(answers[0].answer.hasPrefix("12 wooden docks."), "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// A "who" is no place: neither one the sentence calls a place ("in the city of Suzhou") nor
  /// one WordNet knows only as a place ("China's imperial history").
  @Test func aPlaceIsNoOneWhoDidIt() throws {
    let text = """
      The two maps were printed between 1812 and 1826 in the city of Suzhou, one of the centers \
      of much of China's imperial history.

      """
    let answers = try replies(
      to: ["Who printed the two maps?"], aboutUncurated: text, named: "maps")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// "The first crate" is not the second: a sentence that does not say which in order it
  /// speaks of does not answer.
  @Test func anOrderPicksOneOfSeveral() throws {
    let answers = try ask([
      "How many lizards were in the first crate?", "How many lizards were in the second crate?",
    ])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("14"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "On what dates …?" asks for days, as "On what date …?" does: "this year" is none.
  @Test func datesAskForDays() throws {
    let answers = try ask(["On what dates did the Harbor Film Festival take place?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }

  /// "to deliver a better Gatepass experience": Gatepass is what was delivered, not who did.
  @Test func aNameInWhatWasDoneDidNotDoIt() throws {
    let answers = try ask(["Who delivered the website?", "Who delivered the printed programs?"])
    #expect(!answers[0].answer.contains("Gatepass"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Nadia Orr"), "\(answers[1].answer)")
  }

  /// What only purports to be so is not said to be so.
  @Test func whatPurportsToBeSoIsNoYes() throws {
    let answers = try ask(["Are the port records complete?"])
    #expect(!answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
  }

  /// A name that only describes the noun after it is no place ("in the R ecosystem"), nor is
  /// a name that goes on a longer one ("the Convention on International Trade in Endangered
  /// Species"); a place after a comma still is ("director of the Centre for Reef Studies, in
  /// Ramallah").
  @Test func aNameInsideAnotherIsNoPlace() throws {
    let text = """
      I had the opportunity to receive the scholarship to attend Posit::Conf, one of the most \
      important international conferences in the R ecosystem. \
      Mexican box turtles are listed under Appendix II of the Convention on International \
      Trade in Endangered Species of Wild Fauna and Flora (CITES). \
      Hani Sabbagh is director of the Centre for Reef Studies, in Ramallah.

      """
    let answers = try replies(
      to: [
        "Where was Posit::Conf?",
        "In which Mexican states do Mexican box turtles live in the wild?",
        "Where is the Centre for Reef Studies?",
      ], aboutUncurated: text, named: "notes")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
    #expect(answers[2].answer == "In Ramallah.", "\(answers[2].answer)")
  }

  /// A count answers with less of the question than other answers do, but not lacking two of
  /// its words: the turtles uncovered are not how many are left in the wild.
  @Test func aCountLackingTwoWordsIsNoAnswer() throws {
    let text = """
      Inspectors at the Port of Memphis opened a box from Mexico. \
      This time, they uncovered 16 Mexican box turtles, also wrapped in socks and trapped in \
      duct tape. \
      The turtles are listed under the Convention on International Trade in Endangered Species \
      of Wild Fauna and Flora. \
      In the wild, the turtles live in eastern Mexico. \
      Officials left the port at noon.

      """
    let answers = try replies(
      to: [
        "How many Mexican box turtles are left in the wild?",
        "How many Mexican box turtles did the inspectors uncover?",
      ], aboutUncurated: text, named: "turtles")
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer.contains("16"), "\(answers[1].answer)")
  }
}

/// What a sentence sets beside a name between commas says what it is.
@Suite struct AppositiveDefinitionTests {
  @Test func anAppositiveSaysWhatANameIs() throws {
    let text = """
      In November 2024, we presented ARcenso at LatinR, the Latin American conference on the \
      use of R in research and development. \
      Later that year, Hamas, the PA and Fatah met in Cairo.

      """
    let answers = try replies(
      to: ["What kind of conference is LatinR?", "What is Hamas?"], aboutUncurated: text,
      named: "notes")
    #expect(answers[0].answer.contains("Latin American conference"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(!answers[1].answer.contains("PA and Fatah"), "\(answers[1].answer)")
  }

  /// "Who led the final session?" is not answered by a clause about "four sessions": the clause
  /// must say "final" (or "last") too. And "Which four countries …?" asks for countries, which
  /// a clause that names none does not give.
  @Test func theClauseLayerKeepsTheOrderAndTheKindAskedFor() throws {
    let text = """
      The Camp

      codeGUILD helps high school students start coding clubs.

      codeGUILD's coding clubs serve high school students, aged 13-18, who are interested in \
      learning coding at their schools. codeGUILD currently serves approximately 1,500 students \
      in 47 schools across 11 states and 4 countries.

      Summer 2015: codeGUILD runs four sessions of Code Camp, its 2 week summer program, to test \
      new curriculum and a redesigned club experience.

      The final session is led by high school club leaders from a guide created during the \
      previous sessions.

      """
    let answers = try replies(
      to: [
        "Who led the final Code Camp session?",
        "Which four countries have codeGUILD clubs?",
        "Who runs the Code Camp sessions?",
      ], aboutUncurated: text, named: "camp")
    #expect(!answers[0].answer.contains("GUILD runs"), "\(answers[0].answer)")
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
    #expect(answers[2].answer.contains("GUILD runs"), "\(answers[2].answer)")
  }
}
