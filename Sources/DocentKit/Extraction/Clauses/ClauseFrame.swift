/// What the extractor gathers about one verb group before it becomes clauses: word indices into
/// the linkage, not yet phrases.
struct ClauseFrame: Sendable {
  /// The main verb: the last verb of its group ("submitted" in "was submitted").
  let verb: Int
  /// The verb group: the main verb, its auxiliaries, its particle, and the conjunctions it is
  /// coordinated under (which carry the links a coordinated group shares).
  let group: Set<Int>
  /// The particle of a phrasal verb ("over" in "hand over"), part of the lemma; nil if none.
  let particle: Int?
  /// How the clause stands in the sentence.
  var kind: Clause.Kind = .main
  /// The heads of the grammatical subject, one per conjunct.
  var subjects: [Int] = []
  /// The word whose clause gives this one its subject (the verb governing an infinitive).
  var controller: Int?
  /// Whether the controller's object, not its subject, is this clause's subject (`TOo`).
  var isObjectControlled = false
  /// The heads of the direct objects, one per conjunct.
  var objects: [Int] = []
  /// Objects that are whole phrases rather than noun heads ("to rebuild Gaza").
  var objectPhrases: [Phrase] = []
  /// What a linking verb says the subject is.
  var complement: Phrase?
  /// Whether the group is passive.
  var isPassive = false
  /// The head of the agent of a passive (the object of its "by").
  var agent: Int?
  /// The modal, lowercased.
  var modality: String?
  /// The tense.
  var tense: Predicate.Tense = .present
  /// The negating words as written.
  var negation: [String] = []
  /// The hedges as written.
  var hedges: [String] = []
  /// Prepositional arguments.
  var arguments: [PrepositionalArgument] = []
  /// Modifiers.
  var modifiers: [Modifier] = []
  /// The speaker the clause is attributed to.
  var attribution: Phrase?
  /// Words a role has taken already (the preposition of a copula's complement), which no
  /// modifier may take again.
  var consumed: Set<Int> = []
  /// Prepositions hanging on a noun of the clause that say when ("on Tuesday" after "the
  /// International Space Station"), read as the clause's time modifiers and kept out of its
  /// role phrases.
  var detached: Set<Int> = []
  /// Where the subject phrase starts when the parser split it after an opener ("Apache" of
  /// "…, Apache Spark bolstered"); nil to take the subject's own phrase.
  var subjectStart: Int?
  /// Whether the frame only frames another clause (a hedge, "had to") and yields no clause.
  var isDropped = false

  /// Whether the verb has a role besides its subject: an object, a complement, a
  /// prepositional argument or an agent.
  var hasRoleBesidesSubject: Bool {
    !objects.isEmpty || !objectPhrases.isEmpty || complement != nil || !arguments.isEmpty
      || agent != nil
  }

  /// A frame for the verb at `verb` with its group and particle.
  init(verb: Int, group: Set<Int>, particle: Int? = nil) {
    self.verb = verb
    self.group = group
    self.particle = particle
  }
}
