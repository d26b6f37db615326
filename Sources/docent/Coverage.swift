import ArgumentParser
import DocentKit
import Foundation

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
    let (files, missing) = try transcriptFiles(paths)
    for path in missing { Terminal.warn("docent: \(path): no such file or folder") }
    for file in files {
      switch runner.replay(file) {
      case .success(let result): replies += result.replies
      case .failure(let error): Terminal.warn("docent: \(error)")
      }
    }
    let report = CoverageReport(knowledge: knowledge, replies: replies)
    Terminal.say(report.text)
    if !report.unreachedIntents.isEmpty || !missing.isEmpty { throw ExitCode.failure }
  }
}
