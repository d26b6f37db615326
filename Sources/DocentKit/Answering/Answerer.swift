import Foundation

/// Answers a question from the fact base: parses it with the grammar, resolves its names and
/// pronouns, looks up the facts its intent asks for, and cites their sentences. A question it
/// cannot answer from a cited sentence is refused, with the kind of refusal.
struct Answerer: Sendable {
  let knowledge: KnowledgeBase
  private let parser: QuestionParser
  private let phrasing: FactPhrasing

  init(knowledge: KnowledgeBase) {
    self.knowledge = knowledge
    parser = QuestionParser(
      grammar: knowledge.grammar, names: knowledge.nameIndex, entities: knowledge.entities,
      documentStems: knowledge.documentStems)
    phrasing = FactPhrasing(knowledge: knowledge)
  }

  /// The outcome of answering one question.
  struct Outcome {
    var reply: Reply
    var explanation: Explanation
    /// The entities the exchange talked about, most relevant first, for follow-ups.
    var mentioned: [String]
  }

  /// Answers `question` in `context`.
  func answer(_ question: String, context: ConversationContext) -> Outcome {
    var tokens = QuestionText.tokens(question)
    var parses = parser.parses(tokens)
    var corrections: [(typed: String, name: String)] = []
    if let best = parses.first, best.unknownNames > 0 {
      switch resolveUnknownNames(best, tokens: tokens) {
      case .corrected(let corrected, let made):
        tokens = corrected
        corrections = made
        parses = parser.parses(tokens)
      case .ambiguous(let typed, let candidates):
        let names = candidates.map { knowledge.entities[$0].name }
        return refusal(
          .ambiguous,
          "“\(typed)” could be \(names.joinedAsList(conjunction: "or")). Which one do you mean?",
          question: question, template: best.template, intent: best.template.intent)
      case .none:
        break
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
      best, tokens: tokens, question: question, context: context, corrections: corrections)
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
      var candidates = knowledge.nameIndex.partialMatches(typed)
      if candidates.isEmpty { candidates = knowledge.nameIndex.typoCandidates(typed) }
      candidates = candidates.filter {
        slot.kind == .entity || slot.kind.entityKind == knowledge.entities[$0].kind
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

  /// False for chit-chat ("How are you today?", "What time is it?"): no name, no pronoun and
  /// no content word the documents use.
  private func isAboutTheDocuments(_ parse: Parse, _ tokens: [QuestionToken]) -> Bool {
    // A template of literal words alone ("who wrote the article") was written for such a
    // question; free words must show they are about the documents.
    if parse.slots.contains(where: { $0.kind != .words }) || parse.slots.isEmpty { return true }
    let content = knowledge.lexicon.contentStems(tokens)
    return !content.isEmpty && content.contains { knowledge.documentStems.contains($0) }
  }

  private func notUnderstoodMessage(_ tokens: [QuestionToken]) -> String {
    let hint = nearestExample(tokens).map { " A question I can answer: “\($0)”" } ?? ""
    return "I didn't understand that question.\(hint) Type :help for more."
  }

  /// An example of the intent whose templates share the most content words with the
  /// question, if any shares one.
  private func nearestExample(_ tokens: [QuestionToken]) -> String? {
    let stems = knowledge.lexicon.contentStems(tokens)
    var best: (example: String, shared: Int)?
    for intent in knowledge.grammar.intents {
      guard let example = knowledge.examples.first(where: { $0.intent == intent.id })?.question
      else { continue }
      let words = Set(intent.templates.flatMap(\.pattern.literalStems))
      let shared = words.intersection(stems).count
      if shared > (best?.shared ?? 0) { best = (example, shared) }
    }
    return best?.example
  }

  private func ambiguous(_ readings: [Parse], question: String) -> Outcome {
    var lines = ["That question can be read more than one way:"]
    for (index, reading) in readings.enumerated() {
      let slots = reading.slots.map { "“\($0.typed)” as \(describe($0.value))" }
      let detail = slots.isEmpty ? "" : " with " + slots.joined(separator: ", ")
      lines.append("  \(index + 1). \(reading.template.intent)\(detail)")
    }
    lines.append("Please ask it another way.")
    return refusal(.ambiguous, lines.joined(separator: "\n"), question: question, template: nil)
  }

  private func describe(_ value: SlotValue) -> String {
    switch value {
    case .entity(let id): phrasing.name(id)
    case .pronoun(let word): "“\(word)”"
    case .unknownName(let text): "the unknown name “\(text)”"
    case .words(let text): "“\(text)”"
    }
  }

  // MARK: Answering a reading

  private func answer(
    _ parse: Parse, tokens: [QuestionToken], question: String, context: ConversationContext,
    corrections: [(typed: String, name: String)]
  ) -> Outcome {
    guard let intent = knowledge.grammar.intent(parse.template.intent) else {
      return refusal(
        .notUnderstood, "I didn't understand that question.", question: question, template: nil)
    }
    var resolved: [SlotRole: Entity] = [:]
    var slotNotes: [(typed: String, meaning: String)] = []
    var words = ""
    for slot in parse.slots {
      switch slot.value {
      case .entity(let id):
        resolved[slot.role] = knowledge.entity(id)
        slotNotes.append((slot.typed, "\(phrasing.name(id)) (\(id))"))
      case .pronoun(let pronoun):
        guard let entity = context.resolve(pronoun, slot: slot.kind, knowledge: knowledge) else {
          return refusal(
            .notUnderstood,
            "I don't know who or what “\(slot.typed)” refers to here. Ask with a name.",
            question: question, template: parse.template, intent: intent.id)
        }
        resolved[slot.role] = entity
        slotNotes.append((slot.typed, "\(entity.name) (\(entity.id), from the conversation)"))
      case .unknownName(let typed):
        let who = tokens[parse.span.lowerBound].folded == "who" || slot.kind == .person
        return refusal(
          .unknownEntity,
          "The documents mention \(who ? "no one" : "nothing") called “\(typed)”.",
          question: question, template: parse.template, intent: intent.id)
      case .words(let text):
        words = text
        slotNotes.append((slot.typed, "words"))
      }
    }
    let subject = resolved[.subject]
    var object = resolved[.object]
    // "Is Hamas the radical Islamist group?": the object names the subject itself, so its words
    // are what is asked about.
    if let typed = parse.slot(.object)?.typed, object != nil, object?.id == subject?.id {
      object = nil
      words = [words, typed].filter { !$0.isEmpty }.joined(separator: " ")
    }
    // A pronoun among free words ("when did he say it") narrows the facts to its referent.
    let referents = QuestionText.tokens(words).compactMap { token -> Entity? in
      // With a subject named, "its" and "their" among the words are the subject's own.
      guard subject == nil, QuestionParser.pronouns[token.folded] != nil else { return nil }
      return context.resolve(token.folded, slot: .entity, knowledge: knowledge)
    }
    var lookup = FactLookup(knowledge: knowledge, intent: intent)
    let facts = lookup.facts(subject: subject, object: object, words: words, also: referents)
    // Names among the free words ("how many factions are meeting in Cairo") are talked about
    // too, right after the slots.
    let named = parse.slots.filter { $0.kind == .words }.flatMap { slot in
      slot.range.flatMap { start in
        knowledge.nameIndex.names(in: tokens, from: start).flatMap(\.entities)
          .map { knowledge.entities[$0].id }
      }
    }
    let mentioned =
      [subject?.id, object?.id].compactMap { $0 } + named
      + facts.flatMap { [$0.subject, $0.object].compactMap { $0 } }

    let prefix = corrections.map { "(Taking “\($0.typed)” as \($0.name).)\n" }.joined()
    guard !facts.isEmpty else {
      // "Don't quote X on the talks" only when X is quoted on something else.
      let saysSomething =
        subject.map { subject in
          knowledge.facts(about: subject.id).contains { intent.relations.contains($0.relation) }
        } ?? false
      let template =
        words.isEmpty || !saysSomething
        ? intent.notStated : intent.notStatedWithWords ?? intent.notStated
      var message = fill(
        template, subject: subject, object: object, words: words,
        question: Self.indirect(parse, tokens: tokens, names: resolved))
      if let subject, [.describe, .inverse].contains(intent.strategy) {
        message += mentionHint(subject)
      }
      var outcome = refusal(
        .notStated, prefix + message, question: question, template: parse.template,
        intent: intent.id)
      outcome.explanation = Explanation(
        question: question, template: parse.template, slots: slotNotes, corrections: corrections,
        facts: [], citations: [], note: "no fact of this intent about these names")
      outcome.mentioned = mentioned
      return outcome
    }
    // An answer is short: past a dozen facts the question is too broad to list them all.
    let shown = Array(facts.prefix(Self.maximumFacts))
    var text = compose(shown, intent: intent, lookup: lookup, question: question)
    if facts.count > shown.count {
      text += "\n(and \(facts.count - shown.count) more; ask a narrower question to see them)"
    }
    let citations = shown.map { Citation($0.source) }.uniqued()
    var reply = Reply.answered(prefix + text, citing: citations, intent: intent.id)
    if intent.strategy == .check, facts.allSatisfy({ $0.qualifiers.hedge != nil }) {
      // The sentence itself leaves it open ("it remains unclear whether"): not a yes or a no.
      reply.status = .unknown
      reply.reason = .notStated
    }
    let explanation = Explanation(
      question: question, template: parse.template, slots: slotNotes, corrections: corrections,
      facts: shown, citations: citations, note: nil)
    return Outcome(reply: reply, explanation: explanation, mentioned: mentioned)
  }

  /// The answer text for the facts found.
  private func compose(_ facts: [Fact], intent: Intent, lookup: FactLookup, question: String)
    -> String
  {
    let body: String
    if intent.strategy == .describe, facts.allSatisfy({ $0.relation == "role" && $0.value != nil })
    {
      let subject = phrasing.name(facts[0].subject)
      let verb = knowledge.entity(facts[0].subject)?.plural == true ? "are" : "is"
      let descriptions = facts.compactMap(\.value).uniqued()
      body = phrasing.finish("\(subject) \(verb) \(descriptions.joinedAsList())")
    } else if facts.contains(where: { $0.relation == "said" }) {
      // Quotes first, then what the documents report the speaker as saying.
      let reported = facts.filter { $0.relation != "said" }
      body =
        ([quotes(facts.filter { $0.relation == "said" })]
        + (reported.isEmpty ? [] : [Self.joinedParagraph(groupedSentences(reported))]))
        .joined(separator: "\n")
    } else {
      body = Self.joinedParagraph(groupedSentences(facts))
    }
    guard intent.strategy == .check else { return body }
    if facts.allSatisfy({ $0.qualifiers.hedge != nil }) {
      return body.hasPrefix("It remains unclear")
        ? body : "The documents don't say for sure: " + body
    }
    switch lookup.verdict(facts, question: question) {
    case .yes: return "Yes. " + body
    case .no: return "No. " + body
    case .mixed: return "The documents say both yes and no: " + body
    }
  }

  /// Quotes, grouped by speaker: "Dimitri Diliani said:" and each quote on a line of its own.
  private func quotes(_ facts: [Fact]) -> String {
    var lines: [String] = []
    var speaker: String?
    for fact in facts {
      if fact.subject != speaker {
        speaker = fact.subject
        lines.append("\(phrasing.name(fact.subject).capitalizingFirstLetter()) said:")
      }
      let to = fact.object.map { " (to \(phrasing.name($0)))" } ?? ""
      lines.append("  “\(fact.value ?? "")”\(to)")
    }
    return lines.joined(separator: "\n")
  }

  /// Facts as sentences; facts of one relation and object without words share one sentence.
  private func groupedSentences(_ facts: [Fact]) -> [String] {
    var sentences: [String] = []
    var index = 0
    while index < facts.count {
      let fact = facts[index]
      var group = [fact]
      if fact.value == nil, fact.object != nil {
        while index + group.count < facts.count {
          let next = facts[index + group.count]
          guard next.relation == fact.relation, next.object == fact.object, next.value == nil,
            next.qualifiers == fact.qualifiers
          else { break }
          group.append(next)
        }
      }
      sentences.append(
        group.count > 1 ? phrasing.sentence(sharedBy: group) : phrasing.sentence(fact))
      index += group.count
    }
    // Drop a sentence another one already says: "Ten factions." beside "Ten factions met."
    let folded = sentences.map { QuestionText.fold(String($0.dropLast())) }
    let kept = sentences.indices.filter { index in
      !folded.indices.contains { other in
        other != index && folded[other].contains(folded[index])
          && (folded[other] != folded[index] || other < index)
      }
    }.map { sentences[$0] }
    return mergingSubjects(kept, facts: facts)
  }

  /// Sentences in a row that start with the same name say it once: "Mahmoud Abbas sits atop
  /// the PLO, controls the PLO and resides on top of the PLO."
  private func mergingSubjects(_ sentences: [String], facts: [Fact]) -> [String] {
    let names = Set(facts.map { phrasing.name($0.subject).capitalizingFirstLetter() })
      .sorted { $0.count > $1.count }
    var merged: [(subject: String?, parts: [String])] = []
    for sentence in sentences {
      let body = String(sentence.dropLast())
      // "Hamas and Islamic Jihad take part…" has two subjects: it stands on its own.
      guard sentence.hasSuffix("."),
        let subject = names.first(where: {
          body.hasPrefix($0 + " ") && !body.dropFirst($0.count + 1).hasPrefix("and ")
            && !body.dropFirst($0.count).hasPrefix(",")
        })
      else {
        merged.append((nil, [sentence]))
        continue
      }
      let predicate = String(body.dropFirst(subject.count + 1))
      if let last = merged.last, last.subject == subject {
        merged[merged.count - 1].parts.append(predicate)
      } else {
        merged.append((subject, [predicate]))
      }
    }
    return merged.map { entry in
      guard let subject = entry.subject else { return entry.parts[0] }
      // A predicate another one already contains says nothing new.
      let folded = entry.parts.map(QuestionText.fold)
      let parts = entry.parts.indices.filter { index in
        !folded.indices.contains { other in
          other != index && folded[other].contains(folded[index])
            && (folded[other] != folded[index] || other < index)
        }
      }.map { entry.parts[$0] }
      let entry = (subject: entry.subject, parts: parts)
      guard entry.parts.count > 1 else { return "\(subject) \(entry.parts[0])." }
      // Many predicates, or predicates with commas of their own, read best as a list.
      if entry.parts.count > 3 || entry.parts.contains(where: { $0.contains(",") }) {
        return "\(subject):" + entry.parts.map { "\n  - \($0)" }.joined()
      }
      return "\(subject) \(entry.parts.joinedAsList())."
    }
  }

  /// " It is mentioned in cairo-talks sentence 28." for a refusal about a known name.
  private func mentionHint(_ entity: Entity) -> String {
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

  private func fill(
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

  private func refusal(
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
}

extension Answerer {
  /// The most facts one answer states.
  static let maximumFacts = 12

  /// Sentences run on with spaces, but a list ("Hamas:" and its items) stands on lines of its
  /// own.
  static func joinedParagraph(_ sentences: [String]) -> String {
    var text = ""
    var previousWasList = false
    for sentence in sentences {
      let isList = sentence.contains("\n")
      if !text.isEmpty { text += isList || previousWasList ? "\n" : " " }
      text += sentence
      previousWasList = isList
    }
    return text
  }

  private static let auxiliaries: Set<String> = [
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "has", "have", "had", "may", "might", "must",
  ]
  private static let questionWords: Set<String> = [
    "who", "what", "when", "where", "why", "how", "which", "whom", "whose",
  ]

  /// The question as an indirect question for refusals, names resolved:
  /// "Did Hamas expel Fatah?" → "whether Hamas did expel Fatah";
  /// "When did he leave?" → "when Mahmoud Abbas did leave"; "Who funds it?" → "who funds it".
  static func indirect(
    _ parse: Parse, tokens: [QuestionToken], names: [SlotRole: Entity]
  ) -> String {
    var pieces: [String] = []
    var subjectPiece: Int?
    var index = parse.span.lowerBound
    while index < parse.span.upperBound {
      if let slot = parse.slots.first(where: { $0.range.lowerBound == index }),
        let entity = names[slot.role], slot.kind != .words
      {
        if slot.role == .subject { subjectPiece = pieces.count }
        pieces.append(entity.name)
        index = slot.range.upperBound
      } else {
        pieces.append(tokens[index].original)
        index += 1
      }
    }
    if let subject = subjectPiece {
      // Drop untyped contraction parts without losing the subject's place.
      let empties = pieces[..<subject].count { $0.isEmpty }
      subjectPiece = subject - empties
    }
    pieces.removeAll { $0.isEmpty }
    guard !pieces.isEmpty else { return "" }
    let first = pieces[0].lowercased()
    // Inverting "did Whitlock and Lindqvist vote" or "is the Board's budget" would garble it.
    if let subject = subjectPiece, subject + 1 < pieces.count,
      ["and", "or", "'s", "’s", ","].contains(pieces[subject + 1].lowercased())
    {
      subjectPiece = nil
    }
    if auxiliaries.contains(first), subjectPiece == 1 {
      return QuestionText.join(["whether", pieces[1], first] + pieces.dropFirst(2))
    }
    if questionWords.contains(first), pieces.count > 2,
      auxiliaries.contains(pieces[1].lowercased()),
      subjectPiece == 2
    {
      var rest = Array(pieces.dropFirst(3))
      let aux = pieces[1].lowercased()
      if ["do", "does", "did"].contains(aux), rest.first?.lowercased() == "do" {
        rest.removeFirst()
      }
      return QuestionText.join([first, pieces[2], aux] + rest)
    }
    // A yes/no question that cannot be turned around is not echoed at all.
    if auxiliaries.contains(first) { return "that" }
    return QuestionText.join([first] + pieces.dropFirst())
  }
}

extension TemplatePattern {
  /// The stems of every literal word in the pattern.
  var literalStems: [String] {
    switch self {
    case .word(_, let stem): [stem]
    case .slot, .rule: []
    case .optional(let inner): inner.literalStems
    case .sequence(let items), .choice(let items): items.flatMap(\.literalStems)
    }
  }
}
