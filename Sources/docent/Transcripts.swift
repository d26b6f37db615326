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
    let files = try transcriptFiles(paths)
    var runner = TranscriptFiles(defaultKnowledge: knowledgeOptions.path)
    var passed = 0
    var failed = 0
    for file in files {
      switch runner.replay(file) {
      case .failure(let error):
        failed += 1
        Terminal.say("FAIL  \(file)\n\(error)")
      case .success(let result) where result.passed:
        passed += 1
        Terminal.say("ok    \(file)")
      case .success(let result) where update:
        try TranscriptFiles.write(result.updated, to: file)
        passed += 1
        let count = result.mismatches.count
        Terminal.say("updated \(file) (\(count) block\(count == 1 ? "" : "s"))")
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

/// `docent record FILE`: a session whose inputs and replies are appended to a transcript.
struct Record: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ask questions and append each one with its reply to a transcript file.")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "The transcript to append to; it is created when missing, never truncated.")
  var file: String

  func run() throws {
    let session = Session(knowledge: try knowledgeOptions.load())
    let file = file
    var failure: (any Error)?
    let record = { (text: String) in
      do {
        try TranscriptFiles.append(text, to: file)
      } catch {
        failure = failure ?? error
      }
    }
    record("")  // Creates the file now, so a path that cannot be written fails at once.
    if let failure {
      Terminal.warn("docent: \(failure)")
      throw ExitCode.failure
    }
    if Terminal.inputIsTerminal && Terminal.outputIsTerminal {
      Prompt(session: session, record: record).run()
    } else {
      var session = session
      var reader = QuestionReader(format: .text, echo: false, record: record)
      if !reader.answerStandardInput(&session) { throw ExitCode.failure }
    }
    if let failure {
      Terminal.warn("docent: \(failure)")
      throw ExitCode.failure
    }
  }
}

/// `docent coverage`: which sentences transcripts cite and which intents they reach.
struct Coverage: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show which sentences transcript answers cite and which intents they reach.")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "Transcript files or folders (default: Transcripts/).")
  var paths: [String] = []

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    var runner = TranscriptFiles(defaultKnowledge: knowledgeOptions.path)
    var replies: [Reply] = []
    for file in try transcriptFiles(paths) {
      switch runner.replay(file) {
      case .success(let result): replies += result.replies
      case .failure(let error): Terminal.warn("docent: \(error)")
      }
    }
    let report = CoverageReport(knowledge: knowledge, replies: replies)
    Terminal.say(report.text)
    if !report.unreachedIntents.isEmpty { throw ExitCode.failure }
  }
}

/// The transcript files at `paths` (default: the package's `Transcripts/`); none is an error.
private func transcriptFiles(_ paths: [String]) throws -> [String] {
  let roots = paths.isEmpty ? [KnowledgeLocation.transcriptsFolder] : paths
  let files = TranscriptFiles.find(roots)
  guard !files.isEmpty else {
    Terminal.warn(
      "docent: no transcripts (*.\(TranscriptFiles.pathExtension)) found in \(roots.joined(separator: ", "))"
    )
    throw ExitCode.failure
  }
  return files
}

/// `docent evaluate FILE`: scores answers against a set of questions with known outcomes.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score docent on questions whose right outcome is known (a TSV file).")

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Flag(help: "List every question that was missed or answered wrongly.")
  var verbose = false

  @Argument(help: "A TSV file: document, question, expected (answer|yes|no|unstated), sentences.")
  var file: String

  func run() throws {
    let knowledge = try knowledgeOptions.load()
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      Terminal.warn("docent: cannot read \(file)")
      throw ExitCode.failure
    }
    let evaluation = Evaluation(cases: Evaluation.cases(fromTSV: text), knowledge: knowledge)
    Terminal.say(evaluation.report(verbose: verbose))
  }
}
