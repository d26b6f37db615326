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
  /// The grammar's openers and closers, laid out for matching.
  private let openers: [MatchProgram]
  private let closers: [MatchProgram]

  init(grammar: Grammar, names: NameIndex, entities: [Entity], documentStems: Set<String>) {
    self.grammar = grammar
    self.names = names
    self.entities = entities
    self.documentStems = documentStems
    self.openers = grammar.openers.map(MatchProgram.init)
    self.closers = grammar.closers.map(MatchProgram.init)
  }

  /// The most steps the matcher takes for one question; past it the templates give the
  /// question up (only a pathological grammar or question comes near it).
  static let stepLimit = 200_000

  /// Every reading of the tokens, best first by `Parse.rank`; nil when reading them took more
  /// than `stepLimit` steps.
  func parses(_ tokens: [QuestionToken]) -> [Parse]? {
    var results: [Parse] = []
    let mixedCase = tokens.contains { $0.original.contains(where: \.isUppercase) }
    let stems = Set(tokens.map(\.stem))
    let budget = Budget(steps: Self.stepLimit)
    let starts = reachable(openers, tokens, from: 0, budget)
    // Whether the closers reach the end of the question from a position, found once for each.
    var closes: [Int: Bool] = [:]
    // Templates are looked at in place; only those whose words the question has are copied.
    for index in grammar.templates.indices
    where grammar.templates[index].requiredStems.isSubset(of: stems) {
      let template = grammar.templates[index]
      var seen = Set<String>()
      for start in starts {
        let run = Run(program: template.program, tokens: tokens, mixedCase: mixedCase, budget)
        match(template.program.root, run, start, State()) { end, state in
          let closed =
            closes[end] ?? reachable(closers, tokens, from: end, budget).contains(tokens.count)
          closes[end] = closed
          guard closed else { return }
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
      if budget.spent { return nil }
    }
    return results.sorted { $0.rank < $1.rank }
  }

  /// The progress of one attempt to match.
  private struct State: Hashable {
    var literals = 0
    var freeWords = 0
    var slots: [SlotFill] = []
    /// A possessive pronoun was just matched, so a following "'s" is implied: "his role".
    var possessive = false
  }

  private typealias Continuation = (Int, State) -> Void

  /// The steps left for one question, shared by every attempt to match it.
  private final class Budget {
    var steps: Int
    var spent: Bool { steps <= 0 }
    init(steps: Int) { self.steps = steps }
  }

  /// One attempt to match a program against the tokens from one start: where each part of a
  /// sequence has already been continued from, so no way forward is followed twice.
  private final class Run {
    let program: MatchProgram
    let tokens: [QuestionToken]
    let mixedCase: Bool
    let budget: Budget
    private var continued = Set<Step>()

    private struct Step: Hashable {
      let sequence: Int
      let item: Int
      let position: Int
      let state: State
    }

    init(program: MatchProgram, tokens: [QuestionToken], mixedCase: Bool, _ budget: Budget) {
      self.program = program
      self.tokens = tokens
      self.mixedCase = mixedCase
      self.budget = budget
    }

    /// Whether to go on from `item` of `sequence` at `position` with `state`: false when that
    /// was done before (everything it leads to is already found) or the budget is spent.
    func goesOn(_ sequence: Int, _ item: Int, _ position: Int, _ state: State) -> Bool {
      guard !budget.spent else { return false }
      budget.steps -= 1
      return continued.insert(
        Step(sequence: sequence, item: item, position: position, state: state)
      ).inserted
    }
  }

  /// The positions any number of the ignored `fillers` ("please", "can you tell me") reach
  /// from `i`, `i` itself first. Each is found once however many ways the fillers reach it
  /// ("can you please tell me" is one filler or three), so repeated openers cost time in
  /// proportion to their length.
  private func reachable(
    _ fillers: [MatchProgram], _ tokens: [QuestionToken], from i: Int, _ budget: Budget
  ) -> [Int] {
    var reached: Set<Int> = [i]
    var frontier = [i]
    while let position = frontier.popLast(), !budget.spent {
      for filler in fillers {
        let run = Run(program: filler, tokens: tokens, mixedCase: false, budget)
        match(filler.root, run, position, State()) { end, _ in
          if end > position, reached.insert(end).inserted { frontier.append(end) }
        }
      }
    }
    return reached.sorted()
  }

  private func match(_ node: Int, _ run: Run, _ i: Int, _ state: State, _ k: Continuation) {
    switch run.program.nodes[node] {
    case .word(let stem):
      if stem == "'s" && state.possessive {
        var next = state
        next.possessive = false
        k(i, next)
      } else if i < run.tokens.count, run.tokens[i].stem == stem {
        var next = state
        next.literals += 1
        next.possessive = false
        k(i + 1, next)
      }
    case .sequence(let items):
      matchSequence(node, items, 0, run, i, state, k)
    case .choice(let alternatives):
      for alternative in alternatives {
        match(alternative, run, i, state, k)
      }
    case .optional(let inner):
      k(i, state)
      match(inner, run, i, state, k)
    case .slot(let kind, let role):
      matchSlot(kind, role, run.tokens, i, state, run.mixedCase, k)
    case .nothing:
      break
    }
  }

  private func matchSequence(
    _ sequence: Int, _ items: [Int], _ item: Int, _ run: Run, _ i: Int, _ state: State,
    _ k: Continuation
  ) {
    guard item < items.count else { return k(i, state) }
    match(items[item], run, i, state) { j, next in
      guard run.goesOn(sequence, item + 1, j, next) else { return }
      matchSequence(sequence, items, item + 1, run, j, next, k)
    }
  }

  private func matchSlot(
    _ kind: SlotKind, _ role: SlotRole, _ tokens: [QuestionToken], _ i: Int, _ state: State,
    _ mixedCase: Bool, _ k: Continuation
  ) {
    guard i < tokens.count else { return }
    func fill(
      _ end: Int, _ value: SlotValue, typed: String? = nil, free: Int = 0, possessive: Bool = false
    ) {
      var next = state
      let typed = typed ?? QuestionText.join(tokens[i..<end])
      next.slots.append(
        SlotFill(kind: kind, role: role, typed: typed, value: value, range: i..<end))
      next.freeWords += free
      next.possessive = possessive
      k(end, next)
    }
    switch kind {
    case .words:
      for end in (i + 1)...min(tokens.count, i + 16) {
        let words = QuestionText.join(tokens[i..<end])
        fill(end, .words(words), typed: words, free: end - i)
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
