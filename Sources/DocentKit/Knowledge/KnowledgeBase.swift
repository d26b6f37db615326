/// The documents, entities, facts and relations docent answers from, indexed for lookups by name
/// and subject.
public struct KnowledgeBase: Sendable, Codable {
  /// The documents, in load order.
  public let documents: [Document]
  /// The entities, in the order their files declare them.
  let entities: [Entity]
  /// The facts: the curated ones in the order their files declare them, then the extracted ones.
  let facts: [Fact]
  /// The relation lexicon, by id.
  let relations: [RelationID: Relation]
  /// How question and fact words are compared.
  let lexicon: Lexicon
  /// The facts indexed for lookups.
  let factIndex: FactIndex
  /// The names of the entities, for finding them in questions and sentences.
  let nameIndex: NameIndex
  /// The sentences that mention each entity, by entity id.
  private let mentions: [EntityID: [Sentence]]
  /// The stem of every word the documents use.
  let documentStems: Set<String>
  /// The words the documents write in lower case somewhere ("project" in "the project"):
  /// common words, never taken alone as part of a name.
  let commonWords: Set<String>
  /// Each document's dateline ("SAN FRANCISCO, Nov. 30, 2016 — …"), with its sentence, by
  /// document id: only documents that open with one.
  let datelines: [String: Dateline.Opening]
  /// Each document's byline ("By Stefanie Senger and François Goupil, November 27, 2023."),
  /// with its sentence, by document id: only documents that open with one.
  let bylines: [String: Byline.Opening]
  /// The clauses of every sentence, indexed.
  let clauseIndex: ClauseIndex
  /// Every sentence, indexed by its content words.
  let sentenceIndex: SentenceIndex
  /// The content stems of the name each document is about, by document id: the one it names
  /// in the most sentences, a fifth of them at least, more than any other ("Ingenuity" of a
  /// farewell to the helicopter, whose sentences also call it "she" and "the rotorcraft").
  /// Only documents that have one.
  let topicStems: [String: Set<String>]
  /// The documents written in the first person singular: their "I" is the writer, whom a
  /// question may call "he" or "she" without naming.
  let firstPersonDocuments: Set<String>
  /// The people the documents call "she" (true) or "he" (false), by id: "she" in a question
  /// is none of the men.
  let calledFeminine: [EntityID: Bool]
  /// The documents whose topic's name holds each stem.
  let documentsByTopicStem: [String: [String]]

  private let documentsByID: [String: Int]
  private let entitiesByID: [EntityID: Int]
  /// The content stems of each entity's names, by entity position, name by name: worked out
  /// once, not for every fact a question looks at.
  private let entityNameStems: [[Set<String>]]

  /// Indexes `documents`, `entities` and `facts`, comparing words as `lexicon` does.
  init(
    documents: [Document], entities: [Entity], facts: [Fact], relations: [RelationID: Relation],
    lexicon: Lexicon, clauses: [Clause] = []
  ) {
    let sentences = documents.flatMap(\.sentences)
    // A sentence that asks states no clause a question may be answered from.
    let asking = Set(sentences.filter(\.asks).map { Citation($0) })
    clauseIndex = ClauseIndex(
      asking.isEmpty ? clauses : clauses.filter { !asking.contains($0.citation) },
      lexicon: lexicon)
    self.documents = documents
    datelines = Dictionary(
      documents.compactMap { document in
        Dateline.of(document).map { (document.id, Dateline.Opening(dateline: $0, sentence: $1)) }
      },
      uniquingKeysWith: { first, _ in first })
    bylines = Dictionary(
      documents.compactMap { document in Byline.of(document).map { (document.id, $0) } },
      uniquingKeysWith: { first, _ in first })
    self.entities = entities
    self.facts = facts
    self.relations = relations
    self.lexicon = lexicon
    let nameIndex = NameIndex(entities)
    self.nameIndex = nameIndex
    entityNameStems = entities.map { $0.allNames.map(lexicon.contentStems) }
    // Each sentence's words, read once for every index below.
    let words = sentences.map { QuestionText.tokens($0.text) }
    let found = Self.findMentions(of: entities, in: zip(sentences, words), names: nameIndex)
    mentions = found.mentions
    // The names a sentence's "he", "she" or opening "It" stand for count among its words.
    // No "he" or "she" stands for a group a name calls people by: describing words and a
    // plural word for people ("Native Americans"; not "Graeme Stephens", nor "Tom Fellows").
    let groups = Set(
      entities.indices.filter { position in
        let words = entities[position].name.split(separator: " ").map { $0.lowercased() }
        guard entities[position].mayBePerson, let last = words.last, WordNet.isPluralNoun(last)
        else { return false }
        return WordNet.english?.namesKindOfPerson(last) == true
          && words.dropLast().allSatisfy { WordNet.knows($0, as: .adjective) }
      })
    let (referents, feminine) = Referents.resolve(
      sentences: sentences, words: words, persons: found.persons, ends: found.ends,
      things: found.things,
      described: found.described, plural: groups)
    calledFeminine = Dictionary(
      feminine.map { (entities[$0.key].id, $0.value) }, uniquingKeysWith: { first, _ in first })
    // And what the writer's own "we" or "I" stands for.
    let voices = sentences.map(Narrator.voice)
    firstPersonDocuments = Set(
      Dictionary(grouping: zip(sentences, voices).filter(\.1.singular), by: \.0.document)
        .filter { $0.value.count >= Narrator.leastSentences }.keys)
    var narrators = Narrator.implied(sentences: sentences, voices: voices, lexicon: lexicon)
    // An interview's answers, labelled with the speaker's initials ("RG: My favorite park is
    // …"), speak as the person the document names with them.
    let speakers = Narrator.speakers(
      sentences: sentences,
      persons: found.persons.map { $0.map { entities[$0.entity].name } })
    // And the "I" of the lines after one that leads into a person's words ("Nick Keith said,").
    let introduced = Narrator.introduced(
      sentences: sentences, words: words,
      persons: found.persons.map { $0.map { ($0.start, entities[$0.entity].name) } })
    for (position, name) in speakers + introduced {
      narrators[position].formUnion(lexicon.contentStems(name))
    }
    // A writer who names themselves ("Hi, I am Mukulika.") speaks as that person in every
    // sentence that says "I".
    let selves = Narrator.selfNamed(sentences: sentences, words: words, persons: found.persons)
    // So does one its byline or its sign-off names ("Best Regards, / L. Van Warren").
    let signers = Narrator.signers(
      sentences: sentences, words: words, voices: voices, persons: found.persons,
      bylines: bylines.mapValues(\.sentence.number)
    ) { position in
      // Every name that opens the line, not only the longest ("L. Van Warren" of "L. Van
      // Warren MS CS"); of one name with letters after it ("J. Alan Porter PhD"), the name.
      let people = nameIndex.names(in: words[position], from: 0).flatMap(\.entities).filter {
        entities[$0].mayBePerson
      }
      return Set(
        people.filter { person in
          !people.contains { entities[person].name.hasPrefix(entities[$0].name + " ") }
        })
    } name: {
      entities[$0].name
    }
    for (position, sentence) in sentences.enumerated() {
      if let entity = selves[sentence.document], voices[position].singular {
        narrators[position].formUnion(lexicon.contentStems(entities[entity].name))
      } else if let entity = signers[sentence.document], Narrator.saysI(sentence) {
        narrators[position].formUnion(lexicon.contentStems(entities[entity].name))
      }
    }
    // A document that speaks as "we" speaks for the organization it names most ("GitHub
    // receives requests …; we may need to block content"): its "we" holds that name too.
    // How many sentences of each document name each entity, counted once for the writer and
    // for the topic below.
    let counts = Self.sentenceCounts(of: entities, mentions: found.mentions)
    let writers = Self.writingOrganizations(in: counts, entities: entities)
    for (position, sentence) in sentences.enumerated() where voices[position].plural {
      if let writer = writers[sentence.document], !narrators[position].isEmpty {
        narrators[position].formUnion(lexicon.contentStems(entities[writer].name))
      }
    }
    // An interview's answer holds the words of the question its heading asks.
    for (position, heading) in Self.answeredHeadings(of: sentences) {
      narrators[position].formUnion(lexicon.contentStems(heading))
    }
    let topics = Self.topics(in: counts, of: documents)
    topicStems = topics.mapValues { lexicon.contentStems(entities[$0].name) }
    documentsByTopicStem = topicStems.sorted { $0.key < $1.key }.reduce(into: [:]) {
      byStem, topic in
      for stem in topic.value { byStem[stem, default: []].append(topic.key) }
    }
    // And the words a "they" that does something stands for.
    let they = Self.theyStandsFor(in: sentences, clauses: clauseIndex, lexicon: lexicon)
    // And the place a proper adjective is of: "the Turkish market" speaks of Turkey.
    let places = Self.namesOfProperAdjectives(in: words, lexicon: lexicon)
    // And the years a span of years holds between its ends.
    let spanned = Self.yearsWithinRanges(in: words)
    // And the noun a short form's long form ends in: "the HFSP" is a panel.
    let shortForms = Self.shortFormHeads(of: sentences, words: words, lexicon: lexicon)
    sentenceIndex = SentenceIndex(
      sentences, words: words,
      implied: sentences.indices.map { position in
        referents[position].reduce(into: narrators[position].union(places[position])) {
          $0.formUnion(lexicon.contentStems(entities[$1].name))
        }.union(spanned[position]).union(shortForms[position])
      }, uncounted: they, lexicon: lexicon)
    // Both each word's stem and its synonym group's, as questions are compared in either.
    let tokens = words.joined()
    documentStems = Set(tokens.map(\.stem).flatMap { [$0, lexicon.canonical($0)] })
    commonWords = Set(
      tokens.filter { $0.original.first?.isLowercase == true }.map(\.folded))
    documentsByID = Dictionary(
      documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    entitiesByID = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let byID = entitiesByID
    factIndex = FactIndex(
      facts: facts, entities: { byID[$0].map { entities[$0] } }, relations: relations,
      lexicon: lexicon)
  }

  /// For each sentence, the stems of the noun for a group that ends the long form its
  /// document gives for the short form the sentence opens with: "The HFSP will report
  /// directly to …" speaks of a panel, the "Hospital Food Standards Panel (HFSP)" of a
  /// sentence before. Not where the document gives two short forms of that noun (which panel
  /// is asked about is not known), nor a short form further in ("Ministers will report to the
  /// HFSP" says nothing the panel does), nor a noun of no group ("Care", "System").
  private static func shortFormHeads(
    of sentences: [Sentence], words: [[QuestionToken]], lexicon: Lexicon
  ) -> [Set<String>] {
    var heads = [Set<String>](repeating: [], count: sentences.count)
    // Each document's short forms, with the sentences that open with them.
    var uses: [String: [String: [Int]]] = [:]
    var everywhere: [String: [String: [Int]]] = [:]
    for (position, tokens) in words.enumerated() where position < sentences.count {
      let document = sentences[position].document
      for (place, token) in tokens.enumerated() where Self.readsAsShortForm(token.original) {
        everywhere[document, default: [:]][token.original, default: []].append(position)
        if place < Self.shortFormOpening {
          uses[document, default: [:]][token.original, default: []].append(position)
        }
      }
    }
    for (document, forms) in uses {
      // The group noun each short form of the document stands for.
      var nouns: [String: String] = [:]
      for short in everywhere[document, default: [:]].keys {
        guard
          let long = everywhere[document]?[short]?.lazy.compactMap({
            Expansion.longForm(of: short, in: sentences[$0].text)
          }).first,
          let last = long.split(separator: " ").last.map({ $0.lowercased() }),
          Self.groupNouns.contains(last)
        else { continue }
        nouns[short] = last
      }
      for (short, positions) in forms {
        guard let noun = nouns[short], nouns.values.count(where: { $0 == noun }) == 1 else {
          continue
        }
        let stems = lexicon.contentStems(noun)
        for position in positions { heads[position].formUnion(stems) }
      }
    }
    return heads
  }
  /// How near the start of a sentence a short form must stand to be what it speaks of.
  private static let shortFormOpening = 3
  /// The nouns for a group a long form may end in.
  private static let groupNouns: Set<String> = [
    "panel", "committee", "council", "board", "commission", "agency", "authority", "association",
    "society", "department", "ministry", "office", "institute", "foundation", "organisation",
    "organization", "group", "team", "trust", "fund", "bank", "court", "party", "network",
    "consortium", "alliance", "coalition", "federation", "league", "club", "partnership",
    "union", "bureau", "service", "unit", "centre", "center", "university", "college",
    "school", "programme", "program", "project", "initiative", "taskforce", "force",
  ]

  /// Whether a word is written as a short form: two to six capitals ("HFSP", "CQC").
  private static func readsAsShortForm(_ word: String) -> Bool {
    (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
  }

  /// For each sentence, the content words of the places and peoples its proper adjectives are
  /// of: "the Turkish market" is Turkey's, "a Syrian church" one in Syria.
  private static func namesOfProperAdjectives(in words: [[QuestionToken]], lexicon: Lexicon)
    -> [Set<String>]
  {
    guard let wordNet = WordNet.english else { return words.map { _ in [] } }
    return words.map { tokens in
      tokens.reduce(into: Set<String>()) { names, token in
        guard token.original.first?.isUppercase == true, token.original.count > 3 else { return }
        for name in wordNet.namesPertainedTo(byAdjective: token.folded) {
          names.formUnion(lexicon.contentStems(name))
        }
      }
    }
  }

  /// The years a sentence's stated span of years holds between its ends: "led Debian from April
  /// 2008 until April 2010" holds 2009, as "Who was leading Debian in 2009?" asks. One set a
  /// sentence.
  static func yearsWithinRanges(in words: [[QuestionToken]]) -> [Set<String>] {
    words.map { tokens in
      var years: Set<String> = []
      let folded = tokens.map(\.folded)
      var spanned: Set<Int> = []
      for (start, token) in tokens.enumerated() where NumberWords.isYear(token.folded) {
        // "from 2008", "from April 2008", "between 2008 and".
        let opener = folded[max(0, start - 2)..<start]
        let between = opener.contains("between")
        guard opener.contains("from") || between else { continue }
        let reach = tokens.indices.dropFirst(start + 1).prefix(Self.yearRangeReach)
        guard let end = reach.first(where: { NumberWords.isYear(folded[$0]) }),
          folded[(start + 1)..<end].contains(where: {
            Self.rangeJoiners.contains($0) || (between && $0 == "and")
          }),
          let first = Int(folded[start]), let last = Int(folded[end]),
          first < last, last - first <= Self.longestYearRange
        else { continue }
        spanned.formUnion([start, end])
        for year in (first + 1)..<last { years.insert(String(year)) }
      }
      // A sentence that dates another deed ("who married Ann Lee in 1960, served as mayor from
      // 1970 to 1990") says nothing of that deed in the years between.
      let dated = tokens.indices.contains { position in
        NumberWords.isYear(folded[position]) && !spanned.contains(position)
      }
      return dated ? [] : years
    }
  }
  /// How many words after the first year of a span its last may stand: "from April 2008 until
  /// April 2010".
  private static let yearRangeReach = 4
  /// The most years a span may cover for the years between to count as said.
  private static let longestYearRange = 50
  /// The words that join the ends of a span of years.
  private static let rangeJoiners: Set<String> = [
    "until", "till", "to", "through", "-", "–", "—",
  ]

  /// For each sentence, the content words of what its "they" stands for, where a clause of it
  /// has "they" for its subject: the subject of the sentence before, as a reader takes it ("But
  /// the gallant Welsh determined to drive out the invader." / "They were furious …"), and
  /// through a run of sentences whose subject is "they". Empty elsewhere.
  private static func theyStandsFor(
    in sentences: [Sentence], clauses: ClauseIndex, lexicon: Lexicon
  ) -> [Set<String>] {
    var standsFor: [Set<String>] = []
    standsFor.reserveCapacity(sentences.count)
    // What "they" would stand for in the next sentence.
    var carried: Set<String> = []
    for (position, sentence) in sentences.enumerated() {
      if position > 0, sentences[position - 1].document != sentence.document { carried = [] }
      let own = clauses.clauses(of: sentence).map { clauses.clauses[$0] }
      let subjects = own.compactMap(\.subject)
      let saysThey = subjects.contains { $0.head.lowercased() == "they" }
      standsFor.append(saysThey ? carried : [])
      guard let subject = own.first(where: { $0.kind == .main && $0.subject != nil })?.subject
      else {
        carried = []
        continue
      }
      carried =
        !subject.isPronoun
        ? lexicon.contentStems(subject.text)
        : subject.head.lowercased() == "they" ? carried : []
    }
    return standsFor
  }

  /// For each document, the organization it names in the most sentences, in at least
  /// `leastWriterMentions` and in more than any other: the one its "we" speaks for.
  private static func writingOrganizations(
    in counts: [String: [(entity: Int, count: Int)]], entities: [Entity]
  ) -> [String: Int] {
    counts.compactMapValues { named in
      leader(of: named.filter { [.organization, .thing].contains(entities[$0.entity].kind) })?
        .entity
    }
  }

  /// For each document, the entity it names in the most sentences, in a fifth of them at
  /// least (and `leastWriterMentions`), and in more than any other: what the document is about.
  private static func topics(
    in counts: [String: [(entity: Int, count: Int)]], of documents: [Document]
  ) -> [String: Int] {
    let sizes = Dictionary(
      documents.map { ($0.id, $0.sentences.count) }, uniquingKeysWith: { first, _ in first })
    return counts.compactMapValues(leader).filter { document, first in
      first.count * sentencesPerTopicMention >= sizes[document, default: 0]
    }.mapValues(\.entity)
  }

  /// The entity of `named` that the most sentences name, `leastWriterMentions` at least and
  /// more than any other.
  private static func leader(
    of named: [(entity: Int, count: Int)]
  ) -> (entity: Int, count: Int)? {
    let ranked = named.sorted { $0.count > $1.count }
    guard let first = ranked.first, first.count >= leastWriterMentions,
      ranked.count < 2 || ranked[1].count < first.count
    else { return nil }
    return first
  }
  /// A topic is named in one of every `sentencesPerTopicMention` sentences of its document at
  /// least.
  static let sentencesPerTopicMention = 5

  /// For each document, how many of its sentences name each entity (not a document, nor a
  /// common word in capitals), by entity position.
  private static func sentenceCounts(
    of entities: [Entity], mentions: [EntityID: [Sentence]]
  ) -> [String: [(entity: Int, count: Int)]] {
    var counts: [String: [(entity: Int, count: Int)]] = [:]
    for (index, entity) in entities.enumerated()
    where !entity.isDocument && !Self.isCommonWord(entity.name) {
      var byDocument: [String: Set<Int>] = [:]
      for sentence in mentions[entity.id] ?? [] {
        byDocument[sentence.document, default: []].insert(sentence.number)
      }
      for (document, numbers) in byDocument {
        counts[document, default: []].append((index, numbers.count))
      }
    }
    return counts
  }

  /// Whether `name` is one word that English uses in running text ("Web", "Law", "Board"):
  /// no organization a writer speaks for, though written in capitals.
  private static func isCommonWord(_ name: String) -> Bool {
    guard !name.contains(" ") else { return false }
    guard name.count > 2 else { return true }
    return WordNet.english?.isMetInRunningText(name.lowercased()) ?? false
  }
  /// The fewest sentences that must name an organization for a document's "we" to speak for it.
  static let leastWriterMentions = 3

  /// The sentences that answer the question their heading asks, each with that heading: an
  /// interview's or a FAQ's answer is about what its heading asks ("I write technical
  /// documentation" under "What is your role in the NumPy project?"). Only the answer's first
  /// sentences, as later ones go on to other things; and only in a document whose headings ask
  /// questions as an interview or a FAQ does, not once for effect ("Will the PLO leader play
  /// ball?").
  private static func answeredHeadings(of sentences: [Sentence]) -> [(Int, String)] {
    let asked = { (sentence: Sentence) in sentence.heading.flatMap { $0.hasSuffix("?") ? $0 : nil }
    }
    var askingHeadings: [String: Set<String>] = [:]
    for sentence in sentences {
      if let heading = asked(sentence) {
        askingHeadings[sentence.document, default: []].insert(heading)
      }
    }
    var answered: [(Int, String)] = []
    var underHeading = 0
    for (position, sentence) in sentences.enumerated() {
      let previous = position > 0 ? sentences[position - 1] : nil
      underHeading =
        previous?.document == sentence.document && previous?.heading == sentence.heading
        ? underHeading + 1 : 0
      if let heading = asked(sentence), underHeading < sentencesAnsweringAHeading,
        askingHeadings[sentence.document, default: []].count >= leastAskingHeadings
      {
        answered.append((position, heading))
      }
    }
    return answered
  }

  /// How many sentences under a heading that asks a question answer it.
  static let sentencesAnsweringAHeading = 2
  /// How many headings of a document must ask questions for them to be what it answers.
  static let leastAskingHeadings = 2

  /// The sentences mentioning each entity by one of its names, found word by word; and for
  /// each sentence, the people it names, each with the position of the name's first word, and
  /// the first thing it names that is no person.
  private static func findMentions(
    of entities: [Entity], in sentences: some Sequence<(Sentence, [QuestionToken])>,
    names: NameIndex
  ) -> (
    mentions: [EntityID: [Sentence]], persons: [[(start: Int, entity: Int)]], ends: [[Int]],
    things: [Int?],
    described: [[(noun: String, entity: Int)]]
  ) {
    var mentions: [EntityID: [Sentence]] = [:]
    var persons: [[(start: Int, entity: Int)]] = []
    var ends: [[Int]] = []
    var things: [Int?] = []
    var described: [[(noun: String, entity: Int)]] = []
    for (sentence, tokens) in sentences {
      var thing: Int?
      var nouns: [(noun: String, entity: Int)] = []
      var found = Set<Int>()
      var people: [(start: Int, entity: Int)] = []
      var peopleEnds: [Int] = []
      // The end of the last person's name: "Batalha" of "Natasha Batalha" is not another.
      var personEnd = 0
      for start in tokens.indices {
        let starting = names.names(in: tokens, from: start)
        // The longest name starting here, written as a name, that is one entity's alone: a
        // person's, or the sentence's first thing that is no person, place or document.
        let written =
          tokens[start].original.first?.isUppercase == true
          || NameScanner.isDomainName(Substring(tokens[start].original))
        if start >= personEnd, written, let longest = starting.max(by: { $0.end < $1.end }),
          longest.entities.count == 1, let entity = longest.entities.first
        {
          let isThing = entities[entity].kind != .place && !entities[entity].isDocument
          // "the Harbor Records archive": a name followed by a common noun names a thing, though
          // its words may read as a person's.
          if isThing, entities[entity].kind != .person {
            nouns += Self.headNouns(
              of: longest.end, start: start, in: tokens, lastWord: !entities[entity].mayBePerson
            ).map { ($0, entity) }
          }
          if entities[entity].mayBePerson {
            // "became the first Chief Justice", "as the first Alamo Keeper": a name after "the"
            // is a role someone held, not a person named. (Not after "a": "an American
            // Soldier … was electrocuted. He …" is someone new.)
            let before = tokens[..<start].filter { $0.original.contains(where: \.isLetter) }
              .suffix(2).map(\.folded)
            // (Not a title before a name: "The Reverend Jane Cole", "the Emperor Napoleon".)
            let role =
              (before.last == "the"
                || (before.count == 2 && before[0] == "the"
                  && (NumberWords.isOrdinal(before[1]) || ["first", "last"].contains(before[1]))))
              && WordNet.english?.isKind(tokens[start].folded, of: "person", senses: 1) != true
            if !role, tokens[start].original.first?.isUppercase == true {
              people.append((start, entity))
              peopleEnds.append(longest.end)
              personEnd = longest.end
            }
          } else if thing == nil, isThing {
            thing = entity
          }
        }
        for name in starting {
          // "us" in running text is the pronoun, not the U.S.
          let word = tokens[start]
          if name.end == start + 1, WordLists.nonNameWords.contains(word.folded),
            !word.original.contains(where: \.isUppercase)
          {
            continue
          }
          found.formUnion(name.entities)
        }
      }
      for index in found.sorted() {
        mentions[entities[index].id, default: []].append(sentence)
      }
      persons.append(people)
      ends.append(peopleEnds)
      things.append(thing)
      described.append(nouns)
    }
    return (mentions, persons, ends, things, described)
  }

  /// The common nouns a later "the …" may call the thing named at `start..<end`: the word
  /// right after the name ("portal" of "the CERN Open Data portal") and the name's own last
  /// word when it has several and `lastWord` ("conservancy" of "Software Freedom Conservancy").
  private static func headNouns(
    of end: Int, start: Int, in tokens: [QuestionToken], lastWord: Bool
  ) -> [String] {
    let isNoun = { (token: QuestionToken) in
      token.folded.count > 2 && token.folded.allSatisfy(\.isLetter)
        && !WordLists.stopWords.contains(token.folded) && WordNet.knows(token.folded, as: .noun)
    }
    var nouns: [String] = []
    if end < tokens.count, tokens[end].original.first?.isLowercase == true, isNoun(tokens[end]) {
      nouns.append(tokens[end].folded)
    }
    if lastWord, end - start > 1, isNoun(tokens[end - 1]) { nouns.append(tokens[end - 1].folded) }
    return nouns
  }

  /// The sentences that mention the entity `id` by name, in document order.
  func mentions(of id: EntityID) -> [Sentence] {
    mentions[id] ?? []
  }

  /// The document with this id.
  func document(_ id: String) -> Document? {
    documentsByID[id].map { documents[$0] }
  }

  /// The position of the document `id` in load order.
  func documentPosition(_ id: String) -> Int {
    documentsByID[id] ?? documents.count
  }

  /// The content stems of each name of `entity`, name by name.
  func nameStems(of entity: Entity) -> [Set<String>] {
    entitiesByID[entity.id].map { entityNameStems[$0] }
      ?? entity.allNames.map(lexicon.contentStems)
  }

  /// The entity with this id.
  func entity(_ id: EntityID) -> Entity? {
    entitiesByID[id].map { entities[$0] }
  }

  /// The facts whose subject is the entity `id`.
  func facts(about id: EntityID) -> [Fact] {
    factIndex.about(id).map { facts[$0] }
  }

  /// Every name and alias docent knows, sorted, for completion.
  public var names: [String] {
    Array(Set(entities.flatMap(\.allNames))).sorted()
  }

  /// The number of facts, curated and extracted.
  public var factCount: Int { facts.count }

  /// The number of entities, curated and extracted.
  public var entityCount: Int { entities.count }

  /// The number of sentences across all documents.
  public var sentenceCount: Int {
    documents.reduce(0) { $0 + $1.sentences.count }
  }

  /// The number of facts citing a sentence of the document `id`.
  func factCount(in id: String) -> Int {
    facts.count { $0.source.document == id }
  }
}
