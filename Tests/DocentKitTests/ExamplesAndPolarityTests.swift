import Foundation
import Testing

@testable import DocentKit

/// Requests for examples ("Give an example of …", "What examples of … are given?", "Which … is
/// given as an example?", "Name some of the …"), answered by the examples a sentence gives of
/// that kind of thing; and yes or no where the parser left a "not" off its clause, or where the
/// clause says what will eventually be; what stands at a place; in which things, where the
/// preposition the question asks with opens no phrase of that kind; what else there is "apart from" a
/// thing; and why, "by nature of" a thing.
@Suite struct ExamplesAndPolarityTests {
  private static let text = """
    Field Notes

    The Piedmont does have open habitats such as the Piedmont Hardpan Forest dependent on \
    specific soil types. \
    Examples of such work or tasks that dogs perform include guiding people who are blind, \
    alerting people who are deaf, and pulling a wheelchair. \
    When working with hard plastics like PS they will come out with a smooth surface. \
    The committee also holds keys for project resources and assets like artifact \
    repositories, build and test infrastructure, web sites, blogs, social-media accounts, etc. \
    While some security practices, such as having a good off-site backup policy, are helpful \
    against both digital and physical threats, others are clearly more specific. \
    Change hardware and other storage media (such as paper, magnetic tape, etc.) to avoid \
    degradation. \
    Check that there are no outstanding liabilities to be discharged (e.g. refunds). \
    The Guild is not a money making venture but a philanthropy on business principles. \
    The Horizon Guild, which will eventually be incorporated, proposes to present pageants. \
    This sequence proceeds in order from the bottom to the top of the ladder. \
    These layers sit between the quantities in the models (at the bottom of the pyramid) and \
    the surveillance data. \
    A complete list of station classes is available in the club's rules. \
    Box turtles are found only in eastern Mexico within the states of San Luis Potosi, \
    Tamaulipas and Veracruz. \
    Each year students obtain training in conservation biology, statistics and GIS. \
    Americans lacked a strong culture, in Emerson's day, by nature of its youth. \
    Banned items include fireworks and gas cylinders. \
    Noisy activities such as phone calls and music are not permitted in the quiet zone. \
    Students like quiet rooms. \
    Note for parents: children under eight must be accompanied by an adult. \
    The price includes breakfast. \
    The library lends not just books but also tools. \
    The shop will be closed on Sundays. \
    On top of the tower is a brass bell. \
    Flours such as rye, spelt and whole wheat give the bread a deeper flavor. \
    Clara studied in Vienna, the capital city of Austria.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "field-notes")
  }

  private func ask(_ question: String) throws -> Reply { try ask([question])[0] }

  /// What a request reads as the kind of its examples and what they are examples of.
  @Test(arguments: [
    (
      "Give an example of an open habitat that depends on particular soils.", "",
      "an open habitat that depends on particular soils"
    ),
    (
      "Can you give me some examples of the tasks such dogs perform?", "",
      "the tasks such dogs perform"
    ),
    ("What's an example of data that has to be kept?", "", "data that has to be kept"),
    ("What examples of those media are given?", "", "those media"),
    (
      "What examples are given of data that can't easily be regenerated?", "",
      "data that can't easily be regenerated"
    ),
    ("Which plastic is given as an example of a hard plastic?", "plastic", "a hard plastic"),
    (
      "Name some of the assets the committee holds the keys for.", "",
      "assets the committee holds the keys for"
    ),
    (
      "Give one example the policy lists of a conflict of interest.", "",
      "a conflict of interest"
    ),
  ])
  func requestsAreRead(question: String, kind: String, topic: String) throws {
    let request = try #require(ExampleRequest(QuestionText.tokens(question)))
    #expect(QuestionText.join(request.kind) == kind)
    #expect(QuestionText.join(request.topic) == topic)
  }

  /// Questions that ask for no examples are no request.
  @Test(arguments: [
    "What is an open habitat?", "Name who led the project.", "Which plastic is hardest?",
    "Give me a break.",
  ])
  func otherQuestionsAreNoRequest(question: String) {
    #expect(ExampleRequest(QuestionText.tokens(question)) == nil)
  }

  /// The examples a sentence gives of the kind asked about, in its words.
  @Test(arguments: [
    (
      "Give an example of an open habitat that depends on particular soils.",
      "The Piedmont Hardpan Forest dependent on specific soil types.", 1
    ),
    (
      "Give some examples of the tasks such dogs perform.",
      "Guiding people who are blind, alerting people who are deaf, and pulling a wheelchair.", 2
    ),
    ("Which plastic is given as an example of a hard plastic?", "PS.", 3),
    (
      "Name some of the assets the committee holds the keys for.",
      "Artifact repositories, build and test infrastructure, web sites, blogs, social-media "
        + "accounts, etc.", 4
    ),
    (
      "Give an example of a practice that helps against both digital and physical threats.",
      "Having a good off-site backup policy.", 5
    ),
    ("What examples of storage media are given?", "Paper, magnetic tape, etc.", 6),
    ("What are some examples of flours?", "Rye, spelt and whole wheat.", 24),
  ])
  func examplesAreGiven(question: String, answer: String, sentence: Int) throws {
    let reply = try ask(question)
    #expect(reply.status == .answered, "\(reply.answer)")
    #expect(reply.answer == answer)
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// No examples where the sentence gives none of that kind, or denies them ("no outstanding
  /// liabilities", "are not permitted"), or where the request's other words are not there; none
  /// of what is not so from a sentence that says what is ("Banned items include …"); "like" that
  /// is a verb, a colon before a sentence and what one thing includes give none.
  @Test(arguments: [
    "Give an example of a closed habitat.", "Which bird is given as an example?",
    "Give an example of an outstanding liability.",
    "Name some of the vehicles the committee holds the keys for.",
    "What are some examples of soft plastics used in boats?",
    "Give an example of an item that is not banned.", "Give an example of a permitted activity.",
    "Give an example of a student.", "Give an example of a parent.",
    "Give an example of a price.",
  ])
  func noExamplesOfAnotherKind(question: String) throws {
    let reply = try ask(question)
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// "is not X but Y": not X, and Y; "not just X but also Y": X and Y.
  @Test(arguments: [
    ("Is the Guild a money making venture?", "No.", 8),
    ("Is the Guild meant to make money?", "No.", 8), ("Is the Guild a philanthropy?", "Yes.", 8),
    ("Does the library lend books?", "Yes.", 21), ("Does the library lend tools?", "Yes.", 21),
  ])
  func notThisButThat(question: String, answer: String, sentence: Int) throws {
    let reply = try ask(question)
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }

  /// What will eventually be is no yes to whether it is; a question of what will be is
  /// answered, and so is one of a rule said with "will".
  @Test func whatWillBeIsNotWhatIs() throws {
    let replies = try ask([
      "Is the Horizon Guild incorporated?", "Will the Horizon Guild be incorporated?",
      "Is the shop closed on Sundays?",
    ])
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(replies[1].answer.hasPrefix("Yes."), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [9], "\(replies[1].answer)")
    #expect(replies[2].answer.hasPrefix("Yes."), "\(replies[2].answer)")
    #expect(replies[2].citations.map(\.sentence) == [22], "\(replies[2].answer)")
  }

  /// "What is at the bottom of …?" is answered where something is said to be at it ("on top
  /// of" for "at the top of"), not by a sentence that goes from the bottom to the top.
  @Test func whatStandsAtAPlace() throws {
    let replies = try ask([
      "What is at the bottom of the pyramid?", "What is at the bottom of the ladder?",
      "What is at the top of the tower?",
    ])
    #expect(replies[0].status == .answered, "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [11], "\(replies[0].answer)")
    #expect(replies[1].status != .answered, "\(replies[1].answer)")
    #expect(replies[2].citations.map(\.sentence) == [23], "\(replies[2].answer)")
  }

  /// "In what class …?" is not answered by a phrase of "in" after classes said of something
  /// else; "In which city …?" still by "in Vienna, the capital city of Austria".
  @Test func inWhichThing() throws {
    let replies = try ask([
      "In what class did the station operate?", "In which city did Clara study?",
    ])
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    #expect(replies[1].answer == "In Vienna.", "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [25], "\(replies[1].answer)")
  }

  /// "Apart from GIS, what …?" is answered by a sentence that names GIS and more; not by one
  /// that does not name what the question sets apart, where another sentence does.
  @Test func whatElseApartFromAThing() throws {
    let replies = try ask([
      "Apart from GIS, what subjects are the students trained in?",
      "Besides the turtles, what subjects are the students trained in?",
    ])
    #expect(replies[0].status == .answered, "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [14], "\(replies[0].answer)")
    #expect(replies[0].answer.contains("statistics"), "\(replies[0].answer)")
    #expect(replies[1].status != .answered, "\(replies[1].answer)")
  }

  /// "by nature of" says why.
  @Test func byNatureOfSaysWhy() throws {
    let reply = try ask("Why did Americans lack a strong culture in Emerson's time?")
    #expect(reply.status == .answered, "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [15], "\(reply.answer)")
  }

  private static let town = """
    Town Notes

    Ann attended the meeting. \
    The Nook is a cheap hotel. \
    The chair, Ruth Hale, opened the festival. \
    The winner was not Ann Lee but Bob Ray. \
    Most birds like quiet cliffs. \
    Luxury hotels like the Grand Regent charge more. \
    Stalls such as the Fish Hut accept cards, but the Flower Barrow does not. \
    Authors such as Ann Cook read from their books. \
    Seabirds such as puffins and gannets breed on the cliffs. \
    Hotel managers such as Tom Hill earn more than chefs. \
    The hotel manager this year is Ann Lee. \
    Cheap hotels such as the Nook cost less than expensive hotels. \
    The summer concert was held on the grounds of the castle. \
    Are organic stalls such as Green Acre really organic? \
    At the far end of the long hall stands a clock. \
    A fountain stands in the centre of the square. \
    The town's city status was granted in 1890, and the charter was signed in London. \
    Children will always be accompanied by staff, and parents may collect them later. \
    Cafes serve dishes like bean stew or cheese pasta.

    """

  private func askTown(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.town, named: "town-notes")
  }

  /// What a review found answered wrongly by a first version: a thing set apart answered with
  /// itself or another name for it; the examples of a sentence that denies something else of
  /// them; "like" as a verb; a kind's looser words ("authors" for journalists, "seabirds" for
  /// puffins); a describing word said of another thing; a sentence that asks; "on the grounds
  /// of" a place.
  @Test(arguments: [
    "Apart from Ann, who attended the meeting?", "Apart from the Nook, which hotel is cheap?",
    "Besides Ruth Hale, who opened the festival?", "Give an example of a bird.",
    "Give an example of a stall that does not accept cards.", "Give an example of a journalist.",
    "Give an example of a puffin.", "Give an example of an expensive hotel.",
    "Give an example of an organic stall.", "Why was the summer concert held?",
  ])
  func reviewedRefusals(question: String) throws {
    let reply = try askTown([question])[0]
    #expect(reply.status != .answered, "\(reply.answer)")
  }

  /// And what it answered right before and must still: the examples "like" gives after a noun
  /// that does something, an author by name, who the hotel manager is (not an example of
  /// hotel managers), the named winner, a place said with "in" or farther along, a city after a
  /// clause of another, and a rule said with "will always".
  @Test(arguments: [
    ("Give an example of a luxury hotel.", "The Grand Regent", 6),
    ("Give an example of an author.", "Ann Cook", 8),
    ("Give an example of a dish.", "Bean stew or cheese pasta", 19),
    ("Name the hotel manager.", "The hotel manager this year is Ann Lee", 11),
    ("Was the winner Bob Ray?", "Yes.", 4), ("Was the winner Ann Lee?", "No.", 4),
    ("What is at the end of the hall?", "At the far end", 15),
    ("What is at the centre of the square?", "A fountain", 16),
    ("In which city was the charter signed?", "In London.", 17),
    ("Are children accompanied by staff?", "Yes.", 18),
  ])
  func reviewedAnswers(question: String, answer: String, sentence: Int) throws {
    let reply = try askTown([question])[0]
    #expect(reply.answer.hasPrefix(answer), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [sentence], "\(reply.answer)")
  }
}
