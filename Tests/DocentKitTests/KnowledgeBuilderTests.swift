import Testing

@testable import DocentKit

/// A small document and a curated file for it, built in memory.
private func build(_ curated: String, text: String = sampleText) throws(KnowledgeLoadError)
  -> KnowledgeBase
{
  try KnowledgeBuilder.build(
    KnowledgeSources(
      relations: bundledRelations,
      documents: [
        .init(
          id: "sample", path: "K/documents/sample.txt", text: text,
          curatedPath: "K/documents/sample.yaml", curated: curated)
      ]))
}

private let sampleText = """
  Anna Berg, a teacher in Oslo, met Carl Dunn on Monday. Carl Dunn is a baker.
  The bakery opened in 1999. Anna Berg said the bread was good.
  """

/// The diagnostics a curated file produces, as printed.
private func problems(_ curated: String) -> [String] {
  do {
    _ = try build(curated)
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

@Suite struct KnowledgeBuilderTests {
  @Test func aValidFileLoadsWithFactsCitingTheirSentences() throws {
    let knowledge = try build(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg, aliases: [Berg, Ms. Berg]}
      facts:
        - subject: anna-berg
          relation: role
          value: a teacher in Oslo
          source: Anna Berg, a teacher in Oslo
      """)
    let fact = try #require(knowledge.facts(about: "anna-berg").first)
    #expect(fact.source.number == 1)
    #expect(fact.source.text == "Anna Berg, a teacher in Oslo, met Carl Dunn on Monday.")
    let named = knowledge.nameIndex.names(in: QuestionText.tokens("ms. berg"), from: 0)
    #expect(named.flatMap(\.entities).map { knowledge.entities[$0].id } == ["anna-berg"])
  }

  @Test func everyProblemIsReportedAtOnceWithFileLineAndSuggestion() {
    let found = problems(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg}
        - {id: anna-berg, kind: person, name: Anna}
        - {id: carl-dunn, kind: persn, name: Carl Dunn}
      facts:
        - subject: anna-berg
          relation: rol
          value: a teacher
          source: Anna Berg, a teacher in Oslo
        - subject: anna-brg
          relation: role
          value: a teacher
          source: not in the text at all
        - subject: anna-berg
          relation: said
          value: the bread was good
          source: Anna Berg
      """)
    #expect(
      found == [
        "K/documents/sample.yaml:3:5: error: entity id 'anna-berg' is already declared at K/documents/sample.yaml:2:5",
        "K/documents/sample.yaml:4:27: error: unknown kind 'persn' (did you mean 'person'?)",
        "K/documents/sample.yaml:7:15: error: unknown relation 'rol' (did you mean 'role'?)",
        "K/documents/sample.yaml:10:14: error: unknown entity id 'anna-brg' as subject (did you mean 'anna-berg'?)",
        "K/documents/sample.yaml:13:13: error: the source fragment matches no sentence of 'sample' (copy a part of one sentence exactly)",
        "K/documents/sample.yaml:17:13: error: the source fragment matches 2 sentences of 'sample' (1, 4) (quote more of the sentence you mean)",
      ])
  }

  @Test func anAliasClaimedByTwoEntitiesIsAnError() {
    let found = problems(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg, aliases: [Berg]}
        - {id: berg-bakery, kind: organization, name: the Berg, aliases: [Bakery]}
      """)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("K/documents/sample.yaml:3:") == true)
    #expect(found.first?.contains("'the Berg' is claimed by 'anna-berg'") == true)
  }

  @Test func unknownKeysAndBadYAMLAreReportedWithTheirLine() {
    #expect(
      problems("entities:\n  - {id: a, kind: person, nmae: A}\n")
        .contains("K/documents/sample.yaml:2:27: error: unknown key 'nmae' (did you mean 'name'?)"))
    let syntax = problems("entities: [\n  - id: a\n")
    #expect(syntax.count == 1)
    #expect(syntax.first?.hasPrefix("K/documents/sample.yaml:") == true)
    #expect(syntax.first?.contains("invalid YAML") == true)
  }

  @Test func fragmentsMatchWhateverQuoteStylesTheCuratorTyped() throws {
    let knowledge = try build(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg}
      facts:
        - subject: anna-berg
          relation: said
          value: the bread was good
          source: "Anna Berg said \\"the bread\\""
      """,
      text: "Anna Berg said “the bread” was good.")
    #expect(knowledge.facts.count == 1)
  }

  @Test func theBundledKnowledgeCitesEverySentenceVerbatim() throws {
    let knowledge = try bundledKnowledge()
    for fact in knowledge.facts {
      let document = knowledge.document(fact.source.document)
      #expect(document?.sentence(fact.source.number) == fact.source)
      #expect(document?.text.contains(fact.source.text) == true)
    }
    #expect(!knowledge.facts.isEmpty)
  }
}
