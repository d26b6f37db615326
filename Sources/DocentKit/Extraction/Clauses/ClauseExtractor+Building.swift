extension ClauseExtractor {
  /// The clauses of one frame: one per subject conjunct and object conjunct, the passive's
  /// grammatical subject moved to the objects and its agent made the subject.
  func clauses(of frame: ClauseFrame) -> [Clause] {
    let predicate = self.predicate(of: frame)
    var blocked = roleBlocked(frame)
    if frame.kind == .relative {
      // The antecedent as the relative clause's subject: without the clause itself.
      for head in frame.subjects { blocked.formUnion(right(of: head, "R") + right(of: head, "B")) }
    }
    let subjectPhrases = frame.subjects.compactMap {
      phrase(headedBy: $0, blocked: blocked, from: frame.subjectStart)
    }
    let objectPhrases = frame.objects.compactMap { phrase(headedBy: $0, blocked: blocked) }
    var subjects: [Phrase?]
    var objects: [[Phrase]]
    if frame.isPassive {
      subjects = [frame.agent.flatMap { phrase(headedBy: $0, blocked: blocked) }]
      let patients = subjectPhrases + objectPhrases
      objects =
        patients.isEmpty ? [frame.objectPhrases] : patients.map { [$0] + frame.objectPhrases }
    } else {
      subjects = subjectPhrases.isEmpty ? [nil] : subjectPhrases
      objects =
        objectPhrases.isEmpty
        ? [frame.objectPhrases] : objectPhrases.map { [$0] + frame.objectPhrases }
    }
    if subjects.isEmpty { subjects = [nil] }
    return subjects.flatMap { subject in
      objects.map { objects in
        // "There is no limit", "no one came", "has no plans": a role that "no" opens denies
        // the clause.
        let denier = ([subject, frame.complement].compactMap { $0 } + objects)
          .compactMap(Self.denyingDeterminer).first
        let predicate =
          denier.map { word in
            Predicate(
              lemma: predicate.lemma, verb: predicate.verb, utf8Range: predicate.utf8Range,
              tense: predicate.tense, voice: predicate.voice,
              negation: predicate.negation + [word], modality: predicate.modality,
              hedges: predicate.hedges)
          } ?? predicate
        return Clause(
          citation: Citation(sentence), kind: frame.kind, predicate: predicate,
          subject: subject, objects: objects, complement: frame.complement,
          arguments: frame.arguments, modifiers: frame.modifiers,
          attribution: frame.attribution)
      }
    }
  }

  /// The "no" that opens `phrase` ("no limit", "no further releases", "No one"), when one
  /// does: not "No. 5", nor a bound ("No fewer than 500 delegates").
  static func denyingDeterminer(_ phrase: Phrase) -> String? {
    let words = phrase.text.split(separator: " ", maxSplits: 2)
    guard words.count > 1, words[0].lowercased() == "no",
      words[1].first?.isLetter == true,
      words[1].lowercased() != "longer", !boundWords.contains(words[1].lowercased())
    else { return nil }
    return String(words[0])
  }

  /// The lemma of the verb at `index`: the word itself where the parser reads it in its plain
  /// form (`found.v` in "helped found UNESCO") and WordNet has it as a verb, else the lemma of
  /// its form ("found.v-d" is "find").
  func verbLemma(_ index: Int) -> String {
    let word = lower(index)
    if linkage.words[index].dictionarySubscript == "v",
      WordNet.english?.isLemma(word, as: .verb) == true
    {
      return word
    }
    return VerbLemma.lemma(of: word)
  }

  /// The predicate of a frame: the main verb's lemma (with the rest of an idiom it ends and
  /// its particle: "hand over"), tense, voice, negation, modality and hedges.
  func predicate(of frame: ClauseFrame) -> Predicate {
    let verb = frame.verb
    let parts = idiomParts(of: verb)
    var lemma =
      parts.isEmpty
      ? verbLemma(verb)
      : ([VerbLemma.lemma(of: lower(parts[0]))] + parts.dropFirst().map(lower) + [lower(verb)])
        .joined(separator: " ")
    if let particle = frame.particle { lemma += " " + lower(particle) }
    let first = parts.first ?? verb
    return Predicate(
      lemma: lemma, verb: textBetween(first, verb),
      utf8Range: linkage.words[first].utf8Offsets
        .lowerBound..<linkage.words[verb].utf8Offsets
        .upperBound,
      tense: frame.tense, voice: frame.isPassive ? .passive : .active, negation: frame.negation,
      modality: frame.modality, hedges: frame.hedges)
  }

  /// Copula clauses from appositives (`MXs`, `MXp` between two nouns): "Dimitri Diliani, a
  /// spokesman for …" gives Diliani be "a spokesman for …"; the name is the subject whichever
  /// side it stands on.
  func appositives() -> [Clause] {
    linkage.links.compactMap { link in
      guard link.label == "MXs" || link.label == "MXp", isNominal(link.left),
        isNominal(link.right), !isNumber(link.right)
      else { return nil }
      // Two names after a comma are as often a list ("Facebook, Google") as an appositive;
      // only a role noun ("Vice President") makes one of them a description.
      if isName(link.left) && isName(link.right)
        && !WordLists.roleNouns.contains(lower(link.left))
        && !WordLists.roleNouns.contains(lower(link.right))
      {
        return nil
      }
      let rightIsName = isName(link.right) && !isName(link.left)
      let (subjectHead, complementHead) =
        rightIsName ? (link.right, link.left) : (link.left, link.right)
      guard let subject = phrase(headedBy: subjectHead),
        let complement = phrase(headedBy: complementHead)
      else { return nil }
      let predicate = Predicate(
        lemma: "be", verb: "",
        utf8Range: complement.utf8Range.lowerBound..<complement.utf8Range.lowerBound,
        tense: .present, voice: .active, negation: [], modality: nil, hedges: [])
      return Clause(
        citation: Citation(sentence), kind: .appositive, predicate: predicate, subject: subject,
        objects: [], complement: complement, arguments: [], modifiers: [], attribution: nil)
    }
  }

  /// Whether a word is a name: capitalized, and not the sentence's first word unless the
  /// parser guessed it or knows it as a name.
  func isName(_ index: Int) -> Bool {
    let word = linkage.words[index]
    guard let first = word.text.first, first.isUppercase else { return false }
    return word.partOfSpeech != .noun || word.dictionarySubscript != "n"
  }
}
