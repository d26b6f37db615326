import Foundation
import Testing

@testable import DocentKit

/// The built binary driven through pipes, as scripts use it.
@Suite struct PipeTests {
  private let seedText = try! String(
    contentsOf: PackageRoot.knowledge.appendingPathComponent("documents/cairo-talks.txt"),
    encoding: .utf8)

  private func json(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any], "not a JSON object: \(line)")
  }

  @Test func jsonAnswerCitesASentenceOfTheArticleVerbatim() throws {
    let run = try runDocent(["--format", "json"], input: Data("Who is Dimitri Diliani?\n".utf8))
    #expect(run.status == 0)
    #expect(run.lines.count == 1)
    let reply = try json(run.lines[0])
    #expect(reply["question"] as? String == "Who is Dimitri Diliani?")
    #expect(reply["status"] as? String == "answered")
    #expect(reply["reason"] is NSNull)
    #expect((reply["answer"] as? String)?.contains("Democratic Reform Bloc") == true)
    let citations = try #require(reply["citations"] as? [[String: Any]])
    let citation = try #require(citations.first)
    #expect(citation["document"] as? String == "cairo-talks")
    let text = try #require(citation["text"] as? String)
    #expect(text.contains("says Dimitri Diliani"))
    #expect(seedText.contains(text))
    let document = Document(id: "cairo-talks", text: seedText)
    #expect(document.sentence(citation["sentence"] as? Int ?? 0)?.text == text)
    #expect(reply["intent"] as? String != nil)
  }

  @Test func textAnswerPutsTheCitationOnItsOwnLineWithoutColour() throws {
    let run = try runDocent([], input: Data("who is dimitri diliani\n".utf8))
    #expect(run.status == 0)
    #expect(run.lines.first == "Dimitri Diliani is a spokesman for the Democratic Reform Bloc.")
    #expect(run.lines.dropFirst().first?.hasPrefix("  — cairo-talks, sentence ") == true)
    #expect(!run.stdout.contains("\u{1B}["))
    #expect(run.stderr.isEmpty)
  }

  @Test func refusalsSayWhichKind() throws {
    let input =
      "Who is Benjamin Netanyahu?\nColourless green ideas sleep furiously\nWho funds the Peace Board?\n"
    let run = try runDocent(["--format", "json"], input: Data(input.utf8))
    let replies = try run.lines.map(json)
    #expect(replies.map { $0["status"] as? String } == ["unknown", "unknown", "unknown"])
    #expect(
      replies.map { $0["reason"] as? String } == ["unknown_entity", "not_understood", "not_stated"])
    #expect(replies.allSatisfy { ($0["citations"] as? [Any])?.isEmpty == true })
  }

  @Test func aThousandMixedLinesGetOneReplyEachAndTheRunGoesOn() throws {
    var input = Data()
    var expected: [String] = []  // the status of each line that gets a reply
    for index in 0..<1000 {
      switch index % 8 {
      case 0:
        input += Data("Who is Mahmoud Abbas?\n".utf8)
        expected.append("answered")
      case 1:
        input += Data([0x57, 0x68, 0x6F, 0xFF, 0xFE, 0x3F, 0x0A])  // invalid UTF-8
        expected.append("error")
      case 2:
        input += Data("Who is\0 Abbas?\n".utf8)
        expected.append("error")
      case 3:
        input += Data(repeating: 0x61, count: index == 3 ? 2_000_000 : 5000) + Data("\n".utf8)
        expected.append("error")
      case 4:
        input += Data("   \n# a comment\n".utf8)
      case 5:
        input += Data(":sources\n".utf8)
        expected.append("command")
      case 6:
        input += Data("what's the capital of France\n".utf8)
        expected.append("unknown")
      default:
        input += Data("Who is Zoë Ünïcode?\r\n".utf8)
        expected.append("unknown")
      }
    }
    let run = try runDocent(["--format", "json"], input: input)
    #expect(run.status == 1, "a line failed with an error, so the exit status is 1")
    let statuses = try run.lines.map { try json($0)["status"] as? String }
    #expect(statuses == expected)
    #expect(run.stderr.contains("docent: stdin:2: the line is not valid UTF-8"))
    #expect(run.stderr.contains("docent: stdin:4: the line is 2000000 bytes long"))
  }

  @Test func oneQuestionOnTheCommandLine() throws {
    let run = try runDocent(["Who", "is", "Hani", "al-Masri?"])
    #expect(run.status == 0)
    #expect(run.lines.first?.hasPrefix("Hani al-Masri is a political analyst") == true)
  }

  @Test func findsItsKnowledgeFromAnotherWorkingDirectory() throws {
    let run = try runDocent(
      ["Who is Mahmoud Abbas?"], directory: URL(fileURLWithPath: "/"))
    #expect(run.status == 0)
    #expect(run.lines.first == "Mahmoud Abbas is the Palestinian Authority president.")
  }

  @Test func exitStatusSaysWhatWentWrong() throws {
    let missing = try runDocent(["--knowledge", "/nonexistent/knowledge", "Who is Abbas?"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nonexistent/knowledge:1: error: no knowledge folder here"))

    let usage = try runDocent(["--format", "xml", "Who is Abbas?"])
    #expect(usage.status == 2)
    #expect(usage.stderr.contains("xml"))

    let badCommand = try runDocent([], input: Data(":sourcse\nWho is Abbas?\n".utf8))
    #expect(badCommand.status == 1)
    #expect(badCommand.lines.first == "Unknown command ':sourcse'. Did you mean :sources?")
    #expect(badCommand.stdout.contains("Mahmoud Abbas is"))
  }

  @Test func aBrokenKnowledgeFolderIsNotLoadedAndEveryProblemIsListed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: PackageRoot.knowledge, to: folder.appendingPathComponent("Knowledge"))
    let curated = folder.appendingPathComponent("Knowledge/documents/cairo-talks.yaml")
    var text = try String(contentsOf: curated, encoding: .utf8)
    text = text.replacingOccurrences(of: "relation: role\n", with: "relation: rol\n")
    try text.write(to: curated, atomically: true, encoding: .utf8)

    let broken = try runDocent(["--knowledge", "Knowledge", "Who is Abbas?"], directory: folder)
    #expect(broken.status == 1)
    #expect(broken.stdout.isEmpty)
    let problems = broken.stderr.components(separatedBy: "\n").filter {
      $0.hasPrefix("Knowledge/documents/cairo-talks.yaml:")
    }
    #expect(problems.count == text.components(separatedBy: "relation: rol\n").count - 1)
    #expect(problems.allSatisfy { $0.contains("unknown relation 'rol' (did you mean 'role'?)") })
  }
}
