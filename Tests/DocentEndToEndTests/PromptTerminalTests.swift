import Foundation
import Synchronization
import Testing

/// The interactive prompt as a person sees it: the real `docent` binary on a real pseudo-terminal
/// (driven by `Support/pty_session.py`), with history, Tab completion, Ctrl-C and Ctrl-D. `make test`
/// runs this suite on its own, after the others, so that no other suite keeps it waiting.
@Suite(.timeLimit(.minutes(2)))
struct PromptTerminalTests {
  static let question = "Who is Dimitri Diliani?"
  static let answer = "Democratic Reform Bloc"

  @Test func historyIsRecalledWithUpArrowInTheNextRun() throws {
    let home = try TerminalHome()
    defer { home.remove() }

    let first = try home.run([
      .expectPrompt, .send(Self.question + Key.enter), .expect(Self.answer),
      .expectPrompt, .send(Key.ctrlD),
    ])
    try first.requireSuccess()
    #expect(FileManager.default.fileExists(atPath: home.historyFile.path))

    let second = try home.run([
      .expectPrompt, .send(Key.up), .expectLine(PtyStep.prompt + Self.question),
      .send(Key.enter), .expect(Self.answer), .expectPrompt, .send(Key.ctrlD),
    ])
    try second.requireSuccess()
  }

  @Test func aLineIsKeptWhenTheSessionIsHungUp() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    let first = try home.run([
      .expectPrompt, .send("Who leads the PLO?" + Key.enter), .expectPrompt, .send(Key.ctrlD),
    ])
    try first.requireSuccess()
    let second = try home.run([
      .expectPrompt, .send(Self.question + Key.enter), .expect(Self.answer), .expectPrompt,
      .signal(SIGHUP),
    ])
    #expect(second.signal == Int(SIGHUP))
    #expect(home.historyEntries == ["Who leads the PLO?", Self.question])
  }

  @Test func twoSessionsSharingTheHistoryFileKeepEachOthersLines() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    // Both start before either asks, and each leaves after asking, so a session that rewrote
    // the file on leaving would drop the other's line. Each runs on a thread of its own, so
    // that neither waits for the other.
    let questions = ["Who leads the PLO?", Self.question]
    let results = Mutex<[Int: Result<PtyResult, any Error>]>([:])
    let threads = questions.indices.map { index in
      Thread {
        let result = Result {
          try home.run([
            .expectPrompt, .sleep(Double(1 + index)), .send(questions[index] + Key.enter),
            .expectPrompt, .sleep(1 + Double(index) / 2), .send(Key.ctrlD),
          ])
        }
        results.withLock { $0[index] = result }
      }
    }
    threads.forEach { $0.start() }
    while results.withLock({ $0.count }) < questions.count { Thread.sleep(forTimeInterval: 0.1) }
    for index in questions.indices {
      try results.withLock { $0[index] }?.get().requireSuccess()
    }
    // Which asks first depends on how soon each prompt comes up on a busy machine (CI once
    // saw the second come up a second before the first); what matters is that neither line is lost.
    #expect(home.historyEntries.sorted() == questions.sorted())
  }

  @Test func aHistoryFileGrownPastTwiceTheLimitIsCutToTheNewestEntries() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    let entries = (1...2_500).map { "question\\040\($0)" }
    try FileManager.default.createDirectory(
      at: home.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    try ("_HiStOrY_V2_\n" + entries.map { $0 + "\n" }.joined()).write(
      to: home.historyFile, atomically: true, encoding: .utf8)
    let result = try home.run([
      .expectPrompt, .send(Key.up), .expectLine(PtyStep.prompt + "question 2500"),
      .send(Key.ctrlU), .send(Key.ctrlD),
    ])
    try result.requireSuccess()
    #expect(home.historyEntries == (1_501...2_500).map { "question \($0)" })
  }

  @Test func aHistoryFileInAnotherFormatIsStartedAfreshNotAppendedTo() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    try FileManager.default.createDirectory(
      at: home.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "a line GNU readline wrote\n".write(
      to: home.historyFile, atomically: true, encoding: .utf8)
    let result = try home.run([
      .expectPrompt, .send(Self.question + Key.enter), .expect(Self.answer), .expectPrompt,
      .send(Key.ctrlD),
    ])
    try result.requireSuccess()
    let text = try String(contentsOf: home.historyFile, encoding: .utf8)
    #expect(text.hasPrefix("_HiStOrY_V2_\n"))
    #expect(home.historyEntries == [Self.question])
  }

  @Test func aHistoryPathThatIsNotARegularFileIsRefusedAndLeftAlone() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    let fifo = home.folder.appendingPathComponent("fifo")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    let result = try home.run(
      [
        .expect("history is off: \(fifo.path): it is not a regular file"), .expectPrompt,
        .send(Self.question + Key.enter), .expect(Self.answer), .expectPrompt, .send(Key.ctrlD),
      ], history: fifo.path)
    try result.requireSuccess()
    let attributes = try FileManager.default.attributesOfItem(atPath: fifo.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
  }

  @Test func tabCompletesAMultiWordNameFully() throws {
    let home = try TerminalHome()
    defer { home.remove() }

    // "?" typed right after Tab shows that nothing (such as a space) was appended.
    let result = try home.run([
      .expectPrompt, .send("Who is Dim"), .expectLine(PtyStep.prompt + "Who is Dim"),
      .send(Key.tab), .expectLine(PtyStep.prompt + "Who is Dimitri Diliani"),
      .send("?"), .expectLine(PtyStep.prompt + Self.question),
      .send(Key.enter), .expect(Self.answer), .expectPrompt, .send(Key.ctrlD),
    ])
    try result.requireSuccess()
  }

  @Test func tabWithoutCandidatesDoesNotCompleteFileNames() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    try Data().write(to: home.folder.appendingPathComponent("xyzzy-file.txt"))

    let result = try home.run([
      .expectPrompt, .send("xyz"), .expectLine(PtyStep.prompt + "xyz"),
      .send(Key.tab), .sleep(0.5), .send("!"), .expectLine(PtyStep.prompt + "xyz!"),
      .send(Key.ctrlU), .send(Key.ctrlD),
    ])
    try result.requireSuccess()
  }

  @Test func ctrlCDiscardsTheLineAndKeepsThePrompt() throws {
    let home = try TerminalHome()
    defer { home.remove() }

    let result = try home.run([
      .expectPrompt, .send("some cancelled text"),
      .expectLine(PtyStep.prompt + "some cancelled text"), .send(Key.ctrlC),
      .expectPrompt, .send(Self.question + Key.enter), .expect(Self.answer),
      .expectPrompt, .send(Key.ctrlD),
    ])
    try result.requireSuccess()
    let history = try String(contentsOf: home.historyFile, encoding: .utf8)
    #expect(!history.contains("cancelled"))
    #expect(history.contains("Dimitri"))
  }

  /// In the C locale docent switches to C.UTF-8; otherwise libedit drops the "ü".
  @Test(arguments: ["C.UTF-8", "C"])
  func nonASCIIInputSurvivesEditingAndHistory(language: String) throws {
    let home = try TerminalHome()
    defer { home.remove() }

    let line = "Who is Zürich?"
    let result = try home.run(
      [
        .expectPrompt, .send(line), .expectLine(PtyStep.prompt + line), .send(Key.enter),
        .expectPrompt, .send(Key.up), .expectLine(PtyStep.prompt + line),
        .send(Key.ctrlU), .send(Key.ctrlD),
      ], language: language)
    try result.requireSuccess()
  }

  @Test func ctrlDOnAnEmptyLineExitsZero() throws {
    let home = try TerminalHome()
    defer { home.remove() }

    let result = try home.run([.expectPrompt, .send(Key.ctrlD)])
    try result.requireSuccess()
  }

  @Test func ctrlBackslashQuitsAtOnceWithoutTheInteractiveBacktracer() throws {
    let home = try TerminalHome()
    defer { home.remove() }
    let result = try home.run([.expectPrompt, .send(Key.ctrlBackslash)])
    #expect(result.error == nil, "\(result.output)")
    #expect(result.signal == Int(SIGQUIT))
    #expect(!result.output.contains("Crashed"))
  }

  @Test func quitCommandExitsZero() throws {
    let home = try TerminalHome()
    defer { home.remove() }

    let result = try home.run([.expectPrompt, .send(":quit" + Key.enter)])
    try result.requireSuccess()
  }
}

/// Key presses as a terminal sends them.
private enum Key {
  static let enter = "\r"
  static let tab = "\t"
  static let up = "\u{1B}[A"
  static let ctrlC = "\u{03}"
  static let ctrlD = "\u{04}"
  static let ctrlU = "\u{15}"
  static let ctrlBackslash = "\u{1C}"
}

/// One step of a terminal session (see `Support/pty_session.py`).
private enum PtyStep {
  /// The prompt docent shows on a terminal.
  static let prompt = "docent> "

  /// Waits for the next "docent> " prompt and for libedit to read keys (raw mode), so that
  /// what is typed next is not echoed by the terminal first.
  case expectPrompt
  /// Types text or key bytes.
  case send(String)
  /// Waits until the output after the previous `expect` match contains the text.
  case expect(String)
  /// Waits until a line of the screen is exactly the text (trailing spaces ignored).
  case expectLine(String)
  /// Pauses.
  case sleep(Double)
  /// Sends docent a signal.
  case signal(Int32)

  /// The step as the driver's JSON objects.
  var json: [[String: Any]] {
    switch self {
    case .expectPrompt: [["expect": Self.prompt], ["wait_editing": true]]
    case .send(let text): [["send": text]]
    case .expect(let text): [["expect": text]]
    case .expectLine(let text): [["expect_line": text]]
    case .sleep(let seconds): [["sleep": seconds]]
    case .signal(let number): [["signal": number]]
    }
  }
}

/// What the driver reports about one session.
private struct PtyResult: Decodable {
  let ok: Bool
  let error: String?
  let output: String
  let screen: [String]
  let exitStatus: Int?
  let signal: Int?

  enum CodingKeys: String, CodingKey {
    case ok, error, output, screen, signal
    case exitStatus = "exit_status"
  }

  /// Records an issue (with the output) unless every step succeeded and docent exited with 0.
  func requireSuccess(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let details =
      "\(error ?? "no error"); exit status \(exitStatus.map(String.init) ?? "none")"
      + "\(signal.map { ", signal \($0)" } ?? "")\n--- output ---\n\(output)"
    try #require(ok && exitStatus == 0, "\(details)", sourceLocation: sourceLocation)
  }
}

/// A throwaway home folder, history file and working directory for one test's docent runs.
private struct TerminalHome {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("docent-pty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Where docent keeps its history in these tests (in a folder it has to create).
  var historyFile: URL { folder.appendingPathComponent("state/docent/history") }

  /// The history file's entries, decoded as libedit writes them (octal escapes).
  var historyEntries: [String] {
    let text = (try? String(contentsOf: historyFile, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().map {
      $0.replacingOccurrences(of: "\\040", with: " ")
    }
  }

  /// The child's whole environment: no `NO_COLOR`, no `LC_*`, `LANG` set to `language`.
  func environment(language: String, history: String? = nil) -> [String: String] {
    [
      "HOME": folder.path,
      "XDG_STATE_HOME": folder.appendingPathComponent("xdg-state").path,
      "DOCENT_HISTFILE": history ?? historyFile.path,
      "LANG": language,
      "TERM": "xterm",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ].merging(sanitizerOptions) { _, new in new }
  }

  /// Runs docent on a 24x100 pseudo-terminal through the steps, then waits for it to exit.
  func run(_ steps: [PtyStep], language: String = "C.UTF-8", history: String? = nil) throws
    -> PtyResult
  {
    let spec: [String: Any] = [
      "argv": [DocentBinary.url.path, "--knowledge", PackageRoot.knowledge.path],
      "env": environment(language: language, history: history),
      "cwd": folder.path,
      "rows": 24,
      "cols": 100,
      "timeout": 15,
      "steps": steps.flatMap(\.json),
    ]
    let output = try runDriver(input: JSONSerialization.data(withJSONObject: spec))
    return try JSONDecoder().decode(PtyResult.self, from: output)
  }

  /// Runs `python3 pty_session.py` with `input` on its standard input; its standard output.
  private func runDriver(input: Data) throws -> Data {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Support/pty_session.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-B", script.path]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return output
  }

  /// Deletes the folder.
  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }
}
