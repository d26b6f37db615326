/// A sentence a template accepts, with the slot values put into it.
struct TemplateSample: Hashable, Sendable {
  /// The sentence.
  let text: String
  /// The entity ids put into the subject and object slots.
  let subject: EntityID?
  let object: EntityID?
}

/// Expands templates into sample sentences, as hassil's `sample` does: each alternative and
/// each optional part appears in at least one sample.
enum TemplateSampler {
  /// Sentences `template` accepts, with entity slots filled from `entities`: sample `k` takes
  /// alternative `k % n` at every choice of `n` alternatives and every optional part when `k`
  /// is odd, so every alternative and every optional part appears in some sample.
  static func samples(_ template: Template, entities: [Entity]) -> [TemplateSample] {
    samples(template, fillers: slotFillers(entities))
  }

  /// Sentences `template` accepts, with entity slots filled from `fillers` (made once by
  /// ``slotFillers(_:)`` for many templates).
  static func samples(_ template: Template, fillers: [Entity.Kind?: [Entity]]) -> [TemplateSample] {
    let count = max(2, template.pattern.widestChoice)
    var variants: [[Piece]] = []
    for k in 0..<count {
      let pieces = expand(template.pattern, k)
      if !variants.contains(pieces) { variants.append(pieces) }
    }
    return variants.compactMap { sample($0, fillers: fillers) }
  }

  /// The first two entities of each kind (nil: of any kind), to fill entity slots with.
  static func slotFillers(_ entities: [Entity]) -> [Entity.Kind?: [Entity]] {
    var fillers: [Entity.Kind?: [Entity]] = [:]
    for entity in entities {
      for key in [entity.kind, nil] where fillers[key, default: []].count < 2 {
        fillers[key, default: []].append(entity)
      }
    }
    return fillers
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

  private static func sample(_ pieces: [Piece], fillers: [Entity.Kind?: [Entity]])
    -> TemplateSample?
  {
    var words: [String] = []
    var subject: EntityID?
    var object: EntityID?
    for piece in pieces {
      switch piece {
      case .word(let text):
        words.append(text)
      case .slot(.words, _):
        words.append("xylophones")
      case .slot(.number, _):
        words.append("3")
      case .slot(let kind, let role):
        let candidates = fillers[kind.entityKind] ?? []
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
