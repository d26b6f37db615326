/// The documents, entities and facts docent answers from, indexed for lookups by name and subject.
public struct KnowledgeBase: Sendable {
  /// The documents, in load order.
  public let documents: [Document]
  /// The entities, in the order their files declare them.
  public let entities: [Entity]
  /// The curated facts, in the order their files declare them.
  public let facts: [Fact]
  /// The relation lexicon, by id.
  public let relations: [String: Relation]
  /// The question grammar.
  public let grammar: Grammar
  /// The grammar's example questions that these documents can answer, by intent, in grammar
  /// order: for `:help` and for hints.
  public internal(set) var examples: [(intent: String, question: String)] = []
  /// The folder the knowledge was loaded from, as its files are named.
  let folder: String
  /// How question and fact words are compared.
  let lexicon: Lexicon
  /// The facts indexed for lookups.
  let factIndex: FactIndex
  /// The names of the entities, for finding them in questions and sentences.
  let nameIndex: NameIndex
  /// The sentences that mention each entity, by entity id.
  private let mentions: [String: [Sentence]]
  /// The first two entities of each kind (nil: of any kind), to fill template samples.
  let sampleEntities: [Entity.Kind?: [Entity]]
  /// The stem of every word the documents use.
  let documentStems: Set<String>

  private let documentsByID: [String: Int]
  private let entitiesByID: [String: Int]

  init(
    documents: [Document], entities: [Entity], facts: [Fact], relations: [String: Relation],
    grammar: Grammar, lexicon: Lexicon, folder: String = ""
  ) {
    self.folder = folder
    var samples: [Entity.Kind?: [Entity]] = [:]
    for entity in entities {
      for key in [entity.kind, nil] where samples[key, default: []].count < 2 {
        samples[key, default: []].append(entity)
      }
    }
    sampleEntities = samples
    self.documents = documents
    self.entities = entities
    self.facts = facts
    self.relations = relations
    self.grammar = grammar
    self.lexicon = lexicon
    let nameIndex = NameIndex(entities)
    self.nameIndex = nameIndex
    mentions = Self.findMentions(of: entities, in: documents, names: nameIndex)
    // Both each word's stem and its synonym group's, as questions are compared in either.
    documentStems = Set(
      documents.lazy.flatMap(\.sentences).flatMap { QuestionText.tokens($0.text).map(\.stem) }
        .flatMap { [$0, lexicon.canonical($0)] })
    documentsByID = Dictionary(
      documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    entitiesByID = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let byID = entitiesByID
    factIndex = FactIndex(
      facts: facts, entities: { byID[$0].map { entities[$0] } }, relations: relations,
      lexicon: lexicon)
  }

  /// The sentences mentioning each entity by one of its names, found word by word.
  private static func findMentions(
    of entities: [Entity], in documents: [Document], names: NameIndex
  ) -> [String: [Sentence]] {
    var mentions: [String: [Sentence]] = [:]
    for sentence in documents.lazy.flatMap(\.sentences) {
      let tokens = QuestionText.tokens(sentence.text)
      var found = Set<Int>()
      for start in tokens.indices {
        for name in names.names(in: tokens, from: start) {
          // "us" in running text is the pronoun, not the U.S.
          let word = tokens[start]
          if name.end == start + 1, WordLists.nonNameWords.contains(word.folded),
            !word.original.contains(where: \.isUppercase)
          {
            continue
          }
          found.formUnion(name.entities)
        }
      }
      for index in found.sorted() {
        mentions[entities[index].id, default: []].append(sentence)
      }
    }
    return mentions
  }

  /// The sentences that mention the entity `id` by name, in document order.
  public func mentions(of id: String) -> [Sentence] {
    mentions[id] ?? []
  }

  /// The document with this id.
  public func document(_ id: String) -> Document? {
    documentsByID[id].map { documents[$0] }
  }

  /// `location` with the file named relative to the knowledge folder ("grammar/questions.yaml"),
  /// so that what `:why` prints does not depend on where docent was started.
  func relative(_ location: SourceLocation) -> SourceLocation {
    let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    guard !prefix.isEmpty, location.file.hasPrefix(prefix) else { return location }
    return SourceLocation(
      file: String(location.file.dropFirst(prefix.count)), line: location.line,
      column: location.column)
  }

  /// The position of the document `id` in load order.
  func documentPosition(_ id: String) -> Int {
    documentsByID[id] ?? documents.count
  }

  /// The entity with this id.
  public func entity(_ id: String) -> Entity? {
    entitiesByID[id].map { entities[$0] }
  }

  /// The facts whose subject is the entity `id`, optionally only those of one relation.
  public func facts(about id: String, relation: String? = nil) -> [Fact] {
    factIndex.about(id).map { facts[$0] }.filter {
      relation == nil || $0.relation == relation
    }
  }

  /// Every name and alias docent knows, sorted, for completion.
  public var names: [String] {
    Array(Set(entities.flatMap(\.allNames))).sorted()
  }

  /// The number of sentences across all documents.
  public var sentenceCount: Int {
    documents.reduce(0) { $0 + $1.sentences.count }
  }

  /// The number of facts citing a sentence of the document `id`.
  public func factCount(in id: String) -> Int {
    facts.count { $0.source.document == id }
  }
}
