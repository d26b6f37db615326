/// Who a document's "he" and "she" stand for, sentence by sentence, so that a sentence about a
/// person that calls her "she" answers a question that names her: "She moved to the US at
/// twelve" after a sentence naming Natasha Batalha is about Natasha Batalha.
///
/// The rule is the reader's first guess: the person named most recently before the pronoun,
/// in the document's order. A person once called "she" is not "he" afterwards, and the other
/// way round. A pronoun after a person's name in its own sentence stands for that name, which
/// the sentence already holds. Nothing else is resolved: "it" and "they" too often stand for
/// nothing, or for a phrase rather than a name.
enum Referents {
  /// The pronouns that stand for a person, by grammatical gender.
  static let feminine: Set<String> = ["she", "her", "hers", "herself"]
  static let masculine: Set<String> = ["he", "him", "his", "himself"]

  /// For each sentence, the entities (indices into `entities`) its personal pronouns stand
  /// for when its own words do not name them; `mentions` holds, for each sentence, the person
  /// names it holds with the position of their first word.
  static func resolve(
    sentences: [Sentence], words: [[QuestionToken]], persons: [[(start: Int, entity: Int)]]
  ) -> [Set<Int>] {
    var referents: [Set<Int>] = []
    referents.reserveCapacity(sentences.count)
    // The people named so far in the document, the most recent first.
    var recent: [Int] = []
    // What each person has been called: true for "she", false for "he".
    var gender: [Int: Bool] = [:]
    var document: String?
    for (position, sentence) in sentences.enumerated() {
      if sentence.document != document {
        document = sentence.document
        recent = []
        gender = [:]
      }
      let named = persons[position]
      let firstName = named.map(\.start).min() ?? Int.max
      var found = Set<Int>()
      for (offset, token) in words[position].enumerated() {
        let isFeminine = feminine.contains(token.folded)
        guard isFeminine || masculine.contains(token.folded) else { continue }
        // A pronoun after a name of the sentence is that name's, or said in a quote of its.
        guard offset < firstName else { break }
        guard let person = recent.first(where: { (gender[$0] ?? isFeminine) == isFeminine })
        else { continue }
        gender[person] = isFeminine
        found.insert(person)
      }
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
