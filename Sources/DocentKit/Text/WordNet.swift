import Foundation
import Synchronization

/// WordNet 3.0, docent's lexical resource: the base forms of inflected words, the synonyms in
/// a word's most common senses, and the words derived from it.
///
/// The database is the plain-text one Debian's `wordnet-base` installs. Loading maps the
/// files without reading them; each lookup then binary-searches a sorted index or exception
/// list and reads the synset lines it needs by their byte offsets.
struct WordNet: Sendable {
  /// A WordNet part of speech; the raw value names its files (`index.adj`, `data.adj`).
  enum PartOfSpeech: String, CaseIterable, Sendable {
    /// Nouns.
    case noun
    /// Verbs.
    case verb
    /// Adjectives, satellites included.
    case adjective = "adj"
    /// Adverbs.
    case adverb = "adv"

    /// The part of speech a data or index line writes as `code` (`n`, `v`, `a`, `s`, `r`).
    init?(code: Substring) {
      switch code {
      case "n": self = .noun
      case "v": self = .verb
      case "a", "s": self = .adjective
      case "r": self = .adverb
      default: return nil
      }
    }
  }

  /// Where Debian's `wordnet-base` installs the database.
  static let defaultFolder = "/usr/share/wordnet"

  /// WordNet from the default folder, opened on first use; nil when it is not installed.
  static let english: WordNet? = try? WordNet()

  /// Whether English WordNet knows `word`, in any of its forms, as a `partOfSpeech` (any when
  /// nil); false when WordNet is not installed.
  static func knows(_ word: String, as partOfSpeech: PartOfSpeech?) -> Bool {
    english.map { !$0.lemmas(of: word, as: partOfSpeech).isEmpty } ?? false
  }

  /// Whether English WordNet knows `word` in more senses as `partOfSpeech` than as `other`:
  /// "insist" mostly a verb, "uncertainty" mostly a noun.
  static func isMostly(_ word: String, _ partOfSpeech: PartOfSpeech, over other: PartOfSpeech)
    -> Bool
  {
    english.map { $0.senseCount(of: word, as: partOfSpeech) > $0.senseCount(of: word, as: other) }
      ?? false
  }

  /// Whether `word` is a noun's plural form in WordNet ("tools"), not its lemma.
  static func isPluralNoun(_ word: String) -> Bool {
    guard let lemmas = english?.lemmas(of: word, as: .noun) else { return false }
    return !lemmas.isEmpty && !lemmas.contains(word)
  }

  /// Whether `word` is a verb's past form: "worked", or one the verb exception list gives
  /// ("sent", "built", "gave").
  static func isPastForm(_ word: String) -> Bool {
    word.hasSuffix("ed") || english?.exceptionBases(of: word, as: .verb) != nil
  }

  /// The kinds whose words name places: a location, a building, a land form, a body of water.
  static let placeKinds = ["location", "structure", "geological_formation", "body_of_water"]

  /// The sorted `index.POS` files.
  private let indexes: [PartOfSpeech: WordNetFile]
  /// The `data.POS` files.
  private let data: [PartOfSpeech: WordNetFile]
  /// The sorted exception lists (`noun.exc`: `children child`).
  private let exceptionLists: [PartOfSpeech: WordNetFile]
  /// The synsets and index entries read so far: every question looks up the same common words
  /// again, and reading a line costs a binary search and a split.
  let memory = Memory()

  /// The database in `folder`; throws when the folder or one of its files is missing.
  init(folder: String = WordNet.defaultFolder) throws(WordNetError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else { throw .missingFolder(folder) }
    var indexes: [PartOfSpeech: WordNetFile] = [:]
    var data: [PartOfSpeech: WordNetFile] = [:]
    var exceptionLists: [PartOfSpeech: WordNetFile] = [:]
    for partOfSpeech in PartOfSpeech.allCases {
      let suffix = partOfSpeech.rawValue
      indexes[partOfSpeech] = try WordNetFile(path: "\(folder)/index.\(suffix)")
      data[partOfSpeech] = try WordNetFile(path: "\(folder)/data.\(suffix)")
      exceptionLists[partOfSpeech] = try WordNetFile(path: "\(folder)/\(suffix).exc")
    }
    self.indexes = indexes
    self.data = data
    self.exceptionLists = exceptionLists
  }

  /// The synonyms of `lemma` as a `partOfSpeech`: the other lemmas of its first `senses`
  /// synsets, which WordNet orders by frequency, so that rare senses stay out; collocations
  /// read with spaces ("talk terms").
  func synonyms(of lemma: String, as partOfSpeech: PartOfSpeech, senses: Int = 2) -> Set<String> {
    let key = Self.key(lemma)
    var synonyms: Set<String> = []
    for offset in synsetOffsets(of: key, as: partOfSpeech).prefix(senses) {
      guard let synset = synset(at: offset, as: partOfSpeech) else { continue }
      synonyms.formUnion(synset.words.filter { $0 != key }.map(Self.text))
    }
    return synonyms
  }

  /// The verbs that share a sense with the verb `lemma` among its first `senses` senses, where
  /// that sense is also one of their own first `theirSenses`: "provide" for "offer" (its tenth
  /// sense, their fourth), not every verb of a rare sense of both.
  func sharedSenseVerbs(of lemma: String, senses: Int, theirSenses: Int) -> Set<String> {
    let key = Self.key(lemma)
    var found: Set<String> = []
    for offset in synsetOffsets(of: key, as: .verb).prefix(senses) {
      guard let synset = synset(at: offset, as: .verb) else { continue }
      for word in synset.words where word != key {
        if synsetOffsets(of: word, as: .verb).prefix(theirSenses).contains(offset) {
          found.insert(Self.text(word))
        }
      }
    }
    return found
  }

  /// Whether the commonest sense of the noun `word` is a state, a feeling, a motive, a thought
  /// or an act: "safety", "sake", "fear", "work"; not a person or a thing ("children",
  /// "homes"), nor a quality ("size", "age": "strong for its size" compares).
  func namesAbstraction(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 1).contains(where: Self.abstractFiles.contains)
  }

  /// Whether one of the two commonest senses of the noun `word` is an abstraction or a
  /// quality: a kind of thing nobody can point at, which a sentence seldom names as such
  /// ("qualities", "skills", "topics", "problems"; not "books" or "tools").
  func namesKindOfIdea(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 2).contains {
      Self.abstractFiles.contains($0) || $0 == Self.attributeFile
    }
  }

  /// Whether the verb `word` (any form) takes "to" and another verb as its complement in one
  /// of its senses, by WordNet's sentence frames ("Somebody ----s to INFINITIVE", "Somebody
  /// ----s somebody to INFINITIVE"): "want", "force", "try"; not "leave" or "rehabilitate",
  /// whose "to" and verb say what for.
  func takesInfinitive(_ word: String) -> Bool {
    lemmas(of: word, as: .verb).contains { lemma in
      synsetOffsets(of: Self.key(lemma), as: .verb).contains { offset in
        guard let synset = synset(at: offset, as: .verb),
          let number = synset.number(of: Self.key(lemma))
        else { return false }
        return synset.frames.contains {
          Self.infinitiveFrames.contains($0.number) && ($0.word == 0 || $0.word == number)
        }
      }
    }
  }

  /// WordNet's sentence frames whose verb takes an infinitive.
  private static let infinitiveFrames: Set<Int> = [24, 28]

  /// Whether the commonest sense of the noun `word` (any form) is a person or a group, who may
  /// say something: "the council", "critics", "the president".
  func namesSpeaker(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 1).contains { Self.speakerFiles.contains($0) }
  }

  /// Whether the commonest sense of the noun `word` (any form) is a person: "the author", "the
  /// pilot"; not "the council", nor "the griffin" (an imaginary being WordNet files with them).
  func namesPerson(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 1).contains(Self.personFile)
      && isKind(word, of: "person", senses: 1, depth: Self.nameKindDepth, instances: false)
  }

  /// Whether the commonest sense of the noun `word` (any form) is something said or written:
  /// "the recommendations", "the argument".
  func namesWriting(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 1).contains(Self.communicationFile)
  }

  /// `noun.group` (14) and `noun.person` (18); `noun.communication` (10).
  private static let speakerFiles: Set<Int> = [14, 18]
  private static let communicationFile = 10
  private static let personFile = 18

  /// Whether the commonest sense of the noun `word` is an idea of any kind: an abstraction, a
  /// quality, something said, an event or a process ("training", "morale", "letters"); not a
  /// person, a thing made, a place or a substance.
  func namesIdea(_ word: String) -> Bool {
    lexicalFiles(ofNoun: word, senses: 1).contains(where: Self.ideaFiles.contains)
  }

  /// The lexicographer files of the first `senses` senses of the noun `word`, commonest first.
  private func lexicalFiles(ofNoun word: String, senses: Int) -> [Int] {
    guard let lemma = lemmas(of: word, as: .noun).first else { return [] }
    return synsetOffsets(of: Self.key(lemma), as: .noun).prefix(senses).compactMap {
      synset(at: $0, as: .noun)?.lexicalFile
    }
  }

  /// The lexicographer files of abstractions: `noun.act` (4), `noun.cognition` (9),
  /// `noun.feeling` (12), `noun.motive` (16) and `noun.state` (26).
  private static let abstractFiles: Set<Int> = [4, 9, 12, 16, 26]
  /// `noun.attribute`: qualities.
  private static let attributeFile = 7
  /// The abstractions, qualities, `noun.communication` (10), `noun.event` (11) and
  /// `noun.process` (22).
  private static let ideaFiles = abstractFiles.union([attributeFile, 10, 11, 22])

  /// The lemmas of the synsets right above the first `senses` senses of `lemma` (pointer
  /// `@`): "appear" for "show up".
  func hypernyms(of lemma: String, as partOfSpeech: PartOfSpeech, senses: Int = 2) -> Set<String> {
    var words: Set<String> = []
    for offset in synsetOffsets(of: Self.key(lemma), as: partOfSpeech).prefix(senses) {
      for pointer in synset(at: offset, as: partOfSpeech)?.pointers ?? []
      where pointer.symbol == "@" {
        words.formUnion(synset(at: pointer.offset, as: partOfSpeech)?.words.map(Self.text) ?? [])
      }
    }
    return words
  }

  /// The opposites of the adjective `lemma` in its first `senses` senses: the words of the
  /// synsets its antonym pointers (`!`) reach, from its own synset or from the head synset it
  /// is like (`&`), and of the synsets like those: "complicated" and "complex" for "simple",
  /// "optional" for "mandatory".
  func antonyms(ofAdjective lemma: String, senses: Int = 2) -> Set<String> {
    var words: Set<String> = []
    for pointer in headPointers(ofAdjective: lemma, senses: senses, symbol: "!") {
      guard let opposite = self.synset(at: pointer.offset, as: .adjective) else { continue }
      words.formUnion(opposite.words)
      for like in opposite.pointers where like.symbol == "&" {
        words.formUnion(self.synset(at: like.offset, as: .adjective)?.words ?? [])
      }
    }
    return Set(words.map(Self.text))
  }

  /// The nouns of the quality the adjective `lemma` is said of in its first `senses` senses
  /// (pointer `=`, from its own synset or the head synset it is like): "stature" and "height"
  /// for "tall", "weight" for "heavy", "age" for "old".
  func attributes(ofAdjective lemma: String, senses: Int = 2) -> Set<String> {
    let words = headPointers(ofAdjective: lemma, senses: senses, symbol: "=").flatMap {
      self.synset(at: $0.offset, as: .noun)?.words ?? []
    }
    return Set(words.map(Self.text))
  }

  /// The pointers marked `symbol` of the synsets of the adjective `lemma` in its first
  /// `senses` senses, or of the head synsets they are like.
  private func headPointers(ofAdjective lemma: String, senses: Int, symbol: String)
    -> [WordNetSynset.Pointer]
  {
    synsetOffsets(of: Self.key(lemma), as: .adjective).prefix(senses).flatMap { offset in
      adjectiveHeads(at: offset).flatMap { head in
        head.pointers.filter { $0.symbol == symbol }
      }
    }
  }

  /// The verbs WordNet gives as opposite to the verb `lemma` in its first `senses` senses:
  /// "fall" for "rise", "decrease" for "increase". WordNet links verbs word to word, so only the
  /// words the pointers of `lemma` itself name are taken.
  func antonyms(ofVerb lemma: String, senses: Int = 1) -> Set<String> {
    let key = Self.key(lemma)
    var words: Set<String> = []
    for offset in synsetOffsets(of: key, as: .verb).prefix(senses) {
      guard let synset = synset(at: offset, as: .verb),
        let own = synset.words.firstIndex(of: key)
      else { continue }
      for pointer in synset.pointers
      where pointer.symbol == "!" && [0, own + 1].contains(pointer.source) {
        guard let opposite = self.synset(at: pointer.offset, as: .verb) else { continue }
        if opposite.words.indices.contains(pointer.target - 1) {
          words.insert(opposite.words[pointer.target - 1])
        } else {
          words.formUnion(opposite.words)
        }
      }
    }
    return Set(words.map(Self.text))
  }

  /// The adjective synset at `offset` and the head synsets it is like (`&`); none when there
  /// is no synset there.
  private func adjectiveHeads(at offset: Int) -> [WordNetSynset] {
    guard let synset = synset(at: offset, as: .adjective) else { return [] }
    return [synset]
      + synset.pointers.filter { $0.symbol == "&" }.compactMap {
        self.synset(at: $0.offset, as: .adjective)
      }
  }

  /// The adjectives near `lemma` in meaning, in any of its senses: the words of its synsets,
  /// of the head synsets they are like (`&`), and of the synsets those heads refer to (`^`,
  /// "see also"). "big" ("a big day") is like "important", which refers to "significant";
  /// "mechanical" reaches no "electrical".
  func likeAdjectives(of lemma: String) -> Set<String> {
    var words: Set<String> = []
    for offset in synsetOffsets(of: Self.key(lemma), as: .adjective) {
      for head in adjectiveHeads(at: offset) {
        words.formUnion(head.words)
        for pointer in head.pointers where pointer.symbol == "^" {
          words.formUnion(self.synset(at: pointer.offset, as: .adjective)?.words ?? [])
        }
      }
    }
    return Set(words.map(Self.text))
  }

  /// The derivationally related forms of `lemma` in every part of speech and sense (pointer
  /// `+`): "negotiate" gives "negotiation", "negotiator", …; and an adverb's adjective with the
  /// adjective's adverbs (pointer `\` of the adverb): "formally" gives "formal", "formal"
  /// gives "formally".
  func derivations(of lemma: String) -> Set<String> {
    var derivations = related(to: lemma, by: "+", as: PartOfSpeech.allCases)
    derivations.formUnion(related(to: lemma, by: "\\", as: [.adverb]))
    for adverb in Self.adverbs(of: lemma)
    where !synsetOffsets(of: adverb, as: .adverb).isEmpty
      && related(to: adverb, by: "\\", as: [.adverb]).contains(lemma)
    {
      derivations.insert(adverb)
    }
    return derivations
  }

  /// The verbs WordNet derives the noun `noun` from or to, in any sense, the noun's own word
  /// among them: "impact" of "impact", "contribute" of "contribution", "decide" of "decision".
  func verbs(ofNoun noun: String) -> Set<String> {
    related(to: noun, by: "+", as: [.noun], into: .verb, keepingOwn: true)
  }

  /// The places and peoples a proper adjective is of (pointer `\` of the adjective, to a
  /// noun WordNet knows as an instance): "Turkish" gives "turkey", "Syrian" "syria". Not a
  /// common noun ("dental" is of "tooth").
  func namesPertainedTo(byAdjective word: String) -> Set<String> {
    related(to: word, by: "\\", as: [.adjective]) { target in
      target.pointers.contains { $0.symbol == "@i" }
    }
  }

  /// The adverbs an adjective may make, by the usual endings: "formally", "happily",
  /// "simply", "basically".
  private static func adverbs(of adjective: String) -> [String] {
    guard adjective.count > 2, !adjective.contains(" ") else { return [] }
    var forms = [adjective + "ly"]
    if adjective.hasSuffix("y") { forms.append(String(adjective.dropLast()) + "ily") }
    if adjective.hasSuffix("le") { forms.append(String(adjective.dropLast()) + "y") }
    if adjective.hasSuffix("ic") { forms.append(adjective + "ally") }
    return forms
  }

  /// The lemmas that `lemma`'s senses as `partsOfSpeech` point to with `symbol`, in the target
  /// synsets `keeping` keeps.
  private func related(
    to lemma: String, by symbol: String, as partsOfSpeech: [PartOfSpeech],
    into targetPart: PartOfSpeech? = nil, keepingOwn: Bool = false,
    keeping: (WordNetSynset) -> Bool = { _ in true }
  ) -> Set<String> {
    let key = Self.key(lemma)
    var derivations: Set<String> = []
    for partOfSpeech in partsOfSpeech {
      for offset in synsetOffsets(of: key, as: partOfSpeech) {
        guard let synset = synset(at: offset, as: partOfSpeech),
          let number = synset.number(of: key)
        else { continue }
        for pointer in synset.pointers
        where pointer.symbol == symbol && (pointer.source == number || pointer.source == 0)
          && targetPart.map({ pointer.partOfSpeech == $0 }) ?? true
        {
          guard let target = self.synset(at: pointer.offset, as: pointer.partOfSpeech),
            keeping(target)
          else { continue }
          let words = target.words(numbered: pointer.target)
          derivations.formUnion(words.filter { keepingOwn || $0 != key }.map(Self.text))
        }
      }
    }
    return derivations
  }

  /// Whether the noun `word` names a kind of `kind` in one of its first `senses` senses:
  /// `kind` is among its words or those of a synset above it (pointers `@` and `@i`), at most
  /// `depth` steps up. "corporation" is a kind of "organization", "missile" of "rocket"; as
  /// verbs, "fabricate" is a way to "make". When `strictly`, `kind` must be above the word,
  /// not beside it in its own synset ("lead" shares a synset with "take", but is no way of it).
  /// With `kindSenses`, only the first that many senses of `kind` count. Without `instances`,
  /// a sense that is one named thing (pointer `@i`: "Shearer" the dancer) does not count.
  func isKind(
    _ word: String, of kind: String, as partOfSpeech: PartOfSpeech = .noun, senses: Int = 3,
    depth: Int = 8, strictly: Bool = false, kindSenses: Int? = nil, instances: Bool = true
  ) -> Bool {
    let target = Self.key(kind)
    // Only the first senses of the kind, where asked: "Lisbon" is a city, and a country only
    // in the sense of an area.
    let targets = kindSenses.map { Set(synsetOffsets(of: target, as: partOfSpeech).prefix($0)) }
    var layer = lemmas(of: word, as: partOfSpeech).flatMap {
      synsetOffsets(of: Self.key($0), as: partOfSpeech).prefix(senses)
    }
    if !instances {
      layer = layer.filter { offset in
        synset(at: offset, as: partOfSpeech).map { !$0.pointers.contains { $0.symbol == "@i" } }
          ?? false
      }
    }
    var seen = Set(layer)
    for step in 0...depth {
      var next: [Int] = []
      for offset in layer {
        guard let synset = synset(at: offset, as: partOfSpeech) else { continue }
        if targets?.contains(offset) ?? synset.words.contains(target), step > 0 || !strictly {
          return true
        }
        for pointer in synset.pointers
        where (pointer.symbol == "@" || pointer.symbol == "@i")
          && seen.insert(pointer.offset).inserted
        {
          next.append(pointer.offset)
        }
      }
      guard !next.isEmpty else { return false }
      layer = next
    }
    return false
  }

  /// Whether the noun `word`, in some sense, is a kind of person (not one person): a word for
  /// people of a place or a trade ("American", "shearer", whose first sense is the dancer Moira
  /// Shearer), not "Stephen" (the saint).
  func namesKindOfPerson(_ word: String) -> Bool {
    isKind(word, of: "person", senses: .max, depth: Self.nameKindDepth, instances: false)
  }

  /// Whether `name` is a location in one of its first two senses, or one of `words` is in its
  /// first: "Norway", "Kennedy Space Center" (by "center").
  func namesPlace(_ name: String, orAnyOf words: some Sequence<String>) -> Bool {
    isKind(name, of: "location", senses: 2)
      || words.contains { isKind($0, of: "location", senses: 1) }
  }

  /// Whether WordNet knows the noun `name` ("Milky Way", "Galaxy") and none of its senses'
  /// kinds is among `kinds`: a name it does not know may be anything.
  func knows(_ name: String, asNoneOf kinds: [String]) -> Bool {
    !lemmas(of: name, as: .noun).isEmpty
      && !kinds.contains { isKind(name, of: $0, depth: Self.nameKindDepth) }
  }

  /// How far up WordNet looks for what a name is: an instance sits deep ("Harlow Shapley" →
  /// astronomer → … → person).
  static let nameKindDepth = 12

  /// Whether the verbs `first` and `second` (any forms) say nearly the same in one of their
  /// first `senses` senses: they share a synset (all that counts with a `depth` of 0), one is
  /// a kind of the other at most `depth` steps up ("found" is a way to "create"), or both are kinds of one verb that is itself a
  /// kind of something (not of a root such as "change" or "move", under which "die" and "end"
  /// meet).
  func areRelatedVerbs(_ first: String, _ second: String, senses: Int = 4, depth: Int = 3)
    -> Bool
  {
    let own = { (word: String) in
      Set(
        self.lemmas(of: word, as: .verb).flatMap {
          self.synsetOffsets(of: Self.key($0), as: .verb).prefix(senses)
        })
    }
    let (a, b) = (own(first), own(second))
    guard !a.isEmpty, !b.isEmpty else { return false }
    if !a.isDisjoint(with: b) { return true }
    let parents = { (offsets: Set<Int>) in
      Set(
        offsets.flatMap { offset in
          self.synset(at: offset, as: .verb)?.pointers.filter { $0.symbol == "@" }.map(\.offset)
            ?? []
        })
    }
    let above = { (offsets: Set<Int>) in
      var reached = Set<Int>()
      var layer = offsets
      for _ in 0..<depth {
        layer = parents(layer).subtracting(reached)
        reached.formUnion(layer)
      }
      return reached
    }
    guard depth > 0 else { return false }
    if !above(a).isDisjoint(with: b) || !above(b).isDisjoint(with: a) { return true }
    // Siblings under a verb that has a parent of its own.
    return parents(a).intersection(parents(b)).contains { !parents([$0]).isEmpty }
  }

  /// Whether `key` (a lemma with `_` between its words) is in the index of `partOfSpeech`.
  func isLemma(_ key: String, as partOfSpeech: PartOfSpeech) -> Bool {
    indexes[partOfSpeech]?.line(forKey: key) != nil
  }

  /// The byte offsets of the synsets of `key` as a `partOfSpeech`, most frequent sense first.
  ///
  /// An index line reads `lemma pos synset_cnt p_cnt [symbol]… sense_cnt tagsense_cnt
  /// [offset]…`; the offsets are its last `synset_cnt` fields.
  func synsetOffsets(of key: String, as partOfSpeech: PartOfSpeech) -> [Int] {
    memory.offsets(of: key, as: partOfSpeech) {
      guard let line = indexes[partOfSpeech]?.line(forKey: key) else { return [] }
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count > 2, let count = Int(fields[2]), count <= fields.count else { return [] }
      return fields.suffix(count).compactMap { Int($0) }
    }
  }

  /// Whether `word`, in any part of speech, has a lemma with at least `senses` of its senses
  /// met in WordNet's tagged running texts: a common word ("married", "building"), not a rare
  /// one ("whang").
  func isMetInRunningText(_ word: String, senses: Int = 1) -> Bool {
    PartOfSpeech.allCases.contains { partOfSpeech in
      lemmas(of: word, as: partOfSpeech).contains {
        taggedSenses(of: $0, as: partOfSpeech) >= senses
      }
    }
  }

  /// How many of `lemma`'s senses as `partOfSpeech` the semantic concordance tagged in
  /// running text (`tagsense_cnt`): zero for a word seldom met ("mara", "alder").
  func taggedSenses(of lemma: String, as partOfSpeech: PartOfSpeech) -> Int {
    guard let line = indexes[partOfSpeech]?.line(forKey: Self.key(lemma)) else { return 0 }
    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
    guard fields.count > 4, let pointers = Int(fields[3]), fields.count > 5 + pointers,
      let tagged = Int(fields[5 + pointers])
    else { return 0 }
    return tagged
  }

  /// The base forms the exception list of `partOfSpeech` gives the inflected `key`
  /// ("went" → "go"), or nil when it lists no such form.
  func exceptionBases(of key: String, as partOfSpeech: PartOfSpeech) -> [String]? {
    let lines = exceptionLists[partOfSpeech]?.lines(forKey: key) ?? []
    guard !lines.isEmpty else { return nil }
    return lines.flatMap { $0.split(separator: " ").dropFirst().map(String.init) }
  }

  /// The synset at byte `offset` of the data file of `partOfSpeech`.
  func synset(at offset: Int, as partOfSpeech: PartOfSpeech) -> WordNetSynset? {
    memory.synset(at: offset, as: partOfSpeech) {
      data[partOfSpeech]?.line(at: offset).flatMap(WordNetSynset.init(line:))
    }
  }

  /// `word` as the index spells a lemma: lowercased, `_` between its words.
  static func key(_ word: String) -> String {
    // Most words are one word of lower-case ASCII already, their own key: looked up at every
    // load for every word of every document, they skip the Unicode work below.
    if word.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !(0x41...0x5A).contains($0) }) {
      return word
    }
    return word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "_")
  }

  /// A lemma `key` as text: `_` between words turned into spaces.
  static func text(_ key: String) -> String {
    key.contains("_") ? key.replacing("_", with: " ") : key
  }
}

extension WordNet {
  /// What a `WordNet` has read and worked out, shared by its copies and safe to use from every
  /// thread.
  final class Memory: Sendable {
    private let synsets = Mutex<[PartOfSpeech: [Int: WordNetSynset?]]>([:])
    private let offsets = Mutex<[PartOfSpeech: [String: [Int]]]>([:])
    private let lemmaKeys = Mutex<[PartOfSpeech: [String: [String]]]>([:])

    /// The synset at `offset`, read by `read` the first time.
    func synset(
      at offset: Int, as partOfSpeech: PartOfSpeech, read: () -> WordNetSynset?
    ) -> WordNetSynset? {
      Self.remembered(offset, as: partOfSpeech, in: synsets, read)
    }

    /// The synset offsets of `key`, read by `read` the first time.
    func offsets(of key: String, as partOfSpeech: PartOfSpeech, read: () -> [Int]) -> [Int] {
      Self.remembered(key, as: partOfSpeech, in: offsets, read)
    }

    /// The lemma keys of `key`, worked out by `read` the first time.
    func lemmaKeys(of key: String, as partOfSpeech: PartOfSpeech, read: () -> [String])
      -> [String]
    {
      Self.remembered(key, as: partOfSpeech, in: lemmaKeys, read)
    }

    private static func remembered<Key: Hashable & Sendable, Value: Sendable>(
      _ key: Key, as partOfSpeech: PartOfSpeech,
      in table: borrowing Mutex<[PartOfSpeech: [Key: Value]]>,
      _ read: () -> Value
    ) -> Value {
      if let known = table.withLock({ $0[partOfSpeech]?[key] }) { return known }
      let found = read()
      table.withLock { $0[partOfSpeech, default: [:]][key] = found }
      return found
    }
  }
}
