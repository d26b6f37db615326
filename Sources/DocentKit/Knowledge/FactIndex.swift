import Foundation

/// The facts indexed by subject, by object and by the content words of what they say, so
/// that a question looks up only the facts that can answer it.
struct FactIndex: Sendable, Codable {
  private var bySubject: [EntityID: [Int]] = [:]
  private var byObject: [EntityID: [Int]] = [:]
  private var byAccording: [EntityID: [Int]] = [:]
  private var byStem: [String: [Int]] = [:]
  /// The content stems of each fact, its entities' names included, by fact index.
  private(set) var stems: [Set<String>] = []
  /// The content stems of each fact's source sentence, by fact index.
  private var sentenceStems: [Set<String>] = []
  private var bySentenceStem: [String: [Int]] = [:]
  /// The content stems of each fact's own words (value, topic, qualifiers), by fact index.
  private(set) var textStems: [Set<String>] = []

  init(
    facts: [Fact], entities: (EntityID) -> Entity?, relations: [RelationID: Relation],
    lexicon: Lexicon
  ) {
    // Stems of names and relation words, computed once each rather than once per fact.
    var nameStems: [EntityID: Set<String>] = [:]
    var sentenceCache: [Sentence: Set<String>] = [:]
    func names(_ id: EntityID) -> Set<String> {
      if let known = nameStems[id] { return known }
      let stems = lexicon.contentStems((entities(id)?.allNames ?? []).joined(separator: " "))
      nameStems[id] = stems
      return stems
    }
    var relationStems: [RelationID: Set<String>] = [:]
    for (index, fact) in facts.enumerated() {
      bySubject[fact.subject, default: []].append(index)
      if let object = fact.object { byObject[object, default: []].append(index) }
      if let according = fact.qualifiers.according {
        byAccording[according, default: []].append(index)
      }
      let words = [
        fact.value, fact.topic, fact.qualifiers.time, fact.qualifiers.place,
        fact.qualifiers.quantity, fact.qualifiers.hedge,
      ].compactMap { $0 }
      let own = lexicon.contentStems(words.joined(separator: " "))
      textStems.append(own)
      var all = own
      if relationStems[fact.relation] == nil {
        let phrase = relations[fact.relation]?.phrase ?? ""
        relationStems[fact.relation] = lexicon.contentStems(
          phrase.replacing(/\{[a-z]+\}/, with: "") + " "
            + fact.relation.rawValue.replacingOccurrences(of: "-", with: " "))
      }
      all.formUnion(relationStems[fact.relation] ?? [])
      for id in [fact.object, fact.qualifiers.according].compactMap({ $0 }) {
        all.formUnion(names(id))
      }
      // A document's own name is its file's: no word of what its facts say.
      if entities(fact.subject)?.isDocument != true { all.formUnion(names(fact.subject)) }
      stems.append(all)
      for stem in all { byStem[stem, default: []].append(index) }
      if sentenceCache[fact.source] == nil {
        sentenceCache[fact.source] = lexicon.contentStems(fact.source.text)
      }
      let sentence = sentenceCache[fact.source] ?? []
      sentenceStems.append(sentence)
      for stem in sentence.union(all) { bySentenceStem[stem, default: []].append(index) }
    }
  }

  /// The facts whose subject is `id`.
  func about(_ id: EntityID) -> [Int] { bySubject[id] ?? [] }

  /// The facts the entity `id` is given as the source of ("according to").
  func saidBy(_ id: EntityID) -> [Int] { byAccording[id] ?? [] }

  /// The facts whose object is `id`.
  func pointingAt(_ id: EntityID) -> [Int] { byObject[id] ?? [] }

  /// The facts whose sentence, with the fact's own words, contains every stem of `stems`: a
  /// second look, for questions that use the sentence's words rather than the fact's
  /// ("What did the inspection find?" for "An inspection … found serious corrosion").
  func inSentencesContaining(all stems: Set<String>) -> [Int] {
    guard !stems.isEmpty else { return [] }
    let lists = stems.map { bySentenceStem[$0] ?? [] }.sorted { $0.count < $1.count }
    guard let rarest = lists.first, !rarest.isEmpty else { return [] }
    return rarest.filter { index in
      stems.isSubset(of: sentenceStems[index].union(self.stems[index]))
    }
  }

  /// The facts that contain every stem of `stems`, found through the rarest stem.
  func containing(all stems: Set<String>) -> [Int] {
    guard !stems.isEmpty else { return [] }
    let lists = stems.map { byStem[$0] ?? [] }.sorted { $0.count < $1.count }
    guard let rarest = lists.first, !rarest.isEmpty else { return [] }
    return rarest.filter { index in stems.isSubset(of: self.stems[index]) }
  }
}
