/// A follow-up that says only what changes from the question before it: "And for women?"
/// after "What percentage of middle-aged men are overweight?", "What about an apple leaf?",
/// "And in 1920?", "And how many clubs?", "And which one for testing?". It is asked as the
/// question before it with that part changed.
///
/// What the fragment brings takes the place of what it matches in the question before: a
/// phrase of the same preposition ("about security vulnerabilities" for "about data breaches"),
/// a phrase of the same noun ("an apple leaf" for "a white lily leaf"), a name for a name, a
/// number for a number, a noun for one of its kind ("women" for "men", both kinds of adult), a
/// question word and its noun for the question's own ("in how many countries" for "how many
/// learners"), a condition for a condition. A fragment whose part matches nothing there is not
/// read: it is left to be answered as it stands.
enum Ellipsis {
  /// The question `fragment` asks after `previous`, or nil when `fragment` is no such
  /// follow-up or what it brings matches nothing in `previous`.
  static func question(for fragment: String, after previous: String) -> String? {
    var words = QuestionText.tokens(fragment)
    // Only a follow-up that says it is one: "And …?", "What about …?".
    var opened = false
    if let first = words.first, tyingWords.contains(first.folded) {
      words.removeFirst()
      opened = true
    }
    if words.count > 1, ["what", "how"].contains(words[0].folded), words[1].folded == "about" {
      words.removeFirst(2)
      opened = true
    }
    guard opened, !words.isEmpty, words.count <= longestFragment else { return nil }
    let before = QuestionText.tokens(previous)
    guard before.count > 1 else { return nil }
    let asking = questionPhrase(of: words)
    let parts = asking.map { Array(words[$0.count...]) } ?? words
    // A question word alone ("And who?", "So why?", "And where?") asks too little to say what
    // it takes the place of.
    if let asking, asking.nouns == 0, parts.isEmpty { return nil }
    guard let segments = segments(of: parts, after: before, asking: asking != nil) else {
      return nil
    }
    var result = before
    var kept = 1
    if let asking {
      guard let (start, end) = questionPhrase(in: before, for: asking) else { return nil }
      // "Which one for testing?": "one" keeps the question's own noun ("Which tool").
      let replacement =
        ["one", "ones"].contains(asking.words.last?.folded)
        ? (asking.preposition.map { [$0] } ?? Array(before[..<start])) + before[start..<end]
        : asking.words
      result = replacement + before[end...]
      kept = replacement.count
    }
    for segment in segments {
      guard let changed = apply(segment, to: result, keeping: kept) else { return nil }
      result = changed
    }
    guard result.map(\.folded) != before.map(\.folded) else { return nil }
    let text = QuestionText.join(result)
    return text.prefix(1).uppercased() + text.dropFirst() + "?"
  }

  /// The words that open a follow-up as one: "And for women?".
  private static let tyingWords: Set<String> = ["and", "but", "so"]

  /// The most words a fragment may have after its opening words.
  private static let longestFragment = 8

  private static let questionWords = Answerer.questionWords

  /// Words after "how" that belong to the question word: "how many", "how long".
  private static let measures: Set<String> = [
    "many", "much", "long", "far", "old", "big", "large", "often", "high", "tall", "wide", "deep",
  ]

  /// Words that open a condition: "And if it's broken?".
  private static let conditionWords: Set<String> = ["if", "unless"]

  /// Words that end a phrase in the question before: a preposition, a condition, a relative
  /// pronoun, a conjunction.
  private static let phraseEnds: Set<String> = WordLists.prepositions.union(conditionWords)
    .union(["that", "which", "who", "whose", "and", "or", "but"])

  /// A fragment's question words: "in how many countries", "which one", "when".
  private struct Asking {
    let words: [QuestionToken]
    let preposition: QuestionToken?
    /// How many words of a noun follow the question word: 1 for "how many clubs".
    let nouns: Int
    var count: Int { words.count }
  }

  /// The question word that opens `words`, perhaps after a preposition, with what belongs to
  /// it: its measure ("how many") and, for one that asks which thing, the noun after it.
  private static func questionPhrase(of words: [QuestionToken]) -> Asking? {
    var start = 0
    if words.count > 1, WordLists.prepositions.contains(words[0].folded),
      questionWords.contains(words[1].folded)
    {
      start = 1
    }
    guard questionWords.contains(words[start].folded) else { return nil }
    var end = start + 1
    if words[start].folded == "how", end < words.count, measures.contains(words[end].folded) {
      end += 1
    }
    var nouns = 0
    if takesNoun(words, at: start) {
      // Nouns only: "how much came from Oban?" says a deed of its own.
      while end < words.count, nouns < 3, isNoun(words[end]) {
        end += 1
        nouns += 1
      }
    }
    return Asking(
      words: Array(words[..<end]), preposition: start == 1 ? words[0] : nil, nouns: nouns)
  }

  /// Whether the question word at `start` asks which thing, with a noun after it: "what
  /// share", "which tool", "how many schools".
  private static func takesNoun(_ words: [QuestionToken], at start: Int) -> Bool {
    ["what", "which", "whose"].contains(words[start].folded)
      || (words[start].folded == "how" && start + 1 < words.count
        && ["many", "much"].contains(words[start + 1].folded))
  }

  /// Where the question words of `question` start and end, to be replaced by `asking`'s. Nil
  /// when the question opens with none, or when the new ones would not read: "When founded
  /// Zulip?" of "Who founded Zulip?" and "And when?".
  private static func questionPhrase(in question: [QuestionToken], for asking: Asking) -> (
    Int, Int
  )? {
    var start = 0
    if WordLists.prepositions.contains(question[0].folded), question.count > 1 { start = 1 }
    guard questionWords.contains(question[start].folded) else { return nil }
    var end = start + 1
    if question[start].folded == "how", end < question.count,
      measures.contains(question[end].folded)
    {
      end += 1
    }
    let auxiliary = { (position: Int) in
      position < question.count && ClauseQuestion.auxiliaries.contains(question[position].folded)
    }
    if takesNoun(question, at: start) {
      if let found = question.indices.dropFirst(end).prefix(5).first(where: auxiliary) {
        end = found
      } else if asking.nouns > 0 {
        // "How many schools play stoolball?": the noun asked about is the subject.
        end = min(question.count, end + asking.nouns)
      } else {
        return nil
      }
      return (start, end)
    }
    return auxiliary(end) ? (start, end) : nil
  }

  /// A part of a fragment, and what it takes the place of.
  private enum Segment {
    /// "for women", "in 1920": a phrase of the same preposition, else its noun.
    case phrase(QuestionToken, [QuestionToken])
    /// "an apple leaf", "Dorothy's background".
    case noun([QuestionToken])
    /// "if it's broken".
    case condition([QuestionToken])
  }

  /// The parts of `words`, a fragment without its question words. Words before the first
  /// phrase that the question before says already ("compared" of "compare") go. Nil when the
  /// fragment says a deed of its own (an auxiliary outside a condition, a relative clause).
  private static func segments(
    of words: [QuestionToken], after previous: [QuestionToken], asking: Bool
  ) -> [Segment]? {
    var segments: [Segment] = []
    var position = 0
    let said = Set(previous.map(\.stem))
    while position < words.count {
      let word = words[position]
      if conditionWords.contains(word.folded) {
        segments.append(.condition(Array(words[position...])))
        break
      }
      var end = position + 1
      while end < words.count, !WordLists.prepositions.contains(words[end].folded),
        !conditionWords.contains(words[end].folded)
      {
        end += 1
      }
      let part = Array(words[position..<end])
      guard
        !part.contains(where: {
          ClauseQuestion.auxiliaries.contains($0.folded)
            || phraseEnds.contains($0.folded)
              && !WordLists.prepositions.contains($0.folded)
            || questionWords.contains($0.folded)
        })
      else { return nil }
      if WordLists.prepositions.contains(word.folded) {
        guard part.count > 1 else { return nil }
        segments.append(.phrase(word, Array(part.dropFirst())))
      } else if !part.allSatisfy({ said.contains($0.stem) }) {
        // "And who votes them in?" says a deed of its own after its question word.
        guard !asking else { return nil }
        segments.append(.noun(part))
      }
      position = end
    }
    return segments
  }

  /// `question` with `segment` in the place of what it matches, from `kept` on.
  private static func apply(_ segment: Segment, to question: [QuestionToken], keeping kept: Int)
    -> [QuestionToken]?
  {
    switch segment {
    case .phrase(let preposition, let noun):
      if let start = question.indices.dropFirst(kept).last(where: {
        question[$0].folded == preposition.folded
      }) {
        var end = start + 1
        while end < question.count, !phraseEnds.contains(question[end].folded) { end += 1 }
        return Array(question[..<start]) + [preposition] + noun + question[end...]
      }
      return replacingNoun(noun, in: question, keeping: kept)
    case .noun(let noun):
      return replacingNoun(noun, in: question, keeping: kept)
    case .condition(let condition):
      // Only in the place of the question's own condition: "And if it's broken?" added to
      // "What happens to a device that still works?" asks nothing that reads.
      guard
        let start = question.indices.dropFirst(kept).first(where: {
          conditionWords.contains(question[$0].folded)
        })
      else { return nil }
      return Array(question[..<start]) + condition
    }
  }

  /// `question` with `noun` in the place of the phrase of the same noun, of a name, a number,
  /// or a noun of the same kind.
  private static func replacingNoun(
    _ noun: [QuestionToken], in question: [QuestionToken], keeping kept: Int
  ) -> [QuestionToken]? {
    let phrase = noun.filter { !["'s", "’s"].contains($0.folded) }
    guard let head = phrase.last else { return nil }
    let open = question.indices.dropFirst(max(kept, 1))
    // "an apple leaf" for "a white lily leaf": the whole phrase, from its determiner.
    if let found = open.last(where: { question[$0].stem == head.stem }) {
      var start = found
      // Words the fragment repeats ("the first" of "the first saw mill") are its own too.
      let repeated = Set(noun.dropLast().map(\.folded))
      while start - 1 >= max(kept, 1),
        !WordLists.determiners.contains(question[start - 1].folded),
        !WordNet.isPastForm(question[start - 1].folded),
        describes(question[start - 1]) || repeated.contains(question[start - 1].folded)
      {
        start -= 1
      }
      if start - 1 >= max(kept, 1), WordLists.determiners.contains(question[start - 1].folded) {
        start -= 1
      }
      return Array(question[..<start]) + noun + question[(found + 1)...]
    }
    // "Dorothy's background" for Lucy: the name for the name, when the question has one.
    let isName = { (token: QuestionToken) in
      token.original.first?.isUppercase == true && token.folded != "i"
    }
    if let name = noun.firstIndex(where: isName) {
      var nameEnd = name
      while nameEnd < noun.count, isName(noun[nameEnd]) { nameEnd += 1 }
      let names = open.filter { isName(question[$0]) && !isName(question[$0 - 1]) }
      guard names.count == 1, let start = names.first else { return nil }
      var end = start
      while end < question.count, isName(question[end]) { end += 1 }
      return Array(question[..<start]) + noun[name..<nameEnd] + question[end...]
    }
    // "the 10th" for "the 9th", "1920" for "1919".
    if let number = noun.first(where: { NumberWords.isNumber($0.stem) }) {
      let numbers = open.filter { NumberWords.isNumber(question[$0].stem) }
      guard numbers.count == 1, let found = numbers.first else { return nil }
      return Array(question[..<found]) + [number] + question[(found + 1)...]
    }
    // "women" for "men": a noun of the same kind, the words before it kept.
    guard let wordNet = WordNet.english,
      let kinds = kinds(of: head.folded, in: wordNet), !kinds.isEmpty
    else { return nil }
    let bare = Array(noun.drop { WordLists.determiners.contains($0.folded) })
    let matching = open.filter { position in
      question[position].folded != head.folded
        && !(self.kinds(of: question[position].folded, in: wordNet) ?? []).isDisjoint(with: kinds)
    }
    guard matching.count == 1, let found = matching.first, !bare.isEmpty else { return nil }
    return Array(question[..<found]) + bare + question[(found + 1)...]
  }

  /// Whether `token` may be a noun after a question word: "clubs", "one", not "came" or "is".
  private static func isNoun(_ token: QuestionToken) -> Bool {
    guard !phraseEnds.contains(token.folded),
      !ClauseQuestion.auxiliaries.contains(token.folded), !WordNet.isPastForm(token.folded)
    else { return false }
    return ["one", "ones"].contains(token.folded) || WordNet.knows(token.folded, as: .noun)
  }

  /// Whether `token` may stand in a noun phrase before its noun: "white", "lily", "9".
  private static func describes(_ token: QuestionToken) -> Bool {
    !WordLists.stopWords.contains(token.folded) && !questionWords.contains(token.folded)
      && !ClauseQuestion.auxiliaries.contains(token.folded)
      && !WordLists.prepositions.contains(token.folded) || NumberWords.isNumber(token.stem)
      || NumberWords.isOrdinal(token.folded)
  }

  /// The kinds the noun `word` is of in its first sense: "adult" for "women" and "men".
  private static func kinds(of word: String, in wordNet: WordNet) -> Set<String>? {
    guard !WordLists.stopWords.contains(word),
      let lemma = wordNet.lemmas(of: word, as: .noun).first
    else { return nil }
    return wordNet.hypernyms(of: lemma, as: .noun, senses: 1)
  }
}
