/// A relation of the shared lexicon, as declared in `Knowledge/relations.yaml`.
struct Relation: Hashable, Sendable {
  /// The relation's id, as facts name it: `role`, `leads`, `member-of`, ...
  let id: String
  /// What the relation means, for curators.
  let description: String
  /// Whether the relation's object is an entity, words, or may be either.
  let object: ObjectKind
  /// How an answer states a fact of this relation, with `{subject}`, `{object}`, `{value}`,
  /// `{quantity}` and `{topic}` filled in.
  let phrase: String

  /// What a relation's object may be.
  enum ObjectKind: String, Hashable, Sendable {
    case entity, value, any
  }

  init(id: String, description: String, object: ObjectKind, phrase: String) {
    self.id = id
    self.description = description
    self.object = object
    self.phrase = phrase
  }
}
