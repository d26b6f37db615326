/// Turns a sentence and its Link Grammar linkage into clauses: predicate, roles, modifiers and
/// attribution, each role a verbatim phrase of the sentence. ``ClauseLabels`` lists which link
/// gives which role.
///
/// The parser is imperfect, so the extractor reads only what a linkage states: a subject that
/// is not a noun, a participle hanging on a prepositional object after a comma, or a role
/// the links do not reach is left out rather than guessed.
struct ClauseExtractor {
  /// The sentence the clauses come from.
  let sentence: Sentence
  /// Its linkage.
  let linkage: Linkage
  /// The sentence's UTF-8 bytes, for cutting phrases.
  let bytes: [UInt8]
  /// Each word as written, lowercased, with a curly apostrophe made straight.
  let lowered: [String]
  /// For each word, the word to its right that continues its verb group, if any.
  let auxiliaryTargets: [Int: Int]
  /// The forms of "be" whose participle the parser read as an adjective's, with the adverb
  /// between them ("is typically hosted by"), each with its participle.
  let adverbialPassives: [Int: Int]
  /// The words "according" and the "to" after it, which no phrase takes in.
  let accordingWords: Set<Int>
  /// The phrase that opens the sentence before its main clause, if any.
  var opener: Opener?

  /// The forms of "be" that make a passive with a participle after them.
  static let beForms: Set<String> = ["am", "is", "are", "was", "were", "be", "been", "being"]

  /// Modals and the auxiliary "do", whose `I` link to an infinitive is part of a verb group.
  static let modals: Set<String> = [
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does",
    "did", "wo", "ca", "'ll", "'d", "cannot",
  ]

  /// The modals proper, without the "do" of do-support.
  static let modalsProper = modals.subtracting(["do", "does", "did"])

  /// The clauses of `sentence` read off `linkage`, in the order of their verbs; none when the
  /// linkage is of another text.
  static func clauses(of sentence: Sentence, linkage: Linkage) -> [Clause] {
    guard linkage.sentence == sentence.text else { return [] }
    return ClauseExtractor(sentence: sentence, linkage: linkage).clauses()
  }

  /// An extractor for one sentence and its linkage.
  init(sentence: Sentence, linkage: Linkage) {
    self.sentence = sentence
    self.linkage = linkage
    self.bytes = Array(sentence.text.utf8)
    self.lowered = linkage.words.map { Self.straightLowercase($0.text) }
    var targets: [Int: Int] = [:]
    for link in linkage.links {
      if Self.continuesVerbGroup(link, in: linkage) { targets[link.left] = link.right }
    }
    // "will not support": the parser may join the modal to "not" (`N`) and "not" to the verb
    // (`E`) with no `I` between them.
    for link in linkage.links where link.matches("N") && targets[link.left] == nil {
      let modal = linkage.words[link.left].text.lowercased()
      guard Self.modals.contains(modal) || ["is", "are", "was", "were"].contains(modal) else {
        continue
      }
      if let verb = linkage.links.first(where: {
        $0.left == link.right && $0.matches("E") && linkage.words[$0.right].partOfSpeech == .verb
      }) {
        targets[link.left] = verb.right
      }
    }
    // "is typically hosted by …", "are usually stored in …": the parser may read the adverb
    // after "be" (`EB`) as qualifying the participle as an adjective (`EA`), and hang the
    // phrase after it on "be" (`Pp`). The participle is the verb of "be"'s group.
    var adverbialPassives: [Int: Int] = [:]
    for link in linkage.links where link.matches("EB") && targets[link.left] == nil {
      guard Self.beForms.contains(Self.straightLowercase(linkage.words[link.left].text)),
        let participle = linkage.links.first(where: {
          $0.left == link.right && $0.matches("EA") && linkage.words[$0.right].isPastForm
        })?.right
      else { continue }
      targets[link.left] = participle
      adverbialPassives[link.left] = participle
    }
    self.auxiliaryTargets = targets
    self.adverbialPassives = adverbialPassives
    self.accordingWords = Self.accordingWords(in: linkage)
    self.opener = findOpener()
  }

  /// Whether `link` joins an auxiliary to the next verb of its group: perfect `PP`, passive
  /// `Pv`, progressive `Pg`, a modal's `I`, a passive the parser read as `Pa` to a past
  /// participle, or a progressive it read as "been" with an `-ing` object.
  private static func continuesVerbGroup(_ link: Linkage.Link, in linkage: Linkage) -> Bool {
    let left = linkage.words[link.left]
    let right = linkage.words[link.right]
    let word = Self.straightLowercase(left.text)
    if link.matches("PP") || link.matches("Pv") || link.matches("Pg") { return true }
    if link.matches("I") {
      let stripped = word.hasSuffix("n't") ? String(word.dropLast(3)) : word
      // "are run by volunteers": a form of "be" before a participle that reads like a bare
      // verb ("run", "put", "set"), which the parser links as an infinitive.
      return modals.contains(stripped) || beForms.contains(stripped)
    }
    if link.matches("Pa") { return right.isPastForm }
    if link.matches("O"), VerbLemma.lemma(of: word) == "be", right.partOfSpeech == .gerund {
      return true
    }
    return false
  }

  /// The clauses of the sentence.
  func clauses() -> [Clause] {
    var frames = mainVerbs().map(frame(for:))
    applyOpener(&frames)
    resolveControl(&frames)
    shareCoordinatedSubjects(&frames)
    denyRefusedInfinitives(&frames)
    hedgeAimedInfinitives(&frames)
    applyFramingVerbs(&frames)
    attribute(&frames)
    // A verb the links give no role at all ("rising" before "steel prices") yields no clause.
    let kept = frames.filter { frame in
      !frame.isDropped
        && !(isBareAuxiliary(frame))
        && (!frame.subjects.isEmpty || frame.hasRoleBesidesSubject)
    }
    return kept.flatMap(clauses(of:)) + appositives()
  }

  /// The main verbs: verbs (and `-ing` or past participles hanging on a noun) that no
  /// auxiliary link continues.
  func mainVerbs() -> [Int] {
    let targets = Set(auxiliaryTargets.values)
    return linkage.words.indices.filter { index in
      guard auxiliaryTargets[index] == nil, isToken(index) else { return false }
      if lower(index) == "according" { return false }
      // "is managed and regulated by …": the verbs "and" joins are the main verbs, each a
      // clause of its own; the conjunction the auxiliary reaches is none.
      if isConjunction(index), !verbConjuncts(of: index).isEmpty { return false }
      if isVerb(index) || targets.contains(index) { return true }
      return linkage.words[index].partOfSpeech == .gerund && participleHost(of: index) != nil
    }
  }

  /// The noun a participle hangs on, by `Mv`, `Mg` or `MX*p`, with the link's label.
  func participleHost(of verb: Int) -> (noun: Int, label: String)? {
    for link in linkage.links where link.right == verb && isNominal(link.left) {
      if link.matches("Mv") || link.matches("Mg")
        || (link.matches("MX") && link.labelSubscript.hasSuffix("p"))
      {
        return (link.left, link.label)
      }
    }
    return nil
  }

  /// The frame of the verb group whose main verb is `verb`: its words, subject, objects,
  /// complement, voice, tense, modality, negation and modifiers.
  func frame(for verb: Int) -> ClauseFrame {
    var group: Set<Int> = [verb]
    group.formUnion(verbConjunctions(of: verb))
    var grew = true
    while grew {
      grew = false
      for (auxiliary, target) in auxiliaryTargets where group.contains(target) {
        if group.insert(auxiliary).inserted { grew = true }
      }
      // "is released …, and is overseen": the auxiliary, not the participle, is coordinated.
      for word in group where auxiliaryTargets[word] != nil {
        for conjunction in verbConjunctions(of: word) where group.insert(conjunction).inserted {
          grew = true
        }
      }
    }
    let particle = self.particle(of: verb)
    if let particle { group.insert(particle) }
    var frame = ClauseFrame(verb: verb, group: group, particle: particle)
    frame.detached = detachedTimePrepositions(of: frame)
    readSubject(into: &frame)
    readVoice(into: &frame)
    readObjects(into: &frame)
    readParticleObject(into: &frame)
    readVerbGroup(into: &frame)
    readModifiers(into: &frame)
    return frame
  }

  /// Whether the frame is an auxiliary left without its verb by a broken parse ("has" with
  /// neither object nor complement).
  func isBareAuxiliary(_ frame: ClauseFrame) -> Bool {
    let lemma = VerbLemma.lemma(of: lower(frame.verb))
    let auxiliaries: Set<String> = ["have", "be", "do", "will"]
    return (auxiliaries.contains(lemma) || Self.modals.contains(lower(frame.verb)))
      && frame.objects.isEmpty && frame.objectPhrases.isEmpty && frame.complement == nil
  }

  /// The words of the verb group that are verbs, left to right (its particle left out).
  func chain(of frame: ClauseFrame) -> [Int] {
    frame.group.filter { !isConjunction($0) && $0 != frame.particle }.sorted()
  }
}
