/// One clause of a sentence, read off its Link Grammar linkage: a predicate, its roles as
/// verbatim phrases of the sentence, its modifiers, and who is reported to have said it.
///
/// Every phrase is a substring of the cited sentence; a role the linkage does not state with
/// confidence is left out (nil or empty), never guessed.
struct Clause: Hashable, Sendable, Codable {
  /// How the clause stands in its sentence.
  enum Kind: UInt8, Hashable, Sendable, Codable {
    /// A clause with its own finite verb: the sentence's main clause, a coordinated one, or the
    /// complement of a verb of saying.
    case main
    /// A relative clause ("which is taking part in the talks"); its pronoun is replaced by the
    /// noun it stands for.
    case relative
    /// A participle phrase or reduced relative ("the resolution, submitted by the United
    /// States").
    case participle
    /// A copula clause made from an appositive ("Dimitri Diliani, a spokesman for …").
    case appositive
    /// An infinitival complement ("wants to rebuild Gaza" → rebuild Gaza), with its subject
    /// taken from the verb that governs it.
    case infinitive
    /// An infinitive of purpose ("voted … to replace the bridge").
    case purpose
    /// A clause under a subordinating conjunction ("because …", "if …", "whether …").
    case subordinate
  }

  /// The sentence the clause is found in.
  let citation: Citation
  /// How the clause stands in its sentence.
  let kind: Kind
  /// The verb: lemma, tense, voice, negation, modality and hedges.
  let predicate: Predicate
  /// The agent: the grammatical subject of an active clause, the `by` phrase of a passive one.
  let subject: Phrase?
  /// The direct objects; for a passive clause, the grammatical subject.
  let objects: [Phrase]
  /// What a copula says the subject is ("a spokesman for the Democratic Reform Bloc").
  let complement: Phrase?
  /// Prepositional phrases the verb takes as arguments ("to an international security force").
  let arguments: [PrepositionalArgument]
  /// Time, place, reason, purpose, manner, quantity and condition modifiers.
  let modifiers: [Modifier]
  /// Who the clause is reported as said by ("Dimitri Diliani" in "…, says Dimitri Diliani");
  /// nil when the sentence states it without attribution.
  let attribution: Phrase?

  /// The modifiers of one kind, in sentence order.
  func modifiers(_ kind: Modifier.Kind) -> [Phrase] {
    modifiers.filter { $0.kind == kind }.map(\.phrase)
  }
}
