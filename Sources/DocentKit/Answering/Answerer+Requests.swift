import Foundation

/// A question word left where its answer would stand ("Hani al-Masri heads which
/// organization?"), read again with the question word in front, as the question it puts:
/// "Which organization does Hani al-Masri head?".
extension Answerer {
  /// The question a question word left in place of its answer puts: "Hani al-Masri heads which
  /// organization?" asks "Which organization does Hani al-Masri head?", "The ferry runs to how
  /// many islands?" "How many islands does the ferry run to?". Nil when the
  /// question word opens the question, or what stands before it is no subject and verb.
  static func frontedQuestion(_ question: String) -> String? {
    var words = question.split(separator: " ").map(String.init)
    while let last = words.last, let mark = last.last, "?.!".contains(mark) {
      words[words.count - 1] = String(last.dropLast())
      if words[words.count - 1].isEmpty { words.removeLast() }
    }
    let folded = words.map { Folding.words($0.trimmingCharacters(in: .punctuationCharacters)) }
    // "which" or "what" and the kind asked for, or "how many" and what is counted.
    guard
      let asked = folded.indices.first(where: { position in
        ["which", "what"].contains(folded[position])
          || (folded[position] == "how" && position + 1 < folded.count
            && ["many", "much"].contains(folded[position + 1]))
      }),
      asked >= 2, asked + 1 < words.count,
      !words[..<asked].contains(where: { $0.hasSuffix(",") || $0 == "—" || $0 == "-" }),
      !ClauseQuestion.auxiliaries.contains(folded[0]),
      !Self.questionWords.contains(folded[0]), opensSubject(words[0], folded: folded[0]),
      let clause = inverted(Array(words[..<asked]))
    else { return nil }
    let phrase = words[asked...].joined(separator: " ")
    return phrase.prefix(1).uppercased() + phrase.dropFirst() + " " + clause + "?"
  }

  /// A clause "subject verb rest" turned round as a question puts it: "the foundation wants to
  /// try" → "does the foundation want to try", "those publications covered" → "did those
  /// publications cover", "the team has produced" → "has the team produced". Nil when no verb
  /// follows a subject of one to four words.
  static func inverted(_ words: [String]) -> String? {
    let folded = words.map { Folding.words($0.trimmingCharacters(in: .punctuationCharacters)) }
    guard let first = words.first, opensSubject(first, folded: folded[0]) else { return nil }
    // A pronoun is a subject alone; a name runs over its words ("Hani al-Masri"); a
    // determiner takes the word after it, whatever it is ("the team plans"), and words up to
    // one that is mostly a verb.
    var verb = 1
    if Self.subjectPronouns.contains(folded[0]) {
      verb = 1
    } else if first.first?.isUppercase == true, !WordLists.determiners.contains(folded[0]) {
      while verb < words.count, verb <= Self.longestSubject,
        words[verb].contains(where: \.isUppercase) || Self.nameParticles.contains(folded[verb])
      {
        verb += 1
      }
    } else {
      while verb < words.count, verb <= Self.longestSubject {
        if verb > 1, words[verb].first?.isUppercase != true, isVerbForm(folded[verb], mostly: true)
        {
          break
        }
        verb += 1
      }
    }
    guard verb < words.count, verb <= Self.longestSubject, isVerbForm(folded[verb], mostly: false)
    else {
      return nil
    }
    let subject = words[..<verb].joined(separator: " ")
    let rest = words.dropFirst(verb + 1).joined(separator: " ")
    let word = folded[verb]
    let tail = rest.isEmpty ? "" : " " + rest
    if ClauseQuestion.auxiliaries.contains(word) { return "\(word) \(subject)\(tail)" }
    let lemma = VerbLemma.lemma(of: word)
    let helper =
      WordNet.isPastForm(word) ? "did" : lemma != word && word.hasSuffix("s") ? "does" : "do"
    return "\(helper) \(subject) \(lemma)\(tail)"
  }

  /// Whether `word` may open a subject: a pronoun, a determiner or a name.
  private static func opensSubject(_ word: String, folded: String) -> Bool {
    Self.subjectPronouns.contains(folded) || WordLists.determiners.contains(folded)
      || Self.subjectDeterminers.contains(folded)
      || (word.first?.isUppercase == true && !Self.questionWords.contains(folded))
  }

  /// Whether `word` reads as a verb of a clause: an auxiliary, or a form WordNet knows as a
  /// verb that is not a preposition or a determiner; when `mostly`, one WordNet knows in more
  /// senses as a verb than as a noun ("plans", not "damage").
  private static func isVerbForm(_ word: String, mostly: Bool) -> Bool {
    if ClauseQuestion.auxiliaries.contains(word) { return true }
    guard !WordLists.prepositions.contains(word), !WordLists.determiners.contains(word),
      word.count > 2
    else { return false }
    return WordNet.knows(VerbLemma.lemma(of: word), as: .verb)
      && !(mostly && WordNet.isMostly(word, .noun, over: .verb))
  }

  /// The pronouns that are a subject alone.
  private static let subjectPronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they"]
  /// Words besides the determiners that open a subject: "such dogs", "some members".
  private static let subjectDeterminers: Set<String> = ["such", "this", "that", "some", "many"]
  /// The lower-case words of a name: "Hani al-Masri", "Stéfan van der Walt".
  private static let nameParticles: Set<String> = [
    "al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "del", "da", "di", "la", "le",
  ]
  /// How many words a subject may take before its verb.
  private static let longestSubject = 5
}
