/// Matches a question against every template of the grammar.
///
/// A class, so that the matching closures share one reference instead of copying the grammar.
final class QuestionParser: Sendable {
  let grammar: Grammar
  let names: NameIndex
  let entities: [Entity]
  /// The stems of every word the documents use: an unknown name needs a word outside them,
  /// or only words of known names ("Mohammed"), so "avoid war" is never taken for a name.
  let documentStems: Set<String>

  init(grammar: Grammar, names: NameIndex, entities: [Entity], documentStems: Set<String>) {
    self.grammar = grammar
    self.names = names
    self.entities = entities
    self.documentStems = documentStems
  }

  /// Every reading of the tokens, best first by `Parse.rank`.
  func parses(_ tokens: [QuestionToken]) -> [Parse] {
    var results: [Parse] = []
    let mixedCase = tokens.contains { $0.original.contains(where: \.isUppercase) }
    let stems = Set(tokens.map(\.stem))
    for template in grammar.templates where template.requiredStems.isSubset(of: stems) {
      var seen = Set<String>()
      skipFillers(grammar.openers, tokens, 0, State()) { start, state in
        match(template.pattern, tokens, start, state, mixedCase) { end, state in
          skipFillers(grammar.closers, tokens, end, state) { final, state in
            guard final == tokens.count else { return }
            let parse = Parse(
              template: template, slots: state.slots, span: start..<end, literals: state.literals,
              freeWords: state.freeWords)
            // A template of slots alone ("{entity}") takes only names the fact base knows.
            if parse.literals == 0
              && parse.slots.contains(where: {
                if case .entity = $0.value { false } else { true }
              })
            {
              return
            }
            if seen.insert(parse.meaning + "#\(parse.rank)").inserted {
              results.append(parse)
            }
          }
        }
      }
    }
    return results.sorted { $0.rank < $1.rank }
  }

  /// The progress of one attempt to match.
  private struct State {
    var literals = 0
    var freeWords = 0
    var slots: [SlotFill] = []
    /// A possessive pronoun was just matched, so a following "'s" is implied: "his role".
    var possessive = false
  }

  private typealias Continuation = (Int, State) -> Void

  /// Any number of the ignored `fillers` ("please", "can you tell me") from `i`; their words
  /// do not count as literal template words.
  private func skipFillers(
    _ fillers: [TemplatePattern], _ tokens: [QuestionToken], _ i: Int, _ state: State,
    _ k: Continuation
  ) {
    k(i, state)
    for filler in fillers {
      match(filler, tokens, i, state) { j, after in
        guard j > i else { return }
        var reset = after
        reset.literals = state.literals
        skipFillers(fillers, tokens, j, reset, k)
      }
    }
  }

  private func match(
    _ pattern: TemplatePattern, _ tokens: [QuestionToken], _ i: Int, _ state: State,
    _ mixedCase: Bool = false, _ k: Continuation
  ) {
    switch pattern {
    case .word(_, let stem):
      if stem == "'s" && state.possessive {
        var next = state
        next.possessive = false
        k(i, next)
      } else if i < tokens.count, tokens[i].stem == stem {
        var next = state
        next.literals += 1
        next.possessive = false
        k(i + 1, next)
      }
    case .sequence(let items):
      matchSequence(items[...], tokens, i, state, mixedCase, k)
    case .choice(let alternatives):
      for alternative in alternatives {
        match(alternative, tokens, i, state, mixedCase, k)
      }
    case .optional(let inner):
      k(i, state)
      match(inner, tokens, i, state, mixedCase, k)
    case .slot(let kind, let role):
      matchSlot(kind, role, tokens, i, state, mixedCase, k)
    case .rule:
      break  // Rules are expanded when the grammar is built.
    }
  }

  private func matchSequence(
    _ items: ArraySlice<TemplatePattern>, _ tokens: [QuestionToken], _ i: Int, _ state: State,
    _ mixedCase: Bool, _ k: Continuation
  ) {
    guard let first = items.first else { return k(i, state) }
    match(first, tokens, i, state, mixedCase) { j, next in
      matchSequence(items.dropFirst(), tokens, j, next, mixedCase, k)
    }
  }

  private func matchSlot(
    _ kind: SlotKind, _ role: SlotRole, _ tokens: [QuestionToken], _ i: Int, _ state: State,
    _ mixedCase: Bool, _ k: Continuation
  ) {
    guard i < tokens.count else { return }
    func fill(_ end: Int, _ value: SlotValue, free: Int = 0, possessive: Bool = false) {
      var next = state
      let typed = QuestionText.join(tokens[i..<end])
      next.slots.append(
        SlotFill(kind: kind, role: role, typed: typed, value: value, range: i..<end))
      next.freeWords += free
      next.possessive = possessive
      k(end, next)
    }
    switch kind {
    case .words:
      for end in (i + 1)...min(tokens.count, i + 16) {
        fill(end, .words(QuestionText.join(tokens[i..<end])), free: end - i)
      }
    case .number:
      if tokens[i].folded.allSatisfy(\.isNumber) || NumberWords.value(tokens[i].folded) != nil {
        fill(i + 1, .words(tokens[i].original))
      }
    default:
      let start = tokens[i].folded == "the" && i + 1 < tokens.count ? i + 1 : i
      let known = names.names(in: tokens, from: start)
      for name in known {
        for index in name.entities where accepts(kind, entities[index].kind) {
          fill(name.end, .entity(entities[index].id))
        }
      }
      if start == i, let kinds = WordLists.pronounKinds[tokens[i].folded],
        kind == .entity || kinds.contains(where: { accepts(kind, $0) })
      {
        let word = tokens[i].folded
        fill(i + 1, .pronoun(word), possessive: WordLists.possessivePronouns.contains(word))
      }
      // An unknown name: not starting with a known one, capitalised when the question uses
      // capitals, and with a word the documents never use (or only words of known names).
      for end in (start + 1)...min(tokens.count, start + (mixedCase ? 6 : 3)) where known.isEmpty {
        let span = tokens[start..<end]
        // With capitals in the question, a name is capitalised words and connectors only.
        if mixedCase
          && !span.allSatisfy({
            $0.original.contains(where: \.isUppercase)
              || WordLists.nameConnectors.contains($0.folded)
          })
        {
          continue
        }
        guard let first = span.first, let last = span.last,
          !WordLists.nonNameWords.contains(first.folded),
          !WordLists.nonNameWords.contains(last.folded),
          span.allSatisfy({
            !WordLists.namelessLinks.contains($0.folded)
          }),
          span.contains(where: { !documentStems.contains($0.stem) })
            || span.allSatisfy({ names.nameWords.contains($0.folded) })
        else { continue }
        fill(end, .unknownName(QuestionText.join(span)))
      }
    }
  }

  private func accepts(_ slot: SlotKind, _ kind: Entity.Kind) -> Bool {
    slot == .entity || slot.entityKind == kind
  }
}
