import ArgumentParser
import Foundation

/// The `docent` command line.
struct Docent: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docent",
    abstract: "Ask questions about a set of documents; every answer cites its sentence.",
    subcommands: [
      Ask.self, Replay.self, Record.self, Coverage.self, Evaluate.self, Benchmark.self,
    ],
    defaultSubcommand: Ask.self)
}

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
