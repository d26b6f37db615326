/// A question as the clause and sentence layers read it: which role of a clause it asks for (the
/// gap, or whether it is so for a yes/no question) and the content words the rest must hold.
struct ClauseQuestion {
  /// The role of a clause a question word asks for.
  enum Gap: Equatable {
    /// Who or what did it: "Who submitted the resolution?"
    case subject
    /// Who or what it was done to, or what was said: "What did the council approve?"
    case object
    /// Who or what something is: "Who is the director of the lab?", "What is Spark?" — either
    /// side of a copula.
    case copula
    /// "When …?"
    case time
    /// "Where …?"
    case place
    /// "Why …?": a reason or a purpose.
    case reason
    /// "How …?" (not "how many" or "how long"): the manner.
    case manner
    /// "How many …?", "How much …?": a phrase with a number in it.
    case quantity
    /// "How long …?", "For how long …?": a length of time.
    case duration
    /// "Was CloudSat launched in 2006?": whether a clause states it, yes or no.
    case truth
    /// "Whose biography did she read?": the one the thing belongs to or is of.
    case possessor
  }

  /// The role asked for.
  let gap: Gap
  /// The question word: "who", "what", "which", "when", …
  let questionWord: String
  /// The stem of the noun right after "which" or "what" that says what kind of thing is asked
  /// for ("which publication", "what problems"), if any.
  let typeNoun: String?
  /// The stem of the noun after "whose" ("biography" of "Whose biography …?"), if any.
  var possessed: String?
  /// The stems of every common noun saying what kind of thing is asked for: "space" and
  /// "agency" in "which space agency".
  let typeWords: [String]
  /// The type noun as WordNet lists it ("relative" for "relatives"), to find the kinds of it a
  /// sentence names ("a grandfather and an uncle").
  let typeLemma: String?
  /// The canonical content stems of the question, less its question words: every one must be
  /// in the clause outside the gap.
  let stems: Set<String>
  /// For "how many X": the stem of X, which the number must count.
  let counted: String?
  /// The stem of the question's own verb, where its place shows it: right after "who" or
  /// "which X" when the question asks for the subject ("Who leads the bloc?"). A sentence
  /// without that verb, or another word for it, does not answer.
  var verb: String?
  /// The lemma of the verb in that place when it is too common to be a content word ("make"
  /// in "Who makes the balloons?"): a clause must have it as its verb, and a sentence must
  /// hold it, since nothing else of the question says what was done.
  var commonVerb: String?
  /// For "what year", "which day", "on what date": the unit of time asked for. A year answers
  /// only "what year" with a year in it, "what date" only with a day in it ("May 3", not "July
  /// 2002").
  var timeUnit: String?
  /// Whether a time phrase, as written, answers the unit of time asked for.
  func answersTimeUnit(_ text: String) -> Bool {
    switch timeUnit {
    case "year": Answerer.holdsYear(text)
    case "date", "day": Answerer.holdsDay(text)
    default: true
    }
  }
  /// Whether the question asks what kind of thing something is ("What kind of group is
  /// it?"): what the thing is answers it, whether or not the sentence says the kind.
  var asksKind = false
  /// For "What does the quiz do?": the stems of who or what does the deed asked for, which
  /// the subject of the answering clause must hold; nil for any other question.
  var deedDoer: Set<String>?
  /// Whether `stems`, a clause subject's, hold every stem of the doer a question of a deed asks
  /// about; true for any other question.
  func holdsDoer(in stems: Set<String>) -> Bool {
    deedDoer.map { doer in doer.allSatisfy { isHeld($0, in: stems) } } ?? true
  }
  /// Whether the question is negated: "Why won't Gaza be rebuilt?"
  var isNegated = false
  /// The prepositions the question says outside its question word: "into" of "Who were the
  /// main importers of tea into Europe?".
  var prepositions: Set<String> = []
  /// The words that pick one of several by order ("the first shipment", "the final session"),
  /// which a clause or sentence must say too.
  private(set) var ordinals: [String] = []
  /// Whether the question's verb is a form of "be" ("Who will be the director?", "Which
  /// people are in the group?"): it asks who or what something is.
  var asksWhoIs = false
  /// For "how many X Y": the stems of X and Y, the words up to its verb, any of which the
  /// number may count.
  var countedWords: [String] = []
  /// Whether the question is "how much" with no noun after it ("How much did it cost?"): an
  /// amount with a unit answers it.
  var isAmount = false
  /// Whether the question asks a plain "when", by a time or by what happens then: "When …?",
  /// "At what point …?".
  var asksWhen = false
  /// Whether the question asks "who" or "whom".
  var asksWho: Bool { ["who", "whom"].contains(questionWord) }
  /// The word of measure after "how" ("fast" of "How fast …?"): which units answer it.
  var measure: String?
  /// The nouns of the quality that word measures ("height" of "tall"), which may stand between
  /// the thing measured and its measure: "the pyramid's height is about 139 m".
  private(set) var measureNouns: Set<String> = []
  /// The preposition of the role the question asks: the one it ends on ("for" of "Who does
  /// she work for?") or opens with ("under" of "Under what terms …?").
  var stranded: String?
  /// Whether the question ends on "like": "What is its branding like?" asks what it is like,
  /// which a describing word says.
  var asksLikeness = false
  /// The preposition the question opens with, before "what" or "which" ("under" of "Under
  /// what terms …?"): the phrase it opens in a sentence says the thing asked.
  var fronted: String?
  /// Whether the question asks what or where a thing is by the phrase of the preposition it
  /// opens with: "In which city was he born?", "On what basis is it done?".
  var asksFrontedPhrase: Bool { fronted != nil && (gap == .copula || asksWhoIs) }
  /// Whether the question asks by how much one thing exceeds another ("How much faster …?"):
  /// a share or a multiple answers it too ("30–50% faster", "1,000 times more powerful").
  var isComparison = false
  /// Whether the question asks how often something recurs: "every six weeks", "twice a year".
  var asksHowOften = false
  /// Whether the question asks where a name comes from: "Why is it called …?", "Where does
  /// the name … come from?", "What was it named after?".
  var asksNameOrigin = false
  /// Whether the question's verb is one of receiving ("Who received the medal?"), which a
  /// clause of giving says from the other side: who got it is who it went to.
  var asksReceiver = false
  /// The content stems of each name the question uses: each must be in the answering clause.
  let names: [Set<String>]
  /// The stem of the surname of each name that reads as a person's, nil for other names.
  let surnames: [String?]
  /// The stems of the given names of the people the documents know that the question names:
  /// "altimont" of Altimont Butler.
  let knownGivenNames: Set<String>
  /// Other words for each question stem, as stems: WordNet synonyms of its most common senses
  /// and its derived forms ("negotiation" for "negotiate"), weighted below the word itself.
  private(set) var alternatives: [String: Set<String>] = [:]

  /// How many words after "whose" the thing it asks about may run to.
  static let possessedReach = 4

  /// How many of a word's most common WordNet senses give it other words.
  static let senses = 2

  /// Whether the answer `text` says nothing but the question's own words and words that name no
  /// one thing ("various", "other"): no number, no common word the question does not use
  /// outside its names, no name the question does not use. `words` are the question's tokens.
  /// Not for a question that offers a choice ("Was it Hamas or Fatah …?").
  func isRepeated(in text: String, words: [QuestionToken], lexicon: Lexicon) -> Bool {
    guard !words.contains(where: { $0.folded == "or" }) else { return false }
    let tokens = QuestionText.tokens(text)
    guard !tokens.contains(where: { NumberWords.isNumber($0.folded) }) else { return false }
    let (askedNames, askedInNames) = Self.names(in: words, lexicon: lexicon)
    let (saidNames, saidInNames) = Self.names(in: tokens, lexicon: lexicon)
    // Each word as written, not as the synonym data folds it ("a grant" answers what a trust
    // awarded), and outside names: "the bridge" answers what the Bridge Inn stands by.
    let plain = { (tokens: [QuestionToken], inNames: Set<Int>) in
      Set(
        tokens.indices.filter { position in
          !inNames.contains(position) && !lexicon.contentStems([tokens[position]]).isEmpty
            && !Self.namingNoOne.contains(tokens[position].folded)
        }.map { tokens[$0].stem })
    }
    let said = plain(tokens, saidInNames)
    guard !said.isEmpty || !saidNames.isEmpty,
      said.isSubset(of: plain(words, askedInNames))
    else { return false }
    return saidNames.allSatisfy { name in
      askedNames.contains { Self.repeats(name, of: $0, lexicon: lexicon) }
    }
  }

  /// A name of the question or of an answer, as its words folded, and whether a common noun
  /// follows it, which it then describes ("the Kelp Bay hotel").
  private struct WrittenName: Hashable {
    let words: [String]
    let describes: Bool
  }

  /// Whether the name `said` in an answer is the question's name `asked` over again: all of it
  /// when it names the thing itself (not "Kelp Bay" of "the Kelp Bay hotel"), or a common word
  /// of it ("the Poverty" of "the Poverty and Income Inequality report"). Not a name of its own
  /// inside it: "Hollin" of "the Hollin Village Hall", "London" of "the Museum of London".
  private static func repeats(_ said: WrittenName, of asked: WrittenName, lexicon: Lexicon)
    -> Bool
  {
    if said.words == asked.words { return !asked.describes }
    guard said.words.count < asked.words.count,
      (0...(asked.words.count - said.words.count)).contains(where: {
        Array(asked.words[$0..<($0 + said.words.count)]) == said.words
      })
    else { return false }
    return said.words.allSatisfy { word in
      WordNet.knows(word, as: .noun) && WordNet.english?.isKind(word, of: "location") != true
    }
  }

  /// The runs of capitalised words in `tokens`, with a word of `nameJoiners` between two of them
  /// ("Museum of London"), and the positions they cover; not a common word capitalised only
  /// because it opens them ("In", "Several"), nor "the" before a name ("The Crisis").
  private static func names(in tokens: [QuestionToken], lexicon: Lexicon)
    -> (names: Set<WrittenName>, positions: Set<Int>)
  {
    let isCapitalized = { (position: Int) in
      let token = tokens[position]
      guard token.original.first?.isUppercase == true, token.folded != "the" else {
        return false
      }
      guard position == 0 else { return true }
      let common =
        lexicon.contentStems([token]).isEmpty || WordLists.prepositions.contains(token.folded)
      return !common
        && (!WordNet.knows(token.folded, as: nil)
          || (tokens.count > 1 && tokens[1].original.first?.isUppercase == true))
    }
    var names: Set<WrittenName> = []
    var positions: Set<Int> = []
    var run: [Int] = []
    let close = { (end: Int) in
      guard !run.isEmpty else { return }
      let next = end < tokens.count ? tokens[end] : nil
      let describes =
        next.map {
          $0.original.first?.isLowercase == true && !lexicon.contentStems([$0]).isEmpty
            && WordNet.knows($0.folded, as: .noun)
        } ?? false
      names.insert(WrittenName(words: run.map { tokens[$0].folded }, describes: describes))
      positions.formUnion(run)
      run = []
    }
    for position in tokens.indices {
      if isCapitalized(position) {
        run.append(position)
      } else if !run.isEmpty, Self.nameJoiners.contains(tokens[position].folded),
        position + 1 < tokens.count, isCapitalized(position + 1)
      {
        run.append(position)
      } else {
        close(position)
      }
    }
    close(tokens.count)
    return (names, positions)
  }

  /// The lowercase words that may stand inside a name: "Museum of London".
  private static let nameJoiners: Set<String> = ["of", "for", "de", "the", "and"]

  /// Words that name no one thing of a kind: "various battles", "other projects".
  private static let namingNoOne = WordLists.vagueCounts.union([
    "various", "other", "certain", "different", "numerous", "multiple", "diverse",
  ])

  /// The ordinal words of a question after a determiner, which pick out one thing of several
  /// by its order: "first" of "the first shipment", not of "When did he first …?".
  static func ordinals(in asked: [QuestionToken]) -> [String] {
    zip(asked, asked.dropFirst()).filter { before, word in
      Self.pickingDeterminers.contains(before.folded)
        && (NumberWords.isOrdinal(word.folded) || word.folded == "first"
          || Self.lastWords.contains(word.folded))
    }.map(\.1.folded)
  }

  /// Whether the words `folded` say every one of `ordinals`: "last" says "final" too, and
  /// "first-ever" says "first".
  static func says(_ ordinals: [String], in folded: [String]) -> Bool {
    ordinals.allSatisfy { ordinal in
      let said = lastWords.contains(ordinal) ? lastWords : [ordinal]
      return folded.contains { word in
        said.contains(word) || said.contains { word.hasPrefix($0 + "-") }
      }
    }
  }

  /// The words that say one comes last, each said by any other: "the final time" for "that
  /// last transmission".
  private static let lastWords: Set<String> = ["last", "final"]

  private static let pickingDeterminers: Set<String> = [
    "the", "its", "their", "his", "her", "our", "this", "that",
  ]

  /// Whether the question asks what was not done: "What did they not find?", "What do the
  /// measurements fail to account for?".
  var asksDenial: Bool { isNegated || !stems.isDisjoint(with: Self.denyingStems) }
  private static let denyingStems = Set(ClauseExtractor.denyingVerbs.map(Stemmer.stem))

  /// Whether `stems` hold the question's word `stem` itself, or another word for it.
  func isHeld(_ stem: String, in stems: Set<String>) -> Bool {
    stems.contains(stem) || !(alternatives[stem] ?? []).isDisjoint(with: stems)
  }

  /// Whether `stems` hold the question's word `stem` itself or a word of its family (its
  /// lemma, its derived forms), not merely a synonym: what a "Yes." needs ("discoveries" is not
  /// held by "found" in "material found between stars").
  func isHeldInFamily(_ stem: String, in stems: Set<String>) -> Bool {
    stems.contains(stem) || !(family[stem] ?? []).isDisjoint(with: stems)
  }

  /// The lemma and derived forms of each question stem, as stems: part of `alternatives`.
  private(set) var family: [String: Set<String>] = [:]

  /// The nouns for who does what a question's verb says, as stems: "designer" of "designed".
  /// Only of a question that asks who.
  private(set) var doerStems: Set<String> = []

  /// How many of a noun's senses give the nouns right above them as other words for it.
  static let hypernymSenses = 1
  /// How many senses of a question's verb, and of the other verb, a sense they share may be
  /// among (offer's tenth is provide's fourth). Wider reaches verbs of another meaning
  /// (measured: 20 and 8 add a wrong answer on the blind sets and no right one).
  static let sharedSenses = 12
  static let theirSharedSenses = 4

  /// What a question word is worth when a clause or sentence has only another word for it.
  static let alternativeWeight = 0.8

  /// What `stems` hold of the question's words weighted by `weights`: a word whole when they
  /// have it, at `alternativeWeight` when they have another word for it.
  func heldWeight(of weights: [String: Double], in stems: Set<String>) -> Double {
    // In the stems' order, so the sum is the same in every run.
    weights.keys.sorted().reduce(0.0) { sum, stem in
      let weight = weights[stem, default: 0]
      if stems.contains(stem) { return sum + weight }
      return isHeld(stem, in: stems) ? sum + weight * Self.alternativeWeight : sum
    }
  }

  /// The stems of every name the question uses.
  let nameStems: Set<String>

  /// The words of each name the question uses that has a number in it ("Crew-5", "Gemini
  /// 3"), which a sentence holds only whole: its "crew" and a "March 5" are another's.
  private(set) var numberedNames: [[String]] = []

  /// Each name the question gives one of a series by a capital letter ("Employee A", "Plan B"),
  /// as the word and its letter.
  private(set) var letteredNames: [(word: String, letter: String)] = []

  /// Whether `text` names another of a lettered series the question names one of: "Employee
  /// B" where the question asks about Employee A.
  func namesAnotherLettered(in text: String) -> Bool {
    Self.namesAnother(of: letteredNames, in: text)
  }

  /// Whether `text` speaks of a lettered series the question asks one of, but never of that
  /// one: "Employees are entitled to …" where the question asks about Employee A. A sentence
  /// that does not speak of the series at all ("It owns a car") may still be of it.
  func saysSeriesWithoutLetter(in text: String) -> Bool {
    guard !letteredNames.isEmpty else { return false }
    let tokens = QuestionText.tokens(text)
    return letteredNames.contains { name in
      let series = Self.seriesStem(name.word)
      let uses = tokens.indices.filter { Self.seriesStem(tokens[$0].original) == series }
      return !uses.isEmpty
        && !uses.contains { Self.letters(after: $0, in: tokens).contains(name.letter) }
    }
  }

  /// Whether `text` names another of a lettered series than `names` does, and not the one
  /// `names` gives: "Employee B" alone, where the question asks about Employee A. A question
  /// that names two of one series ("Plan A or Plan B") rules out none of it.
  static func namesAnother(of names: [(word: String, letter: String)], in text: String) -> Bool {
    let asked = names.filter { name in
      names.allSatisfy { seriesStem($0.word) != seriesStem(name.word) || $0 == name }
    }
    guard !asked.isEmpty else { return false }
    let said = letteredNames(in: QuestionText.tokens(text))
    return asked.contains { name in
      !said.contains { seriesStem($0.word) == seriesStem(name.word) && $0.letter == name.letter }
        && said.contains { seriesStem($0.word) == seriesStem(name.word) }
    }
  }

  /// The names `tokens` give one of a lettered series by: "Employee A", "Plan B", and each of
  /// "Households A and B"; not a middle initial ("John F. Kennedy"), though a code may follow
  /// ("Employee B (L6 R4 S3)"), nor a question's opening word ("Did X sign …?").
  static func letteredNames(in tokens: [QuestionToken]) -> [(word: String, letter: String)] {
    tokens.indices.dropFirst().flatMap { position -> [(word: String, letter: String)] in
      let word = tokens[position - 1].original
      let next = position + 1 < tokens.count ? tokens[position + 1].original : ""
      guard isLetter(tokens[position].original), word.first?.isUppercase == true, word.count > 1,
        !WordLists.stopWords.contains(word.lowercased()),
        next.first?.isUppercase != true || next.contains(where: \.isNumber)
          || ["and", "or"].contains(next)
      else { return [] }
      return letters(after: position - 1, in: tokens).map { (word, $0) }
    }
  }

  /// The letters right after the series word at `position`, one or several joined by "and" or
  /// "or": "A" of "Employee A", "A" and "B" of "Households A and B".
  private static func letters(after position: Int, in tokens: [QuestionToken]) -> [String] {
    var found: [String] = []
    var next = position + 1
    while next < tokens.count, isLetter(tokens[next].original) {
      found.append(tokens[next].original)
      guard next + 2 < tokens.count, ["and", "or"].contains(tokens[next + 1].folded) else { break }
      next += 2
    }
    return found
  }

  /// The series word's stem, whatever its case or number: "household" of "Households".
  private static func seriesStem(_ word: String) -> String { Stemmer.stem(word.lowercased()) }

  private static func isLetter(_ word: String) -> Bool {
    word.count == 1 && word.first?.isUppercase == true && word != "I"
  }

  /// Every alternative stem of every question word.
  private(set) var allAlternatives: Set<String> = []

  /// The alternative stems that may stand for the question's words as a clause's verb: every
  /// one of a word that can be a verb, and of any other word its family only.
  private(set) var verbAlternatives: Set<String> = []
  /// The verbs that share one of the commoner senses of a verb of the question ("provide" for
  /// "offer"), by the stem of the question's word: the verb of a clause whose object answers,
  /// and a word of a sentence's score at a discount.
  private(set) var sharedVerbsOf: [String: Set<String>] = [:]

  /// Verbs of several words that WordNet gives for a verb of the question, each with the stem of
  /// the question's word: "take part" for "participate", matched whole against a clause's verb.
  private(set) var phrasalVerbs: [String: String] = [:]

  /// The verbs of the question said with a particle that makes them another verb, by stem, each
  /// with its particle: "show" with "up" of "Which licence shows up more often?", which "as
  /// shown in Diagram #9" does not say.
  private(set) var particleVerbs: [String: String] = [:]

  /// The particles after a verb that may make it another verb ("show up", "end up", "give up"),
  /// not those that mostly say where it goes ("write down", "call out") nor words that are as
  /// often prepositions ("live in").
  static let changingParticles: Set<String> = ["up"]

  /// The question with each content word's WordNet synonyms and derived forms, as stems.
  func expanded(with wordNet: WordNet, tokens: [QuestionToken], lexicon: Lexicon) -> Self {
    var question = self
    question.measureNouns = measure.map { wordNet.attributes(ofAdjective: $0) } ?? []
    for (position, token) in tokens.enumerated() {
      let stem = lexicon.canonical(token.stem)
      // A word of a name is that name's alone: the "Foundation" of the Blender Foundation is
      // no founding.
      guard stems.contains(stem), !nameStems.contains(stem), question.alternatives[stem] == nil
      else { continue }
      var words = Set<String>()
      var related = Set<String>()
      // "organised" is looked up as "organized", whose family WordNet knows better
      // ("organizer").
      let spelled = Spelling.american(of: token.folded) ?? token.folded
      for lemma in wordNet.lemmas(of: spelled, as: nil) {
        related.insert(lemma)
        related.formUnion(wordNet.derivations(of: lemma))
      }
      // Only the senses the word can have as written: "mediating" is the verb "mediate", never
      // the adjective ("between"), and "based" no "base" noun or adjective ("lowly"). An
      // adverb is said by its synonyms too: "nowadays" by "today".
      for partOfSpeech in [WordNet.PartOfSpeech.noun, .verb, .adjective, .adverb] {
        for lemma in wordNet.lemmas(of: spelled, as: partOfSpeech) {
          words.formUnion(wordNet.synonyms(of: lemma, as: partOfSpeech, senses: Self.senses))
          // A common noun is also said by the noun right above its commonest sense: "aim" by
          // "goal", "damage" by "harm". (Below it, or above further senses, reaches too far:
          // "practice" for "activities".)
          if partOfSpeech == .noun, token.original.first?.isLowercase == true {
            words.formUnion(wordNet.hypernyms(of: lemma, as: .noun, senses: Self.hypernymSenses))
          }
        }
      }
      // "biggest" is said by "largest": the synonyms of a compared word, compared alike.
      if let suffix = ["est", "er"].first(where: token.folded.hasSuffix) {
        let bases = wordNet.lemmas(of: token.folded, as: .adjective).filter { $0 != token.folded }
        for base in bases {
          for synonym in wordNet.synonyms(of: base, as: .adjective, senses: Self.senses)
          where !synonym.contains(" ") && synonym != base {
            words.formUnion(Self.compared(synonym, suffix))
          }
        }
      }
      // A verb with its particle says what the phrase says, or the verb above it: "show up"
      // is "surface" and a way to "appear".
      if position + 1 < tokens.count {
        let phrasal = wordNet.phrasalVerbs(token.folded, tokens[position + 1].folded)
        for lemma in phrasal {
          words.formUnion(wordNet.synonyms(of: lemma, as: .verb, senses: Self.senses))
          words.formUnion(wordNet.hypernyms(of: lemma, as: .verb, senses: Self.senses))
        }
        // Unless the verb alone says what the phrase says in its first sense: "fill up" is
        // "fill", "show up" not "show".
        let bare = Set(wordNet.lemmas(of: token.folded, as: .verb))
        if !phrasal.isEmpty, Self.changingParticles.contains(tokens[position + 1].folded),
          phrasal.allSatisfy({
            wordNet.synonyms(of: $0, as: .verb, senses: 1).isDisjoint(with: bare)
          })
        {
          question.particleVerbs[stem] = tokens[position + 1].folded
        }
      }
      if position > 0 {
        // "switched off for good" is said by "permanently": an adverb of two words WordNet
        // knows ("for good", "at once", "in person") says what its synonyms say.
        for lemma in wordNet.collocations(tokens[position - 1].folded, token.folded, as: .adverb) {
          words.formUnion(
            wordNet.synonyms(of: lemma, as: .adverb, senses: Self.senses).filter {
              !$0.contains(" ")
            })
        }
        // "Who took part?" is said by "participated": the word a verb makes one verb with
        // ("take part", "set up", "put forward") says what the phrase says, as the verb does.
        for lemma in wordNet.phrasalVerbs(tokens[position - 1].folded, token.folded) {
          words.formUnion(wordNet.synonyms(of: lemma, as: .verb, senses: Self.senses))
          question.phrasalVerbs[lemma] = stem
        }
      }
      // "Who participated?" is said by "took part", the phrase whole.
      if !Self.lightVerbs.contains(token.folded) {
        for lemma in wordNet.lemmas(of: spelled, as: .verb) {
          for synonym in wordNet.synonyms(of: lemma, as: .verb, senses: Self.senses)
          where synonym.contains(" ") {
            question.phrasalVerbs[synonym] = stem
          }
        }
      }
      // "closely" is said by "closest": an adjective of the family, compared.
      for lemma in related
      where !lemma.contains(" ") && lemma != token.folded
        && wordNet.lemmas(of: lemma, as: .adjective).contains(lemma)
      {
        related.formUnion(Self.compared(lemma, "est") + Self.compared(lemma, "er"))
      }
      words.formUnion(related)
      // "drop dead" for "die" is no "drop": a lemma of several words is another word only
      // whole, which a stem cannot hold. Nor is a verb of every use ("say" for "pronounce",
      // "make" for "build") another word for a verb of one.
      words = words.filter { !$0.contains(" ") }
      // Nor is a noun of its own in the plural ("works" for "plant", "means", "goods") another
      // word for the question's when its stem is another noun's ("work", "mean"): "working"
      // is no plant.
      words = words.filter { word in
        word == spelled || !word.hasSuffix("s")
          || !wordNet.lemmas(of: word, as: .noun).contains(word)
          || !wordNet.lemmas(of: String(word.dropLast()), as: .noun).contains(
            String(word.dropLast()))
      }
      if !Self.lightVerbs.contains(token.folded) {
        words.subtract(Self.lightVerbs.subtracting(related))
      }
      // "received" is said by the other side of it: "awarded … to", "gave … to".
      if Self.receives(token.folded) {
        words.formUnion(Self.givingVerbs)
        question.asksReceiver = true
      }
      related = related.filter { !$0.contains(" ") }
      // "publisher" is who publishes, not the publishing: no word of a verb's own family that
      // a "Yes." may rest on ("Can I publish my data?" against "… by funder, publisher and
      // institution policies").
      let doers = related.filter { lemma in
        lemma.count > token.folded.count && (lemma.hasSuffix("er") || lemma.hasSuffix("or"))
          && WordNet.knows(token.folded, as: .verb) && !WordNet.knows(lemma, as: .verb)
      }
      question.family[stem] = lexicon.contentStems(ofLemmas: related.subtracting(doers))
        .subtracting([stem])
      // Only "who" asks for a doer: no other question needs them.
      if question.asksWho, WordNet.knows(token.folded, as: .verb) {
        question.doerStems.formUnion(
          lexicon.contentStems(
            ofLemmas: related.filter { lemma in
              ["er", "or", "ist"].contains(where: lemma.hasSuffix) && wordNet.namesPerson(lemma)
            }))
      }
      let alternatives = lexicon.contentStems(ofLemmas: words).subtracting([stem])
      if !alternatives.isEmpty {
        question.alternatives[stem] = alternatives
        question.allAlternatives.formUnion(alternatives)
        // A word that is never a verb ("agenda") gives a clause's verb only its own family,
        // not the synonyms of its nouns ("schedule"): "What was on the meeting's agenda?" is
        // not asked of "scheduling a meeting".
        question.verbAlternatives.formUnion(
          wordNet.lemmas(of: token.folded, as: .verb).isEmpty
            ? alternatives.intersection(question.family[stem] ?? []) : alternatives)
      }
      // "offer" is said by "provide": a verb that shares a sense with the question's, where
      // that sense is among the commoner of both, may be the clause's verb; it counts in a
      // sentence's score at a discount, not as another word for the question's.
      if !Self.lightVerbs.contains(token.folded) {
        for lemma in wordNet.lemmas(of: spelled, as: .verb) {
          let shared = wordNet.sharedSenseVerbs(
            of: lemma, senses: Self.sharedSenses, theirSenses: Self.theirSharedSenses
          ).filter { !$0.contains(" ") }.subtracting(Self.lightVerbs)
          let sharedStems = lexicon.contentStems(ofLemmas: shared).subtracting([stem])
          guard !sharedStems.isEmpty else { continue }
          question.sharedVerbsOf[stem, default: []].formUnion(sharedStems)
          question.verbAlternatives.formUnion(sharedStems)
        }
      }
    }
    return question
  }

  /// The forms an adjective may take with `suffix` ("est" or "er"): "largest", "biggest",
  /// "earliest"; a form no document uses matches nothing.
  static func compared(_ adjective: String, _ suffix: String) -> [String] {
    let vowels = Set("aeiou")
    let letters = Array(adjective)
    guard let last = letters.last, letters.count > 1 else { return [] }
    if last == "e" { return [adjective + String(suffix.dropFirst())] }
    if last == "y", !vowels.contains(letters[letters.count - 2]) {
      return [String(adjective.dropLast()) + "i" + suffix]
    }
    var forms = [adjective + suffix]
    // "big", "hot": a last consonant after a lone vowel is doubled.
    if letters.count >= 3, !vowels.contains(last), !"wxy".contains(last),
      vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3])
    {
      forms.append(adjective + String(last) + suffix)
    }
    return forms
  }

  /// Reads `tokens` as a wh-question or a yes/no question; nil for one whose question word does
  /// not open it, one with a pronoun left to resolve, or one with too few content words.
  /// With `minimumWords`, a question needs only that many content words (the clause layer
  /// asks for two, three for "how").
  init?(
    _ tokens: [QuestionToken], lexicon: Lexicon, names index: NameIndex,
    isPerson: (Int) -> Bool = { _ in false }, minimumWords: Int? = nil
  ) {
    let words = tokens.map(\.folded)
    // Not after "be" and a word that takes it ("the deal Hamas is close to"), nor after a
    // word that takes its own ("which program is its work part of"): that preposition is the
    // word's, not a role of the verb. A passive's verb keeps it: "What will the damages be
    // used for?".
    // Nor right after "be", which closes a clause of its own that describes a noun: "Who owned
    // the land the garden is on?" asks who owned it, not who it is on.
    let spoken = words.filter { $0.first?.isLetter == true || $0.first?.isNumber == true }
    asksLikeness = spoken.last == "like"
    if let last = spoken.last, WordLists.prepositions.contains(last),
      spoken.count < 3
        || ((!Self.beForms.contains(spoken[spoken.count - 3])
          || spoken[spoken.count - 2].hasSuffix("ed"))
          && !Self.prepositionTakers.contains(spoken[spoken.count - 2])
          && !Self.beForms.contains(spoken[spoken.count - 2]))
    {
      stranded = last
    }
    // The question word opens the question, after at most a preposition or a conjunction
    // ("In which year", "And how many"): "Was the engineer who inspected it hired?" asks
    // yes or no.
    // A yes/no question opens with its auxiliary: "Was CloudSat launched in 2006?"
    let opening = words.firstIndex { !Self.leadWords.contains($0) } ?? 0
    let asksYesOrNo =
      opening <= 1 && opening < words.count && Self.auxiliaries.contains(words[opening])
    guard
      let first = asksYesOrNo
        ? opening : words.firstIndex(where: { Self.questionWords.contains($0) }),
      words[..<first].allSatisfy({ Self.leadWords.contains($0) }), first <= 2
    else {
      return nil
    }
    // The answerer puts names for the pronouns it can resolve: one left needs its referent,
    // and so does "that one" ("Was that one also launched from Antarctica?").
    // Not "it" that stands for nothing ("How long does it take …?", "Does it matter …?"),
    // save in "What does it mean …?", which asks what a thing means.
    guard
      !words.indices.contains(where: { position in
        Self.pronouns.contains(words[position])
          && !Self.isImpersonalIt(at: position, in: words, asking: false)
      }),
      !zip(words, words.dropFirst()).contains(where: {
        ["this", "that", "these", "those", "the"].contains($0.0) && ["one", "ones"].contains($0.1)
      }),
      Self.otherOne(in: words) == nil
    else { return nil }
    let word = words[first]
    let next = first + 1 < words.count ? words[first + 1] : ""
    // "Which agency is actually using it?": an adverb after the auxiliary is not the verb.
    let afterNext =
      words.dropFirst(first + 2).first { !($0.hasSuffix("ly") && $0.count > 4) } ?? ""
    var counted: String?
    var skip = 1
    // "In which exact year …?": the unit of the calendar asked for, after a word that only
    // describes it (not "What historical period …?", which asks for a period's name).
    let described =
      first + 2 < words.count && Answerer.describesOnly(next)
      ? Self.timeNoun(words[first + 2]).flatMap { ["year", "date", "day"].contains($0) ? $0 : nil }
      : nil
    let gap: Gap
    switch word {
    case _ where asksYesOrNo:
      gap = .truth
    case "what" where Self.timeNoun(next) != nil, "which" where Self.timeNoun(next) != nil:
      gap = .time
      skip = 2
      timeUnit = Self.timeNoun(next)
    case "what" where described != nil, "which" where described != nil:
      gap = .time
      skip = 3
      timeUnit = described
    case "what" where Self.asksPoint(words, at: first),
      "which" where Self.asksPoint(words, at: first):
      // "At what point does a lease holder stop paying rent?" asks when, by a time or by what
      // happens then ("as soon as production reaches paying quantities"). Not "What point does
      // he make?", nor "At what point in the story …?", a place in it.
      gap = .time
      skip = 2
      asksWhen = true
    case "when":
      gap = .time
      asksWhen = true
    case "how"
    where (next == "far" && afterNext == "back") || (next == "long" && afterNext == "ago"):
      // "How far back does the idea go?", "How long ago was it built?" ask when.
      gap = .time
      skip = 3
    case "where": gap = .place
    case "why": gap = .reason
    case "whose": gap = .possessor
    case "how" where (next == "much" || next == "many") && Self.isComparative(afterNext):
      // "How much higher is it?", "How much faster was it than …?": by how much, a number
      // with its unit, a share or a multiple.
      gap = .quantity
      skip = 3
      isAmount = true
      isComparison = true
    case "how" where next == "many" || next == "much":
      gap = .quantity
      skip = 2
      counted = first + 2 < tokens.count ? lexicon.canonical(tokens[first + 2].stem) : nil
      isAmount = next == "much" && Self.auxiliaries.contains(afterNext)
      // "How many test runs were made": every noun up to the verb may be what is counted.
      // A longer noun phrase counts as a whole when an auxiliary ends it ("How many adverse
      // reaction and medication error reports has …?").
      // Not past a rate: "How many days a week …?", "How many hours per shift …?" count days
      // and hours.
      let run = tokens.dropFirst(first + 2).prefix {
        !Self.auxiliaries.contains($0.folded) && !Self.rateWords.contains($0.folded)
      }
      let ended = first + 2 + run.count < tokens.count
      countedWords = run.prefix(ended ? Self.longestCounted : 3).map {
        lexicon.canonical($0.stem)
      }
    case "how" where next == "long" || next == "soon":
      // "How soon after the order does the company get a hearing?" asks how long after.
      gap = .duration
      skip = 2
    case "how"
    where next == "often" || (next == "frequently" && Self.auxiliaries.contains(afterNext)):
      // "How often are releases made?": how often it recurs ("every six weeks").
      gap = .duration
      skip = 2
      asksHowOften = true
    case "how" where next == "old":
      // "How old was he when they signed him?": an age ("at age 12", "when he was nineteen").
      gap = .quantity
      skip = 2
      isAmount = true
      measure = next
    case "how" where Self.measureWords.contains(next):
      // "How wide is it?": a number with its unit of measure.
      gap = .quantity
      skip = 2
      isAmount = true
      measure = next
    case "what" where Self.measureNouns.contains(next),
      "which" where Self.measureNouns.contains(next):
      // "At what altitude is the stratosphere?": a number with its unit of measure; "What
      // percentage of men …?" a share.
      gap = .quantity
      isAmount = true
      measure = next
    case "what" where Self.endsWithFor(words, after: first + 3):
      // "What is NASA using the arrays for?" asks for a purpose.
      gap = .reason
    case "how":
      // "How was he wounded?", "How was the enemy firing on them?" ask how it was done, as
      // "How is Hamas?" does not.
      // So does one whose last word is a past form, however long the thing it asks about:
      // "How was the number of survey points in each habitat decided?".
      let last = words.last { $0.first?.isLetter == true } ?? ""
      let doing =
        words.dropFirst(first + 2).prefix(Self.participleReach).contains {
          $0.count > 4 && ($0.hasSuffix("ed") || $0.hasSuffix("ing"))
        } || (words.count > first + 3 && last.count > 3 && WordNet.isPastForm(last))
      guard !Self.degreeWords.contains(next) || (Self.beForms.contains(next) && doing) else {
        return nil
      }
      gap = .manner
    default:
      // who, whom, what, which: the subject when a verb follows, the object when an
      // auxiliary does ("What did the council approve?"), unless a passive turns it round
      // ("Who was elected?": the object of the active clause).
      if Self.auxiliaries.contains(next) {
        // "What was NASA trying to learn?" asks for an object as a passive does.
        // "Who is mediating the talks?" asks for its subject.
        let participle = words.dropFirst(first + 3).prefix(4).contains {
          $0.hasSuffix("ing") && $0.count > 5
        }
        // "Who was the survey carried out for?", "Who was the book written by?": a participle
        // that ends the question but for its particle and preposition is a passive's, however
        // long the noun before it; what the preposition takes is asked, not who the thing is.
        // Not "of": "What is light energy made of?" asks what it is ("a collection of
        // photons").
        let passive =
          Self.beForms.contains(next)
          && (afterNext.hasSuffix("ed") || participle
            || (stranded != nil && stranded != "of"
              && Self.endsWithParticiple(words, after: first + 2)))
        // "What is soldering?", the "-ing" word the last, asks what that is, as "What is
        // solder?" does.
        let lastWord = words.count == first + 3
        if Self.beForms.contains(next) && afterNext.hasSuffix("ing") && lastWord
          && (WordNet.knows(afterNext, as: .noun) || !WordNet.knows(afterNext, as: nil))
          && afterNext.count > Self.shortestGerund
        {
          gap = .copula
        } else if Self.beForms.contains(next) && afterNext.hasSuffix("ing") {
          gap = .subject
        } else if !Self.beForms.contains(next), afterNext.hasSuffix("ing"),
          afterNext.count > Self.shortestGerund,
          (first + 4..<words.count).contains(where: { Self.isVerb(tokens, at: $0) })
        {
          // "What will violating the rules result in?": a verb's "-ing" form after the
          // auxiliary, and a verb after it, make a deed the subject, and what is asked the
          // object.
          gap = .object
        } else if !Self.beForms.contains(next), Self.isVerb(tokens, at: first + 2),
          // "What do companies pay ONRR …?": after "do" a word that is also a noun is the
          // subject.
          !(["do", "does", "did"].contains(next) && WordNet.knows(words[first + 2], as: .noun)),
          // "What must releases be aligned with?": a verb "be" after it makes it the subject.
          !words.dropFirst(first + 3).contains("be")
        {
          // "Who will lead the foundation?": a verb right after the auxiliary has no
          // subject of its own.
          gap = .subject
        } else if word == "what", ["do", "does", "did"].contains(next), words.last == "mean" {
          // "What does data preservation actually mean?" asks what it is.
          gap = .copula
        } else if word == "what", !Self.beForms.contains(next), words.last == "be",
          words.count > first + 3
        {
          // "What will the project be?" asks what it is to be.
          gap = .copula
        } else {
          gap = passive || !Self.beForms.contains(next) ? .object : .copula
        }
      } else if ["which", "what"].contains(word), Self.kindWords.contains(next),
        afterNext == "of", first + 4 < words.count, Self.beForms.contains(words[first + 4]),
        !words.dropFirst(first + 5).contains(where: { $0.hasSuffix("ed") || $0.hasSuffix("ing") })
      {
        // "What kind of group is the Carpentries?" asks what it is.
        gap = .copula
      } else if ["which", "what"].contains(word),
        let position = words.indices.dropFirst(first + 2).prefix(Self.nounPhraseReach).first(
          where: { Self.auxiliaries.contains(words[$0]) }),
        !words[(first + 2)..<position].contains(where: { $0.hasSuffix("ed") }),
        !Self.beForms.contains(words[position]) || afterNext == words[position]
          || Self.opensNounPhrase(tokens, at: position + 1),
        Self.beForms.contains(words[position]) || !Self.isVerb(tokens, at: position + 1),
        // "Which spacecraft currently has a radar?": "has" with no participle is the verb.
        !["has", "have", "had"].contains(words[position])
          || words.dropFirst(position + 1).prefix(4).contains(where: {
            $0.hasSuffix("ed") || $0.hasSuffix("en")
          })
      {
        // "Which module did it dock to?", "Under which license is Spark released?", "Which
        // test program for the SLS rocket did he lead?": the noun is the object, or a
        // preposition's, of the clause that follows.
        // "Which star is Favdna?", "Which city is the capital?": a form of "be" right after
        // the noun, and no verb or preposition after it, asks what the thing is.
        let isCopula =
          first == 0 && position == first + 2 && Self.beForms.contains(words[position])
          && !words.dropFirst(position + 1).contains(where: { word in
            word.hasSuffix("ed") || word.hasSuffix("ing") || WordNet.isPastForm(word)
              || (WordLists.prepositions.contains(word) && word != "of")
          })
        gap = isCopula ? .copula : .object
      } else {
        gap = .subject
      }
    }
    var rest = tokens
    rest.removeSubrange(first..<min(first + skip, tokens.count))
    // "according to the article", "in this announcement", "the post": the document itself,
    // which no sentence names.
    let ownWords = Set(
      rest.indices.dropFirst().filter { index in
        Self.documentWords.contains(rest[index].folded)
          && ["the", "this"].contains(rest[index - 1].folded)
      }.map { lexicon.canonical(rest[$0].stem) })
    // "in order to", "on behalf of": a preposition in several words, whose noun is no word of
    // what is asked.
    let folded = rest.map(\.folded)
    prepositions = Set(folded.filter(WordLists.prepositions.contains))
    let grammatical = Set(
      folded.indices.flatMap { start in
        Self.compoundPrepositions.filter { folded[start...].starts(with: $0) }.map { phrase in
          lexicon.canonical(rest[start + 1].stem)
        }
      })
    let stems = lexicon.contentStems(rest).subtracting(ownWords).subtracting(grammatical)
    // One content word is too little to tell one clause from another.
    guard stems.count >= minimumWords ?? (gap == .manner ? 3 : 2) else { return nil }
    self.gap = gap
    questionWord = word
    // "Under what terms is the data released?", "At what level does it peak?": a preposition
    // before "what" or "which" is the role asked, as one the question ends on is. Not "In what
    // way" or "To what extent", which ask how.
    if stranded == nil, first > 0, ["what", "which"].contains(word),
      [.subject, .object, .copula].contains(gap),
      WordLists.prepositions.contains(words[first - 1]),
      !Self.mannerNouns.contains(next)
    {
      stranded = words[first - 1]
      fronted = words[first - 1]
    }
    // "Whose mail-system avatar was the gopher?": the last noun before the verb is the thing.
    if gap == .possessor, first + 1 < tokens.count {
      let verb =
        words.indices.dropFirst(first + 1).prefix(Self.possessedReach).first {
          Self.auxiliaries.contains(words[$0])
        } ?? first + 2
      possessed = lexicon.canonical(tokens[max(first + 1, verb - 1)].stem)
    }
    // "What does the quiz do?", "What do bloggers often do with copyrighted material?": "do"
    // after its subject asks for the deed itself, done by that subject.
    if word == "what", first + 1 < words.count, Self.auxiliaries.contains(words[first + 1]),
      let deed = words.indices.dropFirst(first + 2).first(where: {
        ["do", "doing"].contains(words[$0])
      })
    {
      // The subject runs to an adverb, a preposition, or a participle before "to" ("What is
      // the council supposed to do?"); "the working group" keeps its "working".
      let subject = tokens[(first + 2)..<deed].enumerated().prefix { offset, token in
        let following = first + 2 + offset + 1 < tokens.count ? words[first + 2 + offset + 1] : ""
        return !(token.folded.hasSuffix("ly") && token.folded.count > 4)
          && !WordLists.prepositions.contains(token.folded) && token.folded != "to"
          && !((token.folded.hasSuffix("ed") || token.folded.hasSuffix("ing"))
            && ["to", "do", "doing"].contains(following))
      }.map(\.element)
      let subjectStems = lexicon.contentStems(Array(subject)).intersection(stems)
      if !subjectStems.isEmpty { deedDoer = subjectStems }
    }
    isNegated = words.contains { ["not", "never"].contains($0) }
    ordinals = Self.ordinals(in: tokens)
    // "Under which license is Spark software released?" is a passive: a participle follows.
    asksWhoIs = words.indices.dropFirst(first + 1).contains { position in
      let following = words.dropFirst(position + 1).prefix(4)
      return (Self.beForms.contains(words[position]) || words[position] == "be")
        && !following.contains { $0.hasSuffix("ed") || ($0.hasSuffix("ing") && $0.count > 5) }
    }
    // "Which Arab countries", "which space agency": the common nouns after "which" say what
    // kind of thing is asked for; the last is the head.
    var kind: [String] = []
    var kindLemma: String?
    if ["which", "what"].contains(word) {
      // "What kind of organisation": the noun after "kind of" says the kind.
      var start = first + 1
      if start + 2 < tokens.count, Self.kindWords.contains(tokens[start].folded),
        tokens[start + 1].folded == "of"
      {
        start += 2
        asksKind = true
      }
      // "Which four countries": the number says how many, the noun after it what kind.
      if start + 1 < tokens.count, NumberWords.isNumber(tokens[start].stem) { start += 1 }
      for (offset, token) in tokens.dropFirst(start).prefix(2).enumerated() {
        let folded = token.folded
        // "Which named storms": a participle before the noun describes it.
        let describing =
          offset == 0 && folded.hasSuffix("ed") && tokens.indices.contains(start + 1)
          && tokens[start + 1].original.first?.isLowercase == true
          && !WordLists.stopWords.contains(tokens[start + 1].folded)
          && WordNet.knows(tokens[start + 1].folded, as: .noun)
        if describing { continue }
        // "Which museum sent duplicates …?": after the noun, a verb's irregular past is the
        // verb, though WordNet knows "sent" as a coin too.
        guard !Self.auxiliaries.contains(folded), !folded.hasSuffix("ed"),
          !folded.hasSuffix("ing"), WordLists.stopWords.contains(folded) == false,
          offset == 0 || !WordNet.isPastForm(folded)
        else { break }
        if token.original.first?.isUppercase == true { continue }
        // A word WordNet does not know at all ("apps", "funder"), right before the verb or its
        // auxiliary, is the noun.
        let unknownNoun =
          offset == 0 && !WordNet.knows(folded, as: nil) && tokens.indices.contains(start + 1)
          && (Self.auxiliaries.contains(tokens[start + 1].folded)
            || Self.isVerb(tokens, at: start + 1))
        guard WordNet.knows(folded, as: .noun) || unknownNoun else { break }
        // "Which company runs the facility?": a second word that may be a verb, before what
        // could be its object, is the verb.
        let next = start + offset + 1
        // "What goes into a contract's cost?", "What makes the Moon …?": a verb's "-s" form
        // right after the question word, before its object or its particle, is the verb. Not
        // a noun before "of" or "in" ("What parts of the ship …").
        if offset == 0, folded.hasSuffix("s"), tokens.indices.contains(next),
          !(WordNet.english?.lemmas(of: folded, as: .verb).filter { $0 != folded }.isEmpty ?? true),
          WordLists.determiners.contains(tokens[next].folded)
            || Self.verbParticles.contains(tokens[next].folded)
        {
          break
        }
        // So is one whose particle follows ("Which country put forward the resolution?").
        if offset == 1, WordNet.knows(folded, as: .verb), tokens.indices.contains(next),
          WordLists.determiners.contains(tokens[next].folded)
            || WordLists.prepositions.contains(tokens[next].folded)
            || tokens[next].original.first?.isUppercase == true
            || WordNet.english?.phrasalVerbs(folded, tokens[next].folded).isEmpty == false
        {
          break
        }
        let stem = lexicon.canonical(token.stem)
        if stems.contains(stem) {
          kind.append(stem)
          kindLemma = WordNet.english?.lemmas(of: folded, as: .noun).first ?? folded
        }
      }
    }
    typeWords = kind
    typeNoun = kind.last
    typeLemma = kindLemma
    if gap == .subject {
      // The verb after the question word and the words that say what kind of thing it asks
      // for ("Which test program led …", "Which NASA spacecraft currently has …"), after its
      // auxiliaries ("Who is mediating the talks?"): an auxiliary with no verb after it is the
      // verb itself ("has" in "Which spacecraft has laser ranging?"), which says too little to
      // require.
      var after = first + 1
      while after < tokens.count - 1,
        tokens[after].original.first?.isUppercase == true
          || kind.contains(lexicon.canonical(tokens[after].stem))
          || (Self.auxiliaries.contains(tokens[after].folded) && Self.isVerb(tokens, at: after + 1))
          || (!Self.auxiliaries.contains(tokens[after].folded)
            && !Self.isVerb(tokens, at: after) && WordNet.knows(tokens[after].folded, as: .adverb))
      {
        after += 1
      }
      if after < tokens.count, case let stem = lexicon.canonical(tokens[after].stem),
        stems.contains(stem), !Self.auxiliaries.contains(tokens[after].folded)
      {
        verb = stem
      } else if after + 1 < tokens.count, Self.isVerb(tokens, at: after),
        case let particle = lexicon.canonical(tokens[after + 1].stem), stems.contains(particle),
        WordNet.english?.phrasalVerbs(tokens[after].folded, tokens[after + 1].folded)
          .isEmpty == false
      {
        // "Who took part?": the verb of every use makes one verb with the word after it, which
        // a clause must say ("took part", "participated").
        verb = particle
      } else if after < tokens.count, Self.isVerb(tokens, at: after),
        !Self.auxiliaries.contains(tokens[after].folded), tokens[after].folded != "be"
      {
        commonVerb = WordNet.english?.lemmas(of: tokens[after].folded, as: .verb).first
        // "What happened to the vault?" asks what befell it, in whatever words the sentence
        // tells it: no verb the sentence must hold.
        if let common = commonVerb, Self.eventVerbs.contains(common) { commonVerb = nil }
      }
    }
    // "Why is it called the New Madrid earthquakes?", "Where does the name libpq come from?",
    // "What was libpq named after?"
    // "the name libpq": the noun "name" before the name it is; not "give their name".
    let naming =
      words.contains { ["called", "named", "call"].contains($0) }
      || tokens.indices.dropFirst().dropLast().contains {
        tokens[$0].folded == "name" && tokens[$0 - 1].folded == "the"
          && !WordLists.stopWords.contains(tokens[$0 + 1].folded)
      }
    asksNameOrigin =
      naming
      && (gap == .reason || (gap == .place && words.contains("from"))
        || words.last(where: { $0.first?.isLetter == true }) == "after")
    // "How many of the glaciers retreated?": the verb after the part asked about.
    if gap == .quantity, counted == "of",
      let position = tokens.indices.dropFirst(first + 3).first(where: { position in
        Self.isVerb(tokens, at: position) && !Self.auxiliaries.contains(tokens[position].folded)
          && stems.contains(lexicon.canonical(tokens[position].stem))
      })
    {
      verb = lexicon.canonical(tokens[position].stem)
    }
    self.stems = stems
    self.counted = counted
    var names: [Set<String>] = []
    var surnames: [String?] = []
    var knownGivenNames: Set<String> = []
    letteredNames = Self.letteredNames(in: tokens)
    for (range, entities) in index.nameMatches(in: tokens) {
      let stems = lexicon.contentStems(tokens[range])
      guard !stems.isEmpty else { continue }
      names.append(stems)
      if tokens[range].contains(where: { $0.folded.contains(where: \.isNumber) }) {
        numberedNames.append(tokens[range].map(\.folded))
      }
      let written = tokens[range].map(\.original).joined(separator: " ")
      // A person the documents know, though the name ends like a role ("Altimont Butler").
      let known = !entities.isEmpty && entities.allSatisfy(isPerson)
      let surname = tokens[range].last.map { lexicon.canonical($0.stem) }
      // Not a surname the documents call someone else by alone: "Robinson" is Julia Bowman
      // Robinson, so it does not stand for Raphael Robinson.
      let calls = tokens[range].last.flatMap { index.names(in: [$0], from: 0).last?.entities }
      let someoneElse =
        range.count > 1 && !entities.isEmpty
        && calls.map { !$0.isEmpty && Set($0).isDisjoint(with: entities) } == true
      surnames.append((Entity.readsAsPersonName(written) || known) && !someoneElse ? surname : nil)
      if known, let surname { knownGivenNames.formUnion(stems.subtracting([surname])) }
    }
    self.names = names
    nameStems = names.reduce(into: []) { $0.formUnion($1) }
    self.surnames = surnames
    self.knownGivenNames = knownGivenNames
    // "What did Millán say about balloons?": what was said must be about balloons. Not "the
    // uncertainty about the museum's future", where "about" tells which uncertainty.
    if let about = tokens.lastIndex(where: { $0.folded == "about" }), about > 0,
      !WordNet.isMostly(tokens[about - 1].folded, .noun, over: .verb)
    {
      topicStems = lexicon.contentStems(tokens[(about + 1)...]).intersection(stems)
    }
  }

  /// The content stems after "about" ("What did she say about the budget?"): what the
  /// answer must be about, in its own words or others.
  private(set) var topicStems: Set<String> = []

  /// Whether `stems` hold the words the question says the answer is about.
  func holdsTopic(in stems: Set<String>) -> Bool {
    topicStems.allSatisfy { isHeld($0, in: stems) }
  }

  /// Whether `stems` hold every name the question uses: all its words, or, for a person, the
  /// surname a document goes on to call them by ("Kenny" for Jeremy Kenny).
  func holdsNames(in stems: Set<String>) -> Bool {
    zip(names, surnames).allSatisfy { name, surname in
      name.isSubset(of: stems) || surname.map(stems.contains) ?? false
    }
  }

  /// Stems every clause or sentence that holds the question's names holds: each name's
  /// surname, or all of a name that has none. An index looks up the rarest of them instead of
  /// every clause or sentence that shares a word with the question.
  var requiredStems: Set<String> {
    zip(names, surnames).reduce(into: Set<String>()) { required, pair in
      required.formUnion(pair.1.map { [$0] } ?? pair.0)
    }
  }

  /// The required stem an index holds least often (`frequency`), nil when the question names
  /// no one.
  func rarestRequiredStem(frequency: (String) -> Int) -> String? {
    requiredStems.min { frequency($0) < frequency($1) }
  }

  /// The stems of the people's names the question uses other than their surnames: "Jeremy"
  /// of Jeremy Kenny, which a sentence that calls him Kenny need not hold.
  var givenNames: Set<String> {
    zip(names, surnames).reduce(into: Set<String>()) { given, pair in
      if let surname = pair.1 { given.formUnion(pair.0.subtracting([surname])) }
    }
  }

  private static let questionWords: Set<String> = [
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how",
  ]
  /// Words that may come before the question word: "And how many", "On what date".
  private static let leadWords: Set<String> = WordLists.prepositions.union([
    "and", "so", "but", "then", "also", "exactly", "roughly",
  ])
  /// Words after which "it" stands for nothing: "is it clear", "what does it mean", "how long
  /// does it take", "does it matter".
  static let impersonalItNext: Set<String> = [
    "mean", "means", "clear", "true", "possible", "likely", "known", "unclear", "important",
    "take", "takes", "seem", "seems", "matter", "matters",
  ]

  /// Whether the "it" at `position` of `words` (folded) stands for nothing, by the word after
  /// it: "How long does it take to bake?", "How long does it take before …?". Not "it" that
  /// takes place or part ("When did it take place?"): a thing talked about does.
  static func isImpersonalIt(at position: Int, in words: [String], asking: Bool = true) -> Bool {
    guard words[position] == "it", position + 1 < words.count,
      (asking ? impersonalItNext : impersonalItNotAsking).contains(words[position + 1])
    else { return false }
    guard ["take", "takes"].contains(words[position + 1]) else { return true }
    return !["place", "part"].contains(words[(position + 2)...].first ?? "")
  }

  /// Whether the "it" at `position` of `words` (folded) takes place: "When did it take place?".
  static func takesPlace(at position: Int, in words: [String]) -> Bool {
    words[position] == "it" && position + 2 < words.count
      && ["take", "takes", "took"].contains(words[position + 1]) && words[position + 2] == "place"
  }

  /// Those of them after which the question still reads without the "it": not "mean", of "What
  /// does it mean …?", which asks what a thing means.
  private static let impersonalItNotAsking = impersonalItNext.subtracting(["mean", "means"])

  /// The pronouns the answerer must resolve before a question can be read.
  static let pronouns: Set<String> = [
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
  ]
  /// Words that go with a verb before its object, not with a noun: "goes into", "happens to".
  private static let verbParticles: Set<String> = [
    "into", "to", "onto", "from", "through", "up", "down", "out", "off", "away", "about",
  ]
  /// Nouns that, with "of" after them, leave the kind to the next noun: "what kind of group".
  static let kindWords: Set<String> = ["kind", "kinds", "type", "types", "sort", "sorts"]

  /// The auxiliaries and forms of "be" a question opens with after its question word.
  static let auxiliaries: Set<String> = [
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "has", "have", "had", "may", "might", "must",
  ]
  /// "What time", "which year": a question for a time.
  private static let timeNouns: Set<String> = [
    "time", "day", "date", "year", "month", "hour", "week", "century", "decade",
  ]
  /// The words that open a rate after what "how many" counts: "a week", "per day", "each year".
  private static let rateWords: Set<String> = ["a", "an", "per", "each", "every"]
  /// "the other one", "another one" in `words`, which stand for one of what the conversation
  /// spoke of, as "that one" does: nil when there is none.
  static func otherOne(in words: [String]) -> String? {
    for position in words.indices.dropLast() where ["one", "ones"].contains(words[position + 1]) {
      if words[position] == "another" { return "another " + words[position + 1] }
      if words[position] == "other", position > 0,
        ["the", "this", "that", "these", "those"].contains(words[position - 1])
      {
        return words[(position - 1)...(position + 1)].joined(separator: " ")
      }
    }
    return nil
  }

  /// Whether "at what point" or "at which moment" opens at the question word at `first`, with
  /// no "of" or "in" after it that makes it a point of something ("at what point in time" is
  /// still when).
  private static func asksPoint(_ words: [String], at first: Int) -> Bool {
    first > 0 && words[first - 1] == "at" && first + 1 < words.count
      && pointNouns.contains(words[first + 1])
      && (!(first + 2 < words.count && ["of", "in"].contains(words[first + 2]))
        || words[(first + 2)...].starts(with: ["in", "time"]))
  }

  /// The nouns that ask when after "at what": "at what point", "at which moment". Not "stage",
  /// which a text names ("at the final stage of the process").
  private static let pointNouns: Set<String> = ["point", "moment", "juncture"]
  /// The noun of time `word` is, or is the plural of: "date" of "dates".
  private static func timeNoun(_ word: String) -> String? {
    if timeNouns.contains(word) { return word }
    let singular = String(word.dropLast())
    return word.hasSuffix("s") && timeNouns.contains(singular) ? singular : nil
  }
  static let beForms: Set<String> = ["is", "are", "was", "were"]
  /// Whether the word at `position` is a verb in lower case, not a word that opens a noun
  /// phrase ("the", "it"): "Which satellite will build on …?" against "Which module did it
  /// dock to?".
  private static func isVerb(_ tokens: [QuestionToken], at position: Int) -> Bool {
    guard tokens.indices.contains(position) else { return false }
    let token = tokens[position]
    return token.original.first?.isLowercase == true
      && !WordLists.stopWords.contains(token.folded)
      && WordNet.knows(token.folded, as: .verb)
  }

  /// How many words after "which X" its auxiliary may stand and still follow the noun
  /// phrase: "Which test program for the SLS rocket did he lead?".
  private static let nounPhraseReach = 6

  /// Whether a noun phrase opens at `position`: a determiner, a possessive or a name ("Which
  /// familiar navigation system on Earth is the lunar network compared to?").
  private static func opensNounPhrase(_ tokens: [QuestionToken], at position: Int) -> Bool {
    guard tokens.indices.contains(position) else { return false }
    return ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"]
      .contains(tokens[position].folded) || tokens[position].original.first?.isUppercase == true
  }

  /// Whether "for" closes the question, or stands before a phrase that does ("… for on the
  /// Moon?"), after `start`: the question asks what something is for.
  /// Not after a word that takes "for" as its own ("What is OSMRE responsible for?", "What does
  /// NASA stand for?"), which asks for what "for" governs.
  private static func endsWithFor(_ words: [String], after start: Int) -> Bool {
    guard let last = words.lastIndex(of: "for"), last >= start else { return false }
    guard last == 0 || !forTakers.contains(words[last - 1]) else { return false }
    return last == words.count - 1 || WordLists.prepositions.contains(words[last + 1])
  }

  /// Whether the last word before the stranded preposition that ends `words`, past any
  /// particle ("carried out for"), is a past participle after position `start`: "written" of
  /// "Who was the book written by?". Not an "-ing" form.
  static func endsWithParticiple(_ words: [String], after start: Int) -> Bool {
    guard let verb = beforeStranded(words), verb > start else { return false }
    let word = words[verb]
    // "speed" and "need" end as a past form does, but are their own lemmas.
    return word.count > Self.shortestParticiple && !word.hasSuffix("ing")
      && WordNet.isPastForm(word)
      && WordNet.english?.lemmas(of: word, as: .verb).contains(where: { $0 != word }) == true
  }

  /// The position of the word before the preposition that ends `words`, past any particle:
  /// "carried" of "Who was the survey carried out for?". Nil when no preposition ends them.
  static func beforeStranded(_ words: [String]) -> Int? {
    let spoken = words.indices.filter { words[$0].first?.isLetter == true }
    guard let last = spoken.last, WordLists.prepositions.contains(words[last]) else {
      return nil
    }
    return spoken.dropLast().reversed().first {
      !ClauseExtractor.particles.contains(words[$0])
    }
  }

  /// Past forms this short are no participles ("be", "do"); "led" and "met" are.
  private static let shortestParticiple = 2

  /// Words that take "for" as their complement: "responsible for", "stand for", "vote for".
  private static let forTakers: Set<String> = [
    "responsible", "accountable", "liable", "known", "famous", "renowned", "eligible", "ready",
    "stand", "stands", "stood", "vote", "voted", "votes", "ask", "asked", "asking", "asks",
    "look", "looking", "looked", "search", "searching", "wait", "waiting", "waited", "apply",
    "applied", "applying", "pay", "paid", "pays",
    "paying", "call", "called", "calls", "calling", "hope", "hoping", "hoped", "responsibility",
  ]

  /// Adjectives of size after "how" that a number with a unit of measure answers.
  /// Nouns of measure that "what" asks a number of: "at what altitude", "what temperature".
  private static let measureNouns: Set<String> = [
    "altitude", "altitudes", "height", "depth", "length", "width", "distance", "temperature",
    "temperatures", "speed", "speeds", "velocity", "elevation", "size", "weight", "mass",
    "diameter", "radius", "area", "volume", "cost", "price", "percentage", "proportion",
    "share", "fraction", "portion", "age", "ages",
  ]

  /// Verbs that ask what took place, not a deed: "What happened to …?".
  private static let eventVerbs: Set<String> = ["happen", "occur", "befall"]

  /// Whether the question asks for an age: "How old was he when …?".
  var asksAge: Bool { measure == "old" }

  /// The most words "how many" may put before its verb as what it counts: "How many adverse
  /// reaction and medication error reports has FAERS received?" counts reports.
  static let longestCounted = 6

  /// Nouns and adjectives that take a preposition of their own: "part of", "close to".
  private static let prepositionTakers: Set<String> = [
    "part", "member", "one", "close", "full", "aware", "capable", "proud", "afraid", "sure",
    "kind", "sort", "type", "example", "home", "near", "next",
  ]

  /// Whether `word` compares: "higher", "faster", "more", "less".
  static func isComparative(_ word: String) -> Bool {
    if ["more", "less", "fewer"].contains(word) { return true }
    guard word.hasSuffix("er"), let wordNet = WordNet.english else { return false }
    return wordNet.lemmas(of: word, as: .adjective).contains { $0 != word }
      || wordNet.lemmas(of: word, as: .adverb).contains { $0 != word }
  }

  private static let measureWords: Set<String> = [
    "big", "large", "small", "tall", "high", "wide", "deep", "far", "heavy", "thick", "fast",
    "hot", "cold", "low",
  ]

  /// Nouns that, after "in what" or "to what", ask how rather than for a thing.
  private static let mannerNouns: Set<String> = [
    "way", "ways", "sense", "extent", "degree", "manner", "means", "respect", "respects",
  ]
  /// Prepositions in several words, each with its noun second: "in order to", "on behalf of".
  static let compoundPrepositions: [[String]] = [
    ["in", "order", "to"], ["in", "order", "for"], ["in", "order", "that"], ["in", "terms", "of"],
    ["in", "spite", "of"], ["on", "behalf", "of"], ["in", "addition", "to"],
    ["with", "regard", "to"], ["with", "respect", "to"], ["by", "means", "of"],
    ["in", "view", "of"], ["in", "light", "of"], ["in", "case", "of"], ["as", "part", "of"],
    ["in", "front", "of"], ["on", "top", "of"], ["in", "favour", "of"], ["in", "favor", "of"],
    ["by", "way", "of"], ["in", "place", "of"], ["on", "account", "of"],
    // "Which sponsors are mentioned by name?": how they are spoken of, not a name given.
    ["by", "name"],
  ]
  /// Nouns by which a question speaks of the document it is asked of: "the article", "this
  /// post".
  static let documentWords: Set<String> = [
    "article", "story", "post", "blog", "essay", "piece", "announcement", "write-up", "text",
  ]
  /// Verbs of getting what another gives, and of giving it: "received" is said by "awarded …
  /// to".
  private static let receivingVerbs: Set<String> = ["receive", "get", "win", "earn"]
  private static let givingVerbs: Set<String> = [
    "award", "give", "present", "grant", "bestow", "confer",
  ]

  /// Whether `word` (any form) is a verb of receiving: "received", "getting".
  static func receives(_ word: String) -> Bool {
    receivingVerbs.contains(VerbLemma.lemma(of: word))
  }

  /// Whether `word` (any form) is a verb of giving: "awarded", "gave".
  static func gives(_ word: String) -> Bool { givingVerbs.contains(VerbLemma.lemma(of: word)) }
  /// Verbs of every use, which say too little to stand for another verb.
  private static let lightVerbs: Set<String> = [
    "say", "make", "get", "take", "give", "do", "have", "go", "come", "put", "set", "see",
    "know", "use", "be",
  ]
  /// How many words after "how was" the participle of a passive may stand: "How was the
  /// first shipment found?".
  private static let participleReach = 5
  /// The most letters of an "-ing" word that is too short to be named by itself ("going",
  /// "coming"), which "What is …?" asks of as a verb.
  private static let shortestGerund = 6
  /// Words after "how" that ask for a degree no clause phrase gives: "how old", "how often".
  private static let degreeWords: Set<String> = [
    "old", "often", "soon", "is", "are", "was", "were",
  ]
}
