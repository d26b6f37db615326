@testable import DocentKit

/// The clause extractor run over every sentence of a set of documents: how many sentences,
/// clauses, complete clauses and sentences without one, and the time it took.
struct ClauseSurvey: Sendable {
  /// How many sentences were read.
  let sentences: Int
  /// How many clauses they gave.
  let clauses: Int
  /// How many clauses have a subject, a predicate, and an object or complement.
  let complete: Int
  /// How many sentences gave no clause at all.
  let withoutClause: Int
  /// The time parsing and extracting took together.
  let elapsed: Duration
  /// Every clause found, in document and sentence order.
  let found: [Clause]
  /// How many modifiers of each kind the clauses carry.
  let modifierCounts: [Modifier.Kind: Int]
  /// How many prepositional arguments the clauses carry.
  let arguments: Int

  /// Parses every sentence of `documents` with `parser` and extracts its clauses, one sentence
  /// after another on the calling thread.
  init(documents: [Document], parser: LinkParser) {
    let clock = ContinuousClock()
    var found: [Clause] = []
    var sentences = 0
    var withoutClause = 0
    let elapsed = clock.measure {
      for document in documents {
        for sentence in document.sentences {
          sentences += 1
          let clauses =
            parser.parse(sentence.text).map {
              ClauseExtractor.clauses(of: sentence, linkage: $0)
            } ?? []
          if clauses.isEmpty { withoutClause += 1 }
          found += clauses
        }
      }
    }
    self.sentences = sentences
    self.clauses = found.count
    self.complete =
      found.filter { $0.subject != nil && (!$0.objects.isEmpty || $0.complement != nil) }.count
    self.withoutClause = withoutClause
    self.elapsed = elapsed
    self.found = found
    self.modifierCounts = found.flatMap(\.modifiers).reduce(into: [:]) {
      $0[$1.kind, default: 0] += 1
    }
    self.arguments = found.map(\.arguments.count).reduce(0, +)
  }

  /// The modifier kinds in the order a report lists them.
  static let kindOrder: [Modifier.Kind] = [
    .time, .place, .reason, .purpose, .manner, .quantity, .condition,
  ]

  /// One line for a report.
  var summary: String {
    let (seconds, attoseconds) = elapsed.components
    let milliseconds = (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded()
    return
      "\(sentences) sentences, \(clauses) clauses, \(complete) with subject, predicate and "
      + "object or complement, \(withoutClause) sentences without a clause; \(Int(milliseconds)) ms"
      + "; modifiers: "
      + Self.kindOrder.map { "\($0) \(modifierCounts[$0] ?? 0)" }.joined(separator: ", ")
      + "; arguments \(arguments)"
  }
}
