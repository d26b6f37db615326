/// A question that asks for examples of a kind of thing, in the ways people ask it: "Give an
/// example of an open habitat that depends on particular soils.", "What are some examples of
/// small gifts?", "What examples of those media are given?", "Which plastic is given as an
/// example of a hard plastic?", "Name some of the assets the committee holds the keys for.",
/// "List the topics those publications covered."
///
/// `kind` is what a "Which …" question says the examples are ("plastic"); `topic` is what they
/// are examples of ("a hard plastic"). One of them may be empty, never both. `described` is
/// what the question says of the examples themselves: "striking" of "given as a striking
/// example".
struct ExampleRequest: Equatable {
  let kind: [QuestionToken]
  let topic: [QuestionToken]
  let described: [QuestionToken]
  /// Whether the question says it asks for examples ("Give an example of …"), not only to name
  /// or list things ("Name the hotel manager."), which other answers come before.
  let saysExample: Bool

  /// The words that ask for examples when a question opens on them, before what it asks for:
  /// "give an example of …", "name some of …", "list the …".
  private static let giving: Set<String> = ["give", "provide", "offer", "share", "cite"]
  private static let naming: Set<String> = ["name", "list", "mention", "enumerate", "identify"]
  /// The words that say how many are asked for: "an", "some", "two", "a few".
  private static let quantities: Set<String> = [
    "a", "an", "one", "some", "two", "three", "four", "five", "few", "several", "any", "more",
    "other", "all", "the", "these", "those",
  ]
  /// The verbs that say a text gives a thing as an example: "given as an example", "does the
  /// guide give".
  private static let exemplifying: Set<String> = [
    "give", "given", "gave", "mention", "mentioned", "cite", "cited", "offer", "offered",
    "provide", "provided", "list", "listed", "use", "used", "name", "named", "suggest",
    "suggested", "present", "presented", "hold", "held", "bring", "brought", "point", "pointed",
    "include", "included", "highlight", "highlighted", "single", "singled",
  ]
  private static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "does", "do", "did", "has", "have", "had", "can",
    "could", "would", "will", "might", "may",
  ]
  /// The words that open a question only to be polite, and the conjunctions that tie it to the
  /// last one.
  private static let openers: Set<String> = ["please", "and", "so", "also", "now", "then"]
  private static let politeRequests: [[String]] = [
    ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"],
  ]

  /// The request `tokens` make, or nil when they ask for no examples.
  init?(_ tokens: [QuestionToken]) {
    var words = tokens.filter { !$0.folded.isEmpty }
    while let first = words.first, Self.openers.contains(first.folded) { words.removeFirst() }
    if let last = words.last, last.folded == "please" { words.removeLast() }
    for request in Self.politeRequests
    where words.count > request.count
      && zip(words, request).allSatisfy({ $0.folded == $1 })
    {
      words.removeFirst(request.count)
      if words.first?.folded == "please" { words.removeFirst() }
    }
    guard let first = words.first?.folded else { return nil }
    let read: Reading?
    if Self.giving.contains(first) {
      read = Self.given(Array(words.dropFirst()))
    } else if Self.naming.contains(first) {
      read = Self.named(Array(words.dropFirst()))
    } else if first == "what" || first == "which" {
      read = Self.asked(Array(words.dropFirst()))
    } else {
      read = nil
    }
    guard let read, !(read.kind.isEmpty && read.topic.isEmpty) else { return nil }
    kind = read.kind
    topic = read.topic
    described = read.described
    saysExample = words.contains { Self.isExample($0.folded) }
  }

  /// Whether `word` is "example" or "examples", or a word for one: "instance".
  private static func isExample(_ word: String) -> Bool {
    ["example", "examples", "instance", "instances"].contains(word)
  }

  /// "(me) an example of X", after "give".
  private static func given(_ words: [QuestionToken]) -> Reading? {
    let position = afterAsker(words)
    guard position + 2 < words.count, isExample(words[position].folded),
      let of = words[(position + 1)...].prefix(givingReach + 1).firstIndex(where: {
        $0.folded == "of"
      }), of + 1 < words.count
    else { return nil }
    // "one example the policy lists of X": what lies between says who gives it.
    return ([], Array(words[(of + 1)...]), [])
  }

  /// "some of the X", "one X", "the X", "examples of X", after "name" or "list".
  private static func named(_ words: [QuestionToken]) -> Reading? {
    var position = afterAsker(words)
    if position + 1 < words.count, isExample(words[position].folded),
      words[position + 1].folded == "of"
    {
      position += 2
    }
    if position < words.count, words[position].folded == "of" {
      position = afterQuantity(words, from: position + 1)
    }
    // A question word after "name" asks its own question: "Name who led it."
    guard position < words.count, !Answerer.questionWords.contains(words[position].folded),
      !auxiliaries.contains(words[position].folded)
    else { return nil }
    return ([], Array(words[position...]), [])
  }

  /// After "what" or "which": "is an example of X", "examples of X are given", "two examples of
  /// X does the guide give", "N is given as an example (of X)".
  private static func asked(_ words: [QuestionToken]) -> Reading? {
    guard let first = words.first?.folded else { return nil }
    // "What is an example of X?", "What are some examples of X?"
    if auxiliaries.contains(first) {
      let position = afterQuantity(words, from: 1)
      guard position + 2 < words.count, isExample(words[position].folded),
        words[position + 1].folded == "of"
      else { return nil }
      return ([], Array(words[(position + 2)...]), [])
    }
    // "What (two) (game-like) examples (of X) are given (of X)?"
    if let example = words.firstIndex(where: { isExample($0.folded) }),
      !words[..<example].contains(where: { auxiliaries.contains($0.folded) })
    {
      let start = afterQuantity(words, from: 0)
      var topic = Array(words[min(start, example)..<example])
      topic += ofPhrases(in: Array(words[(example + 1)...]))
      return ([], topic, [])
    }
    // "Which N is given as an example (of X)?", "Which N does the text give as an example?"
    guard let verb = words.firstIndex(where: { auxiliaries.contains($0.folded) }), verb > 0,
      let asWord = words[verb...].firstIndex(where: { $0.folded == "as" }),
      words[(verb + 1)..<asWord].contains(where: { exemplifying.contains($0.folded) }),
      let example = words[asWord...].firstIndex(where: { isExample($0.folded) }),
      words[(asWord + 1)..<example].allSatisfy({ !auxiliaries.contains($0.folded) })
    else { return nil }
    return (
      Array(words[..<verb]), ofPhrases(in: Array(words[(example + 1)...])),
      Array(words[(asWord + 1)..<example])
    )
  }

  /// What a request's words say: the kind, the topic and the examples' description.
  private typealias Reading = (
    kind: [QuestionToken], topic: [QuestionToken], described: [QuestionToken]
  )

  /// The position after the one the request is made for and how many it asks: "me some" of
  /// "give me some examples", "us two" of "name us two".
  private static func afterAsker(_ words: [QuestionToken]) -> Int {
    let start = words.first.map { ["me", "us"].contains($0.folded) } == true ? 1 : 0
    return afterQuantity(words, from: start)
  }

  /// The position after the words that say how many are asked for, from `start`: "some of the",
  /// "a few", "two".
  private static func afterQuantity(_ words: [QuestionToken], from start: Int) -> Int {
    var position = start
    while position < words.count, quantities.contains(words[position].folded) {
      position += 1
    }
    return position
  }

  /// The words of each "of …" among `words`, each to the auxiliary or giving verb that ends it:
  /// "of those media" of "of those media are given", "of them" of "does the author give of
  /// them".
  private static func ofPhrases(in words: [QuestionToken]) -> [QuestionToken] {
    var topic: [QuestionToken] = []
    var position = 0
    while position < words.count {
      guard words[position].folded == "of" else {
        position += 1
        continue
      }
      position += 1
      while position < words.count, !endsTopic(words, at: position) {
        topic.append(words[position])
        position += 1
      }
    }
    return topic
  }

  /// Whether the word at `position` ends what an "of" phrase says the examples are of: the verb
  /// of giving them ("given", "mention"), or an auxiliary before it ("are given", "does the guide
  /// give"), not one of a description ("data that can't easily be re-generated").
  private static func endsTopic(_ words: [QuestionToken], at position: Int) -> Bool {
    let word = words[position].folded
    if exemplifying.contains(word) { return word != "use" }
    guard auxiliaries.contains(word) else { return false }
    return words[(position + 1)...].prefix(givingReach).contains {
      exemplifying.contains($0.folded)
    }
  }
  /// How many words may stand between an auxiliary and the verb of giving: "does the guide
  /// give".
  private static let givingReach = 4

  /// The words that end the noun a topic or kind names: what follows describes it ("an open
  /// habitat that depends on …", "the tasks such dogs perform", "the assets the committee
  /// holds").
  private static let headEnders: Set<String> = WordLists.prepositions.union(WordLists.determiners)
    .union([
      "that", "which", "who", "whom", "whose", "where", "when", "such", "and", "or", "to", "'s",
      "this", "i", "you", "we", "they", "he", "she", "it",
    ]).union(auxiliaries)
  /// The nouns that only say there are kinds: "kinds of tools".
  private static let kindNouns: Set<String> = [
    "kind", "kinds", "sort", "sorts", "type", "types", "form", "forms", "example", "examples",
  ]

  /// The words before the head noun of `words` that describe it: "expensive" of "an expensive
  /// hotel", "open" of "an open habitat that depends on …".
  static func describing(of words: [QuestionToken]) -> [QuestionToken] {
    guard let (start, end) = headRun(of: words) else { return [] }
    return Array(words[start..<(end - 1)])
  }

  /// The noun `words` name the examples by: the last word of their first noun phrase ("habitat"
  /// of "an open habitat that depends on particular soils", "work" of "the kinds of security work
  /// contributors tackled", "cooperation" of "the Gila District's cooperation with …").
  static func head(of words: [QuestionToken]) -> QuestionToken? {
    headRun(of: words).map { words[$0.end - 1] }
  }

  /// Where the run of words that ends on the head noun starts and ends.
  private static func headRun(of words: [QuestionToken]) -> (start: Int, end: Int)? {
    var start = 0
    // "the Gila District's cooperation": the noun after a name's possessive; not "the uses
    // GIMP's features were built for", where a noun comes first.
    if let possessive = words.firstIndex(where: { $0.folded == "'s" }),
      words[..<possessive].allSatisfy({
        WordLists.determiners.contains($0.folded) || $0.original.first?.isUppercase == true
      })
    {
      start = possessive + 1
    }
    while start < words.count,
      quantities.contains(words[start].folded)
        || WordLists.determiners.contains(words[start].folded)
    {
      start += 1
    }
    while start + 1 < words.count, kindNouns.contains(words[start].folded),
      words[start + 1].folded == "of"
    {
      start += 2
      while start < words.count, WordLists.determiners.contains(words[start].folded) {
        start += 1
      }
    }
    var end = start
    while end < words.count, !headEnders.contains(words[end].folded),
      !words[end].folded.hasSuffix("ly") || end == start
    {
      end += 1
    }
    return end > start ? (start, end) : nil
  }
}
