/// The relations of the facts the extracted layer makes: the one list of them, which
/// `KnowledgeBuilder` checks against `relations.yaml` when loading.
enum ExtractedRelation: String, CaseIterable, Sendable {
  /// An appositive's description: "Dimitri Diliani, a spokesman for …".
  case role
  /// A direct quote, by its speaker.
  case said
  /// A number of things, about an uncurated document.
  case count
  /// A length of time, about an uncurated document.
  case duration
  /// A date, about an uncurated document.
  case happenedAt = "happened-at"
  /// A person's organisation, from a line of a list: "Salvatore Mele, CERN".
  case worksFor = "works-for"

  /// The relation's id in `relations.yaml`.
  var id: RelationID { RelationID(rawValue: rawValue) }
}

/// A subject and a relation: what curated facts already say of whom.
private struct SubjectRelation: Hashable {
  let subject: EntityID
  let relation: RelationID
}

/// Turns what the extractor found in the documents into entities and facts, for everything
/// the curated files do not already cover: a document with no curated file is still
/// answerable ("who is X" from appositives, "what did X say" from quotes, counts and dates).
enum ExtractedLayer {
  /// Entities and facts to add to the curated ones.
  static func build(
    documents: [Document], curatedEntities: [Entity], curatedFacts: [Fact],
    curatedDocuments: Set<String>
  ) -> (entities: [Entity], facts: [Fact]) {
    var entities = curatedEntities
    var facts: [Fact] = []
    let covered = Set(
      curatedFacts.map { SubjectRelation(subject: $0.subject, relation: $0.relation) })
    let curatedCount = curatedEntities.count
    // Name keys ("hani al-masri") and the last words of people's names, to entity positions.
    var byKey: [String: Int] = [:]
    var byLastWord: [String: Int] = [:]
    // The first words of names that may be people's ("Greg" of Greg Wilson), to the one
    // entity whose name starts so, or -1 when several do.
    var byFirstWord: [String: Int] = [:]
    // The last words of names that may be people's, to the one entity whose name ends so, or
    // -1 when several do.
    var bySurname: [String: Int] = [:]
    // Word prefixes of names (two words or more) to the one entity they start, or -1 when
    // several names start so.
    var byPrefix: [String: Int] = [:]
    // The surnames of the document being read, to the name of the one person each stands for
    // alone, as written.
    var fullNames: [String: String] = [:]
    // The names the document being read mentions, as keys.
    var mentionedKeys: Set<String> = []
    // The sentences each of them is mentioned in.
    var mentionSentences: [String: Set<Int>] = [:]
    func index(_ position: Int) {
      for name in entities[position].allNames {
        let words = NameIndex.words(name)
        guard let last = words.last else { continue }
        if words.count > 2 {
          for length in 2..<words.count {
            let prefix = words[..<length].joined(separator: " ")
            byPrefix[prefix] = byPrefix[prefix].map { $0 == position ? $0 : -1 } ?? position
          }
        }
        byKey[words.joined(separator: " ")] = byKey[words.joined(separator: " ")] ?? position
        if entities[position].kind == .person, words.count > 1 {
          byLastWord[last] = byLastWord[last] ?? position
        }
        if entities[position].mayBePerson, words.count > 1, let first = words.first {
          byFirstWord[first] = byFirstWord[first].map { $0 == position ? $0 : -1 } ?? position
          // "Wells" after "Ida B. Wells"; not "Washington", which is also a place.
          if entities[position].kind != .person,
            !(WordNet.english?.namesPlace(last.capitalizingFirstLetter(), orAnyOf: [last]) ?? true)
          {
            bySurname[last] = bySurname[last].map { $0 == position ? $0 : -1 } ?? position
          }
        }
      }
    }
    entities.indices.forEach(index)

    /// The entity at `position` with another name or kind and `alias` added, indexed again.
    func renaming(_ position: Int, to name: String, kind: Entity.Kind, alias: String) -> EntityID {
      let old = entities[position]
      entities[position] = Entity(
        id: old.id, kind: kind, name: name, aliases: old.aliases + [alias], plural: old.plural,
        isCurated: old.isCurated)
      index(position)
      return old.id
    }

    /// The entity a name refers to ("Mr. Whitlock" and "Whitlock" are Tom Whitlock once he
    /// is known), creating one for a name nobody curated.
    func entity(named written: String, person: Bool) -> EntityID? {
      let name = withoutTitle(written)
      // "Altimont “Freddie” Butler" is the person Altimont Butler, also called Freddie Butler
      // or Freddie.
      if let (plain, called) = nicknamed(name), let id = entity(named: plain, person: true),
        let position = entities.firstIndex(where: { $0.id == id })
      {
        let nickname = String(called.split(separator: " ")[0])
        for alias in [called, nickname, name] where !entities[position].allNames.contains(alias) {
          _ = renaming(position, to: entities[position].name, kind: .person, alias: alias)
        }
        return id
      }
      let words = NameIndex.words(name)
      // A common word alone is no name, however a line capitalizes it ("How: If you're …").
      guard let last = words.last, words.count > 1 || !WordLists.stopWords.contains(last)
      else { return nil }
      if let position = byKey[words.joined(separator: " ")] { return entities[position].id }
      // "Robinson" after "Julia Bowman Robinson" is she even when "the mathematician Raphael
      // Robinson" came to be known first: a surname alone is the person the document's title
      // names, or the one it names in full most often.
      if words.count == 1, let full = fullNames[last], Entity.readsAsPersonName(full),
        // Not "London" after "Jack London": a place too.
        !(WordNet.english?.namesPlace(last.capitalizingFirstLetter(), orAnyOf: [last]) ?? true),
        let id = entity(named: full, person: person),
        let position = entities.firstIndex(where: { $0.id == id })
      {
        let old = entities[position]
        guard !old.allNames.contains(name) else { return old.id }
        return renaming(position, to: old.name, kind: old.kind, alias: name)
      }
      // "Millán" after "Luis Millán": the surname alone is the person, and a name for them.
      if words.count == 1, let position = byLastWord[last] {
        let old = entities[position]
        guard !old.allNames.contains(name), Entity.readsAsPersonName(old.name) else {
          return old.id
        }
        return renaming(position, to: old.name, kind: old.kind, alias: name)
      }
      // "Wells" after "Ida B. Wells": a surname alone is the one name it ends.
      if words.count == 1, let position = bySurname[last], position >= 0 {
        let old = entities[position]
        guard !old.allNames.contains(name) else { return old.id }
        return renaming(position, to: old.name, kind: old.kind, alias: name)
      }
      // "Greg" after "Greg Wilson": a first name alone is the one person it starts. Not a
      // word the document names alone earlier and more often than the longer name ("Svelte",
      // the project, named throughout before "Svelte Sirens"), unless it is a letter, which may
      // be an initial, or a person's given name that is no English word.
      if words.count == 1, let position = byFirstWord[last], position >= 0,
        case let full = NameIndex.words(entities[position].name).joined(separator: " "),
        case let alone = mentionSentences[last] ?? [],
        case let longer = mentionSentences[full] ?? [],
        last.count < 2 || alone.count <= longer.count
          || (alone.min() ?? .max) >= (longer.min() ?? .max)
          || (entities[position].kind == .person && !WordNet.knows(last, as: nil))
      {
        let old = entities[position]
        return renaming(position, to: old.name, kind: old.kind, alias: name)
      }
      // "Tom Whitlock" after "Whitlock": the uncurated one-word entity takes the full name. Only
      // a person's name ends with the name it is called by: "JPL for NASA" is not NASA, nor
      // "CloudSat Project" every project.
      // Not an entity of a longer name, which the one word is only another name for: "Julia
      // Bowman Robinson" after "the mathematician Raphael Robinson … Robinson" is someone else.
      if words.count > 1, let position = byKey[last], position >= curatedCount,
        NameIndex.words(entities[position].name).count == 1,
        person || entities[position].kind == .person,
        !words.contains(where: { WordLists.nameConnectors.contains($0) })
      {
        let old = entities[position]
        return renaming(position, to: name, kind: person ? .person : old.kind, alias: old.name)
      }
      let id = EntityID(
        rawValue:
          "auto-" + words.joined(separator: "-").filter { $0.isLetter || $0.isNumber || $0 == "-" })
      entities.append(
        Entity(
          id: id, kind: person ? .person : .thing, name: name,
          // Not when someone else has that name: "John Adams" beside "John Quincy Adams".
          aliases: shortened(name).filter { alias in
            let key = NameIndex.words(alias).joined(separator: " ")
            return byKey[key] == nil && !mentionedKeys.contains(key)
          },
          isCurated: false))
      index(entities.count - 1)
      return id
    }

    // What each document states, found on every core; then linked to names in order.
    let extractions = documents.concurrentMap(Extractor.extract)
    for (document, extracted) in zip(documents, extractions) {
      // The person a surname alone stands for: the one the title names ("Julia Robinson"),
      // else the one named in full with it more often than anyone else, told by their first
      // name: "Wells" is Ida B. Wells (also "Ida B. Wells-Barnett") over her mother "Lizzie
      // Wells", named first. Their name is the first that ends in the surname. None when two
      // are named as often ("Sir Thomas Watson" and his daughter "Elizabeth Watson").
      let title = document.segments.first.flatMap { segment in
        segment.kind == .heading ? Set(NameIndex.words(segment.text)) : nil
      }
      struct Bearer {
        var count = 0
        var titled = false
        var written: String?
        /// The name as the title gives it: "John Quincy Adams", not "John Adams" first.
        var titledName: String?
        /// The title first, then how often.
        var rank: Int { titled ? Int.max : count }
      }
      var bearers: [String: [String: Bearer]] = [:]
      mentionedKeys = []
      mentionSentences = [:]
      for mention in extracted.names {
        let written = withoutTitle(mention.name)
        let words = NameIndex.words(written)
        mentionedKeys.insert(words.joined(separator: " "))
        mentionSentences[words.joined(separator: " "), default: []].insert(mention.sentence.number)
        guard words.count > 1, let given = words.first else { continue }
        for word in words.dropFirst() where !WordLists.nameConnectors.contains(word) {
          var bearer = bearers[word, default: [:]][given] ?? Bearer()
          bearer.count += 1
          bearer.titled = title.map { $0.contains(given) && $0.contains(word) } ?? false
          if bearer.written == nil, word == words.last { bearer.written = written }
          if word == words.last, title.map({ Set(words).isSubset(of: $0) }) == true,
            words.count > NameIndex.words(bearer.titledName ?? "").count
          {
            bearer.titledName = written
          }
          bearers[word, default: [:]][given] = bearer
        }
      }
      fullNames = bearers.compactMapValues { byGiven in
        let ranked = byGiven.values.sorted { $0.rank > $1.rank }
        guard ranked.count == 1 || ranked[0].rank > ranked[1].rank else { return nil }
        return ranked[0].titledName ?? ranked[0].written
      }
      let location = { (sentence: Sentence) in
        SourceLocation(file: "\(document.id).txt (extracted)", line: sentence.number)
      }
      for appositive in extracted.appositives where !isTitle(appositive.description) {
        guard
          let id = entity(
            named: appositive.name, person: looksLikePersonRole(appositive.description)),
          !covered.contains(SubjectRelation(subject: id, relation: ExtractedRelation.role.id))
        else { continue }
        facts.append(
          Fact(
            subject: id, relation: ExtractedRelation.role.id, object: nil,
            value: Self.ownedRole(appositive, names: extracted.names)
              ?? Self.withoutOwner(appositive.description),
            qualifiers: .init(), source: appositive.sentence,
            location: location(appositive.sentence)))
      }
      for affiliation in extracted.affiliations {
        guard let id = entity(named: affiliation.person, person: true),
          let organization = entity(named: affiliation.organization, person: false),
          !covered.contains(SubjectRelation(subject: id, relation: ExtractedRelation.worksFor.id))
        else { continue }
        facts.append(
          Fact(
            subject: id, relation: ExtractedRelation.worksFor.id, object: organization,
            value: nil, qualifiers: .init(), source: affiliation.sentence,
            location: location(affiliation.sentence)))
      }
      for quote in extracted.quotes {
        guard let id = entity(named: quote.speaker, person: true),
          !covered.contains(SubjectRelation(subject: id, relation: ExtractedRelation.said.id))
        else { continue }
        facts.append(
          Fact(
            subject: id, relation: ExtractedRelation.said.id, object: nil, value: quote.text,
            qualifiers: .init(),
            source: quote.sentence, location: location(quote.sentence)))
      }
      for mention in extracted.names {
        // "Alder Bay Fishermen" in "Alder Bay Fishermen’s Association" is that association.
        let words = NameIndex.words(withoutTitle(mention.name)).joined(separator: " ")
        if words.contains(" "), let owner = byPrefix[words], owner >= 0 { continue }
        _ = entity(named: mention.name, person: false)
      }
      guard !curatedDocuments.contains(document.id) else { continue }
      // A document nobody curated: its numbers, durations and dates, about the document.
      // Named by its file, unless a name of the text reads the same ("harlow_shapley" and
      // Harlow Shapley): a question naming him asks about him.
      let clashes = byKey[NameIndex.words(document.id).joined(separator: " ")] != nil
      let documentEntity = Entity(
        id: EntityID(rawValue: Entity.documentPrefix + document.id), kind: .thing,
        name: clashes ? "document \(document.id)" : document.id, aliases: [])
      entities.append(documentEntity)
      for quantity in extracted.quantities {
        let relation: ExtractedRelation
        switch quantity.kind {
        case .count: relation = .count
        case .duration: relation = .duration
        case .date: relation = .happenedAt
        }
        // The sentence's words go into the topic, so "when did the council vote" finds the
        // date of the sentence about the vote.
        facts.append(
          Fact(
            subject: documentEntity.id, relation: relation.id, object: nil,
            value: quantity.phrase,
            topic: quantity.sentence.text, qualifiers: .init(), source: quantity.sentence,
            location: location(quantity.sentence), origin: .extracted))
      }
    }
    return (Array(entities[curatedCount...]), facts)
  }

  /// A description that says whose it is by "his" or "her", said with the one person's name
  /// its sentence gives before the name described: "Anh Pham worked with her mentor, Erica
  /// Sadun" makes Erica Sadun "the mentor of Anh Pham". Nil for another description, or when
  /// the sentence names no one before, or more than one.
  static func ownedRole(_ appositive: Appositive, names: [NameMention]) -> String? {
    guard let role = roleAfterOwner(appositive.description) else { return nil }
    let text = appositive.sentence.text
    guard let described = text.range(of: appositive.name) else { return nil }
    let before = Set(
      names.filter { mention in
        mention.sentence == appositive.sentence && mention.name != appositive.name
          && Entity.readsAsPersonName(mention.name)
          && text.range(of: mention.name).map { $0.upperBound <= described.lowerBound } == true
      }.map(\.name))
    guard before.count == 1, let owner = before.first else { return nil }
    return "the " + role + " of " + owner
  }

  /// A description without the "his" or "her" it opens with: "mentor" of "her mentor".
  static func withoutOwner(_ description: String) -> String {
    roleAfterOwner(description) ?? description
  }

  /// What a description that opens with "his" or "her" says after it ("mentor" of "her
  /// mentor"); nil for another description.
  private static func roleAfterOwner(_ description: String) -> String? {
    let words = description.split(separator: " ")
    guard words.count > 1, WordLists.ownerPossessives.contains(words[0].lowercased()) else {
      return nil
    }
    return words.dropFirst().joined(separator: " ")
  }

  /// A name with a nickname in quotes inside it, as the name without it and the nickname with
  /// the last word: "Altimont “Freddie” Butler" → ("Altimont Butler", "Freddie Butler"); nil
  /// for any other name.
  private static func nicknamed(_ name: String) -> (plain: String, called: String)? {
    let words = name.split(separator: " ")
    guard words.count >= 3,
      let quoted = words.indices.dropFirst().dropLast().first(where: { position in
        let word = words[position]
        return word.count > 2 && ["“", "\""].contains(word.first!)
          && ["”", "\""].contains(word.last!)
      })
    else { return nil }
    let nickname = words[quoted].dropFirst().dropLast()
    var plain = words
    plain.remove(at: quoted)
    return (plain.joined(separator: " "), "\(nickname) \(words.last!)")
  }

  /// The short form of a person's name of three words, first and last: "Julia Robinson" of
  /// "Julia Bowman Robinson", "Ida Wells" of "Ida B. Wells". None for another name ("Bank of
  /// England", "Vincent van Gogh", "Abu Dhabi Investment").
  static func shortened(_ name: String) -> [String] {
    let words = name.split(separator: " ")
    guard words.count == 3, Entity.readsAsPersonName(name),
      !words.contains(where: { WordLists.nameConnectors.contains($0.lowercased()) }),
      // Not "Sammy Davis Jr." nor a name with a number.
      !["jr", "sr", "ii", "iii", "iv"].contains(words[2].lowercased().filter(\.isLetter)),
      words.allSatisfy({ $0.first?.isUppercase == true })
    else { return [] }
    return ["\(words[0]) \(words[2])"]
  }

  /// `name` without the titles before it: "Mr. Diliani" → "Diliani".
  private static func withoutTitle(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    while let first = words.first, words.count > 1, isNameTitle(first) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// Whether `word` is a title taken off a name, written as titles are: "Mr.", "Gen.".
  private static func isNameTitle(_ word: String) -> Bool {
    guard word.hasSuffix("."), let first = word.first, first.isUppercase else { return false }
    let key = word.dropLast()
    return key.dropFirst().allSatisfy(\.isLowercase)
      && Abbreviations.nameTitles.contains(key.lowercased())
  }

  private static func isTitle(_ description: String) -> Bool {
    description.hasSuffix(".") && description.count <= 5
  }

  private static func looksLikePersonRole(_ description: String) -> Bool {
    let tokens = QuestionText.tokens(description)
    if !Set(tokens.map(\.stem)).isDisjoint(with: WordLists.personRoleStems) { return true }
    // "an atmospheric scientist at NASA's laboratory": the noun the description opens with,
    // before its first preposition, is a kind of person in WordNet's first sense.
    let opening = tokens.prefix { token in
      !WordLists.prepositions.contains(token.folded) && token.original.first?.isLetter == true
        && !["who", "which", "that", "and", "or"].contains(token.folded)
    }
    guard let head = opening.last(where: { $0.original.first?.isLowercase == true }),
      let wordNet = WordNet.english
    else { return false }
    return wordNet.isKind(head.folded, of: "person", senses: 1)
  }
}
