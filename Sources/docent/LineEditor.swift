@preconcurrency import CEditLine
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one read at the prompt gave.
enum PromptEvent: Equatable {
  case line(String)
  case interrupted
  case endOfInput
}

/// Interactive line input over libedit's readline-compatible API: editing, history kept in a
/// file, Tab completion of whole lines, and Ctrl-C that cancels the line instead of the process.
///
/// Use it only when both stdin and stdout are terminals; libedit is a single global editor, so
/// make one `LineEditor` per process.
final class LineEditor {
  /// How many history entries are kept in memory and in the file.
  static let historyLimit: Int32 = 1000

  /// Where the history is kept; nil keeps no history file.
  private var historyFile: HistoryFile?

  /// The last line added to the history, to skip immediate repeats.
  private var previousEntry: String?

  /// Sets the locale (setlocale(LC_ALL, ""), falling back to C.UTF-8 when the codeset is not
  /// UTF-8), installs a SIGINT handler (sigaction without SA_RESTART, sets a flag), configures
  /// completion, and loads history from `historyFile` (nil = no history). `completions` is
  /// called with the whole line typed so far and returns full replacement lines.
  init(historyFile: String?, completions: @escaping @Sendable (String) -> [String]) {
    if let historyFile, let problem = HistoryFile.problem(with: historyFile) {
      Self.warn("history is off: \(historyFile): \(problem)")
    } else {
      // A symbolic link is followed, so that shortening the file replaces its target.
      self.historyFile = historyFile.map { path in
        guard let resolved = realpath(path, nil) else { return HistoryFile(path: path) }
        defer { free(resolved) }
        return HistoryFile(path: String(cString: resolved))
      }
    }
    Self.configureUTF8Locale()
    InterruptFlag.installHandler()
    Self.initializeLibedit()
    LineCompletion.install(completions)
    loadHistory()
  }

  /// Reads one line with libedit's readline(); Ctrl-C -> .interrupted (line discarded, "^C"
  /// shown and the cursor moved to a fresh line; the caller prints a fresh prompt), Ctrl-D on an
  /// empty line -> .endOfInput (libedit shows "^D"; the caller ends the line with a newline).
  func read(prompt: String) -> PromptEvent {
    InterruptFlag.clear()
    guard let raw = readline(prompt) else {
      guard InterruptFlag.isSet else { return .endOfInput }
      InterruptFlag.clear()
      // libedit itself echoes "^D" on Ctrl-D; show "^C" the same way, then end the line.
      Self.endLine(with: "^C")
      return .interrupted
    }
    defer { free(raw) }
    return .line(String(cString: raw))
  }

  /// Whether Ctrl-C was pressed since the last line was read (while it was being answered).
  var interruptedSinceRead: Bool { InterruptFlag.isSet }

  /// Adds a line to the history, and appends it to the history file at once, unless it is
  /// blank or the same as the previous entry.
  func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), line != previousEntry else { return }
    add_history(line)
    previousEntry = line
    guard let file = historyFile else { return }
    if let problem = file.append(line) {
      Self.warn("could not save history to \(file.path): \(problem)")
      historyFile = nil
    }
  }

  /// Loads the history file, if any (creating its folder), and remembers its last entry.
  private func loadHistory() {
    stifle_history(Self.historyLimit)
    guard let file = historyFile else { return }
    let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      Self.warn("history is off: could not create \(folder.path): \(error.localizedDescription)")
      historyFile = nil
      return
    }
    if let problem = file.load(limit: Self.historyLimit) {
      Self.warn("\(file.path): \(problem)")
    }
    previousEntry = Self.lastHistoryEntry()
  }

  /// The newest entry of the in-memory history.
  private static func lastHistoryEntry() -> String? {
    guard history_length > 0, let entry = history_get(history_base + history_length - 1),
      let text = entry.pointee.line
    else { return nil }
    return String(cString: text)
  }

  /// Names the program for `~/.editrc` and creates libedit's editor and history now, so that
  /// later settings (history size) are not reset by a lazy initialization.
  private static func initializeLibedit() {
    rl_readline_name = UnsafePointer(strdup("docent"))
    // Keys are read by `readKey`, which a Ctrl-C always wakes; set before `rl_initialize`,
    // which installs it only if it is set then.
    rl_getc_function = readKey
    _ = rl_initialize()
  }

  /// Uses the user's locale when its codeset is UTF-8, else C.UTF-8; libedit silently drops
  /// non-ASCII input in a non-UTF-8 locale.
  private static func configureUTF8Locale() {
    setlocale(LC_ALL, "")
    if !isUTF8Codeset() {
      setlocale(LC_ALL, "C.UTF-8")
    }
  }

  /// Whether the current locale's character set is UTF-8.
  private static func isUTF8Codeset() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// Writes `marker` and ends the current terminal line so the next output starts at column 0.
  private static func endLine(with marker: String) {
    fputs(marker + "\n", stdout)
    fflush(stdout)
  }

  /// Prints a warning to standard error.
  private static func warn(_ message: String) {
    fputs("docent: \(message)\n", stderr)
  }
}

/// The Ctrl-C flag set by the SIGINT handler and read after `readline()` returns.
///
/// The flag is a `sig_atomic_t`, the one type C guarantees a signal handler may write; it lives
/// in memory allocated once, before the handler is installed.
private enum InterruptFlag {
  /// The flag's storage; nonzero after SIGINT.
  nonisolated(unsafe) static let storage: UnsafeMutablePointer<sig_atomic_t> = {
    let pointer = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
  }()

  /// The pipe the handler writes a byte to, so that a wait on the terminal also wakes for a
  /// Ctrl-C that came just before it began: read end, write end (both non-blocking), or -1.
  nonisolated(unsafe) static let wakeUp: UnsafeMutablePointer<Int32> = {
    let ends = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
    ends.initialize(repeating: -1, count: 2)
    if pipe(ends) == 0 {
      for end in 0..<2 { _ = fcntl(ends[end], F_SETFL, fcntl(ends[end], F_GETFL) | O_NONBLOCK) }
    } else {
      ends.initialize(repeating: -1, count: 2)
    }
    return ends
  }()

  /// Whether SIGINT arrived since the last `clear()`.
  static var isSet: Bool { storage.pointee != 0 }

  /// Forgets any earlier SIGINT, and empties the wake-up pipe.
  static func clear() {
    storage.pointee = 0
    var byte: UInt8 = 0
    while wakeUp[0] >= 0, read(wakeUp[0], &byte, 1) == 1 {}
  }

  /// Installs the SIGINT handler without SA_RESTART, so a blocked read returns and
  /// `readline()` gives NULL, and unblocks SIGINT and SIGWINCH, which a parent process (such as
  /// a test runner) may have left blocked.
  static func installHandler() {
    clear()
    var action = sigaction()
    #if os(Linux)
      action.__sigaction_handler.sa_handler = handleInterrupt
    #else
      action.__sigaction_u.__sa_handler = handleInterrupt
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGWINCH)
    sigprocmask(SIG_UNBLOCK, &signals, nil)
  }
}

/// The SIGINT handler: sets the flag and writes a byte to the wake-up pipe (both
/// async-signal-safe).
private func handleInterrupt(_ signal: Int32) {
  InterruptFlag.storage.pointee = 1
  var byte: UInt8 = 1
  if InterruptFlag.wakeUp[1] >= 0 { _ = write(InterruptFlag.wakeUp[1], &byte, 1) }
}

/// Reads one key for libedit: a character, its UTF-8 bytes put together (libedit takes what
/// this returns as a whole character), or -1, which ends the line, when Ctrl-C was pressed or
/// the input ended.
///
/// libedit's own read misses a Ctrl-C that comes while it is not yet waiting (the line stays on
/// screen until the next key); this waits on the terminal and the wake-up pipe together, after
/// looking at the flag, so none is missed.
private func readKey(_ file: UnsafeMutablePointer<FILE>?) -> Int32 {
  let input = file.map { fileno($0) } ?? STDIN_FILENO
  var waits = [
    pollfd(fd: input, events: Int16(POLLIN), revents: 0),
    pollfd(fd: InterruptFlag.wakeUp[0], events: Int16(POLLIN), revents: 0),
  ]
  while true {
    if InterruptFlag.isSet { return -1 }
    let ready = poll(&waits, InterruptFlag.wakeUp[0] >= 0 ? 2 : 1, -1)
    if ready < 0 {
      if errno == EINTR { continue }
      return -1
    }
    if waits[0].revents != 0 { break }
  }
  guard let first = readByte(input) else { return -1 }
  // A UTF-8 sequence: its first byte says how many bytes follow.
  let following =
    first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
  var scalar = UInt32(first) & (following == 0 ? 0x7F : UInt32(0x3F) >> UInt32(following))
  for _ in 0..<following {
    guard let next = readByte(input), next & 0xC0 == 0x80 else { return Int32(first) }
    scalar = scalar << 6 | UInt32(next & 0x3F)
  }
  return Int32(bitPattern: scalar)
}

/// One byte from `descriptor`, read again when a signal interrupts; nil at the end.
private func readByte(_ descriptor: Int32) -> UInt8? {
  var byte: UInt8 = 0
  while true {
    let count = read(descriptor, &byte, 1)
    if count == 1 { return byte }
    if count < 0, errno == EINTR { continue }
    return nil
  }
}

/// Whole-line Tab completion through libedit's C callbacks, which cannot capture context: the
/// provider and the current candidates live in statics.
private enum LineCompletion {
  /// The caller's completion function: typed line -> full replacement lines.
  nonisolated(unsafe) static var provider: (@Sendable (String) -> [String])?

  /// The candidates for the Tab press being handled.
  nonisolated(unsafe) static var candidates: [String] = []

  /// The index of the next candidate the generator hands out.
  nonisolated(unsafe) static var nextIndex = 0

  /// Installs `provider` and makes the whole line a single completion word.
  static func install(_ provider: @escaping @Sendable (String) -> [String]) {
    self.provider = provider
    rl_basic_word_break_characters = UnsafePointer(strdup("\t\n"))
    rl_completion_append_character = 0
    rl_attempted_completion_function = attemptLineCompletion
  }

  /// The candidates for `typed`, without duplicates, in the provider's order.
  static func candidates(for typed: String) -> [String] {
    var seen = Set<String>()
    return (provider?(typed) ?? []).filter { seen.insert($0).inserted }
  }
}

/// libedit's completion entry point: offers the provider's lines for the text before the cursor,
/// and never falls back to filename completion.
private func attemptLineCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rl_attempted_completion_over = 1
  guard let text else { return nil }
  LineCompletion.candidates = LineCompletion.candidates(for: String(cString: text))
  guard !LineCompletion.candidates.isEmpty,
    let matches = rl_completion_matches(text, nextCompletionCandidate)
  else { return nil }
  keepTypedText(text, in: matches)
  return matches
}

/// Hands libedit one `strdup`ed candidate per call (libedit frees them); state 0 starts over.
private func nextCompletionCandidate(
  _ text: UnsafePointer<CChar>?, _ state: Int32
) -> UnsafeMutablePointer<CChar>? {
  if state == 0 { LineCompletion.nextIndex = 0 }
  guard LineCompletion.nextIndex < LineCompletion.candidates.count else { return nil }
  defer { LineCompletion.nextIndex += 1 }
  return strdup(LineCompletion.candidates[LineCompletion.nextIndex])
}

/// `matches[0]` is the candidates' common prefix, which replaces the typed text; when it is
/// shorter than what was typed (candidates that differ early), keep the typed text instead.
private func keepTypedText(
  _ text: UnsafePointer<CChar>, in matches: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) {
  guard let common = matches[0], strlen(common) < strlen(text) else { return }
  free(common)
  matches[0] = strdup(text)
}
