import Foundation
import Testing

/// `docent benchmark` with the built binary on a tiny corpus: both sides run, and the table
/// says how many each answered from the right sentence. Nothing here is timed.
@Suite struct BenchmarkCommandTests {
  @Test func bothSidesRunAndAreScored() throws {
    let run = try runDocent(["benchmark", "--documents", "2", "--questions", "12", "--rounds", "1"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.lines.contains { $0.hasPrefix("2 documents, 80 sentences, ") }, "\(run.stdout)")
    for measure in [
      "start to first answer", "questions a second", "latency p50", "latency p99",
      "peak memory / corpus text",
    ] {
      #expect(run.lines.contains { $0.hasPrefix(measure) }, "\(measure)")
    }
    let scored = run.lines.first { $0.hasPrefix("answered from the right sentence") }
    let counts = scored?.split(separator: " ").compactMap { Int($0) } ?? []
    // docent's right answers, of 12, then the peer's, of 12.
    #expect(counts.count == 4, "\(scored ?? "")")
    #expect(counts.count == 4 && counts[1] == 12 && counts[3] == 12)
    #expect(counts.first.map { $0 > 0 } == true)
  }

  @Test func badSizesAreRefused() throws {
    let run = try runDocent(["benchmark", "--documents", "0"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("--documents"))
  }
}
