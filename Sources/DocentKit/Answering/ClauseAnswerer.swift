import Foundation

/// Answers a wh-question from the clause layer when no template fact does: the clause whose verb
/// the question uses and whose other roles hold most of the question's words (weighted by how
/// rare they are), outside the role the question word asks for, answers with that role's phrase,
/// in the sentence's own words.
struct ClauseAnswerer {
  let knowledge: KnowledgeBase

  /// An answer from one clause.
  struct Answer {
    /// The answer as a person reads it.
    let text: String
    /// The clause it rests on.
    let clause: Clause
    /// The phrase that fills the gap.
    let filler: Phrase
  }

  /// The prepositions that open a list of examples: "our apps like Tide Clock, Berth Finder
  /// and Fish Log".
  static let enumerating: Set<String> = ["like", "including", "such as"]

  /// The verbs that link their subject to what it is, as "be" does.
  static let linkingVerbs: Set<String> = ["become", "remain"]

  /// What a clause of "be", or of a verb that links as it does, says its subject is: "the new
  /// Events Officer" of "Alyssa Tong will become the new Events Officer", which the parser reads
  /// as an object.
  static func complement(of clause: Clause) -> Phrase? {
    if clause.predicate.lemma == "be" { return clause.complement }
    guard linkingVerbs.contains(clause.predicate.lemma) else { return nil }
    return clause.complement ?? (clause.objects.count == 1 ? clause.objects.first : nil)
  }

  /// The prepositional phrase the parser hung on "be" right after a complement that a noun
  /// heads, which belongs to it: "into Europe" of "the main importers of tea into Europe"; not
  /// one after "gathering feedback", a verb the parser read as what something is.
  /// Only a phrase of a preposition the question says: "into Europe" is not "from Europe".
  static func complementTail(of clause: Clause, prepositions: Set<String>) -> [Phrase] {
    guard !clause.arguments.isEmpty, !prepositions.isEmpty,
      let complement = complement(of: clause),
      QuestionText.tokens(complement.text).first?.folded.hasSuffix("ing") == false,
      WordNet.knows(complement.head.lowercased(), as: .noun)
    else { return [] }
    let text = Array(clause.citation.text.utf8)
    return clause.arguments.filter { argument in
      guard prepositions.contains(argument.preposition) else { return false }
      // Only the preposition and spaces between the complement and the phrase.
      let start = complement.utf8Range.upperBound
      let end = argument.phrase.utf8Range.lowerBound
      guard start <= end, end <= text.count else { return false }
      let between = String(decoding: text[start..<end], as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
      return between.lowercased() == argument.preposition
    }.map(\.phrase)
  }

  /// The share of a question's word weight a clause must hold outside its gap to answer it.
  static let threshold = 0.7

  /// The best answer to `question`, or nil when no clause states it.
  ///
  /// Each clause that shares words with the question is scored by the share of the question's
  /// words it holds outside the gap, each word weighted by how rare it is among the clauses
  /// (a word every clause has tells little). The clause's own verb must be one the question
  /// uses, and the phrase in the gap must add words the question does not say.
  func answer(_ question: ClauseQuestion) -> Answer? {
    let index = knowledge.clauseIndex
    // The given name of a person the documents know counts for nothing where the clause has
    // the surname: "Butler" is Altimont Butler.
    let weights = Dictionary(
      uniqueKeysWithValues: question.stems.subtracting(question.knownGivenNames).map {
        ($0, index.weight(of: $0))
      })
    let whole = weights.total
    guard whole > 0 else { return nil }
    let alternatives = question.allAlternatives
    let wanted = question.stems.union(alternatives)
    // A word of a name the question uses is no verb of it: "open" of "the CERN Open Data
    // portal" does not ask what is open.
    let verbs = question.stems.subtracting(question.nameStems).union(question.verbAlternatives)
    var best: (answer: Answer, score: Double)?
    // A clause must hold the question's names: only those holding the rarest of their stems
    // are read, when the question names anyone.
    let candidates =
      question.rarestRequiredStem(frequency: index.frequency).map(index.holding)
      ?? index.sharing(wanted).keys.sorted()
    for position in candidates {
      let clause = index.clauses[position]
      // The verb of the clause must be one the question uses ("submitted" for "submit"), or
      // another word for it: a clause about something else that shares its nouns is no answer.
      // "Who is the new Events Officer?" is said by "Alyssa Tong will become the new Events
      // Officer": a verb that links as "be" does is no verb of its own.
      let verb =
        question.gap == .copula && Self.linkingVerbs.contains(clause.predicate.lemma)
        ? [] : index.predicateStems[position]
      // A question of a common verb ("Who made findtoilet.dk?") is answered by a clause of
      // that verb, or of a way of doing it ("A woman in Denmark built findtoilet.dk").
      // "Who participated?" is said by "The Greens took part": a verb of several words WordNet
      // gives for the question's.
      let phrased = question.phrasalVerbs[clause.predicate.lemma]
      let ownVerb =
        (verb.isSubset(of: verbs) || phrased != nil)
        && question.commonVerb.map({ clause.predicate.lemma == $0 }) ?? true
      guard
        ownVerb
          || question.commonVerb.map({ EvidenceAnswerer.isWay(clause.predicate.lemma, of: $0) })
            == true
      else { continue }
      // "Who did the firm hire?" is not answered by "The firm did not hire Tom Lee", nor "Who
      // attended?" by "Neither Ann nor Bob attended": a denied clause names no one who did it,
      // unless the question asks what was not done.
      guard !clause.isDenied || question.asksDenial else { continue }
      // "recover from partially failed token resets": a participle after a preposition or an
      // article describes the noun after it, whatever the parser made of it; it is no clause's
      // verb.
      guard !Self.describesNoun(clause) else { continue }
      // Nor is one about Employee A answered by a clause about Employee B.
      guard !question.namesAnotherLettered(in: clause.citation.text) else { continue }
      // "Who led the final session?" is not answered by a clause of "four sessions": a word
      // that picks one of several by order must be the clause's too, or the one a pronoun of
      // it stands for ("It caused only slight damage" after "The first quake struck").
      guard
        question.ordinals.isEmpty || clause.phrases.contains(where: \.isPronoun)
          || ClauseQuestion.says(
            question.ordinals,
            in: QuestionText.tokens(
              ([clause.predicate.verb] + clause.phrases.map(\.text)).joined(separator: " ")
            ).map(\.folded))
      else { continue }
      // What follows the complement of a copula, read once for every filler of the clause.
      let tail =
        question.gap == .copula
        ? Self.complementTail(of: clause, prepositions: question.prepositions) : []
      for filler in fillers(of: clause, for: question) {
        if question.gap == .time, Self.startsOther(filler, in: clause.citation.text, for: question)
        {
          continue
        }
        // What something is, the other side of "is" says: not a modifier of the clause ("the
        // Sun and Moon are on the same sides, because tidal bulges occur" says nothing of what
        // a tidal bulge is).
        let rest =
          question.gap == .copula
          ? ([clause.subject, Self.complement(of: clause)].compactMap { $0 } + tail).filter {
            $0 != filler
          }
          : clause.phrases.filter { $0 != filler }
        var restStems = verb.union(
          knowledge.lexicon.contentStems(rest.map(\.text).joined(separator: " ")))
        // The phrase says the question's verb in other words, at their discount.
        if let phrased, let other = question.alternatives[phrased]?.sorted().first {
          restStems.insert(other)
        }
        // The kind asked for is said by the answer itself, where it heads the answer or names
        // it right before its head: "Which star is Favdna?" against "Favdna is the star
        // Arcturus", in a clause that states it plainly (not "a doctor's daughter", "a rival of
        // the company Ferrix", "a fruit, not a bird", "may be a binary star"); "Which party took
        // part?" against "The Green Party took part", a phrase that also names which one (not
        // "the pub", "the main funder").
        // (Not a passive's patient before its verb, which the answer would say twice: "Her
        // window for St Mary's was installed in 1905".)
        if let noun = question.typeNoun,
          question.gap == .copula
            ? clause.predicate.modality == nil && clause.predicate.hedges.isEmpty
            : namesWhich(filler, besides: question.typeWords)
              && (filler == clause.subject
                || filler.utf8Range.lowerBound >= clause.predicate.utf8Range.upperBound),
          headsAsKind(noun, of: filler)
        {
          let said = knowledge.lexicon.contentStems(filler.text)
          restStems.formUnion(question.typeWords.filter(said.contains))
        }
        // A word counts whole when the clause has it, and at a discount when it has another
        // word for it.
        let coverage = question.heldWeight(of: weights, in: restStems) / whole
        // A copula says what something is: every word must match ("the spokesman for X" is
        // not "the leader of X"). A verb's clause may miss a few of the question's words.
        guard coverage + scoreTolerance >= (verb.isEmpty ? 1 : Self.threshold) else { continue }
        // Every name the question uses must be in the clause, outside the gap.
        guard question.holdsNames(in: restStems), question.holdsTopic(in: restStems) else {
          continue
        }
        // "Who is the principal investigator?" is not answered by the deputy principal
        // investigator: a word the question lacks, right before its own, makes another role.
        if question.gap == .copula,
          rest.contains(where: { qualifiesOtherwise($0, question: question) })
        {
          continue
        }
        // "LiDAR is an active remote sensing system" says what LiDAR is, not what remote
        // sensing is: the side that holds the question's words must be headed by one of them.
        if question.gap == .copula, filler == clause.subject,
          let complement = Self.complement(of: clause),
          !knowledge.lexicon.contentStems(complement.head).contains(where: {
            question.isHeld($0, in: question.stems)
          })
        {
          continue
        }
        // Nor is Justinus van Nassau the Volkenkundig Museum Justinus van Nassau: a name with
        // more capitalised words around the question's is another's.
        if question.gap == .copula,
          rest.contains(where: {
            Self.lengthensName($0.text, question: question, lexicon: knowledge.lexicon)
          })
        {
          continue
        }
        // The answer must add something: words the question does not already say.
        let fillerStems = knowledge.lexicon.contentStems(filler.text)
        // "Which agency …?": a phrase that says it is one, or a name.
        if let noun = question.typeNoun, !question.isHeld(noun, in: fillerStems),
          filler.head.first?.isUppercase != true
        {
          continue
        }
        guard !fillerStems.subtracting(question.stems).subtracting(alternatives).isEmpty,
          !filler.isPronoun
        else {
          continue
        }
        // A phrase the parser cut before its noun is no answer: "This limitation means that we
        // cannot recover from", of "… recover from partially failed token resets", read as
        // what failed.
        if let last = QuestionText.tokens(filler.text).last?.folded, Self.leadsToNoun(last) {
          continue
        }
        // "What is a summary statistic?" is not answered by "These two summary statistics are
        // useful …": what a thing is, a noun says. A word that only describes says what it is
        // like, which "What is it like?" asks.
        if question.gap == .copula, question.questionWord == "what", !question.asksLikeness,
          case let head = filler.head.lowercased(),
          WordNet.knows(head, as: .adjective), !WordNet.knows(head, as: .noun)
        {
          continue
        }
        // Main clauses first, then the tightest.
        let score = coverage - (clause.kind == .main ? 0 : 0.05)
        // An answer reads as a statement: it holds its filler and a verb phrase. A clause of a
        // verb of every use that says the question's verb in what it is for keeps that:
        // "Good strategies have the power to overcome these problems", not "… have the power".
        let asked = question.verb.flatMap { asked in
          verb.isEmpty
            ? clause.modifiers.first {
              question.isHeld(asked, in: knowledge.lexicon.contentStems($0.phrase.text))
            } : nil
        }
        let said = text(of: clause, filler: filler, through: asked?.phrase)
        guard said.lowercased().contains(filler.text.lowercased()),
          said.split(separator: " ").count >= 3,
          clause.predicate.lemma != "be" || clause.complement != nil
        else { continue }
        if best == nil || score > best!.score + scoreTolerance {
          best = (Answer(text: said, clause: clause, filler: filler), score)
        }
      }
    }
    return best?.answer
  }

  /// Whether the verb of `clause` stands right after a preposition or an article, its adverbs
  /// aside, and before a word that is no article: "from partially failed token resets", "the
  /// proposed rule"; not "an quoted a local case", a slip for "and quoted", nor "to estimate".
  static func describesNoun(_ clause: Clause) -> Bool {
    let text = clause.citation.text.utf8
    let start = min(clause.predicate.utf8Range.lowerBound, text.count)
    let end = min(clause.predicate.utf8Range.upperBound, text.count)
    let before = QuestionText.tokens(
      String(decoding: text.prefix(start), as: UTF8.self)
    ).reversed().drop { $0.folded.hasSuffix("ly") }
    let after = QuestionText.tokens(String(decoding: text.dropFirst(end), as: UTF8.self))
    guard let previous = before.first?.folded, let next = after.first?.folded,
      !WordLists.determiners.contains(next), !WordLists.prepositions.contains(next)
    else { return false }
    return Self.leadsToNoun(previous) && previous != "to"
  }

  /// Whether `word` (folded) is a preposition or an article that a noun must follow; not
  /// "her", which may end a phrase as the one something is done to.
  private static func leadsToNoun(_ word: String) -> Bool {
    WordLists.prepositions.contains(word) || (WordLists.determiners.contains(word) && word != "her")
  }

  /// Whether `phrase` holds a name or a number besides the words of the kind asked for: "the
  /// Green Party", "access code 'A16'"; not "the pub".
  private func namesWhich(_ phrase: Phrase, besides kind: [String]) -> Bool {
    QuestionText.tokens(phrase.text).dropFirst().contains { token in
      (token.original.first?.isUppercase == true || token.original.contains(where: \.isNumber))
        && !kind.contains(knowledge.lexicon.canonical(token.stem))
    }
  }

  /// Whether the noun with stem `noun` is the head of `phrase`, or the word right before its
  /// head: "a bright star in the northern sky", "the star Arcturus"; not "a doctor's daughter"
  /// (the possessive "'s" stands between) nor anything after "not".
  private func headsAsKind(_ noun: String, of phrase: Phrase) -> Bool {
    let tokens = QuestionText.tokens(phrase.text)
    guard let head = tokens.lastIndex(where: { $0.original == phrase.head }),
      !tokens[...head].contains(where: { $0.folded == "not" || $0.folded.hasSuffix("n't") })
    else { return false }
    let stem = { (position: Int) in self.knowledge.lexicon.canonical(tokens[position].stem) }
    return stem(head) == noun || (head > 0 && stem(head - 1) == noun)
  }

  /// Whether `phrase` puts a word the question lacks right before the first of the question's
  /// words it holds ("deputy principal investigator", "bureau chief"): a description of another
  /// role.
  private func qualifiesOtherwise(_ phrase: Phrase, question: ClauseQuestion) -> Bool {
    Self.namesAnotherRole(
      phrase.text, asked: question.stems.subtracting(question.nameStems),
      lexicon: knowledge.lexicon
    ) { question.isHeld($0, in: question.stems) }
  }

  /// Whether `text` holds one of the question's names inside a longer one: a capitalised word
  /// the question lacks right before or after it ("Museum" of "the Volkenkundig Museum Justinus
  /// van Nassau" for Justinus van Nassau).
  static func lengthensName(_ text: String, question: ClauseQuestion, lexicon: Lexicon) -> Bool {
    // Words as written, so that "Digital Earth Australia (DEA) Hotspots" keeps its brackets:
    // a name in brackets is the same thing's short name, not a longer one.
    let written = text.split(separator: " ").map(String.init)
    let stems = written.map { lexicon.contentStems($0) }
    // A name the documents never use alone is no name of the index: the question's words are.
    let named = question.nameStems.isEmpty ? question.stems : question.nameStems
    guard !named.isEmpty, let first = stems.firstIndex(where: { !$0.isDisjoint(with: named) }),
      let last = stems.lastIndex(where: { !$0.isDisjoint(with: named) })
    else { return false }
    let isLetters = { (word: String) in word.allSatisfy(\.isLetter) }
    // A word of everyday English ("Museum", "Trust"), not a given name before a surname
    // ("Elizabeth Blackburn").
    let common = { (word: String) in
      WordNet.english.map { wordNet in
        wordNet.lemmas(of: word, as: .noun).contains { wordNet.taggedSenses(of: $0, as: .noun) > 0 }
      } ?? false
    }
    return [(first - 1, first), (last + 1, last)].contains { position, name in
      written.indices.contains(position) && position > 0
        && isLetters(written[position]) && written[position].first?.isUppercase == true
        && common(written[position].lowercased())
        && written[name].last?.isLetter == true && written[name].first?.isLetter == true
        && !WordLists.stopWords.contains(written[position].lowercased())
        && stems[position].isDisjoint(with: question.stems)
    }
  }

  /// Whether `text` puts a word the question does not ask about (`isAsked`) right before the
  /// first of the `asked` stems it holds: "deputy principal investigator" is not the
  /// principal investigator. A possessive or a function word before it ("the mission's
  /// principal investigator") does not.
  static func namesAnotherRole(
    _ text: String, asked: Set<String>, lexicon: Lexicon, isAsked: (String) -> Bool
  ) -> Bool {
    let tokens = QuestionText.tokens(text)
    let stems = tokens.map { lexicon.canonical($0.stem) }
    guard let first = stems.indices.first(where: { asked.contains(stems[$0]) }), first > 0
    else { return false }
    let before = tokens[first - 1]
    return before.original.first?.isLowercase == true
      && before.original.allSatisfy(\.isLetter)
      && !WordLists.stopWords.contains(before.folded)
      && !WordLists.prepositions.contains(before.folded)
      && !isAsked(stems[first - 1])
  }

  /// Whether the time `phrase` is when something else starts, said after "starting" or
  /// "beginning" ("signed an agreement for GBIF to serve as the host starting on 1 January
  /// 2024"), for a question that asks of no start.
  private static func startsOther(
    _ phrase: Phrase, in sentence: String, for question: ClauseQuestion
  )
    -> Bool
  {
    let before = sentence.utf8.prefix(phrase.utf8Range.lowerBound)
    let words = String(decoding: before, as: UTF8.self).split(separator: " ").suffix(2).map {
      $0.lowercased()
    }
    return words.contains(where: WordLists.startingWords.contains)
      && question.stems.isDisjoint(with: WordLists.startStems)
  }

  /// The phrases of `clause` that can fill the question's gap.
  private func fillers(of clause: Clause, for question: ClauseQuestion) -> [Phrase] {
    switch question.gap {
    case .truth, .possessor:
      // Yes or no is the sentence layer's, where a whole clause must match; so is whose a
      // thing is, which a phrase inside a role holds.
      return []
    case .subject:
      // "Who received medals?" against "The mayor gave medals to the firefighters": the one
      // it was given to, not the giver.
      // Where the clause names no one it was given to ("gave the firefighters medals", which
      // the parser reads as two clauses), the clause still says it, whole, by its giver.
      if question.asksReceiver, ClauseQuestion.gives(clause.predicate.lemma),
        clause.predicate.voice == .active
      {
        let receivers = clause.arguments.filter { $0.preposition == "to" }.map(\.phrase)
        if !receivers.isEmpty { return receivers }
      }
      return [clause.subject].compactMap { $0 }
    case .copula:
      // "Data preservation must be done by experts" is a passive, which says what is done
      // to it, not what it is.
      guard let complement = Self.complement(of: clause),
        let first = complement.text.split(separator: " ").first,
        !WordNet.isPastForm(first.lowercased()) || clause.predicate.lemma != "be"
      else { return [] }
      return [clause.subject, complement].compactMap { $0 }
    case .object:
      // "Who does he work for?" is answered by what the clause's "for" takes, not its "with".
      if let stranded = question.stranded {
        return clause.arguments.filter { $0.preposition == stranded }.map(\.phrase)
      }
      // Not the first item of a list "like" or "including" opens: the sentence reads the list.
      return clause.objects + [clause.complement].compactMap { $0 }
        + clause.arguments.filter { !Self.enumerating.contains($0.preposition) }.map(\.phrase)
    case .time:
      return
        (clause.modifiers(.time)
        + clause.arguments.filter { Self.timePrepositions.contains($0.preposition) }
        .map(\.phrase).filter(isTime)).filter { question.answersTimeUnit($0.text) }
    case .place:
      // "From" and "to" take things as well as places ("a message from Ingenuity"): only a
      // name known as a place is one there.
      return clause.modifiers(.place)
        + clause.arguments.filter { ["in", "at", "from", "to"].contains($0.preposition) }
        .filter { isPlace($0.phrase, strictly: ["from", "to"].contains($0.preposition)) }
        .map(\.phrase)
    case .reason:
      return clause.modifiers(.reason) + clause.modifiers(.purpose)
    case .manner:
      return clause.modifiers(.manner)
    case .duration where question.asksHowOften:
      // How often: a phrase of recurrence ("every six weeks"); the sentence's reading finds it.
      return []
    case .duration:
      // A length of time: a number of units ("for 22 months"), not a date ("from March 2015").
      return clause.modifiers(.time).filter { phrase in
        let words = QuestionText.tokens(phrase.text).map(\.folded)
        return (hasNumber(phrase) && words.contains { WordLists.timeUnits.contains($0) })
          || (phrase.text.lowercased().hasPrefix("for ") && !hasNumber(phrase))
      }
    case .quantity:
      return
        ([clause.subject, clause.complement].compactMap { $0 } + clause.objects
        + clause.modifiers(.quantity))
        .filter { phrase in
          guard hasNumber(phrase) else { return false }
          // "How tall is the scarp?" asks for a number with its unit of measure: not "the
          // February 7, 1812, earthquake".
          if let measure = question.measure {
            let units = SentenceReading.units(measuring: measure) ?? SentenceReading.measureStems
            let tokens = QuestionText.tokens(phrase.text)
            guard tokens.contains(where: { units.contains($0.folded) || units.contains($0.stem) })
            else { return false }
          }
          guard let counted = question.counted else { return true }
          return knowledge.lexicon.contentStems(phrase.text).contains(counted)
        }
    }
  }

  /// Whether the phrase names a place the documents know, or reads like one (capitalised).
  private func isPlace(_ phrase: Phrase, strictly: Bool = false) -> Bool {
    let tokens = QuestionText.tokens(phrase.text)
    let named = tokens.indices.flatMap { knowledge.nameIndex.names(in: tokens, from: $0) }
      .flatMap(\.entities).map { knowledge.entities[$0] }
    if named.contains(where: { $0.kind == .place }) { return true }
    guard phrase.head.first?.isUppercase == true else { return false }
    // Strictly, WordNet must know the name, or its last word, as a location.
    guard strictly, let wordNet = WordNet.english else { return true }
    return wordNet.namesPlace(phrase.head, orAnyOf: tokens.suffix(1).map(\.folded))
  }

  /// Whether the phrase names a time: a number, a month, a weekday, a time word.
  private func isTime(_ phrase: Phrase) -> Bool {
    QuestionText.tokens(phrase.text).contains { token in
      NumberWords.isNumber(token.stem) || WordLists.months.contains(token.folded)
        || WordLists.weekdays.contains(token.folded) || WordLists.dayWords.contains(token.folded)
        || WordLists.timeUnits.contains(token.folded)
        || WordLists.pluralTimeUnits.contains(token.folded) || token.folded.contains(":")
    }
  }

  private static let timePrepositions: Set<String> = [
    "at", "on", "in", "during", "after", "before", "until", "since", "by",
  ]

  /// Whether the phrase holds a number, in digits or in words.
  private func hasNumber(_ phrase: Phrase) -> Bool {
    QuestionText.tokens(phrase.text).contains { NumberWords.isNumber($0.stem) }
  }

  /// The clause as an answer: its subject, then its verb group and the roles that follow, in the
  /// sentence's own words, with who says so when the sentence attributes it.
  func text(of clause: Clause, filler: Phrase?, through modifier: Phrase? = nil) -> String {
    let sentence = clause.citation.text
    let bytes = Array(sentence.utf8)
    let verb = clause.predicate.utf8Range
    let roles =
      [clause.complement].compactMap { $0 } + clause.objects + clause.arguments.map(\.phrase)
      + [filler, modifier].compactMap { $0 }
    var end = ([verb.upperBound] + roles.map(\.utf8Range.upperBound)).max() ?? verb.upperBound
    // A phrase that ends on a participle keeps what follows it: "a charity based" is "a
    // charity based in Bergen".
    while let last = String(decoding: bytes[..<end], as: UTF8.self).split(separator: " ").last,
      last.count > 3, last.hasSuffix("ed") || last.hasSuffix("en"),
      let next = clause.modifiers.map(\.phrase.utf8Range).first(where: {
        $0.lowerBound == end + 1 && bytes[end] == 0x20
      })
    {
      end = next.upperBound
    }
    // An "enough" right after the clause is its own: "I can't thank Devon Zuegel enough" is no
    // "I can't thank Devon Zuegel".
    let enough = Array(" enough".utf8)
    if bytes.count >= end + enough.count,
      bytes[end..<(end + enough.count)].elementsEqual(enough),
      bytes.count == end + enough.count
        || !Character(UnicodeScalar(bytes[end + enough.count])).isLetter
    {
      end += enough.count
    }
    // The word a space before `end`, lower-cased, with where it starts.
    let wordBefore = { (end: Int) -> (word: String, start: Int)? in
      guard end > 1, bytes[end - 1] == 0x20 else { return nil }
      var wordStart = end - 1
      while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
      return (String(decoding: bytes[wordStart..<(end - 1)], as: UTF8.self).lowercased(), wordStart)
    }
    var start = verb.lowerBound
    // The verb group's auxiliaries, modals, negation and adverbs just before the verb.
    while let (word, wordStart) = wordBefore(start),
      Self.verbGroupWords.contains(word) || word.hasSuffix("ly") && word.count > 4
    {
      start = wordStart
    }
    // "There is no limit …": an existential clause keeps its "there".
    if clause.subject == nil, let (word, wordStart) = wordBefore(start), word == "there" {
      start = wordStart
    }
    var subject = clause.subject?.text ?? ""
    var patientLead: String?
    // A subject after the verb ("was released by Mozilla community members") is read where it
    // stands; one a few plain words before it ("the Sun and Moon are") with the words between.
    if let phrase = clause.subject, phrase.utf8Range.lowerBound >= verb.upperBound {
      end = max(end, phrase.utf8Range.upperBound)
    }
    if let phrase = clause.subject, phrase.utf8Range.upperBound <= start {
      let between = String(decoding: bytes[phrase.utf8Range.upperBound..<start], as: UTF8.self)
      if between.split(separator: " ").count <= Self.plainGap,
        !between.contains(where: { ",;:()“”\"—–".contains($0) })
      {
        start = phrase.utf8Range.lowerBound
        subject = ""
      }
    }
    // A subject the parser ran into the verb group ("… protocols that have been" of "have been
    // made"): the sentence as it stands, from the subject on, not its auxiliaries twice.
    if let phrase = clause.subject,
      phrase.utf8Range.lowerBound < start && phrase.utf8Range.upperBound > start
        || (phrase.utf8Range.upperBound <= start && start - phrase.utf8Range.upperBound <= 1)
    {
      start = phrase.utf8Range.lowerBound
      subject = ""
    } else if clause.predicate.voice == .passive,
      let patient = clause.objects.first(where: { $0.utf8Range.upperBound <= start })
    {
      if Self.joinsOn(
        Self.withoutAsides(
          String(decoding: bytes[patient.utf8Range.upperBound..<start], as: UTF8.self)))
      {
        // "The Debian Project was founded by Ian Murdock": the passive as the sentence has
        // it, with what the patient is coordinated with ("Sponsors and volunteers should be
        // thanked").
        start = patient.utf8Range.lowerBound
        subject = ""
      } else if start < verb.lowerBound,
        clause.subject.map({ $0.utf8Range.lowerBound >= verb.upperBound }) ?? true
      {
        // "The chapel was rebuilt after the fire and was dedicated to Saint Olaf": the
        // patient said before the other verb is what this one's passive is said of.
        patientLead = patient.text
      }
    }
    if let phrase = clause.subject, phrase.utf8Range.lowerBound >= start,
      phrase.utf8Range.upperBound <= end
    {
      subject = ""  // The agent stands in the span already ("… by Ian Murdock").
    }
    // A verb the parser left without the phrase its preposition opens ("The most important
    // audience of an annual report consists" of "consists of TDWG members …") runs on to the
    // end of its clause: a semicolon or a full stop, past the commas of a list.
    if end == verb.upperBound, end + 1 < bytes.count, bytes[end] == 0x20,
      let next = String(decoding: bytes[(end + 1)...], as: UTF8.self).split(separator: " ").first,
      WordLists.prepositions.contains(Folding.words(String(next))),
      let mark = bytes[(end + 1)...].firstIndex(where: { ";.".utf8.contains($0) })
    {
      end = mark
    }
    // A phrase the parser cut short ("with the goal of providing") runs on to the next comma.
    while end < bytes.count,
      let last = String(decoding: bytes[max(0, start)..<end], as: UTF8.self)
        .split(separator: " ").last.map({ Folding.words(String($0)) }),
      WordLists.prepositions.contains(last) || WordLists.determiners.contains(last)
        || (last.hasSuffix("ing") && last.count > 5 && !last.hasSuffix("thing"))
    {
      guard let next = bytes[end...].firstIndex(where: { ",;.".utf8.contains($0) }) else {
        end = bytes.count
        break
      }
      guard next > end else { break }
      end = next
    }
    // A bracket the clause opens it closes: "to Open Life Science (OLS)", not "(OLS".
    let span = bytes[max(0, start)..<end]
    if span.count(where: { $0 == UInt8(ascii: "(") })
      > span.count(where: { $0 == UInt8(ascii: ")") }),
      let close = bytes[end...].prefix(Self.bracketReach).firstIndex(of: UInt8(ascii: ")")),
      !bytes[end..<close].contains(where: { ".;(".utf8.contains($0) })
    {
      end = close + 1
    }
    // Or, when it closes too far on, leaves out what the bracket holds.
    var body = Self.withoutUnclosedBracket(
      String(decoding: bytes[max(0, start)..<end], as: UTF8.self))
    if !subject.isEmpty { body = subject + " " + body }
    if let patientLead { body = patientLead + " " + body }
    if let filler, filler.utf8Range.lowerBound < start || filler.utf8Range.upperBound > end,
      filler != clause.subject
    {
      body += " " + filler.text.lowercasingFirstWordUnlessName()
    }
    var text = Self.withoutUnmatchedBrackets(body).trimmingWhitespace()
    // "… Condorcet said “": the marks a clause was cut off at go, and the space before them.
    while let last = text.last, ",;:“\" ".contains(last) { text.removeLast() }
    if let speaker = clause.attribution {
      text = "According to \(speaker.text), " + text.lowercasingFirstWordUnlessName()
    }
    return text.capitalizingFirstLetter() + (text.hasSuffix(".") ? "" : ".")
  }

  /// Whether `between`, the words from a passive's patient to its verb group, is nothing or
  /// the rest of a list the patient opens: "and volunteers", ", Qualcomm and SolAero".
  static func joinsOn(_ between: String) -> Bool {
    let words = between.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
    guard let first = words.first else { return true }
    let joined = ["and", "or"].contains(first) || between.first == "," && words.contains("and")
    return joined && words.count <= plainGap + 1
      && !between.contains(where: { ";:()“”\"—–".contains($0) })
      && words.allSatisfy { !["who", "whom", "whose", "which", "that"].contains($0) }
  }

  /// `text` without what stands in brackets, and without any bracket: "(later renamed to
  /// Heron)" goes, and so does a closing bracket whose opening one came before `text`.
  static func withoutAsides(_ text: String) -> String {
    var depth = 0
    return String(
      text.filter { character in
        if character == "(" { depth += 1 }
        defer { if character == ")" { depth = max(0, depth - 1) } }
        return depth == 0 && character != ")"
      })
  }

  /// `text` without a closing bracket that no opening one before it matches: "Firefox) was
  /// released" of "(later renamed to Firefox) was released".
  static func withoutUnmatchedBrackets(_ text: String) -> String {
    var depth = 0
    var kept = ""
    for character in text {
      if character == "(" { depth += 1 }
      if character == ")" {
        guard depth > 0 else { continue }
        depth -= 1
      }
      kept.append(character)
    }
    return kept.replacingOccurrences(of: "  ", with: " ")
  }

  /// `text` without its first bracket left open and all after it: "to Open Life Science (OLS"
  /// → "to Open Life Science ".
  static func withoutUnclosedBracket(_ text: String) -> String {
    var open: [String.Index] = []
    for index in text.indices {
      if text[index] == "(" { open.append(index) }
      if text[index] == ")", !open.isEmpty { open.removeLast() }
    }
    return open.first.map { String(text[..<$0]) } ?? text
  }

  /// How many bytes past a clause's end the bracket it opened may close.
  private static let bracketReach = 40

  /// The most words between a subject and its verb that are read with them: "the Sun and
  /// Moon are".
  private static let plainGap = 3

  private static let verbGroupWords: Set<String> = [
    "would", "will", "could", "can", "may", "might", "must", "should", "shall", "has", "have",
    "had", "is", "are", "was", "were", "be", "been", "being", "not", "also", "still", "already",
    "never", "did", "does", "do",
  ]
}

extension String {
  /// The text with its first letter lowercased when the first word is a word of function
  /// ("The", "During"), not a name nor "I": "According to X, the board …", "… during the plague
  /// epidemics".
  fileprivate func lowercasingFirstWordUnlessName() -> String {
    guard let first = split(separator: " ").first.map({ $0.lowercased() }), first != "i",
      WordLists.stopWords.contains(first) || WordLists.prepositions.contains(first)
    else { return self }
    return prefix(1).lowercased() + dropFirst()
  }
}
