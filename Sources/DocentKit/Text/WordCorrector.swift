import Synchronization

/// Corrects misspelt words that are not names ("lanch", "goverment", "whta") to a word docent
/// knows: one of the documents or of the question grammar.
///
/// A word is taken as a typo only when neither the documents, nor the grammar, nor WordNet know
/// it; it is corrected only to the one known word nearest to it (a second word as near leaves it
/// alone), found through an index of deletions, so a lookup costs about the word's length, not
/// the vocabulary's size (SymSpell's method). A typo near no known word may still be the one
/// common word of English it is a slip of (`englishSlip`: "recieved").
struct WordCorrector: Sendable, Codable {
  /// The known words, lower case, with how often the documents and grammar use them.
  private let counts: [String: Int]
  /// The index of deletions, built when a word first needs correcting: most runs never
  /// meet a typo, and building it is most of what a corrector costs.
  private let index: LazyIndex

  /// The known words that have deletion variants, by position, and each one's variants with
  /// one or two letters deleted, by a 64-bit hash of the variant, to the word they come from:
  /// its position in `indexed`, or, for a variant that several words share, `-1 - n` for the
  /// list `shared[n]`. Kept as numbers, not strings: the index holds dozens of variants a
  /// word, and names make up most of a corpus's words. (Two variants with the same hash only
  /// add a candidate; candidates are checked by their edit distance.)
  private struct Index: Sendable {
    var indexed: [String] = []
    var deletions: [UInt64: Int32] = [:]
    var shared: [[Int32]] = []
    /// Every known word, its other forms included.
    private(set) var known: Set<String> = []

    func knows(_ word: String) -> Bool { known.contains(word) }

    init(counts: [String: Int], inflecting: Bool) {
      // "devlops" is meant as "develops", though the documents write only "developed": the
      // other forms of each word, where English has them, are known too.
      var known = Set(counts.keys)
      if inflecting {
        for word in counts.keys {
          let stem = Stemmer.stem(word)
          for ending in WordCorrector.endings where !known.contains(stem + ending) {
            if WordCorrector.isEnglish(stem + ending) { known.insert(stem + ending) }
          }
        }
      }
      self.known = known
      indexed = known.filter {
        (WordCorrector.minimumLength - 1)...WordCorrector.maximumLength ~= $0.count
      }
      .sorted()
      for (position, word) in indexed.enumerated() {
        let number = Int32(position)
        for variant in WordCorrector.variants(of: word, depth: 2) {
          let key = WordCorrector.key(variant)
          guard let found = deletions[key] else {
            deletions[key] = number
            continue
          }
          if found >= 0 {
            deletions[key] = -1 - Int32(shared.count)
            shared.append([found, number])
          } else {
            shared[Int(-1 - found)].append(number)
          }
        }
      }
    }

    /// The words whose deletion variants include `variant`.
    func words(deleting variant: String) -> [String] {
      guard let found = deletions[WordCorrector.key(variant)] else { return [] }
      return found >= 0
        ? [indexed[Int(found)]] : shared[Int(-1 - found)].map { indexed[Int($0)] }
    }
  }

  /// The index, built once, by the first thread that needs it, for every copy of the corrector.
  private final class LazyIndex: Sendable {
    private let built = Mutex<Index?>(nil)

    func value(counts: [String: Int], inflecting: Bool) -> Index {
      built.withLock { built in
        if let built { return built }
        let index = Index(counts: counts, inflecting: inflecting)
        built = index
        return index
      }
    }
  }

  /// The shortest word that is ever corrected: shorter ones have too many near neighbours.
  static let minimumLength = 4
  /// The longest word that is ever corrected or corrected to (the index holds every variant with
  /// two letters deleted, which grows with the cube of a word's length); no English word a
  /// person types is longer.
  static let maximumLength = 30

  /// The endings that make a word's other forms from its stem: "develop" and "develops",
  /// "developing", "developed".
  fileprivate static let endings = ["", "s", "es", "ed", "d", "ing", "e"]

  /// Whether the words' other forms are known too (lower-case words, not names).
  private let inflecting: Bool

  /// A corrector to `words`, each occurrence counted; with `inflecting`, to their other forms
  /// too, counted as never written.
  init(words: some Sequence<String>, inflecting: Bool = false) {
    self.inflecting = inflecting
    var counts: [String: Int] = [:]
    for word in words where word.count >= 2 && word.allSatisfy(\.isLetter) {
      counts[word, default: 0] += 1
    }
    self.counts = counts
    self.index = LazyIndex()
  }

  private enum CodingKeys: CodingKey { case counts, inflecting }

  /// A corrector read back from the compiled knowledge: its words, and its index to build when
  /// first needed, as a new one's.
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    counts = try container.decode([String: Int].self, forKey: .counts)
    inflecting = try container.decode(Bool.self, forKey: .inflecting)
    index = LazyIndex()
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(counts, forKey: .counts)
    try container.encode(inflecting, forKey: .inflecting)
  }

  /// Whether `word` (lower case) is one of the corrector's words as written.
  func isWritten(_ word: String) -> Bool { counts[word] != nil }

  fileprivate static func key(_ variant: String) -> UInt64 {
    var hash = ContentHash()
    hash.add(bytesOf: variant)
    return hash.value
  }

  /// Whether `word` is English as the answerer asks: a function word, or a lemma WordNet
  /// knows (in any of its inflections).
  static func isEnglish(_ word: String) -> Bool {
    WordLists.stopWords.contains(word)
      || WordNet.knows(word, as: nil)
  }

  /// The known word `word` is a typo of, or nil when it is known, too short, not all letters, a
  /// word of English (`isEnglish`), near no known word or several equally near ones, or, when
  /// no near known word is a slip of typing, a slip of a common word of English ("maried"):
  /// with `english`, that word, when it slips from one only.
  func correction(
    for word: String, isEnglish: (String) -> Bool, english: Bool = false
  ) -> String? {
    guard (Self.minimumLength...Self.maximumLength + 2).contains(word.count),
      word.allSatisfy(\.isLetter), counts[word] == nil,
      !isEnglish(word)
    else { return nil }
    let limit = word.count >= 8 ? 2 : 1
    var candidates = Set<String>()
    let index = index.value(counts: counts, inflecting: inflecting)
    for variant in [word] + Self.variants(of: word, depth: limit) {
      candidates.formUnion(index.words(deleting: variant))
      if index.knows(variant) { candidates.insert(variant) }
    }
    let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit }
    guard let best = scored.map(\.1).min() else { return nil }
    var nearest = scored.filter { $0.1 == best }.map(\.0)
    // Equally near words: a letter left out, one typed twice or two swapped, the commonest
    // slips of typing, before a letter typed for another ("wher" is "where" rather than "when",
    // "replly" is "reply" rather than "really").
    let slips = nearest.filter { Self.isSlip(of: word, for: $0) }
    if !slips.isEmpty {
      nearest = slips
    } else if case let slipsFrom = Self.englishSlips(of: word, rare: best > 1), !slipsFrom.isEmpty {
      // "maried" is "married", a common word of English the documents do not use, before it
      // is the "marked" they do: a letter left out is likelier than one typed for another.
      // Two letters from the nearest word of the documents, so is a word met less often:
      // "capabilty" is "capability", not the "capacity" the documents use.
      return english && slipsFrom.count == 1 ? slipsFrom.first : nil
    }
    // Then the more common one, when it is clearly more common or the same word in another
    // form ("exoplanest": "exoplanets" or "exoplanet").
    let ranked = nearest.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
    guard let first = ranked.first else { return nil }
    if ranked.count > 1, (counts[ranked[1]] ?? 0) * 3 > (counts[first] ?? 0),
      Set(ranked.map(Stemmer.stem)).count > 1
    {
      return nil
    }
    return first
  }

  /// How many of a word's WordNet senses must be met in WordNet's tagged running texts for it
  /// to be a common word: "married" has enough, "whang" none and "Texan" one.
  private static let commonTaggedSenses = 2

  /// The shortest typo checked for being a common word with a letter left out: a short one
  /// ("fron") is as often a slip of some word ("front") as of the word meant ("from").
  private static let minimumSlipCheckLength = 6

  /// The common word of English `word` is a slip of, when it is a typo (all letters, no word of
  /// English) near no word the documents know: "recieved" is "received"; failing that, the one
  /// word of English, however seldom met, a long typo slips from ("relocatng"). Nil when it slips
  /// from several ("plaing": "playing" or "placing") or from none.
  static func englishSlip(_ word: String) -> String? {
    guard word.allSatisfy(\.isLetter), !isEnglish(word) else { return nil }
    let slips = englishSlips(of: word, rare: true)
    return slips.count == 1 ? slips.first : nil
  }

  /// The common words of English `word` slips from; with `rare`, failing those, the words of
  /// English seldom met it slips from.
  private static func englishSlips(of word: String, rare: Bool) -> Set<String> {
    let common = commonEnglish(slippedAs: word)
    return common.isEmpty && rare ? knownEnglish(slippedAs: word) : common
  }

  /// The shortest typo checked for being any word of English with a letter left out: shorter
  /// ones slip as easily from words seldom met as from the word meant.
  private static let minimumRareSlipLength = 8

  /// The words of English WordNet knows, in any form, that `typed` is with one letter left out
  /// or two letters swapped, common or not: "relocatng" of "relocating". None when it is
  /// shorter than `minimumRareSlipLength`.
  private static func knownEnglish(slippedAs typed: String) -> Set<String> {
    guard typed.count >= Self.minimumRareSlipLength else { return [] }
    return slips(of: typed, where: { WordNet.knows($0, as: nil) })
  }

  /// The common words of English `typed` is with one letter left out or two letters swapped:
  /// words WordNet meets in running text ("married" of "maried", not "whang" of "whan"). None
  /// when it is shorter than `minimumSlipCheckLength`.
  private static func commonEnglish(slippedAs typed: String) -> Set<String> {
    guard typed.count >= Self.minimumSlipCheckLength, let wordNet = WordNet.english else {
      return []
    }
    return slips(of: typed) { wordNet.isMetInRunningText($0, senses: Self.commonTaggedSenses) }
  }

  /// The words `isWord` takes that `typed` is with one letter left out or two letters swapped.
  private static func slips(of typed: String, where isWord: (String) -> Bool) -> Set<String> {
    let letters = Array(typed)
    var found: Set<String> = []
    for position in 0...letters.count {
      for letter in "abcdefghijklmnopqrstuvwxyz" {
        var longer = letters
        longer.insert(letter, at: position)
        if isWord(String(longer)) { found.insert(String(longer)) }
      }
    }
    for position in letters.indices.dropLast() where letters[position] != letters[position + 1] {
      var swapped = letters
      swapped.swapAt(position, position + 1)
      if isWord(String(swapped)) { found.insert(String(swapped)) }
    }
    return found
  }

  /// Whether `typed` is `word` with letters left out, with letters typed twice ("replly"), or
  /// with its letters in another order; or with a letter left out and two letters swapped
  /// ("prisnors" of "prisoners", not of "prisons").
  private static func isSlip(of typed: String, for word: String) -> Bool {
    if typed.count == word.count { return typed.sorted() == word.sorted() }
    if typed.count > word.count { return isDoubling(of: word, in: typed) }
    if isSubsequence(typed, of: word) { return true }
    let letters = Array(typed)
    return letters.indices.dropLast().contains { position in
      guard letters[position] != letters[position + 1] else { return false }
      var swapped = letters
      swapped.swapAt(position, position + 1)
      return isSubsequence(String(swapped), of: word)
    }
  }

  /// Whether `typed` is `word` with some of its letters typed twice: "replly" of "reply".
  private static func isDoubling(of word: String, in typed: String) -> Bool {
    let typed = Array(typed)
    var rest = Substring(word)
    for (position, letter) in typed.enumerated() {
      if rest.first == letter {
        rest.removeFirst()
      } else if position == 0 || typed[position - 1] != letter {
        return false
      }
    }
    return rest.isEmpty
  }

  /// Whether the letters of `short` appear in `long` in order.
  private static func isSubsequence(_ short: String, of long: String) -> Bool {
    var rest = Substring(short)
    for letter in long where rest.first == letter { rest.removeFirst() }
    return rest.isEmpty
  }

  /// `word` with one letter deleted, and (at depth 2) with two.
  fileprivate static func variants(of word: String, depth: Int) -> [String] {
    var found = Set<String>()
    var layer = [word]
    for _ in 0..<depth {
      var next: [String] = []
      for item in layer where item.count > 1 {
        let letters = Array(item)
        for index in letters.indices {
          var shorter = letters
          shorter.remove(at: index)
          let variant = String(shorter)
          if found.insert(variant).inserted { next.append(variant) }
        }
      }
      layer = next
    }
    return Array(found)
  }
}
