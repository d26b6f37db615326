import Testing

@testable import DocentKit

/// Press releases write a speaker's title in capitals after the name; it is still a description.
@Suite struct AppositiveTitleTests {
  @Test(arguments: [
    (
      "\"This is a milestone,\" said Mike Franklin, Director of the AMPLab at UC Berkeley.",
      "Mike Franklin", "Director of the AMPLab at UC Berkeley"
    ),
    (
      "\"It's great,\" said Matei Zaharia, Vice President of Apache Spark.", "Matei Zaharia",
      "Vice President of Apache Spark"
    ),
    // A title of any office, known as a kind of person only to WordNet, and its organisation.
    (
      "\"We are ready,\" said Tomas Berg, Community Manager of The Lumen Foundation.",
      "Tomas Berg", "Community Manager of The Lumen Foundation"
    ),
    (
      "Ines Varga, Principal Architect at Corvid, said the design was final.", "Ines Varga",
      "Principal Architect at Corvid"
    ),
  ])
  func aCapitalizedTitleAfterANameIsItsDescription(
    sentence: String, name: String, description: String
  ) {
    let document = Document(id: "release", text: sentence)
    let found = Extractor.extract(from: document).appositives
    #expect(found.contains { $0.name == name && $0.description == description }, "\(found)")
  }

  /// A list of a board's members sets each one's office in brackets after the name.
  @Test(arguments: [
    (
      "Rebecca Ross (Deputy President), Canadian Research Knowledge Network", "Rebecca Ross",
      "Deputy President"
    ),
    (
      "Marco Marsella (Board Treasurer), Food and Agriculture Organization", "Marco Marsella",
      "Board Treasurer"
    ),
    ("The report was written by Ada Quist (historian) in 1990.", "Ada Quist", "historian"),
  ])
  func aRoleInBracketsAfterANameIsItsDescription(
    sentence: String, name: String, description: String
  ) {
    let document = Document(id: "board", text: sentence)
    let found = Extractor.extract(from: document).appositives
    #expect(found.contains { $0.name == name && $0.description == description }, "\(found)")
  }

  /// A role word with "'s" before a name says whose it is, not what it is: "the President's
  /// Council on Bioethics" is no president.
  @Test func aPossessiveBeforeANameIsNoRole() {
    let sentence =
      "A debate restricted to the President's Council on Bioethics is a disservice to the public."
    let found = Extractor.extract(from: Document(id: "letter", text: sentence)).appositives
    #expect(!found.contains { $0.description.hasSuffix("'s") }, "\(found)")
  }

  /// Brackets that hold a short form, a place or anything but a role describe no one.
  @Test(arguments: [
    "The Palestine Liberation Organization (PLO) met in Cairo.",
    "Irina Sens (Business Office ex-officio), German National Library",
    "Adrian Burton (re-elected), Australian Research Data Commons",
  ])
  func bracketsWithoutARoleAreNoDescription(sentence: String) {
    let document = Document(id: "board", text: sentence)
    let found = Extractor.extract(from: document).appositives
    let bracketed = ["PLO", "Business Office ex-officio", "re-elected"]
    #expect(!found.contains { bracketed.contains($0.description) }, "\(found)")
  }

  @Test(arguments: [
    (
      "\"It is hard,\" said Vera Lund, technical and camera lead for the probe at Marshall.",
      "Vera Lund", "technical and camera lead for the probe at Marshall"
    ),
    (
      "\"We have done it for years,\" said Dr. Omar Reyes, also of NASA Goddard and principal "
        + "investigator for the array project.",
      "Omar Reyes", "principal investigator for the array project, of NASA Goddard"
    ),
  ])
  func whatFollowsASpeakersNameSaysWhoTheyAre(
    sentence: String, name: String, description: String
  ) {
    let document = Document(id: "release", text: sentence)
    let found = Extractor.extract(from: document).appositives
    #expect(found.contains { $0.name == name && $0.description == description }, "\(found)")
  }

  /// What stands between a name and "said", set off by commas, says who speaks, in capitals
  /// or not, a list of roles or one.
  @Test(arguments: [
    ("Dr Ada Cole, NHS Doctor and media medic, said:", "Dr Ada Cole", "NHS Doctor and media medic"),
    (
      "Lev Orlov, ITA and Turkey market visit leader, said the trip went well.", "Lev Orlov",
      "ITA and Turkey market visit leader"
    ),
  ])
  func whatStandsBeforeSaidSaysWhoSpeaks(sentence: String, name: String, description: String) {
    let document = Document(id: "release", text: sentence)
    let found = Extractor.extract(from: document).appositives
    #expect(found.contains { $0.name == name && $0.description == description }, "\(found)")
  }

  /// Names in a row before "said" are no description of the first.
  @Test func namesBeforeSaidAreNoDescription() {
    let document = Document(id: "release", text: "Hamas, Fatah, said nothing of the plan.")
    let found = Extractor.extract(from: document).appositives
    #expect(!found.contains { $0.name == "Hamas" }, "\(found)")
  }

  @Test func whatASpeakerDidIsNoDescription() {
    let document = Document(
      id: "release",
      text: "\"That was the first launch I saw,\" said Jeremy Kenny, whose inspiration came early.")
    let found = Extractor.extract(from: document).appositives
    #expect(!found.contains { $0.name == "Jeremy Kenny" }, "\(found)")
  }

  @Test func aListOfNamesIsNoDescription() {
    let document = Document(
      id: "release", text: "The talks included Mike Franklin, President Obama and Ana Ortiz.")
    let found = Extractor.extract(from: document).appositives
    #expect(!found.contains { $0.name == "Mike Franklin" }, "\(found)")
  }

  /// An en dash with no space on either side joins names ("the Matijasevich–Robinson–Davis–
  /// Putnam theorem"); it does not set off what one of them is. Spaced, it does.
  @Test func anEnDashBetweenNamesIsNoDescription() {
    let joined = Document(
      id: "theorem",
      text: "The result is now called the Matijasevich–Robinson–Davis–Putnam theorem.")
    let found = Extractor.extract(from: joined).appositives
    #expect(found.isEmpty, "\(found)")
    let spaced = Document(
      id: "theorem", text: "Martin Davis – a logician at NYU – proved it in 1970.")
    #expect(
      Extractor.extract(from: spaced).appositives.contains { $0.name == "Martin Davis" },
      "\(Extractor.extract(from: spaced).appositives)")
  }
}
