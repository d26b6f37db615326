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
  static func resolve(
    sentences: [Sentence], words: [[QuestionToken]], persons: [[(start: Int, entity: Int)]],
    things: [Int?], described: [[(noun: String, entity: Int)]] = []
  ) -> [Set<Int>] {
    var referents: [Set<Int>] = []
    referents.reserveCapacity(sentences.count)
    // The people named so far in the document, the most recent first.
    var recent: [Int] = []
    // What each person has been called: true for "she", false for "he".
    var gender: [Int: Bool] = [:]
    // The thing each common noun last called, by name, in the document.
    var called: [String: Int] = [:]
    // The person the sentence before called "he" or "she" ahead of any name it gave, and
    // whether by "she": the one it is about, whom its next "he" or "she" goes on with.
    var carried: (person: Int, feminine: Bool)?
    var document: String?
    for (position, sentence) in sentences.enumerated() {
      if sentence.document != document {
        document = sentence.document
        recent = []
        gender = [:]
        called = [:]
        carried = nil
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
      var leading: (person: Int, feminine: Bool)?
      for (offset, token) in words[position].enumerated() {
        let isFeminine = feminine.contains(token.folded)
        guard isFeminine || masculine.contains(token.folded) else { continue }
        // A pronoun after a name of the sentence is that name's, or said in a quote of its.
        guard offset < firstName else { break }
        // "He was engaged in the fight against Santa Ana's Mexicans. As the first Alamo
        // Keeper, he was …": the one the sentence before was about goes on, though it named
        // another person after him.
        let going = carried.flatMap { $0.feminine == isFeminine ? $0.person : nil }
        guard
          let person = going
            ?? recent.first(where: { (gender[$0] ?? isFeminine) == isFeminine })
        else { continue }
        gender[person] = isFeminine
        found.insert(person)
        if leading == nil { leading = (person, isFeminine) }
      }
      carried = leading
      referents.append(found)
      // The sentence's last name is the most recent.
      for mention in named.sorted(by: { $0.start < $1.start }) {
        recent.removeAll { $0 == mention.entity }
        recent.insert(mention.entity, at: 0)
      }
    }
    return referents
  }
}
