import Yams

/// Reads and checks the grammar files (`Knowledge/grammar/*.yaml`).
///
/// A file may hold `openers` and `closers` (lists of templates ignored before and after a
/// question), `rules` (name: template) and `intents` (id, answer, relations,
/// not_stated, templates). Every problem is reported with its file, line and column.
enum GrammarBuilder {
  /// The most parts a template may have once its rules are put in.
  static let maximumParts = 10_000
  /// The deepest its groups may nest once its rules are put in.
  static let maximumDepth = 64

  static let intentKeys = [
    "id", "answer", "relations", "not_stated", "not_stated_words", "templates",
    "examples", "prefer_first",
  ]

  /// Builds the grammar from `files` (path and text), checking it against the relation
  /// lexicon and the entity kinds the fact base has.
  static func build(
    _ files: [(path: String, text: String)], relations: [RelationID: Relation],
    entityKinds: Set<Entity.Kind>, diagnostics: inout [Diagnostic]
  ) -> (Grammar, Lexicon) {
    var synonyms: [[String]] = []
    var synonymGroups: [String: SourceLocation] = [:]
    var stopWords: [String] = []
    var rules: [String: (pattern: TemplatePattern, location: SourceLocation)] = [:]
    var openers: [(TemplatePattern, SourceLocation)] = []
    var closers: [(TemplatePattern, SourceLocation)] = []
    var drafts: [(Intent, [(String, TemplatePattern, SourceLocation)])] = []
    var matching = Matching.standard

    for (path, text) in files {
      guard case .success(let file) = parseFile(text, path: path, diagnostics: &diagnostics),
        let root = file.root,
        let top = YAMLMappingReader(root, in: file, what: "the file", diagnostics: &diagnostics)
      else { continue }
      top.checkKeys(
        ["openers", "closers", "rules", "intents", "synonyms", "stopwords", "matching"],
        diagnostics: &diagnostics)
      if let node = top.node("matching") {
        matching = readMatching(node, file, matching, &diagnostics)
      }
      stopWords += top.strings("stopwords", diagnostics: &diagnostics).map(\.0)
      for group in top.node("synonyms")?.sequence.map(Array.init) ?? [] {
        let words = group.sequence?.compactMap(\.string) ?? []
        if words.count < 2 {
          diagnostics.append(
            Diagnostic(file.location(of: group), "a synonym group is a list of two or more words"))
        }
        for word in words {
          let stem = QuestionText.tokens(word).map(\.stem).joined(separator: " ")
          if let first = synonymGroups[stem], first != file.location(of: group) {
            diagnostics.append(
              Diagnostic(
                file.location(of: group), "“\(word)” is already in the synonym group at \(first)",
                suggestion: "a word belongs to one group"))
          }
          synonymGroups[stem] = file.location(of: group)
        }
        synonyms.append(words)
      }
      for (text, node) in top.strings("openers", diagnostics: &diagnostics) {
        if let pattern = template(text, node, file, &diagnostics) {
          openers.append((pattern, file.location(of: node)))
        }
      }
      for (text, node) in top.strings("closers", diagnostics: &diagnostics) {
        if let pattern = template(text, node, file, &diagnostics) {
          closers.append((pattern, file.location(of: node)))
        }
      }
      if let node = top.node("rules") {
        for (key, value) in node.mapping ?? [:] {
          guard let name = key.string, let text = value.string else {
            diagnostics.append(Diagnostic(file.location(of: key), "a rule is `name: template`"))
            continue
          }
          if let first = rules[name] {
            diagnostics.append(
              Diagnostic(
                file.location(of: key), "rule <\(name)> is already defined at \(first.location)"))
          } else if let pattern = template(text, value, file, &diagnostics) {
            rules[name] = (pattern, file.location(of: key))
          }
        }
      }
      for node in top.node("intents")?.sequence.map(Array.init) ?? [] {
        if let draft = intent(node, file, relations: relations, diagnostics: &diagnostics) {
          drafts.append(draft)
        }
      }
    }

    checkRules(rules, diagnostics: &diagnostics)
    let definitions = rules.mapValues(\.pattern)
    var extents: [String: PatternExtent] = [:]
    /// Whether `pattern`, expanded, stays within the limits; if not, says so at `location`.
    func fits(_ pattern: TemplatePattern, _ location: SourceLocation) -> Bool {
      let extent = pattern.expandedExtent(definitions, &extents)
      guard extent.size > Self.maximumParts || extent.depth > Self.maximumDepth else { return true }
      diagnostics.append(
        Diagnostic(
          location,
          "this template grows past \(Self.maximumParts) parts or \(Self.maximumDepth) nested groups "
            + "once its rules are put in",
          suggestion: "share less through rules, or split it into several templates"))
      return false
    }
    var used = Set<String>()
    var intents: [Intent] = []
    var ids: [String: SourceLocation] = [:]
    for (intent, templates) in drafts {
      if let first = ids[intent.id] {
        diagnostics.append(
          Diagnostic(intent.location, "intent '\(intent.id)' is already declared at \(first)"))
        continue
      }
      ids[intent.id] = intent.location
      var compiled: [Template] = []
      for (text, pattern, location) in templates {
        used.formUnion(reachableRules(pattern, definitions))
        for name in pattern.ruleNames.union(reachableRules(pattern, definitions))
        where definitions[name] == nil {
          diagnostics.append(
            Diagnostic(
              location, "unknown rule <\(name)>",
              suggestion: nearest(to: name, in: definitions.keys.sorted()).map {
                "did you mean <\($0)>?"
              }, dependsOn: .grammar))
        }
        guard fits(pattern, location) else { continue }
        let expanded = pattern.expandingRules(definitions)
        checkSlots(expanded, location, entityKinds, &diagnostics)
        compiled.append(
          Template(text: text, location: location, intent: intent.id, pattern: expanded))
      }
      intents.append(
        Intent(
          id: intent.id, strategy: intent.strategy, relations: intent.relations,
          preferFirst: intent.preferFirst, notStated: intent.notStated,
          notStatedWithWords: intent.notStatedWithWords,
          templates: compiled,
          examples: intent.examples, location: intent.location))
    }
    for pattern in (openers + closers).map(\.0) {
      used.formUnion(reachableRules(pattern, definitions))
    }
    for (name, rule) in rules.sorted(by: { $0.key < $1.key }) where !used.contains(name) {
      diagnostics.append(
        Diagnostic(rule.location, "rule <\(name)> is never used", dependsOn: .grammar))
    }
    let grammar = Grammar(
      intents: intents,
      openers: openers.filter { fits($0.0, $0.1) }.map { $0.0.expandingRules(definitions) },
      closers: closers.filter { fits($0.0, $0.1) }.map { $0.0.expandingRules(definitions) },
      matching: matching)
    return (grammar, Lexicon(synonyms: synonyms, stopWords: stopWords))
  }

  /// The `matching:` section: each value a share from 0 to 1.
  private static func readMatching(
    _ node: Node, _ file: YAMLFile, _ base: Matching, _ diagnostics: inout [Diagnostic]
  ) -> Matching {
    guard
      let reader = YAMLMappingReader(
        node, in: file, what: "the matching section", diagnostics: &diagnostics)
    else { return base }
    reader.checkKeys(Matching.keys.map(\.key), diagnostics: &diagnostics)
    var matching = base
    for (key, path) in Matching.keys {
      guard let value = reader.node(key) else { continue }
      guard let text = value.string, let share = Double(text), (0...1).contains(share) else {
        diagnostics.append(
          Diagnostic(
            file.location(of: value), "'\(key)' must be a number from 0 to 1",
            suggestion: "for example \(Matching.standard[keyPath: path])"))
        continue
      }
      matching[keyPath: path] = share
    }
    // A paraphrase or a count asks for less than a sentence, never more.
    matching.paraphrase = min(matching.paraphrase, matching.sentence)
    matching.count = min(matching.count, matching.sentence)
    matching.verb = max(matching.verb, matching.paraphrase)
    return matching
  }

  private static func parseFile(
    _ text: String, path: String, diagnostics: inout [Diagnostic]
  ) -> Result<YAMLFile, Diagnostic> {
    let result = YAMLFile.parse(text, path: path)
    if case .failure(var diagnostic) = result {
      diagnostic.breaks = .grammar
      diagnostics.append(diagnostic)
    }
    return result
  }

  /// Parses one template, reporting a syntax error at its column.
  private static func template(
    _ text: String, _ node: Node, _ file: YAMLFile, _ diagnostics: inout [Diagnostic]
  ) -> TemplatePattern? {
    do {
      return try TemplateParser.parse(text)
    } catch {
      let base = file.location(of: node)
      let quoted =
        node.scalar.map { $0.style == .doubleQuoted || $0.style == .singleQuoted } ?? false
      let column = (base.column ?? 1) + (quoted ? 1 : 0) + error.column - 1
      diagnostics.append(
        Diagnostic(SourceLocation(file: base.file, line: base.line, column: column), error.message))
      return nil
    }
  }

  private static func intent(
    _ node: Node, _ file: YAMLFile, relations: [RelationID: Relation],
    diagnostics: inout [Diagnostic]
  ) -> (Intent, [(String, TemplatePattern, SourceLocation)])? {
    guard
      let reader = YAMLMappingReader(node, in: file, what: "an intent", diagnostics: &diagnostics)
    else { return nil }
    reader.checkKeys(intentKeys, diagnostics: &diagnostics)
    let id = reader.string("id", required: true, diagnostics: &diagnostics)
    let answer = reader.string("answer", required: true, diagnostics: &diagnostics)
    let strategy = answer.flatMap(AnswerStrategy.init(rawValue:))
    if let answer, strategy == nil {
      let names = AnswerStrategy.allCases.map(\.rawValue)
      diagnostics.append(
        Diagnostic(
          file.location(of: reader.node("answer")), "unknown answer strategy '\(answer)'",
          suggestion: didYouMean(answer, in: names)
            ?? "use one of \(names.joined(separator: ", "))"))
    }
    let relationIDs = reader.strings("relations", diagnostics: &diagnostics).compactMap {
      id, node -> RelationID? in
      guard relations[RelationID(rawValue: id)] != nil else {
        diagnostics.append(
          Diagnostic(
            file.location(of: node), "unknown relation '\(id)'",
            suggestion: didYouMean(id, in: relations.keys.map(\.rawValue).sorted()),
            dependsOn: .relations))
        return nil
      }
      return RelationID(rawValue: id)
    }
    let notStated =
      reader.string("not_stated", diagnostics: &diagnostics) ?? "The documents don't say."
    let templates = reader.strings("templates", diagnostics: &diagnostics).compactMap {
      text, node -> (String, TemplatePattern, SourceLocation)? in
      template(text, node, file, &diagnostics).map { (text, $0, file.location(of: node)) }
    }
    if reader.node("templates") == nil {
      diagnostics.append(Diagnostic(file.location(of: node), "an intent needs 'templates'"))
    }
    guard let id, let strategy else { return nil }
    let intent = Intent(
      id: id, strategy: strategy, relations: relationIDs,
      preferFirst: reader.bool("prefer_first", diagnostics: &diagnostics), notStated: notStated,
      notStatedWithWords: reader.string("not_stated_words", diagnostics: &diagnostics),
      templates: [],
      examples: reader.strings("examples", diagnostics: &diagnostics).map(\.0),
      location: file.location(of: node))
    return (intent, templates)
  }

  /// Rules that refer to themselves, directly or through others, can never be expanded.
  private static func checkRules(
    _ rules: [String: (pattern: TemplatePattern, location: SourceLocation)],
    diagnostics: inout [Diagnostic]
  ) {
    for (name, rule) in rules.sorted(by: { $0.key < $1.key }) {
      var seen = Set<String>()
      var pending = Array(rule.pattern.ruleNames)
      while let next = pending.popLast() {
        if next == name {
          diagnostics.append(Diagnostic(rule.location, "rule <\(name)> refers to itself"))
          break
        }
        if seen.insert(next).inserted {
          pending += rules[next]?.pattern.ruleNames ?? []
        }
      }
    }
  }

  private static func reachableRules(
    _ pattern: TemplatePattern, _ rules: [String: TemplatePattern]
  ) -> Set<String> {
    var seen = Set<String>()
    var pending = Array(pattern.ruleNames)
    while let next = pending.popLast() {
      if seen.insert(next).inserted {
        pending += rules[next]?.ruleNames ?? []
      }
    }
    return seen
  }

  /// A template needs at most one subject and one object slot, and each typed slot needs values.
  private static func checkSlots(
    _ pattern: TemplatePattern, _ location: SourceLocation, _ kinds: Set<Entity.Kind>,
    _ diagnostics: inout [Diagnostic]
  ) {
    for (kind, _) in pattern.slots {
      if let entityKind = kind.entityKind, !kinds.contains(entityKind) {
        diagnostics.append(
          Diagnostic(
            location, "slot {\(kind.rawValue)} has no values: no entity is a \(kind.rawValue)"))
      }
    }
    for role in [SlotRole.subject, .object] {
      if pattern.maximumSlots(role) > 1 {
        diagnostics.append(
          Diagnostic(location, "a template has at most one \(role.rawValue) slot"))
      }
    }
  }
}

extension TemplatePattern {
  /// The most slots of `role` one match can fill.
  func maximumSlots(_ role: SlotRole) -> Int {
    switch self {
    case .word, .rule: 0
    case .slot(_, let slotRole): slotRole == role ? 1 : 0
    case .optional(let inner): inner.maximumSlots(role)
    case .sequence(let items): items.reduce(0) { $0 + $1.maximumSlots(role) }
    case .choice(let items): items.map { $0.maximumSlots(role) }.max() ?? 0
    }
  }
}
