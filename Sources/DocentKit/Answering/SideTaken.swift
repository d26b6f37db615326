/// What a sentence says of the side a yes or no asks someone took with a verb of taking sides:
/// "Did Ana Lindqvist vote for the new bridge?" against "The two votes against came from
/// councillors Tom Whitlock and Ana Lindqvist".
enum SideTaken: Equatable {
  /// The other side, with the same verb, of the same thing or of nothing named ("The two
  /// votes against came from …", "voted against the bridge"): no.
  case other
  /// Sides taken with that verb only of other things ("voted against the toll", "voted for the
  /// amendment but against the budget" for the budget): it says nothing of the thing asked.
  case unsaid

  /// How `said` bears on the side `asked` takes; nil where it takes the asked side of that
  /// thing too, or no side with that verb, or the question takes none ("for" of a length of
  /// time is no side: "testified for forty minutes").
  init?(_ said: [String], than asked: [String]) {
    let askedSides = Self.sides(in: asked)
    guard askedSides.count == 1, let question = askedSides.first else { return nil }
    let same = Self.sides(in: said).filter { $0.verb == question.verb }
    guard !same.isEmpty else { return nil }
    // The same thing, said whole or in part ("the bridge" of "the new bridge"); not another
    // that shares a word ("the road budget" is not "the library budget").
    let concerns = { (side: Side) in
      side.thing.isEmpty || side.thing.isSubset(of: question.thing)
        || question.thing.isSubset(of: side.thing)
    }
    if same.contains(where: { $0.isFor == question.isFor && concerns($0) }) { return nil }
    self = same.contains { $0.isFor != question.isFor && concerns($0) } ? .other : .unsaid
  }

  /// One side taken: the stem of the verb, whether it is for or against, and the stems of the
  /// thing it is taken of (none when no thing follows: "votes against came from …").
  private struct Side {
    let verb: String
    let isFor: Bool
    let thing: Set<String>
  }

  /// Each side `words` take with a verb of taking sides, with those it goes on to take after
  /// "but" or "and" ("voted for the amendment but against the budget").
  private static func sides(in words: [String]) -> [Side] {
    words.indices.flatMap { position -> [Side] in
      guard let first = side(at: position, in: words) else { return [] }
      var found = [first.side]
      var next = first.end
      while next + 1 < words.count, ["but", "and"].contains(words[next]),
        let more = side(at: next, in: words, verb: first.side.verb)
      {
        found.append(more.side)
        next = more.end
      }
      return found
    }
  }

  /// The side taken with the verb of taking sides at `position` (or, given `verb`, after the
  /// "but" or "and" there), the thing up to a preposition or a clause ("the toll" of "against
  /// the toll on the new bridge"), with where it ends.
  private static func side(at position: Int, in words: [String], verb given: String? = nil)
    -> (side: Side, end: Int)?
  {
    let verb = given ?? Stemmer.stem(words[position])
    guard given != nil || verbs.contains(verb) else { return nil }
    // "voted overwhelmingly against".
    var next = position + 1
    while next < words.count, words[next].hasSuffix("ly"), words[next].count > 4 { next += 1 }
    guard next < words.count else { return nil }
    let isFor: Bool
    if words[next] == "against" {
      isFor = false
      next += 1
    } else if words[next...].starts(with: ["in", "favour", "of"])
      || words[next...].starts(with: ["in", "favor", "of"])
    {
      isFor = true
      next += 3
    } else if words[next] == "for", !isTime(after: next, in: words) {
      isFor = true
      next += 1
    } else {
      return nil
    }
    // The thing, a noun phrase or a name: not the verb of what follows ("against came").
    guard next < words.count,
      WordLists.determiners.contains(words[next])
        || !WordNet.knows(words[next], as: .verb) || WordNet.knows(words[next], as: .noun)
    else {
      return (Side(verb: verb, isFor: isFor, thing: []), next)
    }
    let thing = words[next...].prefix {
      !WordLists.prepositions.contains($0) && !["who", "which", "that", "and", "but"].contains($0)
    }
    let stems = Set(thing.filter { !WordLists.stopWords.contains($0) }.map(Stemmer.stem))
    return (Side(verb: verb, isFor: isFor, thing: stems), next + thing.count)
  }

  /// Whether "for" at `position` opens a length of time or a turn: "for forty minutes", "for a
  /// second time", "for a while", "for an hour"; not "for two amendments", "for a second term".
  private static func isTime(after position: Int, in words: [String]) -> Bool {
    let after = Array(words[(position + 1)...].prefix(3))
    let isTimeWord = { (word: String) in
      word == "while" || word == "time" || WordLists.timeUnits.contains(word)
    }
    guard let first = after.first else { return false }
    let counts = first.first?.isNumber == true || NumberWords.value(first) != nil
    guard counts || ["a", "an", "the"].contains(first), after.count > 1 else { return false }
    // "for a second time", "for the first time" ("second" is a unit of time too, not here);
    // "for forty more minutes".
    if NumberWords.isOrdinal(after[1]) || ["more", "few", "long"].contains(after[1]) {
      return after.count > 2 && isTimeWord(after[2])
    }
    return isTimeWord(after[1])
  }

  /// The verbs a question may ask which side someone took with: "vote for", "argue against".
  private static let verbs = Set(
    ["vote", "argue", "campaign", "lobby", "speak", "testify", "rule", "petition"].map(
      Stemmer.stem))
}
