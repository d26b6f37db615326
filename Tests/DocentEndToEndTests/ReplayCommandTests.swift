import Foundation
import Testing

/// `docent replay`, `--update`, `record` and `--echo` with the built binary.
@Suite struct ReplayCommandTests {
  private let questions = """
    # Questions asked in a script.
    Who is Dimitri Diliani?
    who is bob
    :show cairo-talks 2
    :sources

    """

  @Test func echoOutputIsATranscriptThatReplaysGreen() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let echoed = try runDocent(["--echo"], input: Data(questions.utf8))
    #expect(echoed.status == 0)
    #expect(echoed.lines.first == "# Questions asked in a script.")
    #expect(echoed.lines.dropFirst().first == "docent> Who is Dimitri Diliani?")
    let file = folder.appendingPathComponent("echo.transcript")
    try echoed.stdout.write(to: file, atomically: true, encoding: .utf8)

    let replay = try runDocent(["replay", file.path])
    #expect(replay.status == 0)
    #expect(replay.lines == ["ok    \(file.path)", "1 passed, 0 failed"])
  }

  @Test func aChangedWordFailsWithADiffAndUpdateRestoresIt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("who.transcript")
    let original = try runDocent(["--echo"], input: Data(questions.utf8)).stdout
    let broken = original.replacingOccurrences(of: "a spokesman for", with: "a spokeswoman for")
    #expect(broken != original)
    try broken.write(to: file, atomically: true, encoding: .utf8)

    let failing = try runDocent(["replay", file.path])
    #expect(failing.status == 1)
    #expect(failing.lines.first == "FAIL  \(file.path)")
    #expect(failing.lines.contains("@@ \(file.path):2: docent> Who is Dimitri Diliani? @@"))
    #expect(
      failing.lines.contains("-Dimitri Diliani is a spokeswoman for the Democratic Reform Bloc."))
    #expect(
      failing.lines.contains("+Dimitri Diliani is a spokesman for the Democratic Reform Bloc."))
    #expect(failing.lines.last == "0 passed, 1 failed")

    let refused = try runDocent(["replay", "--update", file.path], environment: ["CI": "1"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("refused"))
    #expect(try String(contentsOf: file, encoding: .utf8) == broken)

    let updated = try runDocent(["replay", "--update", file.path])
    #expect(updated.status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8) == original)
    #expect(try runDocent(["replay", file.path]).status == 0)
  }

  @Test func updateKeepsWildcardsOfMatchingBlocks() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("wild.transcript")
    let text = """
      docent> :sources
      cairo-talks: [..]
      ...

      docent> Who is Mahmoud Abbas?
      Mahmoud Abbas is someone else.

      """
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(try runDocent(["replay", "--update", file.path]).status == 0)
    let rewritten = try String(contentsOf: file, encoding: .utf8)
    #expect(
      rewritten.hasPrefix(
        "docent> :sources\ncairo-talks: [..]\n...\n\ndocent> Who is Mahmoud Abbas?\n"))
    #expect(rewritten.contains("Mahmoud Abbas is the Palestinian Authority president."))
  }

  @Test func zeroTranscriptsIsAFailure() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try runDocent(["replay", folder.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("no transcripts"))
  }

  @Test func recordAppendsAndNeverTruncates() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("recorded.transcript")
    let header = "# Recorded by hand.\n"
    try header.write(to: file, atomically: true, encoding: .utf8)
    #expect(try runDocent(["record", file.path], input: Data("Who is Abbas?\n".utf8)).status == 0)
    #expect(try runDocent(["record", file.path], input: Data(":sources\n".utf8)).status == 0)
    let recorded = try String(contentsOf: file, encoding: .utf8)
    #expect(recorded.hasPrefix(header + "docent> Who is Abbas?\nMahmoud Abbas is "))
    #expect(recorded.contains("\ndocent> :sources\ncairo-talks: "))
    let replay = try runDocent(["replay", file.path])
    #expect(replay.status == 0, "\(replay.stdout)")
  }

  @Test func theShippedTranscriptsPassAndCoverageReportsEveryIntent() throws {
    let replay = try runDocent(["replay"])
    #expect(replay.status == 0, "\(replay.stdout)")
    #expect(replay.lines.last?.hasSuffix("passed, 0 failed") == true)
    let coverage = try runDocent(["coverage"])
    #expect(coverage.status == 0, "\(coverage.stdout)")
    #expect(coverage.stdout.contains("Sentences cited by transcript answers:\n  cairo-talks: "))
    #expect(!coverage.stdout.contains("never reached"))
  }
}
