import Foundation
import Testing

@testable import DocentKit

/// Prints the linkage of every line of the file named by `CLAUSE_DUMP`, for reading parses by
/// hand; does nothing when the variable is not set.
@Suite struct ClauseDumpTests {
  @Test func dumpLinkages() throws {
    guard let path = ProcessInfo.processInfo.environment["CLAUSE_DUMP"] else { return }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    for line in lines {
      let sentence = String(line)
      guard let parse = englishParser.parse(sentence) else {
        print("NO PARSE: \(sentence)")
        continue
      }
      print("== \(sentence)  [nulls \(parse.nullCount)]")
      let words = parse.words.enumerated().map { index, word in
        "\(index):\(word.spelling)\(word.dictionarySubscript.map { "." + $0 } ?? "")"
      }
      print(words.joined(separator: " "))
      print(parse.links.map { "\($0.left)-\($0.label)-\($0.right)" }.joined(separator: " "))
      let clause = Sentence(document: "dump", number: 1, text: sentence, heading: nil)
      for found in ClauseExtractor.clauses(of: clause, linkage: parse) {
        print("  " + found.outline)
      }
    }
  }
}
