import Foundation

/// Answers a question from the fact base: parses it with the grammar, resolves its names and
/// pronouns, looks up the facts its intent asks for, and cites their sentences. A question it
/// cannot answer from a cited sentence is refused, with the kind of refusal.
struct Answerer: Sendable {
  let knowledge: KnowledgeBase
  /// The question grammar.
  let grammar: Grammar
  /// The grammar's examples these documents can answer, for hints.
  let examples: [(intent: String, question: String)]
  private let parser: QuestionParser
  let phrasing: FactPhrasing
  /// Corrects misspelt words that are not names.
  private let words: WordCorrector
  private let capitalisedWords: WordCorrector

  init(knowledge loaded: LoadedKnowledge) {
    let knowledge = loaded.base
    self.knowledge = knowledge
    grammar = loaded.grammar
    examples = loaded.examples
    parser = QuestionParser(
      grammar: loaded.grammar, names: knowledge.nameIndex, entities: knowledge.entities,
      documentStems: knowledge.documentStems)
    phrasing = FactPhrasing(knowledge: knowledge)
    words = loaded.words
    capitalisedWords = loaded.capitalisedWords
  }

  /// The outcome of answering one question.
  struct Outcome {
    var reply: Reply
    var explanation: Explanation
    /// The entities the exchange talked about, most relevant first, for follow-ups.
    var mentioned: [EntityID]
    /// What the question asked about when it named nothing, for "it" and "they" next.
    var topic: ConversationContext.Topic? = nil
    /// The person asked about by what they are, for "he" and "she" next.
    var person: ConversationContext.Topic? = nil
    /// Whether the question asked who and was answered.
    var answeredWho = false
    /// The question as read, its misspellings corrected, for a follow-up that says only what
    /// changes ("And for women?").
    var question: String? = nil

    /// The sentence the answer rests on, for "that" next; none when it was not answered.
    var statement: Citation? {
      reply.outcome == .answered ? reply.citations.first : nil
    }
  }

  /// Answers `question` in `context`: from the facts its template asks for, or, when the
  /// documents hold no such fact or no template reads it, from the clause that states it, or
  /// from the sentence that holds its words.
  /// Misspelt words that are not names are read as the known word they are nearest to, and the
  /// answer says so.
  func answer(_ question: String, context: ConversationContext) -> Outcome {
    // "And for women?" asks the question before it again, with "women" for "men".
    // The fragment as it stands is answered only when the question it stands for is not. Not
    // after a question left unanswered, which says nothing of what its parts are; and an
    // answer no other than the last one's says nothing of the part that changed ("71%" for
    // women as for men).
    if let previous = context.question, context.statement != nil,
      let whole = Ellipsis.question(for: question, after: previous)
    {
      var outcome = answerQuestion(whole, context: context)
      // (A whole sentence may well answer both.)
      let answer = Reply.withoutNotes(outcome.reply.answer)
      if outcome.reply.outcome == .answered, answer == context.answer.map(Reply.withoutNotes),
        !outcome.reply.citations.contains(where: { $0.text.hasPrefix(answer.prefix(40)) })
      {
        outcome.reply = .refusal(
          .notStated, "The documents don't say that.", intent: outcome.reply.intent)
      }
      if outcome.reply.outcome != .answered {
        let asked = answerQuestion(question, context: context)
        if asked.reply.outcome == .answered { return asked }
      }
      outcome.reply = Reply(
        outcome.reply.outcome, "(Taking it as “\(whole)”.)\n" + outcome.reply.answer,
        citations: outcome.reply.citations, intent: outcome.reply.intent)
      return outcome
    }
    return answerQuestion(question, context: context)
  }

  /// Answers `question`, read as it stands: see `answer(_:context:)`.
  private func answerQuestion(_ question: String, context: ConversationContext) -> Outcome {
    let question = withoutAsides(question)
    guard let (first, second) = Self.compoundParts(of: question) else {
      return answerOne(question, context: context)
    }
    // Two questions in one: each answered in turn, the second after the first's names, so
    // that its pronouns refer to them ("…, and what are they made from?").
    let one = answerOne(first, context: context)
    // A pronoun of the second part refers into the first ("How many reflectors …, and what
    // are they made from?"): the second is not asked when the first found nothing.
    guard one.reply.outcome == .answered || !Self.hasPronoun(second) else { return one }
    var next = context
    next.note(one)
    let two = answerOne(second, context: next)
    let answered = [one, two].filter { $0.reply.outcome == .answered }
    guard !answered.isEmpty else { return one }
    var citations: [Citation] = []
    for citation in answered.flatMap(\.reply.citations) where !citations.contains(citation) {
      citations.append(citation)
    }
    var reply = Reply(
      .answered, [one, two].map(\.reply.answer).joined(separator: "\n"), citations: citations,
      intent: answered[0].reply.intent)
    reply.parts = [one.reply, two.reply]
    var explanation = Explanation(
      question: question, template: nil, slots: [], corrections: [], facts: [],
      citations: citations, note: nil)
    explanation.parts = [one.explanation, two.explanation]
    return Outcome(
      reply: reply, explanation: explanation, mentioned: two.mentioned + one.mentioned,
      topic: two.topic ?? one.topic, person: two.person, answeredWho: two.answeredWho,
      question: two.question)
  }

  /// Whether an opening phrase is "according to" a name the documents know.
  private func namesASource(_ opening: [String]) -> Bool {
    guard Folding.words(opening[0]) == "according" else { return false }
    let tokens = QuestionText.tokens(opening.joined(separator: " "))
    // Not "According to FEMA's alert": something of FEMA's, which the name does not name.
    return knowledge.nameIndex.nameRanges(in: tokens).contains { range in
      !Self.ownsNext(range.upperBound, in: tokens)
    }
  }

  /// Whether the name ending before `end` is followed by a possessive: "Qatar's premier".
  private static func ownsNext(_ end: Int, in tokens: [QuestionToken]) -> Bool {
    end < tokens.count && ["'s", "’s", "s"].contains(tokens[end].folded)
  }

  /// The question without the asides that say nothing of what is asked: an opening phrase
  /// before a comma and the question word ("In a nutshell, what is the Internet?") and the
  /// source the reader is reading ("…, according to the article?").
  func withoutAsides(_ question: String) -> String {
    var text = question
    // "Roughly how many reports …?", "Approximately how long …?", "Roughly when was it
    // built?": a word that says how exact the answer may be asks the question that follows it.
    let opening = text.split(separator: " ", maxSplits: 2)
    if opening.count == 3, Self.hedgesOnTheAnswer.contains(Folding.words(String(opening[0]))),
      ["how", "when"].contains(Folding.words(String(opening[1])))
    {
      let rest = opening[1...].joined(separator: " ")
      text = rest.prefix(1).uppercased() + rest.dropFirst()
    }
    // "What exactly is a griffin?", "When actually was it signed?": a word that only presses
    // the question, between its question word and the rest, goes.
    if opening.count == 3, Self.questionWords.contains(Folding.words(String(opening[0]))),
      Self.pressingWords.contains(Folding.words(String(opening[1])))
    {
      text = opening[0] + " " + opening[2]
    }
    if let comma = text.firstIndex(of: ","),
      case let opening = text[..<comma].split(separator: " ").map(String.init),
      // A condition may run longer: "If all I have is a plan that gives discounts on medical
      // services, could I still owe the fee?".
      let first = opening.first,
      opening.count
        <= (Self.conditionOpeners.contains(Folding.words(first))
          ? Self.longestCondition : Self.longestAside),
      !opening.contains(where: { Self.questionWords.contains(Folding.words($0)) }),
      // "According to Daraghmeh, …" names a source the answer must rest on, which the
      // templates read where it stands; "According to the final estimate, …" goes after.
      !namesASource(opening),
      let next = text[text.index(after: comma)...].split(separator: " ").first,
      Self.questionWords.contains(Folding.words(String(next)))
        || ClauseQuestion.auxiliaries.contains(Folding.words(String(next)))
    {
      // "In a nutshell" says nothing the documents do: it goes. "With a router" does: it
      // goes after the question.
      var rest = String(text[text.index(after: comma)...]).trimmingWhitespace()
      let aside = opening.joined(separator: " ")
      let said = knowledge.lexicon.contentStems(aside).contains {
        knowledge.sentenceIndex.frequency(of: $0) > 0
      }
      if said {
        let end = rest.last == "?" ? String(rest.removeLast()) : ""
        rest += " " + aside.prefix(1).lowercased() + aside.dropFirst() + end
      }
      text = rest.prefix(1).uppercased() + rest.dropFirst()
    }
    // "After 1956 did Breda only show …?": an opening phrase of a preposition, with no comma
    // before the auxiliary that opens the question, goes after it.
    let (spoken, folded) = Self.spokenWords(of: text)
    if let first = folded.first, Self.openingPrepositions.contains(first),
      let auxiliary = folded.indices.dropFirst(2).prefix(Self.longestOpening).first(where: {
        ClauseQuestion.auxiliaries.contains(folded[$0])
      }),
      !folded[..<auxiliary].contains(where: Self.questionWords.contains),
      !spoken[..<auxiliary].contains(where: { $0.contains(",") }), auxiliary + 1 < spoken.count
    {
      var rest = spoken[auxiliary...].joined(separator: " ")
      let end = text.hasSuffix("?") ? "?" : ""
      let opening = spoken[..<auxiliary].joined(separator: " ")
      rest += " " + opening.prefix(1).lowercased() + opening.dropFirst() + end
      text = rest.prefix(1).uppercased() + rest.dropFirst()
    }
    for source in Self.readSources {
      while let range = text.range(of: "according to the " + source, options: .caseInsensitive),
        range.upperBound == text.endIndex || !text[range.upperBound].isLetter
      {
        var start = range.lowerBound
        while start > text.startIndex,
          case let before = text[text.index(before: start)], before == "," || before == " "
        {
          start = text.index(before: start)
        }
        text.removeSubrange(start..<range.upperBound)
      }
    }
    return text
  }

  /// Words before "how" that say how exact the number asked for may be: "Roughly how many
  /// …?".
  private static let hedgesOnTheAnswer: Set<String> = [
    "roughly", "approximately", "about", "around", "exactly", "precisely", "just", "nearly",
  ]

  /// Words right after a question word that press it without asking anything more: "What
  /// exactly is …?".
  private static let pressingWords: Set<String> = ["exactly", "actually", "really", "precisely"]

  /// What a reader calls the document they read: "according to the article".
  private static let readSources = [
    "article", "page", "text", "story", "report", "post", "piece", "document",
  ]

  /// The prepositions that may open a question with a phrase of when or where before its
  /// auxiliary, and the most words that phrase may have: "After 1956 did …?".
  private static let openingPrepositions: Set<String> = [
    "after", "before", "since", "during", "until", "in", "on", "at",
  ]
  private static let longestOpening = 4

  /// The most words an opening aside may have: "In simple terms".
  private static let longestAside = 8
  /// The most words of an opening condition, and the words that open one.
  private static let longestCondition = 20
  private static let conditionOpeners: Set<String> = ["if", "once", "unless"]

  /// The two questions of one that asks two ("Which mission went up earlier, and who led
  /// it?", "When and where did it launch?"): split before "and" and a question word, perhaps
  /// after a preposition ("…, and under which license?"). A second part with no words of its
  /// own after its question words takes the first's ("…, and in what year?" asks in what year
  /// it was set up).
  static func compoundParts(of question: String) -> (String, String)? {
    let words = question.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let folded = words.map { Folding.words($0.trimmingCharacters(in: .punctuationCharacters)) }
    // "When and where did GUSTO lift off?": each question word with the rest.
    if folded.count > 3, questionWords.contains(folded[0]), folded[1] == "and",
      questionWords.contains(folded[2]), folded[0] != folded[2]
    {
      let rest = words[3...].joined(separator: " ")
      return (
        words[0] + " " + rest, words[2].prefix(1).uppercased() + words[2].dropFirst() + " " + rest
      )
    }
    guard
      let and = folded.indices.dropFirst(Self.shortestPart).first(where: { position in
        guard folded[position] == "and" else { return false }
        let next = folded.dropFirst(position + 1).prefix(2)
        return next.first.map(questionWords.contains) == true
          || (next.first.map(WordLists.prepositions.contains) == true
            && next.dropFirst().first.map(questionWords.contains) == true)
      }),
      questionWords.contains(folded[0])
        || (WordLists.prepositions.contains(folded[0]) && folded.count > 1
          && questionWords.contains(folded[1]))
    else { return nil }
    var first = words[..<and].joined(separator: " ")
    while let last = first.last, ",;".contains(last) { first.removeLast() }
    let rest = Array(words[(and + 1)...])
    let restFolded = Array(folded[(and + 1)...])
    var second = rest.joined(separator: " ")
    if restFolded.dropFirst(openingLength(restFolded)).allSatisfy({ $0.isEmpty }) {
      // "…, and in what year?": the first part's words after its own question words.
      second =
        rest.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "?"))
        + " " + words[openingLength(Array(folded[..<and]))..<and].joined(separator: " ")
      while let last = second.last, ",;".contains(last) { second.removeLast() }
    }
    if !second.hasSuffix("?") { second += "?" }
    return (first + "?", second.prefix(1).uppercased() + second.dropFirst())
  }

  /// How many words open a question as its question words: a preposition, the question word,
  /// and the noun after "what" or "which" ("on what date").
  private static func openingLength(_ folded: [String]) -> Int {
    var opening = folded.firstIndex(where: questionWords.contains).map { $0 + 1 } ?? 1
    if ["what", "which"].contains(folded[opening - 1]), opening < folded.count,
      !ClauseQuestion.auxiliaries.contains(folded[opening])
    {
      opening += 1
    }
    return opening
  }

  /// Whether the words hold a verb of saying ("said", "claimed", "warn"), as WordNet relates
  /// it to "say" or "tell"; true when WordNet is not installed.
  static func asksForSaying(_ words: String) -> Bool {
    guard let wordNet = WordNet.english else { return true }
    return QuestionText.tokens(words).contains { token in
      !WordLists.stopWords.contains(token.folded) && WordNet.knows(token.folded, as: .verb)
        && ["say", "tell", "state", "express", "call"].contains {
          wordNet.areRelatedVerbs(token.folded, $0, depth: 1)
        }
    }
  }

  /// "that claim", "these devices": a demonstrative and the noun after it, if the question
  /// has one.
  static func demonstrative(in tokens: [QuestionToken]) -> String? {
    for position in tokens.indices.dropLast()
    where demonstratives.contains(tokens[position].folded) {
      let next = tokens[position + 1]
      guard next.original.first?.isLowercase == true, !WordLists.stopWords.contains(next.folded)
      else { continue }
      return tokens[position].original + " " + next.original
    }
    return nil
  }

  /// Whether the question has a pronoun that needs a referent.
  private static func hasPronoun(_ question: String) -> Bool {
    QuestionText.tokens(question).contains {
      ClauseQuestion.pronouns.contains($0.folded) || Self.demonstratives.contains($0.folded)
    }
  }

  private static let demonstratives: Set<String> = ["this", "that", "these", "those"]

  /// Whether the question ends on a word that points back at what was said: "Who said that?",
  /// "Why did they do this?", "Who says so?".
  private static func pointsBack(_ tokens: [QuestionToken]) -> Bool {
    let words = tokens.filter { $0.original.first?.isLetter == true }
    guard words.count >= 3, let last = words.last else { return false }
    // "When did that happen?", "On what date did that happen?": what happened is what was
    // said. (Not "What made that happen?", whose "that" is what the making brought about.)
    if WordLists.happeningVerbs.contains(last.folded),
      ["that", "this"].contains(words[words.count - 2].folded),
      words.first?.folded == "when" || words.contains(where: { timeNouns.contains($0.folded) })
    {
      return true
    }
    return ["that", "this", "so"].contains(last.folded)
      && !Self.pointingNowhereAfter.contains(words[words.count - 2].folded)
  }

  /// The nouns a question of when may ask for: "On what date did that happen?".
  private static let timeNouns: Set<String> = ["year", "date", "day", "month", "time"]

  /// Words after which a closing "that" or "so" points at nothing said: "Is it so?" asks
  /// whether, "even so" concedes.
  private static let pointingNowhereAfter: Set<String> = ["it", "even", "and", "or", "like"]

  /// How many words the first of two questions needs at least.
  private static let shortestPart = 3

  /// Answers one question: see `answer(_:context:)`.
  private func answerOne(_ question: String, context: ConversationContext) -> Outcome {
    var (asked, fixes) = correctingWords(question)
    // "Can you tell me when it launched?" asks "When it launched?".
    if let direct = Self.direct(asked), !direct.hasPrefix(Self.listed) { asked = direct }
    if let purpose = Self.purpose(asked) { asked = purpose }
    if let claim = Self.claim(asked) { asked = claim }
    var outcome = answerReading(asked, context: context)
    // "List the applications built with POSTGRES.": asked as "What are the applications …?"
    // when no template reads the request as it is ("List the members of Hamas").
    if outcome.reply.outcome == .refused(.notUnderstood), let direct = Self.direct(asked) {
      let again = answerReading(direct, context: context)
      if again.reply.outcome != .refused(.notUnderstood) { outcome = again }
    }
    // "Hani al-Masri heads which organization?" asks "Which organization does Hani al-Masri
    // head?".
    if outcome.reply.outcome != .answered, let fronted = Self.frontedQuestion(asked) {
      let again = answerReading(fronted, context: context)
      if again.reply.outcome == .answered || outcome.reply.outcome == .refused(.notUnderstood) {
        outcome = again
      }
    }
    // "According to FEMA's alert, what kind of issue is plain language?": a source no
    // template reads where it stands is read after the question.
    if outcome.reply.outcome == .refused(.notUnderstood), let moved = Self.sourceLast(asked) {
      let again = answerReading(moved, context: context)
      if again.reply.outcome != .refused(.notUnderstood) { outcome = again }
    }
    // "What should Congress consider, according to GAO?": asked without its source when no
    // sentence that names the source answers it, and the source is one that speaks (a name, a
    // person, a group, a writing: not "according to schedule"). The answer's sentence must
    // name it, or be the writing's own voice ("according to the authors"), or the voice of an
    // organization its document names ("GAO" of a GAO report's findings). Never a yes or no:
    // "Are grades assigned according to attendance?" asks something else without it.
    if case .refused = outcome.reply.outcome, let (rest, source) = Self.withoutSource(asked),
      Self.asksWh(rest)
    {
      let again = answerReading(rest, context: context)
      if again.reply.outcome == .answered, speaks(source, in: again.reply.citations) {
        outcome = again
      }
    }
    // "Apart from GIS, what subjects are the students trained in?": asked without what it sets
    // apart, answered by a sentence that names that too and says something besides it.
    // Not "who": "the chair" may be Ruth Hale, set apart by name. Nor a yes or no.
    if case .refused = outcome.reply.outcome, let (rest, apart) = Self.withoutApart(asked),
      Self.asksWh(rest),
      !["who", "whom", "whose"].contains(Self.spokenWords(of: rest).folded.first ?? "")
    {
      let again = answerReading(rest, context: context)
      if again.reply.outcome == .answered, saysBesides(apart, asked: rest, again.reply) {
        outcome = again
      }
    }
    // "Name some of the assets the committee holds the keys for.": the examples a sentence
    // gives of them, when nothing answers the request otherwise ("Name the hotel manager." is
    // answered by who the manager is, not by "hotel managers such as Tom Hill").
    if case .refused = outcome.reply.outcome,
      ExampleRequest(QuestionText.tokens(asked)).map({ !$0.saysExample }) == true
    {
      let again = answerReading(asked, context: context, listing: true)
      if again.reply.outcome == .answered { outcome = again }
    }
    // "What is the combined result known as?" asks what it is called.
    if case .refused = outcome.reply.outcome, let called = Self.calledInstead(asked) {
      let again = answerReading(called, context: context)
      if again.reply.outcome == .answered { outcome = again }
    }
    // "How does the author describe the goal?" asks what the goal is, in the author's words:
    // the answer's sentence must be theirs, as for "according to".
    // "How is Hamas described?" is asked so first: a sentence that holds "described" may
    // describe something else ("the talks, which one participant described as constructive").
    if let asking = Self.characterization(asked),
      asking.first || outcome.reply.outcome != .answered
    {
      let again = answerReading(asking.question, context: context)
      let citations = again.reply.citations
      if again.reply.outcome == .answered,
        asking.source.map({ speaks($0, in: citations) }) ?? true,
        asking.described.map({ says(what: $0, subject: asking.subject, in: citations) }) ?? true
      {
        outcome = again
      }
    }
    // "What does the author say DIME should now do?" asks what DIME should now do.
    if case .refused = outcome.reply.outcome, let reported = Self.reported(asked) {
      let again = answerReading(reported, context: context)
      if again.reply.outcome == .answered { outcome = again }
    }
    // "Who is the teacher who led the project?" asks which teacher led it, when the question
    // as put finds no one.
    if case .refused = outcome.reply.outcome, let which = Self.described(asked) {
      let again = answerReading(which, context: context)
      if case .refused = again.reply.outcome {} else { outcome = again }
    }
    // "How does he show the enemy's fire?" after "Where does the umpire stand?": a sentence
    // that calls the umpire "he" does not say "umpire", and answers as it did before anyone
    // was asked about.
    if case .refused = outcome.reply.outcome, context.person != nil,
      QuestionText.tokens(asked).contains(where: { context.topic(for: $0.folded) != nil })
    {
      let again = answerReading(asked, context: context.withoutPerson())
      if again.reply.outcome == .answered { outcome = again }
    }
    // "Where did he find the old statue?" of a letter that says "I" asks of its writer; its
    // answer must say "I" or "my".
    if case .refused = outcome.reply.outcome, let ofWriter = writersQuestion(asked, context) {
      let again = answerReading(ofWriter, context: context)
      if again.reply.outcome == .answered,
        again.reply.citations.allSatisfy({
          knowledge.firstPersonDocuments.contains($0.document) && Narrator.speaksAsI($0.text)
        })
      {
        outcome = again
      }
    }
    // "Who were the founders of PostHog?" asks who founded it, when no document uses the
    // word "founder" at all: where one does ("the leader of Fatah"), a sentence that calls
    // someone so is what answers ("Who was the leader of Hamas?" is not "Who leads Hamas?").
    if case .refused = outcome.reply.outcome, let (deed, doer) = Self.doersAsked(asked),
      knowledge.sentenceIndex.frequency(of: knowledge.lexicon.canonical(Stemmer.stem(doer))) == 0
    {
      let again = answerReading(deed, context: context)
      if case .refused = again.reply.outcome {} else { outcome = again }
    }
    // What a question that names nothing asks about is what "it" next stands for; a question
    // that only said "it" again keeps it.
    let tokens = QuestionText.tokens(asked)
    let subjectTopic = Self.topic(in: tokens)
    // "he" next stands for the person asked about by what they are ("the writer"), until an
    // exchange names a person or asks who ("Who wrote the foreword?").
    let namesPerson = outcome.mentioned.compactMap(knowledge.entity).contains {
      $0.kind == .person || $0.mayBePerson
    }
    // Nor after "Who covered the pitch?": its answer, named or not, is who "he" is next.
    let asksWho = tokens.first { !Self.tyingWords.contains($0.folded) }.map {
      ["who", "whom"].contains($0.folded)
    }
    outcome.person =
      namesPerson || asksWho == true
      ? nil : subjectTopic?.isPerson == true ? subjectTopic : context.person
    outcome.answeredWho = asksWho == true && outcome.reply.outcome == .answered
    if names(in: tokens).isEmpty {
      outcome.topic =
        subjectTopic
        ?? (tokens.contains {
          !ConversationContext.isPersonal($0.folded) && context.topic(for: $0.folded) != nil
        } ? context.topic : nil)
        ?? Self.objectTopic(in: tokens)
    } else if let topic = subjectTopic, let last = topic.words.last,
      last.original.first?.isLowercase == true
    {
      if topic.words.contains(where: { $0.original.first?.isUppercase == true }) {
        // A thing a name describes is the thing asked about: "the Lake County uplift" is what
        // "it" next stands for, not Lake County.
        outcome.topic = topic
      } else if let place = placeAfter(topic, in: tokens) {
        // So is a thing a place name locates: "the first house at Mitcham", not Mitcham.
        outcome.topic = ConversationContext.Topic(
          words: topic.words + place, isPlural: topic.isPlural)
      }
    } else if subjectTopic == nil, thingNamesDescribe(tokens) {
      // "When is Keith planning to hold a seminar for Turkish companies?": "it" next is the
      // seminar, not "Turkish", a name that only describes the companies.
      outcome.topic = Self.objectTopic(in: tokens, determiners: Self.objectDeterminers)
    }
    outcome.question = asked
    guard !fixes.isEmpty else { return outcome }
    // A name is shown as the name ("as Memphis Zoo"), as a name slot's correction is; a word in
    // quotes.
    let note = fixes.map {
      "(Taking “\($0.typed)” as \($0.isName ? $0.word : "“\($0.word)”").)\n"
    }.joined()
    outcome.reply = Reply(
      outcome.reply.outcome, note + outcome.reply.answer, citations: outcome.reply.citations,
      intent: outcome.reply.intent)
    return outcome
  }

  /// The question a request puts: "Can you tell me when it launched?" asks "When it
  /// launched?", and "List (some of) the X …" or "Name the X …" asks "What are the X …?". Nil
  /// when the words are no such request.
  static func direct(_ question: String) -> String? {
    var words = question.split(separator: " ").map(String.init)
    let folded = { (position: Int) in
      words.indices.contains(position)
        ? Folding.words(words[position].trimmingCharacters(in: .punctuationCharacters)) : ""
    }
    if folded(0) == "please" { words.removeFirst() }
    if let last = words.last,
      Folding.words(last.trimmingCharacters(in: .punctuationCharacters))
        == "please"
    {
      words.removeLast()
      if let end = words.last, end.hasSuffix(",") {
        words[words.count - 1] = String(end.dropLast())
      }
    }
    for request in Self.requests {
      let length = request.count
      guard words.count > length + 1, (0..<length).allSatisfy({ folded($0) == request[$0] })
      else { continue }
      let next = folded(length)
      if questionWords.contains(next) {
        let rest = words[length...].joined(separator: " ")
        return rest.prefix(1).uppercased() + rest.dropFirst()
      }
      guard Self.listing.contains(request.joined(separator: " ")) else { continue }
      var start = length
      for lead in [["some", "of"], ["all", "of"], ["all"], ["some"]]
      where (0..<lead.count).allSatisfy({ folded(start + $0) == lead[$0] }) {
        start += lead.count
        break
      }
      guard folded(start) == "the" || folded(start) == "these" || folded(start) == "those",
        words.count > start + 1
      else { return nil }
      var rest = words[start...].joined(separator: " ")
      while let end = rest.last, ".!?".contains(end) { rest.removeLast() }
      return Self.listed + rest + "?"
    }
    return nil
  }

  /// The words of `question` as typed, its closing question mark left off, each with its
  /// folded form without punctuation: what the rewritings below read.
  private static func spokenWords(of question: String) -> (words: [String], folded: [String]) {
    var words = question.split(separator: " ").map(String.init)
    if let last = words.last, last.hasSuffix("?") {
      words[words.count - 1] = String(last.dropLast())
    }
    return (words, words.map { Folding.words($0.trimmingCharacters(in: .punctuationCharacters)) })
  }

  /// The one word that goes with "how" (`howWords`) that `word`, no word of English, is one
  /// slip of typing from; nil for none or several.
  static func howWord(_ word: String) -> String? {
    guard word.count >= 3, word.allSatisfy(\.isLetter), !WordCorrector.isEnglish(word) else {
      return nil
    }
    let near = howWords.filter { editDistance(word, $0) == 1 }
    return near.count == 1 ? near.first : nil
  }

  /// The words that go with "how" in a question: "how often", "how long", "how many".
  private static let howWords = [
    "often", "long", "much", "many", "far", "old", "soon", "big", "large", "high", "tall",
    "wide", "deep", "late", "early", "fast",
  ]

  /// The question word or auxiliary of three letters `word` spells with two of its letters
  /// swapped ("wsa" for "was"; a longer word is the corrector's), when it is no English word and
  /// spells only one.
  static func swappedOpener(_ word: String) -> String? {
    let letters = Array(word)
    guard letters.count == 3, letters.allSatisfy(\.isLetter), !WordCorrector.isEnglish(word)
    else { return nil }
    // "hwo" may be "how" or "who": then neither.
    let spelled = Set(
      (0..<2).map { position in
        var swapped = letters
        swapped.swapAt(position, position + 1)
        return String(swapped)
      }
    ).intersection(Self.shortOpeners)
    return spelled.count == 1 ? spelled.first : nil
  }
  private static let shortOpeners: Set<String> = [
    "was", "did", "are", "can", "has", "had", "who", "why", "how", "may",
  ]

  /// The question word or auxiliary that an opening word lacking one letter spells: "Wat" is
  /// "What", "Wich" "Which". Nil for an English word, or where one letter more spells two
  /// ("ho": "how" or "who").
  static func shortenedOpener(_ word: String) -> String? {
    let letters = Array(word)
    guard (2...5).contains(letters.count), letters.allSatisfy(\.isLetter),
      !WordCorrector.isEnglish(word)
    else { return nil }
    let spelled = Self.openers.filter { opener in
      let full = Array(opener)
      return full.count == letters.count + 1
        && full.indices.contains { gap in
          var shorter = full
          shorter.remove(at: gap)
          return shorter == letters
        }
    }
    return spelled.count == 1 ? spelled.first : nil
  }
  /// Not an auxiliary that a question word lacking letters may as well be: "Wer did she die?"
  /// is as likely "Where" as "Were".
  private static let openers: Set<String> = [
    "what", "when", "where", "which", "who", "whom", "whose", "why", "how", "does", "did",
    "would", "could", "should",
  ]

  /// English words typed for an auxiliary they sound or look like, right after the question
  /// word: "dose" for "does", "where" and "wear" for "were".
  private static let slippedAuxiliaries: [String: String] = [
    "dose": "does", "where": "were", "wear": "were",
  ]

  /// "According to FEMA's alert, what kind of issue is plain language?" asked as "What kind of
  /// issue is plain language, according to FEMA's alert?". Nil for a question that opens
  /// otherwise.
  static func sourceLast(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count > 4, folded[0] == "according", folded[1] == "to",
      let comma = words.indices.prefix(Self.longestAside + 2).first(where: {
        words[$0].hasSuffix(",")
      }), comma + 1 < words.count
    else { return nil }
    let source = words[...comma].joined(separator: " ").dropLast()
    let rest = words[(comma + 1)...].joined(separator: " ")
    return rest.prefix(1).uppercased() + rest.dropFirst() + ", "
      + source.prefix(1).lowercased() + source.dropFirst() + "?"
  }

  /// The question without its "according to …" part, and that source: "What should Congress
  /// consider?" and "GAO" of "What should Congress consider, according to GAO?". The source
  /// runs from "according to" to a comma or the end. Nil for a question with no source, or with
  /// nothing else.
  static func withoutSource(_ question: String) -> (String, String)? {
    let (words, folded) = spokenWords(of: question)
    guard
      let start = folded.indices.dropLast(2).first(where: {
        folded[$0] == "according" && folded[$0 + 1] == "to"
      })
    else { return nil }
    let end =
      words.indices.dropFirst(start + 2).first { words[$0].hasSuffix(",") }.map { $0 + 1 }
      ?? words.count
    guard end - start - 2 <= Self.longestAside else { return nil }
    var source = words[(start + 2)..<end].joined(separator: " ")
    while let last = source.last, ",?".contains(last) { source.removeLast() }
    var rest = (words[..<start] + words[end...]).joined(separator: " ")
    while let last = rest.last, ", ?".contains(last) { rest.removeLast() }
    guard rest.split(separator: " ").count >= Self.shortestPart, !source.isEmpty else {
      return nil
    }
    return (rest.prefix(1).uppercased() + rest.dropFirst() + "?", source)
  }

  /// The words that set a thing apart before the question about what else there is.
  private static let apartOpeners: [[String]] = [
    ["apart", "from"], ["aside", "from"], ["besides"], ["other", "than"], ["in", "addition", "to"],
  ]

  /// "What subjects are the students trained in apart from GIS?" (as `withoutAsides` leaves
  /// "Apart from GIS, what …?") as the question without what it sets apart, "else" left out,
  /// and what it sets apart: nil when it sets nothing apart at its end.
  static func withoutApart(_ question: String) -> (String, String)? {
    let (words, folded) = spokenWords(of: question)
    for start in words.indices.dropFirst(Self.shortestPart).reversed() {
      guard
        let opener = apartOpeners.first(where: { opener in
          start + opener.count < words.count
            && opener.indices.allSatisfy { folded[start + $0] == opener[$0] }
        }),
        words.count - start - opener.count <= Self.longestAside
      else { continue }
      var apart = words[(start + opener.count)...].joined(separator: " ")
      while let last = apart.last, ",?".contains(last) { apart.removeLast() }
      var rest = words.indices.prefix(start).filter { folded[$0] != "else" }.map { words[$0] }
        .joined(separator: " ")
      while let last = rest.last, ", ".contains(last) { rest.removeLast() }
      guard !apart.isEmpty else { return nil }
      return (rest.prefix(1).uppercased() + rest.dropFirst() + "?", apart)
    }
    return nil
  }

  /// The sentence `citation` cites.
  private func citedSentence(_ citation: Citation) -> Sentence? {
    knowledge.document(citation.document)?.sentences.first { $0.number == citation.sentence }
  }

  /// Whether `reply` rests on a sentence that names `apart`, and says, without a word of it,
  /// something besides the words `asked`: see `answerOne`.
  private func saysBesides(_ apart: String, asked: String, _ reply: Reply) -> Bool {
    let lexicon = knowledge.lexicon
    let named = lexicon.contentStems(apart)
    guard let citation = reply.citations.first, reply.citations.count == 1, !named.isEmpty,
      let sentence = citedSentence(citation)
    else { return false }
    let said = knowledge.sentenceIndex.stems(of: sentence)
    let answer = lexicon.contentStems(reply.answer.components(separatedBy: "\n")[0])
    return named.isSubset(of: said) && answer.isDisjoint(with: named)
      && !answer.subtracting(lexicon.contentStems(asked)).isEmpty
  }

  /// Whether the question opens with a question word, perhaps after a preposition: no yes or
  /// no.
  private static func asksWh(_ question: String) -> Bool {
    let (_, folded) = spokenWords(of: question)
    guard let first = folded.first else { return false }
    return questionWords.contains(first)
      || (WordLists.prepositions.contains(first) && folded.count > 1
        && questionWords.contains(folded[1]))
  }

  /// Whether the answer that cites `citations` speaks for `source`: see `answerOne`.
  private func speaks(_ source: String, in citations: [Citation]) -> Bool {
    guard !citations.isEmpty else { return false }
    let tokens = QuestionText.tokens(source)
    let ranges = knowledge.nameIndex.nameRanges(in: tokens)
    // A capitalised word no name the documents know holds ("according to John Smith") is
    // someone they never quote.
    let unknown = tokens.indices.contains { position in
      tokens[position].original.first?.isUppercase == true
        && !(position == 0 && WordLists.determiners.contains(tokens[position].folded))
        && !ranges.contains { $0.contains(position) }
    }
    if unknown { return false }
    let index = knowledge.sentenceIndex
    let whole = knowledge.lexicon.contentStems(source)
    let sentences = citations.compactMap { citation in
      knowledge.document(citation.document).flatMap { document in
        document.sentences.first { $0.number == citation.sentence }.map { (document, $0) }
      }
    }
    guard sentences.count == citations.count else { return false }
    // Someone's words or beliefs, not the writer's own ("we think", "I believe").
    let quotes = { (sentence: Sentence) in
      let tokens = QuestionText.tokens(sentence.text)
      return tokens.indices.contains { position in
        Self.quotingWords.contains(tokens[position].folded)
          && !(position > 0 && ["i", "we"].contains(tokens[position - 1].folded))
      }
    }
    // The sentence before, when it opens someone's words and does not close them
    // ("John Watson (…): “Psychology … is a purely objective … science." then "Its
    // theoretical goal is …").
    let opening = { (document: Document, sentence: Sentence) -> Sentence? in
      guard let before = document.sentences.first(where: { $0.number == sentence.number - 1 })
      else { return nil }
      let text = before.text
      let open =
        text.count(where: { $0 == "“" }) > text.count(where: { $0 == "”" })
        || text.count(where: { $0 == "\"" }) % 2 == 1 || text.hasSuffix(":")
      return open ? before : nil
    }
    guard !ranges.isEmpty else {
      // "according to the authors", "according to the post": the writing's own voice, in a
      // sentence that quotes no one. Anyone else ("the council", "critics") must be named.
      let head = tokens.last.map(\.folded) ?? ""
      if Self.writingWords.contains(head) || WordNet.english?.namesWriting(head) == true {
        return sentences.allSatisfy { !quotes($0.1) || whole.isSubset(of: index.stems(of: $0.1)) }
      }
      guard WordNet.english?.namesSpeaker(head) == true else { return false }
      return sentences.allSatisfy { document, sentence in
        whole.isSubset(of: index.stems(of: sentence))
          || (!quotes(sentence)
            && opening(document, sentence).map { whole.isSubset(of: index.stems(of: $0)) } == true)
      }
    }
    // Each name as typed and every other name of what it names ("Lin" of "Ana Lin").
    let named = ranges.map { range in
      knowledge.nameIndex.names(in: tokens, from: range.lowerBound).last?.entities.map {
        knowledge.entities[$0]
      } ?? []
    }
    let names = zip(ranges, named).map { range, entities in
      [knowledge.lexicon.contentStems(tokens[range].map(\.original).joined(separator: " "))]
        + entities.flatMap(knowledge.nameStems(of:)).filter { !$0.isEmpty }
    }
    let holds = { (stems: Set<String>) in
      names.allSatisfy { variants in variants.contains { $0.isSubset(of: stems) } }
    }
    // A person speaks only where the sentence names them, or where the sentence before opens
    // their words: "Mayor Lin" is not every sentence of a report that names her.
    let person = named.joined().contains { $0.kind == .person || $0.mayBePerson }
    // "according to Qatar's premier" names someone of Qatar's, whom the sentence must name.
    let described = !whole.subtracting(names.map { $0[0] }.joined()).isEmpty
    return sentences.allSatisfy { document, sentence in
      let said = index.stems(of: sentence)
      if described { return whole.isSubset(of: said) }
      if holds(said) { return true }
      guard !quotes(sentence) else { return false }
      if person {
        return opening(document, sentence).map { holds(index.stems(of: $0)) } == true
      }
      // Found through the index, not by reading the document's every sentence.
      return names.allSatisfy { variants in
        variants.contains { name in
          index.holdingAll(name).contains { index.sentences[$0].document == document.id }
        }
      }
    }
  }

  /// The nouns of a writing or its writer, whose every sentence is its own voice: "according to
  /// the authors", "according to the post".
  private static let writingWords = Set(readSources).union([
    "author", "authors", "writer", "writers", "editor", "editors", "blog", "essay", "passage",
    "chapter", "chapters", "section", "study", "survey", "research", "researchers", "paper",
    "guide", "handbook", "book", "letter", "message", "thread", "statement", "announcement",
  ])

  /// Words that tell whose words a sentence gives: the verbs of saying, "according" and
  /// "believes".
  private static let quotingWords = WordLists.speechVerbs.union([
    "according", "believe", "believes", "believed", "think", "thinks", "thought", "view",
    "views", "opinion", "feel", "feels", "felt",
  ])

  /// "What is the workshop supposed to achieve?" asked as what it is for: "What is the goal of
  /// the workshop?", which a sentence that gives a goal ("The goal of the workshop is to …")
  /// answers. So is "What does X aim to achieve?". Nil for any other question.
  static func purpose(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 5, folded[0] == "what",
      let to = folded.indices.dropFirst(3).first(where: {
        folded[$0] == "to" && $0 + 1 < folded.count && Self.purposeVerbs.contains(folded[$0 + 1])
      })
    else { return nil }
    let intending = folded[to - 1]
    let verb = folded[1]
    // "What is X supposed to achieve?", "What does X aim to achieve?"
    guard
      (Self.purposeParticiples.contains(intending) && ClauseQuestion.beForms.contains(verb))
        || (["aim", "aims", "aimed"].contains(intending) && ["does", "do", "did"].contains(verb))
    else { return nil }
    let thing = words[2..<(to - 1)]
    guard !thing.isEmpty else { return nil }
    let rest = words[(to + 2)...]
    return (["What", verb, "the", "goal", "of"] + thing + rest).joined(separator: " ") + "?"
  }

  /// `asked` as a question of the writer of a text that says "I" (`askedOfWriter`), when the
  /// conversation names no one its "he" could be and the last question was no "Who …?" whose
  /// answer "he" may be. Only with two words of its own at least, besides a verb of every use:
  /// the writer said much, and "What does he cook with?" or "What had someone done for him
  /// while he slept?" is too little to tell which of it answers. Not a yes or no, which a
  /// sentence of the writer's on something near would answer wrongly.
  private func writersQuestion(_ asked: String, _ context: ConversationContext) -> String? {
    guard !knowledge.firstPersonDocuments.isEmpty, !context.answeredWho else { return nil }
    let tokens = QuestionText.tokens(asked)
    let resolved = tokens.contains { token in
      ConversationContext.isPersonal(token.folded)
        && (context.resolve(token.folded, slot: .entity, knowledge: knowledge) != nil
          || context.topic(for: token.folded) != nil)
    }
    let own = Set(
      tokens.filter {
        !WordLists.stopWords.contains($0.folded) && WordLists.pronounKinds[$0.folded] == nil
          && !EvidenceAnswerer.particles.contains($0.folded)
      }.map(\.stem)
    ).subtracting(Self.slightStems)
    guard !resolved, own.count >= 2,
      let opening = tokens.first(where: { !Self.tyingWords.contains($0.folded) }),
      !ClauseQuestion.auxiliaries.contains(opening.folded)
    else { return nil }
    return Self.askedOfWriter(asked)
  }

  /// The stems of verbs of every use, and of "do", which say nothing of what was done.
  private static let slightStems = EvidenceAnswerer.lightVerbs.union([Stemmer.stem("do")])

  /// The words that tie a question to the one before: "And how much …", "So does he …".
  static let tyingWords: Set<String> = ["and", "so", "but", "then", "also"]

  /// "Where did he find the old statue?" asked as "Where did the writer find the old
  /// statue?": each "he" or "she" of the question as the writer, "his" and a "her" before a
  /// noun as the writer's. Nil for a question without one, or with both ("Did she call him?"
  /// is of two people).
  static func askedOfWriter(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    let he = folded.contains { ["he", "him", "his", "himself"].contains($0) }
    let she = folded.contains { ["she", "her", "hers", "herself"].contains($0) }
    // Nor with a writer of its own: "Which writer does he quote?" asks of another.
    guard he != she, !folded.contains(where: { Self.writerStems.contains(Stemmer.stem($0)) })
    else { return nil }
    var asked: [String] = []
    for (position, word) in folded.enumerated() {
      let next = position + 1 < folded.count ? folded[position + 1] : ""
      switch word {
      case "he", "she", "him": asked += ["the", "writer"]
      case "his": asked += ["the", "writer's"]
      case "her":
        asked += [
          "the", next.isEmpty || WordLists.stopWords.contains(next) ? "writer" : "writer's",
        ]
      default: asked.append(words[position])
      }
    }
    guard asked.count > words.count else { return nil }
    if asked[0] == "the" { asked[0] = "The" }
    return asked.joined(separator: " ") + "?"
  }

  /// "Who is the teacher who led the project?" asked as "Which teacher led the project?": who
  /// or what is a thing of one or two common words that a relative clause describes, asked as
  /// which such thing does what the clause says. Nil for any other question.
  static func described(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 6, ["who", "what"].contains(folded[0]),
      ["is", "was", "are", "were"].contains(folded[1]), folded[2] == "the",
      let relative = folded.indices.dropFirst(4).prefix(2).first(where: {
        ["who", "that", "which"].contains(folded[$0])
      }),
      relative + 1 < folded.count,
      words[3..<relative].allSatisfy({ $0.first?.isLowercase == true && $0.allSatisfy(\.isLetter) }
      ),
      !folded[3..<relative].contains(where: WordLists.stopWords.contains)
    else { return nil }
    return (["Which"] + words[3..<relative] + words[(relative + 1)...]).joined(separator: " ") + "?"
  }

  /// "Who were the founders of PostHog?" asks "Who founds PostHog?": a noun for the one who
  /// does a deed ("founder", "creator", "designer"), which WordNet derives from its verb, of a
  /// thing, asked as the deed done to the thing; with the noun's lemma. Nil for another
  /// question.
  static func doersAsked(_ question: String) -> (question: String, doer: String)? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 6, folded[0] == "who", ["was", "were"].contains(folded[1]),
      ["the", "its", "their"].contains(folded[2]), folded[4] == "of",
      let wordNet = WordNet.english
    else { return nil }
    let noun = wordNet.lemmas(of: folded[3], as: .noun).first ?? folded[3]
    guard noun.hasSuffix("er") || noun.hasSuffix("or") else { return nil }
    let stem = String(noun.dropLast(2))
    // "founder" of "found", "creator" of "create": the verb the noun is made from.
    guard
      let verb = wordNet.derivations(of: noun).filter({ verb in
        WordNet.knows(verb, as: .verb) && !verb.contains(" ")
          && (verb == stem || verb == stem + "e" || verb == stem + "ate")
      }).min()
    else { return nil }
    let rest = words[5...].joined(separator: " ")
    return ("Who \(VerbLemma.thirdPerson(of: verb)) \(rest)?", noun)
  }

  /// "Does the article say more research is needed?" asks whether more research is needed: the
  /// yes or no of what the document is asked to state, as a question of its own ("Is more
  /// research needed?"). Its first auxiliary opens it; with none, "does" or "did" does ("Did
  /// the post say animals fled?" asks "Did animals fled?", which the parser reads as asked).
  static func claim(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 6, ["does", "did"].contains(folded[0]),
      ["the", "this"].contains(folded[1]), ClauseQuestion.documentWords.contains(folded[2]),
      Self.claimVerbs.contains(folded[3])
    else { return nil }
    // What the document is asked to state, without a "that" opening it.
    let start = folded[4] == "that" ? 5 : 4
    var rest = Array(words[start...])
    let restFolded = Array(folded[start...])
    // The clause's own auxiliary, after its subject: "more research is still needed".
    if let aux = restFolded.indices.dropFirst().first(where: {
      ClauseQuestion.auxiliaries.contains(restFolded[$0]) && restFolded[$0] != "do"
    }), aux <= Self.longestClaimSubject {
      let moved = rest.remove(at: aux)
      rest.insert(moved.prefix(1).uppercased() + moved.dropFirst(), at: 0)
    } else {
      rest.insert(folded[0].prefix(1).uppercased() + folded[0].dropFirst(), at: 0)
    }
    guard rest.count >= 3 else { return nil }
    return rest.joined(separator: " ") + "?"
  }

  /// "Which court ruling does the writer say might be overturned?" asks "Which court ruling
  /// might be overturned?": a question of what the text or its writer says, thinks or
  /// suggests, asked of the clause said, its auxiliary moved before its subject ("What does
  /// the author say DIME should now do?" → "What should DIME now do?"). Nil for any other
  /// question.
  static func reported(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 6, Self.reportedOpeners.contains(folded[0]),
      let auxiliary = folded.indices.prefix(Self.longestKindAsked + 1).first(where: {
        ["does", "do", "did"].contains(folded[$0])
      }), auxiliary >= 1, auxiliary + 4 < folded.count,
      ["the", "this"].contains(folded[auxiliary + 1]),
      ClauseQuestion.documentWords.contains(folded[auxiliary + 2])
        || Self.writerStems.contains(Stemmer.stem(folded[auxiliary + 2])),
      Self.claimVerbs.union(Self.thinkingVerbs).contains(folded[auxiliary + 3])
    else { return nil }
    let start = folded[auxiliary + 4] == "that" ? auxiliary + 5 : auxiliary + 4
    guard start < words.count else { return nil }
    let asked = words[..<auxiliary].joined(separator: " ")
    var rest = Array(words[start...])
    let restFolded = Array(folded[start...])
    if ClauseQuestion.auxiliaries.contains(restFolded[0]) {
      // The question's own phrase is the subject: "… might be overturned".
    } else if let inner = restFolded.indices.dropFirst().prefix(Self.longestClaimSubject).first(
      where: { ClauseQuestion.auxiliaries.contains(restFolded[$0]) && restFolded[$0] != "do" })
    {
      rest.insert(rest.remove(at: inner), at: 0)
    } else {
      rest.insert(
        folded[auxiliary] == "does" && ["we", "they", "you", "i"].contains(restFolded[0])
          ? "do" : folded[auxiliary], at: 0)
    }
    return asked + " " + rest.joined(separator: " ") + "?"
  }

  /// The stems of the words a question calls a text's "I" by.
  private static let writerStems = Set(
    Narrator.singularNames.split(separator: " ").map { Stemmer.stem(String($0)) })

  /// The question words a question of what a text says opens with.
  private static let reportedOpeners: Set<String> = [
    "what", "which", "who", "whom", "why", "how", "where", "when",
  ]
  /// Verbs of what someone holds true.
  private static let thinkingVerbs: Set<String> = ["think", "believe", "expect", "feel"]

  /// A question that asks how someone describes something, asked as what it is, with who
  /// describes it: "How does the author describe the goal?" → ("What is the goal?", "the
  /// author"); "What does Kenny describe as his biggest challenge?" → ("What is his biggest
  /// challenge?", "Kenny"); "Which planning idea does the author describe as controversial?" →
  /// ("Which planning idea is controversial?", "the author"). A passive says no one: "Which
  /// sessions are called hugely important?" → ("Which sessions are hugely important?", nil).
  /// Nil for any other question, and for one that asks a name ("What is the leaf's skin
  /// called?").
  static func characterization(_ question: String) -> Characterization? {
    let (words, folded) = spokenWords(of: question)
    guard folded.count >= 4 else { return nil }
    let copula = { (auxiliary: String) in
      auxiliary == "did" ? "was" : auxiliary == "do" ? "are" : "is"
    }
    let join = { (part: ArraySlice<String>) in part.joined(separator: " ") }
    // "How does the author describe the goal?", "What does the post call the replacement?",
    // "Which idea does the author describe as controversial?"
    if let auxiliary = folded.indices.first(where: { ["does", "do", "did"].contains(folded[$0]) }),
      auxiliary >= 1, auxiliary <= Self.longestKindAsked,
      let verb = folded.indices.dropFirst(auxiliary + 2).prefix(Self.longestSource).first(where: {
        Self.describingVerbs.contains(folded[$0]) || Self.namingVerbs.contains(folded[$0])
      })
    {
      let source = join(words[(auxiliary + 1)..<verb])
      // Not "she" or "they", whom the documents name otherwise.
      guard WordLists.pronounKinds[folded[auxiliary + 1]] == nil,
        !["i", "you", "we"].contains(folded[auxiliary + 1])
      else { return nil }
      let opening = folded[0]
      let described = Self.describingVerbs.contains(folded[verb])
      if opening == "how", described, verb + 1 < words.count {
        let thing = join(Self.withoutFrame(words[(verb + 1)...], folded: folded))
        return Characterization(
          question: "What \(copula(folded[auxiliary])) \(thing)?", source: source,
          described: thing, subject: true)
      }
      guard ["what", "which"].contains(opening) else { return nil }
      // "… describe as his biggest challenge", "… call the replacement".
      let start = verb + 1 < folded.count && folded[verb + 1] == "as" ? verb + 2 : verb + 1
      guard described ? start == verb + 2 : true, start < words.count else { return nil }
      let kind = join(words[..<auxiliary])
      let thing = join(words[start...])
      return Characterization(
        question: "\(kind) \(copula(folded[auxiliary])) \(thing)?", source: source,
        described: thing, subject: false)
    }
    // "How is the specimen count described?" asks what it is.
    if folded[0] == "how", ["is", "are", "was", "were"].contains(folded[1]),
      let last = folded.last,
      ["described", "characterised", "characterized", "portrayed", "depicted"].contains(last),
      words.count > 3
    {
      let thing = join(words[2..<(words.count - 1)])
      return Characterization(
        question: "What \(folded[1]) \(thing)?", source: nil, described: thing, subject: true,
        first: true)
    }
    // "Which sessions are called hugely important?", "Which option is now seen as a flaw?"
    guard ["what", "which", "who"].contains(folded[0]),
      let be = folded.indices.dropFirst().prefix(Self.longestKindAsked + 1).first(where: {
        ["is", "are", "was", "were"].contains(folded[$0])
      })
    else { return nil }
    var verb = be + 1
    if verb < folded.count, folded[verb].hasSuffix("ly") || folded[verb] == "now" { verb += 1 }
    guard verb + 1 < folded.count else { return nil }
    let end: Int
    switch folded[verb] {
    case "called", "considered", "deemed", "labelled", "labeled", "termed": end = verb + 1
    case "described", "seen", "regarded", "viewed", "characterised", "characterized":
      guard folded[verb + 1] == "as" else { return nil }
      end = verb + 2
    case "said", "thought", "believed":
      guard verb + 2 < folded.count, folded[verb + 1] == "to", folded[verb + 2] == "be" else {
        return nil
      }
      end = verb + 3
    default: return nil
    }
    guard end < words.count else { return nil }
    return Characterization(
      question: join(words[..<verb]) + " " + join(words[end...]) + "?", source: nil,
      described: nil, subject: false)
  }

  /// What a question asks described, less a short phrase after it that says in what way
  /// ("Broomhill as a place", "Morocco as a whole", "her on a personal level").
  private static func withoutFrame(_ words: ArraySlice<String>, folded: [String])
    -> ArraySlice<String>
  {
    guard
      let frame = words.indices.dropFirst().first(where: { position in
        ["as", "on", "in"].contains(folded[position])
          && words.endIndex - position <= Self.longestFrame
      })
    else { return words }
    return words[..<frame]
  }

  /// The most words of a phrase that says in what way something is described: "on a
  /// personal level".
  private static let longestFrame = 4

  /// A question that asks what something is known as, or referred to as, asked as what it is
  /// called, the word sentences that give names are read for: "What is the combined result
  /// known as?" → "What is the combined result called?". Nil for any other question.
  static func calledInstead(_ question: String) -> String? {
    let (words, folded) = spokenWords(of: question)
    guard
      let position = folded.indices.dropFirst(2).first(where: { position in
        (folded[position] == "known" && position + 1 < folded.count
          && folded[position + 1] == "as")
          || (folded[position] == "referred" && position + 2 < folded.count
            && folded[position + 1] == "to" && folded[position + 2] == "as")
      })
    else { return nil }
    let end = position + (folded[position] == "known" ? 2 : 3)
    // Only the question's end, or a word of time after it: "… known as now?".
    guard words.count == end || (words.count == end + 1 && Self.timeAdverbs.contains(folded[end]))
    else { return nil }
    return (words[..<position] + ["called"] + words[end...]).joined(separator: " ") + "?"
  }

  /// The words of time a question may end on after what it asks something is called.
  private static let timeAdverbs: Set<String> = [
    "now", "today", "then", "originally", "before", "later", "first", "formerly", "earlier",
  ]

  /// A question about how something is described, asked as what it is.
  struct Characterization {
    /// The question asked as what it is: "What is the goal?".
    let question: String
    /// Who describes it, when the question says: "the author".
    let source: String?
    /// What is described, when the question asks what it is: "the goal".
    let described: String?
    /// Whether it must be the subject that the sentence says is something: "The goal is …".
    let subject: Bool
    /// Whether it is asked so before the question as put: "How is Hamas described?".
    var first = false
  }

  /// Whether each cited sentence says what `described` is, by all its words or those before
  /// its first preposition: followed by a form of "be" when it must be the `subject` ("The C
  /// language is old and boring"); else after one, or after a comma ("Abstractions and
  /// notation are the user interface of research", "Gateway API, the modern replacement for
  /// Ingress"), not before one ("The plan was a response to the floods" calls it nothing).
  private func says(what described: String, subject: Bool, in citations: [Citation]) -> Bool {
    let words = QuestionText.tokens(described).map(\.folded).drop {
      WordLists.determiners.contains($0) || WordLists.ownerPossessives.contains($0)
    }
    let head = words.prefix { !WordLists.prepositions.contains($0) }
    guard !head.isEmpty else { return false }
    let phrases = [Array(words), Array(head)].map { phrase in
      phrase.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "\\W+")
    }
    let be = "(?:is|are|was|were)"
    let patterns = phrases.flatMap { phrase in
      subject
        // "The goal is …", or with what it is after a comma: "the Palestine Liberation
        // Organization (PLO), a nationalist coalition".
        ? [
          "\\b\(phrase)\\W+\(be)\\b",
          "\\b\(phrase)\\)?(?:\\s*\\([^)]*\\))?,\\s*(?:the|a|an)\\s",
        ]
        : [
          "\\b\(be)\\W+(?:(?:the|a|an)\\W+)?\(phrase)\\b",
          ",\\s*(?:(?:the|a|an)\\s+)?\(phrase)\\b",
        ]
    }.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
    // The subject, not what a preposition takes: "support for Aung San Suu Kyi was …" says
    // nothing of what Suu Kyi is. What comes after a comma describes it whatever it is, save
    // after a phrase that opens the sentence: "Since the flood, the river has been watched".
    let afterPreposition = { (text: String, match: NSRange) -> Bool in
      guard subject, let range = Range(match, in: text) else { return false }
      let leading = { (token: QuestionToken) in
        WordLists.prepositions.contains(token.folded) || Self.openingWords.contains(token.folded)
      }
      let before = Array(
        QuestionText.tokens(String(text[..<range.lowerBound])).reversed().drop {
          ($0.original.first?.isUppercase == true && !leading($0))
            || WordLists.determiners.contains($0.folded)
        })
      guard let first = before.first, leading(first) else { return false }
      return !text[range].contains(",") || before.count == 1
    }
    return !citations.isEmpty
      && citations.allSatisfy { citation in
        guard let text = citedSentence(citation)?.text else { return false }
        let whole = NSRange(text.startIndex..., in: text)
        return patterns.contains { pattern in
          pattern.matches(in: text, range: whole).contains { !afterPreposition(text, $0.range) }
        }
      }
  }

  /// Words that open a phrase before the sentence's subject: "Since the flood, …".
  private static let openingWords: Set<String> = [
    "since", "after", "before", "during", "while", "when", "until", "although", "though",
    "because", "if", "once", "as",
  ]

  /// Verbs of telling what something is like: "How does the author describe …?".
  private static let describingVerbs: Set<String> = [
    "describe", "characterise", "characterize", "portray", "depict", "see", "view", "regard",
  ]
  /// Verbs of calling something by what it is: "What does the post call …?".
  private static let namingVerbs: Set<String> = ["call", "consider", "label", "term"]
  /// How many words may say the kind a "which" question asks for, and who describes it.
  private static let longestKindAsked = 5
  private static let longestSource = 5

  /// Verbs by which a question asks what a document states: "Does the article say …?".
  private static let claimVerbs: Set<String> = [
    "say", "state", "claim", "mention", "suggest", "report", "note", "argue", "imply",
  ]
  /// How many words may stand before the auxiliary of the stated clause.
  private static let longestClaimSubject = 6

  /// The participles that say what something is for, before "to": "supposed to achieve".
  private static let purposeParticiples: Set<String> = [
    "supposed", "meant", "intended", "designed", "expected",
  ]
  /// The verbs after them that ask for the goal itself ("supposed to do" asks for a deed).
  private static let purposeVerbs: Set<String> = ["achieve", "accomplish"]

  /// How `direct(_:)` asks for the things a request lists.
  private static let listed = "What are "

  /// The words that open a request for what a question would ask, longest first.
  private static let requests: [[String]] = [
    ["can", "you", "tell", "me"], ["could", "you", "tell", "me"], ["would", "you", "tell", "me"],
    ["i", "want", "to", "know"], ["i", "would", "like", "to", "know"], ["do", "you", "know"],
    ["give", "me"], ["show", "me"], ["tell", "me"], ["list"], ["name"],
  ].sorted { $0.count > $1.count }

  /// The requests that ask for a list of things: "List the …".
  private static let listing: Set<String> = ["list", "name", "give me", "show me", "tell me"]

  /// The capitalised words `tokens`, each one the documents do not write corrected to the
  /// nearest one they do, when at least one needed it and the words then name part of a name
  /// the documents know.
  private func correctedWordByWord(_ tokens: ArraySlice<QuestionToken>) -> String? {
    var changed = false
    var written: [String] = []
    for token in tokens {
      if capitalisedWords.isWritten(token.folded) || words.isWritten(token.folded)
        || token.folded.count < Self.shortestCapitalisedTypo
      {
        written.append(token.original)
      } else if let word = capitalisedWords.correction(
        for: token.folded, isEnglish: WordCorrector.isEnglish)
      {
        written.append(word.capitalizingFirstLetter())
        changed = true
      } else {
        return nil
      }
    }
    // "Queen" is her title, not part of "Elizabeth II".
    let named = written.filter { $0.count > 2 && !WordLists.titles.contains($0.lowercased()) }
      .joined(separator: " ")
    guard changed, !named.isEmpty, !knowledge.nameIndex.partialMatches(named).isEmpty else {
      return nil
    }
    return written.joined(separator: " ")
  }

  /// The question with each misspelt word that is not a name replaced by the known word it is
  /// nearest to, and the replacements made.
  private func correctingWords(_ question: String) -> (
    String, [(typed: String, word: String, isName: Bool)]
  ) {
    var fixes: [(typed: String, word: String, isName: Bool)] = []
    var text = question
    let tokens = QuestionText.tokens(question)
    let isCapitalised = { (position: Int) in
      tokens.indices.contains(position) && tokens[position].original.first?.isUppercase == true
    }
    // A name's words without its article: "the Qatari PM" is typed "Qatari PM".
    let bare = { (name: String) in
      Folding.words(name).split(separator: " ").drop { $0 == "the" }.joined(separator: " ")
    }
    var position = 0
    // A misspelt name of several words among the question's free words ("at the Memhis
    // Zoo"), when it is near one name alone: that name, as a slot for a name would take it.
    while position < tokens.count {
      defer { position += 1 }
      guard position > 0, isCapitalised(position), isCapitalised(position + 1),
        !isCapitalised(position - 1) || position == 1
      else { continue }
      var end = position + 1
      while isCapitalised(end + 1) { end += 1 }
      let typed = tokens[position...end].map(\.original).joined(separator: " ")
      guard knowledge.nameIndex.partialMatches(typed).isEmpty, let range = text.range(of: typed)
      else { continue }
      let candidates = knowledge.nameIndex.typoCandidates(typed)
      guard candidates.count == 1 else {
        // "Queen Elizabth II", "Mississipi State": no name is near the whole, but each
        // misspelt word is near one of the documents' words, and together they are part of a
        // name the documents know.
        if let fixed = correctedWordByWord(tokens[position...end]) {
          text.replaceSubrange(range, with: fixed)
          fixes.append((typed, fixed, true))
          position = end
        }
        continue
      }
      // A name the entity goes by as typed ("the Qatari PM") is no typo.
      let entity = knowledge.entities[candidates[0]]
      let name = entity.name
      guard !entity.allNames.contains(where: { bare($0) == bare(typed) }) else { continue }
      // "the Peace Borad" is "the Peace Board", not "the the Peace Board".
      let written =
        tokens[position - 1].folded == "the" && name.lowercased().hasPrefix("the ")
        ? String(name.dropFirst(4)) : name
      text.replaceSubrange(range, with: written)
      fixes.append((typed, name, true))
      position = end
    }
    for (position, token) in tokens.enumerated() {
      // "Wsa that elevation data free?": an opening word of three letters, two of them
      // swapped, is the question word or auxiliary they spell, too short a word for the
      // corrector to look up.
      // So is one lacking a letter ("Wat is …?"), unless the documents write it.
      if position == 0,
        let opener = Self.swappedOpener(token.folded)
          ?? (words.isWritten(token.folded) || capitalisedWords.isWritten(token.folded)
            ? nil : Self.shortenedOpener(token.folded)),
        let range = text.range(of: token.original)
      {
        let written = isCapitalised(0) ? opener.capitalizingFirstLetter() : opener
        text.replaceSubrange(range, with: written)
        fixes.append((token.original, written, false))
        continue
      }
      // "What dose QTS mean?", "How where the pearls painted?": right after the question word
      // stands its auxiliary, and a word spelt like one there is the auxiliary mistyped.
      // Not "What dose is safe?" or "How, where and when were …?", whose auxiliary comes
      // later.
      if position == 1, let auxiliary = Self.slippedAuxiliaries[token.folded],
        Self.questionWords.contains(tokens[0].folded), tokens.count > 3,
        !tokens.dropFirst(2).contains(where: {
          ClauseQuestion.auxiliaries.contains($0.folded) || ["and", "or", "of"].contains($0.folded)
        }),
        let range = text.range(of: token.original)
      {
        text.replaceSubrange(range, with: auxiliary)
        fixes.append((token.original, auxiliary, false))
        continue
      }
      // "How offen …?": a misspelt word right after "how" is the word that goes with "how" it is
      // one slip from ("often"), before any word of the documents ("offer").
      // Not a name: "how OLS affects …".
      if position > 0, tokens[position - 1].folded == "how",
        token.original.first?.isLowercase == true,
        let word = Self.howWord(token.folded), let range = text.range(of: token.original)
      {
        text.replaceSubrange(range, with: word)
        fixes.append((token.original, word, false))
        continue
      }
      // A capital marks a name; names of several words have their own typo index. A long
      // capitalised word standing alone is a misspelt word of the documents all the same
      // ("the Missisippi").
      // The first word is capitalised as every sentence's is ("Wher did he study?"); a name
      // there is the name index's to correct.
      let capitalised = position > 0 && isCapitalised(position)
      guard
        !capitalised
          || (token.folded.count >= Self.shortestCapitalisedTypo
            && (position == 1 || !isCapitalised(position - 1)) && !isCapitalised(position + 1)
            && knowledge.nameIndex.partialMatches(token.original).isEmpty),
        position > 0 || knowledge.nameIndex.typoCandidates(token.original).isEmpty,
        // A word the documents write, if only with a capital ("3,500 Committers"), is no typo.
        !capitalisedWords.isWritten(token.folded), !words.isWritten(token.folded),
        // A word the documents write only in names ("the Blender Foundation") is a word all
        // the same: "foundaton" is "foundation".
        case let plain =
          capitalised
          ? nil
          : words.correction(for: token.folded, isEnglish: WordCorrector.isEnglish, english: true),
        let word = plain
          ?? capitalisedWords.correction(for: token.folded, isEnglish: WordCorrector.isEnglish)
          // Near no word of the documents, a slip of a common word of English ("recieved"),
          // taken as that word: the answer must then be found in other words.
          ?? (capitalised ? nil : WordCorrector.englishSlip(token.folded))
      else { continue }
      // A part of a longer name ("Daragmeh") is the name index's to correct, to the whole name.
      if plain == nil,
        knowledge.nameIndex.typoCandidates(token.original).contains(where: {
          Folding.words(knowledge.entities[$0].name) != word
        })
      {
        continue
      }
      guard let range = text.range(of: token.original) else { continue }
      let written =
        capitalised || isCapitalised(position) ? word.capitalizingFirstLetter() : word
      text.replaceSubrange(range, with: written)
      fixes.append((token.original, written, false))
    }
    return (text, fixes)
  }

  /// Answers `question` as typed (or as corrected): from the templates' facts, else from a
  /// clause's roles, else from the sentence that holds the question's words and the kind of
  /// phrase it asks for. Pronouns are read as the conversation's names for the last two.
  /// `listing` lets a request to name or list things ("Name some of the assets …") be answered
  /// by the examples a sentence gives, as one that says "example" always may.
  private func answerReading(
    _ question: String, context: ConversationContext, listing: Bool = false
  ) -> Outcome {
    var outcome = answerFromTemplates(question, context: context)
    guard outcome.reply.citations.isEmpty,
      outcome.reply.outcome == .refused(.notStated)
        || outcome.reply.outcome == .refused(.notUnderstood)
    else { return outcome }
    // A name the templates took as misspelt ("Blendr Foundation") is read as corrected here
    // too, and so is one among their free words ("How much did Lena Marhs raise?").
    // ("Lena Marsh" standing for Curator Lena Marsh needs no correcting: the words are hers.)
    var corrections = outcome.explanation.corrections.filter {
      knowledge.nameIndex.partialMatches($0.typed).isEmpty
    }
    var read = question
    for correction in corrections {
      if let range = Self.range(of: correction.typed, in: read) {
        read.replaceSubrange(range, with: correction.name)
      }
    }
    if corrections.isEmpty { (read, corrections) = correctingNames(in: read) }
    let prefix = corrections.map { "(Taking “\($0.typed)” as \($0.name).)\n" }.joined()
    let typed = QuestionText.tokens(read)
    let (tokens, unresolved, bare) = resolvingPronouns(typed, context: context)
    let named = (names(in: tokens) + partlyNamed(in: tokens)).uniqued()
    // The templates refused; the names the question holds as read here (corrected, its
    // pronouns resolved, a surname for its person) are what it talked about.
    if !named.isEmpty { outcome.mentioned = named }
    if let found = expansion(asked: tokens) {
      return answered(
        prefix + "\(found.short) stands for \(found.long).", citing: Citation(found.sentence),
        intent: "sentence", question: question, corrections: corrections,
        note: "the sentence spells out the short form “\(found.short)”", mentioned: named)
    }
    // A question about the document itself, answered from the dateline or byline it opens
    // with.
    if let (text, sentence, says) = datelineAnswer(tokens, context: context).map({
      ($0.text, $0.sentence, "its dateline says where and when it was issued")
    })
      ?? bylineAnswer(tokens, context: context).map({
        ($0.text, $0.sentence, "its byline says who wrote it, where and when it appeared")
      })
    {
      return answered(
        prefix + text, citing: Citation(sentence), intent: "sentence", question: question,
        corrections: corrections, note: "the question asks about the document itself: " + says,
        mentioned: named)
    }
    // "Give an example of an open habitat that depends on particular soils.": the examples a
    // sentence gives of that kind of thing.
    if let request = ExampleRequest(tokens), request.saysExample || listing,
      let asked = clauseQuestion(
        QuestionText.tokens("What are") + request.kind + request.topic, minimumWords: 1),
      let found = ExampleAnswerer(knowledge: knowledge, threshold: grammar.matching.sentence)
        .answer(request, as: asked)
    {
      return answered(
        prefix + found.text, citing: Citation(found.sentence), intent: "sentence",
        question: question, corrections: corrections,
        note: "the question asks for examples; the sentence gives them (it holds "
          + String(format: "%.2f", found.coverage) + " of the question's word weight)",
        mentioned: talkedAbout(answer: found.text, named: named))
    }
    // "Who said that?" has no content word but what "that" stands for.
    let pointsBack = Self.pointsBack(tokens) && context.statement != nil
    guard let asked = clauseQuestion(tokens, minimumWords: pointsBack ? 0 : 1) else {
      return outcome
    }
    // Yes or no is the sentence layer's: no clause role answers it. A common verb the clause
    // must have, or a way of doing it, counts as a word ("Who made findtoilet.dk?").
    // An age is read in the sentence ("when he was nineteen"), which no clause role holds.
    // "What does the quiz do?" asks for what the quiz does: a clause whose subject is another
    // does not say it.
    if asked.gap != .truth, !asked.asksAge,
      asked.stems.count + (asked.commonVerb == nil ? 0 : 1) >= (asked.gap == .manner ? 3 : 2),
      let found = ClauseAnswerer(knowledge: knowledge).answer(asked),
      asked.holdsDoer(in: knowledge.lexicon.contentStems(found.clause.subject?.text ?? ""))
    {
      return answered(
        prefix + found.text, citing: found.clause.citation, intent: "clause",
        question: question, corrections: corrections,
        note: "answered from the clause layer: \(found.clause.outline); "
          + "the question asks for “\(found.filler.text)”",
        mentioned: talkedAbout(answer: found.filler.text, named: named))
    }
    let evidence = EvidenceAnswerer(
      knowledge: knowledge, threshold: grammar.matching.sentence,
      statementThreshold: grammar.matching.statement,
      paraphraseThreshold: grammar.matching.paraphrase, countThreshold: grammar.matching.count,
      verbThreshold: grammar.matching.verb)
    // The sentence the last answer rested on.
    let stated = context.statement.flatMap { statement in
      knowledge.document(statement.document)?.sentences.first { $0.number == statement.sentence }
    }
    // "Who said that?": "that" stands for what the last answer stated, in the sentence it
    // rested on.
    if pointsBack, let sentence = stated,
      let found = evidence.answer(asked, words: tokens, pointingBackTo: sentence)
    {
      return answered(
        prefix + found.text, citing: Citation(found.sentence), intent: "sentence",
        question: question, corrections: corrections,
        note: "“\(tokens.last { $0.original.first?.isLetter == true }?.original ?? "that")” "
          + "stands for what the last answer stated; the question asks for \(found.asked)",
        mentioned: talkedAbout(answer: found.text, named: named))
    }
    // A follow-up's pronoun or "that …" points at what the last answer was about: "How many of
    // them were accepted?" is asked of the sentences around the last answer's.
    let readAround = { () -> Outcome? in
      guard let bare, let sentence = stated,
        let following = evidence.following(
          sentence,
          holding: bare.referent.map { knowledge.lexicon.contentStems(QuestionText.join($0)) },
          thing: knowledge.lexicon.contentStems(QuestionText.join(bare.things))),
        let pointed = clauseQuestion(bare.words, minimumWords: 1),
        let found = evidence.answer(
          pointed, words: bare.words, following: following, pronoun: bare.pronoun)
      else { return nil }
      return answered(
        prefix + found.text, citing: Citation(found.sentence),
        also: found.items.map(Citation.init), intent: "sentence",
        question: question, corrections: corrections,
        note: "the question points back at what the last answer was about, in "
          + "\(sentence.document), sentence \(sentence.number): read in the sentences "
          + "around it; the question asks for \(found.asked)",
        mentioned: talkedAbout(answer: found.text, named: named))
    }
    // It is read there first, before any other sentence that holds the question's words
    // ("What happened to them in Python 3?" is asked of the imports just spoken of), save a
    // "that" before a noun that stands for a name, which any sentence may hold ("that study"
    // as the Carcass Drift Study).
    let resolvedPointer = bare?.resolved == true
    if !resolvedPointer, let around = readAround() { return around }
    // A pronoun the conversation cannot resolve is left out; the rest must then say enough.
    // Then only the document the conversation is in answers: "What did the two of them set
    // up?" is not asked of another document's "two products".
    let saysEnough = !unresolved || asked.stems.count >= 2
    let found = (saysEnough ? evidence.answer(asked, words: tokens) : nil).flatMap { found in
      !unresolved || context.document.map { $0 == found.sentence.document } != false
        ? found : nil
    }
    if found == nil, resolvedPointer, let around = readAround() { return around }
    guard saysEnough else { return outcome }
    guard let found else {
      // "What is APLORI?", which no sentence says more of: what the short form stands for.
      // A gloss in brackets that is no long form is quoted as the text gives it.
      if let found = expansion(asked: tokens, named: true) {
        let said =
          Expansion.spells(found.short, found.long)
          ? "\(found.short) stands for \(found.long)."
          : "\(found.short) is described as “\(found.long)”."
        return answered(
          prefix + said, citing: Citation(found.sentence),
          intent: "sentence", question: question, corrections: corrections,
          note: "the sentence spells out the short form “\(found.short)”", mentioned: named)
      }
      // A question read whole, that nothing answers: the documents don't say, which is not
      // the same as a question not understood.
      guard outcome.reply.outcome == .refused(.notUnderstood), !unresolved else { return outcome }
      return notStated(
        typed, asked: asked, question: question, prefix: prefix, named: named)
    }
    let missing =
      found.missing.isEmpty
      ? "" : "; not in it: \(found.missing.map { "“\($0)”" }.joined(separator: ", "))"
    let coverage = String(format: "%.2f", found.coverage)
    return answered(
      prefix + found.text, citing: Citation(found.sentence),
      also: found.items.map(Citation.init), intent: "sentence",
      question: question, corrections: corrections,
      note: "answered from the sentence that holds the question's words: "
        + found.matched.map { "“\($0)”" }.joined(separator: ", ") + missing
        + " (\(coverage) of their weight, by rarity; at least "
        + "\(String(format: "%.2f", found.needed)) needed); "
        + "the question asks for \(found.asked)",
      mentioned: talkedAbout(answer: found.text, named: named))
  }

  /// `tokens` read as a clause with a gap, its words expanded by WordNet, when they hold at
  /// least `minimumWords` content words.
  private func clauseQuestion(_ tokens: [QuestionToken], minimumWords: Int) -> ClauseQuestion? {
    ClauseQuestion(
      tokens, lexicon: knowledge.lexicon, names: knowledge.nameIndex,
      isPerson: { knowledge.entities[$0].kind == .person }, minimumWords: minimumWords
    ).map { asked in
      WordNet.english.map { asked.expanded(with: $0, tokens: tokens, lexicon: knowledge.lexicon) }
        ?? asked
    }
  }

  /// The refusal for a question read whole that no fact, clause or sentence answers, which
  /// says the question back: "The documents don't say how wide one of these devices is."
  private func notStated(
    _ tokens: [QuestionToken], asked: ClauseQuestion, question: String, prefix: String,
    named: [EntityID]
  ) -> Outcome {
    // "And how much …": the conjunction that ties it to the question before goes.
    let words = Self.spoken(tokens).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
      .drop { Self.tyingWords.contains($0.lowercased()) }
    let typed = QuestionText.join(
      Self.rejoiningHyphens(Array(words), typedIn: question).pieces.enumerated().map {
        $0 == 0 ? $1.lowercased() : $1
      })
    let restated =
      Self.withoutDo(typed) ?? Self.withoutBe(typed) ?? (asked.gap == .truth ? "that" : typed)
    let said =
      Self.isLeftAsAsked(restated)
      ? Self.quotedRefusal(restated) : "The documents don't say \(restated)."
    var outcome = refusal(
      .notStated, prefix + said, question: question, template: nil, intent: "sentence")
    outcome.mentioned = named
    return outcome
  }

  /// Who a follow-up's "he" or "it" may mean after an answer from a clause or sentence, the
  /// most likely first: the names the question asked about, then the answer's. A pronoun
  /// takes the first of a kind it can mean, so "Who launched it?" keeps "it" on what was
  /// launched while "he" next means the launcher; and "Who did he work with?" keeps "he" on him.
  private func talkedAbout(answer: String, named: [EntityID]) -> [EntityID] {
    named + names(in: QuestionText.tokens(answer))
  }

  /// `facts` without those whose value stands outside the clause holding most of `stems`
  /// in a sentence that other facts of `facts` also cite with a value inside it.
  private func inAskedClauses(_ facts: [Fact], stems: Set<String>) -> [Fact] {
    let bySentence = Dictionary(grouping: facts.indices) { Citation(facts[$0].source) }
    var outside = Set<Int>()
    for indices in bySentence.values where indices.count > 1 {
      let sentence = facts[indices[0]].source
      guard let extent = knowledge.clauseIndex.extent(in: sentence, holdingMost: stems)
      else { continue }
      let text = sentence.text
      let isInside = { (index: Int) -> Bool in
        guard let value = facts[index].value, let range = text.range(of: value) else {
          return true
        }
        return extent.contains(text.utf8.distance(from: text.startIndex, to: range.lowerBound))
      }
      let inside = indices.filter(isInside)
      if !inside.isEmpty { outside.formUnion(Set(indices).subtracting(inside)) }
    }
    return facts.indices.filter { !outside.contains($0) }.map { facts[$0] }
  }

  /// Of the values one sentence gives, the one said of the most of the question's words that
  /// set one apart from another: the words before it, back to the value before ("an apple leaf
  /// has 24,000 pores"), or, when "of" follows it, the words after it, up to the next ("63% of
  /// women"). All of them when none or several are said of as many.
  private func ownedFacts(_ facts: [Fact], stems: Set<String>) -> [Fact] {
    let bySentence = Dictionary(grouping: facts.indices) { Citation(facts[$0].source) }
    var left = Set<Int>()
    // Numbers only: not what one sentence quotes twice.
    for indices in bySentence.values
    where indices.count > 1
      && indices.allSatisfy({ facts[$0].value?.contains(where: \.isNumber) == true })
    {
      let text = facts[indices[0]].source.text
      let ranges = indices.compactMap { index -> (Int, Range<String.Index>)? in
        facts[index].value.flatMap { text.range(of: $0) }.map { (index, $0) }
      }.sorted { $0.1.lowerBound < $1.1.lowerBound }
      // Each value said once, apart from the others.
      guard ranges.count == indices.count,
        zip(ranges, ranges.dropFirst()).allSatisfy({ $0.1.upperBound <= $1.1.lowerBound })
      else { continue }
      let owned = ranges.indices.map { position -> Set<String> in
        let range = ranges[position].1
        let next = position + 1 < ranges.count ? ranges[position + 1].1.lowerBound : text.endIndex
        let after = text[range.upperBound..<next]
        if after.split(separator: " ").first == "of" {
          return knowledge.lexicon.contentStems(String(after))
        }
        let previous = position > 0 ? ranges[position - 1].1.upperBound : text.startIndex
        return knowledge.lexicon.contentStems(String(text[previous..<range.lowerBound]))
      }
      // The words that tell one value from another: held around some, not all, and not in a
      // value ("pores" of "60,000 pores"). Only where each value has words of the question
      // around it: not "provides two USB3 ports as well as four USB2 ports", both the board's.
      let said = indices.reduce(into: Set<String>()) {
        $0.formUnion(knowledge.lexicon.contentStems(facts[$1].value ?? ""))
      }
      guard owned.allSatisfy({ !$0.subtracting(said).isDisjoint(with: stems) }) else { continue }
      let telling = stems.subtracting(said).filter { stem in
        owned.contains { $0.contains(stem) } && !owned.allSatisfy { $0.contains(stem) }
      }
      let counts = owned.map { $0.intersection(telling).count }
      guard let most = counts.max(), most > 0, counts.count(where: { $0 == most }) == 1 else {
        continue
      }
      for (position, count) in counts.enumerated() where count < most {
        left.insert(ranges[position].0)
      }
    }
    return facts.indices.filter { !left.contains($0) }.map { facts[$0] }
  }

  /// The long form of the short form the question asks about ("What does GUSTO stand
  /// for?"), from the first sentence that spells it out.
  private func expansion(asked tokens: [QuestionToken], named: Bool = false) -> (
    short: String, long: String, sentence: Sentence
  )? {
    guard let short = named ? Expansion.named(in: tokens) : Expansion.asked(in: tokens) else {
      return nil
    }
    let index = knowledge.sentenceIndex
    // "(EDUs)" spells out EDU in the plural.
    let stems = knowledge.lexicon.contentStems(short).union(
      knowledge.lexicon.contentStems(short + "s"))
    for position in index.sharing(stems) {
      let sentence = index.sentences[position]
      if let long = Expansion.longForm(of: short, in: sentence.text) {
        return (short, long, sentence)
      }
    }
    return nil
  }

  /// An answer from one clause or sentence, with what `:why` says of it.
  private func answered(
    _ text: String, citing citation: Citation, also more: [Citation] = [], intent: String,
    question: String, corrections: [(typed: String, name: String)], note: String,
    mentioned: [EntityID]
  ) -> Outcome {
    Outcome(
      reply: Reply(.answered, text, citations: [citation] + more, intent: intent),
      explanation: Explanation(
        question: question, template: nil, slots: [], corrections: corrections, facts: [],
        citations: [citation] + more, note: note),
      mentioned: mentioned)
  }

  /// Whether a noun in common words after "the" comes before `position` in `tokens`, no
  /// pronoun between: the thing a possessive there stands for.
  private static func followsCommonNoun(_ position: Int, in tokens: [QuestionToken]) -> Bool {
    let before = tokens[..<position]
    guard !before.contains(where: { WordLists.pronounKinds[$0.folded] != nil }) else {
      return false
    }
    return before.indices.dropLast().contains { index in
      before[index].folded == "the" && before[index + 1].original.first?.isLowercase == true
        && WordNet.knows(before[index + 1].folded, as: .noun)
    }
  }

  /// The question with each pronoun the conversation can resolve replaced by its name: "When
  /// was it created?" after a question about Spark reads "When was Spark created?". A pronoun
  /// it cannot resolve is left out, and the second value says so. "It" that stands for nothing
  /// ("is it clear whether") and "there" stay.
  private func resolvingPronouns(_ tokens: [QuestionToken], context: ConversationContext)
    -> ([QuestionToken], unresolved: Bool, bare: PointingBack?)
  {
    var resolved: [QuestionToken] = []
    var unresolved = false
    // The question without the pronouns that point back, and without "that" before a noun:
    // what it asks of the sentences the last answer came from.
    var bare: [QuestionToken] = []
    var pointsBack = false
    // Whether a pronoun pointed back, which stands for words the question does not type ("How
    // many of them …"), unlike "that study".
    var pronoun = false
    // The words of the people they point at, which a sentence beside the last answer's must
    // hold; none when a pointer stands for nothing the conversation names ("that" alone, a
    // "she" unresolved), which only the last answer's own sentence may then hold.
    var pointedAt: [QuestionToken]? = []
    var resolvedPointer = false
    var things: [QuestionToken] = []
    // "Who joined Moghbeli on her spacewalk?": a possessive in a question that names someone
    // it can mean is that one's own; "her pamphlet on lynch law" names no one "her" can mean.
    let named = (names(in: tokens) + partlyNamed(in: tokens)).compactMap(knowledge.entity)
    let namesOwner = { (possessive: String) in
      let kinds = WordLists.pronounKinds[possessive] ?? []
      return named.contains {
        kinds.contains($0.kind) || (kinds.contains(.person) && $0.mayBePerson)
      }
    }
    let folded = tokens.map(\.folded)
    var skip = false
    for (position, token) in tokens.enumerated() {
      if skip {
        skip = false
        continue
      }
      if ["his", "her", "its", "their"].contains(token.folded), namesOwner(token.folded) {
        continue
      }
      // "In what year did the library cancel its print runs?": "its" after a thing the
      // question itself names in common words is that thing's own.
      if ["its", "their"].contains(token.folded), Self.followsCommonNoun(position, in: tokens) {
        continue
      }
      // "What did that study find?" after a question about the Carcass Drift Study.
      let demonstrative =
        ["that", "this", "these", "those"].contains(token.folded) && position > 0
        && position + 1 < tokens.count
        && tokens[position + 1].original.first?.isLowercase == true
      if demonstrative,
        let referent = context.referent(ofNoun: tokens[position + 1].stem, knowledge: knowledge)
      {
        pointsBack = true
        resolvedPointer = true
        resolved += referent
        bare.append(tokens[position + 1])
        pointedAt?.append(tokens[position + 1])
        skip = true
        continue
      }
      // "What did that speed allow …?": a noun "that" points back at, though no name or
      // phrase asked about ends in it.
      // "What does that make possible?", "Why is that?": "that" itself points back, after a
      // verb that asks of it, the word after it no noun or mostly a verb.
      let afterAsking =
        ["that", "this"].contains(token.folded) && position > 0
        && ClauseQuestion.auxiliaries.contains(tokens[position - 1].folded)
      let nextIsNoun =
        position + 1 < tokens.count && WordNet.knows(tokens[position + 1].folded, as: .noun)
        && !(afterAsking && WordNet.isMostly(tokens[position + 1].folded, .verb, over: .noun))
      let pointsAtNoun = demonstrative && nextIsNoun
      let isDemonstrativePronoun = afterAsking && !pointsAtNoun
      if pointsAtNoun || isDemonstrativePronoun { pointsBack = true }
      if pointsAtNoun { pointedAt?.append(tokens[position + 1]) }
      if isDemonstrativePronoun {
        pronoun = true
        pointedAt = nil
      }
      let next = position + 1 < tokens.count ? tokens[position + 1].folded : ""
      // "How long has it been since …" measures time, of nothing: the "it" says nothing the
      // sentence must hold, and goes.
      let afterNext = position + 2 < tokens.count ? tokens[position + 2].folded : ""
      if token.folded == "it", next == "been", afterNext == "since" { continue }
      // Nor does the "it" that stands for the clause after it: "Is it okay to leave it …?"
      // asks whether to leave it.
      if token.folded == "it", Self.opensExtraposed(after: position, in: tokens) { continue }
      guard token.folded != "there", WordLists.pronounKinds[token.folded] != nil,
        !ClauseQuestion.isImpersonalIt(at: position, in: folded),
        // "it" that takes place stands for an event the conversation talked about ("the
        // mapping party"), not a church someone sang at.
        !(ClauseQuestion.takesPlace(at: position, in: folded) && !referentIsEvent(context))
      else {
        resolved.append(token)
        if !pointsAtNoun && !isDemonstrativePronoun { bare.append(token) }
        continue
      }
      pointsBack = true
      pronoun = true
      // "she" may only be a person: a sentence beside the last answer's that does not name
      // her, or call her so, is of someone else ("The fisherman Tom Olsen was born in 1950"
      // for "When was she born?" after a question about Ada Brekke). "it" and "they" are as
      // often called otherwise there ("those", "the service").
      let person = WordLists.pronounKinds[token.folded] == [.person]
      if let entity = context.resolve(
        token.folded, slot: .entity, knowledge: knowledge,
        several: Self.standsForSeveral(tokens, at: position))
      {
        resolved += QuestionText.tokens(Self.name(entity.name, standingFor: token.folded))
        if person {
          pointedAt? += QuestionText.tokens(entity.name)
        } else {
          things += QuestionText.tokens(entity.name)
        }
      } else if let topic = context.topic(for: token.folded),
        // Not "he" of "Which writer does he quote?" as the writer: the question asks of
        // another one.
        !(topic.isPerson && tokens.contains { $0.stem == topic.words.last?.stem })
      {
        resolved += topic.words
        // "his job" as "the writer's job".
        if topic.isPerson, WordLists.possessivePronouns.contains(token.folded) {
          resolved += QuestionText.tokens("'s")
        }
      } else {
        unresolved = true
        if person { pointedAt = nil }
      }
    }
    return (
      resolved, unresolved,
      pointsBack
        ? PointingBack(
          words: bare, pronoun: pronoun, referent: pointedAt, resolved: resolvedPointer,
          things: things) : nil
    )
  }

  /// Whether what "it" stands for now may take place: the phrase last asked about ("the
  /// mapping party"), or a name of an event, or with a word for one ("the Clonmore Marathon");
  /// not "the Church of the Holy Sepulchre", where someone sang.
  private func referentIsEvent(_ context: ConversationContext) -> Bool {
    if context.topic(for: "it") != nil { return true }
    guard let wordNet = WordNet.english,
      let entity = context.resolve("it", slot: .entity, knowledge: knowledge)
    else { return false }
    return entity.kind == .event
      || entity.name.split(separator: " ").contains {
        wordNet.isKind($0.lowercased(), of: "event", senses: Self.eventSenses)
      }
  }
  /// Among how many senses of a word of a name an event's must be ("festival" is a time first,
  /// a series of performances second).
  private static let eventSenses = 2

  /// Whether the pronoun at `position` stands for more than one: "them" of "the two of
  /// them", "both of them".
  static func standsForSeveral(_ tokens: [QuestionToken], at position: Int) -> Bool {
    position >= 2 && tokens.indices.contains(position) && tokens[position - 1].folded == "of"
      && (severalWords.contains(tokens[position - 2].folded)
        || NumberWords.value(tokens[position - 2].folded).map { $0 > 1 } == true)
  }

  /// Words before "of them" that make them more than one: "both of them". Not "many" or "all",
  /// whose "them" may be what the last question counted ("How many of them retreated?").
  private static let severalWords: Set<String> = ["both"]

  /// A question that points back at what the conversation was about: its words without the
  /// pronouns or the "that" that point, whether a pronoun did (which stands for words the
  /// question does not type), and the words of what they point at, if the conversation names
  /// it.
  struct PointingBack {
    let words: [QuestionToken]
    let pronoun: Bool
    let referent: [QuestionToken]?
    /// Whether a "that" or "those" before a noun stands for what the conversation named by
    /// it ("that study" as the Carcass Drift Study).
    let resolved: Bool
    /// The names of the things an "it" or "they" stands for ("the North Bridge").
    let things: [QuestionToken]
  }

  /// The subject of a question, when a determiner starts it and a noun ends it, with the
  /// words that describe the noun: "the gopher" of "Where did the gopher first show up?",
  /// not "the plush gophers" of "Which company made the plush gophers?".
  static func topic(
    in tokens: [QuestionToken], determiners: Set<String> = topicDeterminers
  ) -> ConversationContext.Topic? {
    guard let wordNet = WordNet.english,
      let start = tokens.firstIndex(where: { !Self.beforeSubject.contains($0.folded) })
    else { return nil }
    // "How many glaciers …?" asks about the glaciers, as "the glaciers" would: what "they"
    // next stands for ("How many of them retreated?"). Not "Which country …?", whose "it"
    // next is still what the country was asked of.
    let counts = tokens[start].folded == "many" && start > 0 && tokens[start - 1].folded == "how"
    guard counts || determiners.contains(tokens[start].folded) else { return nil }
    let isName = { (token: QuestionToken) in token.original.first?.isUppercase == true }
    let isNoun = { (token: QuestionToken) in !wordNet.lemmas(of: token.folded, as: .noun).isEmpty }
    // "the radio station pick a gopher": a verb with its object after it ends the phrase.
    let isVerbWithObject = { (position: Int) in
      position + 1 < tokens.count && WordLists.determiners.contains(tokens[position + 1].folded)
        && !wordNet.lemmas(of: tokens[position].folded, as: .verb).isEmpty
    }
    var end = start + 1
    // "the office's first website": a possessive goes on to what it has, its words of order
    // too.
    let isPossessive = { (position: Int) in
      ["'s", "’s", "'", "’"].contains(tokens[position].folded)
    }
    let opensHead = { (position: Int) in position == start + 1 || isPossessive(position - 1) }
    while end < tokens.count, end - start <= Self.longestTopic,
      isPossessive(end) && end > start + 1
        || (!WordLists.stopWords.contains(tokens[end].folded)
          || (opensHead(end) && Self.topicDescribers.contains(tokens[end].folded)))
          && !isVerbWithObject(end)
          && (isName(tokens[end]) || isNoun(tokens[end])
            || !wordNet.lemmas(of: tokens[end].folded, as: .adjective).isEmpty)
    {
      end += 1
    }
    // It ends on a noun: "that sculpture", not "that sculpture based".
    while end > start + 1, !isNoun(tokens[end - 1]), !isName(tokens[end - 1]) { end -= 1 }
    // After "did" the verb follows its subject: "the old lighthouse", not "the old lighthouse
    // open", in "Where did the old lighthouse open?".
    // Not when a verb comes after it: "the big shock" of "did the big shock happen".
    let verbAfter =
      end < tokens.count && !wordNet.lemmas(of: tokens[end].folded, as: .verb).isEmpty
      && !WordLists.stopWords.contains(tokens[end].folded)
    if end > start + 2, !verbAfter,
      tokens[..<start].contains(where: { Self.verbAhead.contains($0.folded) }),
      !wordNet.lemmas(of: tokens[end - 1].folded, as: .verb).isEmpty
    {
      end -= 1
    }
    guard end > start + 1 else { return nil }
    let last = tokens[end - 1].folded
    let plural =
      ["these", "those"].contains(tokens[start].folded)
      || (last.hasSuffix("s") && !wordNet.lemmas(of: last, as: .noun).contains(last))
    guard counts else {
      return ConversationContext.Topic(
        words: Array(tokens[start..<end]), isPlural: plural,
        isPerson: !plural && tokens[end - 1].original.first?.isLowercase == true
          && wordNet.namesPerson(last))
    }
    guard plural else { return nil }
    let the = QuestionToken(original: "the", folded: "the", stem: Stemmer.stem("the"))
    return ConversationContext.Topic(words: [the] + tokens[(start + 1)..<end], isPlural: plural)
  }

  /// The first phrase after the question's verb that a determiner starts and a noun ends:
  /// "the new study" of "Who carried out the new study?", what "it" next stands for when the
  /// question has no subject of its own ("Which journal published it?").
  static func objectTopic(
    in tokens: [QuestionToken], determiners: Set<String> = topicDeterminers
  ) -> ConversationContext.Topic? {
    guard let start = tokens.firstIndex(where: { !Self.beforeSubject.contains($0.folded) })
    else { return nil }
    for position in tokens.indices.dropFirst(start + 1)
    where determiners.contains(tokens[position].folded) {
      if let topic = Self.topic(in: Array(tokens[position...]), determiners: determiners) {
        return topic
      }
    }
    return nil
  }

  /// Determiners that start the object a follow-up may call "it" when the question's names
  /// only describe: "a seminar" too.
  private static let objectDeterminers = topicDeterminers.union(["a", "an"])

  /// Whether the question names things, and every one only describes the noun right after
  /// it, after a preposition ("for Turkish companies"): such a name is no "it" of its own.
  /// Names of people are the question's "he" or "she", not its "it".
  private func thingNamesDescribe(_ tokens: [QuestionToken]) -> Bool {
    guard let wordNet = WordNet.english else { return false }
    var found = false
    var start = 0
    while start < tokens.count {
      guard let name = knowledge.nameIndex.names(in: tokens, from: start).last else {
        start += 1
        continue
      }
      let entities = entities(of: name, at: start, in: tokens).map { knowledge.entities[$0] }
      if !entities.isEmpty, !entities.contains(where: { $0.kind == .person || $0.mayBePerson }) {
        // After a preposition, before a noun: "for Turkish companies", not "did Dragon dock".
        guard start > 0, WordLists.prepositions.contains(tokens[start - 1].folded),
          name.end < tokens.count, tokens[name.end].original.first?.isLowercase == true,
          !wordNet.lemmas(of: tokens[name.end].folded, as: .noun).isEmpty,
          !WordLists.stopWords.contains(tokens[name.end].folded)
        else { return false }
        found = true
      }
      start = max(name.end, start + 1)
    }
    return found
  }

  /// Auxiliaries whose subject a verb follows: "did the ship leave".
  private static let verbAhead: Set<String> = [
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
  ]

  /// The words a question's subject may follow: its question word and auxiliary.
  private static let beforeSubject: Set<String> = ClauseQuestion.auxiliaries.union([
    "who", "what", "when", "where", "why", "how", "and", "so", "then", "but",
  ])

  /// Words that start a phrase a follow-up may call "it" or "they".
  private static let topicDeterminers: Set<String> = ["the", "this", "that", "these", "those"]
  /// Words of order that may open the phrase after its determiner, though common: "the first
  /// main shock" (not "the old lighthouse first", where "first" tells when).
  private static let topicDescribers: Set<String> = [
    "first", "second", "third", "last", "next", "most", "other", "earlier", "later",
  ]
  /// The most words such a phrase holds after its determiner.
  private static let longestTopic = 4

  /// Whether the "it" at `position` stands for the clause that comes after the word describing
  /// it: "Is it okay to leave it in the fridge?", "Why is it harder to notice …?", "Is it true
  /// that …?". ("Is it big?" keeps its "it".)
  private static func opensExtraposed(after position: Int, in tokens: [QuestionToken]) -> Bool {
    // After "is" ("Is it okay …?", "Why was it hard …?"): "What did it mean if …?" asks of a
    // thing.
    guard position > 0, position + 3 < tokens.count,
      ClauseQuestion.beForms.contains(tokens[position - 1].folded)
    else { return false }
    // "Is it a good idea to …?": a noun phrase that judges the deed after it does as an
    // adjective does.
    // Not "Is it a tool to cut glass?", whose noun judges nothing.
    if ["a", "an"].contains(tokens[position + 1].folded) {
      let phrase = tokens[(position + 2)...].prefix(Self.judgingPhraseWords + 1)
      return phrase.contains { Self.judgingNouns.contains($0.folded) }
        && phrase.indices.contains { at in
          at + 1 < tokens.count && tokens[at].folded == "to"
            && WordNet.knows(tokens[at + 1].folded, as: .verb)
            && !WordLists.stopWords.contains(tokens[at + 1].folded)
        }
    }
    // A describing word, not a deed done to it: "Was it given to the museum?" keeps its "it".
    let describing = tokens[position + 1].folded
    // Nor a verb that goes on with "to": "Is it starting to discuss …?" asks what it does.
    guard WordNet.knows(describing, as: .adjective), !WordNet.isPastForm(describing),
      !(describing.hasSuffix("ing")
        && WordNet.english?.lemmas(of: describing, as: .verb).contains(
          where: Self.catenatives.contains) == true)
    else {
      return false
    }
    // "When is it fine not to wait …?"
    let negated = tokens[position + 2].folded == "not" && position + 4 < tokens.count
    let opener = tokens[position + (negated ? 3 : 2)].folded
    let next = tokens[position + (negated ? 4 : 3)].folded
    switch opener {
    case "that", "whether", "if", "when": return true
    // "to" and a verb: "okay to leave it", not "open to the public".
    case "to":
      return WordNet.knows(next, as: .verb) && !WordLists.stopWords.contains(next)
    // "for" someone "to" do it: "hard for beginners to follow".
    case "for": return tokens[(position + 3)...].prefix(3).contains { $0.folded == "to" }
    default: return false
    }
  }

  /// The verbs that go on with "to" and another verb: "starting to discuss", "trying to find".
  private static let catenatives = ClauseExtractor.infinitiveVerbs.union([
    "go", "work", "look", "struggle", "prepare",
  ])

  /// The most words between the article and "to" of a phrase that judges a deed: "a good idea
  /// to".
  private static let judgingPhraseWords = 4
  /// The nouns that judge a deed: "a good idea to", "a mistake to".
  private static let judgingNouns: Set<String> = [
    "idea", "mistake", "shame", "pity", "waste", "problem", "risk", "must", "option",
  ]

  /// The place name that locates `topic` right after it in `tokens`, with its preposition:
  /// "at Mitcham" of "the first house at Mitcham".
  private func placeAfter(_ topic: ConversationContext.Topic, in tokens: [QuestionToken])
    -> [QuestionToken]?
  {
    let count = topic.words.count
    guard count <= tokens.count,
      let start = (0...(tokens.count - count)).first(where: { start in
        zip(tokens[start..<(start + count)], topic.words).allSatisfy { $0.folded == $1.folded }
      }),
      start + count + 1 < tokens.count,
      Self.locatives.contains(tokens[start + count].folded),
      let name = knowledge.nameIndex.names(in: tokens, from: start + count + 1).last,
      tokens[start + count + 1].original.first?.isUppercase == true
    else { return nil }
    return Array(tokens[(start + count)..<name.end])
  }

  /// Prepositions that locate a thing at a place.
  private static let locatives: Set<String> = ["at", "in", "on", "near", "outside", "inside"]

  /// The people a question names by one part of their name only, written with a capital and
  /// part of no whole name: "Keith" of "Who helped Keith …?" is Nick Keith, when he is the
  /// only one so called, for a "he" that follows.
  private func partlyNamed(in tokens: [QuestionToken]) -> [EntityID] {
    let whole = knowledge.nameIndex.nameRanges(in: tokens)
    return tokens.indices.dropFirst().compactMap { position in
      let token = tokens[position]
      guard token.original.first?.isUppercase == true,
        !whole.contains(where: { $0.contains(position) })
      else { return nil }
      let owners = knowledge.nameIndex.partialMatches(token.original)
      guard owners.count == 1, knowledge.entities[owners[0]].mayBePerson else { return nil }
      return knowledge.entities[owners[0]].id
    }
  }

  /// The entities named in `tokens`, in order.
  /// A word the documents write in lower case, typed so ("his export strategy"), is no name
  /// the extractor found, though a name is that one word ("Export" of "Passport to Export"); a
  /// curator's may be ("the talks").
  private func names(in tokens: [QuestionToken]) -> [EntityID] {
    tokens.indices.flatMap { start -> [Int] in
      guard let name = knowledge.nameIndex.names(in: tokens, from: start).last else { return [] }
      return entities(of: name, at: start, in: tokens)
    }
    .map { knowledge.entities[$0].id }.uniqued()
  }

  /// The entities the name at `start` of `tokens` names: only curated ones for a common word
  /// typed in lower case ("his export strategy" names no extracted "Export"), a word the
  /// documents write in lower case or one WordNet knows ("Who started the project?" names no
  /// "Started" of a title "Getting Started in …").
  private func entities(
    of name: (end: Int, entities: [Int]), at start: Int, in tokens: [QuestionToken]
  ) -> [Int] {
    let token = tokens[start]
    guard name.end == start + 1, token.original.first?.isLowercase == true,
      knowledge.commonWords.contains(token.folded) || WordNet.knows(token.folded, as: nil)
    else { return name.entities }
    return name.entities.filter { knowledge.entities[$0].isCurated }
  }

  /// Answers `question` in `context` from the facts of the template it matches.
  private func answerFromTemplates(_ question: String, context: ConversationContext) -> Outcome {
    var (tokens, source) = attribution(in: QuestionText.tokens(question))
    // A question too tangled for the templates (past the parser's step limit) is left to the
    // clause and sentence readings, whose work is bounded by its length.
    var parses = parser.parses(tokens) ?? []
    var corrections: [(typed: String, name: String)] = []
    if let best = parses.first, best.unknownNames > 0 {
      switch resolveUnknownNames(best, tokens: tokens) {
      case .corrected(let corrected, let made):
        tokens = corrected
        corrections = made
        parses = parser.parses(tokens) ?? []
      case .ambiguous(let typed, let candidates):
        let names = candidates.map { knowledge.entities[$0].name }
        return refusal(
          .ambiguous,
          "“\(typed)” could be \(names.joinedAsList(conjunction: "or")). Which one do you mean?",
          question: question, template: best.template, intent: best.template.intent)
      case .none:
        // "why was the museum shut down?": words in lower case that fit no name are no name
        // the documents lack ("museum shut"); another reading of the question may take them.
        // Nor is a name the documents write with a number, though they know no such name
        // ("Crew-8" of "the Crew-8 launch"): the sentences may still say it.
        var written: [Range<Int>: Bool] = [:]
        parses.removeAll { parse in
          parse.slots.contains { slot in
            guard case .unknownName(let typed) = slot.value else { return false }
            if !typed.contains(where: \.isUppercase) { return true }
            if let known = written[slot.range] { return known }
            let found = writtenWithNumber(slot.range, of: tokens)
            written[slot.range] = found
            return found
          }
        }
      }
    }
    // "Is it easy to say what psychology is?": an "it" that stands for the clause after it is
    // no one the conversation named; a reading that takes it for someone is no reading.
    parses.removeAll { parse in
      parse.slots.contains { slot in
        guard case .pronoun("it") = slot.value, slot.range.count == 1 else { return false }
        return Self.opensExtraposed(after: slot.range.lowerBound, in: tokens)
      }
    }
    guard let best = parses.first, isAboutTheDocuments(best, tokens) else {
      return refusal(
        .notUnderstood, notUnderstoodMessage(tokens), question: question, template: nil)
    }
    var seenMeanings = Set<String>()
    let readings = parses.prefix { $0.rank == best.rank }.filter {
      seenMeanings.insert($0.meaning).inserted
    }
    if readings.count > 1 {
      return ambiguous(readings, question: question)
    }
    return answer(
      best, tokens: tokens, question: question, context: context, corrections: corrections,
      source: source)
  }

  /// Whether the words of `tokens` at `range` and the number right after them ("Crew" and "8"
  /// of "Crew-8") stand together in a sentence of the documents.
  private func writtenWithNumber(_ range: Range<Int>, of tokens: [QuestionToken]) -> Bool {
    guard range.upperBound < tokens.count,
      tokens[range.upperBound].folded.allSatisfy(\.isNumber)
    else { return false }
    let written = tokens[range.lowerBound...range.upperBound]
    let name = written.map(\.folded)
    let index = knowledge.sentenceIndex
    return index.holdingAll(knowledge.lexicon.contentStems(written)).contains { position in
      QuestionText.writes(
        name, in: QuestionText.tokens(index.sentences[position].text).map(\.folded))
    }
  }

  /// Whether the documents write every word of `typed`, with a capital or without: a name
  /// the documents use ("Favdna" beside "Favtna", at the start of sentences only, so that no
  /// entity holds it) is no misspelling of another.
  private func isWrittenByDocuments(_ typed: String) -> Bool {
    let tokens = QuestionText.tokens(typed)
    return !tokens.isEmpty
      && tokens.allSatisfy { capitalisedWords.isWritten($0.folded) || words.isWritten($0.folded) }
  }

  /// The question with each run of capitalised words that no name holds, but that is a small
  /// misspelling of exactly one ("Lena Marhs" → Lena Marsh), replaced by that name.
  private func correctingNames(in question: String) -> (String, [(typed: String, name: String)]) {
    let tokens = QuestionText.tokens(question)
    var text = question
    var corrections: [(typed: String, name: String)] = []
    var position = 1  // the first word is capitalised as the question's
    while position < tokens.count {
      guard tokens[position].original.first?.isUppercase == true else {
        position += 1
        continue
      }
      var end = position + 1
      while end < tokens.count, tokens[end].original.first?.isUppercase == true { end += 1 }
      let run = tokens[position..<end]
      let typed = run.map(\.original).joined(separator: " ")
      let known = knowledge.nameIndex.names(in: tokens, from: position).contains {
        $0.end >= end
      }
      if !known, !typed.contains(where: \.isNumber),
        knowledge.nameIndex.partialMatches(typed).isEmpty, !isWrittenByDocuments(typed),
        case let candidates = knowledge.nameIndex.typoCandidates(typed), candidates.count == 1,
        let range = Self.range(of: typed, in: text)
      {
        let name = knowledge.entities[candidates[0]].name
        text.replaceSubrange(range, with: name)
        corrections.append((typed, name))
      }
      position = end
    }
    return (text, corrections)
  }

  /// Where the words of `typed` stand in `text`, joined there by spaces or hyphens ("Ann-Sophie
  /// Lehman" for "Ann Sophie Lehman").
  private static func range(of typed: String, in text: String) -> Range<String.Index>? {
    if let range = text.range(of: typed) { return range }
    let words = typed.split(separator: " ").map(String.init)
    guard words.count > 1, let first = words.first, let last = words.last,
      let start = text.range(of: first),
      let end = text.range(of: last, range: start.upperBound..<text.endIndex),
      text[start.lowerBound..<end.upperBound].split(whereSeparator: { $0 == " " || $0 == "-" })
        .map(String.init) == words
    else { return nil }
    return start.lowerBound..<end.upperBound
  }

  // MARK: Parsing help

  /// What unknown names in a question turned out to be.
  private enum NameResolution {
    /// Every unknown name is part of, or a small misspelling of, exactly one known name.
    case corrected([QuestionToken], [(typed: String, name: String)])
    /// An unknown name fits several known names.
    case ambiguous(String, [Int])
    /// Some unknown name fits no known name.
    case none
  }

  /// Takes each unknown name as the one entity it is part of ("Hani" → Hani al-Masri) or a
  /// small misspelling of ("Daragmeh" → Mohammed Daraghmeh), when there is exactly one.
  private func resolveUnknownNames(_ parse: Parse, tokens: [QuestionToken]) -> NameResolution {
    var text = QuestionText.join(tokens)
    var corrections: [(typed: String, name: String)] = []
    for slot in parse.slots {
      guard case .unknownName(let typed) = slot.value else { continue }
      // A number is never a typo: "Phase 3" is not "Phase 2".
      if typed.contains(where: \.isNumber) { return .none }
      // A name part stands for its entity ("Hani" for Hani al-Masri); a common word the
      // documents write in lower case ("Project") does only for a name a curator gave.
      let common = QuestionText.tokens(typed).allSatisfy {
        knowledge.commonWords.contains($0.folded)
      }
      var candidates = knowledge.nameIndex.partialMatches(typed).filter {
        !common || knowledge.entities[$0].isCurated
      }
      if candidates.isEmpty, !isWrittenByDocuments(typed) {
        candidates = knowledge.nameIndex.typoCandidates(typed)
      }
      candidates = candidates.filter {
        slot.kind == .entity || slot.kind.entityKind == knowledge.entities[$0].kind
      }
      // "Julia Robinson" of Julia Bowman Robinson and of the file openlogic-julia-robinson is
      // the person: a file's name stands for its document only where no name of a text fits.
      if candidates.contains(where: { !knowledge.entities[$0].isDocument }) {
        candidates.removeAll { knowledge.entities[$0].isDocument }
      }
      // "Archives" of National Archives and of National Archives Social Media Strategy, a
      // longer name built on it, is National Archives. Not among people: "Bush" may be
      // George W. Bush as well as George Bush.
      let words = { (candidate: Int) in
        Set(QuestionText.tokens(self.knowledge.entities[candidate].name).map(\.folded))
      }
      if candidates.count > 1,
        !candidates.contains(where: { self.knowledge.entities[$0].kind == .person }),
        let innermost = candidates.first(where: { inner in
          candidates.allSatisfy { $0 == inner || words(inner).isStrictSubset(of: words($0)) }
        })
      {
        candidates = [innermost]
      }
      switch candidates.count {
      case 0: return .none
      case 1: break
      default: return .ambiguous(typed, candidates)
      }
      let entity = knowledge.entities[candidates[0]]
      let name = entity.name.hasPrefix("the ") ? String(entity.name.dropFirst(4)) : entity.name
      text = text.replacingOccurrences(of: typed, with: name)
      corrections.append((typed, entity.name))
    }
    guard !corrections.isEmpty else { return .none }
    return .corrected(QuestionText.tokens(text), corrections)
  }

  /// The question without an "according to NAME" part, and the entity it names: the answer
  /// must rest on what that source says.
  private func attribution(in tokens: [QuestionToken]) -> ([QuestionToken], Entity?) {
    for index in tokens.indices.dropLast(2)
    where tokens[index].folded == "according" && tokens[index + 1].folded == "to" {
      var start = index + 2
      if tokens[start].folded == "the", start + 1 < tokens.count { start += 1 }
      // Not "according to Qatar's premier": someone of Qatar's, whom the name does not name.
      guard let name = knowledge.nameIndex.names(in: tokens, from: start).last,
        let first = name.entities.first, !Self.ownsNext(name.end, in: tokens)
      else { continue }
      let rest = Array(tokens[..<index]) + Array(tokens[name.end...])
      return rest.isEmpty ? (tokens, nil) : (rest, knowledge.entities[first])
    }
    return (tokens, nil)
  }

  // MARK: Answering a reading

  /// A reading's slots as the answer uses them: entities, free words and notes for `:why`.
  private struct ResolvedSlots {
    /// The entity of each slot role.
    var entities: [SlotRole: Entity] = [:]
    /// The free words, both sides of a question word read as one.
    var words = ""
    /// Each slot as typed, then what it was taken as.
    var notes: [(typed: String, meaning: String)] = []
  }

  private func answer(
    _ parse: Parse, tokens: [QuestionToken], question: String, context: ConversationContext,
    corrections: [(typed: String, name: String)], source: Entity?
  ) -> Outcome {
    guard let intent = grammar.intent(parse.template.intent) else {
      return refusal(
        .notUnderstood, "I didn't understand that question.", question: question, template: nil)
    }
    let slots: ResolvedSlots
    switch resolveSlots(parse, tokens: tokens, context: context) {
    case .failure(let refusal):
      return self.refusal(
        refusal.reason, refusal.message, question: question, template: parse.template,
        intent: intent.id)
    case .success(let resolved):
      slots = resolved
    }
    var query = self.query(slots, context: context)
    // "On what date …?" is not answered by "In July 2002", nor "How many days …?" by "more
    // than six months": a length in another unit.
    let asksDay = intent.strategy == .time && Self.asksForDay(tokens)
    let unit = intent.strategy == .quantity ? Self.askedTimeUnit(tokens) : nil
    if asksDay || unit != nil {
      query.answers = { fact in
        (!asksDay
          || [fact.qualifiers.time, fact.value].contains { $0.map(Self.holdsDay) ?? false })
          && unit.map { unit in QuestionText.tokens(fact.value ?? "").contains { $0.stem == unit } }
            ?? true
      }
    }
    let lookup = FactLookup(knowledge: knowledge, intent: intent)
    var found = lookup.find(query)
    if let source {
      // "According to Daraghmeh, …": only what that source says.
      found.facts = found.facts.filter {
        $0.qualifiers.according == source.id || $0.subject == source.id
      }
    }
    // "Who … X?" asks for someone the question does not name: a fact that names only the
    // question's own entities ("Kenny said …" for "Who was watching it with him?") tells no one.
    if intent.strategy == .action, tokens.first?.folded == "who",
      parse.template.text.hasSuffix("{entity}")
    {
      let asked = Set([query.subject?.id, query.object?.id].compactMap { $0 })
      found.facts = found.facts.filter { fact in
        !asked.contains(fact.subject) || fact.object.map { !asked.contains($0) } ?? false
      }
    }
    // "When did the other one take place?": one of what the conversation spoke of, which no
    // slot names and no fact of the documents picks out.
    if query.subject == nil, query.object == nil,
      let phrase = ClauseQuestion.otherOne(in: tokens.map(\.folded))
    {
      return refusal(
        .notStated, "I don't know what “\(phrase)” refers to here. Ask with its name.",
        question: question, template: parse.template, intent: intent.id)
    }
    // "Who made that claim?": "that claim" points back at something said, which no slot
    // names; what everyone said is no answer to it.
    if query.subject == nil, query.object == nil, let phrase = Self.demonstrative(in: tokens),
      Set(found.facts.map(\.subject)).count > 1
    {
      return refusal(
        .notStated, "I don't know what “\(phrase)” refers to here. Ask with its name.",
        question: question, template: parse.template, intent: intent.id)
    }
    if intent.strategy == .action, tokens.first?.folded == "who" {
      // A quote answers who said something, not "Who makes NASA's balloons?" because it
      // mentions them: its speaker did not make them.
      if !intent.relations.contains(where: { knowledge.relation($0, has: .speech) }),
        !Self.asksForSaying(slots.words)
      {
        found.facts.removeAll { knowledge.relation($0.relation, has: .speech) }
      }
      // A verb too common to be a content word ("make", "get") must still be in the sentence
      // of the fact that answers; WordNet relates it to too much to stand for it.
      if tokens.count > 2, case let verb = tokens[1].folded,
        knowledge.lexicon.contentStems([tokens[1]]).isEmpty,
        !ClauseQuestion.auxiliaries.contains(verb), WordNet.knows(verb, as: .verb)
      {
        found.facts.removeAll { fact in
          !QuestionText.tokens(fact.source.text).contains { $0.stem == tokens[1].stem }
        }
      }
    }
    // "When did the idea begin?" against "… became a nonprofit in 2006, but the idea began
    // in the mid 1990s": of the times one sentence gives, those in the clause of the
    // question's words.
    if intent.strategy == .time {
      found.facts = inAskedClauses(found.facts, stems: knowledge.lexicon.contentStems(tokens))
    }
    // "How many pores does an apple leaf have?" against "a white lily leaf has 60,000 pores …
    // and an apple leaf has 24,000 pores": of the values one sentence gives, the one said of the
    // question's words.
    found.facts = ownedFacts(found.facts, stems: knowledge.lexicon.contentStems(tokens))
    // "In which year …?" is not answered by "April 17".
    if intent.strategy == .time, Self.asksForYear(tokens) {
      found.facts = found.facts.filter { fact in
        [fact.qualifiers.time, fact.value].contains { $0.map(Self.holdsYear) ?? false }
      }
    }
    // Names among the free words ("how many factions are meeting in Cairo") are talked about
    // too, right after the slots.
    let named = parse.slots.filter { $0.kind == .words }.flatMap { slot in
      slot.range.flatMap { start in
        knowledge.nameIndex.names(in: tokens, from: start).flatMap(\.entities)
          .map { knowledge.entities[$0].id }
      }
    }
    let mentioned =
      [query.subject?.id, query.object?.id].compactMap { $0 } + named
      + found.facts.flatMap { [$0.subject, $0.object].compactMap { $0 } }
    let prefix = corrections.map { "(Taking “\($0.typed)” as \($0.name).)\n" }.joined()
    let explain = { (facts: [Fact], citations: [Citation], note: String?) in
      Explanation(
        question: question, template: parse.template, slots: slots.notes,
        corrections: corrections, facts: facts, citations: citations, note: note)
    }
    guard !found.facts.isEmpty else {
      let message = notStatedMessage(
        parse, tokens: tokens, typed: question, intent: intent, slots: slots, query)
      return Outcome(
        reply: .refusal(.notStated, prefix + message, intent: intent.id),
        explanation: explain([], [], "no fact of this intent about these names"),
        mentioned: mentioned)
    }
    // An answer is short: past a dozen facts the question is too broad to list them all.
    let shown = Array(found.facts.prefix(Self.maximumFacts))
    var text = compose(
      FoundFacts(facts: shown, bearing: found.bearing), intent: intent, lookup: lookup,
      question: question)
    if found.facts.count > shown.count {
      text += "\n(and \(found.facts.count - shown.count) more; ask a narrower question to see them)"
    }
    let citations = shown.map { Citation($0.source) }.uniqued()
    // Cited, but not what was asked: the sentences leave a yes/no open ("it remains unclear
    // whether"), or describe others by the name asked about.
    let leftOpen =
      found.bearing == .aboutOthers
      || (intent.strategy == .check && shown.allSatisfy({ $0.qualifiers.hedge != nil }))
    return Outcome(
      reply: Reply(
        leftOpen ? .refused(.notStated) : .answered, prefix + text, citations: citations,
        intent: intent.id),
      explanation: explain(shown, citations, nil), mentioned: mentioned)
  }

  /// The reading's slots as entities and words, or the refusal when a name is unknown or a
  /// pronoun refers to nothing.
  private func resolveSlots(_ parse: Parse, tokens: [QuestionToken], context: ConversationContext)
    -> Result<ResolvedSlots, SlotRefusal>
  {
    var resolved = ResolvedSlots()
    for slot in parse.slots {
      switch slot.value {
      case .entity(let id):
        resolved.entities[slot.role] = knowledge.entity(id)
        resolved.notes.append((slot.typed, "\(phrasing.name(id)) (\(id))"))
      case .pronoun(let pronoun):
        guard
          let entity = context.resolve(
            pronoun, slot: slot.kind, knowledge: knowledge,
            several: Self.standsForSeveral(tokens, at: slot.range.lowerBound))
        else {
          return .failure(
            SlotRefusal(
              reason: .notUnderstood,
              message: "I don't know who or what “\(slot.typed)” refers to here. Ask with a name."
            ))
        }
        resolved.entities[slot.role] = entity
        resolved.notes.append((slot.typed, "\(entity.name) (\(entity.id), from the conversation)"))
      case .unknownName(let typed):
        // "Age UK" of "the National Chairman of Age UK", which no entity is named: the words
        // are the documents' own, to be read as words, not called unknown.
        if writtenInDocuments(typed) {
          return .failure(
            SlotRefusal(reason: .notUnderstood, message: "I didn't understand that question."))
        }
        let who = tokens[parse.span.lowerBound].folded == "who" || slot.kind == .person
        return .failure(
          SlotRefusal(
            reason: .unknownEntity,
            message: "The documents mention \(who ? "no one" : "nothing") called “\(typed)”."))
      case .words(let text):
        // Words on both sides of a question word ("Hamas gave what to whom") are read as one.
        resolved.words = resolved.words.isEmpty ? text : resolved.words + " " + text
        resolved.notes.append((slot.typed, "words"))
      }
    }
    // "Is Hamas the radical Islamist group?": the object names the subject itself, so its words
    // are what is asked about.
    if let typed = parse.slot(.object)?.typed, let object = resolved.entities[.object],
      object.id == resolved.entities[.subject]?.id
    {
      resolved.entities[.object] = nil
      resolved.words = [resolved.words, typed].filter { !$0.isEmpty }.joined(separator: " ")
    }
    return .success(resolved)
  }

  /// Whether a sentence of the documents writes `typed` as typed, a name of its own: not part
  /// of a longer name ("Age" of "Age Cornwall", "Harbour" of "Kessel Harbour"). A name no
  /// entity has may still be written there.
  private func writtenInDocuments(_ typed: String) -> Bool {
    let index = knowledge.sentenceIndex
    let stems = knowledge.lexicon.contentStems(typed)
    guard !stems.isEmpty, typed.first?.isUppercase == true else { return false }
    return index.holdingAll(stems).contains { position in
      let text = index.sentences[position].text
      var rest = text[...]
      while let found = rest.range(of: typed) {
        rest = text[found.upperBound...]
        let before = text[..<found.lowerBound].split(separator: " ").last
        let after = text[found.upperBound...].split(separator: " ").first
        let capitalized = { (word: Substring?) in
          word?.first(where: \.isLetter)?.isUppercase == true
        }
        let bounded =
          text[..<found.lowerBound].last.map { !$0.isLetter && !$0.isNumber } ?? true
          && text[found.upperBound...].first.map { !$0.isLetter && !$0.isNumber } ?? true
        // Glued to no capitalised word before it or after it.
        let glued =
          (capitalized(before) && text[..<found.lowerBound].last == " ")
          || (capitalized(after) && text[found.upperBound...].first == " ")
        if bounded && !glued { return true }
      }
      return false
    }
  }

  /// Why a reading's slots cannot be answered.
  private struct SlotRefusal: Error {
    let reason: Reply.Reason
    let message: String
  }

  /// The fact query for resolved slots: a pronoun among the free words ("when did he say it")
  /// narrows the facts to its referent.
  private func query(_ slots: ResolvedSlots, context: ConversationContext) -> FactQuery {
    let subject = slots.entities[.subject]
    let tokens = QuestionText.tokens(slots.words)
    let referents = tokens.compactMap { token -> Entity? in
      // With a subject named, "its" and "their" among the words are the subject's own.
      guard subject == nil, WordLists.pronounKinds[token.folded] != nil else { return nil }
      return context.resolve(token.folded, slot: .entity, knowledge: knowledge)
    }
    // "When did most of it form?" after a question about the Lake County uplift: the facts must
    // hold the words of the phrase "it" stands for.
    var words = slots.words
    if subject == nil, tokens.contains(where: { context.topic(for: $0.folded) != nil }) {
      words = QuestionText.join(
        tokens.flatMap { context.topic(for: $0.folded)?.words ?? [$0] })
    }
    return FactQuery(
      subject: subject, object: slots.entities[.object], words: words, involving: referents)
  }

  /// The refusal when no fact answers: the intent's own wording, with a hint where the name is
  /// mentioned.
  private func notStatedMessage(
    _ parse: Parse, tokens: [QuestionToken], typed: String, intent: Intent, slots: ResolvedSlots,
    _ query: FactQuery
  ) -> String {
    // "Don't quote X on the talks" only when X is quoted on something else.
    let saysSomething =
      query.subject.map { subject in
        knowledge.facts(about: subject.id).contains { intent.relations.contains($0.relation) }
      } ?? false
    // "What does he say should happen next?": words that open with an auxiliary are what was
    // said, not what it was said on; the question is said back whole.
    let saidWhole =
      QuestionText.tokens(query.words).first.map {
        ClauseQuestion.auxiliaries.contains($0.folded)
      } == true
    let template =
      query.words.isEmpty || !saysSomething
      ? intent.notStated
      : saidWhole
        ? "The documents don't say {question}." : intent.notStatedWithWords ?? intent.notStated
    let question = Self.indirect(parse, tokens: tokens, names: slots.entities, typed: typed)
    var message =
      template.contains("{question}") && Self.isLeftAsAsked(question)
      ? Self.quotedRefusal(question)
      : fill(
        template, subject: query.subject, object: query.object, words: query.words,
        question: question)
    if let subject = query.subject, [.describe, .inverse].contains(intent.strategy) {
      message += mentionHint(subject)
    }
    return message
  }
}

extension Answerer {
  /// The fewest letters a capitalised word needs to be taken as a typo: short names ("Obama",
  /// "Sun") are too easily near another.
  static let shortestCapitalisedTypo = 6

  /// Whether the question asks for a year: "In which year …?", "What year …?".
  static func asksForYear(_ tokens: [QuestionToken]) -> Bool {
    asks(for: ["year"], tokens)
  }

  /// Whether the question asks "on what date" or "which day": a month or a year alone ("July
  /// 2002") does not answer it.
  static func asksForDay(_ tokens: [QuestionToken]) -> Bool {
    asks(for: ["date", "day"], tokens)
  }

  /// The stem of the unit of time after "how many" ("day" of "How many days …?"), if any.
  static func askedTimeUnit(_ tokens: [QuestionToken]) -> String? {
    guard let position = tokens.prefix(4).indices.first(where: { tokens[$0].folded == "how" }),
      position + 2 < tokens.count, tokens[position + 1].folded == "many",
      WordLists.timeUnits.contains(tokens[position + 2].folded)
    else { return nil }
    return tokens[position + 2].stem
  }

  /// Whether "what" or "which" near the start is followed by one of `nouns`, or its plural
  /// ("On what dates …?"), perhaps after a word that only describes it ("In which exact
  /// year …?").
  private static func asks(for nouns: Set<String>, _ tokens: [QuestionToken]) -> Bool {
    tokens.prefix(4).indices.contains { position in
      guard ["what", "which"].contains(tokens[position].folded) else { return false }
      var noun = position + 1
      if noun + 1 < tokens.count, describesOnly(tokens[noun].folded) { noun += 1 }
      return tokens.indices.contains(noun)
        && nouns.contains { Stemmer.stem($0) == tokens[noun].stem }
    }
  }

  /// Whether WordNet knows `word` as a describing word and never as a noun: "exact",
  /// "precise" (not "half" of "half-year").
  static func describesOnly(_ word: String) -> Bool {
    WordNet.knows(word, as: .adjective) && !WordNet.knows(word, as: .noun)
  }

  /// Whether `text` names a day: a day of the month ("13", "5th") or of the week.
  static func holdsDay(_ text: String) -> Bool {
    QuestionText.tokens(text).contains {
      NumberWords.isDayOfMonth($0.folded) || WordLists.weekdays.contains($0.folded)
    }
  }

  /// Whether `text` holds a year: four digits from 1000 to 2200.
  static func holdsYear(_ text: String) -> Bool {
    QuestionText.tokens(text).contains { NumberWords.isYear($0.folded) }
  }
}
