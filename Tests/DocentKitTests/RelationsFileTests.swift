import Testing

@testable import DocentKit

/// The relation lexicon's behaviour keys: traits, opposites and extracted phrases.
@Suite struct RelationsFileTests {
  /// The relations and the diagnostics, as printed, of a `relations.yaml` text.
  private func parse(_ text: String) -> ([RelationID: Relation], [String]) {
    var diagnostics: [Diagnostic] = []
    let relations = RelationsFile.parse(text, path: "K/relations.yaml", diagnostics: &diagnostics)
      .relations
    return (relations, diagnostics.map(\.description))
  }

  @Test func traitsOppositesAndExtractedPhrasesAreRead() {
    let (relations, problems) = parse(
      """
      relations:
        - {id: member-of, object: entity, phrase: "{subject} is in {object}", description: d,
           opposite: excluded-from}
        - {id: excluded-from, object: entity, phrase: "{subject} is out of {object}",
           description: d, traits: [negative]}
        - {id: count, object: value, phrase: "{quantity} {value}", description: d,
           traits: [counts], extracted_phrase: "{value}"}
      """)
    #expect(problems.isEmpty)
    #expect(relations["member-of"]?.opposite == "excluded-from")
    #expect(relations["excluded-from"]?.traits == [.negative])
    #expect(relations["count"]?.traits == [.counts])
    #expect(relations["count"]?.extractedPhrase == "{value}")
    #expect(relations["member-of"]?.traits == [])
  }

  @Test func unknownTraitsAndOppositesThatAreNotNegativeAreReportedWithTheirPlace() {
    let (_, problems) = parse(
      """
      relations:
        - id: member-of
          object: entity
          phrase: "{subject} is in {object}"
          description: d
          opposite: part-of
          traits: [negatve]
        - id: part-of
          object: entity
          phrase: "{subject} is part of {object}"
          description: d
        - id: leads
          object: entity
          phrase: "{subject} leads {object}"
          description: d
          opposite: follows
      """)
    #expect(
      problems.contains {
        $0.hasPrefix("K/relations.yaml:7:") && $0.contains("'negatve'")
          && $0.contains("did you mean 'negative'?")
      },
      "\(problems)")
    #expect(
      problems.contains {
        $0.hasPrefix("K/relations.yaml:6:")
          && $0.contains("'part-of' must have the trait 'negative'")
      }, "\(problems)")
    #expect(
      problems.contains {
        $0.hasPrefix("K/relations.yaml:16:") && $0.contains("unknown relation 'follows'")
      },
      "\(problems)")
    #expect(problems.count == 3, "\(problems)")
  }
}
