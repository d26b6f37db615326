/// Who a document's "he" and "she" stand for, sentence by sentence, so that a sentence about a
/// person that calls her "she" answers a question that names her: "She moved to the US at
/// twelve" after a sentence naming Natasha Batalha is about Natasha Batalha.
///
/// The rule is the reader's first guess: the person named most recently before the pronoun,
/// in the document's order. A person once called "she" is not "he" afterwards, and the other
/// way round. A pronoun after a person's name in its own sentence stands for that name, which
/// the sentence already holds. "It", "This" and "These" are resolved only opening a sentence, as
/// the first thing the sentence before named; "they" is not: they too often stand for nothing, or
/// for a phrase.
enum Referents {
  /// Verbs after which an opening "It" stands for nothing: "It is unclear", "It took years".
  static let expletiveVerbs: Set<String> = [
    "is", "was", "s", "seems", "seemed", "appears", "appeared", "remains", "remained", "takes",
    "took", "would", "will", "may", "might", "could", "can", "has", "had", "must",
  ]

  /// The words that, opening a sentence, may stand for the first thing the sentence before
  /// named.
  private static let openingPointers: Set<String> = ["it", "its", "this", "these"]

  /// The determiners before a noun that may stand for a thing the document named: "the
  /// portal", "this portal". Not "that portal", as often another than the one named.
  private static let pointingDeterminers: Set<String> = ["the", "this"]

  /// The determiners that bring in another thing of a kind: "a rival portal".
  private static let newDeterminers: Set<String> = ["a", "an", "another"]

  /// How many words after "a" the noun it brings in may stand: "a rival web portal".
  private static let newNounReach = 3

  /// Whether a sentence opening "It is" or "It was" goes on in the passive of a deed done to
  /// something ("It was established in conjunction with …"), not of a thought that follows
  /// ("It was decided that …", "It is expected to …").
  private static func isPassive(_ words: [QuestionToken]) -> Bool {
    guard words.count > 3, ["is", "was"].contains(words[1].folded),
      WordNet.isPastForm(words[2].folded), words[2].folded != "said"
    else { return false }
    return !thoughtsFollowing.contains(words[3].folded)
  }
  private static let thoughtsFollowing: Set<String> = [
    "that", "to", "whether", "if", "how", "what", "when", "why", "which", "who",
  ]

  /// Whether the name at `start` is named in passing: after a preposition, its titles aside
  /// ("to Colonel Jacob Marsh"), as the owner of what follows ("Santa Ana's soldiers"), or as
  /// what someone was, one of a list ("He had been a soldier, a Texas Ranger and …", "a farmer
  /// and a Texas Ranger").
  private static func namedInPassing(_ name: Range<Int>, in words: [QuestionToken]) -> Bool {
    let start = name.lowerBound
    // Its titles, article and describing words aside: "in the historic Canning Downs".
    var opening = start
    while opening > 0, Self.isTitle(words[opening - 1]) { opening -= 1 }
    while opening > 0, start - opening < Self.describingReach,
      case let word = words[opening - 1].folded,
      WordLists.determiners.contains(word)
        || (WordNet.knows(word, as: .adjective) && !WordNet.knows(word, as: .verb)
          && !WordLists.prepositions.contains(word))
    {
      opening -= 1
    }
    if opening > 0, case let before = words[opening - 1].folded,
      WordLists.prepositions.contains(before), before != "by"
    {
      return true
    }
    // (Punctuation is no token: the item before stands right before "a", a noun or a name:
    // "in the War with Mexico, a Texas Ranger"; not "when an American Soldier … fell".)
    if start > 1, ["a", "an"].contains(words[start - 1].folded),
      case let previous = words[start - 2],
      Self.linkingForms.contains(previous.folded) || previous.original.first?.isUppercase == true
        || ["and", "or"].contains(previous.folded)
        || WordNet.isMostly(previous.folded, .noun, over: .verb)
    {
      return true
    }
    // The owner: "'s" right after the name.
    return words.indices.contains(name.upperBound)
      && ["'s", "’s"].contains(words[name.upperBound].original)
  }

  /// How many words of titles, article and describing words may stand between a preposition
  /// and the name it takes.
  private static let describingReach = 4

  /// Whether `word` is a title before a name: "Colonel", "Dr.".
  private static func isTitle(_ word: QuestionToken) -> Bool {
    word.original.first?.isUppercase == true
      && (Abbreviations.nameTitles.contains(word.folded)
        || WordNet.english?.isKind(word.folded, of: "person", senses: 1) == true)
  }

  /// The forms of the verbs that say what someone is or was: "been a Texas Ranger".
  private static let linkingForms: Set<String> = [
    "is", "was", "be", "been", "being", "became", "become", "becomes", "remained", "served",
  ]

  /// The pronouns that stand for a person, by grammatical gender.
  static let feminine: Set<String> = ["she", "her", "hers", "herself"]
  static let masculine: Set<String> = ["he", "him", "his", "himself"]
  /// The pronouns this resolves: a phrase holding one holds what it stands for. An opening "This"
  /// or "These", resolved too, is not among them: what it stands for counts for its whole
  /// sentence only.
  static let pronouns = feminine.union(masculine).union(["it", "its"])

  /// For each sentence, the entities (indices into the knowledge base's) its pronouns stand
  /// for when its own words do not name them. `persons` holds, for each sentence, the people
  /// it names with the position of each name's first word; `things`, the first thing it names
  /// that is no person; `described`, the common nouns that may call each thing it names ("portal"
  /// of "the CERN Open Data portal").
  /// With them, what the documents call each person they call "she" or "he" (true for "she"):
  /// only those called so more than once, and never the other, as a first guess of who a
  /// pronoun stands for may be wrong.
  static func resolve(
    sentences: [Sentence], words: [[QuestionToken]], persons: [[(start: Int, entity: Int)]],
    ends: [[Int]] = [], things: [Int?], described: [[(noun: String, entity: Int)]] = [],
    plural: Set<Int> = []
  ) -> (referents: [Set<Int>], feminine: [Int: Bool]) {
    var referents: [Set<Int>] = []
    // Across documents: how often each person has been called "she", and "he".
    var calls: [Int: (feminine: Int, masculine: Int)] = [:]
    referents.reserveCapacity(sentences.count)
    // The people named so far in the document, the most recent first.
    var recent: [Int] = []
    // What each person has been called: true for "she", false for "he".
    var gender: [Int: Bool] = [:]
    // The thing each common noun last called, by name, in the document.
    var called: [String: Int] = [:]
    // The sentence each person was last named or called "he" or "she" in, and whether only
    // in passing, after a preposition or as an owner ("against Santa Ana's soldiers",
    // "according to Tom Reed").
    var lastSaid: [Int: (sentence: Int, passing: Bool)] = [:]
    var document: String?
    for (position, sentence) in sentences.enumerated() {
      if sentence.document != document {
        document = sentence.document
        recent = []
        gender = [:]
        called = [:]
        lastSaid = [:]
      }
      // "It supports two-factor authentication." after a sentence about login.gov: an opening
      // "It" or "Its" that is not "It is …" or "It seems …" stands for the first thing the
      // sentence before named; so does an opening "This" or "These" ("This study showed …"
      // after "This study, the Carcass Drift Study, included …").
      var found = Set<Int>()
      if position > 0, sentences[position - 1].document == sentence.document,
        let thing = things[position - 1],
        let first = words[position].first, Self.openingPointers.contains(first.folded),
        first.folded == "its"
          || !expletiveVerbs.contains(words[position].dropFirst().first?.folded ?? "")
          || Self.isPassive(words[position])
      {
        found.insert(thing)
      }
      // "The portal is developed by …" after "the CERN Open Data portal": "the" and a noun
      // that last called a thing the document named stand for that thing, and so does "this
      // portal".
      for (word, next) in zip(words[position], words[position].dropFirst())
      where Self.pointingDeterminers.contains(word.folded) {
        if let thing = called[next.folded] { found.insert(thing) }
      }
      // "A rival portal launched in 2020": another portal, unnamed, which "the portal" may
      // now mean as well.
      for (offset, word) in words[position].enumerated()
      where Self.newDeterminers.contains(word.folded) {
        for next in words[position].dropFirst(offset + 1).prefix(Self.newNounReach) {
          called[next.folded] = nil
        }
      }
      if position < described.count {
        for (noun, thing) in described[position] { called[noun] = thing }
      }
      let named = persons[position]
      let firstName = named.map(\.start).min() ?? Int.max
      for (offset, token) in words[position].enumerated() {
        let isFeminine = feminine.contains(token.folded)
        guard isFeminine || masculine.contains(token.folded) else { continue }
        // A pronoun after a name of the sentence is that name's, or said in a quote of its.
        guard offset < firstName else { break }
        // The person named most recently, of the pronoun's gender as far as it is known, and
        // no group ("Native Americans"); not one named only in passing where the same
        // sentence spoke of another, already called so, as more than that: "he fought
        // against Santa Ana's soldiers. As the first Alamo Keeper, he …" goes on about the one
        // "he" was (but "Ellis worked for Peter Crane. He owned a bakery" is Peter Crane's).
        let fitting = recent.filter {
          !plural.contains($0) && (gender[$0] ?? isFeminine) == isFeminine
        }
        guard var person = fitting.first else { continue }
        if let said = lastSaid[person], said.passing,
          let other = fitting.first(where: { other in
            gender[other] == isFeminine
              && lastSaid[other].map { $0.sentence == said.sentence && !$0.passing } == true
          })
        {
          person = other
        }
        gender[person] = isFeminine
        found.insert(person)
        if isFeminine {
          calls[person, default: (0, 0)].feminine += 1
        } else {
          calls[person, default: (0, 0)].masculine += 1
        }
        // Called "he" or "she", the person is the one spoken of most recently.
        lastSaid[person] = (position, false)
        recent.removeAll { $0 == person }
        recent.insert(person, at: 0)
      }
      referents.append(found)
      // The sentence's last name is the most recent.
      // Where each name ends, when known.
      let nameEnds = position < ends.count ? ends[position] : []
      for (offset, mention) in named.enumerated().sorted(by: { $0.1.start < $1.1.start }) {
        recent.removeAll { $0 == mention.entity }
        recent.insert(mention.entity, at: 0)
        let end = offset < nameEnds.count ? nameEnds[offset] : mention.start + 1
        lastSaid[mention.entity] = (
          position, Self.namedInPassing(mention.start..<end, in: words[position])
        )
      }
    }
    let known = calls.compactMapValues { calls -> Bool? in
      guard min(calls.feminine, calls.masculine) == 0, max(calls.feminine, calls.masculine) > 1
      else { return nil }
      return calls.feminine > 0
    }
    return (referents, known)
  }
}
