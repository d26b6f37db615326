import Foundation
import Testing

@testable import DocentKit

/// A list of members that sets each one's organisation after the name: "Salvatore Mele, CERN".
@Suite struct AffiliationTests {
  private static let text = """
    The council has these members:
    Marta Quell (Chair), Northern Ports Authority
    Salvatore Mele, CERN
    Irene Sand, Lake Institute of Geology (re-elected)
    Hamas, Fatah and the PA met in Cairo.
    Tom Hale, Ada Byrne

    """

  /// The person and the organisation of each line that holds nothing else.
  @Test(arguments: [
    ("Marta Quell (Chair), Northern Ports Authority", "Marta Quell", "Northern Ports Authority"),
    ("Salvatore Mele, CERN", "Salvatore Mele", "CERN"),
    (
      "Irene Sand, Lake Institute of Geology (re-elected)", "Irene Sand",
      "Lake Institute of Geology"
    ),
    (
      "Marco Marsella (Board Treasurer), Food and Agriculture Organization of the United Nations",
      "Marco Marsella", "Food and Agriculture Organization of the United Nations"
    ),
  ])
  func aListLineSetsAnOrganisationBesideAPerson(
    line: String, person: String, organization: String
  ) {
    let found = Extractor.extract(from: Document(id: "council", text: line)).affiliations
    #expect(found.map(\.person) == [person] && found.map(\.organization) == [organization])
  }

  /// A sentence that says more, a list of names and two people are no affiliation.
  @Test(arguments: [
    "Hamas, Fatah and the PA met in Cairo.", "Tom Hale, Ada Byrne",
    "Salvatore Mele, CERN and the council met.", "Mara Quill, a fisher, lives in Port Alder.",
    // A place is no organisation.
    "Marie Curie, Paris",
  ])
  func otherLinesAreNoAffiliation(line: String) {
    let found = Extractor.extract(from: Document(id: "council", text: line)).affiliations
    #expect(found.isEmpty, "\(found)")
  }

  /// A person "of" an organisation in running text is with it, and one who is employed by it or
  /// works for it or at it; "of" a place, of no one.
  @Test(arguments: [
    (
      "In eLife, Mara Quillon of Lakeshore University in Canada, Nils Stoltz of the University of"
        + " Arizona and co-workers report how they used MRI.",
      ["Mara Quillon": "Lakeshore University", "Nils Stoltz": "University of Arizona"]
    ),
    ("Marie Curie of Paris wrote to him.", [:]),
    // A verb of working for it says so too; not a place.
    (
      "Oleg Nenashev is employed by Dynatrace, while Mark Waite is employed by CloudBees.",
      ["Oleg Nenashev": "Dynatrace", "Mark Waite": "CloudBees"]
    ),
    ("Anna Berg works at the Karolinska Institute.", ["Anna Berg": "Karolinska Institute"]),
    ("Anna Berg works at Stockholm.", [:]),
  ])
  func aPersonOfAnOrganisationInRunningTextIsWithIt(line: String, expected: [String: String]) {
    let found = Extractor.extract(from: Document(id: "study", text: line)).affiliations
    #expect(
      Dictionary(uniqueKeysWithValues: found.map { ($0.person, $0.organization) }) == expected,
      "\(found)")
  }

  /// Asked in other words, the organisation a sentence sets beside a name answers.
  @Test func whichUniversityIsAPersonAtIsAnsweredFromOf() throws {
    let answers = try replies(
      to: ["Which university is Mara Quillon at?"],
      aboutUncurated: "In eLife, Mara Quillon of Lakeshore University in Canada and co-workers"
        + " report how they used MRI to see the vocal tract.\n",
      named: "singing")
    #expect(answers[0].answer.contains("Lakeshore University"), "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("Mara Quillon of"), "\(answers[0].answer)")
  }

  /// A sentence that names a faction and a place says nothing of where the faction is from;
  /// one that says whom a man speaks for says he is with them.
  @Test func beingFromOrWithIsAskedOfTheFactsNotOfTwoNames() throws {
    let answers = try replies(to: [
      "Is Hamas from Gaza?", "Is Dimitri Diliani with the Democratic Reform Bloc?",
    ])
    #expect(!answers[0].answer.hasPrefix("Yes"), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
    #expect(answers[1].answer.contains("speaks for"), "\(answers[1].answer)")
  }

  /// Where someone works, who is from an organisation, and whether someone is, each cited.
  @Test func questionsAboutWhereSomeoneIsFromAreAnsweredFromTheList() throws {
    let answers = try replies(
      to: [
        "Where does Salvatore Mele work?", "Which organisation does Marta Quell come from?",
        "Which board member is from CERN?", "Is Irene Sand from the Lake Institute of Geology?",
        "Who is Salvatore Mele?",
      ], aboutUncurated: Self.text, named: "council")
    #expect(answers[0].answer.contains("CERN"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Northern Ports Authority"), "\(answers[1].answer)")
    #expect(answers[2].answer.contains("Salvatore Mele"), "\(answers[2].answer)")
    #expect(answers[3].answer.hasPrefix("Yes"), "\(answers[3].answer)")
    #expect(answers[4].answer.contains("CERN"), "\(answers[4].answer)")
    #expect(answers.map { $0.citations.map(\.sentence) } == [[3], [2], [3], [4], [3]])
  }
}
