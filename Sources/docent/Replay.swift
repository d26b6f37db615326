import ArgumentParser
import DocentKit
import Foundation

/// `docent replay`: replays transcripts as regression tests.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay transcripts and report every difference (default: Transcripts/).")

  @Flag(
    help: "Rewrite the expected output of mismatching blocks in place (refused when CI is set).")
  var update = false

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "Transcript files or folders.")
  var paths: [String] = []

  func run() throws {
    if update, let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty {
      Terminal.warn("docent: replay --update is refused when CI is set; review and update locally.")
      throw ExitCode.failure
    }
    let (files, missing) = try transcriptFiles(paths)
    var runner = TranscriptFiles(defaultKnowledge: knowledgeOptions.path)
    var passed = 0
    var failed = 0
    for path in missing {
      failed += 1
      Terminal.say("FAIL  \(path)\n\(path): no such file or folder")
    }
    for file in files {
      switch runner.replay(file) {
      case .failure(let error):
        failed += 1
        Terminal.say("FAIL  \(file)\n\(error)")
      case .success(let result) where result.passed:
        passed += 1
        Terminal.say("ok    \(file)")
      case .success(let result) where update:
        do {
          try TranscriptFiles.write(result.updated, to: file)
          passed += 1
          let count = result.mismatches.count
          Terminal.say("updated \(file) (\(count) block\(count == 1 ? "" : "s"))")
        } catch {
          failed += 1
          Terminal.say("FAIL  \(file)\n\(error)")
        }
      case .success(let result):
        failed += 1
        Terminal.say("FAIL  \(file)")
        for mismatch in result.mismatches {
          Terminal.say(mismatch.diff)
        }
      }
    }
    Terminal.say("\(passed) passed, \(failed) failed")
    if failed > 0 { throw ExitCode.failure }
  }
}
