import Synchronization
import Yams

/// Checks the raw contents of a knowledge folder and builds the knowledge base from them.
///
/// No disk access: `KnowledgeLoader` reads the files, this type checks and links them, so tests
/// can build knowledge from strings.
enum KnowledgeBuilder {
  /// Builds the knowledge base and checks the grammar against it, or throws with every problem
  /// found.
  static func build(_ sources: KnowledgeSources) throws(KnowledgeLoadError)
    -> LoadedKnowledge
  {
    var diagnostics: [Diagnostic] = []
    let (relations, relationsKey) = RelationsFile.parse(
      sources.relations, path: sources.relationsPath, diagnostics: &diagnostics)
    if let relationsKey {
      checkExtractedRelations(relations, declaredAt: relationsKey, diagnostics: &diagnostics)
    }
    let documents = sources.documents.map { Document(id: $0.id, text: $0.text) }

    var drafts: [(DraftFile, Document)] = []
    for (source, document) in zip(sources.documents, documents) {
      guard let text = source.curated else { continue }
      switch YAMLFile.parse(text, path: source.curatedPath) {
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
      case .success(let file):
        drafts.append((DraftFile.read(file, diagnostics: &diagnostics), document))
      }
    }
    let entities = checkEntities(drafts.flatMap(\.0.entities), diagnostics: &diagnostics)
    let entityIDs = Set(entities.map(\.id))
    var facts: [Fact] = []
    for (draft, document) in drafts {
      let matcher = FragmentMatcher(document)
      for fact in draft.facts {
        if let checked = check(
          fact, in: document, matcher: matcher, entityIDs: entityIDs, relations: relations,
          diagnostics: &diagnostics)
        {
          facts.append(checked)
        }
      }
    }
    let extracted = ExtractedLayer.build(
      documents: documents, curatedEntities: entities, curatedFacts: facts,
      curatedDocuments: Set(sources.documents.filter { $0.curated != nil }.map(\.id)))
    let allEntities = entities + extracted.entities
    let allFacts = facts + extracted.facts
    let (grammar, lexicon) = GrammarBuilder.build(
      sources.grammar.map { ($0.path, $0.text) }, relations: relations,
      entityKinds: Set(allEntities.map(\.kind)), diagnostics: &diagnostics)
    guard diagnostics.isEmpty else {
      throw KnowledgeLoadError(diagnostics)
    }
    // Each document's clauses on every core, from the parses kept for it where they still
    // hold: its linkages are let go once its clauses are read, so the parses of all the
    // documents never sit in memory at once. The rest are parsed now.
    let kept = sources.keptParses
    let fromKept = documents.concurrentMap { document -> [Clause]? in
      guard let text = kept[document.id], let parses = DocumentParses(text: text, for: document),
        parses.holds(for: document)
      else { return nil }
      return readClauses(of: document, parses.linkages)
    }
    let missing = documents.indices.filter { fromKept[$0] == nil }.map { documents[$0] }
    let parses = try parse(missing, folder: sources.folder, progress: sources.progress)
    let clauses = documents.indices.flatMap { index in
      fromKept[index]
        ?? readClauses(of: documents[index], parses[documents[index].id]?.linkages ?? [])
    }
    let knowledge = KnowledgeBase(
      documents: documents, entities: allEntities, facts: allFacts, relations: relations,
      lexicon: lexicon, clauses: clauses)
    let examples: [(intent: String, question: String)]
    if let checked = sources.checkedExamples {
      examples = checked
    } else {
      let check = GrammarChecker.check(grammar, against: knowledge)
      guard check.diagnostics.isEmpty else {
        throw KnowledgeLoadError(check.diagnostics)
      }
      examples = check.examples
    }
    return LoadedKnowledge(
      base: knowledge, grammar: grammar, examples: examples, folder: sources.folder,
      parses: parses, freshlyParsed: missing.map(\.id),
      checkedGrammar: sources.checkedExamples == nil)
  }

  // MARK: Parsing

  /// The clauses of `document`'s sentences, read from their linkages.
  private static func readClauses(of document: Document, _ linkages: [Linkage?]) -> [Clause] {
    zip(document.sentences, linkages).flatMap { sentence, linkage in
      linkage.map { ClauseExtractor.clauses(of: sentence, linkage: $0) } ?? []
    }
  }

  /// The linkages of `toParse`, parsed now, by document id.
  private static func parse(_ toParse: [Document], folder: String, progress: ParseProgress?)
    throws(KnowledgeLoadError) -> [String: DocumentParses]
  {
    var parses: [String: DocumentParses] = [:]
    let total = toParse.reduce(0) { $0 + $1.sentences.count }
    let counter = Mutex(0)
    let tick: @Sendable () -> Void = {
      let done = counter.withLock { count in
        count += 1
        return count
      }
      progress?(done, total)
    }
    for document in toParse {
      guard let parser = LinkParser.english else {
        throw KnowledgeLoadError([
          Diagnostic(
            SourceLocation(file: folder.isEmpty ? document.id : folder, line: 1),
            "cannot parse the documents: the Link Grammar English dictionary is missing",
            suggestion: "install liblink-grammar-dev (make deps)")
        ])
      }
      parses[document.id] = DocumentParses(parsing: document, with: parser, progress: tick)
    }
    return parses
  }

  // MARK: Relations

  /// Reports every relation of the extracted facts that `relations.yaml` does not declare, at
  /// its `relations:` key.
  private static func checkExtractedRelations(
    _ relations: [RelationID: Relation], declaredAt location: SourceLocation,
    diagnostics: inout [Diagnostic]
  ) {
    for relation in ExtractedRelation.allCases where relations[relation.id] == nil {
      diagnostics.append(
        Diagnostic(
          location,
          "relations.yaml does not declare relation '\(relation.rawValue)', which facts extracted from the documents use",
          suggestion: "declare it under 'relations'"))
    }
  }

  // MARK: Entities

  private static func checkEntities(
    _ drafts: [DraftEntity], diagnostics: inout [Diagnostic]
  ) -> [Entity] {
    var entities: [Entity] = []
    var declared: [EntityID: SourceLocation] = [:]
    var nameOwners: [String: (id: EntityID, location: SourceLocation)] = [:]
    for draft in drafts {
      if let first = declared[draft.entity.id] {
        diagnostics.append(
          Diagnostic(
            draft.location, "entity id '\(draft.entity.id)' is already declared at \(first)"))
        continue
      }
      declared[draft.entity.id] = draft.location
      for (name, location) in draft.names {
        // Compared as the name index compares them, so an alias conflict is reported exactly
        // when two entities would share a name there.
        let key = NameIndex.words(name).joined(separator: " ")
        if let owner = nameOwners[key], owner.id != draft.entity.id {
          diagnostics.append(
            Diagnostic(
              location,
              "the name '\(name)' is claimed by '\(owner.id)' (\(owner.location)) and '\(draft.entity.id)'",
              suggestion: "keep it on one entity"))
        } else {
          nameOwners[key] = (draft.entity.id, location)
        }
      }
      entities.append(draft.entity)
    }
    return entities
  }

  // MARK: Facts

  private static func check(
    _ draft: DraftFact, in document: Document, matcher: FragmentMatcher, entityIDs: Set<EntityID>,
    relations: [RelationID: Relation], diagnostics: inout [Diagnostic]
  ) -> Fact? {
    let errorsBefore = diagnostics.count
    func requireEntity(_ id: EntityID?, _ location: SourceLocation, role: String) {
      guard let id, !entityIDs.contains(id) else { return }
      diagnostics.append(
        Diagnostic(
          location, "unknown entity id '\(id)' as \(role)",
          suggestion: didYouMean(id.rawValue, in: entityIDs.map(\.rawValue).sorted())))
    }
    requireEntity(draft.subject, draft.subjectLocation, role: "subject")
    requireEntity(draft.object, draft.objectLocation, role: "object")
    requireEntity(draft.qualifiers.according, draft.location, role: "'according'")

    let relation = relations[draft.relation]
    if relation == nil {
      diagnostics.append(
        Diagnostic(
          draft.relationLocation, "unknown relation '\(draft.relation)'",
          suggestion: didYouMean(
            draft.relation.rawValue, in: relations.keys.map(\.rawValue).sorted()),
          dependsOn: .relations))
    }
    switch (relation?.object, draft.object, draft.value) {
    case (_, nil, nil):
      diagnostics.append(Diagnostic(draft.location, "a fact needs an 'object' or a 'value'"))
    case (.entity?, nil, _):
      diagnostics.append(
        Diagnostic(draft.location, "relation '\(draft.relation)' needs an entity as 'object'"))
    case (.value?, _, nil):
      diagnostics.append(
        Diagnostic(draft.location, "relation '\(draft.relation)' needs words as 'value'"))
    default:
      break
    }

    let sentence: Sentence?
    switch matcher.sentences(containing: draft.source) {
    case let matches where matches.count == 1:
      sentence = matches[0]
    case let matches where matches.isEmpty:
      sentence = nil
      diagnostics.append(
        Diagnostic(
          draft.sourceLocation, "the source fragment matches no sentence of '\(document.id)'",
          suggestion: "copy a part of one sentence exactly"))
    case let matches:
      sentence = nil
      let numbers = matches.map { String($0.number) }.joined(separator: ", ")
      diagnostics.append(
        Diagnostic(
          draft.sourceLocation,
          "the source fragment matches \(matches.count) sentences of '\(document.id)' (\(numbers))",
          suggestion: "quote more of the sentence you mean"))
    }
    guard diagnostics.count == errorsBefore, let sentence else { return nil }
    return Fact(
      subject: draft.subject, relation: draft.relation, object: draft.object, value: draft.value,
      topic: draft.topic, qualifiers: draft.qualifiers, source: sentence, location: draft.location)
  }
}
