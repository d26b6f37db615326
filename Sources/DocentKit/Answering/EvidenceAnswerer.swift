import Foundation

/// Answers a wh-question or a yes/no question from the sentence that states it when neither a fact
/// nor a clause's roles do: the sentence must hold most of the question's words, weighted by how
/// rare each is (graded: a word itself counts whole, another word for it less), every name the
/// question uses, and a phrase of the kind the question word asks for (a time for "when", a number
/// for "how many", a name for "who"). The answer is that phrase, or, for "what", "why" and "how",
/// the clause of the sentence that holds the question's words, in the sentence's own words.
struct EvidenceAnswerer {
  let knowledge: KnowledgeBase
  /// Which verbs WordNet relates, remembered for the one question: the same sentence comes back
  /// in every copy of a document.
  private let relatedVerbs = Memo()
  /// The question's verbs as the parser reads them, and its describing words with their
  /// opposites, by the question's text, once read.
  private let verbsRead = VerbsRead()
  /// The marks that close a sentence, as a title does not close.
  static let closing: Set<Character> = [".", "!", "?", "\"", "”", ")", "’", "'"]
  /// The share of the question's word weight a sentence must hold to answer it.
  let threshold: Double
  /// The share it must hold to answer with what it states, when the question asks for no kind
  /// of phrase that the sentence must also hold ("What did …?" rather than "When did …?").
  let statementThreshold: Double
  /// The share it must hold when all it lacks is the question's verbs, said in other words
  /// (never above `threshold`: `Matching` sees to it).
  let paraphraseThreshold: Double
  /// The share it must hold to answer "how many" when it counts the thing asked about (never
  /// above `threshold`: `Matching` sees to it).
  let countThreshold: Double
  /// The share it must hold when all it lacks is one verb of the question, in no other words
  /// (`Matching.verb`).
  let verbThreshold: Double

  /// What the noun after "which" or "what" is worth ("which publication"): the sentence often
  /// names the thing without saying what kind of thing it is.
  static let typeNounWeight = 0.5
  /// What a word mostly used to describe is worth ("first", "private", "roughly"): a sentence
  /// may say what the question asks without it, or describe the same in other words.
  static let describingWeight = 0.5
  /// What a verb of every use is worth ("go into", "put a limit on", "get", "hold" an
  /// election): it says little that the words around it do not, and a sentence says the same
  /// with a verb of its own ("includes", "limits"), however seldom the documents use it.
  static let lightVerbWeight = 0.25
  /// The verbs of every use, and "have", as WordNet's lemmas.
  static let lightVerbLemmas: Set<String> = [
    "go", "put", "get", "make", "take", "come", "set", "keep", "hold", "give", "have",
  ]
  /// The verbs of every use, as stems ("take" is "tak", "goes" "goe"). Not "come", which
  /// says where to or from ("How many people came to the conference?").
  static let lightVerbs: Set<String> = Set(
    lightVerbLemmas.subtracting(["have", "come"]).map(Stemmer.stem) + ["goe"])

  /// Whether the question uses the verb `stem` lightly: one of `lightVerbs`, with no particle
  /// in the next three words that makes an idiom of it ("put it out" is to publish).
  private static func isLightUse(_ stem: String, in words: [QuestionToken]) -> Bool {
    guard lightVerbs.contains(stem), let position = words.firstIndex(where: { $0.stem == stem })
    else { return false }
    return !words.dropFirst(position + 1).prefix(3).contains {
      particles.contains($0.folded)
    }
  }

  /// Whether every use of the noun `stem` in `reading` is bare: "the pub" with no name, no
  /// word that describes it and nothing after it that tells which ("the pub in Leeds", "the
  /// pub, the Red Lion", "the pub that …"). A sentence that has no use of it is not.
  static func saysOnlyBare(_ stem: String, in reading: SentenceReading) -> Bool {
    let words = reading.words
    return reading.everyUse(of: stem) { use in
      // "the pub", "a pub", or the noun as a kind with no article after its preposition, where
      // a mark ends the phrase: "the first person to graduate from college, is …". Not where
      // the phrase goes on ("open to section to see"), nor where what follows the comma names
      // which ("graduated from college, the University of Alabama").
      guard use > 0 else { return false }
      let kind =
        WordLists.prepositions.contains(words[use - 1].folded) && !words[use].token.isCapitalized
        && (use + 1 == words.count
          || (reading.separator(after: use).contains { ",.;".contains($0) }
            && !namesAfterComma(use, in: reading)))
      guard ["the", "a", "an"].contains(words[use - 1].folded) || kind,
        !reading.separator(after: use).contains(where: { (kind ? "(:–—" : ",(:–—").contains($0) })
      else { return false }
      guard use + 1 < words.count else { return true }
      let next = words[use + 1]
      return !next.token.isCapitalized && !Self.identifyingWords.contains(next.folded)
    }
  }

  /// Whether what follows the comma after the word at `use` names it, set off as its own
  /// phrase: "college, the University of Alabama, in 1904" (capitalised words, perhaps after
  /// an article, up to a mark or the end); not "college, the war in Europe had begun".
  private static func namesAfterComma(_ use: Int, in reading: SentenceReading) -> Bool {
    let words = reading.words
    guard reading.separator(after: use).contains(",") else { return false }
    var start = use + 1
    if start < words.count, ["the", "a", "an"].contains(words[start].folded) { start += 1 }
    var end = start
    while end < words.count,
      words[end].token.isCapitalized
        || (end > start && ["of", "for", "and", "the"].contains(words[end].folded))
    {
      end += 1
      if !reading.separator(after: end - 1).isEmpty { break }
    }
    guard end > start, words[end - 1].token.isCapitalized else { return false }
    return end == words.count || !reading.separator(after: end - 1).isEmpty
  }

  /// Words after a noun that begin what tells which one it is.
  private static let identifyingWords: Set<String> = [
    "of", "in", "at", "on", "near", "called", "named", "known", "that", "which", "who", "where",
    "whose", "from", "like", "such", "including",
  ]

  /// How many words before a verb "how to" may open its phrase: "how to get started".
  private static let howToReach = 3

  /// The most words of a thing "What is …?" asks about and nothing more: "a speed blog".
  static let bareThingWords = 3

  /// How many nouns, verbs or names of its own a clause that says how with no "by" must add to
  /// the question.
  static let mannerWords = 2

  /// The nouns that ask for a web or e-mail address.
  static let addressNouns: Set<String> = ["email", "e-mail", "address", "website", "url"]

  /// The web or e-mail address nearest the question's words, as an answer: as written, in
  /// lower case as it may be.
  private static func address(in reading: SentenceReading) -> (String, String)? {
    reading.nearest(reading.bareAddressSpans()).map { (reading.text(of: $0) + ".", "an address") }
  }

  /// Words after a length of time that make it the distance to another time: "a week before".
  private static let offsetWords: Set<String> = ["before", "after", "earlier", "later", "prior"]

  /// Particles that make an idiom of a verb: "put out", "set up", "take off".
  static let particles: Set<String> = [
    "out", "up", "off", "down", "away", "back", "over", "along", "apart", "aside",
  ]
  /// What a sentence's words are worth when no one clause holds them together: the question's
  /// words spread over clauses may not be said of each other.
  static let spreadWeight = 0.85

  /// How many words from a verb said as a noun the name that did it may stand.
  private static let nominalReach = 5
  /// How many words before "from" the thing given may stand: "a two-year grant from".
  private static let givenReach = 4

  /// An answer from one sentence.
  struct Answer {
    /// The answer as a person reads it.
    let text: String
    /// The sentence it rests on.
    let sentence: Sentence
    /// The share of the question's word weight the sentence holds.
    let coverage: Double
    /// The question's words the sentence holds, and those it does not.
    let matched: [String]
    let missing: [String]
    /// What the question word asked for, as `:why` says it: "a time", "a name".
    let asked: String
    /// The share of the question's word weight the answer needed.
    let needed: Double
    /// The items of the list the sentence leads into, when the answer is that list.
    var items: [Sentence] = []
  }

  /// The positions in the sentence index of the sentences around `sentence` that a follow-up
  /// may point into, where what it stands for was just said: itself, and the one after it and
  /// the one before it in its document, those only when they hold one of `referent`'s stems, if
  /// it has any (the person a "she" points at, the noun of "that speed"). With no referent at
  /// all (a "that" alone, a "she" that stands for no one named), only `sentence`. Nor one that
  /// names another thing by a word of `thing`, the name an "it" stands for: "The South Bridge
  /// will cost …" is not what the North Bridge costs.
  func following(
    _ sentence: Sentence, holding referent: Set<String>?, thing: Set<String> = []
  ) -> [Int]? {
    let index = knowledge.sentenceIndex
    guard let position = index.position(of: sentence) else { return nil }
    let document = index.positions(of: sentence.document)
    let beside = [position + 1, position - 1].filter { beside in
      guard document.contains(beside), let referent,
        !namesAnother(thing, in: index.sentences[beside])
      else { return false }
      return referent.isEmpty || !referent.isDisjoint(with: index.stems[beside])
    }
    return [position] + beside
  }

  /// Whether `sentence` writes a word of the name `thing` (as stems) after a capitalized word
  /// of another name: "South" of "The South Bridge" for the North Bridge.
  private func namesAnother(_ thing: Set<String>, in sentence: Sentence) -> Bool {
    guard !thing.isEmpty else { return false }
    let words = Tokenizer.tokens(of: sentence.text, .question).filter(\.isWord)
    let stem = { (position: Int) in
      knowledge.lexicon.canonical(Stemmer.stem(Folding.words(String(words[position].bare))))
    }
    // The word before must not open the sentence, whose capital marks no name ("The").
    return words.indices.dropFirst(2).contains { position in
      words[position].text.first?.isUppercase == true && thing.contains(stem(position))
        && words[position - 1].text.first?.isUppercase == true
        && !thing.contains(stem(position - 1))
    }
  }

  /// The best answer to `question`, or nil when no sentence states it. With `following` (the
  /// positions `following(_:holding:)` gives), a follow-up that points back ("How many of them
  /// were accepted?", "What did that speed allow?") is read in the sentences around the last
  /// answer's alone; a `pronoun` there counts as a word they hold, as much as the question's
  /// weightiest word.
  func answer(
    _ question: ClauseQuestion, words: [QuestionToken], following: [Int]? = nil,
    pronoun: Bool = false
  ) -> Answer? {
    let index = knowledge.sentenceIndex
    let lexicon = knowledge.lexicon
    if following == nil, let life = lifeDate(for: question, words: words) { return life }
    var weights: [String: Double] = [:]
    let given = question.givenNames
    // Whether it was 50 days is for the sentence's number to say, yes or no: the question's
    // number is no word a sentence must share.
    // Nor is the number of "the two of them", the pronoun gone from the words, which says only
    // how many they are ("the two of set up").
    let numbers = (question.gap == .truth ? question.stems.filter(NumberWords.isNumber) : [])
      .union(Self.countsOfPronoun(in: words).map { lexicon.canonical($0.stem) })
    // How many WordNet senses each word has, looked up once for the weights and for which
    // words are specific.
    var senses: [String: (all: Int, describing: Int)] = [:]
    for stem in question.stems { senses[stem] = self.senses(of: stem, in: words) }
    // The verbs of every use the question uses lightly, looked up once.
    // So is a verb of judging in the passive ("Was the course judged a success?" against "the
    // course was a great success"): what the text says it is, it holds it to be.
    // A verb of lasting in "How long does the fellowship last?" is said by the length of time
    // that answers ("a one-year fellowship").
    let lasting =
      question.gap == .duration && !question.asksHowOften ? lastingVerbStems(in: words) : []
    let lightlyUsed = Set(
      Self.lightVerbs.filter { Self.isLightUse($0, in: words) }.map(lexicon.canonical)
    ).union(judgedAs(words)).union(lasting).union(
      // So is the verb of "Where can I find the data?": where the data is, is where one
      // finds it ("the data are available in our repository").
      (question.gap == .place ? Self.findingVerb(in: words) : nil).map {
        [lexicon.canonical($0.stem)]
      } ?? [])
    // "What is the approach called?": the naming word the question ends on asks for the name;
    // it says nothing of which thing is named, as light a word as a verb of every use.
    let naming = Self.namingWord(endingOf: words).map { lexicon.canonical($0.stem) }
    // "What will the PRCAVE project be?": the common noun right after a name says what kind of
    // thing the name is, which a sentence that speaks of the name need not repeat ("PRCAVE
    // will be the first systematic study …"), as the noun after "which" need not be.
    // Only in a question that asks what a thing is, after "the" and a name that is no
    // describing word ("the European office" is no European): elsewhere the noun after a name
    // is as often what is asked about ("the Catalog publications").
    let kindOfName = Set(
      words.indices.dropFirst(question.gap == .copula ? 2 : words.count).filter { position in
        let name = words[position - 1]
        return words[position - 2].folded == "the"
          && question.nameStems.contains(lexicon.canonical(name.stem))
          && !WordNet.knows(name.folded, as: .adjective)
          && words[position].original.first?.isLowercase == true
          && WordNet.knows(words[position].folded, as: .noun)
      }.map { lexicon.canonical(words[$0].stem) }
    ).subtracting(question.nameStems)
    for stem in question.stems where !Self.functionStems.contains(stem) && !numbers.contains(stem) {
      let share =
        stem == naming || lasting.contains(stem)
        ? Self.lightVerbWeight
        : stem == question.typeNoun || kindOfName.contains(stem)
          ? Self.typeNounWeight
          : senses[stem].map(Self.describes) == true
            ? Self.describingWeight : lightlyUsed.contains(stem) ? Self.lightVerbWeight : 1
      weights[stem] = index.weight(of: stem) * (Self.emptyTypeNouns.contains(stem) ? 0 : share)
    }
    // "According to the authors, what does the advisory system depend on?", "What do the
    // writers predict …?": the writer and the writing, which no sentence names, are the
    // document's own voice, whose every sentence is what its writer says. Their words, and the
    // verbs of saying and thinking the question gives them, are not asked about.
    for stem in Self.framing(in: words) { weights[stem] = 0 }
    // "Is the walk to the library long?": the describing word a yes or no ends on is what it
    // asks, though the grammar counts it a word of every use ("how long", "as long as") and
    // weighs it nothing: a sentence must say it to say yes.
    let described: String? =
      question.gap == .truth && words.count > 2
        && ClauseQuestion.beForms.contains(words[0].folded)
      ? words.last.flatMap { last in
        let stem = lexicon.canonical(last.stem)
        return weights[stem] == nil && WordNet.knows(last.folded, as: .adjective)
          && !WordNet.isPastForm(last.folded) && !Self.particles.contains(last.folded)
          && !WordLists.prepositions.contains(last.folded)
          && !WordLists.determiners.contains(words[words.count - 2].folded)
          ? stem : nil
      } : nil
    var whole = weights.total
    // One word is too little to tell one sentence from another, save in "What is SPI?" and
    // "What is a pod?", which only a sentence that says what it is answers ("A pod is …").
    // Nor in "What does the quiz do?", which only a clause the quiz does something in answers.
    // Nor in "How much salt goes in?", which only a sentence that counts salt answers
    // ("7g sea salt"). Nor in "What happened to the library?", which only a sentence with a
    // clause that does something to the library answers.
    let credited = following != nil && pronoun
    let weighed = weights.values.count(where: { $0 > 0 }) + (credited ? 1 : 0)
    let countsOneWord =
      weighed == 1 && question.gap == .quantity
      && question.counted.map { weights[$0, default: 0] > 0 } == true
    // Nor in "How long is the bridge?" or "How much was the budget?", which only a sentence
    // that gives a measure or an amount of it answers ("300 metres long", "$7000").
    let measuresOneWord =
      weighed == 1 && !question.isComparison
      && (question.isAmount
        || (question.gap == .duration && question.asksWhoIs && !question.asksHowOften))
    guard whole > 0,
      weighed >= 2 || question.gap == .copula
        || question.deedDoer != nil || countsOneWord || measuresOneWord
        || Self.patientAsked(in: words) != nil
    else {
      return nil
    }
    let alternatives = question.allAlternatives
    let countedLemma = self.countedLemma(of: question, words: words)
    // "How many organizations …?": a sentence that counts organizations ("25 organizations")
    // answers with less of the rest of the question. Not "How many of the people …?", which
    // asks for a part of what the sentence may count whole.
    let countedStems: Set<String> =
      question.gap == .quantity && question.counted != "of"
      ? Set(
        ([question.counted].compactMap { $0 } + question.countedWords).filter {
          question.stems.contains($0) && !Self.functionStems.contains($0)
        }) : []
    // A word no document uses, in any of its forms ("cost", "weather"), asks about something
    // the documents do not cover: no sentence states the answer, however many of the other
    // words it shares. A word of many senses ("come", "wait") says too little to tell, and a
    // word mostly a verb ("insist", "rely") may be said in other words.
    let specific = Set(weights.keys.filter { Self.isSpecific(senses[$0]) })
    // The question's verbs of many senses in a phrase with their particle ("come out", "end
    // up", "turn out"): idioms a sentence seldom repeats, whose verb alone says too little to
    // tell. Not for "who": the doer of another deed is someone else. Looked up once, when a
    // sentence first lacks a verb.
    lazy var idioms =
      question.asksWho
      ? []
      : Set(weights.keys.filter { !specific.contains($0) && phrasalVerb($0, in: words) != nil })
    // The noun that says what kind of thing is asked for is exempt: a sentence may name the
    // kind without the word ("a grandfather and an uncle" for "which relatives"), and so is
    // the noun "how many" counts ("two daughters" for "how many kids").
    let unknown = weights.filter { stem, weight in
      weight > 0 && index.frequency(of: stem) == 0 && stem != question.typeNoun
        && (countedLemma == nil || stem != question.counted)
        && (question.alternatives[stem] ?? []).allSatisfy { index.frequency(of: $0) == 0 }
        && specific.contains(stem) && !self.mostlyVerb(stem, in: words)
    }
    // Save in a yes or no, where a sentence may say otherwise of the one word ("uncrewed" for
    // "crewed"): the sentence must then contrast it.
    // Nor one word the documents never use that only describes a word they do use, right
    // after it, and weighs little beside the rest: "How many live birds went to rehab centers?"
    // still asks what a sentence about the centers says. It then weighs nothing.
    let tolerated =
      question.gap != .truth && unknown.count == 1
      && unknown.total <= whole * Self.unknownShare
      && unknown.keys.allSatisfy { stem in
        // It describes a word the documents use, right after it ("rehab centers"), and is not
        // the thing asked about ("the Peace Board's budget", "the magnitude of …").
        words.indices.dropLast().contains { position in
          let next = words[position + 1]
          return lexicon.canonical(words[position].stem) == stem
            && next.original.first?.isLowercase == true
            && !Self.functionStems.contains(lexicon.canonical(next.stem))
            && !WordLists.stopWords.contains(next.folded)
            && index.frequency(of: lexicon.canonical(next.stem)) > 0
        }
      }
    guard unknown.isEmpty || (question.gap == .truth && unknown.count == 1) || tolerated else {
      return nil
    }
    if tolerated {
      for stem in unknown.keys { weights[stem] = 0 }
      whole = weights.total
    }
    // For a yes or no, the opposites of its describing words, as stems: a sentence that says
    // one is read for the "No" it may give.
    let opposites = question.gap == .truth ? oppositeStems(of: words, weights: weights) : [:]
    // What the pronoun stands for, held by each sentence a follow-up is read in.
    let credit = credited ? weights.values.max() ?? 0 : 0
    whole += credit
    // The question's verbs, as the parser reads the question, once one is needed.
    var verbs: Set<String>?
    // A word counts whole when the stems have it, and at a discount when they have another
    // word for it.
    let held = { (stems: Set<String>) in question.heldWeight(of: weights, in: stems) }
    var scored: [(position: Int, coverage: Double, verbOutsideClauses: Bool, kindUnsaid: Bool)] = []
    let clauses = knowledge.clauseIndex
    // A sentence must hold the question's names: only those holding the rarest of their stems
    // are read, when the question names anyone.
    let rarest = question.rarestRequiredStem(frequency: index.frequency)
    var candidates =
      following
      ?? rarest.map(index.holding) ?? index.sharing(question.stems.union(alternatives))
    // The question's words, no names, that WordNet knows as verbs: which of them the question
    // uses as its verbs is for the parser to say, when it matters.
    let verbish = question.stems.subtracting(question.nameStems).filter { stem in
      words.contains { lexicon.canonical($0.stem) == stem && WordNet.knows($0.folded, as: .verb) }
    }
    // A sentence of a document about that name holds it, whether it says it or not ("the
    // rotorcraft", "she" of a farewell to Ingenuity): those that share the question's other
    // words are read too.
    let topical =
      following == nil ? Set(rarest.flatMap { knowledge.documentsByTopicStem[$0] } ?? []) : []
    if !topical.isEmpty {
      let asked = question.stems.subtracting(question.nameStems)
      let shared = topical.sorted().flatMap { document in
        index.positions(of: document).filter { !index.stems[$0].isDisjoint(with: asked) }
      }
      candidates = Set(candidates).union(shared).sorted()
    }
    // The question's common nouns, as written ("maps", "dough"; not "printed"), which a
    // document about them may leave unsaid.
    let keywordNouns = Set(
      words.filter { word in
        word.original.first?.isLowercase == true && WordNet.knows(word.folded, as: .noun)
          && !WordNet.isPastForm(word.folded) && !word.folded.hasSuffix("ing")
      }.map { lexicon.canonical($0.stem) })
    // And those it says as verbs ("spent", "need"), which the sentence may say otherwise; not
    // the kind asked for, which is a noun whatever else it may be ("Which dog breeds …?").
    let saidAsVerb = Set(
      words.filter { word in
        WordNet.isPastForm(word.folded) || word.folded.hasSuffix("ing")
          || (WordNet.knows(word.folded, as: .verb)
            && (!WordNet.knows(word.folded, as: .noun)
              || WordNet.isMostly(word.folded, .verb, over: .noun)))
      }.map { lexicon.canonical($0.stem) }
    ).subtracting(question.typeWords)
    // Those of them a document is about.
    let askedKeywords = { (document: String) in
      keywordNouns.intersection(index.keywordStems[document, default: []])
    }
    // A name of one word that is an English word too ("Requests", a software project) is
    // held only as a name: capitalised, or in the very form the question writes it. "5 or
    // more units request it" says nothing of Requests.
    let wordNames = words.dropFirst().filter { word in
      word.original.first?.isUppercase == true
        && question.names.contains([lexicon.canonical(word.stem)])
        && WordNet.knows(word.folded, as: nil)
    }.map { (folded: $0.folded, stem: lexicon.canonical($0.stem)) }
    for position in candidates {
      let sentence = index.sentences[position]
      guard !sentence.asks else { continue }
      if !wordNames.isEmpty, following == nil {
        let said = QuestionText.tokens(sentence.text)
        guard
          wordNames.allSatisfy({ name in
            let uses = said.filter { lexicon.canonical($0.stem) == name.stem }
            return uses.isEmpty
              || uses.contains {
                $0.original.first?.isUppercase == true || $0.folded == name.folded
              }
          })
        else { continue }
      }
      let topic =
        topical.contains(sentence.document)
        ? knowledge.topicStems[sentence.document, default: []] : []
      // What a sentence names only to leave out ("all factions except Hamas") it does not say
      // anything of, save that it is left out: a yes or no may still weigh it.
      let leftOut = question.gap == .truth ? [] : index.excluded[position]
      // A verb of the question the sentence has only in a name says nothing of the deed:
      // "the CHAOSS Scientific Research Working Group" is not where Inessa works. The question
      // is parsed for its verbs only when a sentence has such a word so.
      var named = Self.onlyInNames(
        verbish.intersection(index.stems[position]), of: sentence.text, lexicon: lexicon)
      if !named.isEmpty {
        if verbs == nil { verbs = questionVerbs(words) }
        named.formIntersection(verbs ?? [])
      }
      // "shown" without "up" does not say "shows up".
      let unparticled = question.particleVerbs.filter { verb, particle in
        index.stems[position].contains(verb)
          && !Self.saysParticle(particle, after: verb, in: sentence.text, lexicon: lexicon)
      }.keys
      let excluded = leftOut.union(named).union(unparticled)
      let stems = index.stems[position].subtracting(excluded)
      guard question.holdsNames(in: stems.union(topic)), question.holdsTopic(in: stems) else {
        continue
      }
      // "How much would EI pay Employee A?" is not answered by a sentence about Employee B.
      // Nor by one that says "employees" only: the letter names the one asked about (a
      // sentence that does not speak of employees at all may still be of Employee A: "It …").
      if question.namesAnotherLettered(in: sentence.text)
        || (following == nil && question.saysSeriesWithoutLetter(in: sentence.text))
      {
        continue
      }
      // Nor by "It owns a car" right after a sentence about Household B, for Household A.
      if !question.letteredNames.isEmpty, position > 0,
        index.sentences[position - 1].document == sentence.document,
        QuestionText.tokens(sentence.text).first.map({ Self.openingPronouns.contains($0.folded) })
          == true,
        question.namesAnotherLettered(in: index.sentences[position - 1].text)
      {
        continue
      }
      // A name with a number that the sentence writes word by word, it must write whole;
      // one it holds by what its "It" stands for, it need not.
      if !question.numberedNames.isEmpty {
        let said = QuestionText.tokens(sentence.text).map(\.folded)
        guard
          question.numberedNames.allSatisfy({ name in
            !name.allSatisfy(said.contains) || QuestionText.writes(name, in: said)
          })
        else { continue }
      }
      // Where or when someone does something is not where or when another does it: "Where does
      // Josh Matthews live?" is not answered by Josh's own words "I'd love to see … complex
      // issues that only live in their heads", which name him only by "I".
      if [.place, .time].contains(question.gap), !question.nameStems.isEmpty,
        case let voice = Narrator.voice(of: sentence), voice.singular || voice.plural,
        question.nameStems.isDisjoint(
          with: QuestionText.tokens(sentence.text).map { lexicon.canonical($0.stem) }),
        case let holders = clauses.clauses(of: sentence).compactMap({ position -> Phrase? in
          let clause = clauses.clauses[position]
          guard
            verbish.union(question.verb.map { [$0] } ?? []).contains(where: {
              question.isHeld($0, in: clauses.predicateStems[position])
            })
          else { return nil }
          return clause.predicate.voice == .active ? clause.subject : clause.objects.first
        }),
        !holders.isEmpty,
        holders.allSatisfy({ holder in
          !holder.isPronoun
            && !QuestionText.tokens(holder.text).contains {
              Narrator.pronouns.contains($0.folded) || Self.relativeWords.contains($0.folded)
                || ClauseQuestion.pronouns.contains($0.folded)
            }
        })
      {
        continue
      }
      // The question's verb, or another word for it, as the verb of a clause: "Who leads the
      // bloc?" is not answered by a sentence about the bloc's spokesman, nor "Who represents
      // Fatah?" by one about Fatah's representatives.
      // A verb the parser left out of every clause ("a grandfather and an uncle who worked
      // with …") still counts in its past form, which no noun shares ("worked", not "work").
      let verbOutsideClauses =
        question.verb.map { verb in
          weights[verb, default: 0] > 0
            && !clauses.clauses(of: sentence).contains(where: {
              question.isHeld(verb, in: clauses.predicateStems[$0])
            })
        } ?? false
      // The words must stand together in one clause of the sentence ("the bureau chief" and
      // "Hamas" in different clauses do not make Hamas's chief); a sentence the parser found no
      // clause in is taken whole.
      let inClauses = clauseGroups(of: sentence).map { held($0.subtracting(excluded)) }
      let spread = held(stems) * Self.spreadWeight
      // "Jeremy" of Jeremy Kenny is not missing from a sentence that calls him Kenny. Nor is
      // "Ingenuity" from one of the farewell to it that calls it "the rotorcraft", but it
      // counts only in part: the sentence may be of something else.
      let unsaid = weights.filter { given.contains($0.key) && !stems.contains($0.key) }.total
      let implied = weights.filter {
        topic.contains($0.key) && !given.contains($0.key) && !stems.contains($0.key)
      }.total
      // So does a sentence under a heading hold its heading's words, at a greater discount:
      // "you can sand … from grain size 450 to 1500" under "Soft plastics vs hard plastics".
      let headed = index.headingStems[position]
      let headedWeight = weights.filter {
        headed.contains($0.key) && !topic.contains($0.key) && !given.contains($0.key)
          && !stems.contains($0.key)
      }.total
      // And a sentence of a document about dough is about dough, though it says "330g warm
      // water" alone: a common noun the document writes in many sentences counts in part.
      // One such noun only, the sentence saying the rest: "the wheel and the griffin" of a
      // study of a griffin mosaic are what the sentence must be about.
      let keywords = askedKeywords(sentence.document)
      let about = weights.filter {
        keywords.contains($0.key) && !topic.contains($0.key) && !given.contains($0.key)
          && !question.isHeld($0.key, in: stems) && !headed.contains($0.key)
      }
      // The rest in its own words: a verb said in other words ("the project" for "designed")
      // and a noun unsaid make too little. Not for who: a name in a sentence of the document
      // is too easily someone else's.
      let aboutWeight =
        about.count == 1 && !question.asksWho
          && weights.allSatisfy { stem, weight in
            weight == 0 || about[stem] != nil || given.contains(stem) || stems.contains(stem)
              || (saidAsVerb.contains(stem) && !question.isHeld(stem, in: stems))
          }
        ? about.total : 0
      let heldWeight =
        max(inClauses.max() ?? held(stems), spread) + implied * Self.topicShare
        + headedWeight * Self.headingShare + aboutWeight * Self.keywordShare + credit
      var coverage = heldWeight / (whole - unsaid)
      // Nor "country" from one that names Canada, when it lacks nothing else: the answer must
      // then be a name of that kind.
      var kindUnsaid = false
      if coverage + scoreTolerance < threshold, let noun = question.typeNoun,
        !question.isHeld(noun, in: stems)
      {
        let kindless = heldWeight / (whole - unsaid - weights[noun, default: 0])
        if kindless + scoreTolerance >= threshold { (coverage, kindUnsaid) = (kindless, true) }
      }
      // "Were the dinners mandatory?" against "Dinners were optional": the opposite counts as
      // the word it is opposite to, at the discount of another word for it.
      if coverage + scoreTolerance < threshold {
        let opposed = opposites.filter { stem, opposite in
          !question.isHeld(stem, in: stems) && !stems.isDisjoint(with: opposite)
        }
        let said = opposed.keys.reduce(0.0) { $0 + weights[$1, default: 0] }
        coverage = max(
          coverage, (heldWeight + said * ClauseQuestion.alternativeWeight) / (whole - unsaid))
      }
      // "What does CMS offer?" against "CMS now provides Docker container images": a verb of
      // the question said by a clause's verb that shares a sense with it counts, at a greater
      // discount than another word for it. Only the question's verbs as the parser reads them:
      // "call" of "makes the call" is no verb. Not with the kind asked for unsaid too: "In what
      // format will openFDA offer the data?" is not answered by "data provided through openFDA
      // are in the public domain".
      if coverage + scoreTolerance < threshold, !question.sharedVerbsOf.isEmpty,
        question.typeNoun.map({ question.isHeld($0, in: stems) }) ?? true
      {
        let predicates = clauses.clauses(of: sentence).reduce(into: Set<String>()) {
          $0.formUnion(clauses.predicateStems[$1])
        }
        var sharing = question.sharedVerbsOf.filter { stem, others in
          !question.isHeld(stem, in: stems) && !predicates.isDisjoint(with: others)
        }
        if !sharing.isEmpty {
          if verbs == nil { verbs = questionVerbs(words) }
          sharing = sharing.filter { verbs?.contains($0.key) == true }
        }
        let said = sharing.keys.reduce(0.0) { $0 + weights[$1, default: 0] }
        coverage = max(
          coverage, (heldWeight + said * Self.sharedVerbWeight) / (whole - unsaid))
      }
      // "Why is it called …?": a sentence that says what the name is after ("referred to as …,
      // after the Missouri town") need not say "called".
      if question.asksNameOrigin, coverage + scoreTolerance < threshold,
        !SentenceReading(sentence, lexicon: lexicon, question: question).nameOriginSpans().isEmpty
      {
        let naming = weights.filter { Self.namingStems.contains($0.key) }.total
        coverage = max(coverage, heldWeight / (whole - unsaid - naming))
      }
      var counts = !countedStems.isEmpty && !stems.isDisjoint(with: countedStems)
      // "How many kids …?" against "their two daughters": a count of a kind of the thing asked
      // about counts it, the word for it unsaid.
      if !counts, coverage + scoreTolerance < threshold, let lemma = countedLemma,
        let counted = question.counted,
        !kindCounts(in: SentenceReading(sentence, lexicon: lexicon, question: question), of: lemma)
          .isEmpty
      {
        counts = true
        coverage = max(coverage, heldWeight / (whole - unsaid - weights[counted, default: 0]))
      }
      if coverage + scoreTolerance
        >= (counts ? min(countThreshold, paraphraseThreshold) : paraphraseThreshold)
      {
        scored.append((position, coverage, verbOutsideClauses, kindUnsaid))
      }
    }
    // A text's opening line without a full stop is its title ("Amurum forest reserve habitat
    // and avifauna mapping with QGIS in Nigeria"): a sentence that says as much says it better.
    let titles = Set(scored.map(\.position).filter { Self.isTitle(index.sentences[$0]) })
    scored.sort {
      abs($0.coverage - $1.coverage) > scoreTolerance
        ? $0.coverage > $1.coverage
        : titles.contains($0.position) != titles.contains($1.position)
          ? titles.contains($1.position) : $0.position < $1.position
    }
    let named = question.nameStems
    let said = weights.filter { stem, weight in
      weight > 0 && !named.contains(stem) && specific.contains(stem)
    }
    let saidWhole = said.total
    // What the question asks outside its names and the kind of thing it wants.
    let asked = Set(
      weights.filter { $0.value > 0 && !named.contains($0.key) && $0.key != question.typeNoun }
        .keys)
    // "Why does she like it so much?" with "like" read as no word of its own: a why or a how
    // about nothing but names asks nothing a sentence that names them answers.
    if asked.isEmpty, [.reason, .manner].contains(question.gap) { return nil }
    // Nor does "Is Hamas from Gaza?": a sentence that names both says nothing of how they
    // stand to each other, as it may say who someone is ("Is he the Documentation Officer?").
    if asked.isEmpty, question.gap == .truth,
      words.contains(where: { WordLists.prepositions.contains($0.folded) })
    {
      return nil
    }
    // "What is the Internet?" asks what it is: a sentence that says so ("the Internet is a
    // large network …"), not any that mentions it.
    // "What kind of group is the Carpentries?" asks the same, the kind a preference only.
    let positive = Set(
      weights.filter { $0.value > 0 && !(question.asksKind && $0.key == question.typeNoun) }.keys)
    // So does "What is a speed blog?": a kind of thing, of a few common words, and nothing
    // more asked.
    let folded = words.map(\.folded)
    let bare =
      folded.count >= 4 && folded.count <= Self.bareThingWords + 3 && folded[0] == "what"
      && ClauseQuestion.beForms.contains(folded[1]) && ["a", "an"].contains(folded[2])
      && folded.dropFirst(3).allSatisfy {
        !WordLists.prepositions.contains($0) && !Self.namingWords.contains($0)
      }
    let nameOfKind = positive.subtracting(kindOfName)
    // Not a place or a person ("What is the Caddon project?" is not what Caddon is).
    let ofKind =
      kindOfName.intersection(positive).count == 1
      && !nameOfKind.isEmpty
      && nameOfKind.isSubset(of: question.nameStems)
      && question.names.allSatisfy { name in
        !kinds(named: QuestionText.join(words.filter { name.contains(lexicon.canonical($0.stem)) }))
          .contains { $0 == .place || $0 == .person }
      }
    let lone =
      question.gap == .copula && !positive.isEmpty
        && (positive.count == 1 || positive.isSubset(of: question.nameStems) || bare)
      ? positive : ofKind ? nameOfKind : nil
    if let lone {
      // What names the kind of thing it is ("cabotage is the codebase that …") is a better
      // answer than what says how it is ("Cabotage is now entirely self-hosting").
      var found: (reading: SentenceReading, span: SentenceReading.Span, coverage: Double)?
      // What is named in the question's own words comes first: "Solder is a metal alloy …"
      // before "Soldering is a process …" for "What is solder?".
      let asked = Set(words.filter { lone.contains(lexicon.canonical($0.stem)) }.map(\.folded))
      var named: (reading: SentenceReading, span: SentenceReading.Span, coverage: Double)?
      for (position, coverage, _, _) in scored {
        let sentence = index.sentences[position]
        let reading = SentenceReading(sentence, lexicon: lexicon, question: question)
        guard let span = reading.definition(of: lone) ?? reading.appositive(of: lone) else {
          continue
        }
        if found == nil { found = (reading, span, coverage) }
        guard reading.namesAKind(span) else { continue }
        if named == nil { named = (reading, span, coverage) }
        // The name opens the span ("Solder is …") or ends the sentence ("… is called
        // desoldering.").
        let said =
          span.lowerBound == 0 && span.upperBound < reading.words.count
          ? reading.words.suffix(lone.count).map(\.folded)
          : reading.words[span].prefix(lone.count + 1).map(\.folded)
        if asked.isSubset(of: said) {
          named = (reading, span, coverage)
          break
        }
      }
      if let named { found = named }
      if let (reading, span, coverage) = found {
        return Answer(
          text: reading.sentenceCase(span), sentence: reading.sentence, coverage: coverage,
          matched: words.filter { lone.contains(lexicon.canonical($0.stem)) }.map(\.original),
          missing: [], asked: "what it is", needed: statementThreshold)
      }
      // A word alone is too little for any other sentence; a name of several words may be
      // described otherwise ("the GUSTO mission, a balloon observatory, …"), and so may a name
      // with its kind.
      if !ofKind, lone.count == 1 || !lone.isSubset(of: question.nameStems) {
        return nil
      }
    }
    // The question's words that ask for what ranks first ("the lowest"), looked up once.
    let superlatives = question.gap == .truth ? [] : Self.superlatives(in: words)
    // And the ones that pick one of several by order: "the first shipment".
    let ordinals = question.gap == .truth ? [] : ClauseQuestion.ordinals(in: words)
    var relative: Answer?
    // The first answer of a kind that two sentences may give differently (a time or a
    // number), held while a sentence as near the question may still give another.
    var pending: (answer: Answer, coverage: Double)?
    // "What will the working group do?": the sentences that say what it does are read first.
    if let doer = question.deedDoer {
      let doing = Set(
        scored.map(\.position).filter {
          deed(in: index.sentences[$0], by: doer, for: question) != nil
        })
      scored =
        scored.filter { doing.contains($0.position) }
        + scored.filter { !doing.contains($0.position) }
    }
    for (position, found, verbOutsideClauses, kindUnsaid) in scored {
      if let pending, found + scoreTolerance < pending.coverage { return pending.answer }
      let scoredCoverage = found
      let sentence = index.sentences[position]
      // Read word by word only once a cheaper check has not turned the sentence away.
      lazy var reading = SentenceReading(sentence, lexicon: lexicon, question: question)
      // The question's words the sentence lacks in every form ("Jeremy" of a Kenny it calls
      // Kenny is not lacking), and the verbs among them.
      var lacking = Set(
        weights.filter { stem, weight in
          weight > 0 && !named.contains(stem) && !question.isHeld(stem, in: index.stems[position])
        }.keys)
      // A common noun the document is about is not lacking from any sentence of it, when it
      // is the one such noun the sentence leaves unsaid.
      let unsaidKeywords = lacking.intersection(askedKeywords(sentence.document)).subtracting(
        index.headingStems[position])
      if unsaidKeywords.count == 1, !question.asksWho,
        lacking.subtracting(unsaidKeywords).isSubset(of: saidAsVerb)
      {
        lacking.subtract(unsaidKeywords)
      }
      var coverage = found
      // "Did Gemini 1 complete the first crewed test flight?": "uncrewed" says otherwise of
      // "crewed", a word the sentence does not lack for a yes or no.
      // So does "complicated" of "simple": a word WordNet gives as its opposite.
      let contrasted =
        question.gap == .truth && !lacking.isEmpty
        ? contrast(in: reading, for: question, words: words, pronoun: credited)
          ?? opposite(in: reading, for: question, words: lacking, asked: words)?.asked : nil
      if let contrasted {
        lacking.remove(contrasted)
        coverage = min(1, coverage + weights[contrasted, default: 0] / whole)
      }
      guard tolerated || unknown.keys.allSatisfy({ $0 == contrasted }) else { continue }
      if let described, !reading.words.contains(where: { $0.stem == described }) { continue }
      // "Who was Olen Brask?" is not said by what the Harbor Museum Olen Brask was.
      if lone != nil,
        ClauseAnswerer.lengthensName(sentence.text, question: question, lexicon: lexicon)
      {
        continue
      }
      // "What was the lowest Arctic maximum?" is not answered by "the 14th lowest".
      if ranksOtherwise(reading, superlatives: superlatives) { continue }
      // "Which glacier lost the most ice?" is answered only by a sentence that ranks: one that
      // says "the most" (or "largest" for "biggest"), not any about glaciers losing ice.
      guard
        superlatives.allSatisfy({ superlative in
          reading.words.contains {
            $0.folded == superlative
              || (superlative == Self.mostOf && Self.mostOfWords.contains($0.folded))
          }
            || question.isHeld(
              knowledge.lexicon.canonical(Stemmer.stem(superlative)), in: index.stems[position])
        })
      else { continue }
      // "How many turtles were in the first shipment?" is not answered by a sentence about a
      // shipment it does not say is the first.
      guard ClauseQuestion.says(ordinals, in: reading.words.map(\.folded)) else { continue }
      // "Who did the firm hire?" against "The firm did not hire Tom Lee": a sentence whose
      // every clause of the question's verb is denied says who was not.
      if question.gap != .truth, !question.asksDenial {
        if question.verb == nil, verbs == nil { verbs = questionVerbs(words) }
        let asked = question.verb.map { [$0] } ?? verbs ?? []
        let own = clauses.clauses(of: sentence).filter { position in
          asked.contains { question.isHeld($0, in: clauses.predicateStems[position]) }
        }
        // A relative clause describes a noun of the statement: "most booming sounds that
        // people hear are not caused by earthquakes" denies, whatever "that people hear" says.
        let stated = own.filter { clauses.clauses[$0].kind != .relative }
        if !own.isEmpty,
          (stated.isEmpty ? own : stated).allSatisfy({ clauses.clauses[$0].isDenied })
        {
          continue
        }
      }
      var unsaid: Set<String> = []
      if !lacking.isEmpty {
        if verbs == nil { verbs = questionVerbs(words) }
        unsaid = lacking.intersection(verbs ?? [])
      }
      // "eighty Prometheus users" counts people: the noun counted is not lacking.
      let countsKind =
        !countedStems.isEmpty
        && countedLemma.map { !kindCounts(in: reading, of: $0).isEmpty } == true
      if countsKind, let counted = question.counted, lacking.remove(counted) != nil {
        coverage = min(1, coverage + weights[counted, default: 0] / whole)
      }
      lazy var counts = reading.numberSpans(countedStems: countedStems)
      let counting =
        !countedStems.isEmpty && coverage + scoreTolerance >= countThreshold
        && (!counts.isEmpty || countsKind)
      if countsOneWord, !counting { continue }
      // A line that only counts the thing asked about ("100g fed sourdough starter", under
      // "Ingredients") says how much of it there is to whatever the question does with it.
      lazy var countsInLine =
        counting && reading.words.count <= Self.countingLine && counts.first?.lowerBound == 0
      // "Why …?": a sentence that gives a reason ("because …", "to …") answers with less of
      // the question's words, as a count does for "how many".
      let reasoning =
        (question.gap == .reason && coverage + scoreTolerance >= paraphraseThreshold
          && (reading.hasReason || !purposes(in: reading, of: question, words: words).isEmpty))
        || (question.asksNameOrigin && !reading.nameOriginSpans().isEmpty)
      // A count answers with less of the question only when what it lacks says little: a
      // word of few senses that is no verb ("lifetime") asks about something it does not say.
      // Nor when it lacks more than one word: "16 Mexican box turtles" they uncovered are not
      // how many are left in the wild.
      // The question's verbs a line that only counts lacks say what is done with it.
      let lackingThing = countsInLine ? lacking.subtracting(unsaid) : lacking
      if counting, coverage + scoreTolerance < threshold,
        lackingThing.count > 1
          || lackingThing.contains(where: { specific.contains($0) && !mostlyVerb($0, in: words) })
      {
        continue
      }
      if coverage + scoreTolerance < threshold && !counting && !reasoning {
        // Below the sentence threshold only a paraphrase answers: the sentence lacks nothing
        // but the question's verbs ("When was the foundation created?" against "… founded
        // the Blender Foundation in March 2002"). Not for "who": a name near words said in
        // other words is too easily someone else's ("a board headed by Trump that would
        // oversee the committee" for who chairs it).
        let rest = lacking.subtracting([question.typeNoun].compactMap { $0 })
        guard !question.asksWho, !rest.isEmpty,
          rest.isSubset(of: unsaid)
        else { continue }
      }
      // An idiom of a slight verb may go unsaid: the rest of the question decides.
      // So may a verb that only links its subject to what it is ("become", "remain"), in a
      // question that names what the sentence is about.
      // So may a verb of every use, whose object says what it does ("put a limit on").
      let slight = unsaid.isSubset(
        of: (question.nameStems.isEmpty ? idioms : idioms.union(Self.linkingVerbStems))
          .union(lightlyUsed))
      // Any other verb of the question that the sentence lacks in every form must be said in
      // other words by a verb of the sentence: "When did Roosendaal move the foundation?" is
      // not answered by when he founded it.
      lazy var saidOtherwise =
        !unsaid.isEmpty
        && saysInOtherWords(
          unsaid, sentence: sentence, words: words, question: question, weights: weights)
      // A verb of giving is said by a thing given: "gave the project a grant" by "a grant from
      // the Chan Zuckerberg Initiative".
      lazy var saidByGift =
        !unsaid.isEmpty && reading.words.contains { ClauseQuestion.gives($0.folded) }
        && unsaid.allSatisfy { stem in
          words.contains { ClauseQuestion.gives($0.folded) && lexicon.canonical($0.stem) == stem }
        }
      // A sentence that holds nearly all the rest may lack one verb: the words around it
      // carry what it asks ("Which French club signed him in 1995?" against "In 1995 he
      // moved to the French club …"). Not for a place ("Where can I read more?" is not where
      // the leaders spoke), a reason or a manner, which belong to the one deed.
      let heldAround =
        !question.asksWho
        && [.subject, .object, .copula, .time, .quantity, .duration].contains(question.gap)
        && unsaid.count == 1 && lacking.count == 1
        && coverage + scoreTolerance >= verbThreshold
      // A yes or no whose one verb the sentence says by "have" or another verb of every use
      // ("Did the Bush administration run a formal initiative?" against "did not have a formal
      // plain language initiative"): only a denial answers it, which `truth` checks.
      lazy var saidLightly =
        question.gap == .truth && unsaid.count == 1 && lacking.count == 1
        && coverage + scoreTolerance >= threshold
        && knowledge.clauseIndex.clauses(of: sentence).contains { position in
          let clause = knowledge.clauseIndex.clauses[position]
          return Self.denies(clause)
            && Self.lightVerbLemmas.contains(clause.predicate.lemma)
        }
      guard
        unsaid.isEmpty || slight || reasoning || saidOtherwise || saidByGift || heldAround
          || saidLightly || countsInLine
      else {
        continue
      }
      // A sentence that holds the question's names and nothing else it asks says nothing of
      // it: "thanks to JFrog's team" is not where JFrog is based, nor a director named beside
      // a company the one who set it up.
      // A count of the thing asked about, or an idiom of a slight verb left unsaid ("come
      // down"), says enough; not of who did it.
      let beyondNames =
        counting || (!unsaid.isEmpty && slight && !question.asksWho)
        ? [] : asked
      guard beyondNames.isEmpty || !beyondNames.isSubset(of: lacking) || saidOtherwise else {
        continue
      }
      // Nor does a line of nothing but the question's names ("Well Working Group", an item
      // of a list) say anything of them.
      guard !reading.words.allSatisfy({ question.nameStems.contains($0.stem) }) else { continue }
      // "Who is getting the medal?" is said by "will award the medal to …" too.
      if let common = question.commonVerb,
        !reading.words.contains(where: { $0.plainStem == Stemmer.stem(common) }),
        !saysByAKindOf(common, sentence: sentence),
        !((ClauseQuestion.receives(common) || ClauseQuestion.gives(common))
          && reading.words.contains { ClauseQuestion.gives($0.folded) })
      {
        continue
      }
      // A verb said only as a noun ("an inspection by Dr. Reyes", "Josh Anderson, team lead")
      // says who did it only of a name beside that noun: "representatives of Fatah" ten words
      // on do not make Hamas officials Fatah's representatives.
      // A past form says the verb as a verb, "sent" as "worked": no noun shares either.
      var nominal: String?
      if verbOutsideClauses, let verb = question.verb,
        question.isHeld(verb, in: index.stems[position]),
        !reading.words.contains(where: { $0.stem == verb && WordNet.isPastForm($0.folded) }),
        !saysInOtherWords(
          [verb], sentence: sentence, words: words, question: question, weights: weights,
          synonymsOnly: true, lightVerbsSay: false)
      {
        guard question.asksWho else { continue }
        nominal = verb
      }
      let stems = index.stems[position]
      // What the question says outside its names in words of few senses, the sentence must
      // say too for its statement to answer: "Which techniques did Gemini demonstrate?" is not
      // answered by the goals of Project Gemini, however heavy the names ("look like" may be
      // said otherwise).
      let saidHeld = question.heldWeight(of: said, in: stems)
      // The answer the sentence gives, with the question's words it holds and those it lacks,
      // as `:why` shows them: worked out only for the sentence that answers.
      let answer = { (text: String, asked: String, needed: Double, items: [Sentence]) in
        let weighed = words.filter { weights[lexicon.canonical($0.stem)] != nil }
        return Answer(
          text: text, sentence: sentence, coverage: coverage,
          matched: weighed.filter { stems.contains(lexicon.canonical($0.stem)) }.map(\.original),
          missing: weighed.filter { !stems.contains(lexicon.canonical($0.stem)) }.map(\.original),
          asked: asked, needed: needed, items: items)
      }
      // "What are the ways to file a claim?" against "You can file a claim in any of these
      // ways:" and the lines listed after it.
      // A lead-in that breaks off is only the first part of its sentence, which its lines
      // finish: the sentence threshold is enough for it.
      let breaks = breaksOff(sentence)
      if [.object, .subject, .copula].contains(question.gap),
        breaks || sentence.text.hasSuffix(":"),
        coverage + scoreTolerance >= (breaks ? threshold : statementThreshold),
        asksForListed(by: reading, question: question),
        case let items = listItems(after: sentence, finishing: breaks), !items.isEmpty,
        // "Who …?" is answered by lines that name someone, not by a line that says how
        // ("how we equip ourselves …").
        !question.asksWho
          || !items.contains(where: {
            QuestionText.tokens($0.text).first.map {
              Answerer.questionWords.contains($0.folded) || $0.folded == "whether"
            } ?? false
          })
      {
        var said = items.map { Self.itemText($0.text) }.joined(separator: "; ")
        if !".!?".contains(said.last ?? ".") { said += "." }
        return answer(
          said, Self.listed,
          statementThreshold, items)
      }
      // "Which pub did they go to?" is not said by "a trip to the pub": a sentence that has
      // the kind asked for only as "the pub" says there was one, not which.
      if question.questionWord == "which", let noun = question.typeNoun,
        [.subject, .object].contains(question.gap),
        Self.saysOnlyBare(noun, in: reading)
      {
        continue
      }
      // "How big was the budget?" asks the measure of the one thing it names, beside it. Only
      // for a question of one word, whose sentences are few; the filler then picks the span.
      if measuresOneWord,
        !(reading.numberSpans() + reading.currencySpans()).contains(where: reading.measures)
      {
        continue
      }
      let found = filler(
        in: reading, for: question, words: words, nominal: nominal,
        coverage: saidWhole > 0 ? min(coverage, saidHeld / saidWhole) : coverage,
        kindUnsaid: kindUnsaid,
        onlyKindLacking: question.typeNoun.map { lacking == [$0] } ?? false, pronoun: credited)
      guard let (text, asked) = found else { continue }
      // "What did Hamas say?" asks what Hamas said: a sentence in which someone else tells of
      // "the agreement between the PA and Hamas" says nothing Hamas said. Who says is who the
      // question names before its verb of saying ("What did Priya Nand say about Sundays?"),
      // by any word of the name ("The council said" of Devon County Council).
      if asked == Self.statement,
        let saying = words.firstIndex(where: { Self.sayingVerbs.contains($0.folded) }),
        case let speaker = Set(
          words[..<saying].map { lexicon.canonical($0.stem) }.filter(question.nameStems.contains)),
        !speaker.isEmpty, !reading.speaks(speaker)
      {
        continue
      }
      // An answer in none but the question's own words tells nothing it did not: "Against the
      // death of the king" for "Which king's death did Paine vote against?", "In various
      // battles" for "In which battles …?". The sentence that holds the question best says no
      // more, and one that holds less is no better guess.
      if question.gap != .truth,
        question.isRepeated(in: text, words: words, lexicon: knowledge.lexicon)
      {
        break
      }
      // Nor does "The designers." tell who designed it: the noun for who does the question's
      // deed, with nothing of its own.
      if question.asksWho, !question.doerStems.isEmpty,
        case let said = lexicon.contentStems(text),
        !said.isEmpty,
        said.allSatisfy({ question.doerStems.contains($0) || question.stems.contains($0) })
      {
        break
      }
      let answered = answer(
        text, asked,
        asked == Self.statement
          ? statementThreshold
          : coverage + scoreTolerance >= threshold
            ? threshold : counting ? countThreshold : paraphraseThreshold, [])
      // "60 years ago" counts back from when the text was written: a date another sentence
      // gives answers before it.
      // A title's ("60 Years Ago: Gemini 1 Flies …") counts back from a day it does not give.
      let ago = question.gap == .time && text.lowercased().hasSuffix(" ago.")
      // "By what time were all four wings back under control?": two sentences that hold as
      // much of it and give two times ("At 2.35pm, … secured the perimeter of all four wings",
      // "Shortly after 10pm, the teams had secured all four wings") leave it open which.
      if !ago, Self.singleAnswerGaps.contains(question.gap) {
        if let pending {
          return Folding.words(pending.answer.text) == Folding.words(text) ? pending.answer : nil
        }
        pending = (answered, scoredCoverage)
        continue
      }
      guard ago else { return answered }
      if relative == nil, sentence.text.last.map(Self.closing.contains) == true {
        relative = answered
      }
    }
    return pending?.answer ?? relative
  }

  /// `span` up to the verb of a clause of the sentence, which it does not run into: "against
  /// the death of the king", not "… the king came" of "for voting against the death of the king
  /// came under suspicion". Not the verb of a clause inside the phrase, one of whose roles it
  /// holds before the verb: "about how the car was found", "against the plan the mayor
  /// proposed".
  private func beforeVerb(_ span: SentenceReading.Span, in reading: SentenceReading)
    -> SentenceReading.Span
  {
    let start = reading.utf8Range(of: span).lowerBound
    let verbs = knowledge.clauseIndex.clauses(of: reading.sentence).map {
      knowledge.clauseIndex.clauses[$0]
    }.filter { clause in
      let verb = clause.predicate.utf8Range.lowerBound
      return verb <= start
        || !clause.phrases.contains { (start..<verb).contains($0.utf8Range.lowerBound) }
    }.map(\.predicate.utf8Range)
    let end =
      span.dropFirst(2).first { position in
        verbs.contains { reading.utf8Range(of: position..<(position + 1)).overlaps($0) }
      } ?? span.upperBound
    // Nor where that leaves no word of substance: "for having exposed …", "about what went
    // wrong", "to whoever was lending novels" are whole.
    guard
      reading.words[(span.lowerBound + 1)..<end].contains(where: Self.isSubstantive)
    else { return span }
    return span.lowerBound..<end
  }

  /// Whether a word of a sentence says something: no common word, no function word.
  private static func isSubstantive(_ word: SentenceReading.Word) -> Bool {
    !WordLists.stopWords.contains(word.folded) && !functionStems.contains(word.stem)
  }

  /// Whether the sentence's first word of substance is the kind the question asks for: "The
  /// items in the starter kit are …" says what the items are, "A herd of deer … was a good
  /// start" what the herd was.
  private func opensOnKind(_ reading: SentenceReading, of question: ClauseQuestion) -> Bool {
    guard let noun = question.typeNoun,
      let first = reading.words.first(where: Self.isSubstantive)
    else { return false }
    return question.isHeld(noun, in: [knowledge.lexicon.canonical(first.stem)])
  }

  /// Whether `span` names something of the kind the question asks for, by WordNet: "green and
  /// gold" colours, "mackerel" a fish; or a name.
  private func saysKind(
    _ span: SentenceReading.Span, in reading: SentenceReading, of question: ClauseQuestion
  ) -> Bool {
    guard let kind = question.typeLemma, let wordNet = WordNet.english else { return false }
    // "colours" is the kind "color".
    let kinds = [kind] + wordNet.lemmas(of: Spelling.american(of: kind) ?? kind, as: .noun)
    return reading.words[span].contains { word in
      word.token.isCapitalized
        || kinds.contains { wordNet.isKind(word.folded, of: $0, senses: 2) }
    }
  }

  /// Whether the sentence says the noun of the kind the question asks for, in that word itself
  /// ("town" for "In which town …?"; "people" is no "country").
  private func saysKindWord(in reading: SentenceReading, of question: ClauseQuestion) -> Bool {
    guard let noun = question.typeNoun else { return false }
    return reading.words.contains { knowledge.lexicon.canonical($0.stem) == noun }
  }

  /// Whether a name in `span` is one WordNet knows as of the kind the question asks for, in the
  /// kind's first senses: "Lisbon" for "In which city …?". Stricter than `saysKind`, which takes
  /// any name.
  private func namesKindAsked(
    _ span: SentenceReading.Span, in reading: SentenceReading, for question: ClauseQuestion
  ) -> Bool {
    guard let kind = question.typeLemma, let wordNet = WordNet.english else { return false }
    return span.contains { position in
      reading.words[position].token.isCapitalized
        && wordNet.isKind(
          reading.words[position].folded, of: kind, strictly: true, kindSenses: 2)
    }
  }

  /// Yes or no to a question whether there is something ("Is there a ferry on Sundays?", "Were
  /// there any delays?"), from a sentence that says "there is" or "there are" and then every
  /// word of it ("There were also delays at the port"), or says there is not ("There isn't a
  /// ferry on Sundays", "there are no plans to …"). Left open where the sentence hedges it
  /// ("hardly any", "except"); unsaid for another question or sentence.
  private func existence(
    in reading: SentenceReading, for question: ClauseQuestion, words asked: [QuestionToken]
  ) -> Existence {
    let folded = asked.map(\.folded)
    guard let be = folded.firstIndex(where: ClauseQuestion.beForms.contains), be <= 1,
      be + 1 < folded.count, folded[be + 1] == "there"
    else { return .unsaid }
    let thing = knowledge.lexicon.contentStems(asked[(be + 2)...]).subtracting(
      Self.functionStems)
    guard !thing.isEmpty else { return .unsaid }
    let said = reading.words
    for position in said.indices.dropLast() {
      // "There" that opens its clause, not the place of "Visitors who go there are …".
      // "There's" may be one word, or "There" with its "'s" left out.
      let written = said[position].token.text.lowercased()
        .replacingOccurrences(of: "’", with: "'")
      let there = written == "there's" ? written : said[position].folded
      guard there == "there" || there == "there's",
        position == 0 || !reading.separator(after: position - 1).isEmpty
          || Self.clauseLinks.contains(said[position - 1].folded)
      else { continue }
      var next = there == "there's" ? position : position + 1
      // "there are", "there's", "there isn't", "there is no", "there were also".
      let form =
        there == "there's" ? "is" : said[next].folded.replacingOccurrences(of: "’", with: "'")
      guard Self.existentialForms.contains(form) else { continue }
      var denied = Self.isDenial(form)
      next += 1
      while next < said.count, Self.existentialFillers.contains(said[next].folded) {
        // "There is not only a café but also a shop" says there is one.
        if said[next].folded == "not", next + 1 < said.count, said[next + 1].folded == "only" {
          return .unsaid
        }
        if Self.isDenial(said[next].folded) { denied = true }
        next += 1
      }
      // The thing, within the clause that says it: up to a comma or a word that opens another.
      var end = next
      while end < said.count, end - next < Self.existentialReach,
        reading.separator(after: end - 1).isEmpty || end == next,
        !["but", "because", "so", "while"].contains(said[end].folded)
      {
        end += 1
      }
      guard end > next else { continue }
      // "hardly any", "few", "little", "except": neither yes nor no. "Not much" is for the
      // question's own words to weigh ("Is there solid evidence …?").
      if said[next..<end].contains(where: { Self.existentialHedges.contains($0.folded) }) {
        return .leftOpen
      }
      if denied, ["many", "much", "enough"].contains(said[next].folded) { return .unsaid }
      let stems = Set(said[next..<end].map { knowledge.lexicon.canonical($0.stem) })
      guard thing.allSatisfy({ question.isHeldInFamily($0, in: stems) }) else { continue }
      return .said(((denied ? "No. " : Self.yes) + reading.sentence.text, "whether there is"))
    }
    return .unsaid
  }

  /// What a sentence says of whether there is something.
  private enum Existence {
    /// Yes or no, and what the question asked.
    case said((String, String))
    /// Neither: "hardly any", "except".
    case leftOpen
    /// Nothing: no "there is" with the thing's words.
    case unsaid
  }

  /// The forms of "be" after "there" that say something is, or with "n't" that it is not.
  private static let existentialForms: Set<String> = [
    "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't",
  ]
  /// Words between "there is" and the thing: "not", "no", "never", "also", "still", "some";
  /// and words of how the writer takes it, or of now ("there's unfortunately no documentation",
  /// "there is currently no bus").
  private static let existentialFillers: Set<String> = [
    "not", "no", "never", "also", "still", "some", "any", "a", "an", "the", "already", "n't",
    "unfortunately", "sadly", "regrettably", "currently", "presently", "really", "truly",
    "definitely", "certainly", "clearly", "simply", "absolutely", "actually",
  ]
  /// Words that say neither that the thing is nor that it is not: "hardly any jobs", "little
  /// evidence", "a ferry every day except Sundays", "there was originally no chapel" (one was
  /// added later), "there is officially no unemployment".
  private static let existentialHedges: Set<String> = [
    "hardly", "scarcely", "barely", "few", "little", "except", "without", "rarely", "seldom",
    "occasionally", "sometimes", "often", "usually", "generally", "mostly", "probably",
    "possibly", "perhaps", "likely", "apparently", "reportedly", "allegedly", "almost", "nearly",
    "supposedly", "originally", "previously", "initially", "formerly", "once", "officially",
    "nominally", "technically", "theoretically",
  ]
  /// Words after which "there" opens a clause: "and there were …", "so there is …".
  private static let clauseLinks = subordinators.union(["and", "that", "if"])
  /// The most words the thing said to be may run to.
  private static let existentialReach = 8

  /// The kinds of answer of which a question asks one, that two sentences may give differently
  /// (a place is often said twice in other words: "in Mitcham", "in Melbourne's east").
  private static let singleAnswerGaps: Set<ClauseQuestion.Gap> = [.time, .quantity]

  /// The share of its weight the name a document is about counts for in a sentence of it that
  /// does not say it.
  static let topicShare = 0.5
  /// The most words a line that opens with a count and only counts has ("250g all-purpose
  /// flour (avoid bleached and enriched)").
  static let countingLine = 10
  /// What a common noun a document is about counts for, of its weight, in a sentence of it
  /// that does not say it.
  static let keywordShare = 0.5
  /// What a word of the heading a sentence stands under counts for, of its weight.
  static let headingShare = 0.25

  /// Whether `clause` is a habit of the past: "used to enjoy", or "used" itself with its "to".
  private static func saysUsedTo(_ clause: Clause) -> Bool {
    let text = clause.citation.text
    let before = String(
      decoding: text.utf8.prefix(clause.predicate.utf8Range.lowerBound), as: UTF8.self)
    let words = before.lowercased().split(separator: " ").suffix(2)
    return words.elementsEqual(["used", "to"])
      || (clause.predicate.lemma == "use" && clause.predicate.verb.lowercased() == "used"
        && clause.objects.first?.text.lowercased().hasPrefix("to ") == true)
  }

  /// Whether the phrase at `span` comes after the kind of thing the question asks for, said of
  /// something else, and does not say that kind itself: "in the ARRL Field Day rules" of "A
  /// complete list of station classes is available in the ARRL Field Day rules", for "In what
  /// class …?". Not where the kind is said after it ("in Vienna, the capital city of Austria"),
  /// nor in another clause.
  private func followsKind(
    _ span: SentenceReading.Span, in reading: SentenceReading, for question: ClauseQuestion
  ) -> Bool {
    guard let noun = question.typeNoun else { return false }
    let isKind = { (position: Int) in question.isHeld(noun, in: [reading.words[position].stem]) }
    // In the same clause: not "The town's city status was granted in 1890, and the charter
    // was signed in London".
    guard !span.contains(where: isKind),
      let kind = (0..<span.lowerBound).last(where: isKind)
    else { return false }
    return !(kind..<span.lowerBound).contains {
      reading.separator(after: $0).contains(where: ",;".contains)
    }
  }

  /// The preposition and the stems of the words of the place when `words` ask what is at a
  /// place: "at" and "bottom", "pyramid" of "What is at the bottom of the pyramid?".
  private static func placeAsked(_ words: [QuestionToken]) -> (String, [String])? {
    guard words.count > 3, ["what", "which"].contains(words[0].folded),
      ClauseQuestion.beForms.contains(words[1].folded),
      placePrepositions.contains(words[2].folded)
    else { return nil }
    let place = words.dropFirst(3).filter {
      !WordLists.determiners.contains($0.folded) && !WordLists.stopWords.contains($0.folded)
        && !WordLists.prepositions.contains($0.folded)
    }.map(\.stem)
    return place.isEmpty ? nil : (words[2].folded, place)
  }

  /// Whether a sentence's preposition says the place a question's does: "on top of the tower"
  /// for "at the top of the tower", "in the centre of the square" for "at the centre".
  private static func samePlacePreposition(_ said: String, _ asked: String) -> Bool {
    said == asked || (topPrepositions.contains(said) && topPrepositions.contains(asked))
  }
  private static let topPrepositions: Set<String> = ["at", "on", "atop", "in"]
  /// The prepositions of where a thing stands, which another preposition does not say ("What
  /// is in the message?" asks what it holds, which "the message included" says).
  private static let placePrepositions: Set<String> = [
    "at", "under", "above", "below", "behind", "beneath", "beside", "near", "atop", "underneath",
  ]
  /// How many words besides the place's own its phrase may take: "at the far end of the long
  /// hall".
  private static let placeNounReach = 5

  /// The words that ask what will be: "Will it be incorporated?", "Is it going to close?".
  private static let futureWords: Set<String> = [
    "will", "shall", "'ll", "going", "future", "eventually", "someday", "plan", "plans",
  ]

  /// The words that say a thing will come about, and is not so yet.
  private static let eventualWords: Set<String> = [
    "eventually", "soon", "someday", "ultimately", "shortly",
  ]

  /// The auxiliaries that open a question about the past, and how far into it they stand
  /// ("When was it founded?", "In what year did …?").
  private static let pastAuxiliaries: Set<String> = ["did", "was", "were", "had"]
  private static let pastReach = 4

  /// Pronouns that may be all a clause says of who did it.
  private static let doerPronouns: Set<String> = ["they", "he", "she", "we", "i", "it", "you"]

  /// Prepositions of where something happens, whose object is no one who does it.
  private static let placingPrepositions: Set<String> = ["in", "into", "at", "inside"]

  /// Words that bound a stretch of time by its end or its start: "until March 2026".
  private static let timeBounds: Set<String> = ["until", "till", "through", "since"]

  /// Whether a kind noun ("country", "city") asks for a place: WordNet knows it as a location.
  private static func namesPlaces(_ lemma: String) -> Bool {
    WordNet.english?.isKind(lemma, of: "location", senses: 2) ?? false
  }

  /// Whether `sentence` ends in a colon, leaving what it says to the lines after it, or breaks
  /// off for lines that finish it in lower case ("To count as complete, a request must").
  private func leadsIn(_ sentence: Sentence) -> Bool {
    sentence.text.hasSuffix(":") || breaksOff(sentence)
  }

  /// Whether `sentence`, not itself such a line, ends without a mark, and the next, under the
  /// same heading, carries it on in lower case.
  private func breaksOff(_ sentence: Sentence) -> Bool {
    guard let last = sentence.text.last, last.isLetter || last.isNumber,
      sentence.text.first?.isLowercase != true
    else { return false }
    return lowerCaseLine(after: sentence) != nil
  }

  /// The sentence after `sentence`, when it stands under the same heading and starts in lower
  /// case.
  private func lowerCaseLine(after sentence: Sentence) -> Sentence? {
    guard
      let next = knowledge.document(sentence.document)?.sentences.dropFirst(sentence.number)
        .first,
      next.heading == sentence.heading, next.text.first?.isLowercase == true
    else { return nil }
    return next
  }

  /// The items of the list `sentence` leads into: the sentences after it under the same
  /// heading that end without a full stop, or with a comma or a semicolon ("File a claim online
  /// on VA.gov, or"), and a last one with a full stop after such a one; at most `longestList`.
  /// After a sentence that breaks off, the items are the lines that finish it, each starting
  /// in lower case, the last with a full stop.
  /// `finishing` says whether `sentence` breaks off.
  private func listItems(after sentence: Sentence, finishing: Bool) -> [Sentence] {
    guard let sentences = knowledge.document(sentence.document)?.sentences else { return [] }
    var items: [Sentence] = []
    for next in sentences.dropFirst(sentence.number) {
      guard next.heading == sentence.heading, items.count < Self.longestList,
        let last = next.text.last(where: { !Self.closers.contains($0) })
      else { break }
      if finishing {
        guard next.text.first?.isLowercase == true else { break }
        items.append(next)
        if ".!?".contains(last) { break }
        continue
      }
      // An item the one before joins to ("…, or") may close the list with a full stop, as
      // may items joined into one sentence ("Write to us, or visit the club house.").
      let joined =
        items.last.map { Self.itemText($0.text) != $0.text }
        ?? [", or ", ", and ", "; "].contains(
          where: next.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains)
      guard !".!?:".contains(last) || (joined && last == ".") else {
        // "emergency services" / "Emergency management agencies use Hotspots as …" /
        // "climate change researchers": a sentence between items that end bare describes
        // the item before it.
        guard !items.isEmpty, last == ".",
          let item = lowerCaseLine(after: next).flatMap(\.text.last),
          item.isLetter || item.isNumber
        else { break }
        continue
      }
      items.append(next)
      if ".!?".contains(last) { break }
    }
    return items
  }
  /// Whether the question asks for what a lead-in counts or points at, when it does so by a
  /// noun ("There are two versions of the DEA Hotspots system:", "in any of these ways:"):
  /// "What counts as a hotspot?" does not ask for the versions.
  private func asksForListed(by reading: SentenceReading, question: ClauseQuestion) -> Bool {
    let words = reading.words
    guard
      let head = words.indices.dropLast().first(where: { position in
        (NumberWords.isNumber(words[position].folded)
          || Self.listPointers.contains(words[position].folded))
          && words[position + 1].folded.hasSuffix("s")
          && WordNet.knows(words[position + 1].folded, as: .noun)
      })
    else { return true }
    let noun = words[head + 1].stem
    return question.stems.contains { question.isHeld($0, in: [noun]) }
  }
  private static let listPointers: Set<String> = ["these", "following", "several", "some"]

  /// The most items a list answer holds.
  private static let longestList = 20
  /// Quotes and brackets that close an item after its last mark.
  private static let closers: Set<Character> = ["\"", "”", ")", "’", "'", "]"]
  /// What `:why` says a list answer asks for.
  private static let listed = "what the list after the sentence holds"

  /// An item as a part of a list answer: without the comma, semicolon or "or" that joins it to
  /// the next.
  private static func itemText(_ text: String) -> String {
    var item = text
    for joint in [", or", ", and", ",", ";"] where item.hasSuffix(joint) {
      item.removeLast(joint.count)
      break
    }
    return item
  }

  /// The answer `sentence` gives when the question's closing "that" stands for what it states
  /// ("Who said that?", "Why did they do that?"): the sentence holds every other word of the
  /// question, in some form, and a phrase of the kind the question word asks for. Not for yes
  /// or no, nor "what is …".
  func answer(
    _ question: ClauseQuestion, words: [QuestionToken], pointingBackTo sentence: Sentence
  ) -> Answer? {
    guard question.gap != .truth, question.gap != .copula else { return nil }
    let stems = knowledge.sentenceIndex.stems(of: sentence)
    // "When did that happen?": what happened is what the sentence states, whatever its verb.
    let happening = Set(WordLists.happeningVerbs.map(Stemmer.stem))
    let content = question.stems.subtracting(Self.functionStems).subtracting(
      happening.map(knowledge.lexicon.canonical))
    guard content.allSatisfy({ question.isHeld($0, in: stems) }) else { return nil }
    let reading = SentenceReading(sentence, lexicon: knowledge.lexicon, question: question)
    // "When did that happen?" of a sentence of two times ("ran the laboratory until 2001 and
    // died in 2012") says nothing of which deed "that" is.
    if words.contains(where: { happening.contains(Stemmer.stem($0.folded)) }) {
      guard question.gap == .time, reading.timeSpans().count == 1,
        reading.words.count(where: { NumberWords.isYear($0.stem) }) <= 1
      else { return nil }
    }
    // "Who said that?" asks who is quoted: a name the sentence merely holds did not say it.
    let speech = Answerer.asksForSaying(words.map(\.original).joined(separator: " "))
    let found =
      question.asksWho && speech
      ? reading.nearest(
        reading.nameSpans(in: knowledge, kinds: [.person, .organization]).filter(
          reading.isSpeaker)
      ).map { (reading.sentenceCase($0), "who said it") }
      : filler(in: reading, for: question, words: words, coverage: 1)
    guard let (text, asked) = found else { return nil }
    return Answer(
      text: text, sentence: sentence, coverage: 1, matched: words.map(\.original), missing: [],
      asked: asked, needed: threshold)
  }

  /// Whether a verb of the sentence says each of the question's verbs with stems `stems`
  /// nearly the same in WordNet ("founded" for "created"; not "founded" for "died").
  private func saysInOtherWords(
    _ stems: some Collection<String>, sentence: Sentence, words: [QuestionToken],
    question: ClauseQuestion, weights: [String: Double], synonymsOnly: Bool = false,
    lightVerbsSay: Bool = true
  ) -> Bool {
    guard let wordNet = WordNet.english else { return false }
    let index = knowledge.clauseIndex
    // The verb's clause must hold most of the question's other words: "a board headed by
    // Trump that would oversee the committee" does not say who chairs the committee.
    let others = weights.filter { !stems.contains($0.key) && $0.value > 0 }
    let othersWhole = others.total
    let positions = index.clauses(of: sentence)
    let groups = clauseGroups(of: sentence)
    let predicates = positions.indices.filter { position in
      othersWhole == 0
        || question.heldWeight(of: others, in: groups[position]) * 3 >= othersWhole
    }.flatMap { position in
      let clause = index.clauses[positions[position]]
      // Only a deed of the question's own subject: "The storm had a large impact on the
      // harvest" does not say the harvest affected the storm.
      let deeds = Self.deedsNamed(by: clause, in: wordNet)
      // "made it much easier" says no deed of its own: for a verb said only as a noun
      // ("the designers made …"), a verb of every use says nothing of it.
      let own =
        lightVerbsSay || !Self.lightVerbLemmas.contains(clause.predicate.lemma)
        ? [clause.predicate.lemma] : []
      guard !deeds.isEmpty,
        stems.allSatisfy({
          doneByAsked(clause, of: sentence, besides: $0, words: words, question: question)
        })
      else { return own }
      return own + deeds
    }
    // The same verbs come back in every copy of a sentence: worked out once per question.
    let key =
      ["said", synonymsOnly ? "0" : "3", lightVerbsSay ? "" : "heavy"] + stems.sorted() + ["|"]
      + predicates.sorted()
    return relatedVerbs.answer(key) {
      says(stems, by: Set(predicates), words: words, wordNet: wordNet, synonymsOnly: synonymsOnly)
    }
  }

  /// The verbs a clause of a verb of every use says by its object's noun: "impact" of "had a
  /// small impact on data collection", "contribute" of "made their first contribution".
  static func deedsNamed(by clause: Clause, in wordNet: WordNet) -> [String] {
    guard lightVerbLemmas.contains(clause.predicate.lemma) else { return [] }
    return clause.objects.flatMap { object -> [String] in
      let head = object.head.lowercased()
      // "had almost no impact", "little effect": a deed said to be scant is none to go by.
      guard !object.isPronoun, let noun = wordNet.lemmas(of: head, as: .noun).first,
        !QuestionText.tokens(object.text).contains(where: { Self.scantWords.contains($0.folded) })
      else {
        return []
      }
      return wordNet.verbs(ofNoun: noun).filter { !$0.contains(" ") }.sorted()
    }
  }

  /// Words that say there is little or none of a thing: "almost no impact", "hardly any".
  private static let scantWords: Set<String> = [
    "no", "little", "hardly", "barely", "scarcely", "negligible", "minimal", "few",
  ]

  /// Whether each question verb with a stem of `stems` is said by one of `predicates`.
  private func says(
    _ stems: some Collection<String>, by predicates: Set<String>, words: [QuestionToken],
    wordNet: WordNet, synonymsOnly: Bool
  ) -> Bool {
    stems.allSatisfy { stem in
      guard
        let verb = phrasalVerb(stem, in: words)
          ?? words.first(where: { knowledge.lexicon.canonical($0.stem) == stem })?.folded
      else { return false }
      // "Who received the medal?" is said by "awarded the medal to …", the other side of it.
      if !synonymsOnly, ClauseQuestion.receives(verb),
        predicates.contains(where: ClauseQuestion.gives)
      {
        return true
      }
      return predicates.contains { predicate in
        Self.verbForms(predicate, in: wordNet).contains { form in
          Self.verbForms(verb, in: wordNet).contains { asked in
            relatedVerbs.answer([asked, form, synonymsOnly ? "0" : "3"]) {
              wordNet.areRelatedVerbs(asked, form, depth: synonymsOnly ? 0 : 3)
            }
          }
        }
      }
    }
  }

  /// Whether a clause of `sentence` has for its verb a way of doing the common verb `verb`
  /// ("fabricated" is a way to "make"): the sentence then says what was done, in other words.
  private func saysByAKindOf(_ verb: String, sentence: Sentence) -> Bool {
    let index = knowledge.clauseIndex
    return index.clauses(of: sentence).contains { position in
      isWayOf(verb, index.clauses[position].predicate.lemma)
    }
  }

  /// Whether a clause of `sentence` says the question's verb of stem `stem` by a way of doing
  /// it: "invited to address Congress" says "asked to address Congress".
  private func saysByAWayOf(_ stem: String, asked: [QuestionToken], sentence: Sentence) -> Bool {
    guard let wordNet = WordNet.english,
      let surface = asked.first(where: { knowledge.lexicon.canonical($0.stem) == stem })?.folded
    else { return false }
    return wordNet.lemmas(of: surface, as: .verb).contains { saysByAKindOf($0, sentence: sentence) }
  }

  /// Whether the verb `lemma` is a way of doing the common verb `verb` ("fabricate" of
  /// "make"), one or two steps up in WordNet.
  private func isWayOf(_ verb: String, _ lemma: String) -> Bool {
    guard lemma != verb else { return false }
    return relatedVerbs.answer(["kind of", verb, lemma]) { Self.isWay(lemma, of: verb) }
  }

  /// Whether the verb `lemma` is a way of doing the common verb `verb` by WordNet, uncached:
  /// "build" of "make".
  static func isWay(_ lemma: String, of verb: String) -> Bool {
    guard lemma != verb, let wordNet = WordNet.english else { return false }
    return wordNet.isKind(
      lemma, of: verb, as: .verb, senses: commonVerbSenses, depth: commonVerbDepth,
      strictly: true)
  }

  /// The verbs of judging or describing a "how" question may ask after: "How is it seen?".
  static let regardingVerbs: Set<String> = [
    "regarded", "seen", "viewed", "considered", "perceived", "described", "characterized",
    "characterised", "portrayed", "thought", "treated", "known",
  ]

  /// The verbs of judging a question uses in the passive, as stems: "judged" of "Was the
  /// course judged a success?", "considered" of "Is it considered safe?".
  private func judgedAs(_ words: [QuestionToken]) -> Set<String> {
    Set(
      words.indices.compactMap { position in
        Self.judgingVerbs.contains(words[position].folded)
          && words[..<position].contains {
            ClauseQuestion.beForms.contains($0.folded) || $0.folded == "be"
          }
          ? knowledge.lexicon.canonical(words[position].stem) : nil
      })
  }
  private static let judgingVerbs: Set<String> = [
    "judged", "considered", "deemed", "regarded", "rated", "reckoned", "thought", "seen",
    "viewed",
  ]

  /// The stems of the verbs of keeping a thing somewhere, any of which says where it is kept.
  static let keepingVerbStems = Set(
    [
      "keep", "kept", "house", "housed", "store", "stored", "hold", "held", "display",
      "displayed", "exhibit", "exhibited", "preserve", "preserved", "locate", "located", "hang",
      "hung", "conserve", "conserved", "archive", "archived",
    ].map(Stemmer.stem))

  /// The stems of the verbs that link a subject to what it is, like "be": "Whose avatar did
  /// the gopher become at Bell Labs?" is answered by a sentence that says so without "become".
  private static let linkingVerbStems = Set(
    ["become", "became", "remain", "remained", "seem", "seemed", "stay", "stayed"].map(
      Stemmer.stem))

  /// How many senses of a sentence's verb, and how many steps up from each, are looked at for
  /// the common verb it is a way of doing.
  static let commonVerbSenses = 2
  static let commonVerbDepth = 2

  /// The question's verb with the stem and the word after it, when WordNet lists the two as
  /// one verb ("set up", "come out"); nil otherwise.
  private func phrasalVerb(_ stem: String, in words: [QuestionToken]) -> String? {
    guard let wordNet = WordNet.english,
      let position = words.firstIndex(where: { knowledge.lexicon.canonical($0.stem) == stem }),
      position + 1 < words.count
    else { return nil }
    let (verb, next) = (words[position].folded, words[position + 1].folded)
    return wordNet.phrasalVerbs(verb, next).isEmpty ? nil : verb + " " + next
  }

  /// A verb and, when WordNet does not know it, the verb its prefix was added to: "found" for
  /// "co-found", "launch" for "relaunch".
  private static func verbForms(_ verb: String, in wordNet: WordNet) -> [String] {
    guard !WordNet.knows(verb, as: .verb) else { return [verb] }
    if let hyphen = verb.lastIndex(of: "-") {
      return [verb, String(verb[verb.index(after: hyphen)...])]
    }
    for prefix in ["re", "co", "pre", "un"] where verb.hasPrefix(prefix) {
      return [verb, String(verb.dropFirst(prefix.count))]
    }
    return [verb]
  }

  /// The stems of the question's verbs as the English parser reads the question: "end" in
  /// "When did the final mission end?", not the noun "end".
  private func questionVerbs(_ words: [QuestionToken]) -> Set<String> {
    let text = words.map(\.original).joined(separator: " ") + "?"
    // Asked for again by each sentence a yes or no is read against: read once.
    if let known = verbsRead.verbs[text] { return known }
    let found = readVerbs(of: text)
    verbsRead.verbs[text] = found
    return found
  }

  /// The purposes `reading` gives the deed of the question's verb: "to concentrate on …" of
  /// "Butler left the team to concentrate on …" for "Why did Butler leave the team?".
  private func purposes(
    in reading: SentenceReading, of question: ClauseQuestion, words: [QuestionToken]
  ) -> [SentenceReading.Span] {
    // Only of the deed the question names, done to what it names: "Butler left the hotel early
    // to catch a flight" is not why he left the team.
    // Its names are held already, its verbs said otherwise ("fixed up" for "rehabilitated").
    let stems = Set(reading.words.map(\.stem))
    let verbs = questionVerbs(words)
    guard !verbs.isEmpty,
      question.stems.subtracting(Self.functionStems).subtracting(question.nameStems)
        .subtracting(verbs).allSatisfy({ question.isHeld($0, in: stems) })
    else { return [] }
    return reading.deedPurposeSpans { stem in verbs.contains { question.isHeld($0, in: [stem]) } }
  }

  /// The stems of the verbs of `text` as the English parser reads it.
  private func readVerbs(of text: String) -> Set<String> {
    guard let parser = LinkParser.english, let linkage = parser.parseQuestion(text) else {
      return []
    }
    let extractor = ClauseExtractor(
      sentence: Sentence(document: "", number: 0, text: text, heading: nil), linkage: linkage)
    return Set(
      linkage.words.indices.filter(extractor.isVerb).map {
        knowledge.lexicon.canonical(Stemmer.stem(Folding.words(linkage.words[$0].text)))
      })
  }

  /// How many WordNet senses the question's word with the stem has, in all and as an adjective
  /// or adverb; nil when WordNet or the word is missing.
  private func senses(of stem: String, in words: [QuestionToken]) -> (all: Int, describing: Int)? {
    guard let wordNet = WordNet.english,
      let word = words.first(where: { knowledge.lexicon.canonical($0.stem) == stem })
    else { return nil }
    var counts = (all: 0, describing: 0)
    for partOfSpeech in WordNet.PartOfSpeech.allCases {
      let count = wordNet.senseCount(of: word.folded, as: partOfSpeech)
      counts.all += count
      if [.adjective, .adverb].contains(partOfSpeech) { counts.describing += count }
    }
    return counts
  }

  /// Whether the question's word with the stem is more often a verb than a noun in WordNet
  /// ("compare", "insist", "rely"): a verb the documents lack may be said in other words.
  private func mostlyVerb(_ stem: String, in words: [QuestionToken]) -> Bool {
    guard let word = words.first(where: { knowledge.lexicon.canonical($0.stem) == stem }) else {
      return false
    }
    return WordNet.isMostly(word.folded, .verb, over: .noun)
  }

  /// Whether a question's word with these WordNet senses has few: "rocket", "cost",
  /// "weather" name something the documents would have to mention. A word mostly used to
  /// describe ("ordinary", "visible", "independently") qualifies what the question asks about
  /// without naming it: the sentence may describe it in other words.
  private static func isSpecific(_ senses: (all: Int, describing: Int)?) -> Bool {
    guard let senses else { return true }
    return senses.all <= specificSenses && !describes(senses)
  }

  /// Whether a word with these senses is mostly used to describe: "first", "private",
  /// "straight", "roughly".
  private static func describes(_ senses: (all: Int, describing: Int)) -> Bool {
    senses.all > 0 && senses.describing * 2 > senses.all
  }

  /// The most WordNet senses a word may have and still be specific.
  static let specificSenses = 10

  /// The words of each clause of `sentence` together with those of the appositives that
  /// describe one of its phrases ("The final experiment, Saffire-VI, launched …": the launch
  /// clause holds "Saffire" too).
  private func clauseGroups(of sentence: Sentence) -> [Set<String>] {
    let index = knowledge.clauseIndex
    let positions = index.clauses(of: sentence)
    let appositives = positions.filter { index.clauses[$0].kind == .appositive }
    let implied = knowledge.sentenceIndex.implied(in: sentence)
    return positions.map { position in
      let clause = index.clauses[position]
      let ranges = clause.phrases.map(\.utf8Range)
      var stems = index.stems[position]
      // "She" or "It" in the clause is who or what the sentence's pronouns stand for.
      if !implied.isEmpty,
        clause.phrases.contains(where: { phrase in
          QuestionText.tokens(phrase.text).contains {
            Referents.pronouns.contains($0.folded) || Narrator.pronouns.contains($0.folded)
          }
        })
      {
        stems.formUnion(implied)
      }
      for other in appositives where other != position {
        let described = [index.clauses[other].subject, index.clauses[other].complement]
          .compactMap { $0?.utf8Range }
        if described.contains(where: { range in ranges.contains { $0.overlaps(range) } }) {
          stems.formUnion(index.stems[other])
        }
      }
      return stems
    }
  }

  // MARK: The phrase asked for

  /// "When did Sir Thomas Watson die?" of "… daughter of Sir Thomas Watson (d. 1621) of
  /// Westminster", "When was Whistler born?" of "James McNeill Whistler (1834–1903)": the year
  /// in brackets after the name, first of two for a birth, last for a death.
  private func lifeDate(for question: ClauseQuestion, words: [QuestionToken]) -> Answer? {
    let stems = Set(words.map(\.stem))
    let asksBirth = !stems.isDisjoint(with: Self.birthStems)
    guard question.gap == .time, !question.nameStems.isEmpty,
      !stems.isDisjoint(with: Self.lifeStems)
    else { return nil }
    let index = knowledge.sentenceIndex
    // The ones the question names, for a longer name of the same one in the sentence.
    let names = knowledge.nameIndex
    let asked = Set(names.nameMatches(in: words).flatMap(\.entities))
    let sameOne = { (name: String) in
      !asked.isDisjoint(with: names.nameMatches(in: QuestionText.tokens(name)).flatMap(\.entities))
    }
    for position in index.holdingAll(question.nameStems) {
      let reading = SentenceReading(
        index.sentences[position], lexicon: knowledge.lexicon, question: question)
      guard
        let year = reading.lifeYear(
          of: question.nameStems, birth: asksBirth, namingTheSame: sameOne)
      else { continue }
      return Answer(
        text: reading.sentenceCase(year), sentence: reading.sentence, coverage: 1,
        matched: words.filter { question.nameStems.contains($0.stem) }.map(\.original),
        missing: [], asked: asksBirth ? "a year of birth" : "a year of death",
        needed: statementThreshold)
    }
    return nil
  }

  /// The stems of a question that asks when someone was born or died, and those of a birth.
  private static let birthStems: Set<String> = ["born", "birth"]
  private static let lifeStems = birthStems.union(["die", "death", "dead"])

  /// The phrase of the sentence that fills the question's gap, and what kind of phrase it is;
  /// when `kindUnsaid`, the sentence lacks the question's kind noun and only a phrase of that
  /// kind answers; `onlyKindLacking` when the kind noun is the one word of the question it
  /// lacks.
  private func filler(
    in reading: SentenceReading, for question: ClauseQuestion, words: [QuestionToken],
    nominal: String? = nil, coverage: Double, kindUnsaid: Bool = false,
    onlyKindLacking: Bool = false, pronoun: Bool = false
  ) -> (String, String)? {
    // "Why is it called …?": what the sentence says the name is after, where it says so.
    if question.asksNameOrigin, let origin = reading.nearest(reading.nameOriginSpans()) {
      return (reading.sentenceCase(origin), "what the name comes from")
    }
    // "What happens if I don't pay my mortgage on time?" against "Your credit score will
    // suffer … if you don't pay your mortgage on time": the rest of a sentence whose clause of a
    // condition, or of another happening, holds the question's, all its words or all but one.
    // A sentence with no such clause that holds half of them tells of another ("If you can't
    // afford a down payment, …"); one that holds half but is no answer is read as for any other
    // question.
    // Who it happens to may be said otherwise ("if I don't pay" of "if you don't pay"); a
    // denial must be the sentence's too.
    if let opener = Self.happeningAsked(in: words) {
      let clause = words[(opener + 1)...]
      let asked = Set(
        clause.filter { !Self.personalWords.contains($0.folded) && !Self.isDenial($0.folded) }
          .map { knowledge.lexicon.canonical($0.stem) }
      ).subtracting(Self.functionStems)
      let denied = clause.contains { Self.isDenial($0.folded) }
      let spans = reading.happeningSpans(conditions: true)
      var best = 0
      for span in spans where !asked.isEmpty {
        let held = Set(reading.words[span].map(\.stem))
        let count = asked.count { question.isHeld($0, in: held) }
        best = max(best, count)
        guard count >= asked.count - 1, count * 2 > asked.count,
          reading.words[span].contains(where: { Self.isDenial($0.folded) }) == denied
        else { continue }
        // The side of the sentence that says more: "a challenge-response exercise is
        // initiated …" of "So in more technical terms, when that gold button gets pressed, …".
        let before = 0..<span.lowerBound
        let after = span.upperBound..<reading.words.count
        var rest = after.count >= before.count ? after : before
        if rest.count > 1, reading.words[rest.lowerBound].folded == "then" {
          rest = (rest.lowerBound + 1)..<rest.upperBound
        }
        guard rest.count >= Self.shortestHappening else { continue }
        return (reading.sentenceCase(rest), "what happens")
      }
      if best * 2 < asked.count { return nil }
    }
    // "What happened to the Paris summit?", "What did a white mob do to her newspaper office?":
    // a sentence with a clause that does something to the thing the question names, said
    // whole, for what frames the clause ("decided not to", "denied reports that", "threatened
    // to", "if …") is what it says of it.
    // A question of that one word asks nothing else: "What happened to the kitchen?" is not
    // answered by "The fire … started in the kitchen".
    if let patient = Self.patientAsked(in: words) {
      if undergoes(patient, in: reading, for: question) {
        return (reading.sentence.text, "what happens")
      }
      if question.stems.subtracting(Self.functionStems).count < 2 { return nil }
    }
    switch question.gap {
    case .truth:
      // "Is his team based only at Marshall?": a sentence that does not say "only" says
      // nothing of whether it is only there.
      let exclusive = { (folded: [String]) in !Self.exclusiveWords.isDisjoint(with: folded) }
      guard !exclusive(words.map(\.folded)) || exclusive(reading.words.map(\.folded)) else {
        return nil
      }
      // "Is Firefox OS still being made?": a sentence that tells of its launch says nothing of
      // whether it goes on now.
      let present = { (folded: [String]) in !Self.presentWords.isDisjoint(with: folded) }
      guard !present(words.map(\.folded)) || present(reading.words.map(\.folded)) else {
        return nil
      }
      // "Is there a ferry on Sundays?" against "There isn't a ferry on Sundays, but …": a
      // sentence that says there is, or is not, the thing asked about, in its words.
      switch existence(in: reading, for: question, words: words) {
      case .said(let said): return said
      case .leftOpen: return nil
      case .unsaid: break
      }
      // "Are most booming sounds caused by earthquakes?": a sentence that says "sometimes"
      // says nothing of whether most are; each word of how many or how often the question
      // asks about must be the sentence's too.
      // "every" is said by "all" or "each". "Do most humans notice it?" against "Very few
      // humans notice …", "Does every foreign leader …?" against "Not all foreign leaders …":
      // the sentence says otherwise of the same noun, which is no.
      // A sentence that denies the deed outright ("Sabin did not do this work on her own")
      // denies it of all or most too: "Did Sabin do all her work on her own?" is no. Not
      // "never", whose denial is the question's own.
      let folded = reading.words.map(\.folded)
      var quantifierUnsaid = false
      for (index, word) in words.enumerated()
      where Self.quantifierWords.contains(word.folded)
        && !(index > 0 && word.folded == "all" && words[index - 1].folded == "at")
      {
        if index + 1 < words.count,
          let denied = Self.deniedQuantifier(of: word.folded, in: folded),
          reading.words[denied...].prefix(Self.quantifiedReach).contains(where: {
            $0.plainStem == words[index + 1].stem
          })
        {
          return ("No. " + reading.sentence.text, "whether it is so")
        }
        let said = Self.sameQuantifier(word.folded)
        if !folded.contains(where: said.contains) {
          guard word.folded != "never" else { return nil }
          quantifierUnsaid = true
        }
      }
      // "Does Rust need a garbage collector?" against "… without requiring a garbage
      // collector": the question's verb, said right after "without", with the rest of its words
      // after it, denies it.
      if let denied = doneWithout(in: reading, for: question, words: words) { return denied }
      // "Has a community received such support before?" against "the first time that a
      // community has received …": what happens for the first time had not happened before.
      let stated = truth(in: reading, for: question, words: words, pronoun: pronoun)
      if quantifierUnsaid {
        guard let stated, !stated.0.hasPrefix(Self.yes), !question.isNegated,
          reading.words.contains(where: { Self.isDenial($0.folded) })
        else { return nil }
        return stated
      }
      if Self.asksBefore(words), !words.contains(where: { $0.folded == "first" }),
        reading.words.contains(where: { $0.folded == "first" }), let (said, how) = stated,
        said.hasPrefix(Self.yes)
      {
        return ("No. " + reading.sentence.text, how)
      }
      return stated
    case .time:
      var times = reading.timeSpans().filter { question.answersTimeUnit(reading.text(of: $0)) }
      // "Sir Thomas Watson (d. 1621)": a year in brackets after a name is that one's birth or
      // death, the time of nothing else the sentence says.
      if !words.contains(where: { Self.lifeStems.contains($0.stem) }) {
        times.removeAll(where: reading.isLifeDate)
      }
      // "At what time …?" asks for the time of day, where the sentence gives it beside a date.
      if question.timeUnit == "time", times.contains(where: reading.holdsClock) {
        times = times.filter(reading.holdsClock)
      }
      // "today" or "now" of a clause in the present is no time of a deed the question puts in
      // the past ("When was Hagerstown founded?" against "…, which today manufactures
      // gyroscopes in Hagerstown"); of one in the past it is ("The council today approved …").
      if words.prefix(Self.pastReach).contains(where: { Self.pastAuxiliaries.contains($0.folded) })
      {
        times.removeAll { span in
          WordLists.presentTimes.contains(Folding.words(reading.text(of: span)))
            && timesOnlyThePresent(span, in: reading)
        }
      }
      if let time = reading.nearest(inAskedClause(times, of: reading, for: question)) {
        return (reading.sentenceCase(time), question.timeUnit.map { "a \($0)" } ?? "a time")
      }
      // "When does Open Space work best?" against "Open Space works best when the hosts follow
      // the rules exactly": a plain "when" is answered by when the question's deed happens,
      // told by another happening; by a condition ("if the issue cannot be resolved") unless
      // it asks when something was done. The deed is the question's verb, outside it, or one
      // of its other words outside it.
      // Not a question that opens on a condition and asks something else ("When the author
      // keeps copyright, who does the licence apply to?").
      let asking = words.firstIndex { Answerer.questionWords.contains($0.folded) } ?? 0
      guard question.asksWhen, question.timeUnit == nil,
        !words.dropFirst(asking + 1).contains(where: {
          $0.folded != "when" && Answerer.questionWords.contains($0.folded)
        })
      else { return nil }
      // Where the parser found no verb ("When does Open Space work best?"), every content word
      // of the question but its names.
      let deed =
        question.verb.map { Set([$0]).union(question.alternatives[$0] ?? []) }
        ?? question.stems.subtracting(Self.functionStems).subtracting(question.nameStems)
      // Without a verb to find, the sentence must hold the question's last word, which says
      // the deed in a passive ("When was the Oslo treaty signed?" is not answered by "after
      // dragging the Palestinians into their … war", where nothing says signing).
      let last = words.last { $0.original.first?.isLetter == true }
      guard !deed.isEmpty,
        question.verb != nil
          || last.map({ word in
            reading.words.contains {
              question.isHeld(knowledge.lexicon.canonical(word.stem), in: [$0.stem])
            }
          }) == true
      else { return nil }
      let past = words.contains {
        ["did", "was", "were", "has", "have", "had"].contains($0.folded)
      }
      // The deed is said beside the clause, in the clause it tells of: not across ", and" or
      // ", but" ("The council approves the budget, and the mayor resigns when …").
      let happenings = reading.happeningSpans(conditions: !past).filter { span in
        guard
          question.verb == nil || !span.contains(where: { deed.contains(reading.words[$0].stem) })
        else { return false }
        let outside = reading.words.indices.filter { position in
          !span.contains(position) && deed.contains(reading.words[position].stem)
        }
        guard
          let nearest = outside.min(by: {
            abs($0 - span.lowerBound) < abs($1 - span.lowerBound)
          })
        else { return false }
        let between =
          nearest < span.lowerBound ? (nearest + 1)..<span.lowerBound : span.upperBound..<nearest
        return between.count <= Self.happeningReach
          && !between.contains { position in
            (Self.clauseJoiners.contains(reading.words[position].folded)
              && position > 0 && reading.separator(after: position - 1).contains(","))
              || reading.separator(after: position).contains(";")
          }
      }
      return reading.nearest(happenings).map { (reading.sentenceCase($0), "a time") }
    case .duration where question.asksHowOften:
      return reading.nearest(reading.frequencySpans()).map {
        (reading.sentenceCase($0), "how often")
      }
    case .duration:
      // "submitted a week before the annual meeting" says when, by how long before another
      // time: no length of anything, unless the question asks how long before.
      // "for two weeks after the surgery", "two hours later than planned" and "two hours,
      // after which" are lengths all the same.
      let offsets = Self.offsetWords.subtracting(words.map(\.folded))
      let durations = reading.durationSpans().filter { span in
        let end = span.upperBound
        return end >= reading.words.count || !offsets.contains(reading.words[end].folded)
          || !reading.separator(after: end - 1).isEmpty
          || (span.lowerBound > 0 && reading.words[span.lowerBound - 1].folded == "for")
          || (end + 1 < reading.words.count && reading.words[end + 1].folded == "than")
      }
      if let span = reading.nearest(lasting(durations, in: reading, for: question, words: words)) {
        return (reading.sentenceCase(span), "a length of time")
      }
      // "How long will maintenance go on?": "until March 2026" says till when, which is how
      // long; as "since 2018" says from when.
      let bounded = reading.timeSpans().compactMap { span -> SentenceReading.Span? in
        guard span.lowerBound > 0,
          Self.timeBounds.contains(reading.words[span.lowerBound - 1].folded)
        else { return nil }
        return (span.lowerBound - 1)..<span.upperBound
      }
      if !question.asksWhoIs,
        let span = reading.nearest(
          lasting(
            inAskedClause(bounded, of: reading, for: question), in: reading, for: question,
            words: words))
      {
        return (reading.sentenceCase(span), "a length of time")
      }
      // "How long is the lake?" asks for a length: a number of a unit of length, not "almost
      // one million".
      guard question.asksWhoIs else { return nil }
      let lengths = reading.numberSpans(countedStems: SentenceReading.measureStems).filter { span in
        reading.words[span].contains { Self.lengthUnits.contains($0.folded) }
      }
      return reading.nearest(lengths).map { (reading.sentenceCase($0), "a length") }
    case .quantity where question.asksAge:
      // An age, said as one: not any number of the sentence.
      let asked = question.stems.subtracting(question.nameStems)
      return reading.nearest(
        reading.ageSpans(saidOf: { asked.contains(knowledge.lexicon.canonical($0)) })
      ).map { (reading.sentenceCase($0), "an age") }
    case .quantity:
      // "How many days": a unit of time is what is counted, though no content word.
      let counted = question.counted.flatMap {
        question.stems.contains($0) || Self.timeUnitStems.contains($0) ? $0 : nil
      }
      // "How much did it cost?": an amount with its unit, not any number.
      let units =
        counted.map { Set([$0] + question.countedWords.filter(question.stems.contains)) }
        ?? (question.isComparison
          ? SentenceReading.measureStems.union([SentenceReading.times])
          : question.isAmount
            ? question.measure.flatMap(SentenceReading.units(measuring:))
              ?? SentenceReading.measureStems : nil)
      // "How many of the glaciers retreated?": the number that did it ("Of the 207 glaciers,
      // 179 retreated"), not the number of the whole. So for "How many glaciers retreated?",
      // where the sentence opens on the whole.
      // The question's verb, or, where the parser found none ("How many applications were
      // accepted?"), its words besides the thing counted.
      let deeds =
        question.verb.map { Set([$0]).union(question.alternatives[$0] ?? []) }
        ?? question.stems.subtracting([question.counted].compactMap { $0 } + question.countedWords)
      let opensOnWhole = reading.words.first?.folded == "of"
      if question.counted == "of" || opensOnWhole, !deeds.isEmpty {
        let doing = reading.numbersDoing(deeds)
        if let span = reading.nearest(doing) { return (reading.sentenceCase(span), "a number") }
      }
      var spans = reading.numberSpans(countedStems: units)
      // "How many times was he wounded?" against "He was wounded twice": a count of times
      // said in one word.
      if spans.isEmpty, question.counted == SentenceReading.times {
        spans = reading.multiplicativeSpans(beside: {
          deeds.contains(knowledge.lexicon.canonical($0))
        })
      }
      // "How much did the ticket cost?" against "The ticket cost $40": an amount of money
      // is written with its sign, no unit after it, and answers an amount of any kind.
      if question.isAmount, counted == nil, !question.isComparison,
        question.measure.flatMap(SentenceReading.units(measuring:)) == nil
      {
        spans += reading.currencySpans().filter { money in
          !spans.contains { $0.overlaps(money) }
        }
      }
      // What several named together gave is none of theirs alone.
      if question.isAmount, question.measure == nil, !question.isComparison {
        spans.removeAll(where: reading.namesListed(awayFrom:))
      }
      // Nor is the whole an answer when no number of the rest does the deed ("Of the 16
      // applications, 12 were not accepted", "most were volunteers").
      if opensOnWhole, !deeds.isEmpty,
        let comma = reading.words.indices.first(where: {
          reading.separator(after: $0).contains(",")
        })
      {
        spans.removeAll { $0.lowerBound <= comma }
      }
      if spans.isEmpty, let lemma = countedLemma(of: question, words: words) {
        spans = kindCounts(in: reading, of: lemma)
      }
      // "How many popular votes did Hancock get?" is not answered by "ten thousand more popular
      // votes than Hancock", unless it asks how many more.
      if !words.contains(where: { SentenceReading.differenceWords.contains($0.folded) }) {
        spans.removeAll(where: reading.saysDifference)
      }
      // "How much higher …?": the number that says by how much, where one does.
      if question.isComparison, spans.contains(where: reading.compares) {
        spans = spans.filter(reading.compares)
      }
      // "How many certificates has it issued?" is not answered by what it "is capable of
      // issuing hundreds of millions": a number of what can be done counts only for a
      // question that asks what can.
      if !words.contains(where: { WordLists.capacityWords.contains($0.folded) }) {
        spans.removeAll { WordLists.tellsCapacity(reading.words[..<$0.lowerBound].map(\.folded)) }
      }
      return reading.nearest(spans).map { span in
        // "Up to 100x faster", "1,000 times more powerful": with the word that compares.
        let said = question.isComparison ? reading.withComparison(span) : span
        return (reading.sentenceCase(said), "a number")
      }
    case .place:
      // "Where can I find the data?" against "The data are available in our repository":
      // only where the sentence says the thing is kept or there to be had, in a place or a
      // thing that holds it ("in English", "at no cost", "on request" hold nothing), and not
      // where it says it is not ("are not available in the archive"). Not where someone was
      // born or grew up. A web or e-mail address is where one finds it too.
      // A sentence that says the finding itself ("can view the recording on the city
      // website") is read as any other, when it says no such place.
      if let finding = Self.findingVerb(in: words) {
        if coverage + scoreTolerance >= threshold, !Self.denies(reading),
          let place = reading.nearest(
            reading.locativeSpans { stem in
              question.isHeld(stem, in: question.stems) || Self.keepingVerbStems.contains(stem)
                || Self.availableStems.contains(stem)
            }.filter { holdsThings($0, in: reading) } + reading.addressSpans())
        {
          return (reading.sentenceCase(place), "a place")
        }
        guard reading.holds(knowledge.lexicon.canonical(finding.stem)) else { return nil }
      }
      if let place = reading.nearest(reading.placeSpans() + reading.addressSpans()) {
        return (reading.sentenceCase(place), "a place")
      }
      // "Where did he ask to be taken?" against "He asked to be taken to the sea shore": a
      // place in common words, where the sentence holds the whole question.
      if coverage + scoreTolerance >= threshold,
        let place = reading.nearest(reading.commonPlaceSpans())
      {
        return (reading.sentenceCase(place), "a place")
      }
      // "Where should textiles be stored?" against "Textiles should be stored in a stable
      // vault environment": a sentence that holds every word of the question may say where by
      // a word whose second sense is a place.
      if coverage + scoreTolerance >= 1,
        let place = reading.nearest(reading.commonPlaceSpans(senses: 2))
      {
        return (reading.sentenceCase(place), "a place")
      }
      // "Where do I send questions about the programme?" against "please email
      // team@openlifesci.org": an address is where, after any word.
      if coverage + scoreTolerance >= threshold, let address = Self.address(in: reading) {
        return address
      }
      // "Where was this post first published?" against "This post was originally published
      // on the FirstNet blog": where the sentence holds the question's words, the phrase "in",
      // "on" or "at" opens right after one of them says where, in whatever words.
      // Not "Where else …?", which asks for another place than one said.
      // "Where is the casket kept?" against "a silver casket, currently housed in the
      // collection of …": a verb of keeping something somewhere says it of another.
      let keeps = words.contains { Self.keepingVerbStems.contains($0.stem) }
      if coverage + scoreTolerance >= threshold,
        !words.contains(where: { Self.others.contains($0.folded) }),
        let place = reading.nearest(
          reading.locativeSpans {
            question.isHeld($0, in: question.stems)
              || (keeps && Self.keepingVerbStems.contains($0))
          })
      {
        return (reading.sentenceCase(place), "a place")
      }
      // "Where does the name come from?" asks for an origin, which need not be a place: the
      // clause answers when the sentence holds every word of the question. "Where is the class
      // from?", with no verb but "be", asks for a place only.
      guard coverage + scoreTolerance >= 1, words.contains(where: { $0.folded == "from" }),
        !words.indices.contains(where: { index in
          words[index].folded == "where" && index + 1 < words.count
            && ClauseQuestion.beForms.contains(words[index + 1].folded)
        })
      else {
        return nil
      }
      return clause(of: reading, for: question).map { ($0, "where it comes from") }
    case .reason:
      // "What will the damages be used for?" against "these damages will be used to restore
      // …": the purpose right after the question's verb says what it is for.
      if question.stranded == "for",
        let purpose = reading.nearest(
          reading.purposeSpans { question.isHeld($0, in: question.stems) })
      {
        return (reading.sentenceCase(purpose), "a purpose")
      }
      // "What was the money used for?" against "The money was used for new roads": the "for"
      // right after the question's verb takes what it is for. Not a time ("used for three
      // years" says how long).
      if question.stranded == "for" {
        let times = reading.timeSpans() + reading.durationSpans()
        let verbs = questionVerbs(words)
        let phrases = reading.phraseSpans(opening: "for").filter { phrase in
          phrase.lowerBound > 0
            && verbs.contains { verb in
              question.isHeld(verb, in: [reading.words[phrase.lowerBound - 1].stem])
            }
            && !times.contains { $0.overlaps(phrase) }
        }
        if let phrase = reading.nearest(phrases) {
          return (reading.sentenceCase(phrase), "a purpose")
        }
      }
      // "Why did Butler leave the team?" against "Butler left the team to concentrate on …":
      // what the question's deed is done to do is why.
      if let purpose = reading.nearest(purposes(in: reading, of: question, words: words)) {
        return (reading.sentenceCase(purpose), "a purpose")
      }
      guard !reading.onlyCountsReasons,
        reading.hasReason
          || hasClause(in: reading.sentence, with: [.reason, .purpose], holding: question)
      else { return nil }
      return clause(of: reading, for: question).map { ($0, "a reason") }
    case .manner:
      // "How did the kids work out how far …?" is not said by "we worked with the
      // Department": a verb the question uses with its particle, said only with another
      // preposition right after it, is another verb.
      let otherwise = question.stems.contains { stem in
        guard let phrase = phrasalVerb(stem, in: words)?.split(separator: " "), phrase.count == 2,
          Self.particles.contains(String(phrase[1]))
        else { return false }
        return reading.everyUse(of: stem) { use in
          use + 1 < reading.words.count
            && WordLists.prepositions.contains(reading.words[use + 1].folded)
            && reading.words[use + 1].folded != phrase[1]
        }
      }
      if otherwise { return nil }
      // "How did Openscapes get started?" is not said by "a plan for how to get started with
      // open data science": a verb of the question said only after "how to" is what the
      // sentence tells of, not how it was done.
      let toldOf = question.stems.contains { stem in
        reading.everyUse(of: stem) { use in
          (max(0, use - Self.howToReach)..<max(0, use - 1)).contains { position in
            reading.words[position].folded == "how" && reading.words[position + 1].folded == "to"
          }
        }
      }
      if toldOf { return nil }
      // "How is blogging seen these days?" against "Blogging is regarded as a business, not
      // a hobby": what a verb of judging or describing holds it to be.
      // It must be the one the question names that is so held, said before what it is held
      // to be: "the talks, which one participant described as constructive" says nothing of
      // how Hamas, named after it, is described.
      if words.contains(where: { Self.regardingVerbs.contains($0.folded) }) {
        guard let span = reading.regardedAsSpans().first,
          regards(span, in: reading, for: question, words: words)
        else { return nil }
        return (reading.sentenceCase(span), "how it is seen")
      }
      // "How does she define success?" against "My definition of success is being happy".
      if let said = whatItIs(in: reading, for: question) { return (said, "what it is") }
      // "How do the trees help?" against "the trees planted help store carbon and protect
      // wildlife": a clause of the question's own verb that holds every word of the question
      // says how, though it says it by no "by".
      let ownVerb =
        coverage + scoreTolerance >= statementThreshold
        && questionVerbs(words).contains { verb in
          knowledge.clauseIndex.clauses(of: reading.sentence).contains {
            question.isHeld(verb, in: knowledge.clauseIndex.predicateStems[$0])
          }
        }
      guard reading.hasMeans || ownVerb, let said = clause(of: reading, for: question) else {
        return nil
      }
      // Saying more than the question does: "Crews repaint the buoys every spring" says when,
      // not how.
      let added = Set(
        QuestionText.tokens(said).filter { token in
          !WordLists.stopWords.contains(token.folded)
            && (token.original.first?.isUppercase == true
              || WordNet.knows(token.folded, as: .noun) || WordNet.knows(token.folded, as: .verb))
        }.map { knowledge.lexicon.canonical($0.stem) }
      ).subtracting(question.stems)
      guard reading.hasMeans || added.count >= Self.mannerWords else { return nil }
      return (said, "a manner")
    case .possessor:
      guard let noun = question.possessed else { return nil }
      return reading.nearest(reading.possessorSpans(of: noun, in: knowledge)).map { span in
        // "Ada Lind", not "Ada Lind's".
        var name = reading.text(of: span)
        if reading.words[span.upperBound - 1].token.isPossessive {
          name = String(name.dropLast(name.hasSuffix("'s") || name.hasSuffix("’s") ? 2 : 1))
        }
        return (name.capitalizingFirstLetter() + ".", "whose it is")
      }
    case .subject, .object, .copula:
      // "What kind of repositories should they use?" against "special long term data
      // repositories should be used": the kind the sentence gives the noun asked about.
      // Not when the kind is all the question and the sentence share ("What kind of
      // conference is that?", the conference unnamed).
      if question.asksKind, let noun = question.typeNoun,
        coverage + scoreTolerance >= threshold,
        question.stems.subtracting(Self.functionStems).subtracting([noun]).contains(
          where: reading.holds),
        let kind = reading.describedKind(of: noun)
      {
        return (reading.sentenceCase(kind), "a kind of \(noun)")
      }
      // "What's the email to ask about the archives?": an address, wherever it stands. A
      // sentence with none may still say where ("the address of the museum").
      if let noun = question.typeLemma, Self.addressNouns.contains(noun),
        let address = Self.address(in: reading)
      {
        return address
      }
      // "What does the quiz do?": what its clauses say it does, when the sentence holds the
      // rest of the question too ("What was he advised to do?" is not what he did). Else a
      // question of more than one word may be answered otherwise ("The agreement would ensure
      // formal support … for the incoming International Stabilization Force that would enforce
      // the ceasefire").
      if let doer = question.deedDoer {
        if question.stems.subtracting(doer).allSatisfy(reading.holds),
          let said = deed(in: reading.sentence, by: doer, for: question)
        {
          return (said, "what it does")
        }
        if question.stems.count < 2 { return nil }
      }
      let person = question.asksWho
      // "Who is the secure version intended for?" against "Available for emergency managers
      // and associated organisations": the people the question's preposition takes, right
      // after a word of the question, in common words (a name answers below).
      if person, let preposition = question.stranded, preposition != "with",
        coverage + scoreTolerance >= threshold,
        let people = reading.nearest(
          reading.peopleSpans(after: preposition) { question.isHeld($0, in: question.stems) })
      {
        return (reading.sentenceCase(people), "who they are")
      }
      // "Which companies use Spark?": the items the sentence lists after the word, each one.
      let listed = { () -> (String, String)? in
        guard let noun = question.typeNoun, self.isPlural(noun, in: words),
          let list = reading.nearest(
            reading.listSpans().filter { span in
              reading.isNear(span.lowerBound..<span.lowerBound, to: noun, within: Self.listReach)
                || question.alternatives[noun, default: []].contains {
                  reading.isNear(span.lowerBound..<span.lowerBound, to: $0, within: Self.listReach)
                }
            })
        else { return nil }
        return (reading.sentenceCase(list), "a list")
      }
      // "Which country was the studio in?" asks for a place, not what something is. So do
      // "In which city was he born?" and "On what basis is it done?".
      let stranded =
        words.last.map { WordLists.prepositions.contains($0.folded) } ?? false
        || question.fronted != nil
      if (person || question.typeNoun != nil)
        && (question.gap == .copula || (question.asksWhoIs && !stranded))
      {
        // "Who is the leader of Hamas?" asks who holds a role: only a clause that links the
        // name to the role says so (the clause layer's copula), or the role as the person's
        // title ("principal investigator Christopher Walker", "Ana Ruiz, the principal
        // investigator,"); never words that merely share a sentence ("Hamas would rather die,
        // says Mohammed Daraghmeh, the bureau chief …").
        // "Which subject areas are the most popular?": what the sentence says they are ("the
        // most popular subject areas on the platform are health sciences, …").
        guard person else {
          // Not the verb of a passive: "Ingenuity was built at JPL" says no colour. Nor, for a
          // question of what is in or on something ("What kind of deer were in the herd …?"),
          // what the sentence says that thing is, unless it is of the kind asked for ("green
          // and gold" for "What colours are on the flag?"): "a good start" is no deer.
          if coverage + scoreTolerance >= statementThreshold,
            let complement = reading.copulaComplement(),
            !opensPassive(complement, in: reading),
            !zip(words, words.dropFirst()).contains(where: {
              ClauseQuestion.beForms.contains($0.folded)
                && WordLists.prepositions.contains($1.folded)
            }) || opensOnKind(reading, of: question)
              || saysKind(complement, in: reading, of: question)
          {
            return (reading.sentenceCase(complement), "what they are")
          }
          // "Which version is the end of the Python 2 line?" against "Python 2.7 is the end of
          // …": what the sentence says is what the question describes, with all its words but
          // the kind asked for.
          guard coverage + scoreTolerance >= statementThreshold || onlyKindLacking,
            let subject = reading.copulaSubject()
          else {
            // "Which plastics are soft plastics?" against "soft plastic, like HDPE, PP, LDPE":
            // the items the sentence lists after the kind.
            return listed()
          }
          return (reading.sentenceCase(subject), "what it is")
        }
        let role = question.stems.subtracting(question.nameStems).filter {
          !Self.functionStems.contains($0) && !Self.emptyTypeNouns.contains($0)
        }
        guard !role.isEmpty,
          let titled = reading.nearest(
            reading.nameSpans(in: knowledge, kinds: [.person]).filter { name in
              // The role itself, not another described by a word the question lacks ("bureau
              // chief" for "leader").
              reading.titleSpans(of: name).contains { title in
                let stems = Set(reading.words[title].map(\.stem))
                return role.allSatisfy { question.isHeldInFamily($0, in: stems) }
                  && !ClauseAnswerer.namesAnotherRole(
                    reading.text(of: title), asked: role, lexicon: knowledge.lexicon
                  ) { question.isHeld($0, in: question.stems) }
              }
            })
        else { return nil }
        return (reading.sentenceCase(titled), "a name")
      }
      if let list = listed() { return list }
      // "What was the company called?": the name the sentence gives it ("a new company called
      // Not a Number").
      // Of the kind asked for, which the sentence must say, or a kind of it ("a steamer called
      // the Marigold" for the ship): "Which regulation does he name?" is not answered by "a
      // product named PHP/FI".
      if words.contains(where: { Self.namingWords.contains($0.folded) }),
        question.typeWords.allSatisfy({ kind in
          reading.holds(kind)
            || reading.words.contains { word in
              WordNet.english?.isKind(word.folded, of: kind) == true
            }
        }),
        let name = reading.nearest(
          reading.givenNameSpans(
            of: { question.isHeld($0, in: question.stems) },
            otherThan: { namesOther($0, in: reading, for: question, words: words) }))
      {
        return (reading.sentenceCase(name), "a name")
      }
      // "What screening method do health workers use?" against "health workers use a screening
      // method called visual inspection with acetic acid": the name the sentence gives a thing
      // of the kind asked for, right after the word for it.
      if !person, let noun = question.typeNoun, coverage + scoreTolerance >= threshold,
        let name = reading.nearest(
          reading.kindNameSpans { question.isHeld(noun, in: [$0]) })
      {
        return (reading.sentenceCase(name), "a name")
      }
      // "What panel did the Department of Health set up?" against "has set up a Hospital Food
      // Standards Panel": a name that ends in the word for the kind asked for is one of it.
      // The word itself, not another for it: "United States" is no country. Not a name that
      // describes the noun after it, nor in a sentence that denies: "None of the Harvard Law
      // School professors had met him" says no law school he was at.
      // And only one a word of the question's own leads to ("has set up a Hospital Food
      // Standards Panel"), not "after Harvard University refused her" for where she studied.
      if !person, let noun = question.typeNoun, coverage + scoreTolerance >= threshold,
        !Self.denies(reading),
        let typed = words.first(where: { knowledge.lexicon.canonical($0.stem) == noun }),
        let name = reading.nearest(
          namesEnding(in: typed, in: reading, ledToBy: words, question: question))
      {
        return (reading.sentenceCase(name), "a name")
      }
      // A question that ends on its naming word asks for a name, which a sentence that gives
      // none does not say whole: "… records individual (discrete) points" says nothing of what
      // they are called, nor "The new crane, called tide lifter, moves boats onto the
      // slipway" what the slipway is.
      if Self.namingWord(endingOf: words) != nil { return nil }
      // "Under what terms is CMS open data released?", "In which jurisdictions …?": the phrase
      // the question's preposition opens ("under the Creative Commons CC0 waiver"), which says
      // the thing whether or not it says its kind. Not for "who", whose answer is a name, nor a
      // phrase that gives a time ("in October 2015" is no city) unless it says the kind asked
      // for ("during the plague epidemics of 1592 and 1603" for "During which epidemics …?").
      if !person, let preposition = question.fronted,
        case let phrases = reading.phraseSpans(opening: preposition), !phrases.isEmpty,
        case let times = reading.timeSpans(),
        // "In which country …?" asks for a place: a phrase that names something ("in both the
        // EU and US"; "in such settings" names nothing).
        case let naming = question.typeLemma.map(Self.namesPlaces) == true,
        // "In which county was she born?", "In which script was it written?" ask the kind of
        // thing a phrase of "in" names: where the sentence does not say it ("in Whitby, a fishing
        // town") and WordNet does not know the name as one ("Lisbon" is a city, "Latin" a
        // language), the phrase may be any.
        case let kindSaid = !question.asksFrontedPhrase || saysKindWord(in: reading, of: question),
        let phrase = reading.nearest(
          phrases.filter { phrase in
            !followsKind(phrase, in: reading, for: question)
              && (!times.contains { $0.overlaps(phrase) }
                || question.typeNoun.map { noun in
                  phrase.contains { question.isHeld(noun, in: [reading.words[$0].stem]) }
                } == true)
              && (!naming
                || phrase.dropFirst().contains {
                  reading.words[$0].token.isCapitalized
                    && !NumberWords.isNumber(reading.words[$0].plainStem)
                })
              && (!question.asksFrontedPhrase || saysOfAsked(phrase, in: reading, for: question))
              && (kindSaid || namesKindAsked(phrase, in: reading, for: question))
          })
      {
        return (reading.sentenceCase(beforeVerb(phrase, in: reading)), "a phrase")
      }
      // Nor is the sentence whole an answer where each phrase the question's preposition opens
      // comes after the kind asked for, said of something else.
      if !person, let preposition = question.fronted,
        case let phrases = reading.phraseSpans(opening: preposition), !phrases.isEmpty,
        phrases.allSatisfy({ followsKind($0, in: reading, for: question) })
      {
        return nil
      }
      // "In which city was he born?" asks for the phrase its preposition opens, which the
      // sentence does not have: no name elsewhere in it answers.
      if person || question.typeNoun != nil, !question.asksFrontedPhrase {
        // "Over which ocean …?": a name answers only where the sentence says what kind of
        // thing it asks for.
        var names = reading.nameSpans(
          in: knowledge, kinds: person ? [.person, .organization] : nil)
        // "Who …?" is not answered by a name WordNet knows as a thing ("the Galaxy", "the Sun"):
        // only people, groups and places act.
        // A person the documents name is one though WordNet knows the word ("Trump").
        if person, let wordNet = WordNet.english {
          names.removeAll {
            wordNet.knows(reading.text(of: $0), asNoneOf: Self.actorKinds)
              && !isPerson(reading.text(of: $0))
          }
        }
        // The words that say the question's verb as a noun, when a sentence says it only so.
        let nouns =
          nominal.map { verb in
            reading.words.indices.filter { question.isHeld(verb, in: [reading.words[$0].stem]) }
          } ?? []
        // Beside it: near, and with no preposition between but "by" of who did it ("an
        // inspection last spring by Dr. Reyes") or "for" of what was thanked for; not "Cairo
        // with representatives".
        // A noun within the name is a word of the name ("the Node.js Security Project founded
        // by …"), no deed of it.
        // Not a noun that is the subject of a clause of its own the name stands before, no part
        // of it: "to be big Mario, the designers made it easier" does not make Mario a designer
        // ("The club's founder, Jane Doe, opened …" still names the founder).
        let subjects =
          nominal == nil
          ? []
          : knowledge.clauseIndex.clauses(of: reading.sentence).compactMap {
            knowledge.clauseIndex.clauses[$0].subject?.utf8Range
          }
        let besideNoun = { (name: SentenceReading.Span) in
          nouns.contains { noun in
            guard !name.contains(noun) else { return false }
            let said = reading.utf8Range(of: noun..<(noun + 1))
            let named = reading.utf8Range(of: name)
            if subjects.contains(where: {
              $0.overlaps(said) && !$0.overlaps(named) && named.upperBound <= $0.lowerBound
            }) {
              return false
            }
            let between =
              noun < name.lowerBound ? (noun + 1)..<name.lowerBound : name.upperBound..<noun
            return between.count < Self.nominalReach
              && !reading.words[between].contains {
                WordLists.prepositions.contains($0.folded) && !["by", "for"].contains($0.folded)
              }
          }
        }
        // Who said a quote did not do what it tells of: "…,” said Walker answers who said it,
        // not who makes the balloons it mentions. A name beside the noun of the question's verb
        // did it, though it speaks ("said Josh Anderson, Ingenuity team lead").
        let said = words.map(\.original).joined(separator: " ")
        if !relatedVerbs.answer(["asks saying", said], { Answerer.asksForSaying(said) }) {
          names.removeAll { reading.isSpeaker($0) && !besideNoun($0) }
        }
        // "Erich Jao of the Philippines" is from there: "of" a place right after a name says
        // where someone is from (not "president of the United States").
        // The word before the "of" (or "of the") right before a name: "Erich Jao" of "Erich Jao
        // of the Philippines".
        let ownerBeforeOf = { (name: SentenceReading.Span) -> SentenceReading.Word? in
          var of = name.lowerBound - 1
          if of > 0, reading.words[of].folded == "the" { of -= 1 }
          guard of > 0, reading.words[of].folded == "of" else { return nil }
          return reading.words[of - 1]
        }
        let ofPlace = { (name: SentenceReading.Span) -> Bool in
          guard ownerBeforeOf(name)?.token.isCapitalized == true else { return false }
          let place = reading.text(of: name)
          return self.kinds(named: place).contains(.place) || Self.namesPlaces(place.lowercased())
        }
        // "Who does he work for?" is answered by the name the preposition takes ("works for
        // Diabetes UK"), not one he works with. Who was with someone may be said by "and"
        // ("Kenny and his wife were watching").
        // "Which law school was Joseph Kimble at?" is answered by "Joseph Kimble of the Thomas
        // Cooley Law School": "of" a name of the kind asked for, right after a name, says where
        // someone is.
        let ofKind = { (name: SentenceReading.Span) -> Bool in
          guard ["at", "from"].contains(question.stranded), let noun = question.typeNoun,
            let owner = ownerBeforeOf(name)
          else { return false }
          return question.nameStems.contains(owner.stem)
            && reading.words[name].contains { question.isHeld(noun, in: [$0.stem]) }
        }
        if let stranded = question.stranded, stranded != "with" {
          names.removeAll { name in
            !reading.isTaken(name, by: stranded) && !(stranded == "from" && ofPlace(name))
              && !ofKind(name)
          }
        }
        // "Who received the medal?" against "will award the medal to Colonel Puckett": the one
        // it goes to, when the question's verb is said only by giving.
        let receiving =
          words.contains { ClauseQuestion.receives($0.folded) }
          && !reading.words.contains { ClauseQuestion.receives($0.folded) }
          && reading.words.contains { ClauseQuestion.gives($0.folded) }
        if receiving {
          names.removeAll { !reading.isTaken($0, by: "to") }
          if let name = reading.nearest(names) { return (reading.sentenceCase(name), "a name") }
          return nil
        }
        // "Which organisation gave the project a grant?" against "a two-year grant from the Chan
        // Zuckerberg Initiative": who gave it is the one "from" takes right after the thing
        // given, when the sentence says the giving by no verb. Not a place ("a speech from
        // Cairo").
        let givenBy =
          words.contains { ClauseQuestion.gives($0.folded) }
          && !reading.words.contains {
            ClauseQuestion.gives($0.folded) && !question.stems.contains($0.stem)
          }
        if givenBy {
          let given = question.stems.subtracting(Self.functionStems)
          let givers = names.filter { span in
            reading.isTaken(span, by: "from")
              && !kinds(named: reading.text(of: span)).contains(.place)
              && reading.words[max(0, span.lowerBound - Self.givenReach)..<span.lowerBound]
                .contains { word in given.contains { question.isHeld($0, in: [word.stem]) } }
          }
          if let name = reading.nearest(givers) { return (reading.sentenceCase(name), "a name") }
        }
        // "… will not change with the Foundation": who goes along did not do it. Not when the
        // question asks who was with someone.
        if person, !words.contains(where: { $0.folded == "with" }) {
          names.removeAll { reading.isTaken($0, by: "with") }
        }
        if nominal != nil { names.removeAll { !besideNoun($0) } }
        // "Which teacher led the project?": the name the kind titles, right before it
        // ("Washington Elementary fourth grade teacher Robyn Garrett"), not the school.
        if !person, let noun = question.typeNoun,
          case let titled = names.filter({ name in
            name.lowerBound > 0
              && question.isHeld(noun, in: [reading.words[name.lowerBound - 1].stem])
          }), !titled.isEmpty
        {
          names = titled
        }
        // A sentence that lacks the kind noun answers only with a name WordNet knows to be of
        // that kind ("moved to Canada" for which country); one that has it, also with a name
        // whose last word says the kind ("McDonnell Corporation" for which organization).
        let named =
          question.typeLemma.map { kind -> [SentenceReading.Span] in
            let known = reading.knownKinds(of: kind, among: names)
            return kindUnsaid || !known.isEmpty
              ? known : reading.namedKinds(of: kind, among: names)
          } ?? []
        // "Which company makes NASA's balloons?": the one who does it, by a name WordNet does
        // not know ("NASA's balloons are fabricated by Aerostar"), is of the kind asked for,
        // when that kind is an organization (a company, an agency).
        if !question.typeWords.allSatisfy(reading.holds), named.isEmpty,
          let kind = question.typeLemma, Self.actsAs(kind),
          let doer = unknownDoer(in: reading, of: question, words: words)
        {
          return (reading.sentenceCase(doer), "a name")
        }
        if !question.typeWords.allSatisfy(reading.holds) && named.isEmpty {
          // "Which relatives …?": the things of that kind the sentence names in common words.
          // Not a verb of the sentence that is also a noun of that kind: "Butler left Port
          // Royal" names no position.
          let verbs = knowledge.clauseIndex.clauses(of: reading.sentence).map {
            knowledge.clauseIndex.clauses[$0].predicate.utf8Range
          }
          // "Which book does she think everyone should read?" against "everyone should read
          // "The Hitchhiker's Guide to Galaxy"": what the question's own verb does it to, when
          // that is a name the documents do not know as another kind of thing.
          if !person, question.gap == .object, question.stranded == nil,
            coverage + scoreTolerance >= threshold,
            let object = objectOfVerb(in: reading, for: question, words: words),
            case let tokens = QuestionText.tokens(object),
            let head = tokens.first(where: { !WordLists.determiners.contains($0.folded) }),
            head.original.first?.isUppercase == true,
            !isOtherKind(object, than: question),
            // "The army crossed the Rhine" names no bridge: a name WordNet knows as something
            // else is not of the kind asked for.
            tokens.allSatisfy({ token in
              token.original.first?.isUppercase != true || !WordNet.knows(token.folded, as: .noun)
                || question.typeLemma.map {
                  WordNet.english?.isKind(token.folded, of: $0, senses: 2) == true
                } == true
            })
          {
            return (object.capitalizingFirstLetter() + ".", "a name")
          }
          // "What qualities does modern combat demand of infantry?" against "Modern combat
          // demands the highest order of training, discipline, …": a kind of idea (a quality, a
          // skill, a topic) a sentence seldom names as such is said by what the question's own
          // verb takes, an idea itself, when the sentence holds every other word.
          if !person, question.gap == .object, question.stranded == nil,
            let noun = question.typeNoun, let kind = question.typeLemma,
            question.stems.subtracting(Self.functionStems).subtracting([noun]).allSatisfy(
              reading.holds),
            let wordNet = WordNet.english, wordNet.namesKindOfIdea(kind),
            // Not of "have" or a verb of every use ("What precautions should you take …?").
            !words.contains(where: { word in
              wordNet.lemmas(of: word.folded, as: .verb).contains(
                where: Self.lightVerbLemmas.contains)
            }),
            let object = objectOfVerb(in: reading, for: question, words: words),
            case let tokens = QuestionText.tokens(object),
            !tokens.dropFirst().contains(where: { $0.original.first?.isUppercase == true }),
            // The noun the phrase is of: "order" of "the highest order of training".
            let head = tokens.prefix(while: { !WordLists.prepositions.contains($0.folded) }).last,
            wordNet.namesIdea(head.folded),
            !tokens.contains(where: { WordLists.pronounKinds[$0.folded] != nil })
          {
            return (object.capitalizingFirstLetter() + ".", "a kind of \(kind)")
          }
          guard !person, !kindUnsaid, let kind = question.typeLemma,
            let span = reading.nearest(
              reading.kindSpans(of: kind).filter { span in
                !verbs.contains { reading.utf8Range(of: span).overlaps($0) }
              })
          else { return nil }
          return (reading.sentenceCase(span), "a kind of \(kind)")
        }
        // "Which rocket …?": the name the sentence gives the rocket, beside the word ("the
        // Titan II rocket"), not any name in the sentence.
        if let noun = question.typeNoun {
          // "LRO is currently the only NASA spacecraft orbiting the Moon": the name the
          // sentence says is one comes before any name merely near the word.
          let linked = names.filter { reading.isCalled(noun, span: $0) }
          names =
            linked.isEmpty
            ? names.filter { span in
              (reading.isNear(span, to: noun, within: 3) || named.contains(span))
                // "a new record for a NASA … flight": a name the documents know as another
                // kind of thing (an organization, a person, a place) is not a record.
                && (named.contains(span) || !isOtherKind(reading.text(of: span), than: question))
            }
            : linked
        }
        // "Who carried out the survey?" against "A survey carried out by the Yorkshire Wildlife
        // Trust last year counted … on Hollin Moor": the name "by" takes right after the
        // question's verb did it, however the parser read the sentence.
        // Any name but a place's: one no document names elsewhere has no kind.
        if question.gap == .subject, let verb = question.verb {
          let byVerb = reading.nameSpans(in: knowledge, kinds: nil).filter { span in
            guard !kinds(named: reading.text(of: span)).contains(.place) else { return false }
            var by = span.lowerBound - 1
            if by > 0, reading.words[by].folded == "the" { by -= 1 }
            guard by > 0, reading.words[by].folded == "by" else { return false }
            return reading.words[max(0, by - Self.particleReach)..<by].contains {
              question.isHeld(verb, in: [knowledge.lexicon.canonical($0.stem)])
            }
          }
          // Not "joined by NASA astronaut Loral O'Hara", whose name is after the title: the
          // reading below finds who.
          if let doer = byVerb.first,
            !reading.words[doer.upperBound...].prefix(Self.titleReach + 1).contains(where: {
              $0.token.isCapitalized
            })
          {
            names = [doer]
          }
        }
        // "Who designed the spacecraft?": a name of the one who did it, where the clause layer
        // tells ("BAE Systems of Broomfield, Colorado, designed …" is BAE Systems's doing, not
        // Colorado's).
        let asked = askedClauses(in: reading.sentence, of: question, words: words)
        let doers = Self.doers(of: asked)
        if !doers.isEmpty {
          // The first name of the phrase is its head: "BAE Systems" of "BAE Systems of
          // Broomfield".
          let inside = names.filter { span in doers.contains { reading.span(span, isInside: $0) } }
          if let head = inside.min(by: { $0.lowerBound < $1.lowerBound }) { names = [head] }
          // "… so they stripped the roof of St. David's Cathedral": where the one who did it
          // is only a pronoun, no name in the sentence did it. Only of the question's own verb
          // (or a synonym): another verb the question's may mean says less ("We will not go
          // gently," said Josh Anderson, Ingenuity team lead).
          let ownVerb = question.verb.map { verb in
            asked.allSatisfy { clause in
              question.isHeld(
                verb, in: ClauseIndex.predicateStems(of: clause, lexicon: knowledge.lexicon))
            }
          }
          let pronounDoers =
            ownVerb == true
            && Self.doerPhrases(of: asked).allSatisfy { phrase in
              let words = phrase.text.lowercased().split(separator: " ").drop {
                ["so", "and", "but", "then", "yet", "thus"].contains($0)
              }
              return words.count == 1
                && words.first.map { Self.doerPronouns.contains(String($0)) }
                  == true
            }
          if inside.isEmpty && pronounDoers { names = [] }
          // "Who elects the members?" against "are elected by members at the annual General
          // Assembly": where no name is among the doers, a name in a phrase that places or
          // times the deed did not do it.
          if inside.isEmpty, person {
            let placed = asked.flatMap { clause in
              clause.modifiers.filter { $0.kind == .place || $0.kind == .time }
                .map(\.phrase.utf8Range)
            }
            names.removeAll { span in placed.contains { reading.span(span, isInside: $0) } }
          }
        }
        // "we designed a web app to deliver a unique JuliaCon viewing experience": a name in
        // what was done is not who did it.
        let objects = Self.doneTo(in: asked)
        if !objects.isEmpty {
          names.removeAll { span in objects.contains { reading.span(span, isInside: $0) } }
        }
        // "Who carried out the survey?" against "The survey was carried out for the Home
        // Office": a passive of the question's verb that says no doer says nothing of who did
        // it; a name its other phrases take ("for", "to", "in") did not do it.
        if question.gap == .subject, !asked.isEmpty, doers.isEmpty,
          asked.allSatisfy({ $0.predicate.voice == .passive })
        {
          let taken = asked.flatMap { $0.arguments.map(\.phrase.utf8Range) }
          names.removeAll { span in taken.contains { reading.span(span, isInside: $0) } }
        }
        // "What company did he set up after leaving the Army?" is not answered by "U.S. Army
        // Ranger Company": a name holding a name the question gives something else. Names of
        // the kind asked for may be in it ("Which Apollo mission …?", "Apollo 11").
        if question.typeNoun != nil {
          let capitalised = words.dropFirst().filter { $0.original.first?.isUppercase == true }
          let elsewhere = question.nameStems
            .union(capitalised.map { knowledge.lexicon.canonical($0.stem) })
            .subtracting(kindPhrase(of: question, words: words))
          names.removeAll { span in reading.words[span].contains { elsewhere.contains($0.stem) } }
        }
        // "Who started the project?" is not answered by "Getting Started in the Digital
        // Humanities": a name where something happens ("in", "at", "into") did not do it.
        if person {
          names.removeAll { span in
            var before = span.lowerBound - 1
            if before >= 0, ["the", "a", "an"].contains(reading.words[before].folded) {
              before -= 1
            }
            // Nor one the sentence calls a place ("in the city of Suzhou"), nor one the
            // documents or WordNet know only as a place ("China's imperial history").
            let calledPlace =
              span.lowerBound >= 2 && reading.words[span.lowerBound - 1].folded == "of"
              && SentenceReading.isPlaceNoun(reading.words[span.lowerBound - 2].folded)
            let known = Set(kinds(named: reading.text(of: span)))
            let bare = span.map { String(reading.words[$0].token.bare) }.joined(separator: " ")
            let onlyPlace =
              known.isEmpty
              && (WordNet.english.map {
                $0.namesPlace(bare, orAnyOf: [])
                  && $0.knows(bare, asNoneOf: ["person", "organization", "social_group"])
              } ?? false)
            return
              (before >= 0
              && Self.placingPrepositions.contains(reading.words[before].folded))
              || calledPlace || known == [.place] || onlyPlace
          }
        }
        // "Who founded the Node.js Security Project?" is not answered by the "Node.js Security
        // Project Working Group": a name that holds a name the question asks about, and more,
        // is a part of it, not who did it. A name of the kind asked for may hold one ("Which
        // test program for the SLS rocket …?", "the SLS Modal Acoustic Test program").
        let kind = kindPhrase(of: question, words: words)
        names.removeAll { span in
          let stems = Set(reading.words[span].map { knowledge.lexicon.canonical($0.stem) })
          return question.names.contains { name in
            !name.isEmpty && !name.isSubset(of: kind) && name.isSubset(of: stems)
              && stems.count > name.count
          }
        }
        if let name = reading.nearest(names) {
          // "Which countries did she tour?": every name joined to it in a list.
          return (reading.sentenceCase(reading.coordinated(name, among: names)), "a name")
        }
        // "Which saint was the confraternity dedicated to?" against "the one dedicated to Saint
        // Luke": the phrase the stranded preposition opens after a word of the question, when
        // it says the kind asked for itself.
        if !person, let noun = question.typeNoun, let preposition = question.stranded,
          !["with", "of"].contains(preposition), coverage + scoreTolerance >= threshold,
          let phrase = reading.nearest(
            reading.phraseSpans(opening: preposition).filter { phrase in
              phrase.lowerBound > 0
                && question.isHeld(reading.words[phrase.lowerBound - 1].stem, in: question.stems)
                && phrase.dropFirst().contains {
                  question.isHeld(noun, in: [reading.words[$0].stem])
                }
            })
        {
          return (
            reading.sentenceCase(reading.series(from: beforeVerb(phrase, in: reading))), "a phrase"
          )
        }
        // "Who is keeping her under house arrest?" against "she has been kept under house
        // arrest by the military junta that runs the country": who did it, in common words,
        // where the clause layer tells and the words say people ("volunteers", "our staff").
        if person, coverage + scoreTolerance >= threshold,
          let doer = commonDoer(in: reading, of: question, words: words)
        {
          return (doer.capitalizingFirstLetter() + ".", "who they are")
        }
        // "What company did he talk about?" asks for a name: a sentence about companies that
        // names none does not say which.
        if person || kindUnsaid || question.typeLemma.map(Self.actsAs) == true { return nil }
      }
      // "What does the wrapping protect the pages from?" against "… adding an extra layer of
      // protection from mold, humidity, and bugs": the phrase the stranded preposition opens,
      // after a word of the question. Not "with", whose phrase goes along with the deed.
      if question.gap == .object, !person, question.typeNoun == nil,
        let preposition = question.stranded, !["with", "of"].contains(preposition),
        coverage + scoreTolerance >= threshold,
        let phrase = reading.nearest(
          reading.phraseSpans(opening: preposition).filter { phrase in
            phrase.lowerBound > 0
              && question.isHeld(reading.words[phrase.lowerBound - 1].stem, in: question.stems)
          })
      {
        return (
          reading.sentenceCase(reading.series(from: beforeVerb(phrase, in: reading))), "a phrase"
        )
      }
      // "What did the two of them send down the row?" against "we … sent juicy pecans to
      // Members sitting down the row": what the clause of the question's verb does it to,
      // whoever the sentence says did it, when the sentence holds most of the question.
      if question.gap == .object, !person, question.typeNoun == nil, question.stranded == nil,
        coverage + scoreTolerance >= threshold,
        let object = objectOfVerb(in: reading, for: question, words: words)
      {
        return (object.capitalizingFirstLetter() + ".", "what was done")
      }
      // "What does any organization based on consent ask of its members?" against "… requires
      // its members to be accountable": the clause whose verb says the question's in other
      // words, done by the question's own subject, answers as it says it, with its own verb.
      if question.gap == .object, !person, question.typeNoun == nil, question.stranded == nil,
        let clause = clauseSayingVerb(in: reading, for: question, words: words)
      {
        return (statement(of: clause, in: reading), "what was done")
      }
      // "What does she like most about the community?" against "What I like the most about the
      // community is that it …".
      if question.gap == .object, let said = whatItIs(in: reading, for: question) {
        return (said, "what it is")
      }
      // A sentence that ends in a colon leaves what it says to the lines after it: "You can
      // file a claim in any of these ways:" names no way.
      guard !leadsIn(reading.sentence) else { return nil }
      // Nor a text's title, which states nothing: "Prime Minister Speech at the … memorial
      // service" does not say which prime minister gave it.
      guard !Self.isTitle(reading.sentence) else { return nil }
      // "What if I'm not Facebook friends with them?" asks what follows a condition: not what
      // a sentence of the opposite condition says ("If you're Facebook friends with …"), and
      // not the condition alone, which the clause that holds the question's words is.
      let whatIf = zip(words, words.dropFirst()).contains {
        $0.folded == "what" && $1.folded == "if"
      }
      // Nor a sentence that states no condition at all.
      if whatIf, Self.conditionDenies(reading) != question.isNegated { return nil }
      // "What is at the bottom of the pyramid?" asks what stands there: a sentence that has the
      // place after another preposition ("from the bottom to the top of the pyramid") does not
      // say.
      if let (preposition, place) = Self.placeAsked(words),
        !reading.words.indices.contains(where: { position in
          let said = reading.words[(position + 1)...].prefix(place.count + Self.placeNounReach)
            .map(\.stem)
          return Self.samePlacePreposition(reading.words[position].folded, preposition)
            && place.allSatisfy { said.contains(knowledge.lexicon.canonical($0)) }
        })
      {
        return nil
      }
      // Nor does one that lacks the kind "In which country was the garden?" asks the phrase of.
      if question.asksFrontedPhrase, question.typeNoun != nil,
        !saysKindWord(in: reading, of: question)
      {
        return nil
      }
      // "What is the name of the author?" asks for a name: only a statement that gives one by
      // a word of naming ("We named the server Willow", "bears the name Webb Island") says
      // it, not one that speaks of names ("I speculated about the names …").
      // Not "I never learned the parrot's name".
      if Self.asksName(words),
        Self.denies(reading)
          || !reading.words.indices.contains(where: { position in
            Self.namingWords.contains(reading.words[position].folded)
              && reading.words[(position + 1)...].prefix(Self.namingReach).contains { next in
                next.token.text.first?.isUppercase == true && next.folded != "i"
                  && !question.nameStems.contains(next.stem)
              }
          })
      {
        return nil
      }
      // Without a kind of phrase to look for, only a closer match answers; or a short sentence
      // that holds every word of the question, though no one clause does ("He studied at home
      // and at age 16 got a job as a newspaper reporter"), answering whole.
      guard coverage + scoreTolerance >= statementThreshold else {
        // Not one that denies something of them ("most booming sounds that people hear are not
        // caused by earthquakes" does not say what causes them).
        guard coverage + scoreTolerance >= Self.spreadWeight,
          reading.words.count <= Self.shortSentence,
          !Self.denies(reading)
        else { return nil }
        return (reading.sentence.text, Self.statement)
      }
      // Nor a clause that denies something, when it lacks some of the question's words in its
      // own (holding them through a pronoun or elsewhere in the sentence): "we don't hire for
      // those roles" does not say which roles make up the team ("The gopher has no name" does
      // say what its name is).
      if whatIf { return (reading.sentence.text, Self.statement) }
      return clause(of: reading, for: question).flatMap { clause in
        let tokens = QuestionText.tokens(clause)
        let stems = knowledge.lexicon.contentStems(tokens)
        let denies =
          tokens.contains { Self.denials.contains($0.folded) }
          && !question.stems.subtracting(Self.functionStems).allSatisfy {
            question.isHeld($0, in: stems)
          }
        return denies ? nil : (clause, Self.statement)
      }
    }
  }

  /// Whether the question asks what something is called: "What is the name of the author?",
  /// "What was her dog's name?".
  static func asksName(_ words: [QuestionToken]) -> Bool {
    let folded = words.map(\.folded)
    guard folded.count > 3, folded[0] == "what", ClauseQuestion.beForms.contains(folded[1])
    else { return false }
    let names: Set<String> = ["name", "names"]
    return names.contains(folded.last ?? "")
      || (folded[2] == "the" && names.contains(folded[3])
        && (folded.count == 4 || folded[4] == "of"))
  }

  /// What `doer` does in the sentence of `reading`: the verb phrases of its clauses whose
  /// subject holds every stem of `doer`, its head one of them, from the first verb to the end of the last role
  /// ("takes your lifestyle information, gives you a health score and then links to …" for
  /// "What does the quiz do?"). Only main clauses, not one of "be", "have" or "do", nor a
  /// passive one, which say what it is or what was done to it. Nil when no clause of the
  /// sentence says so.
  private func deed(in sentence: Sentence, by doer: Set<String>, for question: ClauseQuestion)
    -> String?
  {
    let index = knowledge.clauseIndex
    // "It powers text layout in the Android framework" after a sentence about Minikin: a subject
    // "he", "she" or "it" that the index reads as the doer is the doer.
    lazy var implied = knowledge.sentenceIndex.implied(in: sentence)
    let doing = index.clauses(of: sentence).map { index.clauses[$0] }.filter { clause in
      guard clause.kind == .main, let subject = clause.subject,
        clause.predicate.voice == .active, !Self.emptyVerbs.contains(clause.predicate.lemma)
      else { return false }
      if subject.isPronoun {
        return Self.personalPronouns.contains(subject.text.lowercased())
          && doer.allSatisfy { question.isHeld($0, in: implied) }
      }
      // The doer is the subject's head, not a word describing it ("Mr. Abbas’ control over
      // the PLO means …" says nothing Abbas does).
      return question.holdsDoer(in: knowledge.lexicon.contentStems(subject.text))
        && knowledge.lexicon.contentStems(subject.head).allSatisfy {
          doer.contains($0) || question.isHeld($0, in: doer)
        }
    }
    let ranges = doing.flatMap { clause in
      [clause.predicate.utf8Range] + clause.phrases.filter { $0 != clause.subject }.map(\.utf8Range)
    }
    guard let start = doing.map(\.predicate.utf8Range.lowerBound).min(),
      let end = ranges.map(\.upperBound).max(), start < end
    else { return nil }
    let utf8 = Array(sentence.text.utf8)
    guard end <= utf8.count else { return nil }
    // A bracket the last role opens closes with it: "(UKTI)".
    var close = end
    let opened = utf8[start..<end].count { $0 == UInt8(ascii: "(") }
    if opened > utf8[start..<end].count(where: { $0 == UInt8(ascii: ")") }),
      let bracket = utf8[end...].firstIndex(of: UInt8(ascii: ")"))
    {
      close = bracket + 1
    }
    guard let said = String(bytes: utf8[start..<close], encoding: .utf8) else { return nil }
    return said.capitalizingFirstLetter() + "."
  }

  /// The pronouns that may stand for one doer the sentence does not name.
  private static let personalPronouns: Set<String> = ["he", "she", "it"]

  /// Those of `spans` that start inside the clause holding most of the question's words, or
  /// all of them when none does: "… became a nonprofit in 2006, but the idea of onion routing
  /// began in the mid 1990s" dates the idea by its own clause.
  /// Whether the clauses that hold the time `span` as their own, as the parser reads the
  /// sentence, are all in the present ("which today manufactures gyroscopes"); false when none
  /// does.
  private func timesOnlyThePresent(_ span: SentenceReading.Span, in reading: SentenceReading)
    -> Bool
  {
    let index = knowledge.clauseIndex
    let start = reading.utf8Range(of: span).lowerBound
    let timing = index.clauses(of: reading.sentence).map { index.clauses[$0] }.filter { clause in
      clause.modifiers(.time).contains { $0.utf8Range.contains(start) }
    }
    return !timing.isEmpty && timing.allSatisfy { $0.predicate.tense == .present }
  }

  private func inAskedClause(
    _ spans: [SentenceReading.Span], of reading: SentenceReading, for question: ClauseQuestion
  ) -> [SentenceReading.Span] {
    guard spans.count > 1,
      let extent = knowledge.clauseIndex.extent(in: reading.sentence, holdingMost: question.stems)
    else { return spans }
    let inside = spans.filter { extent.contains(reading.utf8Range(of: $0).lowerBound) }
    return inside.isEmpty ? spans : inside
  }

  /// The lengths of time of `spans` that say how long the thing asked about lasted, when the
  /// question asks by a verb of lasting ("How long does the fellowship last?"): only one that
  /// describes the word for it, a few describing words between at most ("a one-year
  /// fellowship", "a monthly, three-hour open workshop", "two years of punishing war"). Not
  /// any other length the sentence gives ("opened two days ago", "nine hours during the
  /// strike", "a two-hour delay hit the concert"), which says how long something else took.
  /// All of them for another question, or for a sentence that says the lasting ("is
  /// scheduled to run just over 60 days").
  private func lasting(
    _ spans: [SentenceReading.Span], in reading: SentenceReading, for question: ClauseQuestion,
    words: [QuestionToken]
  ) -> [SentenceReading.Span] {
    let verbs = lastingVerbStems(in: words)
    // A sentence that says the lasting itself ("The war lasted six long, bitter years") is
    // read as any other.
    guard !verbs.isEmpty,
      !reading.words.contains(where: { Self.lastingVerbs.contains($0.folded) })
    else { return spans }
    let thing = question.stems.subtracting(verbs).subtracting(Self.functionStems)
    return spans.filter { span in
      guard span.upperBound < reading.words.count,
        let noun = reading.words[span.upperBound...].prefix(Self.lastingReach).firstIndex(where: {
          question.isHeld($0.stem, in: thing)
        })
      else { return false }
      return ((span.upperBound - 1)..<noun).allSatisfy { reading.separator(after: $0).isEmpty }
        && !reading.words[span.upperBound..<noun].contains {
          $0.folded != "of"
            && (WordLists.stopWords.contains($0.folded)
              || WordLists.prepositions.contains($0.folded))
        }
    }
  }

  /// The stems of the question's verbs of lasting: "last" of "How long does it last?".
  private func lastingVerbStems(in words: [QuestionToken]) -> Set<String> {
    Set(
      words.filter { Self.lastingVerbs.contains($0.folded) }.map {
        knowledge.lexicon.canonical($0.stem)
      })
  }

  /// The noun "how many" asks to count, as WordNet's lemma: "kid" of "How many kids …?".
  private func countedLemma(of question: ClauseQuestion, words: [QuestionToken]) -> String? {
    guard question.gap == .quantity, !question.isAmount, let counted = question.counted,
      counted != "of",
      let word = words.first(where: { knowledge.lexicon.canonical($0.stem) == counted })
    else { return nil }
    return WordNet.english?.lemmas(of: word.folded, as: .noun).first
  }

  /// The numbers of `reading` that count a kind of `lemma`: "two daughters" for "kid", an
  /// amount with its currency sign for "money" ("a $3.025M seed round").
  private func kindCounts(in reading: SentenceReading, of lemma: String)
    -> [SentenceReading.Span]
  {
    guard let wordNet = WordNet.english else { return [] }
    // Not in a sentence that says the word itself, whose amounts may be of something else:
    // "will cost an estimated $14 million, and most of the money will come from a … grant".
    if Self.moneyNouns.contains(lemma) {
      let said = Stemmer.stem(lemma)
      guard !reading.words.contains(where: { $0.plainStem == said }) else { return [] }
      // Not what a thing is valued at or worth, a loss, or a price of each.
      return reading.currencySpans().filter { span in
        span.lowerBound == 0
          || !Self.notReceived.contains(reading.words[span.lowerBound - 1].folded)
      }
    }
    return reading.numberSpans().compactMap { span in
      let last = reading.words[span.upperBound - 1]
      var counted = last.folded
      var end = span.upperBound
      // "eighty Prometheus users": the noun after the names that describe it, with them.
      if last.token.isCapitalized || counted.first?.isNumber == true
        || NumberWords.isNumber(Stemmer.stem(counted))
      {
        let after = reading.words.indices[span.upperBound...].prefix(Self.describingNames)
        guard let noun = after.first(where: { !reading.words[$0].token.isCapitalized }) else {
          return nil
        }
        counted = reading.words[noun].folded
        end = noun + 1
      }
      guard counted.first?.isLetter == true, !WordLists.stopWords.contains(counted) else {
        return nil
      }
      // "one principal period", "two major issues", "two school buses": a word in the singular
      // with a noun after it describes that noun, which is what the number counts, though
      // WordNet knows the first as a noun too (a school's principal, an army major). Not
      // "two dogs run", whose plural is the noun counted.
      var head = end
      while head - end < Self.describingWords, head < reading.words.count,
        !WordNet.isPluralNoun(counted),
        case let next = reading.words[head], !next.token.isCapitalized,
        !WordLists.stopWords.contains(next.folded), WordNet.knows(next.folded, as: .noun),
        !WordNet.isMostly(next.folded, .verb, over: .noun)
      {
        counted = next.folded
        head += 1
      }
      end = head
      let isKind = relatedVerbs.answer(["count kind", counted, lemma]) {
        // "people" counts persons: each noun the word may be the plural of.
        let kinds = Set(
          [lemma, knowledge.lexicon.canonical(Stemmer.stem(lemma))]
            + wordNet.lemmas(of: lemma, as: .noun))
        return wordNet.lemmas(of: counted, as: .noun).contains { noun in
          !kinds.contains(noun)
            && kinds.contains { wordNet.isKind(noun, of: $0, senses: Self.kindSenses) }
        }
      }
      return isKind ? span.lowerBound..<end : nil
    }
  }

  /// Nouns for money in general, which a sentence says as an amount with its currency sign.
  private static let moneyNouns: Set<String> = [
    "money", "cash", "funding", "fund", "capital", "financing", "investment",
  ]
  /// Words before an amount that make it no money had or raised: "valued at", "worth",
  /// "lost", "per".
  private static let notReceived: Set<String> = [
    "at", "worth", "lost", "lose", "losing", "loss", "per", "cost", "costs", "spent", "owed",
  ]

  /// How many names may stand between a number and the noun it counts ("eighty Prometheus
  /// users").
  static let describingNames = 2
  /// How many words may stand between a number and the noun it counts, each describing the
  /// next ("one principal period").
  static let describingWords = 2

  /// How many senses of a counted noun are looked up for what it is a kind of.
  static let kindSenses = 2

  /// Whether `name` is all of a name the documents give a person, an organization or a place,
  /// and the kind the question asks for is none of those in WordNet ("record").
  private func isOtherKind(_ name: String, than question: ClauseQuestion) -> Bool {
    guard let lemma = question.typeLemma, let wordNet = WordNet.english else { return false }
    let actors = ["person", "organization", "location", "group"]
    let kinds = kinds(named: name)
    let acts =
      (!kinds.isEmpty && kinds.allSatisfy { [.person, .organization, .place].contains($0) })
      || actors.contains { wordNet.isKind(name.lowercased(), of: $0, senses: 1) }
    return acts && !actors.contains { wordNet.isKind(lemma, of: $0, senses: 2) }
  }

  /// Whether `name` is all of a name the documents give a person.
  private func isPerson(_ name: String) -> Bool { kinds(named: name).contains(.person) }

  /// The kinds of the entities `name`, whole, names.
  private func kinds(named name: String) -> [Entity.Kind] {
    let tokens = QuestionText.tokens(name)
    return knowledge.nameIndex.names(in: tokens, from: 0).filter { $0.end == tokens.count }
      .flatMap(\.entities).map { knowledge.entities[$0].kind }
  }

  /// The one who does what the question asks about, when the sentence names it in capitals
  /// that WordNet knows as nothing, a name of the documents' own ("Aerostar", "Peraton"), and
  /// the name is the doer's whole phrase: "the Port Alder town council" is a council.
  private func unknownDoer(
    in reading: SentenceReading, of question: ClauseQuestion, words: [QuestionToken]
  ) -> SentenceReading.Span? {
    for doer in Self.doers(of: askedClauses(in: reading.sentence, of: question, words: words)) {
      let inside = reading.words.indices.filter { reading.span($0..<($0 + 1), isInside: doer) }
      // The capitals that open the phrase, which ends there or goes on to say where the doer
      // is ("BAE Systems of Broomfield, Colorado").
      guard let first = inside.first,
        reading.utf8Range(of: first..<(first + 1)).lowerBound == doer.lowerBound
      else { continue }
      var end = first
      while end < inside.count + first, reading.words[end].token.isCapitalized { end += 1 }
      let span = first..<end
      guard !span.isEmpty, span.count <= Self.longestName else { continue }
      let text = reading.text(of: span)
      if end == first + inside.count
        || WordLists.prepositions.contains(reading.words[end].folded),
        !reading.words[span].contains(where: { question.nameStems.contains($0.stem) }),
        !WordNet.knows(text.lowercased(), as: .noun)
      {
        return span
      }
    }
    return nil
  }

  /// The most words a doer's name has.
  private static let longestName = 5

  /// Who does what the question asks who did, in the common words of the sentence's clause of
  /// its verb: a phrase whose head WordNet knows first as a person or a group of people ("the
  /// military junta", "existing investors"), no pronoun, and not a name of the question's.
  private func commonDoer(
    in reading: SentenceReading, of question: ClauseQuestion, words: [QuestionToken]
  ) -> String? {
    guard let wordNet = WordNet.english else { return nil }
    let isPeople = { (head: String, text: String) in
      let stems = self.knowledge.lexicon.contentStems(text)
      return head.first?.isLowercase == true && !stems.isEmpty
        && stems.isDisjoint(with: question.nameStems)
        && Self.peopleKinds.contains { wordNet.isKind(head, of: $0, senses: 1) }
    }
    // A "by" after the verb says who did it only with no phrase of what went on around the
    // deed between ("approved despite fierce protests by farmers"), and not after "than" or
    // "not" ("by soldiers rather than by the police").
    let agentSaid = { (between: [String], before: String?) in
      Self.circumstancePrepositions.isDisjoint(with: between)
        && !["than", "not", "instead"].contains(before ?? "")
    }
    let text = Array(reading.sentence.text.utf8)
    let asked = askedClauses(in: reading.sentence, of: question, words: words)
    for clause in asked {
      guard let phrase = Self.doerPhrases(of: [clause]).first, !phrase.isPronoun,
        isPeople(phrase.head, phrase.text)
      else { continue }
      let verb = clause.predicate.utf8Range
      // The subject before an active verb did it.
      guard phrase.utf8Range.lowerBound >= verb.upperBound else { return phrase.text }
      let between =
        String(bytes: text[verb.upperBound..<phrase.utf8Range.lowerBound], encoding: .utf8)
        .map { QuestionText.tokens($0).map(\.folded) } ?? []
      guard between.last == "by",
        agentSaid(Array(between.dropLast()), between.dropLast().last)
      else { continue }
      return phrase.text
    }
    // A passive of the question's verb whose "by" the parser gave to a noun ("kept under
    // house arrest by the military junta"): the "by" phrase soon after the verb, to its first
    // clause or mark, the words that only describe it left off its end.
    guard let verb = question.verb, asked.contains(where: { $0.predicate.voice == .passive })
    else { return nil }
    let uses = reading.words.indices.filter { question.isHeld(verb, in: [reading.words[$0].stem]) }
    for phrase in reading.phraseSpans(opening: "by") {
      guard
        let use = uses.last(where: {
          $0 < phrase.lowerBound && phrase.lowerBound - $0 <= Self.agentReach
        }),
        agentSaid(
          reading.words[(use + 1)..<phrase.lowerBound].map(\.folded),
          reading.words[phrase.lowerBound - 1].folded)
      else { continue }
      var noun = phrase.dropFirst().prefix {
        !Self.agentEnders.contains(reading.words[$0].folded)
      }
      while let last = noun.last, !WordNet.knows(reading.words[last].folded, as: .noun) {
        noun = noun.dropLast()
      }
      guard let last = noun.last, !WordLists.determiners.contains(reading.words[last].folded)
      else { continue }
      let said = reading.text(of: noun.lowerBound..<(last + 1))
      if isPeople(String(reading.words[last].token.bare).lowercased(), said) { return said }
    }
    return nil
  }

  /// How many words may stand between a passive verb and the "by" of who did it: "kept under
  /// house arrest by".
  private static let agentReach = 5
  /// Words that end the noun a "by" takes: a clause or a phrase of its own opens, or another
  /// doer is set against it ("rather than").
  private static let agentEnders: Set<String> = [
    "that", "which", "who", "whom", "whose", "of", "in", "at", "on", "for", "with", "from", "to",
    "as", "when", "while", "after", "before", "because", "since", "rather", "than", "instead",
    "not",
  ]
  /// Prepositions of what went on around a deed: a "by" after their noun is that noun's.
  private static let circumstancePrepositions: Set<String> = [
    "despite", "amid", "amidst", "after", "following", "against", "during", "over", "before",
    "without", "with", "like", "unlike", "besides",
  ]

  /// What a word for people is a kind of.
  private static let peopleKinds = ["person", "social group", "organization"]

  /// Whether a thing of kind `lemma` is an organization ("company", "agency"), the kind of
  /// doer a name of the documents' own most often is. (Not a person: "Which councillors
  /// voted?" is not answered by the council.)
  static func actsAs(_ lemma: String) -> Bool {
    WordNet.english?.isKind(lemma, of: "organization", senses: 1) ?? false
  }

  /// Where the doers of the question's verb stand in its `clauses` (see `askedClauses`): their
  /// subjects, which for a passive the clause layer reads off its "by" phrase.
  private static func doers(of clauses: [Clause]) -> [Range<Int>] {
    doerPhrases(of: clauses).map(\.utf8Range)
  }

  /// The phrases that say who does what `clauses` say.
  private static func doerPhrases(of clauses: [Clause]) -> [Phrase] {
    clauses.compactMap { clause in
      // The agent of a passive is its subject already ("… are fabricated by Aerostar").
      clause.subject ?? clause.arguments.first { $0.preposition == "by" }?.phrase
    }
  }

  /// The objects of `clauses`, active clauses that do what the question asks who did: "a
  /// unique JuliaCon viewing experience" of "to deliver a unique JuliaCon viewing experience" is
  /// what was delivered, not who delivered it.
  private static func doneTo(in clauses: [Clause]) -> [Range<Int>] {
    clauses.filter { $0.predicate.voice == .active }.flatMap { $0.objects.map(\.utf8Range) }
  }

  /// The clauses of `sentence` whose verb is the one a "who" question asks who did (or another
  /// word for it, or a way of doing its common verb).
  private func askedClauses(
    in sentence: Sentence, of question: ClauseQuestion, words: [QuestionToken]
  ) -> [Clause] {
    guard question.gap == .subject, question.verb != nil || question.commonVerb != nil else {
      return []
    }
    let index = knowledge.clauseIndex
    // "Who runs the facility?": "Peraton, which operates the facility" says it in other words.
    let asked = question.verb.flatMap { verb in
      words.first { knowledge.lexicon.canonical($0.stem) == verb }?.folded
    }
    return index.clauses(of: sentence).compactMap { position -> Clause? in
      let lemma = index.clauses[position].predicate.lemma
      guard
        question.verb.map({ question.isHeld($0, in: index.predicateStems[position]) }) == true
          || asked.map({ asked in
            relatedVerbs.answer([asked, lemma, "3"]) {
              WordNet.english?.areRelatedVerbs(asked, lemma, depth: 3) ?? false
            }
          }) == true
          || question.commonVerb.map({ isWayOf($0, lemma) }) == true
      else { return nil }
      return index.clauses[position]
    }
  }

  /// The object of the sentence's active clause whose verb is a word of the question itself
  /// (not "be", "have" or "do", nor a synonym of it: "What does Abbas think Hamas should do?"
  /// is not answered by what "dragging" drags, nor "What does Islamic Jihad want?" by what the
  /// factions seek) or a verb that shares one of its commoner senses ("quantify" for
  /// "measure"), when it says more than the question's own words.
  private func objectOfVerb(
    in reading: SentenceReading, for question: ClauseQuestion, words: [QuestionToken]
  ) -> String? {
    let index = knowledge.clauseIndex
    // The question's own words as written, not their synonym group ("want" is no "seek"), or a
    // verb that shares a commoner sense with one ("quantify" for "measure").
    let asked = Set(
      words.filter { !question.nameStems.contains(knowledge.lexicon.canonical($0.stem)) }.map(
        \.stem))
    let shared = question.sharedVerbsOf.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    // The objects of every clause of that verb, as the parser gives coordinated ones each in
    // a clause of its own ("gathered scythes", "gathered pitchforks").
    var objects: [String] = []
    var ranges: [Range<Int>] = []
    var verb: String?
    for position in index.clauses(of: reading.sentence) {
      let clause = index.clauses[position]
      // Not what was said: "What did the speech say?" asks for its words.
      guard clause.predicate.voice == .active, !clause.predicate.isNegated,
        !Self.emptyVerbs.contains(clause.predicate.lemma),
        !ClauseExtractor.speechVerbs.contains(clause.predicate.lemma),
        asked.contains(Stemmer.stem(clause.predicate.verb.lowercased()))
          || asked.contains(Stemmer.stem(clause.predicate.lemma))
          || shared.contains(knowledge.lexicon.canonical(Stemmer.stem(clause.predicate.lemma))),
        verb == nil || verb == clause.predicate.lemma
      else { continue }
      // Not a phrase the parser cut short ("… available to") or a clause of its own
      // ("the Foundation to serve as a home …, by allowing it", "to have its own funding
      // lines").
      for object in clause.objects where !objects.contains(object.text) {
        let tokens = QuestionText.tokens(object.text)
        let stems = knowledge.lexicon.contentStems(tokens)
        guard stems.contains(where: { !question.isHeld($0, in: question.stems) }),
          Self.readWhole(object.text, tokens: tokens)
        else { continue }
        // The same object of two verbs ("helped found …") once, whole or as the parser read it.
        let whole = throughName(object.utf8Range, in: reading)
        let text = whole?.text ?? object.text
        guard !objects.contains(text) else { continue }
        verb = clause.predicate.lemma
        objects.append(text)
        ranges.append(whole?.range ?? object.utf8Range)
      }
      // "he demanded that Eisenhower apologize …": a verb with no object the parser read may
      // take the "that" clause right after it, to where the sentence goes on to another
      // ("…, but …") or ends.
      // Only of the one the question names: "The judge found that …" is no finding of Hart's.
      if clause.objects.isEmpty, objects.isEmpty, let that = Self.thatClause(after: clause),
        doneByNamed(clause, of: reading.sentence, question: question)
      {
        verb = clause.predicate.lemma
        objects.append(that.text)
        ranges.append(that.range)
      }
    }
    guard let last = objects.last else { return nil }
    if objects.count > 1, let joined = Self.coordinated(ranges, in: reading.sentence.text) {
      return joined
    }
    return objects.count == 1 ? last : objects.dropLast().joined(separator: ", ") + " and " + last
  }

  /// The phrase at `range` (UTF-8 offsets into the sentence) carried on to the end of a name
  /// it cuts short: the parser hangs "for the Advancement of Colored People" on "the National
  /// Association", which the documents' names read as one.
  private func throughName(_ range: Range<Int>, in reading: SentenceReading) -> (
    text: String, range: Range<Int>
  )? {
    let inside = reading.words.indices.filter { reading.span($0..<$0 + 1, isInside: range) }
    guard let first = inside.first, let last = inside.last else { return nil }
    let tokens = reading.nameTokens
    let name = { (start: Int) in
      reading.words[start].token.isCapitalized
        ? knowledge.nameIndex.names(in: tokens, from: start).last?.end : nil
    }
    // A name that starts before the phrase and goes into it ("the Holy Sepulchre" of "the
    // Church of the Holy Sepulchre"), with its "the"; one that starts in it and goes on.
    var start = first
    if let before = (max(0, first - Self.nameReachBack)..<first).first(where: {
      (name($0) ?? 0) > first
    }) {
      start = before > 0 && reading.words[before - 1].folded == "the" ? before - 1 : before
    }
    let end = max(last + 1, inside.compactMap(name).max() ?? 0)
    guard start < first || end > last + 1 else { return nil }
    let longer =
      reading.utf8Range(of: start..<start + 1)
      .lowerBound..<reading.utf8Range(of: (end - 1)..<end).upperBound
    let bytes = Array(reading.sentence.text.utf8)
    guard longer.upperBound <= bytes.count else { return nil }
    return (String(decoding: bytes[longer], as: UTF8.self), longer)
  }
  /// The names of `reading` of more than one word that end in the question's word for a kind,
  /// `typed` ("Hospital Food Standards Panel" for "panel"), with a word of the question's own
  /// among the few before them, none of the question's names in them, and no noun right after
  /// them that they describe ("the Harvard Law School professors").
  private func namesEnding(
    in typed: QuestionToken, in reading: SentenceReading, ledToBy words: [QuestionToken],
    question: ClauseQuestion
  ) -> [SentenceReading.Span] {
    let said = reading.words
    let kind = Stemmer.stem(typed.folded)
    let ledTo = { (span: SentenceReading.Span) in
      said[max(0, span.lowerBound - Self.kindNameReach)..<span.lowerBound].contains { before in
        before.token.text.first?.isLowercase == true
          && !WordLists.stopWords.contains(before.folded)
          && words.contains { $0.stem == before.stem && $0.folded != typed.folded }
      }
    }
    let describesNext = { (span: SentenceReading.Span) in
      span.upperBound < said.count && reading.separator(after: span.upperBound - 1).isEmpty
        && said[span.upperBound].token.text.first?.isLowercase == true
        && WordNet.knows(said[span.upperBound].folded, as: .noun)
    }
    return knowledge.nameIndex.nameRanges(in: reading.nameTokens, capitalizedOnly: true).filter {
      span in
      span.count > 1 && Stemmer.stem(said[span.upperBound - 1].folded) == kind
        && !span.contains { question.nameStems.contains(said[$0].stem) } && ledTo(span)
        && !describesNext(span)
    }
  }

  /// How many words before a name of the kind asked for a word of the question must stand.
  private static let kindNameReach = 3
  /// How far before a phrase a name it cuts may start.
  private static let nameReachBack = 6

  /// Whether an object phrase the parser read, `text` in `tokens`, is whole: not one it cut
  /// short ("… available to", "to maintain strong") nor a clause of its own ("the Foundation
  /// to serve as a home …, by allowing it").
  private static func readWhole(_ text: String, tokens: [QuestionToken]) -> Bool {
    !text.contains(",") && tokens.first?.folded != "to"
      && tokens.last.map({ unfinishedEndings.contains($0.folded) }) != true
  }

  /// The clause of `reading` whose verb says the one verb of the question that the sentence
  /// lacks by a verb of one of its senses (not one WordNet only puts beside it: "opened" is not
  /// "closed", nor "imported" "exported"), with an object or a "that" clause after it, done by
  /// the question's own subject and plainly stated: "any organization based on consent requires
  /// its members to be accountable" for "What does any organization based on consent ask of its
  /// members?". Every other word of the question must be the sentence's.
  private func clauseSayingVerb(
    in reading: SentenceReading, for question: ClauseQuestion, words: [QuestionToken]
  ) -> Clause? {
    // Not an item of a list, in lower case, which holds under what the line before it says
    // ("the author retains copyright and grants exclusive publishing rights …", one case of
    // several).
    guard let wordNet = WordNet.english, reading.sentence.text.first?.isLowercase != true else {
      return nil
    }
    let index = knowledge.clauseIndex
    let sentenceStems = knowledge.sentenceIndex.stems(of: reading.sentence)
    let lacking = question.stems.subtracting(Self.functionStems).filter {
      !question.isHeldInFamily($0, in: sentenceStems)
    }
    guard lacking.count == 1, let verb = lacking.first, questionVerbs(words).contains(verb)
    else { return nil }
    // An object the parser read whole: not one cut short ("to maintain strong") nor a clause
    // of its own.
    let whole = { (object: Phrase) in
      Self.readWhole(object.text, tokens: QuestionText.tokens(object.text))
        && (WordNet.knows(object.head.lowercased(), as: .noun)
          || object.head.first?.isUppercase == true)
    }
    return index.clauses(of: reading.sentence).map { index.clauses[$0] }.first { clause in
      clause.predicate.voice == .active && !clause.isDenied
        && [nil, "will", "can"].contains(clause.predicate.modality)
        && clause.predicate.hedges.isEmpty
        && !Self.emptyVerbs.contains(clause.predicate.lemma)
        && (clause.objects.contains(where: whole) || Self.thatClause(after: clause) != nil)
        && doneByNamed(clause, of: reading.sentence, question: question)
        && doneByAsked(
          clause, of: reading.sentence, besides: verb, words: words, question: question)
        && says(
          [verb], by: [clause.predicate.lemma], words: words, wordNet: wordNet,
          synonymsOnly: true)
    }
  }

  /// Whether the subject of `clause` holds a word of the question's own subject (the words
  /// between its auxiliary and its verb `verb`, "the storm" of "Did the storm affect the
  /// harvest?"), or where it shows none, a word of the question besides its verb; itself or by
  /// the name its pronoun stands for. "We notify the affected users …" is not what a
  /// notification tells them.
  private func doneByAsked(
    _ clause: Clause, of sentence: Sentence, besides verb: String, words: [QuestionToken],
    question: ClauseQuestion
  ) -> Bool {
    guard let said = subjectStems(of: clause, in: sentence) else { return false }
    let lexicon = knowledge.lexicon
    var asked = question.stems.subtracting([verb])
    if let verbAt = words.firstIndex(where: { lexicon.canonical($0.stem) == verb }),
      let auxiliary = words.prefix(verbAt).firstIndex(where: {
        ClauseQuestion.auxiliaries.contains($0.folded)
      }),
      auxiliary + 1 < verbAt
    {
      // A subject of no content word ("we", "you") is not read here.
      asked = Set(
        lexicon.contentStems(words[(auxiliary + 1)..<verbAt]).map(lexicon.canonical))
    }
    return asked.contains { question.isHeldInFamily($0, in: said) }
  }

  /// Whether the subject of `clause` holds a name the question asks about, itself or by the
  /// "he" or "she" it is; true for a question that names no one.
  private func doneByNamed(_ clause: Clause, of sentence: Sentence, question: ClauseQuestion)
    -> Bool
  {
    guard !question.nameStems.isEmpty else { return true }
    guard let said = subjectStems(of: clause, in: sentence) else { return false }
    return !said.isDisjoint(with: question.nameStems)
  }

  /// The stems of the subject of `clause`, or of the names its pronoun stands for; nil for a
  /// clause without a subject.
  private func subjectStems(of clause: Clause, in sentence: Sentence) -> Set<String>? {
    clause.subject.map { subject in
      subject.isPronoun
        ? knowledge.sentenceIndex.implied(in: sentence)
        : knowledge.lexicon.contentStems(subject.text)
    }
  }

  /// The "that" clause right after the verb of `clause`, with its place in the sentence: its
  /// words up to a semicolon or colon, a comma before a word that joins another clause, or the
  /// end.
  static func thatClause(after clause: Clause) -> (text: String, range: Range<Int>)? {
    let text = clause.citation.text
    let bytes = Array(text.utf8)
    let verbEnd = clause.predicate.utf8Range.upperBound
    guard verbEnd < bytes.count else { return nil }
    let rest = String(decoding: bytes[verbEnd...], as: UTF8.self)
    let opening = rest.prefix { $0 == " " }
    guard rest.dropFirst(opening.count).hasPrefix("that ") else { return nil }
    var said = String(rest.dropFirst(opening.count))
    if let stop = said.firstIndex(where: { ";:".contains($0) }) { said = String(said[..<stop]) }
    for joiner in thatClauseJoiners {
      if let found = said.range(of: ", " + joiner + " ") {
        said = String(said[..<found.lowerBound])
      }
    }
    said = said.trimmingCharacters(in: CharacterSet(charactersIn: " .!?\"”’"))
    guard said.split(separator: " ").count >= 3 else { return nil }
    let start = verbEnd + opening.utf8.count
    return (said, start..<(start + said.utf8.count))
  }

  /// Words that, after a comma, open another clause than a "that" clause's own.
  private static let thatClauseJoiners = [
    "and", "but", "or", "while", "whereas", "although", "though", "so", "which", "who",
  ]

  /// The copies of one coordinated phrase the parser gave a clause each ("any surplus",
  /// "deficit"), as the sentence joins them ("any surplus or deficit", not "… and …"): nil
  /// when anything but commas and joining words stands between them.
  static func coordinated(_ ranges: [Range<Int>], in text: String) -> String? {
    let ordered = ranges.sorted { $0.lowerBound < $1.lowerBound }
    let bytes = Array(text.utf8)
    guard let first = ordered.first, let last = ordered.last, last.upperBound <= bytes.count
    else { return nil }
    for (before, after) in zip(ordered, ordered.dropFirst()) {
      guard before.upperBound <= after.lowerBound else { return nil }
      let between = String(decoding: bytes[before.upperBound..<after.lowerBound], as: UTF8.self)
      let words = between.split(whereSeparator: { $0 == " " || $0 == "," })
      guard words.allSatisfy({ Self.joiningWords.contains($0.lowercased()) }) else { return nil }
    }
    return String(decoding: bytes[first.lowerBound..<last.upperBound], as: UTF8.self)
  }
  /// The words that join the items of a list.
  private static let joiningWords: Set<String> = ["and", "or", "nor", "as", "well", "plus"]

  /// Whether `span` opens with the verb of one of the sentence's passive clauses.
  private func opensPassive(_ span: SentenceReading.Span, in reading: SentenceReading) -> Bool {
    let first = reading.utf8Range(of: span.lowerBound..<(span.lowerBound + 1))
    let index = knowledge.clauseIndex
    return index.clauses(of: reading.sentence).contains { position in
      let predicate = index.clauses[position].predicate
      return predicate.voice == .passive && predicate.utf8Range.overlaps(first)
    }
  }

  /// Verbs that say nothing of what was done.
  private static let emptyVerbs: Set<String> = ["be", "have", "do"]

  /// Whether a clause of `sentence` that holds the question's words outside its names has a
  /// modifier of one of `kinds` (a reason, a purpose): "to avoid war" says why they want to
  /// avoid it, not why Gaza won't be rebuilt.
  private func hasClause(
    in sentence: Sentence, with kinds: [Modifier.Kind], holding question: ClauseQuestion
  ) -> Bool {
    let index = knowledge.clauseIndex
    let words = question.stems.subtracting(question.nameStems).subtracting(Self.functionStems)
    // The copies of one clause that a coordination makes ("The purpose and audience … are
    // described first to explain …" gives one clause for each) hold its words together.
    var held: [String: Set<String>] = [:]
    for position in index.clauses(of: sentence) {
      let clause = index.clauses[position]
      let reasons = clause.modifiers.filter { kinds.contains($0.kind) }
      guard !reasons.isEmpty, clause.predicate.isNegated == question.isNegated else { continue }
      // The words outside the reason: "Hamas' overture comes as Washington gathers support"
      // gives why the overture comes, not why Washington gathers support. Words the parser
      // put before the reason's opening word are outside it ("first" of "described first to
      // explain").
      let outside = clause.phrases.filter { phrase in !reasons.contains { $0.phrase == phrase } }
      let before = reasons.map { reason in
        reason.phrase.text.split(separator: " ").prefix {
          !Self.reasonOpeners.contains($0.lowercased())
        }
        .joined(separator: " ")
      }
      let stems = index.predicateStems[position].union(
        knowledge.lexicon.contentStems((outside.map(\.text) + before).joined(separator: " ")))
      let key = ([clause.predicate.lemma] + reasons.map(\.phrase.text)).joined(separator: "|")
      held[key, default: []].formUnion(stems)
    }
    return held.values.contains { stems in words.allSatisfy { question.isHeld($0, in: stems) } }
  }
  /// The units a length is said in.
  private static let lengthUnits: Set<String> = [
    "meter", "meters", "metre", "metres", "foot", "feet", "mile", "miles", "kilometer",
    "kilometers", "kilometre", "kilometres", "km", "inch", "inches", "centimeter", "centimeters",
    "centimetre", "centimetres", "cm", "mm", "millimeter", "millimeters", "millimetre",
    "millimetres", "yard", "yards", "m", "ft", "mi",
  ]

  /// The words of a sentence that compares: "than", "compared".
  private static let comparingWords: Set<String> = ["than", "compared", "comparison", "versus"]
  /// How many words before a deed "towards" may stand to make it one not yet done: "towards a
  /// stable 1.0 release".
  private static let towardsReach = 4
  private static let towardsWords: Set<String> = ["towards", "toward"]

  /// The words a reason or a purpose opens with.
  private static let reasonOpeners: Set<String> = [
    "to", "because", "for", "so", "since", "as", "in", "due", "thanks",
  ]

  /// Yes or no, from the clause of the sentence that holds every word of the question (or
  /// another word for it): "Yes." when it states it, "No." when it states it negated. A clause
  /// that only may be so ("could", "might"), a number the sentence does not hold, or a negated
  /// question leaves it open.
  private func truth(
    in reading: SentenceReading, for question: ClauseQuestion, words asked: [QuestionToken],
    pronoun: Bool = false
  ) -> (String, String)? {
    guard !question.isNegated else { return nil }
    // "Could we do without these events?" asks the opposite of "We need these events": a
    // "without" the sentence does not say turns the question round, which is not read here.
    if asked.contains(where: { $0.folded == "without" }),
      !reading.words.contains(where: { $0.folded == "without" })
    {
      return nil
    }
    // "Was the first saw mill older than the first grist mill?" compares two things: a
    // sentence that compares nothing ("the older settled localities") says neither. Not "more
    // than 300 pupils", which a number says.
    if let than = asked.firstIndex(where: { $0.folded == "than" }),
      !asked[(than + 1)...].prefix(2).contains(where: { NumberWords.isNumber($0.stem) }),
      !reading.words.contains(where: { Self.comparingWords.contains($0.folded) })
    {
      return nil
    }
    // "Has SvelteKit 1.0 been released yet?" is not said by "We're moving quickly towards a
    // stable 1.0 release": what a sentence only heads towards has not happened.
    // Only a noun's describing words between: not "walked towards the altar and rang the bell".
    let towards = reading.words.indices.filter {
      Self.towardsWords.contains(reading.words[$0].folded)
    }
    if !towards.isEmpty, !asked.contains(where: { Self.towardsWords.contains($0.folded) }),
      question.stems.subtracting(question.nameStems).subtracting(Self.functionStems).contains(
        where: { stem in
          let held = reading.words.indices.filter {
            question.isHeld(stem, in: [reading.words[$0].stem])
          }
          return !held.isEmpty
            && held.allSatisfy { position in
              towards.contains { start in
                start < position && position - start <= Self.towardsReach
                  && reading.words[(start + 1)..<position].allSatisfy { word in
                    WordLists.determiners.contains(word.folded) || NumberWords.isNumber(word.stem)
                      || (WordNet.knows(word.folded, as: .adjective)
                        && !WordNet.isPastForm(word.folded) && !word.folded.hasSuffix("ing"))
                  }
              }
            }
        })
    {
      return nil
    }
    if let listed = listedAs(in: reading, for: question) { return listed }
    // "Did Ana Lindqvist vote for the new bridge?" against "The two votes against came from
    // councillors Tom Whitlock and Ana Lindqvist": the other side of a vote says no; a side
    // taken of something else says nothing ("voted against the toll").
    switch SideTaken(reading.words.map(\.folded), than: asked.map(\.folded)) {
    case .other: return ("No. " + reading.sentence.text, "whether it is so")
    case .unsaid: return nil
    case nil: break
    }
    let index = knowledge.clauseIndex
    let positions = index.clauses(of: reading.sentence)
    let groups = clauseGroups(of: reading.sentence)
    let sentenceStems = knowledge.sentenceIndex.stems(of: reading.sentence)
    // "Ralph" of Ralph Puckett is not missing from a clause that calls him Puckett.
    // "every" held by a sentence that says "all".
    let folded = Set(reading.words.map(\.folded))
    let quantified = asked.filter {
      Self.universalWords.contains($0.folded) && !Self.universalWords.isDisjoint(with: folded)
    }.map(\.stem)
    var words = question.stems.subtracting(Self.functionStems)
      .subtracting(question.givenNames.subtracting(sentenceStems)).subtracting(quantified)
      .subtracting(judgedAs(asked))
    // A verb of the question the sentence says in other words ("drive" by "operate") need not
    // be there itself.
    let lacking = words.filter { !question.isHeldInFamily($0, in: sentenceStems) }
    // Each word weighs the same for whether a verb's clause holds the others.
    let evenWeights = Dictionary(uniqueKeysWithValues: words.map { ($0, 1.0) })
    var verbsSaidOtherwise: Set<String> = []
    if !lacking.isEmpty {
      let verbs = lacking.intersection(questionVerbs(asked))
      // A verb said by its opposite ("falling" for "rising") is not said in other words, though
      // WordNet puts the two under one more general verb.
      let opposed = opposite(in: reading, for: question, words: verbs, asked: asked)?.asked
      verbsSaidOtherwise = verbs.filter { verb in
        verb != opposed
          && saysInOtherWords(
            [verb], sentence: reading.sentence, words: asked, question: question,
            weights: evenWeights)
      }
      // Two verbs said in other words ("encourage … to apply" for "required to follow") say
      // something else.
      guard verbsSaidOtherwise.count <= 1 else { return nil }
      words.subtract(verbsSaidOtherwise)
      // "Does the festival last one day?" is not said by "The main funder of the festival
      // was …": where the verb said in other words leaves only the one thing asked about, a
      // sentence of nothing but "be" says no deed.
      guard
        words.count > 1 || verbsSaidOtherwise.isEmpty
          || positions.contains(where: {
            !["be", "have", "do"].contains(index.clauses[$0].predicate.lemma)
          })
      else { return nil }
    }
    // A word mostly used to describe ("online", "abroad") may stand outside the clause the
    // parser read, so long as the sentence has it: "Estonians can … file taxes online".
    // Looked up only for a word a clause lacks.
    let isDescribing = { (stem: String) in
      !question.nameStems.contains(stem) && question.isHeldInFamily(stem, in: sentenceStems)
        && self.senses(of: stem, in: asked).map(Self.describes) == true
    }
    // The clause that holds `needed`: the sentence's only clause when the sentence is short
    // and holds them (the parser may have left a phrase out of it: "has logged 412 days").
    let holding = { (needed: Set<String>) -> Int? in
      // A clause that holds them all itself comes before one that leaves a describing word to
      // the sentence: "it cannot be made private again", not "Once something is public".
      if let found = positions.indices.first(where: { position in
        needed.allSatisfy { question.isHeldInFamily($0, in: groups[position]) }
      })
        ?? positions.indices.first(where: { position in
          needed.allSatisfy { stem in
            question.isHeldInFamily(stem, in: groups[position])
              || (isDescribing(stem)
                // Not one a clause that denies it holds.
                && !positions.indices.contains { other in
                  question.isHeldInFamily(stem, in: groups[other])
                    && Self.denies(index.clauses[positions[other]])
                })
          }
        })
      {
        return found
      }
      guard !positions.isEmpty,
        needed.allSatisfy({ question.isHeldInFamily($0, in: sentenceStems) })
      else { return nil }
      // Not when a word of the sentence may deny what the clause says, and the clause is not
      // denied itself ("most booming sounds that people hear are not caused by earthquakes",
      // read as its relative clause alone; "with no plans to recover the spacecraft"): which
      // clause the word denies is not read here.
      let denies = Self.denies(reading)
      if positions.count == 1, reading.words.count <= Self.shortSentence {
        return !denies || index.clauses[positions[0]].predicate.isNegated ? 0 : nil
      }
      // Spread over clauses: the clause that lacks only one of them, no name ("the Gull
      // Street Bridge, the narrow steel span").
      guard !denies else { return nil }
      return positions.indices.first { position in
        let outside = needed.filter { !question.isHeldInFamily($0, in: groups[position]) }
        return outside.count == 1 && question.nameStems.isDisjoint(with: outside)
      }
    }
    let holdsNumbers = reading.holdsNumbers(of: question)
    guard holdsNumbers, let found = holding(words) else {
      if holdsNumbers,
        let spread = spreadYes(words, reading: reading, question: question, asked: asked)
      {
        return spread
      }
      // "Was Openscapes launched in 2019?" against "We officially launched Openscapes at the
      // end of 2018": the clause that holds every other word of the question gives the deed
      // another year.
      // Not a year the question bounds ("after 2010"), which another year may well meet.
      let years = words.filter(NumberWords.isYear)
      let bounded = asked.indices.dropFirst().contains { position in
        NumberWords.isYear(asked[position].stem)
          && !["in", "of"].contains(asked[position - 1].folded)
      }
      if !years.isEmpty, !bounded, years.count == words.count(where: NumberWords.isNumber),
        !years.contains(where: reading.holds),
        let found = holding(words.subtracting(years))
      {
        let clause = index.clauses[positions[found]]
        let said = (clause.arguments.map(\.phrase) + clause.modifiers.map(\.phrase)).flatMap {
          QuestionText.tokens($0.text).map(\.stem).filter(NumberWords.isYear)
        }
        if !said.isEmpty, clause.predicate.hedges.isEmpty, !clause.predicate.isNegated,
          !Self.openModals.contains(clause.predicate.modality ?? "")
        {
          // Said with its year, which the clause's own words may leave before it.
          let text = statement(of: clause, in: reading)
          let dated = said.contains { year in text.contains(year) }
          return ("No. " + (dated ? text : reading.sentence.text), "whether it is so")
        }
      }
      // "Was this its first flight?" against "the third flight", "Did it last 50 days?"
      // against "55 days": the sentence says another of the one thing asked about.
      // The clause must speak of the noun a word describes otherwise: "Can open data make
      // government more efficient?" is not denied by "improved efficiency of government
      // services" in a sentence that speaks of "large data volumes" elsewhere. (Another number
      // is another of the one thing asked about: "a two-year mandate".)
      // A clause that denies it already says no in its own way, which the next check reads.
      if let contrasted = contrastedPair(
        in: reading, for: question, words: asked, pronoun: pronoun),
        let found = holding(words.subtracting([contrasted.word])),
        NumberWords.isNumber(contrasted.word)
          || question.isHeldInFamily(contrasted.noun, in: groups[found]),
        case let clause = index.clauses[positions[found]],
        !opensWhether(clause, in: reading, for: question, asked: asked),
        clause.predicate.hedges.isEmpty, !clause.predicate.isNegated,
        !Self.openModals.contains(clause.predicate.modality ?? "")
      {
        return ("No. " + statement(of: clause, in: reading), "whether it is so")
      }
      // "Is it simple to model and predict heat?" against "modeling and predicting heat is
      // complicated", "Were the dinners mandatory?" against "Dinners were optional": a sentence
      // that holds every other word of the question, and in place of its describing word that
      // word's opposite, says no. The opposite is said in the clause that holds the other
      // words, or in one that says what a word of them is ("Given a break from our routine,
      // the world seems larger"). Not a clause that denies, hedges or asks it.
      // Of a verb's opposite, only one done by what the question asks about: "Wages fell as
      // unemployment climbed" says nothing against "Did unemployment rise?", nor "Estria
      // bought the island from Vell" against "Did Vell sell it?". One denied ("Prices did not
      // fall") leaves it open.
      let opposed = opposite(in: reading, for: question, words: words, asked: asked)
      if let opposed, isVerbOpposite(opposed.asked, of: asked),
        let position = positions.indices.first(where: { groups[$0].contains(opposed.said) })
      {
        let clause = index.clauses[positions[position]]
        guard !Self.denies(clause),
          doneByAsked(
            clause, of: reading.sentence, verb: opposed.asked, asked: asked, question: question,
            pronoun: pronoun)
        else { return nil }
      }
      if let opposed, case let others = words.subtracting([opposed.asked]),
        others.allSatisfy({ question.isHeldInFamily($0, in: sentenceStems) }),
        case let holdingOthers = holding(others),
        let found = positions.indices.first(where: { position in
          groups[position].contains(opposed.said)
            && (position == holdingOthers
              || (others.contains { question.isHeldInFamily($0, in: groups[position]) }
                && (index.clauses[positions[position]].predicate.lemma == "be"
                  || Self.linkingVerbStems.contains(
                    Stemmer.stem(index.clauses[positions[position]].predicate.lemma)))))
        }),
        case let clause = index.clauses[positions[found]],
        clause.predicate.hedges.isEmpty, !Self.denies(clause),
        !Self.openModals.contains(clause.predicate.modality ?? ""),
        !opensWhether(clause, in: reading, for: question, asked: asked)
      {
        return ("No. " + statement(of: clause, in: reading), "whether it is so")
      }
      // "Is money still kept in the vaults today?" against "Today money is not stored in
      // the Treasury Building": a clause that denies all the question says but one word,
      // which names no one, says no; two words at least of the clause's own, not names, must
      // be the question's ("Will they tell me …?" is not answered by "We have no control
      // over blogs that say …").
      // Words said by another word (a WordNet synonym) count for a no, which only denies
      // them: "Are the audits mandatory?" against "We are not required to …".
      let outside = words.filter { !question.isHeldInFamily($0, in: sentenceStems) }
      let unsaid = outside.filter { !question.isHeld($0, in: sentenceStems) }
      let saidOtherwise = outside.subtracting(unsaid)
      let holds = { (stem: String, position: Int) in
        question.isHeldInFamily(stem, in: groups[position])
          || (saidOtherwise.contains(stem) && question.isHeld(stem, in: groups[position]))
      }
      guard holdsNumbers, !outside.isEmpty, unsaid.count <= 1,
        question.nameStems.isDisjoint(with: outside),
        let found = saidOtherwise.isEmpty
          ? holding(words.subtracting(outside))
          : positions.indices.first(where: { position in
            words.subtracting(unsaid).allSatisfy { holds($0, position) }
          })
      else { return nil }
      let clause = index.clauses[positions[found]]
      let inClause = words.filter { !question.nameStems.contains($0) && holds($0, found) }
      guard inClause.count >= 2, clause.predicate.hedges.isEmpty,
        !Self.openModals.contains(clause.predicate.modality ?? ""), Self.denies(clause),
        !Self.holdsOnlyAfterThat(clause, words: words, question: question),
        !opensWhether(clause, in: reading, for: question, asked: asked)
      else { return nil }
      return ("No. " + statement(of: clause, in: reading), "whether it is so")
    }
    let clause = index.clauses[positions[found]]
    guard !opensWhether(clause, in: reading, for: question, asked: asked) else { return nil }
    // "The ferry has no lift, so … carried aboard by the crew" denies a lift, not a crew: a
    // clause denied only by "no" before something the question does not ask about says
    // nothing either way of what it does ask.
    if clause.predicate.negation == ["no"] {
      let denied = ([clause.subject, clause.complement].compactMap { $0 } + clause.objects)
        .filter { $0.text.lowercased().hasPrefix("no ") }
      let asksDenied = denied.contains { phrase in
        let stems = knowledge.lexicon.contentStems(phrase.text)
        return words.contains { !question.nameStems.contains($0) && question.isHeld($0, in: stems) }
      }
      if !denied.isEmpty, !asksDenied { return nil }
    }
    // "He used to enjoy short walks" says he did, and no longer does: no yes or no to "Does he
    // still go out for walks?", only to a question of the past.
    if Self.saysUsedTo(clause),
      asked.first.map({ !Self.pastAuxiliaries.contains($0.folded) }) ?? true
    {
      return nil
    }
    // Whether the question asks about the clause's own verb ("Does the city plan to …?",
    // "Did he refuse …?").
    let asksItsVerb = question.stems.contains(
      knowledge.lexicon.canonical(Stemmer.stem(clause.predicate.lemma)))
    // "If the council approves the plan, the bridge will close" says nothing of whether it
    // will, unless the question sets the same condition.
    guard clause.predicate.hedges.isEmpty,
      !Self.openModals.contains(clause.predicate.modality ?? "")
        || Self.asksByModal(clause.predicate, asked: asked),
      clause.modifiers(.condition).isEmpty || asked.contains(where: { $0.folded == "if" }),
      // "Did the city build a library?" against "The city plans to build a library": what a
      // clause aims at is not done, unless the aiming is what the question asks about.
      !ClauseExtractor.aimingVerbs.contains(clause.predicate.lemma) || asksItsVerb
    else { return nil }
    let text = statement(of: clause, in: reading)
    // "Did he apologise?" against "he refused to issue an apology": what a clause refuses, it
    // does not do, unless refusing is what the question asks about.
    let refuses = ClauseExtractor.denyingVerbs.contains(clause.predicate.lemma) && !asksItsVerb
    // "Is it a profit-making company?" against "the non-profit organization": the word the
    // question asks about, negated by its prefix.
    // Not when the word negated by its prefix names who the clause is about: "Non-corporate
    // entities must apply it" says nothing of corporate ones.
    let byPrefix = deniesByPrefix(reading, question: question, words: asked)
    // What the sentence sets apart with "not" is not so, whether or not its clause denies
    // something else too ("does not charge children, and not students either").
    let byContrast = deniesByContrast(reading, question: question, words: asked)
    if byPrefix, clause.subject.map({ $0.text.lowercased().contains("non-") }) == true {
      return nil
    }
    // "This list is not exhaustive": the parser may leave the "not" in what the clause says
    // its subject is, not on its verb.
    // Not "not only a map but also a community", which adds to what it says.
    let deniedComplement =
      clause.complement.map { complement in
        let words = complement.text.lowercased().split(separator: " ").map(String.init)
        return words.first.map(WordLists.negations.contains) == true
          && !(words.count > 1 && ClauseExtractor.additiveWords.contains(words[1]))
      } == true
    // "Nobody signed the letter", "Neither Ann nor Bob attended": a subject that is no one.
    let deniedSubject = clause.deniesItsSubject
    // "The Guild is not a money making venture but a philanthropy": a "not" right before what
    // the clause says its subject is, or before its object, that the parser left off the verb.
    // What comes after "but" is so: the Guild is a philanthropy.
    let deniedBefore = ([clause.complement].compactMap { $0 } + clause.objects).contains {
      phrase in
      let before = String(
        decoding: reading.sentence.text.utf8.prefix(phrase.utf8Range.lowerBound), as: UTF8.self)
      let last = before.split(separator: " ").last.map { Folding.words(String($0)) } ?? ""
      guard ["not", "never"].contains(last) || last.hasSuffix("n't") else { return false }
      // "not just books but also tools" denies nothing.
      let said = phrase.text.lowercased().split(separator: " ").map(String.init)
      guard let first = said.first, !ClauseExtractor.additiveWords.contains(first) else {
        return false
      }
      let parts = phrase.text.components(separatedBy: " but ")
      guard parts.count > 1 else { return true }
      let held = { (text: String) in
        words.count { question.isHeldInFamily($0, in: self.knowledge.lexicon.contentStems(text)) }
      }
      let denied = held(parts[0])
      let affirmed = held(parts.dropFirst().joined(separator: " but "))
      return denied > affirmed || (denied == affirmed && denied > 0)
    }
    // What a denying verb takes ("failed to sign the bill") is the refusal itself, not a second
    // denial of it.
    // One that says there is none of it says no, whichever clause says so and whether or not
    // the clause denies it too ("There are no plans to …").
    let negated =
      byContrast
      || ((clause.predicate.isNegated || deniedComplement || deniedSubject || deniedBefore)
        != refuses)
        != (byPrefix || (!refuses && deniesByObject(reading, question: question)))
      || lacksAsked(reading, question: question, asked: asked)
    // "The Horizon Guild, which will eventually be incorporated" says no yes to whether it is
    // now, only to a question of what will be. A rule said with "will" ("The shop will be
    // closed on Sundays") says what is, and a denial ("No one system will tell us
    // everything") still says no.
    if !negated, clause.predicate.tense == .future,
      reading.words.contains(where: { Self.eventualWords.contains($0.folded) }),
      !asked.contains(where: { Self.futureWords.contains($0.folded) })
    {
      return nil
    }
    // "Can somebody else's key sign me in?" against "only this key will sign you in": what
    // only one does, no other does. A sentence that speaks of no other says nothing of others.
    if asked.contains(where: { Self.others.contains($0.folded) }) {
      let folded = Set(reading.words.map(\.folded))
      if folded.contains("only"), !negated { return ("No. " + text, "whether it is so") }
      guard !folded.isDisjoint(with: Self.others.union(["also", "too"])) else { return nil }
    }
    // "The mill is no longer in operation", where the parser left the denial off the clause.
    let said = reading.words.map(\.folded)
    if !negated, zip(said, said.dropFirst()).contains(where: { $0 == "no" && $1 == "longer" }) {
      return nil
    }
    // "We have no way of showing that the hypothesis is correct" does not deny that it is:
    // a denial whose clause holds the question's words only in what it says "that" of.
    if negated, Self.holdsOnlyAfterThat(clause, words: words, question: question) { return nil }
    // A yes whose verb the sentence says by a verb above it or beside it ("identified as the
    // source" for "linked to", "notify the users" for "told") needs that verb's clauses to
    // hold the question's other words: "Someone told us about volunteers …" does not say they
    // were given decision-making rights, nor "we'll continue to offer mentorship … so new
    // mentors … can apply" that mentors are paid. Names may stand for the clause's pronoun or
    // description ("the farm" of Raw Farm). A synonym or a way of doing the verb
    // ("invited" for "asked", "vacuumed" for "cleaned") says it; a denial of a verb above it
    // denies it too ("can't operate a car").
    if !negated,
      !verbsSaidOtherwise.allSatisfy({ verb in
        saysInOtherWords(
          [verb], sentence: reading.sentence, words: asked, question: question,
          weights: evenWeights, synonymsOnly: true)
          || saysByAWayOf(verb, asked: asked, sentence: reading.sentence)
      })
    {
      // What the verb's clauses say, "that" standing for what follows it ("notify the affected
      // users … and that this is a legal takedown request").
      let sentence = reading.sentence.text
      let said = positions.map { index.clauses[$0] }.filter {
        $0.predicate.lemma == clause.predicate.lemma
      }.flatMap(\.phrases).map { phrase in
        phrase.text.lowercased() == "that"
          ? String(decoding: sentence.utf8.dropFirst(phrase.utf8Range.upperBound), as: UTF8.self)
          : phrase.text
      }
      let own = index.predicateStems[positions[found]].union(
        knowledge.lexicon.contentStems(said.joined(separator: " ")))
      guard let wordNet = WordNet.english,
        says(
          verbsSaidOtherwise, by: [clause.predicate.lemma], words: asked, wordNet: wordNet,
          synonymsOnly: false),
        words.subtracting(question.nameStems).allSatisfy({
          question.isHeldInFamily($0, in: own) || isDescribing($0)
        })
      else { return nil }
    }
    // "It is recommended to have some autonomy, especially if you're not traveling with a
    // partner" says no yes to "Do you have to travel with a partner?": the question's verb is
    // the verb of another clause, which denies it, or hedges it ("had a plan to close the
    // furnace" for "Did the company close the furnace?").
    if !negated, !asksItsVerb {
      let verbs = questionVerbs(asked).subtracting(Self.functionStems)
      // Its verb, or what its "be" says ("you're not traveling", read as "be" and "traveling").
      let deniedElsewhere = positions.indices.contains { other in
        let clause = index.clauses[positions[other]]
        let said = index.predicateStems[positions[other]].union(
          knowledge.lexicon.contentStems(clause.complement?.text ?? ""))
        return other != found && (Self.denies(clause) || !clause.predicate.hedges.isEmpty)
          && !said.isDisjoint(with: verbs)
      }
      if deniedElsewhere { return nil }
    }
    // "Is usage reporting on by default?" against "Usage reporting defaults to off": the
    // sentence says the other state of the thing, which the question's words, no content words,
    // leave out of its score. Only a question that asks what state a thing is in ("Is …
    // on?", not "Did fans stay on?"), against a sentence that says the other state of the same
    // thing ("telemetry is off" is not crash reporting's state).
    if let state = Self.switchedState(in: asked.map(\.folded)),
      Self.says(
        switchedTo: state == "on" ? "off" : "on", notTo: state, in: reading,
        of: { question.isHeld(knowledge.lexicon.canonical($0), in: question.stems) })
    {
      return negated ? nil : ("No. " + text, "whether it is so")
    }
    return ((negated ? "No. " : "Yes. ") + text, "whether it is so")
  }

  /// "on" or "off" where `words` ask of a state: "Is it on by default?", "Was the light off
  /// until dawn?"; not a verb's particle ("Did fans stay on?") nor a preposition ("on the
  /// roof").
  static func switchedState(in words: [String]) -> String? {
    guard let first = words.first, ClauseQuestion.beForms.contains(first) else { return nil }
    return words.indices.dropFirst(2).first { position in
      ["on", "off"].contains(words[position])
        && (position + 1 == words.count || stateFollowers.contains(words[position + 1]))
    }.map { words[$0] }
  }

  /// Whether `reading` says `state` ("on" or "off") of something `asked` holds a word of, by a
  /// verb of being in a state right before it ("is off", "defaults to off", "was switched
  /// off"), and nowhere says `other`.
  private static func says(
    switchedTo state: String, notTo other: String, in reading: SentenceReading,
    of asked: (String) -> Bool
  ) -> Bool {
    let words = reading.words
    guard !words.contains(where: { $0.folded == other }) else { return false }
    return words.indices.contains { position in
      guard words[position].folded == state,
        position + 1 == words.count || !reading.separator(after: position).isEmpty
          || stateFollowers.contains(words[position + 1].folded)
      else { return false }
      // The verb of the state ("defaults to", "was switched", "is"), and what it is said of in
      // the few words before it.
      var verb = position - 1
      if verb > 0 {
        let (said, before) = (words[verb].folded, words[verb - 1].folded)
        if said == "to"
          ? defaultingVerbs.contains(before)
          : settingVerbs.contains(said) && ClauseQuestion.beForms.contains(before)
        {
          verb -= 1
        }
      }
      guard verb > 0,
        ClauseQuestion.beForms.contains(words[verb].folded)
          || stateVerbs.contains(words[verb].folded)
      else { return false }
      // What it is said of, back to the comma or the word that opens its clause.
      var subject: [Int] = []
      for before in stride(from: verb - 1, through: max(0, verb - stateSubjectReach), by: -1) {
        if stateClauseOpeners.contains(words[before].folded)
          || !reading.separator(after: before).isEmpty
        {
          break
        }
        subject.append(before)
      }
      return subject.contains { asked(words[$0].stem) && !stateWords.contains(words[$0].folded) }
    }
  }
  /// Verbs that put a thing in a state, after "is": "is switched off".
  private static let settingVerbs: Set<String> = ["switched", "turned", "left", "set", "kept"]
  /// Verbs that give a thing its state before "to": "defaults to off".
  private static let defaultingVerbs: Set<String> = ["defaults", "default", "set"]
  /// Verbs that say a thing's state: "defaults to off", "stays on".
  private static let stateVerbs = defaultingVerbs.union(["remains", "stays"])
  /// Words that open the clause a state is said in: "…, while telemetry is off".
  private static let stateClauseOpeners: Set<String> = [
    "while", "whereas", "and", "but", "or", "although", "though", "because", "when", "if",
    "unless", "so", "by",
  ]
  /// Words of a state's own, no thing it is said of: "default" of "on by default".
  private static let stateWords: Set<String> = ["default", "defaults", "automatically"]
  /// How many words before the verb of a state the thing it is said of may stand.
  private static let stateSubjectReach = 4

  /// Words after which "on" or "off" says a state with no condition, not a place: "on by
  /// default", "off but …". Not "until", "after" or "when": "on until midnight" is off after.
  private static let stateFollowers: Set<String> = [
    "by", "but", "and", "or", "while", "whereas", "automatically", "now", "yet", "still",
  ]

  /// Whether every word of `words` that `clause` holds stands in what one of its objects says
  /// "that" of ("any current way of showing that the old hypothesis is correct"), and none
  /// before it: a denial of the clause denies the way, not what the "that" says.
  private static func holdsOnlyAfterThat(
    _ clause: Clause, words: Set<String>, question: ClauseQuestion
  ) -> Bool {
    for object in clause.objects {
      let tokens = QuestionText.tokens(object.text)
      guard let that = tokens.firstIndex(where: { $0.folded == "that" }), that > 0 else {
        continue
      }
      let isAsked = { (token: QuestionToken) in
        words.contains { question.isHeld($0, in: [token.stem]) }
      }
      if tokens[that...].contains(where: isAsked), !tokens[..<that].contains(where: isAsked) {
        return true
      }
    }
    return false
  }

  /// Whether what `clause` says is asked by a "whether", not stated ("It is unclear whether the
  /// bridge will reopen", "They will decide whether to close it"): the clause holds the
  /// "whether", or follows it with no comma or semicolon between. Not when the question asks
  /// whether too, nor for a clause after it ("… debated whether to raise taxes, and it
  /// approved the budget").
  private func opensWhether(
    _ clause: Clause, in reading: SentenceReading, for question: ClauseQuestion,
    asked: [QuestionToken]
  ) -> Bool {
    guard !asked.contains(where: { ["whether", "if"].contains($0.folded) }) else { return false }
    let text = reading.sentence.text
    // A phrase of the clause with "whether" that holds the question's words: "unclear whether
    // the bridge will reopen", not "debated whether to raise taxes" for whether the budget was
    // approved.
    let asking = question.stems.subtracting(question.nameStems).subtracting(Self.functionStems)
    let said = clause.phrases.contains { phrase in
      phrase.text.lowercased().split(separator: " ").contains("whether")
        && !knowledge.lexicon.contentStems(phrase.text).isDisjoint(with: asking)
    }
    if said { return true }
    // Nor a clause after "whether", or after "if" that a verb of asking or finding out takes
    // ("asked if I'd ever felt an earthquake before", "to see if it works"), in the stretch
    // of the sentence that ends at the clause's verb: a question asked, not a thing said.
    let verb = clause.predicate.utf8Range.lowerBound
    let before = String(decoding: text.utf8.prefix(verb), as: UTF8.self).lowercased()
    let stretch =
      before.split(omittingEmptySubsequences: false, whereSeparator: { ",;:".contains($0) })
      .last.map { QuestionText.tokens(String($0)).map(\.folded) } ?? []
    if stretch.contains("whether") { return true }
    // The "if" must open the clause itself: not where the if-clause has its own verb and
    // another clause opens after it ("check if the doors are locked before they leave" says
    // that they leave); an opener inside its subject ("if the room where the class takes
    // place is heated") leaves it whole.
    guard var opening = stretch.lastIndex(of: "if") else { return false }
    if let opener = stretch[(opening + 1)...].firstIndex(where: Self.clauseOpeners.contains),
      stretch[(opening + 1)..<opener].contains(where: ClauseQuestion.auxiliaries.contains)
    {
      return false
    }
    // "asked if I was fine and if I'd ever felt …": the first "if" of those joined.
    while opening > 1, ["and", "or"].contains(stretch[opening - 1]),
      let first = stretch[..<(opening - 1)].lastIndex(of: "if")
    {
      opening = first
    }
    return stretch[..<opening].contains { SentenceReading.whetherVerbs.contains(Stemmer.stem($0)) }
  }

  /// The pronouns a sentence may open on for what the sentence before it named: the third
  /// person's, and "this" and "its".
  private static let openingPronouns = WordLists.pronouns.subtracting(["we", "i", "you"])
    .union(["this", "its"])

  /// Words that join a clause of their own to the one before: "so there is …", "before they
  /// leave".
  private static let subordinators: Set<String> = [
    "so", "but", "because", "when", "while", "although", "though", "since",
  ]
  /// Words that open a clause of their own after an "if" clause: "before they leave".
  private static let clauseOpeners = subordinators.union([
    "before", "after", "until", "then", "once", "where", "unless",
  ])

  /// Yes, from a sentence that holds every word of the question though no one clause the
  /// parser read holds them all: "NCI and NLM are parts of NIH" read as two clauses for "Are
  /// NCI and NLM part of NIH?", "an engineer hired by the council" for "Was the engineer
  /// hired by the council?". Nil when the sentence may say otherwise of them: it denies,
  /// or any of its clauses hedges, or it concedes, compares, plans or sets a condition; it
  /// opens on one of the words as an aside ("First, we rename the project"); it lists the
  /// words in different items ("a bachelor's from Mississippi State …, and a doctorate from
  /// …"); it says a verb of the question as no clause's verb, nor as a deed ("an inspection …
  /// by", "evaluation of", "free to use"); or no verb's clauses hold every word together
  /// ("Acme acquired Beta, and Gamma bought Delta" says nothing of Acme buying Delta).
  private func spreadYes(
    _ words: Set<String>, reading: SentenceReading, question: ClauseQuestion,
    asked: [QuestionToken]
  ) -> (String, String)? {
    let lexicon = knowledge.lexicon
    let stem = { (position: Int) in lexicon.canonical(reading.words[position].stem) }
    guard words.count >= 2, !words.isSubset(of: question.nameStems),
      words.allSatisfy({
        question.isHeldInFamily($0, in: knowledge.sentenceIndex.stems(of: reading.sentence))
      }),
      Set(reading.words.map(\.folded)).isDisjoint(with: Self.spreadBlockers), !Self.denies(reading),
      !deniesByPrefix(reading, question: question, words: asked)
    else { return nil }
    if reading.words.count > 1, reading.separator(after: 0).contains(","), words.contains(stem(0)),
      !reading.words.indices.dropFirst().contains(where: { stem($0) == stem(0) })
    {
      return nil
    }
    if let colon = reading.words.indices.dropLast().first(where: {
      reading.separator(after: $0).contains(":")
    }) {
      let held = reading.words.indices.filter { $0 > colon && words.contains(stem($0)) }
      if let first = held.first, let last = held.last,
        (first..<last).contains(where: {
          reading.separator(after: $0).contains(where: ",;".contains)
        })
      {
        return nil
      }
    }
    let index = knowledge.clauseIndex
    let clauses = index.clauses(of: reading.sentence)
    guard saysVerbs(of: words, in: reading, clauses: clauses, question: question, asked: asked)
    else { return nil }
    // The clauses of one verb, with what describes their nouns (relative, participle and
    // appositive clauses), must hold every word: "NCI and NLM are parts of NIH", read as two
    // clauses of "be"; not "Acme acquired Beta, and Gamma bought Delta" for "Did Acme buy
    // Delta?", two main clauses of two verbs.
    let groups = clauseGroups(of: reading.sentence)
    var byVerb: [String: Set<String>] = [:]
    var describing: Set<String> = []
    // A word no clause holds ("At DIME, … we have made those tools … open source") is the
    // sentence's frame, which the parser left out of every clause.
    let inClauses = groups.reduce(into: Set<String>()) { $0.formUnion($1) }
    for (offset, position) in clauses.enumerated() where offset < groups.count {
      let clause = index.clauses[position]
      byVerb[clause.predicate.lemma, default: []].formUnion(groups[offset])
      if [.relative, .participle, .appositive].contains(clause.kind) {
        describing.formUnion(groups[offset])
      }
    }
    guard
      clauses.count <= 1
        || byVerb.values.contains(where: { stems in
          words.allSatisfy {
            question.isHeldInFamily($0, in: stems.union(describing))
              || !question.isHeldInFamily($0, in: inClauses)
          }
        })
    else { return nil }
    let plain = clauses.allSatisfy { position in
      let predicate = index.clauses[position].predicate
      return predicate.hedges.isEmpty && !predicate.isNegated
        && !ClauseExtractor.denyingVerbs.contains(predicate.lemma)
        && (!Self.openModals.contains(predicate.modality ?? "")
          || Self.asksByModal(predicate, asked: asked))
    }
    return plain ? (Self.yes + reading.sentence.text, "whether it is so") : nil
  }

  /// Whether `reading`, whose clauses are at `clauses` of the clause index, says each verb of
  /// the question among `words` as a verb: a clause's verb or what it says its subject is, a noun for the deed with its "of" or "by" ("an
  /// inspection … by", "evaluation of"), an infinitive after an adjective ("free to use"; not
  /// "urged the council to close the pool") or a command ("Check if …").
  private func saysVerbs(
    of words: Set<String>, in reading: SentenceReading, clauses: [Int],
    question: ClauseQuestion, asked: [QuestionToken]
  ) -> Bool {
    let lexicon = knowledge.lexicon
    let index = knowledge.clauseIndex
    let light = Set(Self.lightVerbs.map(lexicon.canonical))
    let verbs = questionVerbs(asked).union([question.verb].compactMap { $0 }).intersection(words)
      .subtracting(light)
    // What a clause says its subject is counts with its verb: "are available" says "exist".
    let said = clauses.map { position in
      index.predicateStems[position].union(
        lexicon.contentStems(index.clauses[position].complement?.text ?? ""))
    }
    return verbs.allSatisfy { verb in
      said.contains { question.isHeldInFamily(verb, in: $0) }
        || reading.words.indices.contains { position in
          question.isHeldInFamily(verb, in: [lexicon.canonical(reading.words[position].stem)])
            && (reading.words[(position + 1)...].prefix(Self.deedReach).contains {
              ["of", "by"].contains($0.folded)
            } || position == 0
              || (position > 1 && reading.words[position - 1].folded == "to"
                && WordNet.knows(reading.words[position - 2].folded, as: .adjective)))
        }
    }
  }

  /// Words that say a sentence may not state its words of each other plainly: a concession,
  /// a claim, a plan or hope, a condition, an exception.
  private static let spreadBlockers: Set<String> = [
    "but", "however", "although", "though", "yet", "instead", "purports", "purport", "purported",
    "eventually", "hope", "hopes", "aim", "aims", "plan", "plans", "planned", "whether", "if",
    "unless", "until", "except", "than", "rather", "unlike", "while", "whereas", "reportedly",
    "allegedly", "apparently",
  ]
  /// How many words after a verb said as a noun its "of" or "by" may stand: "an inspection last
  /// spring by".
  private static let deedReach = 3

  /// What `clause` says, as a yes or no answers with it: a short sentence says it with its
  /// time and place, whole.
  private func statement(of clause: Clause, in reading: SentenceReading) -> String {
    reading.words.count <= Self.shortSentence
      ? reading.sentence.text : ClauseAnswerer(knowledge: knowledge).text(of: clause, filler: nil)
  }

  /// "Is Microsoft a platinum member of the foundation?" against "The Foundation is made up of
  /// companies including Platinum members GoDaddy, IBM, …, Microsoft, …": a name the question
  /// asks about is an item of a list the sentence gives, and every other word of the question
  /// stands before it. Yes, citing the sentence; nil otherwise (the parser seldom reads
  /// a long list into the clause it belongs to).
  private func listedAs(
    in reading: SentenceReading, for question: ClauseQuestion
  ) -> (String, String)? {
    guard !question.names.isEmpty, !Self.denies(reading) else { return nil }
    let lexicon = knowledge.lexicon
    let stems = { (range: ClosedRange<Int>) in
      Set(reading.words[range].map { lexicon.canonical($0.stem) })
    }
    let spans = reading.listSpans()
    for name in question.names where !name.isEmpty {
      let rest = question.stems.subtracting(Self.functionStems).subtracting(name)
      guard !rest.isEmpty else { continue }
      for span in spans {
        // Where in the list the name ends, and where it starts.
        guard let end = span.first(where: { name.isSubset(of: stems(span.lowerBound...$0)) })
        else { continue }
        let start =
          (span.lowerBound...end).last { name.isSubset(of: stems($0...end)) } ?? span.lowerBound
        let before = Set(reading.words[..<start].map { lexicon.canonical($0.stem) })
        if rest.allSatisfy({ question.isHeldInFamily($0, in: before) }) {
          return (Self.yes + reading.sentence.text, "whether it is so")
        }
      }
    }
    return nil
  }

  /// The stems of the words from the question word to the auxiliary after the noun of the kind
  /// asked for, or to the end: "SLS" of "Which test program for the SLS rocket did Reyes
  /// lead?", every word of "Which Apollo mission landed first?".
  private func kindPhrase(of question: ClauseQuestion, words: [QuestionToken]) -> Set<String> {
    let lexicon = knowledge.lexicon
    guard let noun = question.typeNoun,
      var end = words.firstIndex(where: { lexicon.canonical($0.stem) == noun })
    else { return [] }
    let start = words[..<end].lastIndex { ["what", "which"].contains($0.folded) } ?? end
    while end + 1 < words.count, !ClauseQuestion.auxiliaries.contains(words[end + 1].folded) {
      end += 1
    }
    return Set(words[start...end].map { lexicon.canonical($0.stem) })
  }

  /// The `stems` every word of `text` with that stem is written with a capital away from the
  /// start of the sentence: words of a name ("Working" of "Working Group"). The text is read
  /// only when there is a stem to look for.
  /// The words that make a clause's subject stand for another phrase: "which", "who".
  private static let relativeWords: Set<String> = ["who", "which", "that", "whom", "whose"]

  static func onlyInNames(_ stems: Set<String>, of text: String, lexicon: Lexicon) -> Set<String> {
    guard !stems.isEmpty else { return [] }
    let words = QuestionText.tokens(text)
    return stems.filter { stem in
      let uses = words.indices.filter { lexicon.canonical(words[$0].stem) == stem }
      return !uses.isEmpty
        && uses.allSatisfy { $0 > 0 && words[$0].original.first?.isUppercase == true }
    }
  }

  /// What a verb of the question is worth when a sentence says it by a verb that shares one of
  /// its senses (measured on the blind sets: 0.6 gains 4 right answers and, with the kind asked
  /// for said, no wrong one; counting it as another word for it, 0.8 everywhere, adds 19
  /// wrong).
  static let sharedVerbWeight = 0.6

  /// The most of a question's weight one describing word the documents never use may carry.
  private static let unknownShare = 0.35

  /// Words that ask about another than the one a sentence names: "somebody else's key".
  private static let others: Set<String> = ["else", "other", "others", "another"]

  /// What a sentence says a thing is, when its subject is what the question asks of: a clause
  /// opening with "what" ("What I like the most about the community is that it does not
  /// require huge commitments") or another form of a word of the question ("My definition of
  /// success is being happy" for "define"). The complement, without a "that" opening it.
  private func whatItIs(in reading: SentenceReading, for question: ClauseQuestion) -> String? {
    guard !reading.sentence.asks, let complement = reading.copulaComplement() else { return nil }
    let subject = reading.words[..<(complement.lowerBound - 1)]
    let opensWithWhat = subject.first?.folded == "what"
    let verbAsNoun = subject.contains { word in
      question.stems.contains {
        $0 != word.stem && question.family[$0]?.contains(word.stem) == true
      }
    }
    guard opensWithWhat || verbAsNoun else { return nil }
    var said = complement
    if reading.words[said.lowerBound].folded == "that", said.count > 1 {
      said = (said.lowerBound + 1)..<said.upperBound
    }
    return reading.sentenceCase(said)
  }

  /// Whether a yes/no question asks if a thing happened before, with nothing after "before"
  /// but words pointing back: "… before?", "… before that one?".
  static func asksBefore(_ words: [QuestionToken]) -> Bool {
    guard let before = words.lastIndex(where: { $0.folded == "before" }) else { return false }
    return words[(before + 1)...].allSatisfy { Self.pointingBack.contains($0.folded) }
  }
  private static let pointingBack: Set<String> = ["that", "this", "one", "then", "now", "it"]
  private static let yes = "Yes. "

  /// The stem of the one word of the question the sentence says otherwise, where it says the
  /// rest: a number before the same noun ("50 days" against "55 days") or a word before the
  /// same noun ("electrical engineering" against "mechanical engineering", "first flight"
  /// against "third flight"). Names are never contrasted: a sentence must hold them.
  private func contrast(
    in reading: SentenceReading, for question: ClauseQuestion, words asked: [QuestionToken],
    pronoun: Bool
  ) -> String? {
    contrastedPair(in: reading, for: question, words: asked, pronoun: pronoun)?.word
  }

  /// A describing word of a question: its stem, its lemmas as an adjective, and the lemmas
  /// WordNet gives as their opposites.
  struct Describing {
    let stem: String
    let lemmas: Set<String>
    let opposites: Set<String>
    /// Whether the word is the question's verb ("rising"), whose opposites are verbs
    /// ("falling"); else it describes, its opposites adjectives.
    var isVerb = false
  }

  /// The words of the question `asked` that have opposites: each word WordNet knows as an
  /// adjective, not a name and not the question's verb ("hurt" of "Did the workshops hurt
  /// their careers?" describes nothing), and each verb of the question that WordNet gives
  /// opposite verbs ("rising", "falling"). Read once per question.
  private func describingWords(of asked: [QuestionToken]) -> [Describing] {
    let text = asked.map(\.original).joined(separator: " ")
    if let known = verbsRead.describing[text] { return known }
    var found: [Describing] = []
    if let wordNet = WordNet.english {
      for token in asked where token.original.first?.isLowercase == true {
        let lemmas = Set(wordNet.lemmas(of: token.folded, as: .adjective))
        let opposites = lemmas.reduce(into: Set<String>()) {
          $0.formUnion(wordNet.antonyms(ofAdjective: $1).filter { !$0.contains(" ") })
        }
        if !opposites.isEmpty {
          let stem = knowledge.lexicon.canonical(token.stem)
          found.append(Describing(stem: stem, lemmas: lemmas, opposites: opposites))
        }
      }
      // A verb has opposites of its own ("fall" for "rise"); not one of every use ("go",
      // "take"), whose opposites say little.
      var verbs: [Describing] = []
      for token in asked where token.original.first?.isLowercase == true {
        let own = Set(wordNet.lemmas(of: token.folded, as: .verb)).subtracting(
          Self.lightVerbLemmas.union(["come", "be", "do"]))
        // With the verbs that say the same ("climbed" for "rising"): a sentence that says one
        // says it, whatever opposite it says of another thing.
        let lemmas = own.reduce(into: own) {
          $0.formUnion(
            wordNet.synonyms(of: $1, as: .verb, senses: ClauseQuestion.senses).filter {
              !$0.contains(" ")
            })
        }
        let opposites = own.reduce(into: Set<String>()) {
          $0.formUnion(wordNet.antonyms(ofVerb: $1).filter { !$0.contains(" ") })
        }.subtracting(Self.lightVerbLemmas)
        if !opposites.isEmpty {
          let stem = knowledge.lexicon.canonical(token.stem)
          verbs.append(Describing(stem: stem, lemmas: lemmas, opposites: opposites, isVerb: true))
        }
      }
      // The question is parsed only when a word of it has an opposite: which words are its
      // verbs decides which opposites count.
      if !found.isEmpty || !verbs.isEmpty {
        let read = questionVerbs(asked)
        found.removeAll { read.contains($0.stem) }
        found += verbs.filter { read.contains($0.stem) }
      }
    }
    verbsRead.describing[text] = found
    return found
  }

  /// The stems of the opposites of each describing word of the question, by the word's stem; in
  /// their plain and compared forms ("larger" for "smaller"). Stems, for scoring every sentence
  /// cheaply; `opposite(in:…)` then reads the one sentence word by word.
  private func oppositeStems(of asked: [QuestionToken], weights: [String: Double])
    -> [String: Set<String>]
  {
    let lexicon = knowledge.lexicon
    var found: [String: Set<String>] = [:]
    for word in describingWords(of: asked) where weights[word.stem, default: 0] > 0 {
      let forms = word.opposites.flatMap {
        [$0] + ClauseQuestion.compared($0, "er") + ClauseQuestion.compared($0, "est")
      }
      found[word.stem, default: []].formUnion(forms.map { lexicon.canonical(Stemmer.stem($0)) })
    }
    return found
  }

  /// A describing word of the question the sentence does not say, with the stem of a word
  /// the sentence says in its place that WordNet gives as its opposite ("complicated" for
  /// "simple", "smaller" for "bigger", "falling" for "rising"). Nil when the sentence has none,
  /// or says a word of the question's own sense too.
  private func opposite(
    in reading: SentenceReading, for question: ClauseQuestion, words: Set<String>,
    asked: [QuestionToken]
  ) -> (asked: String, said: String)? {
    guard let wordNet = WordNet.english else { return nil }
    let lexicon = knowledge.lexicon
    let sentenceStems = Set(reading.words.map(\.stem))
    for word in describingWords(of: asked) {
      let (stem, lemmas, opposites) = (word.stem, word.lemmas, word.opposites)
      let lemmasOf = { (said: String) in
        Set(wordNet.lemmas(of: said, as: word.isVerb ? .verb : .adjective))
      }
      guard words.contains(stem), !question.nameStems.contains(stem),
        !question.isHeldInFamily(stem, in: sentenceStems)
      else { continue }
      // "the test was easy, the exam hard" says both.
      let saysBoth = reading.words.contains { !lemmasOf($0.folded).isDisjoint(with: lemmas) }
      if saysBoth { continue }
      // "The library replaced a large old building" says nothing of how big the library is:
      // an opposite right before a noun the question does not use describes that noun.
      let describesOther = { (position: Int) -> Bool in
        guard position + 1 < reading.words.count, reading.separator(after: position).isEmpty
        else { return false }
        let next = reading.words[position + 1]
        return !WordLists.stopWords.contains(next.folded) && WordNet.knows(next.folded, as: .noun)
          && !question.stems.contains { question.isHeldInFamily($0, in: [next.stem]) }
      }
      // "Can something public be made private again?" asks of "public" too: the question's own
      // word is no opposite of another of its words.
      if let said = reading.words.indices.first(where: { position in
        reading.words[position].token.text.first?.isLowercase == true
          && !lemmasOf(reading.words[position].folded).isDisjoint(with: opposites)
          && !describesOther(position)
          && !question.stems.contains(lexicon.canonical(reading.words[position].stem))
      }) {
        return (stem, lexicon.canonical(reading.words[said].stem))
      }
    }
    return nil
  }

  /// Whether the question's word with the stem `stem` is a verb whose opposites are verbs
  /// ("rising"), not a describing word.
  private func isVerbOpposite(_ stem: String, of asked: [QuestionToken]) -> Bool {
    describingWords(of: asked).contains { $0.stem == stem && $0.isVerb }
  }

  /// Whether `clause` is done by what the question asks about: its subject (or what its "he",
  /// "she" or "it" stands for) holds a word of the question's own subject, the words between
  /// its opening auxiliary and its verb `verb` ("unemployment" of "Did unemployment rise?").
  /// True for a question with no words there, unless they were a `pronoun` a follow-up left
  /// out: "Did they supply the data?" is not denied by "We received the data from them".
  private func doneByAsked(
    _ clause: Clause, of sentence: Sentence, verb: String, asked: [QuestionToken],
    question: ClauseQuestion, pronoun: Bool
  ) -> Bool {
    let lexicon = knowledge.lexicon
    guard let at = asked.firstIndex(where: { lexicon.canonical($0.stem) == verb }), at > 1 else {
      return !pronoun
    }
    let subject = lexicon.contentStems(asked[1..<at]).subtracting(Self.functionStems)
    guard !subject.isEmpty else { return !pronoun }
    guard let said = clause.subject else { return false }
    var stems = lexicon.contentStems(said.text)
    if said.isPronoun {
      stems.formUnion(knowledge.sentenceIndex.implied(in: sentence))
    }
    return subject.contains { question.isHeldInFamily($0, in: stems) }
  }

  /// Whether the phrase `span` is said of what the question asks about: "In which city was the
  /// museum?" is not answered by "Exhibitions that had taken place in Leiden", a phrase of a
  /// relative clause whose subject is something else. True where no relative clause the
  /// parser read holds the phrase, or the clause has no subject.
  private func saysOfAsked(
    _ span: SentenceReading.Span, in reading: SentenceReading, for question: ClauseQuestion
  ) -> Bool {
    let clauses = knowledge.clauseIndex
    let start = reading.utf8Range(of: span).lowerBound
    guard
      let holding = clauses.clauses(of: reading.sentence).first(where: { position in
        clauses.clauses[position].kind == .relative
          && clauses.clauses[position].phrases.contains { $0.utf8Range.contains(start) }
      }),
      let subject = clauses.clauses[holding].subject
    else { return true }
    let said = knowledge.lexicon.contentStems(subject.text)
    return question.stems.subtracting([question.typeNoun].compactMap { $0 }).contains {
      question.isHeld($0, in: said)
    }
  }

  /// The word `contrast(in:for:words:pronoun:)` finds, with the noun it describes ("data" of
  /// "open data").
  private func contrastedPair(
    in reading: SentenceReading, for question: ClauseQuestion, words asked: [QuestionToken],
    pronoun: Bool
  ) -> (word: String, noun: String)? {
    let lexicon = knowledge.lexicon
    let sentenceStems = Set(reading.words.map(\.stem))
    // "publish" of "Will the foundation publish reports?" is its verb, not a word of what the
    // reports are: "public reports" says nothing otherwise.
    let verbs = questionVerbs(asked)
    let openingVerb =
      asked.first.map { ClauseQuestion.auxiliaries.contains($0.folded) } == true
      ? asked.indices.dropFirst().first { WordNet.knows(asked[$0].folded, as: .verb) } : nil
    for (offset, word) in asked.enumerated().dropLast() {
      let stem = lexicon.canonical(word.stem)
      let next = lexicon.canonical(asked[offset + 1].stem)
      // ("crewed" of "the first crewed survey" describes: it follows a word of the phrase.)
      if verbs.contains(stem), offset > 0,
        case let before = asked[offset - 1].folded,
        !WordLists.determiners.contains(before), !NumberWords.isOrdinal(before),
        !NumberWords.isNumber(lexicon.canonical(asked[offset - 1].stem)),
        !WordNet.knows(before, as: .adjective)
      {
        continue
      }
      // "Did every one of them supply polling station data?" read without "them", a
      // follow-up's pronoun: the first word after the opening auxiliary that may be a verb is
      // its verb, whatever the parser makes of the rest.
      if pronoun, offset == openingVerb { continue }
      // "to raise awareness": a word after "to" that is only a verb describes no noun
      // ("public awareness" is not another awareness); "to free delivery" may ("paid").
      if offset > 0, asked[offset - 1].folded == "to", WordNet.knows(word.folded, as: .verb),
        !WordNet.knows(word.folded, as: .adjective)
      {
        continue
      }
      let number = NumberWords.isNumber(stem)
      // "festival" of "Does the festival last one day?" describes no verb ("played last"), as
      // "well" of "well known" does.
      guard
        !verbs.contains(next) || number || !WordNet.knows(word.folded, as: .noun)
          || WordNet.knows(word.folded, as: .verb) || WordNet.knows(word.folded, as: .adjective)
          || WordNet.knows(word.folded, as: .adverb),
        !question.nameStems.contains(stem),
        !question.nameStems.contains(next),
        word.original.first?.isLowercase == true || number,
        !Self.functionStems.contains(stem), !Self.functionStems.contains(next),
        !question.isHeldInFamily(stem, in: sentenceStems),
        // "made its tools available": a plural noun describes no word after it.
        !WordNet.isPluralNoun(word.folded),
        // "at several levels" is not denied by "on many different levels": how many says
        // nothing of what kind.
        !Self.indefiniteQuantities.contains(word.folded)
      else { continue }
      // The noun, with another word of the same kind right before it.
      let others = reading.words.indices.dropFirst().filter { position in
        guard reading.words[position].stem == next else { return false }
        let before = reading.words[position - 1]
        guard before.stem != stem else { return false }
        if number { return NumberWords.isNumber(before.stem) }
        return before.token.text.first?.isLowercase == true
          && !Self.functionStems.contains(before.plainStem)
          && !Self.indefiniteQuantities.contains(before.folded)
          && !NumberWords.isNumber(before.stem) && before.folded.count > 2
      }
      // Not an adjective near the question's in meaning: "a fairly significant part" is a big
      // part. (How many or how often is read on its own: "every" against "not all".) Looked up
      // only for a sentence that has the noun with another word before it.
      guard !others.isEmpty else { continue }
      let like =
        number || Self.quantifierWords.contains(word.folded)
        ? [] : WordNet.english?.likeAdjectives(of: word.folded) ?? []
      if others.contains(where: { !like.contains(reading.words[$0 - 1].folded) }) {
        return (stem, next)
      }
    }
    return nil
  }

  /// Words that say how many or how much without a number, and so nothing of what kind:
  /// "several", "many", "the whole incident" (not another than "the security incident").
  private static let indefiniteQuantities: Set<String> = [
    "several", "many", "numerous", "multiple", "countless", "some", "various", "whole",
    "entire",
  ]

  /// The words of a question that ask for the one that ranks first: "lowest" of "the lowest
  /// maximum", not of "the second lowest".
  private static func superlatives(in asked: [QuestionToken]) -> [String] {
    asked.indices.filter { position in
      isSuperlative(asked[position].folded)
        && (position == 0 || !NumberWords.isOrdinal(asked[position - 1].folded))
    }.map { position in
      // "most of the funding" tells how much, and ranks nothing: a sentence says it with
      // "the majority of" as well.
      position + 1 < asked.count && asked[position + 1].folded == "of"
        ? Self.mostOf : asked[position].folded
    }
  }

  /// What "most of" asks for, which a sentence may say as "the majority of" or "mostly".
  private static let mostOf = "most of"
  private static let mostOfWords: Set<String> = [
    "most", "mostly", "majority", "largely", "mainly", "bulk", "predominantly",
  ]

  /// Whether the sentence ranks otherwise what the question's `superlatives` ask for first:
  /// "the 14th lowest", "second-largest".
  private func ranksOtherwise(_ reading: SentenceReading, superlatives: [String]) -> Bool {
    superlatives.contains { superlative in
      let places = reading.words.indices.filter { reading.words[$0].folded == superlative }
      return !places.isEmpty
        && places.allSatisfy { $0 > 0 && NumberWords.isOrdinal(reading.words[$0 - 1].folded) }
    }
  }

  /// Whether `word` ranks: a superlative in "-est" ("lowest", "largest") or "most", "least".
  private static func isSuperlative(_ word: String) -> Bool {
    (word.hasSuffix("est") && word.count > 4 && WordNet.knows(word, as: .adjective))
      || ["most", "least"].contains(word)
  }

  /// Whether the sentence holds a word of the question only with "non-" before it ("non-profit"
  /// for "profit"), where the question does not say "non" itself.
  private func deniesByPrefix(
    _ reading: SentenceReading, question: ClauseQuestion, words: [QuestionToken]
  ) -> Bool {
    guard !words.contains(where: { $0.folded.hasPrefix("non") }) else { return false }
    let text = reading.sentence.text
    return question.stems.contains { stem in
      let plain = reading.words.filter { $0.stem == stem }
      return !plain.isEmpty
        && plain.allSatisfy { word in
          text[..<word.token.text.startIndex].suffix(4).lowercased() == "non-"
        }
    }
  }

  /// Whether the sentence holds a word of the question only in what it sets apart with "not"
  /// or "never" after a comma, "but" or "and" ("Service animals are working animals, not
  /// pets", "sometimes in invertebrates, and never in mammals"), where the question does not
  /// say "not" itself: the sentence says it is not so.
  private func deniesByContrast(
    _ reading: SentenceReading, question: ClauseQuestion, words: [QuestionToken]
  ) -> Bool {
    guard !words.contains(where: { WordLists.negations.contains($0.folded) }) else {
      return false
    }
    let said = reading.words
    let contrasted = { (position: Int) -> Bool in
      // Past its determiner and preposition, and "single" of "not a single death".
      var before = position - 1
      while before >= 0,
        WordLists.determiners.contains(said[before].folded)
          || WordLists.prepositions.contains(said[before].folded)
          || ["single", "one", "any"].contains(said[before].folded)
      {
        before -= 1
      }
      guard before > 0, ["not", "never"].contains(said[before].folded) else { return false }
      return ["but", "and"].contains(said[before - 1].folded)
        || reading.separator(after: before - 1).contains(",")
    }
    // The rest of the question must be said before the contrast: "Use the stairs, not the
    // lift, which is broken" does not deny that the lift is broken.
    return question.stems.contains { stem in
      let held = said.indices.filter { said[$0].stem == stem }
      guard let first = held.first, held.allSatisfy(contrasted) else { return false }
      return question.stems.subtracting([stem]).subtracting(Self.functionStems).allSatisfy {
        other in
        let holds = { (word: SentenceReading.Word) in
          question.isHeldInFamily(other, in: [word.stem])
        }
        return !said.contains(where: holds) || said[..<first].contains(where: holds)
      }
    }
  }

  /// Whether the sentence refuses what the question asks about: every word it has for one of
  /// the question's words is what a denying verb takes ("he refused evacuation" for "Did he let
  /// himself be evacuated?", "declined the offer" for "Was the offer taken?").
  private func deniesByObject(_ reading: SentenceReading, question: ClauseQuestion) -> Bool {
    let words = reading.words
    let refusing = { (position: Int) -> Bool in
      // The verb before the noun, past its determiner: "refused the offer", "rejected his plan".
      var before = position - 1
      while before >= 0, Self.objectOpeners.contains(words[before].folded) { before -= 1 }
      return before >= 0
        && Self.refusingVerbs.contains(VerbLemma.lemma(of: words[before].folded))
    }
    return question.stems.contains { stem in
      guard !question.nameStems.contains(stem), !Self.functionStems.contains(stem),
        !Self.refusingVerbs.contains(where: {
          knowledge.lexicon.canonical(Stemmer.stem($0)) == stem
        })
      else { return false }
      let held = words.indices.filter { question.isHeldInFamily(stem, in: [words[$0].stem]) }
      return !held.isEmpty && held.allSatisfy(refusing)
    }
  }

  /// Whether the sentence says there is none of what the question asks about: every word it
  /// has for one of the question's nouns comes right after "no", or after "without" and its
  /// article ("a volunteer run project with no budget" for "Does the project have a budget?").
  /// Not for a question that asks about lacking it ("Did they sail without a radio?").
  private func lacksAsked(
    _ reading: SentenceReading, question: ClauseQuestion, asked: [QuestionToken]
  ) -> Bool {
    guard !asked.contains(where: { ["no", "without"].contains($0.folded) }) else { return false }
    let words = reading.words
    let lacked = { (position: Int) -> Bool in
      guard position > 0 else { return false }
      if ["no", "without"].contains(words[position - 1].folded) { return true }
      return position > 1 && ["a", "an", "any"].contains(words[position - 1].folded)
        && words[position - 2].folded == "without"
    }
    return question.stems.contains { stem in
      guard !question.nameStems.contains(stem), !Self.functionStems.contains(stem) else {
        return false
      }
      let held = words.indices.filter { question.isHeldInFamily(stem, in: [words[$0].stem]) }
      return !held.isEmpty && held.allSatisfy(lacked)
    }
  }

  /// Verbs that say what they take is not done or had: "refused evacuation".
  private static let refusingVerbs = ClauseExtractor.denyingVerbs.union(["reject"])

  /// Words between a verb and the noun it takes: "refused the offer", "declined his help".
  private static let objectOpeners = WordLists.determiners.union(["any", "all", "further", "to"])

  /// What WordNet must know a name as for it to answer "who": someone or something that acts.
  private static let actorKinds = ["person", "organization", "social group", "location"]

  /// Words that ask whether a thing is so now: a sentence must say so of now too.
  private static let presentWords: Set<String> = [
    "still", "anymore", "currently", "current", "today", "nowadays", "now", "continue",
    "continues", "remain", "remains", "longer",
  ]

  /// The words that say the same quantity as `word`: "every" as "all" or "each".
  private static func sameQuantifier(_ word: String) -> Set<String> {
    universalWords.contains(word) ? universalWords : [word]
  }

  /// Where `folded` says otherwise of the quantity `word` asks about: "few" for "most", "not
  /// all" or "not every" for "every"; the index of the word after which the noun comes.
  private static func deniedQuantifier(of word: String, in folded: [String]) -> Int? {
    guard universalWords.contains(word) || word == "most" || word == "always" else { return nil }
    for (index, said) in folded.enumerated() {
      if said == "few", index == 0 || folded[index - 1] != "a" { return index }
      if index > 0, negations.contains(folded[index - 1]),
        universalWords.contains(said) || said == "always"
      {
        return index
      }
    }
    return nil
  }

  /// Words for every one of a kind.
  private static let universalWords: Set<String> = ["all", "every", "each"]
  /// Words that deny a quantity after them: "not all".
  private static let negations: Set<String> = ["not", "n't"]
  /// How many words after its quantifier the noun a quantity is said of may stand: "Very few
  /// humans", "Not all foreign leaders".
  private static let quantifiedReach = 4

  /// Words that say a thing is so of one alone: a sentence must say so too.
  private static let exclusiveWords: Set<String> = ["only", "solely", "exclusively", "alone"]

  /// Words that say how many or how often, which a yes or no must find in its sentence. Not
  /// "ever", which asks whether it happened at all: a sentence that says it did says yes, and
  /// one that says it never will says no ("Will there ever be an official Python 2.8
  /// release?" against "There never will be an official Python 2.8 release").
  private static let quantifierWords: Set<String> = [
    "most", "mostly", "all", "every", "always", "usually", "often", "never",
  ]

  /// How many words before a list the noun it lists may stand: "processor types are
  /// supported to one extent or another, including …".
  static let listReach = 10

  /// Whether the question writes the noun with stem `noun` in the plural ("companies").
  private func isPlural(_ noun: String, in words: [QuestionToken]) -> Bool {
    guard WordNet.english != nil,
      let word = words.first(where: { knowledge.lexicon.canonical($0.stem) == noun })?.folded
    else { return false }
    // A word WordNet does not know ("apps") is plural by its "-s".
    guard WordNet.knows(word, as: nil) else {
      return word.hasSuffix("s") && !["ss", "us", "is"].contains { word.hasSuffix($0) }
    }
    return WordNet.isPluralNoun(word)
  }

  /// Where "happen" stands in a question that asks what happens: "What happened to …?", "What
  /// will happen if …?". Nil for another question.
  private static func happenAsked(in words: [QuestionToken]) -> Int? {
    guard words.first?.folded == "what" else { return nil }
    return words.indices.dropFirst().prefix(3).first {
      Stemmer.stem(words[$0].folded) == Stemmer.stem("happen")
    }
  }

  /// Where the clause of a condition or a happening opens in a question that asks what
  /// happens then: "if" of "What happens if I don't pay on time?", "once" of "What will happen
  /// once they are stable?". Nil for another question.
  static func happeningAsked(in words: [QuestionToken]) -> Int? {
    guard let happen = happenAsked(in: words), happen + 2 < words.count,
      ["if", "when", "once", "after", "whenever"].contains(words[happen + 1].folded)
    else { return nil }
    return happen + 1
  }

  /// What a question asks was done to or happened to: the words after "happen to" ("What
  /// happens to any profits from the book?" → "any profits") or after "do" and a preposition
  /// that takes what the deed is done to ("What did the mob do to her office?", "What should I
  /// do with paper records?"), up to the next preposition or clause; `doing` when it asks
  /// for a deed by the question's subject. Nil for another question, and for "do for a
  /// living".
  static func patientAsked(in words: [QuestionToken]) -> (words: [QuestionToken], doing: Bool)? {
    guard words.first?.folded == "what" else { return nil }
    let folded = words.map(\.folded)
    var start: Int?
    var doing = false
    if let happen = happenAsked(in: words), happen + 1 < folded.count, folded[happen + 1] == "to" {
      start = happen + 2
    } else if folded.count > 3, ClauseQuestion.auxiliaries.contains(folded[1]),
      let deed = folded.indices.dropFirst(3).first(where: { ["do", "doing"].contains(folded[$0]) }),
      deed + 2 < folded.count, Self.patientPrepositions.contains(folded[deed + 1]),
      // Not a purpose: "What do sponsors have to do to get approval?"
      !(folded[deed + 1] == "to" && WordNet.knows(folded[deed + 2], as: .verb)
        && (!WordNet.knows(folded[deed + 2], as: .noun)
          || WordNet.isMostly(folded[deed + 2], .verb, over: .noun))),
      !(folded[deed + 1] == "for" && folded.dropFirst(deed + 2).prefix(2).contains("living"))
    {
      start = deed + 2
      doing = true
    }
    guard let start, start < words.count else { return nil }
    let patient = words[start...].prefix { word in
      word.folded == "of" || word.folded == "and"
        || !(WordLists.prepositions.contains(word.folded)
          || Self.patientEnders.contains(word.folded))
    }
    guard !patient.isEmpty else { return nil }
    return (Array(patient), doing)
  }

  /// Prepositions after "do" that take what the deed is done to.
  private static let patientPrepositions: Set<String> = ["to", "with", "about", "for"]
  /// Words that end the thing a deed is done to and open a clause of their own.
  private static let patientEnders: Set<String> = [
    "if", "when", "once", "after", "before", "while", "whenever", "unless", "that", "who",
    "which", "so", "because", "as", "now", "then",
  ]

  /// Whether `reading` tells what happened to `patient.words`, or what the question's subject
  /// did to it: a clause whose object (or the subject of an active clause with no object, "the
  /// field fragments") is the thing, and for a deed, whose subject holds one of the doer's
  /// words. A present passive with nothing more says how the thing stands, not what happens.
  private func undergoes(
    _ patient: (words: [QuestionToken], doing: Bool), in reading: SentenceReading,
    for question: ClauseQuestion
  ) -> Bool {
    let lexicon = knowledge.lexicon
    // A name the sentence says by a pronoun ("her newspaper office" of Ida B. Wells, followed
    // up) is not for its phrase to hold.
    let thing = lexicon.contentStems(
      patient.words.filter { !Self.personalWords.contains($0.folded) }
    ).filter { !question.nameStems.contains($0) || reading.holds($0) }
    guard !thing.isEmpty else { return false }
    let needed = thing.count >= 3 ? thing.count - 1 : thing.count
    // The phrase is of the thing itself, its head one of the thing's words ("issues related to
    // the spacecraft's battery" are not the spacecraft), in its own words or their family: what
    // a sentence says of another word for it may be of something else.
    let holds = { (phrase: Phrase) in
      let stems = lexicon.contentStems(phrase.text)
      return thing.count { question.isHeldInFamily($0, in: stems) } >= needed
        && thing.contains { question.isHeldInFamily($0, in: lexicon.contentStems(phrase.head)) }
    }
    // What a deed is done to: its object, or what it is done "to".
    let doneTo = { (clause: Clause) in
      clause.objects.contains(where: holds)
        || clause.arguments.contains { $0.preposition == "to" && holds($0.phrase) }
    }
    let index = knowledge.clauseIndex
    let undergoing = index.clauses(of: reading.sentence).map { index.clauses[$0] }.filter {
      clause in
      guard clause.kind != .appositive, !Self.emptyVerbs.contains(clause.predicate.lemma) else {
        return false
      }
      if patient.doing {
        guard let doer = question.deedDoer else { return doneTo(clause) }
        guard let subject = clause.subject,
          doer.contains(where: { question.isHeld($0, in: lexicon.contentStems(subject.text)) })
        else { return false }
        return doneTo(clause)
      }
      // A passive of the present with nothing more says how the thing stands, not what
      // happens to it: "The initial copyright of a paper is held".
      if clause.predicate.voice == .passive, clause.predicate.tense == .present,
        clause.predicate.modality == nil, clause.subject == nil, clause.arguments.isEmpty,
        clause.modifiers.isEmpty
      {
        return false
      }
      if clause.objects.contains(where: holds) { return true }
      // The subject of a verb with no object is the thing and nothing more: "the field
      // fragments", not "The Gemini spacecraft grew out of studies" for what happened to the
      // spacecraft.
      guard clause.objects.isEmpty, clause.complement == nil, clause.predicate.voice == .active,
        let subject = clause.subject, holds(subject)
      else { return false }
      return lexicon.contentStems(subject.text).allSatisfy {
        question.isHeldInFamily($0, in: thing)
      }
    }
    return !undergoing.isEmpty
  }

  /// Whether a word denies: "not", "never", "don't".
  private static func isDenial(_ folded: String) -> Bool {
    WordLists.negations.contains(folded) || folded.hasSuffix("n't") || folded.hasSuffix("n’t")
  }

  /// The words by which a question and a text say who they are to each other: the writer's
  /// pronouns and the reader's.
  private static let personalWords = Narrator.pronouns.union([
    "you", "your", "yours", "someone", "one",
  ])

  /// How many words may stand between a deed and the clause that tells when it happens.
  private static let happeningReach = 8
  /// Words that join one clause to another after a comma: the deed of one is not the other's.
  private static let clauseJoiners: Set<String> = ["and", "but", "while", "whereas", "or"]

  /// The fewest words the rest of a sentence says what happens in.
  private static let shortestHappening = 3

  /// The naming word a question ends on ("called" of "What is the approach called?"), if any.
  private static func namingWord(endingOf words: [QuestionToken]) -> QuestionToken? {
    words.last { $0.original.first?.isLetter == true }.flatMap {
      namingWords.contains($0.folded) ? $0 : nil
    }
  }

  /// Whether the name a sentence gives the thing `word` stands for is not the name of one the
  /// question asks about, a person or group ("What is the author's name?"): the word is a
  /// noun of something else, which the question does not use ("an image processing engine
  /// called GEGL").
  private func namesOther(
    _ word: SentenceReading.Word, in reading: SentenceReading, for question: ClauseQuestion,
    words asked: [QuestionToken]
  ) -> Bool {
    guard let wordNet = WordNet.english, !word.token.isCapitalized,
      !WordLists.stopWords.contains(word.folded), WordNet.knows(word.folded, as: .noun),
      !question.isHeld(word.stem, in: question.stems), !wordNet.namesSpeaker(word.folded)
    else { return false }
    // Not where the sentence says who that one is ("The team's mascot is a bear named Bruno").
    return asked.contains { token in
      token.original.first?.isLowercase == true && !WordLists.stopWords.contains(token.folded)
        && wordNet.namesSpeaker(token.folded)
        && !reading.holds(knowledge.lexicon.canonical(token.stem))
    }
  }

  /// The verb of finding in "Where can I find the data?", "Where do you download the
  /// app?": said of anyone ("I", "you", "people"), with the thing found right after it, not a
  /// topic ("find out about", "find more on").
  private static func findingVerb(in words: [QuestionToken]) -> QuestionToken? {
    guard words.count > 4, words[0].folded == "where",
      ["can", "could", "do", "does", "should", "would", "might", "will", "may"].contains(
        words[1].folded),
      Self.anyone.contains(words[2].folded), findingVerbs.contains(words[3].folded),
      !["out", "more", "about", "information", "info", "details"].contains(words[4].folded)
    else { return nil }
    return words[3]
  }

  /// How many words a length of time may stand before the word for what lasts it: "a
  /// three-hour open workshop".
  private static let lastingReach = 3

  /// Whether the condition the sentence states ("if" or "unless" up to a comma or the end)
  /// denies something ("If you lose your card, do not call" states no denied condition), or
  /// nil when the sentence states none.
  private static func conditionDenies(_ reading: SentenceReading) -> Bool? {
    // "Should a member miss three meetings, …" states one too.
    guard
      let opener = reading.words.firstIndex(where: { ["if", "unless"].contains($0.folded) })
        ?? (reading.words.first?.folded == "should" ? 0 : nil)
    else { return nil }
    var end = opener + 1
    while end < reading.words.count, !reading.separator(after: end - 1).contains(",") {
      end += 1
    }
    return reading.words[opener..<end].contains { denials.contains($0.folded) }
  }

  /// Verbs that say how long something goes on, which any length of time says.
  private static let lastingVerbs: Set<String> = [
    "last", "lasts", "lasted", "run", "runs", "ran", "continue", "continues", "continued",
  ]

  /// Whether the phrase `span` opens names a place or a thing that may hold another: a noun
  /// with its article or owner ("in our repository", "on the city website"), or a name ("on
  /// Zenodo"); not a bare noun ("in person", "on request", "in paperback"), "no" ("at no
  /// cost"), a language ("in German") or a form of writing ("in Braille", "in PDF").
  private func holdsThings(_ span: SentenceReading.Span, in reading: SentenceReading) -> Bool {
    guard let wordNet = WordNet.english, span.count > 1 else { return false }
    let first = reading.words[span.lowerBound + 1]
    if Self.holderOpeners.contains(first.folded) {
      return true
    }
    guard first.token.isCapitalized, first.token.text.contains(where: \.isLowercase) else {
      return false
    }
    return !wordNet.isKind(first.folded, of: "language", senses: 2)
      && !wordNet.namesIdea(first.folded)
  }

  /// The words that open a place or a thing that holds another with its article or owner:
  /// "in our repository", "in this folder".
  private static let holderOpeners = WordLists.determiners.union(["this", "that", "each"])

  /// Words that say a thing is there to be had: "available in", "listed on", "posted at".
  private static let availableStems = Set(
    [
      "available", "listed", "posted", "published", "found", "included", "hosted", "provided",
      "accessible", "downloadable",
    ].map(Stemmer.stem))

  /// Verbs of coming by a thing that is kept somewhere.
  private static let findingVerbs: Set<String> = [
    "find", "access", "obtain", "download", "locate", "view",
  ]

  /// Who a question asks of when it asks of anyone.
  private static let anyone: Set<String> = [
    "i", "you", "we", "one", "people", "someone", "anyone", "readers", "users",
  ]

  /// Words of a question that asks what something is called.
  private static let namingWords: Set<String> = [
    "called", "named", "name", "nickname", "nicknamed", "dubbed", "titled", "entitled", "title",
  ]

  /// How many words after a word of naming the name it gives may stand: "named the server
  /// Willow".
  private static let namingReach = 4

  /// "No." from a sentence that says the question's verb (or another word for it) right after
  /// "without", with every other word of the question that no name holds after it.
  private func doneWithout(
    in reading: SentenceReading, for question: ClauseQuestion, words: [QuestionToken]
  ) -> (String, String)? {
    guard !question.isNegated else { return nil }
    let verbs = questionVerbs(words)
    guard !verbs.isEmpty else { return nil }
    for position in reading.words.indices.dropLast()
    where reading.words[position].folded == "without" {
      let next = position + 1
      guard verbs.contains(where: { question.isHeld($0, in: [reading.words[next].stem]) }) else {
        continue
      }
      let after = Set(reading.words[(next + 1)...].prefix(Self.withoutReach).map(\.stem))
      let rest = question.stems.subtracting(Self.functionStems).subtracting(question.nameStems)
        .subtracting(verbs)
      guard !rest.isEmpty, rest.allSatisfy({ question.isHeld($0, in: after) }) else { continue }
      return ("No. " + reading.sentence.text, "whether it is so")
    }
    return nil
  }

  /// How many words after "without" and its verb the question's other words may stand.
  private static let withoutReach = 6

  /// The stems of the words that ask about a name: "called", "named".
  private static let namingStems = Set(["call", "called", "name", "named"].map(Stemmer.stem))

  /// Modals that leave a statement open.
  private static let openModals: Set<String> = ["could", "might", "may", "would", "should"]

  /// Whether a yes or no asks by the clause's own modal ("Should textiles be left uncovered?"
  /// against "Textiles should never be left uncovered"), or asks what may be done of a clause
  /// that says it should not be ("Can a textile be left uncovered?"): the modal is then what
  /// the question asks about, and leaves nothing open.
  /// So does a question of what can be ("Can the enemy attack?", "Could the stresses still
  /// exist?") of a clause that says what may be ("An outlined enemy may be made to attack",
  /// "stresses … may still exist today"): that it may, it can.
  private static func asksByModal(_ predicate: Predicate, asked: [QuestionToken]) -> Bool {
    guard let modal = predicate.modality, let first = asked.first?.folded else { return false }
    return first == modal
      || (["can", "may"].contains(first) && modal == "should" && predicate.isNegated)
      || (possibility.contains(first) && possibility.contains(modal) && !predicate.isNegated)
  }

  /// The modals that say what is possible.
  private static let possibility: Set<String> = ["can", "could", "may", "might"]

  /// The clause of the sentence that holds most of the question's words, as an answer; the
  /// sentence itself when the parser found no clause in it.
  private func clause(of reading: SentenceReading, for question: ClauseQuestion) -> String? {
    let index = knowledge.clauseIndex
    // Not a participle the parser took for a clause's verb ("recover from partially failed
    // token resets").
    let positions = index.clauses(of: reading.sentence).filter {
      !ClauseAnswerer.describesNoun(index.clauses[$0])
    }
    // The question's verb counts as one more word held: "Why did they strip the roof?" asks
    // about the clause whose verb is "strip".
    let held = { (position: Int) in
      index.stems[position].intersection(question.stems).count
        + (index.predicateStems[position].isDisjoint(with: question.stems) ? 0 : 1)
    }
    let best = positions.max { first, second in
      let a = held(first)
      let b = held(second)
      return a != b ? a < b : first > second
    }
    // A short sentence is its own best answer: a clause of it would leave out what it adds
    // ("…, Ian Murdock, and his wife, Debra").
    guard let best, reading.words.count > Self.shortSentence else { return reading.sentence.text }
    let clause = index.clauses[best]
    let filler: Phrase? =
      switch question.gap {
      // Not a bare "in order" the parser cut from its "to make bullets".
      case .reason:
        (clause.modifiers(.reason) + clause.modifiers(.purpose)).first {
          !["in order", "so", "so that", "in order that"].contains($0.text.lowercased())
        }
      case .manner: clause.modifiers(.manner).first
      default: nil
      }
    // A reason the parser did not attach to the clause is elsewhere in the sentence: the
    // sentence says it whole ("Since LRAs are small …, they can fly …").
    if question.gap == .reason && filler == nil { return reading.sentence.text }
    let text = ClauseAnswerer(knowledge: knowledge).text(of: clause, filler: filler)
    // A clause too short to say anything, or cut off before what it goes on to say ("… data
    // that will."), reads better as the sentence.
    let words = text.dropLast().split(separator: " ")
    guard words.count >= 4, let last = words.last,
      !Self.unfinishedEndings.contains(last.lowercased())
    else { return reading.sentence.text }
    return text
  }

  /// Whether `text` says the verb of stem `verb` with `particle` after it, within a few words
  /// ("carried the survey out").
  static func saysParticle(
    _ particle: String, after verb: String, in text: String, lexicon: Lexicon
  ) -> Bool {
    let tokens = QuestionText.tokens(text)
    return tokens.indices.contains { position in
      lexicon.canonical(tokens[position].stem) == verb
        && tokens[(position + 1)...].prefix(Self.particleReach).contains { $0.folded == particle }
    }
  }

  /// The most words between a verb and its particle: "carried the survey out".
  static let particleReach = 4

  /// The numbers of "the two of them" in words whose pronoun is gone: a number, "of", and then
  /// the verb or nothing.
  static func countsOfPronoun(in words: [QuestionToken]) -> [QuestionToken] {
    words.indices.dropLast().filter { position in
      guard NumberWords.value(words[position].folded).map({ $0 > 1 }) == true,
        words[position + 1].folded == "of"
      else { return false }
      guard position + 2 < words.count else { return true }
      let next = words[position + 2]
      return next.original.first?.isLowercase == true
        && !WordLists.determiners.contains(next.folded)
        && (!WordNet.knows(next.folded, as: .noun)
          || WordNet.isMostly(next.folded, .verb, over: .noun))
    }.map { words[$0] }
  }

  /// Whether what `span` says something is held to be ("as constructive") is said of what the
  /// question asks about: its words stand before it, within a few words, and not as the one
  /// who holds it so ("the plan, which the mayor described as bold" says nothing of the mayor;
  /// "Blogging is regarded as …" says it of blogging).
  private func regards(
    _ span: SentenceReading.Span, in reading: SentenceReading, for question: ClauseQuestion,
    words: [QuestionToken]
  ) -> Bool {
    let lexicon = knowledge.lexicon
    let asked = question.stems.subtracting(Self.functionStems)
    let holder = reading.words.indices.contains { position in
      Self.regardingVerbs.contains(reading.words[position].folded) && position > 0
        && !ClauseQuestion.beForms.contains(reading.words[position - 1].folded)
        && reading.words[max(0, position - 2)..<position].contains {
          question.nameStems.union(asked).contains(lexicon.canonical($0.stem))
        }
    }
    let before = Set(
      reading.words[max(0, span.lowerBound - Self.regardedReach)..<span.lowerBound].map(\.stem))
    return !holder
      && asked.allSatisfy { stem in
        question.isHeld(stem, in: before)
          || words.contains {
            Self.regardingVerbs.contains($0.folded) && lexicon.canonical($0.stem) == stem
          }
      }
  }

  /// The verbs by which a question asks what someone said: not "add" or "note", as often of
  /// other deeds.
  private static let sayingVerbs: Set<String> = [
    "say", "said", "says", "tell", "told", "tells", "state", "stated", "states", "claim",
    "claimed", "claims", "declare", "declared", "declares",
  ]

  /// How many words after a name that "by" takes may be a title before another name, who the
  /// one meant is: "joined by NASA astronaut Loral O'Hara".
  static let titleReach = 2

  /// How many words before what a sentence holds something to be ("as constructive") may
  /// name what is so held.
  static let regardedReach = 12

  /// The most words a sentence may have to be answered whole.
  static let shortSentence = 20

  /// Whether a word of the sentence denies something ("not", "no", "never"), in whichever of
  /// its clauses.
  private static func denies(_ reading: SentenceReading) -> Bool {
    reading.words.contains { denials.contains($0.folded) }
  }

  /// Whether `clause` denies what it says: its verb negated ("is not stored"), or its subject,
  /// object or complement led by a word of denial ("There is no limit", "No formal procedure
  /// … is codified").
  private static func denies(_ clause: Clause) -> Bool {
    clause.predicate.isNegated
      || ([clause.subject, clause.complement].compactMap { $0 } + clause.objects).contains {
        phrase in
        let words = phrase.text.lowercased().split(separator: " ").map(String.init)
        // Not a bound: "No fewer than 500 delegates".
        return words.first.map(denials.contains) == true
          && !(words.count > 1 && ClauseExtractor.boundWords.contains(words[1]))
      }
  }

  /// Words that deny what a clause says, wherever they stand.
  private static let denials = WordLists.negations.union([
    "n't", "neither", "without", "none", "nothing", "nobody", "cannot", "can't", "won't",
    "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't",
  ])

  /// What a "what" question asks for when it asks for no kind of phrase.
  private static let statement = "what the sentence states"

  /// Whether `sentence` is its text's opening line without a full stop: its title.
  private static func isTitle(_ sentence: Sentence) -> Bool {
    sentence.number == 1 && !".!?\"”)".contains(sentence.text.last ?? ".")
  }

  /// Words a clause cannot end on: what follows them was cut off.
  private static let unfinishedEndings: Set<String> = [
    "that", "which", "who", "will", "would", "to", "of", "the", "a", "an", "and", "or", "has",
    "have", "had", "is", "are", "was", "were", "when", "where", "can", "could", "be", "been",
    "by", "for", "with", "in", "on", "at", "from", "as", "than", "but",
  ]

  /// Function words (prepositions, conjunctions, pronouns) say how words relate, not what
  /// about: "during", "while". Ordinals and quantity words do: "first flight" is not "third
  /// flight".
  private static let functionStems = Set(
    WordLists.prepositions.union(WordLists.stopWords).subtracting([
      "first", "second", "third", "last", "next", "earlier", "later", "never", "no", "not",
      "only", "most", "least", "more", "less", "many", "much", "few", "several", "all", "every",
    ]).map(Stemmer.stem))

  /// The stems of the units of time.
  private static let timeUnitStems = Set(WordLists.timeUnits.map(Stemmer.stem))

  /// Nouns after "what" that ask for nothing of their own: "what kind of", "what type of".
  private static let emptyTypeNouns = Set(["kind", "type", "sort"].map(Stemmer.stem))

  /// The stems of the words that frame a question as what the document's writer says:
  /// "according to the authors", "do the writers think", "in the author's view", "what does
  /// the letter say". Empty when the question has no such frame.
  static func framing(in words: [QuestionToken]) -> Set<String> {
    var framing: Set<String> = []
    for (position, word) in words.enumerated()
    where writerStems.contains(word.stem) && position > 0
      && ["the", "this", "its", "their"].contains(words[position - 1].folded)
    {
      let before = words[..<(position - 1)].suffix(2).map(\.folded)
      var after = words[(position + 1)...].prefix(2)
      if after.first?.folded == "'s" { after = after.dropFirst() }
      let verb = after.first { framingVerbStems.contains($0.stem) }
      if before == ["according", "to"] || before.last == "in" && after.first?.stem == "view"
        || verb != nil
      {
        framing.insert(word.stem)
        if let verb { framing.insert(verb.stem) }
        if before == ["according", "to"] { framing.insert(Stemmer.stem("according")) }
        if let view = after.first, view.stem == "view" { framing.insert(view.stem) }
      }
    }
    return framing
  }

  /// The stems of the words a reader calls a document's writer and the document by.
  private static let writerStems = Set(
    [
      "author", "writer", "article", "letter", "essay", "piece", "post", "commentary", "leaflet",
      "editorial",
    ].map(Stemmer.stem))

  /// The stems of the verbs a question gives a document's writer: "do the writers think …",
  /// "what do the authors predict …", "according to the authors".
  private static let framingVerbStems = Set(
    [
      "think", "say", "says", "said", "believe", "argue", "claim", "predict", "feel", "consider",
      "suggest", "write", "wrote", "view", "according", "accord", "want", "expect",
    ].map(Stemmer.stem))
}

/// The verbs read in one question's text, and its describing words with their opposites, kept
/// for its answering.
private final class VerbsRead {
  var verbs: [String: Set<String>] = [:]
  var describing: [String: [EvidenceAnswerer.Describing]] = [:]
}

/// Answers remembered by key, for one question's work.
private final class Memo {
  private var answers: [[String]: Bool] = [:]

  /// The answer for `key`, worked out by `work` the first time.
  func answer(_ key: [String], _ work: () -> Bool) -> Bool {
    if let known = answers[key] { return known }
    let found = work()
    answers[key] = found
    return found
  }
}
