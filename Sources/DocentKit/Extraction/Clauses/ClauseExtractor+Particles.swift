extension ClauseExtractor {
  /// Words that can be the particle of a phrasal verb: "hand over", "climb down", "lift off".
  static let particles: Set<String> = [
    "down", "up", "out", "off", "over", "back", "away", "in", "on", "around", "aside", "forward",
  ]

  /// Phrasal verbs whose particle the parser may read as a preposition taking the object
  /// ("hand over arms" as `MVp` + `J`): lemma and particle.
  static let transitivePhrasalVerbs: Set<String> = [
    "hand over", "carry out", "set up", "take over", "give up", "turn over", "pick up",
    "point out", "find out", "shut down", "roll out", "put forward", "lay out", "turn down",
    "call off", "wipe out", "spell out", "rule out",
  ]

  /// The particle of the verb at `verb`: the word it links by `K` ("in" and "on" only right
  /// after the verb: not "seeking agreement on"); else the next word, when it
  /// is a particle the verb links as an adverb (`MVa`, or `Ma` from an `-ing` form the parser
  /// took for a noun); else the next word, when the parser read it as a preposition (`MVp`)
  /// of a known phrasal verb and the verb has no object of its own.
  func particle(of verb: Int) -> Int? {
    if let particle = right(of: verb, "K").first,
      particle == verb + 1 || !["in", "on"].contains(lower(particle))
    {
      return particle
    }
    let next = verb + 1
    guard isToken(next), Self.particles.contains(lower(next)) else { return nil }
    let links = linkage.links.filter { $0.left == verb && $0.right == next }
    // "in" and "on" after a verb are as often adverbs of their own ("seeking agreement on").
    if links.contains(where: { $0.matches("MVa") || $0.matches("Ma") }),
      !["in", "on"].contains(lower(next))
    {
      return next
    }
    let phrasal = VerbLemma.lemma(of: lower(verb)) + " " + lower(next)
    if links.contains(where: { $0.matches("MVp") }), right(of: verb, "O").isEmpty,
      Self.transitivePhrasalVerbs.contains(phrasal), !right(of: next, "J").isEmpty
    {
      return next
    }
    return nil
  }

  /// Reads the object of a particle the parser took for a preposition ("arms" of "hand over
  /// arms") as the verb's direct object.
  func readParticleObject(into frame: inout ClauseFrame) {
    guard let particle = frame.particle, frame.objects.isEmpty,
      let object = right(of: particle, "J").first, isNominal(object) || isConjunction(object)
    else { return }
    frame.objects = conjuncts(of: object)
  }
}
