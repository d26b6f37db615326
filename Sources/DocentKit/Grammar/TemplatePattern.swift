/// The kind of value a template slot takes.
enum SlotKind: String, Hashable, Sendable, CaseIterable, Codable {
  /// Names of entities of one kind, from the fact base.
  case person, organization, place, event, thing
  /// The name of any entity.
  case entity
  /// A number, in digits or words.
  case number
  /// Free words, such as the verb of "who funds {entity}".
  case words

  /// The entity kind the slot accepts, or nil when it takes any entity or no entity at all.
  var entityKind: Entity.Kind? { Entity.Kind(rawValue: rawValue) }

}

/// Which part of the question a slot fills.
enum SlotRole: String, Hashable, Sendable, Codable {
  /// What the question is about: `{person}`.
  case subject
  /// The second entity, as in "how are {entity} and {entity:object} related".
  case object
  /// Free words: `{words}`.
  case words
}

/// A question template compiled from the grammar's syntax.
indirect enum TemplatePattern: Hashable, Sendable, Codable {
  /// A literal word as written (folded), compared by its stem.
  case word(String, stem: String)
  /// Patterns one after another.
  case sequence([TemplatePattern])
  /// Any one of the alternatives: `(a|b)`.
  case choice([TemplatePattern])
  /// The pattern or nothing: `[a]`.
  case optional(TemplatePattern)
  /// A typed slot: `{person}`, `{entity:object}`, `{words}`.
  case slot(SlotKind, SlotRole)
  /// A reusable rule, `<name>`, replaced by its definition when the grammar is compiled.
  case rule(String)

  /// The rules this pattern refers to.
  var ruleNames: Set<String> {
    switch self {
    case .word, .slot: []
    case .rule(let name): [name]
    case .optional(let inner): inner.ruleNames
    case .sequence(let items), .choice(let items):
      items.reduce(into: []) { $0.formUnion($1.ruleNames) }
    }
  }

  /// The stems every match of the pattern must contain: a question without one of them cannot
  /// match, so the parser skips the template without trying it.
  var requiredStems: Set<String> {
    switch self {
    // A possessive "'s" may be implied by "his" or "its", so it is never required.
    case .word(_, let stem): stem == "'s" ? [] : [stem]
    case .slot, .rule, .optional: []
    case .sequence(let items): items.reduce(into: []) { $0.formUnion($1.requiredStems) }
    case .choice(let items):
      items.dropFirst().reduce(items.first?.requiredStems ?? []) {
        $0.intersection($1.requiredStems)
      }
    }
  }

  /// The slots the pattern can fill.
  var slots: [(SlotKind, SlotRole)] {
    switch self {
    case .word, .rule: []
    case .slot(let kind, let role): [(kind, role)]
    case .optional(let inner): inner.slots
    case .sequence(let items), .choice(let items): items.flatMap(\.slots)
    }
  }

  /// The pattern with every rule reference replaced by the rule's definition. A rule met again
  /// inside its own expansion (the grammar reports it as referring to itself) is left as a
  /// reference, which matches nothing.
  func expandingRules(_ rules: [String: TemplatePattern], within: Set<String> = [])
    -> TemplatePattern
  {
    switch self {
    case .word, .slot: self
    case .rule(let name):
      if within.contains(name) {
        self
      } else {
        rules[name]?.expandingRules(rules, within: within.union([name])) ?? self
      }
    case .optional(let inner): .optional(inner.expandingRules(rules, within: within))
    case .sequence(let items): .sequence(items.map { $0.expandingRules(rules, within: within) })
    case .choice(let items): .choice(items.map { $0.expandingRules(rules, within: within) })
    }
  }

  /// How many parts the pattern has once its rules are expanded and how deep they nest, found
  /// without expanding them (`known` remembers each rule's). A rule inside its own expansion
  /// counts as one part, as `expandingRules` leaves it there.
  func expandedExtent(_ rules: [String: TemplatePattern], _ known: inout [String: PatternExtent])
    -> PatternExtent
  {
    switch self {
    case .word, .slot: return PatternExtent(size: 1, depth: 1)
    case .rule(let name):
      if let extent = known[name] { return extent }
      known[name] = PatternExtent(size: 1, depth: 1)
      let extent = rules[name]?.expandedExtent(rules, &known) ?? PatternExtent(size: 1, depth: 1)
      known[name] = extent
      return extent
    case .optional(let inner): return inner.expandedExtent(rules, &known).nested
    case .sequence(let items), .choice(let items):
      var extent = PatternExtent(size: 0, depth: 0)
      for item in items {
        let part = item.expandedExtent(rules, &known)
        extent = PatternExtent(
          size: min(PatternExtent.unbounded.size, extent.size + part.size),
          depth: max(extent.depth, part.depth))
      }
      return extent.nested
    }
  }
}

/// The size of an expanded pattern: its parts, and how deeply they nest.
struct PatternExtent: Hashable, Sendable {
  var size: Int
  var depth: Int

  /// Beyond any limit.
  static let unbounded = PatternExtent(size: 1 << 40, depth: 1 << 40)

  /// The extent of a group holding this.
  var nested: PatternExtent {
    PatternExtent(
      size: min(Self.unbounded.size, size + 1), depth: min(Self.unbounded.depth, depth + 1))
  }
}

/// A syntax error in a template, at a column of its text (from 1).
struct TemplateSyntaxError: Error, Hashable {
  let column: Int
  let message: String
}

/// Parses the template syntax: words, `(a|b)`, `[optional]`, `{slot}`, `{slot:object}`, `<rule>`.
struct TemplateParser {
  /// The deepest groups may nest: `((a))` is two deep.
  static let maximumNesting = 32

  private let characters: [Character]
  private var position = 0
  private var depth = 0

  /// Parses `text` into a pattern.
  static func parse(_ text: String) throws(TemplateSyntaxError) -> TemplatePattern {
    var parser = TemplateParser(characters: Array(text))
    let pattern = try parser.parseAlternatives(closing: nil)
    return pattern
  }

  private init(characters: [Character]) {
    self.characters = characters
  }

  private func error(_ message: String, at position: Int? = nil) -> TemplateSyntaxError {
    TemplateSyntaxError(column: (position ?? self.position) + 1, message: message)
  }

  /// Alternatives separated by `|` up to `closing` (or the end of the text).
  private mutating func parseAlternatives(closing: Character?) throws(TemplateSyntaxError)
    -> TemplatePattern
  {
    let start = position
    if closing != nil {
      depth += 1
      guard depth <= Self.maximumNesting else {
        throw error("groups nest more than \(Self.maximumNesting) deep", at: start - 1)
      }
    }
    defer { if closing != nil { depth -= 1 } }
    var alternatives: [TemplatePattern] = [try parseSequence()]
    while position < characters.count, characters[position] == "|" {
      position += 1
      alternatives.append(try parseSequence())
    }
    if let closing {
      guard position < characters.count, characters[position] == closing else {
        throw error("missing '\(closing)' for the group opened here", at: start - 1)
      }
      position += 1
    } else if position < characters.count {
      throw error("unexpected '\(characters[position])'")
    }
    return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
  }

  private mutating func parseSequence() throws(TemplateSyntaxError) -> TemplatePattern {
    var items: [TemplatePattern] = []
    var word = ""
    func flushWord() {
      for token in QuestionText.tokens(word) { items.append(.word(token.folded, stem: token.stem)) }
      word = ""
    }
    while position < characters.count {
      let character = characters[position]
      switch character {
      case "|", ")", "]":
        flushWord()
        return items.count == 1 ? items[0] : .sequence(items)
      case "(":
        flushWord()
        position += 1
        items.append(try parseAlternatives(closing: ")"))
      case "[":
        flushWord()
        position += 1
        items.append(.optional(try parseAlternatives(closing: "]")))
      case "{":
        flushWord()
        items.append(try parseSlot())
      case "<":
        flushWord()
        items.append(.rule(try parseName(closing: ">", what: "rule")))
      case "}", ">":
        throw error("unexpected '\(character)'")
      default:
        word.append(character)
        position += 1
      }
    }
    flushWord()
    return items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func parseSlot() throws(TemplateSyntaxError) -> TemplatePattern {
    let start = position
    let text = try parseName(closing: "}", what: "slot")
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard let kind = SlotKind(rawValue: parts[0]) else {
      let kinds = SlotKind.allCases.map(\.rawValue)
      let hint = nearest(to: parts[0], in: kinds).map { "; did you mean {\($0)}?" } ?? ""
      throw error(
        "unknown slot {\(parts[0])}\(hint) (slots: \(kinds.joined(separator: ", ")))", at: start)
    }
    if kind == .words { return .slot(kind, .words) }
    switch parts.dropFirst().first {
    case nil: return .slot(kind, .subject)
    case "object": return .slot(kind, .object)
    case let role?:
      throw error("unknown slot role ':\(role)'; use {\(kind.rawValue):object}", at: start)
    }
  }

  /// The name between the current opening character and `closing`.
  private mutating func parseName(closing: Character, what: String) throws(TemplateSyntaxError)
    -> String
  {
    let start = position
    position += 1
    var name = ""
    while position < characters.count, characters[position] != closing {
      name.append(characters[position])
      position += 1
    }
    guard position < characters.count else {
      throw error("missing '\(closing)' for the \(what) opened here", at: start)
    }
    position += 1
    let trimmed = name.trimmingWhitespace()
    guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else {
      throw error("a \(what) needs a name without spaces", at: start)
    }
    return trimmed
  }
}

extension TemplatePattern {
  /// Every literal word of the pattern, as written.
  var literalWords: [String] {
    switch self {
    case .word(let text, _): [text]
    case .slot, .rule: []
    case .optional(let inner): inner.literalWords
    case .sequence(let items), .choice(let items): items.flatMap(\.literalWords)
    }
  }

  /// The stems of every literal word in the pattern.
  var literalStems: [String] {
    switch self {
    case .word(_, let stem): [stem]
    case .slot, .rule: []
    case .optional(let inner): inner.literalStems
    case .sequence(let items), .choice(let items): items.flatMap(\.literalStems)
    }
  }
}
