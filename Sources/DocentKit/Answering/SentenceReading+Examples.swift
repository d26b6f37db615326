extension SentenceReading {
  /// Examples a sentence gives, and the words that say what they are examples of.
  struct Exemplification {
    /// The words before the examples that name their kind: "open habitats" of "open habitats
    /// such as the Piedmont Hardpan Forest", "Examples of such work or tasks" of "Examples of
    /// such work or tasks include guiding …".
    let kind: Span
    /// The examples: "the Piedmont Hardpan Forest dependent on specific soil types".
    let items: Span
  }

  /// The words that open examples after the noun they are of.
  private static let exampleOpeners: [[String]] = [
    ["such", "as"], ["including"], ["like"], ["e.g"], ["e.g."], ["eg"], ["for", "example"],
    ["for", "instance"], ["namely"],
  ]
  /// The verbs whose object lists what their subject takes in: "Changes may include …".
  private static let includingVerbs: Set<String> = ["include", "includes", "included"]
  /// The words that end a single example: what describes it or goes on to say more of it
  /// ("tools like Calendly that will allow …", "hard plastics like PS they will come out …").
  private static let itemEnders: Set<String> = [
    "which", "who", "that", "whose", "they", "it", "we", "you", "he", "she", "i",
  ]
  /// How many words before the examples may say what they are of.
  private static let kindReach = 8
  /// How many words one example may run to, when they are not a list.
  private static let exampleReach = 16
  /// How many words the examples after a verb of including may run to.
  private static let includedReach = 60
  /// The marks that end the words naming a kind, going back from the examples.
  private static let kindMarks = ";:.()—–\"“”"

  /// The examples the sentence gives: after "such as", "including", "like" (after a plural noun
  /// that is no subject of it), "e.g." or "for example" where they follow a noun; after
  /// "include" with a plural subject; after a colon that follows a plural noun; a sentence that
  /// opens on "For example," is one whole. Whether the sentence denies them is the reader's to
  /// judge.
  func exemplifications() -> [Exemplification] {
    var found: [Exemplification] = []
    var position = 0
    while position < words.count {
      defer { position += 1 }
      let folded = words[position].folded
      // "Examples of such work or tasks include …", "Changes may include …": what a kind of
      // things includes; not what one thing does ("The price includes breakfast").
      if Self.includingVerbs.contains(folded), position > 0, position + 1 < words.count {
        let kind = subjectStart(before: position)..<position
        let end = runEnd(from: position + 1, reach: Self.includedReach, before: [], marks: ";.")
        if words[kind].contains(where: {
          Self.isPlural($0.folded) || $0.folded.hasPrefix("example")
        }) {
          found.append(Exemplification(kind: kind, items: (position + 1)..<end))
        }
        continue
      }
      // "diverse topics that are still relevant today: saving for college, …"; not a note that
      // goes on to say something ("Note for parents: children under eight must be …").
      if position > 0, position + 1 < words.count,
        !separator(after: position - 1).hasSuffix(":"), separator(after: position).hasSuffix(":"),
        Self.isPlural(folded)
      {
        let start = position + 1
        let end = examplesEnd(from: start)
        // The list runs to a mark or the sentence's end; what goes on after it is a sentence.
        if end == words.count || separator(after: end - 1).contains(where: ";.".contains) {
          found.append(
            Exemplification(
              kind: nounPhraseStart(before: position + 1)..<(position + 1),
              items: start..<end))
        }
        continue
      }
      guard
        let opener = Self.exampleOpeners.first(where: { opener in
          position + opener.count < words.count
            && opener.indices.allSatisfy { words[position + $0].folded == opener[$0] }
        })
      else { continue }
      let start = position + opener.count
      if position == 0 {
        // "For example, the Gila District cooperates with …": the sentence is the example.
        guard opener.count == 2 || opener == ["e.g"] else { continue }
        let whole = start..<words.count
        found.append(Exemplification(kind: whole, items: whole))
        continue
      }
      // The examples are of the noun right before them, not of one before "and" or a verb.
      let kind = nounPhraseStart(before: position)..<position
      if opener == ["like"], !likeGivesExamples(at: position, after: kind) { continue }
      let bracketed = separator(after: position - 1).hasSuffix("(")
      let end: Int
      if bracketed {
        end = runEnd(from: start, reach: Self.includedReach, before: [], marks: ")")
      } else {
        end = examplesEnd(from: start)
      }
      found.append(Exemplification(kind: kind, items: start..<end))
      position = max(position, end - 1)
    }
    return found.filter { !$0.kind.isEmpty && !$0.items.isEmpty }
  }

  /// Whether "like" at `position`, after the noun phrase `kind`, gives examples: "tools like
  /// Calendly", not "looks like" or "would like"; nor "Most birds like quiet cliffs", where the
  /// noun before "like" is what likes. The noun is plural, and the object of a verb or a
  /// preposition before it ("use tools like Calendly"), or the subject of a verb after the
  /// examples ("Herbs like basil grow well").
  private func likeGivesExamples(at position: Int, after kind: Span) -> Bool {
    guard Self.isPlural(words[position - 1].folded) else { return false }
    let before = kind.lowerBound > 0 ? words[kind.lowerBound - 1].folded : ""
    if WordLists.prepositions.contains(before) || ["and", "or"].contains(before)
      || (!WordLists.stopWords.contains(before) && WordNet.knows(before, as: .verb))
    {
      return true
    }
    let end = examplesEnd(from: position + 1)
    return end < words.count
      && (ClauseQuestion.auxiliaries.contains(words[end].folded)
        || Self.isMostlyVerb(words[end].folded))
  }

  /// The end of the examples from `start`: items with commas between them, to the mark that
  /// ends the list, or to an item that is none, opening on a verb or pronoun ("such as having a
  /// good off-site backup policy, are helpful …"); each item stops before a word that goes on to
  /// describe it ("tools like Calendly that will allow you …", "like PS they will come out …").
  private func examplesEnd(from start: Int) -> Int {
    var end = start
    var itemStart = start
    while end < words.count {
      let folded = words[end].folded
      // What the sentence goes on to say of the examples ends them: its verb ("rye, spelt and
      // whole wheat give the bread …"), after a word of the item; not a word that opens an
      // item ("build and test infrastructure", "rye, spelt"), nor one joined to another.
      if Self.itemEnders.contains(folded)
        || (end > start
          && (ClauseQuestion.auxiliaries.contains(folded)
            || (end > itemStart && !["and", "or"].contains(words[end - 1].folded)
              && !words[end].token.isCapitalized && Self.isMostlyVerb(folded)
              && goesOn(after: end))))
      {
        return end
      }
      // An item this long is no example.
      if end - itemStart >= (itemStart == start ? Self.exampleReach : Self.itemReach) {
        return itemStart > start ? itemStart : end
      }
      end += 1
      let mark = separator(after: end - 1)
      if mark.contains(where: ";:.()—–".contains) { return end }
      if mark.contains(",") { itemStart = end }
    }
    return end
  }
  /// Whether the words after `position` go on with something else than the list: not a mark,
  /// "and" or "or" ("bean stew or cheese pasta").
  private func goesOn(after position: Int) -> Bool {
    position + 1 < words.count && separator(after: position).isEmpty
      && !["and", "or"].contains(words[position + 1].folded)
  }

  /// Whether `word` is mostly a verb, no describing word, no noun's plural ("sites") and no
  /// "-ing" form, which may be an example itself ("having a good off-site backup policy").
  private static func isMostlyVerb(_ word: String) -> Bool {
    !word.hasSuffix("ing") && !WordNet.isPluralNoun(word)
      && WordNet.isMostly(word, .verb, over: .noun) && !WordNet.knows(word, as: .adjective)
  }
  /// How many words an example after the first may run to.
  private static let itemReach = 8

  /// Whether `word` names things in the plural: a noun's plural ("tools") or a noun WordNet
  /// keeps in the plural ("assets"); not a verb of seeming ("looks like", "sounds like").
  private static func isPlural(_ word: String) -> Bool {
    guard !seemingVerbs.contains(word) else { return false }
    return WordNet.isPluralNoun(word)
      || (word.hasSuffix("s") && WordNet.knows(word, as: .noun)
        && !WordNet.isMostly(word, .verb, over: .noun))
  }
  private static let seemingVerbs: Set<String> = [
    "looks", "sounds", "seems", "feels", "smells", "tastes", "appears",
  ]

  /// Where the noun phrase ending before `end` starts: its nouns, names and describing words,
  /// back past the comma or bracket right before `end` and no further mark, nor a word of
  /// another kind ("and", "of", "the", a verb, a word mostly a verb: "serve" of "Cafes serve
  /// dishes like …"): "open habitats" of "does have open habitats such as", "assets" of
  /// "resources and assets like".
  private func nounPhraseStart(before end: Int) -> Int {
    var start = end
    while start > 0, end - start < Self.kindReach {
      let word = words[start - 1]
      let mark = separator(after: start - 1)
      let opening = start == end
      guard opening || !(mark.contains(where: Self.kindMarks.contains) || mark.contains(",")),
        !WordLists.stopWords.contains(word.folded), !WordLists.prepositions.contains(word.folded),
        !WordLists.determiners.contains(word.folded),
        !ClauseQuestion.auxiliaries.contains(word.folded),
        word.token.isCapitalized || word.folded.contains("-")
          || word.folded.contains(where: \.isNumber)
          || WordNet.knows(word.folded, as: .noun) || WordNet.knows(word.folded, as: .adjective),
        !(WordNet.isPastForm(word.folded) && !WordNet.knows(word.folded, as: .adjective)),
        word.token.isCapitalized || !Self.isMostlyVerb(word.folded)
      else { break }
      start -= 1
    }
    return start
  }

  /// Where the subject of a verb of including starts, going back from the verb at `end`: at
  /// most `kindReach` words, to the sentence's start, a comma or another mark ("Conflicts of
  /// interest resulting from outside activities may include …").
  private func subjectStart(before end: Int) -> Int {
    var start = end
    while start > 0, end - start < Self.kindReach {
      let mark = separator(after: start - 1)
      if mark.contains(where: Self.kindMarks.contains) || mark.contains(",") { break }
      start -= 1
    }
    return start
  }
}
