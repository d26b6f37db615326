/// A sentence a template accepts, with the slot values put into it.
public struct TemplateSample: Hashable, Sendable {
  /// The sentence.
  public let text: String
  /// The entity ids put into the subject and object slots.
  public let subject: String?
  public let object: String?
}

/// Expands templates into sample sentences, as hassil's `sample` does: each alternative and
/// each optional part appears in at least one sample.
enum TemplateSampler {
  /// Sentences `template` accepts, with entity slots filled from `knowledge`: sample `k` takes
  /// alternative `k % n` at every choice of `n` alternatives and every optional part when `k`
  /// is odd, so every alternative and every optional part appears in some sample.
  static func samples(_ template: Template, knowledge: KnowledgeBase) -> [TemplateSample] {
    let count = max(2, template.pattern.widestChoice)
    var variants: [[Piece]] = []
    for k in 0..<count {
      let pieces = expand(template.pattern, k)
      if !variants.contains(pieces) { variants.append(pieces) }
    }
    return variants.compactMap { sample($0, knowledge: knowledge) }
  }

  private enum Piece: Hashable {
    case word(String)
    case slot(SlotKind, SlotRole)
  }

  private static func expand(_ pattern: TemplatePattern, _ k: Int) -> [Piece] {
    switch pattern {
    case .word(let text, _): [.word(text)]
    case .slot(let kind, let role): [.slot(kind, role)]
    case .rule: []
    case .sequence(let items): items.flatMap { expand($0, k) }
    case .choice(let items): expand(items[k % items.count], k)
    case .optional(let inner): k % 2 == 1 ? expand(inner, k) : []
    }
  }

  private static func sample(_ pieces: [Piece], knowledge: KnowledgeBase) -> TemplateSample? {
    var words: [String] = []
    var subject: String?
    var object: String?
    for piece in pieces {
      switch piece {
      case .word(let text):
        words.append(text)
      case .slot(.words, _):
        words.append("xylophones")
      case .slot(.number, _):
        words.append("3")
      case .slot(let kind, let role):
        let candidates = knowledge.sampleEntities[kind.entityKind] ?? []
        guard let entity = candidates.first(where: { $0.id != subject }) else { return nil }
        words.append(entity.name)
        if role == .object { object = entity.id } else { subject = entity.id }
      }
    }
    return TemplateSample(text: words.joined(separator: " "), subject: subject, object: object)
  }
}

extension TemplatePattern {
  /// The most alternatives any choice in the pattern has.
  var widestChoice: Int {
    switch self {
    case .word, .slot, .rule: 1
    case .optional(let inner): inner.widestChoice
    case .sequence(let items): items.map(\.widestChoice).max() ?? 1
    case .choice(let items): max(items.count, items.map(\.widestChoice).max() ?? 1)
    }
  }
}

/// Checks the grammar against the knowledge it was loaded with: every template must accept its
/// own samples, and no sample may be read as two intents at once.
enum GrammarChecker {
  ///
  /// Returns the problems, and the examples of each intent that this knowledge can answer (an
  /// example naming someone these documents never mention is kept out of `:help`).
  static func check(_ knowledge: KnowledgeBase) -> (
    diagnostics: [Diagnostic], examples: [(intent: String, question: String)]
  ) {
    var diagnostics: [Diagnostic] = []
    var usable: [(intent: String, question: String)] = []
    let parser = QuestionParser(
      grammar: knowledge.grammar, names: knowledge.nameIndex, entities: knowledge.entities,
      documentStems: knowledge.documentStems)
    for intent in knowledge.grammar.intents {
      for example in intent.examples {
        // An example naming things these documents never mention cannot be checked here.
        let parses = parser.parses(QuestionText.tokens(example))
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
    for template in knowledge.grammar.templates {
      for sample in TemplateSampler.samples(template, knowledge: knowledge) {
        let parses = parser.parses(QuestionText.tokens(sample.text))
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
