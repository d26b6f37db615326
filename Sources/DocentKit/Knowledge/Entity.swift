/// Someone or something the documents name, with the other names it goes by.
public struct Entity: Hashable, Sendable {
  /// What kind of thing an entity is; question slots such as `{person}` are filled by kind.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case person, organization, place, event, thing
  }

  /// The canonical id, such as `dimitri-diliani`.
  public let id: String
  /// The kind of thing the entity is.
  public let kind: Kind
  /// The name answers use, such as "Dimitri Diliani".
  public let name: String
  /// Other names the documents or readers use for it, such as "Diliani" or "Mr. Diliani".
  public let aliases: [String]
  /// True when the name is plural ("the Cairo talks"), so answers say "are", not "is".
  public let plural: Bool

  public init(id: String, kind: Kind, name: String, aliases: [String], plural: Bool = false) {
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.plural = plural
  }

  /// The name followed by every alias.
  public var allNames: [String] { [name] + aliases }
}
