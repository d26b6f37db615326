/// The verb of a clause and what its auxiliaries and adverbs say about it.
struct Predicate: Hashable, Sendable, Codable {
  /// When the clause says a thing happens, as its verb group shows it.
  enum Tense: UInt8, Hashable, Sendable, Codable {
    /// A past form leads the verb group: "expelled", "was submitted", "had to act".
    case past
    /// A present form, a bare modal ("would", "could"), or no finite verb at all.
    case present
    /// "will" or "shall" leads the verb group.
    case future
  }

  /// Whether the subject acts or is acted on.
  enum Voice: UInt8, Hashable, Sendable, Codable {
    /// "Hamas expelled the PA".
    case active
    /// "The resolution was submitted", "the resolution, submitted by …".
    case passive
  }

  /// The main verb's lemma, with the rest of an idiom it heads: `submit`, `take part`, `be`.
  let lemma: String
  /// The main verb as written: "submitted".
  let verb: String
  /// Where the main verb stands in the sentence, as UTF-8 byte offsets.
  let utf8Range: Range<Int>
  /// The tense of the verb group.
  let tense: Tense
  /// Active or passive.
  let voice: Voice
  /// The negating words, as written ("not", "never", "n’t", "no longer"); empty when the clause
  /// is not negated.
  let negation: [String]
  /// The modal of the verb group, lowercased ("would", "could", "will", "had to"); nil if none.
  let modality: String?
  /// What hedges the clause, as written ("reportedly", "appear to", "is expected to", "It remains
  /// unclear whether").
  let hedges: [String]

  /// Whether the clause is negated.
  var isNegated: Bool { !negation.isEmpty }
}
