import Foundation
import Testing

@testable import DocentKit

/// The shipped transcripts, found when the tests are discovered.
private let shippedTranscripts = TranscriptFiles.find(
  [packageRoot.appendingPathComponent("Transcripts").path]
).files

/// A transcript file, named in test output by its file name.
struct TranscriptCase: CustomTestStringConvertible, Sendable {
  let path: String
  var testDescription: String { URL(fileURLWithPath: path).lastPathComponent }
}

/// Every transcript of `Transcripts/` replays in a fresh session, each as its own test.
@Suite struct TranscriptTests {
  @Test func transcriptsAreFound() {
    #expect(shippedTranscripts.count > 0, "zero transcripts is a failure, not a pass")
  }

  @Test(arguments: shippedTranscripts.map(TranscriptCase.init))
  func replays(_ transcript: TranscriptCase) {
    var files = TranscriptFiles(
      defaultKnowledge: packageRoot.appendingPathComponent("Knowledge").path)
    switch files.replay(transcript.path) {
    case .failure(let error):
      Issue.record("\(error)")
    case .success(let result):
      for mismatch in result.mismatches {
        Issue.record("\n\(mismatch.diff)")
      }
    }
  }

  @Test func everyIntentIsReachedByATranscript() throws {
    var files = TranscriptFiles(
      defaultKnowledge: packageRoot.appendingPathComponent("Knowledge").path)
    let replies = shippedTranscripts.flatMap { path in
      (try? files.replay(path).get())?.replies ?? []
    }
    let report = CoverageReport(knowledge: try bundledKnowledge(), replies: replies)
    #expect(report.unreachedIntents == [], "intents no transcript reaches")
  }
}

/// The session in the README is the tour transcript, word for word, so it cannot drift.
@Suite struct ReadmeTests {
  @Test func theReadmeSessionIsTheReplayedTourTranscript() throws {
    let readme = try String(
      contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let tour = try String(
      contentsOf: packageRoot.appendingPathComponent("Transcripts/tour.transcript"),
      encoding: .utf8)
    #expect(readme.contains("```text\n" + tour + "```"))
  }
}
