import DocentKit
import Foundation

/// What docent needs to know about where its input comes from and its output goes.
enum Terminal {
  /// True when standard input is a terminal.
  static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
  /// True when standard output is a terminal.
  static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Whether to colour output: only on a terminal, never with `NO_COLOR` set and non-empty,
  /// never with `TERM=dumb`.
  static var wantsColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return outputIsTerminal
  }

  /// The history file: `DOCENT_HISTFILE` (empty disables history), else
  /// `$XDG_STATE_HOME/docent/history`, else `~/.local/state/docent/history`.
  static var historyFile: String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["DOCENT_HISTFILE"] {
      return path.isEmpty ? nil : path
    }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return state + "/docent/history"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/state/docent/history"
  }

  /// Whether standard error is a terminal, where progress may be shown.
  static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// A progress line for parsing on standard error, redrawn in place, when it is a terminal;
  /// nil otherwise. Call ``endProgress()`` when the work is done.
  static var parseProgress: ParseProgress? {
    guard errorIsTerminal else { return nil }
    return { parsed, total in
      write("\rParsing the documents: \(parsed) of \(total) sentences", to: STDERR_FILENO)
    }
  }

  /// Clears a progress line, if one was shown.
  static func endProgress() {
    guard errorIsTerminal else { return }
    write("\r\u{1B}[K", to: STDERR_FILENO)
  }

  /// Writes `text` and a newline to standard output, made safe for a terminal: escapes and
  /// control characters from documents, file names or input are shown, not obeyed.
  static func say(_ text: String) {
    write(TerminalText.safe(text) + "\n", to: STDOUT_FILENO)
  }

  /// Writes a reply as `Reply.displayed` made it, and a newline: text already safe (with
  /// docent's own colour), or JSON, which stays exact.
  static func say(reply output: String) {
    write(output + "\n", to: STDOUT_FILENO)
  }

  /// Writes `text` and a newline to standard error, made safe for a terminal.
  static func warn(_ text: String) {
    write(TerminalText.safe(text) + "\n", to: STDERR_FILENO)
  }

  /// Writes all of `text` to `descriptor`. A write that fails (a full disk, a reader gone
  /// while SIGPIPE is ignored) ends docent with `docent: write error: …` and exit status 1;
  /// while SIGPIPE keeps its default, a reader gone ends docent quietly.
  private static func write(_ text: String, to descriptor: Int32) {
    let failure = FileDescriptor.writeAll(text.utf8, to: descriptor)
    guard failure == 0 else {
      let message = "docent: write error: \(String(cString: strerror(failure)))\n"
      _ = FileDescriptor.writeAll(message.utf8, to: STDERR_FILENO)
      exit(1)
    }
  }
}
