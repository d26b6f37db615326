import Foundation

/// A question word left where its answer would stand ("Hani al-Masri heads which
/// organization?"), read again with the question word in front, as the question it puts:
/// "Which organization does Hani al-Masri head?".
extension Answerer {
  /// The question a question word left in place of its answer puts: "Hani al-Masri heads which
  /// organization?" asks "Which organization does Hani al-Masri head?", "The ferry runs to how
  /// many islands?" "How many islands does the ferry run to?". Nil when the question word
  /// opens the question, or what stands before it is no subject and verb read plainly: a
  /// pronoun ("He died in which year?" asks who "he" is first), a subject with a clause of its
  /// own ("The woman who founded it won how many awards?") or words that are no name
  /// ("Cactus soil costs how much?").
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
      var clause = inverted(Array(words[..<asked]))
    else { return nil }
    // "The old bridge" is "the old bridge" once it no longer opens the question.
    if let first = words.first, WordLists.determiners.contains(folded[0]),
      let range = clause.range(of: " " + first + " ")
    {
      clause.replaceSubrange(range, with: " " + folded[0] + " ")
    }
    let phrase = words[asked...].joined(separator: " ")
    return phrase.prefix(1).uppercased() + phrase.dropFirst() + " " + clause + "?"
  }

  /// A clause "subject verb rest" turned round as a question puts it: "the foundation wants to
  /// try" → "does the foundation want to try", "those publications covered" → "did those
  /// publications cover", "the team has produced" → "has the team produced". Nil when no verb
  /// follows a subject of one to five words that opens with a determiner or a name.
  static func inverted(_ words: [String]) -> String? {
    let folded = words.map { Folding.words($0.trimmingCharacters(in: .punctuationCharacters)) }
    // "He", "Her brother": the conversation says who, which the question as typed asks first.
    guard let first = folded.first, !Self.pronounOpeners.contains(first) else { return nil }
    var verb = 1
    if isName(words, folded: folded) {
      // A name runs over its capitalised words and the small words between them: "Hani
      // al-Masri", "Ines van der Berg".
      while verb < words.count, verb <= Self.longestSubject,
        words[verb].contains(where: \.isUppercase) || WordLists.nameParticles.contains(folded[verb])
      {
        verb += 1
      }
    } else if WordLists.determiners.contains(first) || Self.subjectDeterminers.contains(first) {
      // A determiner takes the word after it, whatever it is ("the team plans"), and words up
      // to one that is mostly a verb; not a clause of the subject's own.
      while verb < words.count, verb <= Self.longestSubject {
        if Self.relativeWords.contains(folded[verb]) { return nil }
        if verb > 1, words[verb].first?.isUppercase != true, isVerbForm(folded[verb], mostly: true)
        {
          break
        }
        verb += 1
      }
    } else {
      return nil
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

  /// Whether `words` open with a name: a capitalised word that is no word of English in lower
  /// case ("Hamas", "Hani"), or one a capitalised word follows ("Dr. Ines", "Mahmoud Abbas");
  /// not a determiner, a pronoun or a question word.
  private static func isName(_ words: [String], folded: [String]) -> Bool {
    guard let first = words.first, first.first?.isUppercase == true,
      !WordLists.determiners.contains(folded[0]), !Self.pronounOpeners.contains(folded[0]),
      !Self.questionWords.contains(folded[0])
    else { return false }
    return !WordNet.knows(folded[0], as: nil)
      || (words.count > 1 && words[1].contains(where: \.isUppercase))
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

  /// Pronouns that leave the subject to the conversation, which the question as typed asks of
  /// first: "He", "Her brother", "Its founder".
  private static let pronounOpeners: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "his", "her", "its", "their", "my", "our",
    "your", "this", "that", "these", "those",
  ]
  /// Words besides the determiners that open a subject: "such dogs", "some members".
  private static let subjectDeterminers: Set<String> = ["such", "some", "many", "every", "each"]
  /// The words that open a clause describing a noun: "the woman who founded it".
  private static let relativeWords: Set<String> = [
    "who", "whom", "whose", "that", "which", "where",
  ]
  /// How many words a subject may take before its verb.
  private static let longestSubject = 5
}
