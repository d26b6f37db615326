/// Answers a wh-question from the clause layer when no template fact does: the clause whose
/// predicate and roles hold every content word of the question, outside the role the question
/// word asks for, answers with that role's phrase, in the sentence's own words.
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

  /// The best answer to `question`, or nil when no clause states it.
  func answer(_ question: ClauseQuestion) -> Answer? {
    let index = knowledge.clauseIndex
    var best: (answer: Answer, score: Int)?
    for position in index.containing(all: question.stems) {
      let clause = index.clauses[position]
      // The verb of the clause must be one the question uses ("submitted" for "submit"):
      // a clause about something else that shares its nouns is no answer.
      guard index.predicateStems[position].isSubset(of: question.stems) else { continue }
      for filler in fillers(of: clause, for: question) {
        let rest = clause.phrases.filter { $0 != filler }
        let restStems = index.predicateStems[position].union(
          knowledge.lexicon.contentStems(rest.map(\.text).joined(separator: " ")))
        guard question.stems.isSubset(of: restStems) else { continue }
        // The answer must add something: words the question does not already say.
        let fillerStems = knowledge.lexicon.contentStems(filler.text)
        guard !fillerStems.subtracting(question.stems).isEmpty, !filler.isPronoun else {
          continue
        }
        // The tightest clause wins: fewest words beyond the question's, main clauses first.
        let extra = restStems.subtracting(question.stems).count
        let score = extra * 2 + (clause.kind == .main ? 0 : 1)
        if best == nil || score < best!.score {
          best = (
            Answer(text: text(of: clause, filler: filler), clause: clause, filler: filler), score
          )
        }
      }
    }
    return best?.answer
  }

  /// The phrases of `clause` that can fill the question's gap.
  private func fillers(of clause: Clause, for question: ClauseQuestion) -> [Phrase] {
    switch question.gap {
    case .subject:
      return [clause.subject].compactMap { $0 }
    case .object:
      return clause.objects + [clause.complement].compactMap { $0 } + clause.arguments.map(\.phrase)
    case .time:
      return clause.modifiers(.time)
    case .place:
      return clause.modifiers(.place)
        + clause.arguments.filter { ["in", "at", "from", "to"].contains($0.preposition) }
        .map(\.phrase).filter { isPlace($0) }
    case .reason:
      return clause.modifiers(.reason) + clause.modifiers(.purpose)
    case .manner:
      return clause.modifiers(.manner)
    case .duration:
      return clause.modifiers(.time).filter {
        hasNumber($0) || $0.text.lowercased().hasPrefix("for ")
      }
    case .quantity:
      return
        ([clause.subject, clause.complement].compactMap { $0 } + clause.objects
        + clause.modifiers(.quantity))
        .filter { phrase in
          guard hasNumber(phrase) else { return false }
          guard let counted = question.counted else { return true }
          return knowledge.lexicon.contentStems(phrase.text).contains(counted)
        }
    }
  }

  /// Whether the phrase names a place the documents know, or reads like one (capitalised).
  private func isPlace(_ phrase: Phrase) -> Bool {
    let tokens = QuestionText.tokens(phrase.text)
    let named = tokens.indices.flatMap { knowledge.nameIndex.names(in: tokens, from: $0) }
      .flatMap(\.entities).map { knowledge.entities[$0] }
    if named.contains(where: { $0.kind == .place }) { return true }
    return phrase.head.first?.isUppercase == true
  }

  /// Whether the phrase holds a number, in digits or in words.
  private func hasNumber(_ phrase: Phrase) -> Bool {
    QuestionText.tokens(phrase.text).contains { NumberWords.isNumber($0.stem) }
  }

  /// The clause as an answer: its subject, then its verb group and the roles that follow, in the
  /// sentence's own words, with who says so when the sentence attributes it.
  func text(of clause: Clause, filler: Phrase) -> String {
    let sentence = clause.citation.text
    let bytes = Array(sentence.utf8)
    let verb = clause.predicate.utf8Range
    let roles =
      [clause.complement].compactMap { $0 } + clause.objects + clause.arguments.map(\.phrase)
      + [filler]
    let end = ([verb.upperBound] + roles.map(\.utf8Range.upperBound)).max() ?? verb.upperBound
    var start = verb.lowerBound
    // The verb group's auxiliaries, modals and negation just before the verb.
    let before = String(decoding: bytes[..<start], as: UTF8.self)
    var words = before.split(separator: " ", omittingEmptySubsequences: false)
    while let last = words.last, Self.verbGroupWords.contains(last.lowercased()) {
      start -= last.utf8.count + 1
      words.removeLast()
    }
    var subject = clause.subject?.text ?? ""
    if let phrase = clause.subject, phrase.utf8Range.upperBound <= start,
      start - phrase.utf8Range.upperBound <= 1
    {
      start = phrase.utf8Range.lowerBound
      subject = ""
    }
    var body = String(decoding: bytes[max(0, start)..<end], as: UTF8.self)
    if !subject.isEmpty { body = subject + " " + body }
    if filler.utf8Range.lowerBound < start || filler.utf8Range.upperBound > end,
      filler != clause.subject
    {
      body += " " + filler.text
    }
    var text = body.trimmingWhitespace()
    while let last = text.last, ",;:“\"".contains(last) { text.removeLast() }
    if let speaker = clause.attribution {
      text = "According to \(speaker.text), " + text.lowercasingFirstWordUnlessName()
    }
    return text.capitalizingFirstLetter() + (text.hasSuffix(".") ? "" : ".")
  }

  private static let verbGroupWords: Set<String> = [
    "would", "will", "could", "can", "may", "might", "must", "should", "shall", "has", "have",
    "had", "is", "are", "was", "were", "be", "been", "being", "not", "also", "still", "already",
    "never", "did", "does", "do",
  ]
}

extension String {
  /// The text with its first letter lowercased when the first word is a common word ("The"),
  /// not a name: "According to X, the board …".
  fileprivate func lowercasingFirstWordUnlessName() -> String {
    guard let first = split(separator: " ").first,
      ["the", "a", "an", "it", "this", "these", "those", "there"].contains(first.lowercased())
    else { return self }
    return prefix(1).lowercased() + dropFirst()
  }
}
