import ArgumentParser
import Foundation

/// The `docent` command line.
struct Docent: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docent",
    abstract: "Ask questions about a set of documents; every answer cites its sentence.",
    discussion: """
      Without a subcommand docent asks: at a prompt on a terminal, one question per line from \
      standard input, or the question given as arguments. Its options (--format json, --echo, \
      --knowledge DIR) are listed by 'docent help ask'.
      """,
    subcommands: [
      Ask.self, Add.self, Clauses.self, Replay.self, Record.self, Coverage.self, Evaluate.self,
      Benchmark.self, Index.self,
    ],
    defaultSubcommand: Ask.self)
}

CrashHandling.keepTheTerminal()

// Usage errors exit 2; everything else keeps its own exit code.
do {
  var command = try Docent.parseAsRoot()
  try command.run()
} catch {
  let code = Docent.exitCode(for: error)
  if code == .validationFailure {
    Terminal.warn(Docent.fullMessage(for: error))
    exit(2)
  }
  Docent.exit(withError: error)
}
