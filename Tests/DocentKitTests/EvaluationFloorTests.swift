import Foundation
import Synchronization
import Testing

@testable import DocentKit

/// The folder of the evaluation sets and of their floor file.
private let evaluationFolder = packageRoot.appendingPathComponent("Tests/Evaluation")

/// The floor file, named in messages as it is in the repository.
private let floorFile = "Tests/Evaluation/floors.tsv"

/// The evaluation sets: every `*.tsv` of `Tests/Evaluation` but the floor file, by file name.
/// The sets, as paths relative to `Tests/Evaluation`: its own `*.tsv` files, asked of the
/// bundled knowledge, and those of each subfolder that holds a `Knowledge/` folder of its own
/// (`Uncurated/`: real texts no one curated), asked of that.
private let evaluationSets: [String] = {
  let manager = FileManager.default
  let top = ((try? manager.contentsOfDirectory(atPath: evaluationFolder.path)) ?? []).sorted()
  var sets = top.filter { $0.hasSuffix(".tsv") && $0 != "floors.tsv" }
  for folder in top where manager.fileExists(atPath: knowledgeFolder(of: folder + "/x").path) {
    let inner = evaluationFolder.appendingPathComponent(folder).path
    sets += ((try? manager.contentsOfDirectory(atPath: inner)) ?? []).sorted()
      .filter { $0.hasSuffix(".tsv") }.map { folder + "/" + $0 }
  }
  return sets
}()

/// The knowledge folder beside a set in a subfolder (`Uncurated/Knowledge`).
private func knowledgeFolder(of set: String) -> URL {
  evaluationFolder.appendingPathComponent(set).deletingLastPathComponent()
    .appendingPathComponent("Knowledge")
}

/// Uncurated knowledge folders, loaded once each.
private let subfolderKnowledge = Mutex<[String: LoadedKnowledge]>([:])

/// The knowledge a set is asked of: its subfolder's, or the bundled one.
private func knowledge(for set: String) throws -> LoadedKnowledge {
  guard set.contains("/") else { return try bundledKnowledge() }
  let path = knowledgeFolder(of: set).path
  if let loaded = subfolderKnowledge.withLock({ $0[path] }) { return loaded }
  let loaded = try KnowledgeLoader.load(from: path)
  subfolderKnowledge.withLock { $0[path] = loaded }
  return loaded
}

/// What one evaluation set must score at least.
private struct Floor {
  /// The lowest precision allowed, in percent of the answers given.
  let precision: Double
  /// The fewest right outcomes allowed: right answers and right refusals.
  let right: Int
}

/// The floor file is malformed; the description names every bad line.
private struct FloorFileProblems: Error, CustomStringConvertible {
  let problems: [String]
  var description: String { problems.joined(separator: "\n") }
}

/// The floors by set, read from `floors.tsv`: `#` comments, the header `set min_precision
/// min_right`, then one tab-separated row per set. Throws when a row is malformed, repeats a
/// set or names a set that is not in `Tests/Evaluation`.
private func floors() throws -> [String: Floor] {
  let text = try String(
    contentsOf: evaluationFolder.appendingPathComponent("floors.tsv"), encoding: .utf8)
  var floors: [String: Floor] = [:]
  var problems: [String] = []
  var sawHeader = false
  for (index, line) in text.components(separatedBy: "\n").enumerated() {
    let at = "\(floorFile):\(index + 1)"
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else {
      continue
    }
    let fields = line.components(separatedBy: "\t")
    guard sawHeader else {
      sawHeader = true
      if fields != ["set", "min_precision", "min_right"] {
        problems.append("\(at): the header should be `set<TAB>min_precision<TAB>min_right`")
      }
      continue
    }
    guard fields.count == 3 else {
      problems.append("\(at): \(fields.count) fields; a row is `set<TAB>precision<TAB>right`")
      continue
    }
    let set = fields[0]
    guard let precision = Double(fields[1]), (0...100).contains(precision) else {
      problems.append("\(at): the precision '\(fields[1])' is not a percentage from 0 to 100")
      continue
    }
    guard let right = Int(fields[2]), right >= 0 else {
      problems.append("\(at): the right count '\(fields[2])' is not a whole number")
      continue
    }
    guard evaluationSets.contains(set) else {
      problems.append("\(at): no evaluation set '\(set)' in Tests/Evaluation")
      continue
    }
    guard floors[set] == nil else {
      problems.append("\(at): a second row for '\(set)'")
      continue
    }
    floors[set] = Floor(precision: precision, right: right)
  }
  if !sawHeader { problems.append("\(floorFile): no header and no rows") }
  guard problems.isEmpty else { throw FloorFileProblems(problems: problems) }
  return floors
}

/// Every evaluation set scores at least the floors recorded for it in `floors.tsv`.
@Suite struct EvaluationFloorTests {
  @Test func evaluationSetsAreFound() {
    #expect(!evaluationSets.isEmpty, "zero evaluation sets is a failure, not a pass")
  }

  @Test(arguments: evaluationSets)
  func scoresAtLeastItsFloors(_ set: String) throws {
    let floor = try #require(try floors()[set], "\(floorFile) has no row for '\(set)'")
    let text = try String(
      contentsOf: evaluationFolder.appendingPathComponent(set), encoding: .utf8)
    let cases = try Evaluation.cases(fromTSV: text, path: set)
    try #require(!cases.isEmpty, "\(set) has no questions")
    let results = Evaluation(cases: cases, knowledge: try knowledge(for: set)).results
    let answered = results.count { $0.1.status == .answered }
    let wrong = results.count { $0.2 == .wrong }
    let right = results.count { $0.2 == .right || $0.2 == .rightRefusal }
    // A set with no answer given has no precision to hold: its floor is 0 until docent answers
    // one of its questions (Blind51's outside-employment policy at its first run), and a set
    // that stops answering falls below its floor of right answers.
    if answered > 0 || floor.precision > 0 {
      try #require(answered > 0, "\(set): no question was answered, so precision is undefined")
      let precision = Double(answered - wrong) / Double(answered) * 100
      let measured = String(format: "%.1f", precision)
      #expect(
        precision >= floor.precision,
        "\(set): precision \(measured)% (\(wrong) wrong of \(answered) answers) is below its floor \(floor.precision)%"
      )
    }
    #expect(
      right >= floor.right,
      "\(set): \(right) of \(results.count) right is below its floor of \(floor.right)")
  }
}
