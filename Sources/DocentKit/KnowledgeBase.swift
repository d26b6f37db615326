/// The documents, entities and facts docent answers from, indexed for lookups by name and subject.
public struct KnowledgeBase: Sendable {
  /// The documents, in load order.
  public let documents: [Document]
  /// The entities, in the order their files declare them.
  public let entities: [Entity]
  /// The curated facts, in the order their files declare them.
  public let facts: [Fact]
  /// The relation vocabulary, by id.
  public let relations: [String: Relation]

  private let documentsByID: [String: Int]
  private let entitiesByID: [String: Int]
  private let entityIndicesByName: [String: [Int]]
  private let factIndicesBySubject: [String: [Int]]

  public init(
    documents: [Document], entities: [Entity], facts: [Fact], relations: [String: Relation]
  ) {
    self.documents = documents
    self.entities = entities
    self.facts = facts
    self.relations = relations
    documentsByID = Dictionary(
      documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    entitiesByID = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var byName: [String: [Int]] = [:]
    for (index, entity) in entities.enumerated() {
      for name in Set(entity.allNames.map(NameKey.of)) {
        byName[name, default: []].append(index)
      }
    }
    entityIndicesByName = byName
    var bySubject: [String: [Int]] = [:]
    for (index, fact) in facts.enumerated() {
      bySubject[fact.subject, default: []].append(index)
    }
    factIndicesBySubject = bySubject
  }

  /// The document with this id.
  public func document(_ id: String) -> Document? {
    documentsByID[id].map { documents[$0] }
  }

  /// The entity with this id.
  public func entity(_ id: String) -> Entity? {
    entitiesByID[id].map { entities[$0] }
  }

  /// The entities that go by `name` (case, accents and a leading "the" ignored).
  public func entities(named name: some StringProtocol) -> [Entity] {
    (entityIndicesByName[NameKey.of(name)] ?? []).map { entities[$0] }
  }

  /// The facts whose subject is the entity `id`, optionally only those of one relation.
  public func facts(about id: String, relation: String? = nil) -> [Fact] {
    (factIndicesBySubject[id] ?? []).map { facts[$0] }.filter {
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
