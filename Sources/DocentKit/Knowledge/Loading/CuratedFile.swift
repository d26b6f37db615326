import Yams

/// An entity as a curated file declares it, before the whole folder is checked.
struct DraftEntity {
  let entity: Entity
  let location: SourceLocation
  /// The name and each alias, with where each is written.
  let names: [(String, SourceLocation)]
}

/// A fact as a curated file declares it, before its ids and source are checked.
struct DraftFact {
  let subject: EntityID
  let relation: RelationID
  let object: EntityID?
  let value: String?
  let topic: String?
  let qualifiers: Fact.Qualifiers
  let source: String
  let location: SourceLocation
  let subjectLocation: SourceLocation
  let relationLocation: SourceLocation
  let objectLocation: SourceLocation
  let sourceLocation: SourceLocation
}

/// The entities and facts of one curated file (`documents/NAME.yaml`).
struct DraftFile {
  var entities: [DraftEntity] = []
  var facts: [DraftFact] = []

  static let entityKeys = ["id", "kind", "name", "aliases", "plural"]
  static let factKeys = [
    "subject", "relation", "object", "value", "source", "time", "place", "quantity",
    "according", "negated", "hedge", "topic",
  ]

  /// Reads the file's `entities` and `facts` lists, reporting every malformed entry.
  static func read(_ file: YAMLFile, diagnostics: inout [Diagnostic]) -> DraftFile {
    var draft = DraftFile()
    guard let root = file.root,
      let top = YAMLMappingReader(root, in: file, what: "the file", diagnostics: &diagnostics)
    else { return draft }
    top.checkKeys(["entities", "facts"], diagnostics: &diagnostics)
    for node in list(top, "entities", diagnostics: &diagnostics) {
      if let entity = readEntity(node, in: file, diagnostics: &diagnostics) {
        draft.entities.append(entity)
      }
    }
    for node in list(top, "facts", diagnostics: &diagnostics) {
      if let fact = readFact(node, in: file, diagnostics: &diagnostics) {
        draft.facts.append(fact)
      }
    }
    return draft
  }

  private static func list(
    _ reader: YAMLMappingReader, _ key: String, diagnostics: inout [Diagnostic]
  ) -> [Node] {
    guard let node = reader.node(key) else { return [] }
    guard let sequence = node.sequence else {
      diagnostics.append(Diagnostic(reader.file.location(of: node), "'\(key)' must be a list"))
      return []
    }
    return Array(sequence)
  }

  private static func readEntity(
    _ node: Node, in file: YAMLFile, diagnostics: inout [Diagnostic]
  ) -> DraftEntity? {
    guard
      let reader = YAMLMappingReader(node, in: file, what: "an entity", diagnostics: &diagnostics)
    else { return nil }
    reader.checkKeys(entityKeys, diagnostics: &diagnostics)
    let id = reader.string("id", required: true, diagnostics: &diagnostics)
    let name = reader.string("name", required: true, diagnostics: &diagnostics)
    let kindText = reader.string("kind", required: true, diagnostics: &diagnostics)
    let aliases = reader.strings("aliases", diagnostics: &diagnostics)
    let plural = reader.bool("plural", diagnostics: &diagnostics)
    let kind = kindText.flatMap(Entity.Kind.init(rawValue:))
    if let kindText, kind == nil {
      let kinds = Entity.Kind.allCases.map(\.rawValue)
      diagnostics.append(
        Diagnostic(
          file.location(of: reader.node("kind")), "unknown kind '\(kindText)'",
          suggestion: didYouMean(kindText, in: kinds)
            ?? "use one of \(kinds.joined(separator: ", "))"))
    }
    guard let id, let name, let kind else { return nil }
    let names =
      [(name, file.location(of: reader.node("name")))]
      + aliases.map { ($0.0, file.location(of: $0.1)) }
    return DraftEntity(
      entity: Entity(
        id: EntityID(rawValue: id), kind: kind, name: name, aliases: aliases.map(\.0),
        plural: plural),
      location: file.location(of: node), names: names)
  }

  private static func readFact(
    _ node: Node, in file: YAMLFile, diagnostics: inout [Diagnostic]
  ) -> DraftFact? {
    guard let reader = YAMLMappingReader(node, in: file, what: "a fact", diagnostics: &diagnostics)
    else { return nil }
    reader.checkKeys(factKeys, diagnostics: &diagnostics)
    let subject = reader.string("subject", required: true, diagnostics: &diagnostics)
    let relation = reader.string("relation", required: true, diagnostics: &diagnostics)
    let source = reader.string("source", required: true, diagnostics: &diagnostics)
    let qualifiers = Fact.Qualifiers(
      time: reader.string("time", diagnostics: &diagnostics),
      place: reader.string("place", diagnostics: &diagnostics),
      quantity: reader.string("quantity", diagnostics: &diagnostics),
      according: reader.string("according", diagnostics: &diagnostics).map {
        EntityID(rawValue: $0)
      },
      negated: reader.bool("negated", diagnostics: &diagnostics),
      hedge: reader.string("hedge", diagnostics: &diagnostics))
    let object = reader.string("object", diagnostics: &diagnostics)
    let value = reader.string("value", diagnostics: &diagnostics)
    let topic = reader.string("topic", diagnostics: &diagnostics)
    guard let subject, let relation, let source else { return nil }
    let at = { (key: String) in file.location(of: reader.node(key) ?? node) }
    return DraftFact(
      subject: EntityID(rawValue: subject), relation: RelationID(rawValue: relation),
      object: object.map { EntityID(rawValue: $0) },
      value: value, topic: topic,
      qualifiers: qualifiers,
      source: source, location: file.location(of: node), subjectLocation: at("subject"),
      relationLocation: at("relation"), objectLocation: at("object"), sourceLocation: at("source"))
  }
}
