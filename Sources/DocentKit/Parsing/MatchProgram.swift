/// A template pattern laid out as numbered parts, for matching.
///
/// Numbering the parts lets the matcher remember which (part, position, progress) it has
/// already continued from, so a pattern that can match the same words in many ways (optional
/// groups in a row, repeated openers) is followed once per distinct way forward, not once per
/// path: matching costs a bounded multiple of the question's length, never exponential time.
struct MatchProgram: Hashable, Sendable {
  /// One part of the pattern; children are indices into `nodes`.
  enum Node: Hashable, Sendable {
    case word(stem: String)
    case sequence([Int])
    case choice([Int])
    case optional(Int)
    case slot(SlotKind, SlotRole)
    /// A rule left unexpanded (the grammar reports it): matches nothing.
    case nothing
  }

  private(set) var nodes: [Node] = []
  /// The index of the whole pattern.
  private(set) var root = 0

  init(_ pattern: TemplatePattern) {
    root = add(pattern)
  }

  private mutating func add(_ pattern: TemplatePattern) -> Int {
    let node: Node
    switch pattern {
    case .word(_, let stem): node = .word(stem: stem)
    case .sequence(let items): node = .sequence(items.map { add($0) })
    case .choice(let items): node = .choice(items.map { add($0) })
    case .optional(let inner): node = .optional(add(inner))
    case .slot(let kind, let role): node = .slot(kind, role)
    case .rule: node = .nothing
    }
    nodes.append(node)
    return nodes.count - 1
  }
}
