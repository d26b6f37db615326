/// Checks the grammar against the knowledge it was loaded with: every template must accept its
/// own samples, and no sample may be read as two intents at once.
enum GrammarChecker {
  /// Checks `grammar` against `knowledge`.
  ///
  /// Returns the problems, and the examples of each intent that this knowledge can answer (an
  /// example naming someone these documents never mention is kept out of `:help`).
  static func check(_ grammar: Grammar, against knowledge: KnowledgeBase) -> (
    diagnostics: [Diagnostic], examples: [(intent: String, question: String)]
  ) {
    var diagnostics: [Diagnostic] = []
    var usable: [(intent: String, question: String)] = []
    let parser = QuestionParser(
      grammar: grammar, names: knowledge.nameIndex, entities: knowledge.entities,
      documentStems: knowledge.documentStems)
    for intent in grammar.intents {
      for example in intent.examples {
        // An example naming things these documents never mention cannot be checked here.
        let parses = parser.parses(QuestionText.tokens(example)) ?? []
        guard let own = parses.first(where: { $0.template.intent == intent.id }),
          own.unknownNames == 0
        else { continue }
        // A capitalised word these documents never use ("Cairo" elsewhere) keeps it out of
        // :help, even when the question parses.
        let foreign = QuestionText.tokens(example).dropFirst().contains { token in
          token.original.first?.isUppercase == true
            && !knowledge.documentStems.contains(token.stem)
        }
        if parses.first?.template.intent == intent.id {
          if !foreign { usable.append((intent.id, example)) }
        } else {
          let read = parses.first?.template.intent ?? "nothing"
          diagnostics.append(
            Diagnostic(
              intent.location,
              "the example “\(example)” is read as intent \(read), not \(intent.id)"))
        }
      }
    }
    let fillers = TemplateSampler.slotFillers(knowledge.entities)
    for template in grammar.templates {
      for sample in TemplateSampler.samples(template, fillers: fillers) {
        guard let parses = parser.parses(QuestionText.tokens(sample.text)) else {
          diagnostics.append(
            Diagnostic(
              template.location,
              "reading “\(sample.text)” took more than \(QuestionParser.stepLimit) steps",
              suggestion: "make the grammar less ambiguous: fewer optional or repeated parts"))
          break
        }
        guard parses.contains(where: { $0.template == template }) else {
          diagnostics.append(
            Diagnostic(
              template.location,
              "this template can never match as written: it does not accept “\(sample.text)”"))
          break
        }
        guard let best = parses.first else { continue }
        let rivals = Set(parses.filter { $0.rank == best.rank }.map(\.template.intent))
        if rivals.count > 1 {
          diagnostics.append(
            Diagnostic(
              template.location,
              "intents \(rivals.sorted().joined(separator: " and ")) both accept “\(sample.text)”",
              suggestion: "make one template more specific"))
          break
        }
      }
    }
    return (diagnostics, usable)
  }
}
