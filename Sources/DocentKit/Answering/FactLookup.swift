/// Finds the facts an intent asks for, through the fact index: never by scanning every fact.
///
/// Each answer strategy is a function from the query to the facts it finds; none sets state on
/// the side.
struct FactLookup {
  let knowledge: KnowledgeBase
  let intent: Intent

  /// Indexes of facts found by a strategy, with how they bear on the question.
  private struct Candidates {
    var indexes: [Int]
    var bearing = FoundFacts.Bearing.direct

    init(_ indexes: [Int], bearing: FoundFacts.Bearing = .direct) {
      self.indexes = indexes
      self.bearing = bearing
    }
  }

  /// The facts answering the intent for `query`, in document order.
  func find(_ query: FactQuery) -> FoundFacts {
    // A yes/no question keeps the subject's own names: "Is Hamas a radical Islamist group?"
    // asks about words that are also one of Hamas' names.
    let stems =
      intent.strategy == .check
      ? knowledge.lexicon.contentStems(query.words)
      : contentStems(query.words, excluding: [query.subject, query.object])
    let found: Candidates =
      switch intent.strategy {
      case .describe: describe(query, stems)
      case .inverse:
        Candidates(
          pointingAt(query.subject).filter(inRelations).filter { matches($0, stems, query) })
      case .quantity: quantity(query, stems)
      case .time:
        Candidates(
          preferringRelations(keyed(stems, query) { _ in true }) {
            knowledge.facts[$0].qualifiers.time
          })
      case .place:
        Candidates(
          preferringRelations(keyed(stems, query) { _ in true }) {
            knowledge.facts[$0].qualifiers.place ?? placeObject($0)
          })
      case .reason: reason(query, stems)
      case .action: action(query, stems)
      case .check: check(query, stems)
      case .connection: Candidates(connection(query.subject, query.object))
      }
    // "How many days a week does Employee A work?" is not answered by Employee B's.
    let asked = [query.subject, query.object].compactMap { $0?.name } + [query.words]
    let lettered = asked.flatMap { ClauseQuestion.letteredNames(in: QuestionText.tokens($0)) }
    let facts = found.indexes.uniqued()
      .filter { index in query.involving.allSatisfy { involves(index, $0) } }
      .filter { !ClauseQuestion.namesAnother(of: lettered, in: knowledge.facts[$0].source.text) }
      .sorted(by: documentOrder).map { knowledge.facts[$0] }
    return FoundFacts(facts: facts, bearing: found.bearing)
  }

  /// What the facts found by a yes/no intent say about the question as asked.
  enum Verdict { case yes, no, mixed }

  /// "Yes" when every fact agrees with the question, "No" when every fact states the opposite
  /// or another number, "mixed" otherwise. A fact states the opposite when it is negated (by its
  /// qualifier or a "not" in its words) or its relation is `negative` (`excluded-from`,
  /// `refuses`); a question asked in the negative ("Will Hamas refuse ...") flips the answer.
  func verdict(_ found: FoundFacts, question: String) -> Verdict {
    if found.bearing == .otherNumber { return .no }
    let questionNegative = !Set(QuestionText.tokens(question).map(\.stem))
      .isDisjoint(with: WordLists.negativeStems)
    let answers = Set(found.facts.map { isNegative($0) != questionNegative })
    if answers.count > 1 { return .mixed }
    return answers.first == true ? .no : .yes
  }

  private func isNegative(_ fact: Fact) -> Bool {
    if fact.qualifiers.negated || knowledge.relation(fact.relation, has: .negative) {
      return true
    }
    let words = QuestionText.tokens(fact.value ?? "").map(\.stem)
    return !Set(words).isDisjoint(with: WordLists.negativeStems)
  }

  // MARK: Strategies

  /// Facts about the subject, of the intent's relations: "who is X", "what did X say".
  private func describe(_ query: FactQuery, _ stems: Set<String>) -> Candidates {
    var found = about(query.subject).filter(inRelations).filter { matches($0, stems, query) }
    // Asked what someone said and never quoted: what the documents report them as saying.
    if intent.relations.contains(where: { knowledge.relation($0, has: .speech) }),
      let subject = query.subject, !found.contains(where: { has($0, .speech) })
    {
      found += knowledge.factIndex.saidBy(subject.id).filter { matches($0, stems, query) }
    }
    if intent.preferFirst,
      let first = intent.relations.first(where: { relation in
        found.contains { knowledge.facts[$0].relation == relation }
      })
    {
      found = found.filter { knowledge.facts[$0].relation == first }
    }
    // Nothing describes it, but others are described by it: "Fatah is the late Yasser
    // Arafat's power base" for "Who is Yasser Arafat?".
    if found.isEmpty, intent.preferFirst, stems.isEmpty,
      let first = intent.relations.first, knowledge.relation(first, has: .description)
    {
      let others = Array(pointingAt(query.subject).filter { has($0, .describesObject) }.prefix(3))
      return Candidates(others, bearing: others.isEmpty ? .direct : .aboutOthers)
    }
    return Candidates(found)
  }

  /// Counts and durations matched to the question's words.
  private func quantity(_ query: FactQuery, _ stems: Set<String>) -> Candidates {
    // "How long is it" asks for a length, not for how long something lasted: a question
    // with no words of its own needs a name to be about.
    guard !stems.isEmpty || query.subject != nil else { return Candidates([]) }
    // "How many of the glaciers retreated?" asks for a part of what a count counts whole: the
    // sentence that says which part answers, not the count.
    if query.words.lowercased().hasPrefix("of ") { return Candidates([]) }
    // "How many newspapers has the press printed?" is not answered by what it "is capable of
    // printing": a number of what can be done counts only for a question that asks what can.
    let asksCapacity = QuestionText.tokens(query.words).contains {
      WordLists.capacityWords.contains($0.folded)
    }
    let found = preferringRelations(keyed(stems, query) { _ in true }) {
      knowledge.facts[$0].qualifiers.quantity
    }.filter { countsWhatWasAsked($0, stems) && (asksCapacity || !tellsCapacity($0)) }
    // With no words of its own ("how tall will the bridge be"), only the intent's own
    // relations answer, never just any number about the subject.
    if stems.isEmpty { return Candidates(found.filter(inRelations)) }
    // "How long will the grant run?": "a two-year grant" says it of the grant itself, where
    // "everyone on the grant has been involved … for many years" says it of something else.
    // So for every count and length: those said of the asked words themselves, when any are.
    // Else those that say the most of the asked words: "How many USB3 ports …?" is answered
    // by "two USB3 ports", not by the "two USB2 ports" beside them.
    let lexicon = knowledge.lexicon
    let said = found.map { index in
      knowledge.facts[index].value.map { stems.intersection(lexicon.contentStems($0)).count } ?? 0
    }
    let most = said.max() ?? 0
    return Candidates(most == 0 ? found : zip(found, said).filter { $1 == most }.map(\.0))
  }

  /// Whether the fact's value follows, within a few words of its sentence, a word of what can
  /// be done: "capable of printing 40,000 newspapers".
  private func tellsCapacity(_ index: Int) -> Bool {
    let fact = knowledge.facts[index]
    guard let value = fact.value, let range = fact.source.text.range(of: value) else {
      return false
    }
    return WordLists.tellsCapacity(
      QuestionText.tokens(String(fact.source.text[..<range.lowerBound])).map(\.folded))
  }

  /// Reasons and purposes, of the question's polarity: "Why won't Gaza be rebuilt" is not
  /// answered by why it will be.
  private func reason(_ query: FactQuery, _ stems: Set<String>) -> Candidates {
    let negative = !Set(QuestionText.tokens(query.words).map(\.stem)).isDisjoint(
      with: WordLists.negativeStems)
    return Candidates(
      keyed(stems, query, inRelations).filter { index in
        let fact = knowledge.facts[index]
        let factNegative =
          fact.qualifiers.negated
          || !Set(knowledge.factIndex.textStems[index]).isDisjoint(with: WordLists.negativeStems)
        return factNegative == negative
      })
  }

  /// Facts whose words hold the question's verb: "who submitted X", "what did X do".
  private func action(_ query: FactQuery, _ stems: Set<String>) -> Candidates {
    let lexicon = knowledge.lexicon
    let found = keyed(stems, query) {
      intent.relations.isEmpty ? !isLooseDetail($0) : inRelations($0)
    }.filter { index in
      // "Who is the principal investigator?" is not answered by the deputy principal
      // investigator.
      guard intent.relations.contains(Self.role), has(index, .description),
        let value = knowledge.facts[index].value
      else { return true }
      return !ClauseAnswerer.namesAnotherRole(value, asked: stems, lexicon: lexicon) {
        stems.contains($0)
      }
    }
    // Words that are all the subject's own names ("Fatah was whose power base?", where
    // "power base" names Fatah): the facts that say those words, when some do.
    let asked = knowledge.lexicon.contentStems(query.words)
    if stems.isEmpty, !asked.isEmpty {
      let saying = found.filter { asked.isSubset(of: knowledge.factIndex.textStems[$0]) }
      if !saying.isEmpty { return Candidates(saying) }
    }
    return Candidates(found)
  }

  /// Facts of the intent's relations when there are any; otherwise facts that carry the asked
  /// detail (a time, a place, a quantity) as a qualifier, one fact for each distinct detail.
  private func preferringRelations(_ candidates: [Int], detail: (Int) -> String?) -> [Int] {
    let related = candidates.filter(inRelations)
    if !related.isEmpty { return related }
    var seen = Set<String>()
    return candidates.sorted(by: documentOrder).filter { index in
      guard let value = detail(index) else { return false }
      return seen.insert(Folding.words(value)).inserted
    }
  }

  /// A fact of a `counts` relation answers "how many X" only if X is what it counts: "18 years of failed
  /// attempts" counts years, not attempts.
  private func countsWhatWasAsked(_ index: Int, _ stems: Set<String>) -> Bool {
    let fact = knowledge.facts[index]
    guard has(index, .counts), let value = fact.value else { return true }
    let head = value.components(separatedBy: " of ").first ?? value
    guard let noun = QuestionText.tokens(head).last.map({ knowledge.lexicon.canonical($0.stem) })
    else { return true }
    return stems.contains(noun)
  }

  /// The name of a fact's object when it is a place.
  private func placeObject(_ index: Int) -> String? {
    guard let id = knowledge.facts[index].object, let entity = knowledge.entity(id),
      entity.kind == .place
    else { return nil }
    return entity.name
  }

  /// Yes/no: facts linking subject and object by the intent's relations (or their opposites),
  /// or facts about the subject containing every content word of the question. When none
  /// does but one says the same with another number ("twelve factions" against "Ten"), that
  /// fact is found, bearing another number.
  private func check(_ query: FactQuery, _ stems: Set<String>) -> Candidates {
    let found = checkMatching(query, stems)
    let numbers = Set(stems.filter(NumberWords.isNumber))
    guard found.isEmpty, !numbers.isEmpty else {
      return Candidates(closest(found, to: stems, subject: query.subject))
    }
    let others = checkMatching(query, stems.subtracting(numbers)).filter { index in
      let factNumbers = Set(knowledge.factIndex.textStems[index].filter(NumberWords.isNumber))
      return !factNumbers.isEmpty && factNumbers.isDisjoint(with: numbers)
    }
    return Candidates(
      closest(others, to: stems, subject: query.subject),
      bearing: others.isEmpty ? .direct : .otherNumber)
  }

  /// The few facts sharing the most words with the question: a yes or a no rests on the facts
  /// that say it most directly.
  private func closest(_ facts: [Int], to stems: Set<String>, subject: Entity?) -> [Int] {
    // Shared words count most; a fact about the subject itself breaks ties.
    let scored = facts.map { index in
      let shared = knowledge.factIndex.textStems[index].intersection(stems).count
      let own = knowledge.facts[index].subject == subject?.id ? 1 : 0
      return (index, shared * 2 + own)
    }
    let best = scored.map(\.1).max() ?? 0
    return Array(scored.filter { $0.1 == best }.map(\.0).prefix(3))
  }

  private func checkMatching(_ query: FactQuery, _ stems: Set<String>) -> [Int] {
    let related = intent.relations + knowledge.opposites(of: intent.relations)
    if let subject = query.subject, let object = query.object {
      let linking = (about(subject) + pointingAt(subject)).filter {
        involves($0, object) && (related.isEmpty || related.contains(knowledge.facts[$0].relation))
      }
      return linking.filter { matches($0, stems, query) }
    }
    guard !stems.isEmpty else { return [] }  // Never every fact about the subject.
    return keyed(stems, query) {
      related.isEmpty ? !isLooseDetail($0) : related.contains(knowledge.facts[$0].relation)
    }
  }

  /// Every fact linking the two entities, either way round.
  private func connection(_ first: Entity?, _ second: Entity?) -> [Int] {
    guard let first, let second else { return [] }
    let linking = (about(first) + pointingAt(first)).filter { involves($0, second) }
    // Facts that name the other entity in their words, such as a role "a spokesman for X".
    let named = knowledge.factIndex.containing(all: nameStems(second)).filter {
      involves($0, first)
    }
    let namedBack = knowledge.factIndex.containing(all: nameStems(first)).filter {
      involves($0, second)
    }
    let direct = linking + named + namedBack
    guard direct.isEmpty else { return direct }
    // No fact links them, but facts may say the same of both: "Hamas and Islamic Jihad are not
    // part of the PLO".
    struct Link: Hashable {
      let relation: RelationID
      let object: EntityID
    }
    var links: [Link: [Int]] = [:]
    for index in about(first) {
      let fact = knowledge.facts[index]
      guard let object = fact.object else { continue }
      links[Link(relation: fact.relation, object: object), default: []].append(index)
    }
    return about(second).flatMap { index -> [Int] in
      let fact = knowledge.facts[index]
      guard let object = fact.object,
        let mine = links[Link(relation: fact.relation, object: object)]
      else { return [] }
      return [mine[0], index]
    }
  }

  /// Facts containing every stem and involving every given entity, that pass `filter`; with no
  /// stems, the facts about the subject.
  private func keyed(_ stems: Set<String>, _ query: FactQuery, _ filter: (Int) -> Bool)
    -> [Int]
  {
    // A fact that cannot answer is no match, so that the looser reading is tried: "How many
    // days a week does Employee A work?" is not matched by "3 weeks' worth of paid vacation
    // based on their average work week".
    func accept(_ fact: Int) -> Bool {
      filter(fact) && query.answers(knowledge.facts[fact])
        && [query.subject, query.object].allSatisfy { $0.map { involves(fact, $0) } ?? true }
        && (!isLooseDetail(fact) || timeOfAskedDeed(fact, stems))
    }
    guard !stems.isEmpty else {
      // Every date a document gives is no answer to when it happened: the question's words
      // must pick a sentence.
      guard query.subject?.isDocument != true else { return [] }
      return (about(query.subject) + pointingAt(query.subject)).filter(accept)
    }
    // Every content word of the question must be in the fact: a fact that says something
    // else is no answer, however many words it shares.
    let strict = knowledge.factIndex.containing(all: stems).filter {
      accept($0) && matches($0, stems, query)
    }
    guard strict.isEmpty, intent.strategy != .check else { return strict }
    // Failing that, every word in the fact's sentence, and half of them in the fact itself;
    // but a name among the free words must be the fact's own: "What kind of software is
    // Apache Spark?" is not answered by a fact about the Apache Software Foundation in a
    // sentence that also names Spark.
    // Nor is a name all the fact may share: "Which college did Helen Keller graduate from?" is
    // not answered by "born in Alabama", said of Helen Keller in a sentence about college.
    let named = nameStems(in: query.words)
    let unnamed = named.reduce(into: stems) { $0.subtract($1) }
    return knowledge.factIndex.inSentencesContaining(all: stems).filter { index in
      accept(index)
        && knowledge.factIndex.stems[index].intersection(stems).count * 2 >= stems.count
        && (unnamed.isEmpty || !knowledge.factIndex.stems[index].isDisjoint(with: unnamed))
        && named.allSatisfy { $0.isSubset(of: knowledge.factIndex.stems[index]) }
    }
  }

  /// The content stems of each name the documents know among `words`, name by name, each
  /// name's longest reading.
  private func nameStems(in words: String) -> [Set<String>] {
    let tokens = QuestionText.tokens(words)
    return knowledge.nameIndex.nameRanges(in: tokens, capitalizedOnly: true).map { range in
      knowledge.lexicon.contentStems(tokens[range].map(\.original).joined(separator: " "))
    }
  }

  // MARK: Helpers

  private func about(_ entity: Entity?) -> [Int] {
    entity.map { knowledge.factIndex.about($0.id) } ?? []
  }

  private func pointingAt(_ entity: Entity?) -> [Int] {
    entity.map { knowledge.factIndex.pointingAt($0.id) } ?? []
  }

  /// The relation of a role someone holds: "spokesman for the bloc".
  private static let role: RelationID = "role"

  private func has(_ index: Int, _ trait: Relation.Trait) -> Bool {
    knowledge.relation(knowledge.facts[index].relation, has: trait)
  }

  /// A number, length of time or date found without curation, stated about the document as a
  /// whole: it answers only the intents that name its relation.
  private func isLooseDetail(_ index: Int) -> Bool {
    has(index, .detail) && knowledge.facts[index].origin == .extracted
  }

  /// Whether a time that says only "now" ("today"), found without curation, is the time of a
  /// deed the question asks about, where its sentence says whose time it is: not of "Ralph
  /// Teetor founded TEDCO, which today manufactures gyroscopes" for when something was
  /// founded. A time no clause holds as its own, or a sentence with no clause of the
  /// question's words, leaves it open; so does any other date, whose clause the parser may
  /// mistake ("a cottage built around 1880").
  private func timeOfAskedDeed(_ index: Int, _ stems: Set<String>) -> Bool {
    let fact = knowledge.facts[index]
    guard let value = fact.value, !stems.isEmpty,
      WordLists.presentTimes.contains(Folding.words(value))
    else { return true }
    let clauses = knowledge.clauseIndex.clauses(of: fact.source).map {
      knowledge.clauseIndex.clauses[$0]
    }
    let timed = clauses.filter { clause in
      clause.modifiers(.time).contains { $0.text.contains(value) || value.contains($0.text) }
    }
    let asked = clauses.filter { clause in
      !ClauseIndex.predicateStems(of: clause, lexicon: knowledge.lexicon).isDisjoint(with: stems)
    }
    guard !timed.isEmpty, !asked.isEmpty else { return true }
    return timed.contains { clause in
      asked.contains { $0.predicate.utf8Range == clause.predicate.utf8Range }
    }
  }

  private func inRelations(_ index: Int) -> Bool {
    intent.relations.contains(knowledge.facts[index].relation)
  }

  /// True when the fact is about the entity, points at it, is said by it, or names it in its
  /// words ("from Gaza").
  private func involves(_ index: Int, _ entity: Entity) -> Bool {
    let fact = knowledge.facts[index]
    if fact.subject == entity.id || fact.object == entity.id
      || fact.qualifiers.according == entity.id
    {
      return true
    }
    // A number, time or date of an uncurated document is of a name its sentence says: not
    // of Crew-5 for "… Crew-8 launch, which docked to the station March 5", which merely
    // holds its "crew" and a "5".
    if knowledge.entity(fact.subject)?.isDocument == true {
      return knowledge.mentions(of: entity.id).contains(fact.source)
    }
    let stems = knowledge.factIndex.textStems[index]
    return knowledge.nameStems(of: entity).contains { name in
      !name.isEmpty && name.isSubset(of: stems)
    }
  }

  /// True when the fact's words contain every stem (for yes/no, its words less the subject's
  /// names: "Is Hamas a radical Islamist group" must find those words in what is said of Hamas).
  private func matches(_ index: Int, _ stems: Set<String>, _ query: FactQuery) -> Bool {
    guard intent.strategy == .check, let subject = query.subject else {
      return stems.isSubset(of: knowledge.factIndex.stems[index])
    }
    // What the fact says, less the names of the subject asked about (wherever it stands in
    // the fact), but with the fact's own words.
    let words = knowledge.factIndex.stems[index].subtracting(nameStems(subject))
      .union(knowledge.factIndex.textStems[index])
    return stems.isSubset(of: words)
  }

  /// The content stems of the question's free words, less the words of the slot names.
  private func contentStems(_ words: String, excluding entities: [Entity?]) -> Set<String> {
    var stems = knowledge.lexicon.contentStems(words)
    for entity in entities.compactMap({ $0 }) {
      stems.subtract(nameStems(entity))
    }
    return stems
  }

  private func nameStems(_ entity: Entity) -> Set<String> {
    knowledge.nameStems(of: entity).reduce(into: []) { $0.formUnion($1) }
  }

  /// Facts in the order of their sentences (documents in load order), then as curated.
  private func documentOrder(_ a: Int, _ b: Int) -> Bool {
    let (x, y) = (knowledge.facts[a].source, knowledge.facts[b].source)
    if x.document != y.document {
      return knowledge.documentPosition(x.document) < knowledge.documentPosition(y.document)
    }
    return x.number != y.number ? x.number < y.number : a < b
  }
}
