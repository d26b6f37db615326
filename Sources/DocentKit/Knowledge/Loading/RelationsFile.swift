import Yams

/// Reads `relations.yaml`, the relation lexicon: each relation's id, object kind, phrase,
/// description, and how answering treats it (`traits`, `opposite`, `extracted_phrase`).
enum RelationsFile {
  /// The keys a relation may have.
  static let keys = [
    "id", "object", "phrase", "description", "traits", "opposite", "extracted_phrase",
  ]

  /// The relations of `text`, by id, and where its `relations:` key stands: nil when there is
  /// no file (the loader reports that) or it holds no list of relations (reported here). Every
  /// problem is added to `diagnostics`.
  static func parse(_ text: String?, path: String, diagnostics: inout [Diagnostic])
    -> (relations: [RelationID: Relation], key: SourceLocation?)
  {
    guard let text else { return ([:], nil) }
    let file: YAMLFile
    // A file that gives no relations breaks every curated fact and intent that names one.
    switch YAMLFile.parse(text, path: path) {
    case .failure(var diagnostic):
      diagnostic.breaks = .relations
      diagnostics.append(diagnostic)
      return ([:], nil)
    case .success(let parsed):
      file = parsed
    }
    guard let root = file.root else {
      diagnostics.append(
        Diagnostic(
          SourceLocation(file: path, line: 1, column: 1), "the file is empty",
          suggestion: "it should hold a list under 'relations'", breaks: .relations))
      return ([:], nil)
    }
    var problems: [Diagnostic] = []
    guard let top = YAMLMappingReader(root, in: file, what: "the file", diagnostics: &problems)
    else {
      diagnostics += problems.map {
        var problem = $0; problem.breaks = .relations; return problem
      }
      return ([:], nil)
    }
    top.checkKeys(["relations"], diagnostics: &diagnostics)
    guard let list = top.node("relations")?.sequence else {
      diagnostics.append(
        Diagnostic(
          file.location(of: root), "expected a list under 'relations'", breaks: .relations))
      return ([:], nil)
    }
    var relations: [RelationID: Relation] = [:]
    var opposites: [(id: RelationID, node: Node)] = []
    for node in list {
      guard
        let reader = YAMLMappingReader(
          node, in: file, what: "a relation", diagnostics: &diagnostics)
      else { continue }
      reader.checkKeys(keys, diagnostics: &diagnostics)
      guard let name = reader.string("id", required: true, diagnostics: &diagnostics) else {
        continue
      }
      let id = RelationID(rawValue: name)
      let description =
        reader.string("description", required: true, diagnostics: &diagnostics) ?? ""
      let objectText = reader.string("object", diagnostics: &diagnostics) ?? "any"
      let phrase = reader.string("phrase", required: true, diagnostics: &diagnostics) ?? ""
      guard let object = Relation.ObjectKind(rawValue: objectText) else {
        diagnostics.append(
          Diagnostic(
            file.location(of: reader.node("object")),
            "unknown object kind '\(objectText)'; use entity, value or any"))
        continue
      }
      let traits = reader.strings("traits", diagnostics: &diagnostics).compactMap { name, node in
        let trait = Relation.Trait(rawValue: name)
        if trait == nil {
          let names = Relation.Trait.allCases.map(\.rawValue)
          diagnostics.append(
            Diagnostic(
              file.location(of: node), "unknown trait '\(name)'",
              suggestion: didYouMean(name, in: names)
                ?? "use one of \(names.joined(separator: ", "))"))
        }
        return trait
      }
      let opposite = reader.string("opposite", diagnostics: &diagnostics).map {
        RelationID(rawValue: $0)
      }
      if let opposite, let node = reader.node("opposite") { opposites.append((opposite, node)) }
      if relations[id] != nil {
        diagnostics.append(
          Diagnostic(file.location(of: node), "relation '\(id)' is declared twice"))
      }
      relations[id] = Relation(
        id: id, description: description, object: object, phrase: phrase,
        extractedPhrase: reader.string("extracted_phrase", diagnostics: &diagnostics),
        traits: Set(traits), opposite: opposite)
    }
    // An opposite must be a relation that says something is not so.
    for (id, node) in opposites {
      guard let relation = relations[id] else {
        diagnostics.append(
          Diagnostic(
            file.location(of: node), "unknown relation '\(id)'",
            suggestion: didYouMean(id.rawValue, in: relations.keys.map(\.rawValue).sorted())))
        continue
      }
      if !relation.traits.contains(.negative) {
        diagnostics.append(
          Diagnostic(
            file.location(of: node),
            "the opposite '\(id)' must have the trait 'negative', since its facts answer \"No\""))
      }
    }
    return (relations, top.location(ofKey: "relations"))
  }
}
