/// One statement of a document as subject, relation and object, citing its sentence.
struct Fact: Hashable, Sendable, Codable {
  /// The id of the entity the fact is about.
  let subject: EntityID
  /// The relation, from the shared lexicon in `Knowledge/relations.yaml`.
  let relation: RelationID
  /// The id of the entity the fact points to, when its object is an entity.
  let object: EntityID?
  /// The object as words, when it is a description, a quote, a number or a date.
  let value: String?
  /// What a `cause`, `purpose` or `duration` fact explains, as a verb phrase.
  let topic: String?
  /// The circumstances the sentence gives: time, place, quantity, who says so, negation, doubt.
  var qualifiers: Qualifiers
  /// The sentence the fact comes from.
  let source: Sentence
  /// Where the fact is written, for messages about it.
  let location: SourceLocation
  /// Whether a curator wrote the fact or the extractor found it.
  let origin: Origin

  /// Where a fact comes from.
  enum Origin: String, Hashable, Sendable, Codable {
    /// A curated file.
    case curated
    /// The text itself, found without curation; such a quantity fact is stated as its words.
    case extracted
  }

  init(
    subject: EntityID, relation: RelationID, object: EntityID?, value: String?,
    topic: String? = nil,
    qualifiers: Qualifiers, source: Sentence, location: SourceLocation, origin: Origin = .curated
  ) {
    self.origin = origin
    self.subject = subject
    self.relation = relation
    self.object = object
    self.value = value
    self.topic = topic
    self.qualifiers = qualifiers
    self.source = source
    self.location = location
  }

  /// The circumstances of a fact, each only where the sentence gives it.
  struct Qualifiers: Hashable, Sendable, Codable {
    /// When: "in 2007", "this week".
    var time: String?
    /// Where: "in Cairo".
    var place: String?
    /// How many or how much: "10", "18 years".
    var quantity: String?
    /// The entity id of who says so, for attributed statements.
    var according: EntityID?
    /// True when the sentence states the opposite: "is not", "never".
    var negated: Bool
    /// A hedge the sentence puts on it: "reportedly", "it remains unclear".
    var hedge: String?

    init(
      time: String? = nil, place: String? = nil, quantity: String? = nil,
      according: EntityID? = nil, negated: Bool = false, hedge: String? = nil
    ) {
      self.time = time
      self.place = place
      self.quantity = quantity
      self.according = according
      self.negated = negated
      self.hedge = hedge
    }
  }
}
