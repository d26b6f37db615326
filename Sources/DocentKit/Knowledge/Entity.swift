/// Someone or something the documents name, with the other names it goes by.
struct Entity: Hashable, Sendable {
  /// What kind of thing an entity is; question slots such as `{person}` are filled by kind.
  enum Kind: String, Hashable, Sendable, CaseIterable {
    case person, organization, place, event, thing
  }

  /// The canonical id, such as `dimitri-diliani`.
  let id: EntityID
  /// The kind of thing the entity is.
  let kind: Kind
  /// The name answers use, such as "Dimitri Diliani".
  let name: String
  /// Other names the documents or readers use for it, such as "Diliani" or "Mr. Diliani".
  let aliases: [String]
  /// True when the name is plural ("the Cairo talks"), so answers say "are", not "is".
  let plural: Bool

  /// Whether a curator declared the entity, rather than the extractor finding its name.
  let isCurated: Bool

  init(
    id: EntityID, kind: Kind, name: String, aliases: [String], plural: Bool = false,
    isCurated: Bool = true
  ) {
    self.isCurated = isCurated
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.plural = plural
  }

  /// The name followed by every alias.
  var allNames: [String] { [name] + aliases }
}
