import Foundation
import Testing

/// The built binary shows what documents, file names and input hold, and never lets an escape
/// sequence, a control character or a bidirectional override reach the terminal raw; JSON keeps
/// the text exact.
@Suite struct TerminalSafetyTests {
  /// An escape sequence that writes the clipboard (OSC 52), one that clears the screen, and a
  /// right-to-left override.
  private static let clipboard = "\u{1B}]52;c;ZXZpbA==\u{07}"
  private static let clear = "\u{1B}[2J"
  private static let override = "\u{202E}"

  private static let article = """
    Mallory Reed founded the Acme Guild in 1999.\(clipboard) The guild meets in Oslo\(clear). \
    Its motto is \(override)evol si daerb.

    """

  /// A copy of the bundled knowledge with the article added, and the folder to remove.
  private func knowledge() throws -> (folder: URL, knowledge: URL) {
    let folder = try temporaryFolder()
    let knowledge = folder.appendingPathComponent("Knowledge")
    try FileManager.default.copyItem(at: PackageRoot.knowledge, to: knowledge)
    try Self.article.write(
      to: knowledge.appendingPathComponent("documents/guild\u{1B}[31m.txt"), atomically: true,
      encoding: .utf8)
    return (folder, knowledge)
  }

  private func expectSafe(_ run: DocentRun, _ comment: Comment? = nil) {
    for text in [run.stdout, run.stderr] {
      #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, comment)
      #expect(!text.contains(Self.override), comment)
    }
  }

  @Test func answersCitationsAndCommandsShowControlCharactersVisibly() throws {
    let (folder, knowledge) = try knowledge()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = """
      When was the Acme Guild founded?
      :sources
      :show guild\u{1B}[31m 2

      """
    let run = try runDocent(["--knowledge", knowledge.path], input: Data(input.utf8))
    #expect(run.status == 0, "\(run.stderr)")
    expectSafe(run)
    #expect(
      run.stdout.contains(
        "guild␛[31m, sentence 1: “Mallory Reed founded the Acme Guild in 1999.␛]52;c;ZXZpbA==␇ "
          + "The guild meets in Oslo␛[2J.”"))
    #expect(run.stdout.contains("guild␛[31m: 2 sentences"))
    #expect(run.stdout.contains("Its motto is <U+202E>evol si daerb."))
  }

  @Test func jsonKeepsTheTextExact() throws {
    let (folder, knowledge) = try knowledge()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try runDocent(
      ["--knowledge", knowledge.path, "--format", "json"],
      input: Data("When was the Acme Guild founded?\n".utf8))
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    let reply = try #require(object as? [String: Any])
    let citation = try #require((reply["citations"] as? [[String: Any]])?.first)
    #expect(
      citation["text"] as? String
        == "Mallory Reed founded the Acme Guild in 1999.\(Self.clipboard) The guild meets in "
        + "Oslo\(Self.clear).")
    #expect(citation["document"] as? String == "guild\u{1B}[31m")
  }

  @Test func inputEchoedInErrorsAndByEchoIsShownVisibly() throws {
    let argument = try runDocent([":show \(Self.clear) 1"])
    #expect(argument.status == 1)
    expectSafe(argument)
    #expect(argument.stdout.contains("No document called '␛[2J'."))
    let echoed = try runDocent(
      ["--echo"], input: Data("# a header\(Self.clear)\nwho is \(Self.clipboard)?\n".utf8))
    expectSafe(echoed)
    #expect(echoed.stdout.contains("docent> who is ␛]52;c;ZXZpbA==␇?"))
  }
}

/// `replay --update` keeps what it does not own: the other blocks of a file with Windows line
/// ends, a symbolic link, the file's mode; a missing path fails the run.
@Suite struct TranscriptFileHandlingTests {
  private static let stale =
    "docent> Who is Abbas?\r\nstale\r\ndocent> Who is Dimitri Diliani?\r\n...\r\n"

  @Test func updatingAFileWithWindowsLineEndsKeepsEveryBlockAndItsLineEnds() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.transcript")
    try Data(Self.stale.utf8).write(to: file)
    let updated = try runDocent(["replay", "--update", file.path])
    #expect(updated.status == 0, "\(updated.stdout)")
    #expect(updated.lines.first == "updated \(file.path) (1 block)")
    let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    #expect(text.hasPrefix("docent> Who is Abbas?\r\nMahmoud Abbas is "))
    #expect(text.hasSuffix("docent> Who is Dimitri Diliani?\r\n...\r\n"))
    #expect(!text.unicodeScalars.split(separator: "\n").contains { $0.last != "\r" })
    #expect(try runDocent(["replay", file.path]).status == 0)
  }

  @Test func updatingThroughASymbolicLinkWritesTheTargetAndKeepsItsMode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("real.transcript")
    let link = folder.appendingPathComponent("link.transcript")
    try Data("docent> Who is Abbas?\nstale\n".utf8).write(to: target)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
    try FileManager.default.createSymbolicLink(
      atPath: link.path, withDestinationPath: "real.transcript")
    // A temporary file left by a run killed before its rename.
    let leftover = folder.appendingPathComponent(".real.transcript.2147483646.tmp")
    try Data("half".utf8).write(to: leftover)

    let updated = try runDocent(["replay", "--update", link.path])
    #expect(updated.status == 0, "\(updated.stdout)")
    let manager = FileManager.default
    #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == "real.transcript")
    let attributes = try manager.attributesOfItem(atPath: target.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self).contains("Mahmoud Abbas"))
    #expect(
      try manager.contentsOfDirectory(atPath: folder.path).sorted() == [
        "link.transcript", "real.transcript",
      ])
  }

  @Test func aMissingPathFailsTheRunAndTheOthersStillRun() throws {
    let replay = try runDocent(["replay", "nope.transcript", "Transcripts/tour.transcript"])
    #expect(replay.status == 1)
    #expect(
      replay.lines == [
        "FAIL  nope.transcript", "nope.transcript: no such file or folder",
        "ok    Transcripts/tour.transcript", "1 passed, 1 failed",
      ])
  }
}

@Suite struct WriteErrorTests {
  @Test func aFullDiskEndsWithAWriteErrorAndStatusOne() throws {
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let errors = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = DocentBinary.url
    process.arguments = ["Who is Abbas?"]
    process.currentDirectoryURL = PackageRoot.url
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8"]
      .merging(sanitizerOptions) { _, new in new }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
    let message = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
    #expect(message == "docent: write error: No space left on device\n")
  }
}
