/// A relation of the shared lexicon, as declared in `Knowledge/relations.yaml`: what it means,
/// how answers phrase it, and how answering treats its facts.
struct Relation: Hashable, Sendable, Codable {
  /// The relation's id, as facts name it: `role`, `leads`, `member-of`, ...
  let id: RelationID
  /// What the relation means, for curators.
  let description: String
  /// Whether the relation's object is an entity, words, or may be either.
  let object: ObjectKind
  /// How an answer states a fact of this relation, with `{subject}`, `{object}`, `{value}`,
  /// `{quantity}` and `{topic}` filled in.
  let phrase: String
  /// How an answer states a fact of this relation found in the text without curation, when
  /// not with `phrase`: `"{value}"` states it in the sentence's own words.
  let extractedPhrase: String?
  /// How answering treats the relation's facts.
  let traits: Set<Trait>
  /// The relation whose facts say the opposite ("excluded-from" for "member-of"): a yes/no
  /// question about this relation is answered "No" by them.
  let opposite: RelationID?

  /// What a relation's object may be.
  enum ObjectKind: String, Hashable, Sendable, Codable {
    case entity, value, any
  }

  /// How answering treats the facts of a relation; declared under `traits:` in
  /// `relations.yaml`.
  enum Trait: String, Hashable, Sendable, CaseIterable, Codable {
    /// The fact says who or what its subject is ("a spokesman for …"); several such facts
    /// answer as one sentence: "X is A and B".
    case description
    /// The fact also tells who or what its object is: "who is X" falls back on such facts
    /// pointing at X when nothing describes X itself.
    case describesObject = "describes-object"
    /// The fact is the subject's own words, quoted; asking what someone said also finds what
    /// others report them as saying.
    case speech
    /// The fact says that something is not so: a yes/no question it answers gets "No".
    case negative
    /// The fact's value names what is counted: "how many X" takes it only when X is that.
    case counts
    /// The fact gives a number, a length of time or a date: found without curation, only an
    /// intent that names the relation answers with it, never a "who" or "what" that looks for
    /// any fact.
    case detail
  }

  init(
    id: RelationID, description: String, object: ObjectKind, phrase: String,
    extractedPhrase: String? = nil, traits: Set<Trait> = [], opposite: RelationID? = nil
  ) {
    self.id = id
    self.description = description
    self.object = object
    self.phrase = phrase
    self.extractedPhrase = extractedPhrase
    self.traits = traits
    self.opposite = opposite
  }
}
