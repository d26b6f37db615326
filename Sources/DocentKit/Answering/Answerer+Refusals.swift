import Foundation

extension Answerer {
  /// " It is mentioned in cairo-talks sentence 28." for a refusal about a known name.
  func mentionHint(_ entity: Entity) -> String {
    let sentences = knowledge.mentions(of: entity.id)
    guard !sentences.isEmpty else { return "" }
    let shown = sentences.prefix(6)
    let byDocument = Dictionary(grouping: shown, by: \.document)
    var places = knowledge.documents.compactMap { document -> String? in
      guard let found = byDocument[document.id] else { return nil }
      let numbers = found.map { String($0.number) }
        .joinedAsList(
          conjunction: byDocument.count == 1 && sentences.count == shown.count ? "and" : ","
        )
        .replacingOccurrences(of: " , ", with: ", ")
      return "\(document.id) sentence\(found.count == 1 ? "" : "s") \(numbers)"
    }
    if sentences.count > shown.count { places.append("\(sentences.count - shown.count) more") }
    let listed = places.joinedAsList()
    let verb = entity.plural ? "are" : "is"
    return " \(entity.name.capitalizingFirstLetter()) \(verb) mentioned in \(listed) (see :show)."
  }

  func fill(
    _ template: String, subject: Entity?, object: Entity?, words: String, question: String
  ) -> String {
    template
      .replacingOccurrences(of: "{question}", with: question)
      .replacingOccurrences(of: "{subject}", with: subject?.name ?? "that")
      .replacingOccurrences(of: "{object}", with: object?.name ?? "that")
      .replacingOccurrences(of: "{words}", with: words)
      .split(separator: " ").joined(separator: " ")
      .capitalizingFirstLetter()
  }

  func refusal(
    _ reason: Reply.Reason, _ message: String, question: String, template: Template?,
    intent: String? = nil
  ) -> Outcome {
    Outcome(
      reply: .refusal(reason, message, intent: intent),
      explanation: Explanation(
        question: question, template: template, slots: [], corrections: [], facts: [],
        citations: [], note: message),
      mentioned: [])
  }

  /// False for chit-chat ("How are you today?", "What time is it?"): no name, no pronoun and
  /// no content word the documents use.
  func isAboutTheDocuments(_ parse: Parse, _ tokens: [QuestionToken]) -> Bool {
    // A template of literal words alone ("who wrote the article") was written for such a
    // question; free words must show they are about the documents.
    if parse.slots.contains(where: { $0.kind != .words }) || parse.slots.isEmpty { return true }
    let content = knowledge.lexicon.contentStems(tokens)
    return !content.isEmpty && content.contains { knowledge.documentStems.contains($0) }
  }

  func notUnderstoodMessage(_ tokens: [QuestionToken]) -> String {
    let hint = nearestExample(tokens).map { " A question I can answer: “\($0)”" } ?? ""
    return "I didn't understand that question.\(hint) Type :help for more."
  }

  /// An example of the intent whose templates share the most content words with the
  /// question, if any shares one.
  func nearestExample(_ tokens: [QuestionToken]) -> String? {
    let stems = knowledge.lexicon.contentStems(tokens)
    var best: (example: String, shared: Int)?
    for intent in grammar.intents {
      guard let example = examples.first(where: { $0.intent == intent.id })?.question
      else { continue }
      let words = Set(intent.templates.flatMap(\.pattern.literalStems))
      let shared = words.intersection(stems).count
      if shared > (best?.shared ?? 0) { best = (example, shared) }
    }
    return best?.example
  }

  func ambiguous(_ readings: [Parse], question: String) -> Outcome {
    var lines = ["That question can be read more than one way:"]
    for (index, reading) in readings.enumerated() {
      let slots = reading.slots.map { "“\($0.typed)” as \(describe($0.value))" }
      let detail = slots.isEmpty ? "" : " with " + slots.joined(separator: ", ")
      lines.append("  \(index + 1). \(reading.template.intent)\(detail)")
    }
    lines.append("Please ask it another way.")
    return refusal(.ambiguous, lines.joined(separator: "\n"), question: question, template: nil)
  }

  func describe(_ value: SlotValue) -> String {
    switch value {
    case .entity(let id): phrasing.name(id)
    case .pronoun(let word): "“\(word)”"
    case .unknownName(let text): "the unknown name “\(text)”"
    case .words(let text): "“\(text)”"
    }
  }

  static let auxiliaries: Set<String> = [
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "has", "have", "had", "may", "might", "must",
  ]
  /// Whether a question said back is still in the order it was asked in ("why didn't they
  /// create a foundation", "why was vault security such a worry"): no English after "The
  /// documents don't say". "Who was elected" is in its order already: after "who", "what" or
  /// "which" (and a noun) only a "do" or a "not" leaves a question inverted. Contractions are
  /// read as the question's words are ("didn't" is "did not").
  static func isLeftAsAsked(_ question: String) -> Bool {
    let tokens = QuestionText.tokens(question).prefix(4)
    let words = tokens.map(\.folded)
    guard words.count >= 2,
      let first = question.split(separator: " ").first?.lowercased(),
      questionWords.contains(first)
    else { return false }
    // A "do", or any auxiliary with "not", at `index`.
    let inverting = { (index: Int) in
      index < words.count
        && (["do", "does", "did"].contains(words[index])
          || (auxiliaries.contains(words[index]) && index + 1 < words.count
            && words[index + 1] == "not"))
    }
    if ["why", "where", "when", "how"].contains(words[0]) {
      // "how old was he …", "how quickly was the token …": the auxiliary after the word of
      // degree "how" takes; "how people can …" is in order.
      let degree =
        words[0] == "how" && words.count > 2 && auxiliaries.contains(words[2])
        && tokens.dropFirst().first?.original.first?.isLowercase == true
        && !subjectPronouns.contains(words[1])
        && (WordNet.knows(words[1], as: .adjective) || WordNet.knows(words[1], as: .adverb))
      return auxiliaries.contains(words[1]) || degree
    }
    // "what Basecamp does with …" is in order: a name before "does" is its subject, where a
    // question's noun ("which company did …") is in lower case.
    let named = tokens.dropFirst().first?.original.first?.isUppercase == true
    return inverting(1)
      || (["which", "what", "whose"].contains(words[0]) && !named && inverting(2))
  }

  /// The refusal that quotes the question it could not say back in other words.
  static func quotedRefusal(_ question: String) -> String {
    "The documents don't answer “\(question.capitalizingFirstLetter())?”"
  }

  static let questionWords: Set<String> = [
    "who", "what", "when", "where", "why", "how", "which", "whom", "whose",
  ]

  /// The pronouns that are a whole subject.
  private static let subjectPronouns: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they",
  ]

  /// A name said where a pronoun stood: "his wife" is "Ralph Puckett's wife".
  static func name(_ name: String, standingFor pronoun: String) -> String {
    name + (WordLists.possessivePronouns.contains(pronoun) ? "'s" : "")
  }

  /// The auxiliaries an indirect question puts after its subject: "do" folded into the verb,
  /// a modal kept before it.
  private static let movedAuxiliaries: Set<String> = [
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
    "has", "have", "had",
  ]

  /// The verb `lemma` as it reads once the question's `auxiliary` has moved after the subject:
  /// "do" folded into it ("did use" → "used"), a modal kept before it ("can find").
  private static func verbGroup(_ lemma: String, after auxiliary: String) -> String {
    switch auxiliary {
    case "did": VerbLemma.past(of: lemma)
    case "does": VerbLemma.thirdPerson(of: lemma)
    case "do": lemma
    default: auxiliary + " " + lemma
    }
  }

  /// How many words from the start the auxiliary of a question may stand: "what differences in
  /// doing business did he notice" puts it sixth.
  private static let auxiliaryReach = 7

  /// `question` (no question mark) as an indirect question without its "do" ("what did
  /// astronomers believe" → "what astronomers believed"; "did he go" → "whether he went") and
  /// with a modal after its subject ("where can I find it" → "where I can find it"), its verb
  /// found by the English parser; nil when it has no "do" or modal before a subject and a verb.
  static func withoutDo(_ question: String) -> String? {
    guard let parser = LinkParser.english, let linkage = parser.parseQuestion(question + "?") else {
      return nil
    }
    let extractor = ClauseExtractor(
      sentence: Sentence(document: "", number: 0, text: question, heading: nil), linkage: linkage)
    let words = linkage.words
    let tokens = words.indices.filter { words[$0].kind == .token }
    guard
      let aux = tokens.prefix(Self.auxiliaryReach).first(where: {
        Self.movedAuxiliaries.contains(words[$0].text.lowercased())
      }),
      case let perfect = Self.perfectAuxiliaries.contains(words[aux].text.lowercased()),
      // "who has been told": "has" before "been" or a participle is in its place already.
      !(perfect && aux + 1 < words.count
        && (words[aux + 1].text.lowercased() == "been"
          || linkage.verbForm(of: aux + 1) == .pastParticiple)),
      // The verb after "do" is in its plain form: "putting" in "did the idea of putting
      // reflectors come up" is not it. After "have" it is a participle ("has he served").
      let verb = tokens.first(where: {
        $0 > aux + 1 && extractor.isVerb($0)
          && (Self.fitsAuxiliary($0, aux, words)
            || (perfect && linkage.verbForm(of: $0) == .pastParticiple))
      })
        ?? (extractor.isVerb(aux + 1)
          ? nil : Self.unlinkedVerb(after: aux, in: words, tokens: tokens)),
      words[verb].text.allSatisfy(\.isLetter),
      // "get rid of": a preposition is no verb, nor a modal ("what did many doctors
      // hope stents would do", where the parser took "hope" for a noun).
      !WordLists.prepositions.contains(words[verb].text.lowercased()),
      !(ClauseExtractor.modalsProper.contains(words[verb].text.lowercased())
        && ["did", "does"].contains(words[aux].text.lowercased())),
      // "show up": a particle the parser took for the verb leaves the question as typed.
      !Self.particles.contains(words[verb].text.lowercased()),
      // "which company did NASA work with to adjust": a verb after "to" is not the one.
      !tokens.contains(where: { $0 > aux && $0 < verb && words[$0].text.lowercased() == "to" }),
      // "when did Kestrel balloon come down": a word right after it that is mostly a verb, in
      // its plain form, means the parser took a noun for the verb.
      !(verb + 1 < words.count && isMostlyVerb(words[verb + 1].text.lowercased()) && !perfect)
    else { return nil }
    // "how much did the Gemini program cost": a word more often a noun than a verb, with words
    // after it, may be a noun the parser took for the verb; "did the quake cause only slight
    // damage" an adjective. The question is then left as typed.
    let lemma = words[verb].text.lowercased()
    let next = verb + 1 < words.count ? words[verb + 1].text.lowercased() : ""
    // After a pronoun, the subject is whole and the verb follows: "what pen name did she use
    // for her columns".
    var beforeVerb = verb - 1
    while beforeVerb > aux + 1, Self.isAdverb(words[beforeVerb].text.lowercased()) {
      beforeVerb -= 1
    }
    let afterPronoun = Self.subjectPronouns.contains(words[beforeVerb].text.lowercased())
    // A particle, a determiner or a pronoun after it makes it a verb: "end up", "search the
    // datasets".
    let takesObject =
      Self.particles.contains(next) || WordLists.determiners.contains(next)
      || WordLists.pronouns.contains(next)
    if let wordNet = WordNet.english, !afterPronoun, !takesObject,
      tokens.contains(where: { $0 > verb + 1 }),
      wordNet.senseCount(of: lemma, as: .noun) > wordNet.senseCount(of: lemma, as: .verb)
        // An adjective before a noun ("slight damage"), not a verb before its object ("mean
        // an end").
        || (wordNet.senseCount(of: lemma, as: .adjective) > wordNet.senseCount(of: lemma, as: .verb)
          && !WordLists.stopWords.contains(next) && WordNet.knows(next, as: .noun))
    {
      return nil
    }
    let before = tokens.filter { $0 < aux }
    // "did he go": a yes or no; "what did he do": a question word opens it.
    guard
      before.isEmpty
        || before.contains(where: { questionWords.contains(words[$0].text.lowercased()) })
    else { return nil }
    // A modal stays, after the subject: "where can I find" → "where I can find".
    let auxiliary = words[aux].text.lowercased()
    let form = Self.verbGroup(lemma, after: auxiliary)
    let bytes = Array(question.utf8)
    let text = { (range: Range<Int>) in
      String(
        decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)],
        as: UTF8.self)
    }
    let opening = before.isEmpty ? "whether " : text(0..<words[aux].utf8Offsets.lowerBound)
    var subject = text(words[aux].utf8Offsets.upperBound..<words[verb].utf8Offsets.lowerBound)
      .trimmingCharacters(in: .whitespaces)
    let rest = text(words[verb].utf8Offsets.upperBound..<bytes.count)
    // "why wouldn't humans exist" → "why humans would not exist": the denial stays with its
    // auxiliary, which keeps its own form.
    var verbGroup = form
    for denial in ["n't ", "n’t ", "not "] where subject.lowercased().hasPrefix(denial) {
      subject = String(subject.dropFirst(denial.count))
      verbGroup = auxiliary + " not " + lemma
    }
    // "who must not enter", "which teams did not attend": with no subject between them (the
    // question word is it), the denial stays with its auxiliary, as asked.
    if ["not", "n't", "n’t"].contains(subject.lowercased()) {
      subject = ""
      verbGroup = auxiliary + " not " + lemma
    }
    // "why would humans not exist" → "why humans would not exist".
    if subject.lowercased().hasSuffix(" not") {
      subject = String(subject.dropLast(" not".count))
      verbGroup = auxiliary + " not " + lemma
    }
    // "how can teachers now search" → "how teachers can now search": an adverb that ends the
    // subject goes after an auxiliary that stays.
    if form.hasPrefix(auxiliary + " ") {
      var adverbs: [Substring] = []
      var subjectWords = subject.split(separator: " ")
      while subjectWords.count > 1, let last = subjectWords.last,
        Self.isAdverb(last.lowercased())
      {
        adverbs.insert(subjectWords.removeLast(), at: 0)
      }
      if !adverbs.isEmpty {
        subject = subjectWords.joined(separator: " ")
        verbGroup = verbGroup.replacingOccurrences(
          of: auxiliary + " ", with: auxiliary + " " + adverbs.joined(separator: " ") + " ",
          options: .anchored)
      }
    }
    let joined = opening + subject + " " + verbGroup + rest
    return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `question` (no question mark) as an indirect question with its "be" after the subject
  /// ("what was the previous record" → "what the previous record was"; "where was it shown
  /// to the public" → "where it was shown to the public"; "was BSD make used" → "whether BSD
  /// make was used"); nil when no form of "be" follows its question word.
  static func withoutBe(_ question: String) -> String? {
    guard let parser = LinkParser.english, let linkage = parser.parseQuestion(question + "?") else {
      return nil
    }
    let words = linkage.words
    let lower = { (index: Int) in words[index].text.lowercased() }
    let tokens = words.indices.filter {
      words[$0].kind == .token && words[$0].text.contains(where: { $0.isLetter || $0.isNumber })
    }
    guard
      let be = tokens.prefix(Self.longestOpening).first(where: { Self.beForms.contains(lower($0)) }
      ),
      be == tokens.first || tokens.contains(where: { $0 < be && questionWords.contains(lower($0)) })
    else { return nil }
    let after = tokens.filter { $0 > be }
    // "which subject areas are the most popular": what follows ranks the question word's
    // things, which are the subject; the words are in order already.
    if after.count >= 2, lower(after[0]) == "the",
      ["most", "least"].contains(lower(after[1])) || lower(after[1]).hasSuffix("est"),
      !after.dropFirst(2).contains(where: { words[$0].partOfSpeech == .noun })
    {
      return nil
    }
    // "Which lake was created …", "Who was in charge …": the question word is the subject,
    // and the words are in order already. So they are when a verb comes before "be" ("What
    // made the river look like it was flowing?").
    let isVerbForm = { (index: Int) in
      linkage.verbForm(of: index) != nil
        || (["ing", "ed"].contains { lower(index).hasSuffix($0) }
          && VerbLemma.lemma(of: lower(index)) != lower(index))
    }
    // "how was the number of survey points in each habitat decided": a participle that ends
    // the question, with no other verb before it, is what "be" goes with, right before it.
    // So is one the participle's particle and preposition end ("who was the survey carried
    // out for" → "who the survey was carried out for").
    let trailing = after.reversed().prefix { index in
      Self.particles.contains(lower(index)) || WordLists.prepositions.contains(lower(index))
    }.count
    // Where the participle stands among `after`.
    let participleAt = after.count - 1 - trailing
    if be != tokens.first, trailing <= Self.longestStranding, after.count >= 3 + trailing,
      case let last = after[participleAt],
      Self.endsPassive(lower(last)),
      !linkage.links.contains(where: { $0.right == last && $0.matches("S") }),
      !after.prefix(participleAt).contains(where: {
        Self.clauseOpeners.contains(lower($0)) || auxiliaries.contains(lower($0))
          || ["being", "been"].contains(lower($0))
      })
    {
      let opening = tokens.filter { $0 < be }.enumerated().map { position, index in
        position == 0 ? lower(index) : words[index].text
      }
      return Self.beBeforeParticiple(
        opening: opening, between: after.prefix(participleAt).map { words[$0].text },
        be: lower(be),
        participle: after.suffix(trailing + 1).map { words[$0].text }.joined(separator: " "))
    }
    // "How many turtles are left in the wild": a participle of its own form ("left", "known")
    // right after "be" is in order too (a plural noun, "records", is not one).
    guard let first = after.first, !isVerbForm(first),
      VerbLemma.lemma(of: lower(first)) == lower(first) || lower(first).hasSuffix("s"),
      !WordLists.prepositions.contains(lower(first)),
      words[first].partOfSpeech != .adjective
        || after.dropFirst().first.map({ words[$0].partOfSpeech == .noun }) == true,
      !tokens.contains(where: { $0 < be && linkage.verbForm(of: $0) != nil })
    else { return nil }
    // The predicate: what "be" links to ("was it shown", "is Hamas close to"), or an "-ing"
    // after the subject ("was the balloon flying"), or a participle no noun takes ("were
    // chimneys knocked down"); a participle a noun takes, with words after it, describes the
    // subject ("the kinds of damage seen in the region"). Any other verb leaves the order
    // unclear ("the last version it put out").
    var predicate: Int?
    let isNoun = { (index: Int) in
      words.indices.contains(index) && words[index].partOfSpeech == .noun
    }
    // "were they aboard the station", "was it just as consistent": a pronoun is the whole
    // subject.
    // So is "that" or "this" before an article: "was that the result doctors expected".
    if after.count > 1,
      WordLists.pronouns.contains(lower(first))
        || (["that", "this"].contains(lower(first))
          && ["the", "a", "an"].contains(lower(after[1])))
    {
      predicate = after[1]
    }
    for index in after where index > first && predicate == nil {
      if linkage.links.contains(where: { $0.left == be && $0.right == index && $0.matches("P") }) {
        predicate = index
        break
      }
      // "what the weather is like in Cairo": "like" after the subject's noun, with nothing
      // or a place or time after it, is what "be" links to ("changes like these" is not).
      if lower(index) == "like", isNoun(index - 1),
        !after.contains(where: { $0 == index + 1 })
          || after.contains(where: {
            $0 == index + 1 && WordLists.prepositions.contains(lower($0))
          })
      {
        predicate = index
        break
      }
      // "what are the sysadmins responsible for": a word that describes, after the subject's
      // noun and before no noun of its own, is what "be" links to.
      if words[index].partOfSpeech == .adjective, words[index].text.first?.isLowercase == true,
        isNoun(index - 1), !isNoun(index + 1)
      {
        predicate = index
        break
      }
      // "where are the sealed volumes going": a participle before its noun describes it.
      if isVerbForm(index), index > first, isNoun(index + 1),
        WordLists.determiners.contains(lower(index - 1))
          || words[index - 1].partOfSpeech == .adjective
      {
        continue
      }
      guard isVerbForm(index) else { continue }
      if lower(index).hasSuffix("ing") {
        let before = lower(index - 1)
        // "the shaking" is a noun; "for supporting a plan", "close to agreeing" leave it
        // unclear; a yes or no keeps what follows its subject ("the one heading the board").
        if WordLists.determiners.contains(before) || ["'s", "’s"].contains(before) { continue }
        guard be != tokens.first, before != "to", !WordLists.prepositions.contains(before)
        else { return nil }
        predicate = index
        break
      }
      let taken = linkage.links.contains {
        $0.right == index && ($0.matches("Mv") || $0.matches("Mg"))
      }
      // "how was Puckett wounded the second time": a name alone after "be" is the subject the
      // participle says was done to, not one it describes.
      let nameAlone = index - 1 == first && words[first].text.first?.isUppercase == true
      // "when is a neutron star called a pulsar": a participle with a noun phrase of its own
      // after it is what "be" goes with, not a description of the subject.
      let takesObject = after.contains {
        $0 == index + 1 && ["a", "an", "the"].contains(lower($0))
      }
      if taken, !nameAlone, !takesObject,
        !after.filter({ $0 > index }).allSatisfy({ Self.particles.contains(lower($0)) })
      {
        continue
      }
      guard linkage.verbForm(of: index) == .pastParticiple || taken else { return nil }
      predicate = index
      break
    }
    // "is the author's walk to the library downhill": a phrase a preposition opens, with a
    // describing word after it that ends the question, tells which walk; the describing word
    // is what "be" links to ("whether the author's walk to the library is downhill").
    // Only in a yes or no, after the subject's noun, with the preposition's noun right before
    // the describing word ("he at the meeting" is no subject; "open late" no one word).
    if be == tokens.first, let found = predicate, WordLists.prepositions.contains(lower(found)),
      isNoun(found - 1), let last = after.last, last > found + 1, isNoun(last - 1),
      words[last].partOfSpeech == .adjective
        || (words[last].partOfSpeech != .noun && WordNet.knows(lower(last), as: .adjective))
    {
      predicate = last
    }
    // "why is that the biggest team": a demonstrative before a determiner is the subject.
    if predicate == nil, ["this", "that", "these", "those"].contains(lower(first)),
      after.count > 1, WordLists.determiners.contains(lower(after[1]))
    {
      predicate = after[1]
    }
    // "why is the studio the best room": a second noun phrase right after the subject's noun
    // is what "be" links to.
    if predicate == nil, WordLists.determiners.contains(lower(first)) {
      predicate = after.first { index in
        index > first + 1 && ["the", "a", "an"].contains(lower(index)) && isNoun(index - 1)
      }
    }
    // "how much faster was Postgres95 than POSTGRES": what it is compared with follows it.
    if predicate == nil { predicate = after.first { $0 > first && lower($0) == "than" } }
    // "how much was the settlement worth": a describing word that ends the question.
    if predicate == nil, let last = after.last, last > first,
      words[last].partOfSpeech == .adjective || Self.trailingDescribers.contains(lower(last))
    {
      predicate = last
    }
    // Without one, the rest must be the subject alone: "the shaking strong enough to alarm
    // people" is not.
    if predicate == nil,
      after.contains(where: { lower($0) == "to" || lower($0).hasSuffix("ing") })
    {
      return nil
    }
    let bytes = Array(question.utf8)
    let text = { (range: Range<Int>) in
      String(
        decoding: bytes[
          max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))],
        as: UTF8.self)
    }
    let opening = be == tokens.first ? "whether " : text(0..<words[be].utf8Offsets.lowerBound)
    let form = lower(be)
    let joined: String
    // "why was the figure so huge": "be" goes before the word of degree that goes with the
    // describing word ("why the figure was so huge"), and before an adverb of time ("whether
    // Chandrasekhar was still alive").
    if var found = predicate {
      while found - 1 > first,
        Self.degreeWords.contains(lower(found - 1))
          || Self.participleAdverbs.contains(lower(found - 1))
      {
        found -= 1
      }
      predicate = found
    }
    if let predicate {
      // No verb follows "every" or "the": "the bills published every week" is the subject and
      // more, its order unclear.
      guard
        !["the", "a", "an", "every", "each", "some", "any", "no", "my", "your", "our", "its"]
          .contains(lower(predicate - 1))
      else { return nil }
      joined =
        opening + text(words[be].utf8Offsets.upperBound..<words[predicate].utf8Offsets.lowerBound)
        + " " + form + " " + text(words[predicate].utf8Offsets.lowerBound..<bytes.count)
    } else {
      // A yes or no with nothing to put "be" before reads best as typed.
      guard be != tokens.first else { return nil }
      joined = opening + text(words[be].utf8Offsets.upperBound..<bytes.count) + " " + form
    }
    return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether `word` is an adverb that may stand between a subject and its verb: "now",
  /// "still", "traditionally".
  private static func isAdverb(_ word: String) -> Bool {
    sentenceAdverbs.contains(word)
      || (word.hasSuffix("ly") && word.count > 4 && WordNet.knows(word, as: .adverb)
        && !WordNet.knows(word, as: .adjective))
  }

  /// The forms of "be" and "have" that are a verb of their own.
  private static let linkingForms: Set<String> = [
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had",
  ]

  private static let sentenceAdverbs: Set<String> = [
    "now", "still", "actually", "already", "also", "ever", "just", "really", "even", "first",
    "only", "then", "often", "always", "never", "usually", "originally", "finally", "eventually",
  ]

  /// The auxiliaries of the perfect, whose verb is a participle: "how long has he served".
  private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

  /// Whether the verb at `index` has the form its auxiliary at `aux` wants: plain after "do"
  /// or a modal ("did the study find"), a participle after "have" ("has he served").
  private static func fitsAuxiliary(_ index: Int, _ aux: Int, _ words: [Linkage.Word])
    -> Bool
  {
    let word = words[index].text.lowercased()
    let isPlain = VerbLemma.lemma(of: word) == word
    guard perfectAuxiliaries.contains(words[aux].text.lowercased()) else { return isPlain }
    return !isPlain || word.hasSuffix("ed") || word.hasSuffix("en") || word == "been"
  }

  /// The verb of a question the parser linked otherwise ("what did the study find", whose
  /// "find" it may read as a noun): the first word after the subject that WordNet knows as a
  /// verb, in the form the auxiliary wants, after a noun or an adverb of the subject, and
  /// followed by nothing, a preposition, a particle, a determiner or a pronoun.
  private static func unlinkedVerb(after aux: Int, in words: [Linkage.Word], tokens: [Int])
    -> Int?
  {
    guard let wordNet = WordNet.english else { return nil }
    let lower = { (index: Int) in words[index].text.lowercased() }
    let after = tokens.filter { $0 > aux + 1 && words[$0].text.allSatisfy(\.isLetter) }
    // "who would be responsible for …": a "be" or "have" is the verb, which the parser would
    // have read.
    guard !tokens.contains(where: { $0 > aux && Self.linkingForms.contains(lower($0)) }) else {
      return nil
    }
    return after.first { index in
      let word = lower(index)
      let previous = lower(index - 1)
      let next = tokens.first(where: { $0 > index }).map(lower) ?? ""
      return !WordLists.stopWords.contains(word) && wordNet.senseCount(of: word, as: .verb) > 0
        && fitsAuxiliary(index, aux, words)
        && (isAdverb(previous)
          || (!WordLists.stopWords.contains(previous) && !WordLists.prepositions.contains(previous)))
        && (next.isEmpty || !next.contains(where: \.isLetter)
          || WordLists.prepositions.contains(next) || particles.contains(next)
          || WordLists.determiners.contains(next) || WordLists.pronouns.contains(next))
    }
  }

  /// Words of degree before a describing word: "so huge", "too late".
  private static let degreeWords: Set<String> = [
    "so", "too", "very", "really", "quite", "rather", "more", "less", "as",
  ]

  /// The most particles and prepositions that may end a passive question after its participle:
  /// "carried out for".
  private static let longestStranding = 2

  /// Words that end a question as what its subject is: "how much was it worth".
  private static let trailingDescribers: Set<String> = ["worth", "like", "about", "for"]

  /// The forms of "be" a question puts before its subject.
  private static let beForms: Set<String> = ["is", "are", "was", "were"]

  /// Whether a question's last word, in lower case, is a participle a passive "be" goes with:
  /// "decided", "found"; not "scanning", nor "were".
  private static func endsPassive(_ word: String) -> Bool {
    word.count > 3 && !word.hasSuffix("ing") && !auxiliaries.contains(word)
      && WordNet.isPastForm(word)
  }

  /// A passive question said back with "be" right before its participle, after the words
  /// between them save the adverbs that go with the participle: "how" + "the number of survey
  /// points in each habitat" + "was decided"; "why" + "Ingress NGINX" + "was first developed".
  private static func beBeforeParticiple(
    opening: [String], between: [String], be: String, participle: String
  ) -> String {
    let adverbs = between.reversed().prefix { word in
      let folded = word.lowercased()
      return (folded.hasSuffix("ly") && folded.count > 4) || participleAdverbs.contains(folded)
    }.count
    let subject: [String] = opening + between.dropLast(adverbs)
    let predicate: [String] = [be] + between.suffix(adverbs) + [participle]
    return QuestionText.join(subject + predicate)
  }
  private static let participleAdverbs: Set<String> = [
    "first", "not", "never", "also", "still", "just", "already", "ever", "once", "later", "then",
    "sometimes", "often", "always", "now",
  ]
  /// Words that open a clause of their own, past which "be" does not move.
  private static let clauseOpeners: Set<String> = [
    "when", "while", "before", "after", "if", "because", "since", "until", "as", "that", "who",
    "which", "where", "whom", "whose", "once",
  ]
  /// How many words may come before that "be": "over how large an area was …".
  private static let longestOpening = 8

  /// The particles of phrasal verbs: "up" in "show up".
  private static let particles: Set<String> = [
    "up", "down", "out", "off", "in", "on", "over", "back", "away",
  ]

  /// Whether `word` is in its plain form and has more senses as a verb than as a noun in
  /// WordNet ("come", not "support" nor a particle such as "up").
  private static func isMostlyVerb(_ word: String) -> Bool {
    guard let wordNet = WordNet.english, !WordLists.stopWords.contains(word),
      !Self.particles.contains(word),
      VerbLemma.lemma(of: word) == word
    else { return false }
    return wordNet.senseCount(of: word, as: .verb) > wordNet.senseCount(of: word, as: .noun)
  }

  /// Whether `word` is a lower-case noun that is never a verb ("mission"): a name followed
  /// by it is part of a longer subject.
  private static func isNounOnly(_ word: String) -> Bool {
    word.first?.isLowercase == true && word.count > 2 && !WordLists.stopWords.contains(word)
      && WordNet.knows(word, as: .noun) && !WordNet.knows(word, as: .verb)
  }

  /// `pieces` with the words the question wrote hyphenated joined again ("WGS-based", which
  /// the tokens split: read apart, "based" is a verb), and where each piece now stands.
  static func rejoiningHyphens(_ pieces: [String], typedIn question: String) -> (
    pieces: [String], position: [Int]
  ) {
    let hyphenated = Set(
      question.split(whereSeparator: \.isWhitespace).map {
        $0.trimmingCharacters(in: .punctuationCharacters)
      }.filter { $0.contains("-") })
    var joined: [String] = []
    var position: [Int] = []
    for piece in pieces {
      if let last = joined.last, case let both = last + "-" + piece,
        hyphenated.contains(where: { $0 == both || $0.hasPrefix(both + "-") })
      {
        joined[joined.count - 1] = both
      } else {
        joined.append(piece)
      }
      position.append(joined.count - 1)
    }
    return (joined, position)
  }

  /// The words of `tokens` as a refusal says them: as typed, save "what's" and the like, said
  /// as the words they stand for ("what is"), which go to their places; "can't" stays.
  static func spoken(_ tokens: [QuestionToken]) -> [String] {
    let contracted = { (at: Int) in
      at + 1 < tokens.count && tokens[at + 1].original.isEmpty
        && questionWords.contains(tokens[at].folded)
    }
    return tokens.indices.map { position in
      contracted(position) || (position > 0 && contracted(position - 1))
        ? tokens[position].folded : tokens[position].original
    }
  }

  /// Whether the question asks why to do something, its verb right after "why" in its plain
  /// form: "Why offer that support?", "Why use a dutch oven?".
  private static func asksWhyDo(_ words: [QuestionToken]) -> Bool {
    guard words.count > 2, words[0].folded == "why", case let verb = words[1].folded,
      !ClauseQuestion.auxiliaries.contains(verb), !["not", "so", "then"].contains(verb)
    else { return false }
    // A word that is a noun too is the verb before what it is done to ("Why offer that
    // support?"), not the subject of a question missing its "do" ("Why dogs bark?").
    return WordNet.english?.isLemma(verb, as: .verb) == true
      && (!WordNet.knows(verb, as: .noun)
        || doneToOpeners.contains(words[2].folded))
  }

  /// The words that open what a verb right after "why" is done to: "that support".
  private static let doneToOpeners = WordLists.determiners.union([
    "that", "this", "such", "any", "some",
  ])

  /// The question as an indirect question for refusals, names resolved:
  /// "Did Hamas expel Fatah?" → "whether Hamas did expel Fatah";
  /// "When did he leave?" → "when Mahmoud Abbas did leave"; "Who funds it?" → "who funds it".
  static func indirect(
    _ parse: Parse, tokens: [QuestionToken], names: [SlotRole: Entity], typed: String
  ) -> String {
    var pieces: [String] = []
    var subjectPiece: Int?
    let said = spoken(tokens)
    var index = parse.span.lowerBound
    while index < parse.span.upperBound {
      if let slot = parse.slots.first(where: { $0.range.lowerBound == index }),
        let entity = names[slot.role], slot.kind != .words
      {
        // "the regatta" typed for the document named "regatta", "the PLO", keep their article,
        // in one piece with the name: the subject is both.
        let typed = tokens[slot.range].map(\.original)
        let article =
          typed.count > 1 && ["the", "a", "an"].contains(typed[0].lowercased())
            && typed.dropFirst().joined(separator: " ").lowercased() == entity.name.lowercased()
          ? typed[0] + " " : ""
        if slot.role == .subject { subjectPiece = pieces.count }
        pieces.append(
          article
            + (typed.count == 1
              ? name(entity.name, standingFor: typed[0].lowercased()) : entity.name))
        index = slot.range.upperBound
      } else {
        pieces.append(said[index])
        index += 1
      }
    }
    if let subject = subjectPiece {
      // Drop untyped contraction parts without losing the subject's place.
      let empties = pieces[..<subject].count { $0.isEmpty }
      subjectPiece = subject - empties
    }
    pieces.removeAll { $0.isEmpty }
    let rejoined = rejoiningHyphens(pieces, typedIn: typed)
    pieces = rejoined.pieces
    subjectPiece = subjectPiece.map { rejoined.position[$0] }
    guard !pieces.isEmpty else { return "" }
    let first = pieces[0].lowercased()
    // "what if you can't work it out" asks what happens then.
    if first == "what", pieces.count > 2, pieces[1].lowercased() == "if" {
      return QuestionText.join(["what", "happens"] + pieces.dropFirst())
    }
    // "why offer that support" asks why to do it.
    if first == "why", asksWhyDo(tokens) {
      return QuestionText.join(["why", "to"] + pieces.dropFirst())
    }
    if let plain = withoutDo(QuestionText.join([first] + pieces.dropFirst())) { return plain }
    // Inverting "did Whitlock and Lindqvist vote" or "is the Board's budget" would garble it.
    if let subject = subjectPiece, subject + 1 < pieces.count,
      ["and", "or", "'s", "’s", ","].contains(pieces[subject + 1].lowercased())
    {
      subjectPiece = nil
    }
    // "was the Hi-C Flare mission trying": the subject goes on past the name, over its nouns.
    var subjectEnd = subjectPiece.map { $0 + 1 } ?? 0
    // "Ralph Puckett's rank", "Inessa's open source work": what is someone's is the subject
    // with them, up to a preposition or a verb.
    if let subject = subjectPiece, pieces[subject].hasSuffix("'s") {
      // "her two mentors": a number word counts them.
      while subjectEnd < pieces.count, case let word = pieces[subjectEnd].lowercased(),
        word.allSatisfy(\.isLetter),
        !WordLists.stopWords.contains(word) || WordLists.numberWords.contains(word),
        !WordNet.isPastForm(word), !word.hasSuffix("ing")
      {
        subjectEnd += 1
      }
    }
    while subjectPiece != nil, subjectEnd < pieces.count, isNounOnly(pieces[subjectEnd]) {
      subjectEnd += 1
    }
    if auxiliaries.contains(first), subjectPiece == 1 {
      return QuestionText.join(
        ["whether"] + pieces[1..<subjectEnd] + [first] + pieces.dropFirst(subjectEnd))
    }
    if questionWords.contains(first), pieces.count > 2,
      auxiliaries.contains(pieces[1].lowercased()),
      subjectPiece == 2
    {
      var rest = Array(pieces.dropFirst(subjectEnd))
      let aux = pieces[1].lowercased()
      // "why was the Hoofdcursus in Kampen discontinued": "be" goes right before the
      // participle that ends the question, past all that stands between.
      let between = Array(pieces[2..<(pieces.count - 1)])
      if beForms.contains(aux), let last = pieces.last, pieces.count > subjectEnd + 1,
        last.allSatisfy(\.isLetter), Self.endsPassive(last.lowercased()),
        !between.contains(where: { Self.clauseOpeners.contains($0.lowercased()) })
      {
        return Self.beBeforeParticiple(
          opening: [first], between: between, be: aux, participle: last)
      }
      if ["do", "does", "did"].contains(aux), rest.first?.lowercased() == "do" {
        rest.removeFirst()
      }
      // "what did Renee French use" → "what Renee French used": "do" goes into the verb after
      // the subject, when the word there is a verb in its plain form.
      if ["do", "does", "did"].contains(aux), let verb = rest.first,
        verb.first?.isLowercase == true, verb.allSatisfy(\.isLetter),
        WordNet.english?.isLemma(verb, as: .verb) == true
      {
        rest[0] = Self.verbGroup(verb, after: aux)
        return QuestionText.join([first] + pieces[2..<subjectEnd] + rest)
      }
      return QuestionText.join([first] + pieces[2..<subjectEnd] + [aux] + rest)
    }
    let typed = QuestionText.join([first] + pieces.dropFirst())
    if let plain = withoutBe(typed) { return plain }
    // A yes/no question that cannot be turned around is not echoed at all.
    if auxiliaries.contains(first) { return "that" }
    return typed
  }
}
