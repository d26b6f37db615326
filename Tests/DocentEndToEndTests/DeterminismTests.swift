import Foundation
import Testing

/// The questions of every evaluation set (`Tests/Evaluation/*.tsv` but the floor file), in file
/// order: the second field of each row after the header.
private func evaluationQuestions() throws -> [String] {
  let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
  let sets = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".tsv") && $0 != "floors.tsv" }.sorted()
  return try sets.flatMap { name in
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return text.components(separatedBy: "\n").dropFirst().compactMap { row -> String? in
      let fields = row.components(separatedBy: "\t")
      guard fields.count > 1, !fields[1].trimmingCharacters(in: .whitespaces).isEmpty else {
        return nil
      }
      return fields[1]
    }
  }
}

/// Swift seeds its hashing afresh in every process, so a reply that depends on the order of a
/// `Set` or a `Dictionary` differs between two runs of the binary (never between two calls in
/// one test process). `runDocent` starts each run from a clean environment, so
/// `SWIFT_DETERMINISTIC_HASHING` is not set and each run gets its own seed.
@Suite struct DeterminismTests {
  @Test func twoRunsOverTheSameQuestionsPrintTheSameBytes() throws {
    let questions = try evaluationQuestions()
    try #require(questions.count > 100, "the evaluation sets should give the questions")
    let inputs = questions + [":sources"]
    let input = Data((inputs.joined(separator: "\n") + "\n").utf8)
    let first = try runDocent(["--format", "json"], input: input)
    let second = try runDocent(["--format", "json"], input: input)
    for run in [first, second] {
      #expect(run.status == 0)
      #expect(run.stderr == "")
      #expect(run.lines.count == inputs.count, "one JSON reply per input")
    }
    let identical = first.stdout.utf8.elementsEqual(second.stdout.utf8)
    #expect(identical, "the two runs printed different bytes")
    if let index = zip(first.lines, second.lines).enumerated().first(where: { $1.0 != $1.1 })?
      .offset
    {
      Issue.record(
        "first difference, for “\(inputs[index])”:\n\(first.lines[index])\n\(second.lines[index])")
    }
  }
}
