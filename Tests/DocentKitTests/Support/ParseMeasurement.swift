@testable import DocentKit

/// How the parser did on a set of sentences: time taken and how many got a complete linkage.
struct ParseMeasurement: Sendable {
  /// How many sentences were parsed.
  let sentences: Int
  /// How many got a linkage with every word linked.
  let complete: Int
  /// How many got only a linkage with null links (some words left out).
  let partial: Int
  /// How many got no linkage at all.
  let unparsed: Int
  /// The time all the parses took together.
  let total: Duration
  /// The longest single parse.
  let slowest: Duration

  /// The mean time per sentence.
  var perSentence: Duration {
    sentences == 0 ? .zero : total / sentences
  }

  /// Parses each of `sentences` with `parser`, one after another on the calling thread.
  init(parsing sentences: [String], with parser: LinkParser) {
    let clock = ContinuousClock()
    var complete = 0
    var partial = 0
    var total = Duration.zero
    var slowest = Duration.zero
    for sentence in sentences {
      var linkage: Linkage?
      let elapsed = clock.measure { linkage = parser.parse(sentence) }
      total += elapsed
      slowest = max(slowest, elapsed)
      if let linkage {
        if linkage.isComplete { complete += 1 } else { partial += 1 }
      }
    }
    self.sentences = sentences.count
    self.complete = complete
    self.partial = partial
    self.unparsed = sentences.count - complete - partial
    self.total = total
    self.slowest = slowest
  }

  /// One line for a report: the counts, and the times in milliseconds to a tenth.
  var summary: String {
    let milliseconds = { (duration: Duration) in
      let (seconds, attoseconds) = duration.components
      return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
    let format = { (value: Double) in (value * 10).rounded() / 10 }
    return
      "\(sentences) sentences: \(complete) complete, \(partial) with null links, "
      + "\(unparsed) unparsed; \(format(milliseconds(total))) ms in all, "
      + "\(format(milliseconds(perSentence))) ms each, slowest \(format(milliseconds(slowest))) ms"
  }
}
