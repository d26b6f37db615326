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
  ])
  func aCapitalizedTitleAfterANameIsItsDescription(
    sentence: String, name: String, description: String
  ) {
    let document = Document(id: "release", text: sentence)
    let found = Extractor.extract(from: document).appositives
    #expect(found.contains { $0.name == name && $0.description == description }, "\(found)")
  }

  @Test func aListOfNamesIsNoDescription() {
    let document = Document(
      id: "release", text: "The talks included Mike Franklin, President Obama and Ana Ortiz.")
    let found = Extractor.extract(from: document).appositives
    #expect(!found.contains { $0.name == "Mike Franklin" }, "\(found)")
  }
}
