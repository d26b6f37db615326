import Foundation

/// The clauses of every sentence, indexed by the content words of their predicates and roles, so
/// that a question looks up only the clauses that can answer it.
struct ClauseIndex: Sendable, Codable {
  /// Every clause, documents in load order, sentences in order.
  let clauses: [Clause]
  /// The canonical content stems of each clause: its predicate and every phrase, by clause.
  let stems: [Set<String>]
  /// The canonical content stems of each clause's verb as written, by clause.
  let predicateStems: [Set<String>]
  private let byStem: [String: [Int]]
  private let bySentence: [SentenceKey: [Int]]

  /// A sentence as a key: its document and number.
  private struct SentenceKey: Hashable, Codable {
    let document: String
    let sentence: Int
  }

  /// Indexes `clauses`, comparing words as `lexicon` does.
  init(_ clauses: [Clause] = [], lexicon: Lexicon) {
    self.clauses = clauses
    var stems: [Set<String>] = []
    var predicateStems: [Set<String>] = []
    var byStem: [String: [Int]] = [:]
    var bySentence: [SentenceKey: [Int]] = [:]
    stems.reserveCapacity(clauses.count)
    for (index, clause) in clauses.enumerated() {
      let predicate = Self.predicateStems(of: clause, lexicon: lexicon)
      let words = lexicon.contentStems(clause.phrases.map(\.text).joined(separator: " "))
      let all = predicate.union(words)
      stems.append(all)
      predicateStems.append(predicate)
      for stem in all { byStem[stem, default: []].append(index) }
      bySentence[
        SentenceKey(document: clause.citation.document, sentence: clause.citation.sentence),
        default: []
      ].append(index)
    }
    self.stems = stems
    self.predicateStems = predicateStems
    self.byStem = byStem
    self.bySentence = bySentence
  }

  /// The positions of the clauses of one sentence, in order.
  func clauses(of sentence: Sentence) -> [Int] {
    bySentence[SentenceKey(document: sentence.document, sentence: sentence.number)] ?? []
  }

  /// Where the one clause of `sentence` that holds most of `stems` stands, as UTF-8 offsets
  /// from its first phrase to its last; nil when no clause holds any, or two hold as many.
  func extent(in sentence: Sentence, holdingMost stems: Set<String>) -> Range<Int>? {
    let positions = clauses(of: sentence)
    let held = positions.map { self.stems[$0].intersection(stems).count }
    guard let most = held.max(), most > 0, held.count(where: { $0 == most }) == 1,
      let best = held.firstIndex(of: most)
    else { return nil }
    let clause = clauses[positions[best]]
    let ranges = [clause.predicate.utf8Range] + clause.phrases.map(\.utf8Range)
    guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max()
    else { return nil }
    return lower..<upper
  }

  /// The stems of `clause`'s verb as written, stemmed as question words are ("founded" →
  /// "found", never the past of "find"), with the rest of an idiom's lemma ("part" of "take
  /// part").
  static func predicateStems(of clause: Clause, lexicon: Lexicon) -> Set<String> {
    let idiom = clause.predicate.lemma.split(separator: " ").dropFirst().joined(separator: " ")
    return lexicon.contentStems(clause.predicate.verb + " " + idiom)
  }

  /// How many clauses hold `stem`.
  func frequency(of stem: String) -> Int { byStem[stem]?.count ?? 0 }

  /// How much a word tells about a clause that holds it: the rarer among the clauses, the more
  /// (inverse document frequency, counted over clauses).
  func weight(of stem: String) -> Double {
    log((Double(clauses.count) + 1) / (Double(frequency(of: stem)) + 0.5))
  }

  /// The clauses that hold `stem`, in order.
  func holding(_ stem: String) -> [Int] { byStem[stem] ?? [] }

  /// The clauses that hold at least one stem of `stems`, each with how many of them it holds.
  func sharing(_ stems: Set<String>) -> [Int: Int] {
    var hits: [Int: Int] = [:]
    for stem in stems {
      for clause in byStem[stem] ?? [] { hits[clause, default: 0] += 1 }
    }
    return hits
  }
}

extension Clause {
  /// Every phrase of the clause: subject, objects, complement, arguments, modifiers, attribution.
  var phrases: [Phrase] {
    [subject, complement, attribution].compactMap { $0 } + objects + arguments.map(\.phrase)
      + modifiers.map(\.phrase)
  }

  /// Whether the clause's subject is no one: "Nobody signed", "Neither Ann nor Bob attended"
  /// (the parser gives Ann and Bob a clause each).
  var deniesItsSubject: Bool {
    guard let subject else { return false }
    let before = citation.text.utf8.prefix(subject.utf8Range.lowerBound)
    let last = String(decoding: before, as: UTF8.self).split(separator: " ").last
    let words = subject.text.lowercased().split(separator: " ").map(String.init)
    // Not "No fewer than 500 delegates", "No more than ten people".
    let bounded = words.count > 1 && ClauseExtractor.boundWords.contains(words[1])
    return (Self.noOneOpeners.contains(words.first ?? "") && !bounded)
      || ["neither", "nor"].contains(last?.lowercased())
  }

  /// The first words of a subject that is no one.
  private static let noOneOpeners: Set<String> = [
    "nobody", "no", "none", "nothing", "neither", "no-one",
  ]

  /// Whether the clause says its deed did not happen: its verb is denied ("was not built by
  /// the Romans") or its subject is no one.
  var isDenied: Bool { predicate.isNegated || deniesItsSubject }
}
