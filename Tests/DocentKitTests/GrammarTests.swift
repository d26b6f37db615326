import Testing

@testable import DocentKit

/// A knowledge base from the bundled relations and documents with a grammar given as text.
private func problems(grammar: String) -> [String] {
  do {
    _ = try KnowledgeBuilder.build(
      KnowledgeSources(
        relations: bundledRelations, documents: [sampleDocument],
        grammar: [.init(path: "K/grammar/g.yaml", text: grammar)]))
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

@Suite struct GrammarTests {
  @Test func aValidGrammarLoads() {
    #expect(
      problems(
        grammar: """
          rules:
            be: (is|was)
          intents:
            - id: who-is
              answer: describe
              relations: [role]
              templates: ["who <be> {person}"]
          """) == [])
  }

  @Test func syntaxErrorsPointAtTheirColumn() {
    #expect(
      problems(
        grammar: """
          intents:
            - id: who-is
              answer: describe
              templates: ["who (is|was {person}"]
          """) == ["K/grammar/g.yaml:4:22: error: missing ')' for the group opened here"])
  }

  @Test func unknownAndUnusedRulesAndSlotsAreErrors() {
    let found = problems(
      grammar: """
        rules:
          be: (is|was)
          unused: (a|b)
        intents:
          - id: who-is
            answer: describe
            relations: [role]
            templates: ["who <bee> {person}", "where is {place}", "who is {persn}"]
        """)
    #expect(
      found == [
        "K/grammar/g.yaml:2:3: error: rule <be> is never used",
        "K/grammar/g.yaml:3:3: error: rule <unused> is never used",
        "K/grammar/g.yaml:8:17: error: unknown rule <bee> (did you mean <be>?)",
        "K/grammar/g.yaml:8:39: error: slot {place} has no values: no entity is a place",
        "K/grammar/g.yaml:8:67: error: unknown slot {persn}; did you mean {person}? "
          + "(slots: person, organization, place, event, thing, entity, number, words)",
      ])
  }

  @Test func twoIntentsAcceptingTheSameQuestionIsAnError() {
    let found = problems(
      grammar: """
        intents:
          - id: who-is
            answer: describe
            relations: [role]
            templates: ["who is {person}"]
          - id: leader
            answer: inverse
            relations: [leads]
            templates: ["who is {entity}"]
        """)
    #expect(
      found.contains { $0.contains("intents leader and who-is both accept “who is Anna Berg”") })
  }
}

/// Every template of the shipped grammar, expanded with names from the fact base, parses back
/// to its own intent with the same names in its slots.
@Suite struct GrammarRoundTripTests {
  static func cases() throws -> [TemplateCase] {
    try bundledKnowledge().grammar.templates.map(TemplateCase.init)
  }

  struct TemplateCase: CustomTestStringConvertible, Sendable {
    let template: Template
    var testDescription: String { "\(template.intent): \(template.text)" }
  }

  @Test(arguments: try cases())
  func samplesParseBackToTheirIntent(_ item: TemplateCase) throws {
    let knowledge = try bundledKnowledge()
    let parser = QuestionParser(
      grammar: knowledge.grammar, names: knowledge.base.nameIndex,
      entities: knowledge.base.entities, documentStems: knowledge.base.documentStems)
    let samples = TemplateSampler.samples(item.template, entities: knowledge.base.entities)
    #expect(!samples.isEmpty)
    for sample in samples {
      let best = parser.parses(QuestionText.tokens(sample.text))?.first
      #expect(best?.template.intent == item.template.intent, "“\(sample.text)”")
      if case .entity(let id)? = best?.slot(.subject)?.value {
        #expect(id == sample.subject, "“\(sample.text)”")
      }
      if case .entity(let id)? = best?.slot(.object)?.value {
        #expect(id == sample.object, "“\(sample.text)”")
      }
    }
  }
}
