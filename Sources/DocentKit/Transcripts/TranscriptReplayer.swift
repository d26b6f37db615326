/// Replays a transcript in a fresh session and compares each reply with the expected output.
enum TranscriptReplayer {
  /// Replays `transcript` against `knowledge`.
  static func replay(
    _ transcript: Transcript, path: String, knowledge: LoadedKnowledge
  ) -> TranscriptResult {
    let format: OutputFormat = transcript.directive("format") == "json" ? .json : .text
    var session = Session(knowledge: knowledge)
    var updated = transcript
    var mismatches: [TranscriptResult.Mismatch] = []
    var replies: [Reply] = []
    for (index, block) in transcript.blocks.enumerated() {
      let reply = session.respond(to: block.input)
      replies.append(reply)
      let output = reply.displayed(format: format, question: block.input)
      let actual =
        output.map { $0.split(separator: "\n", omittingEmptySubsequences: false) }?
        .map { $0.trimmingTrailingWhitespace() } ?? []
      guard !OutputPattern.matches(block.expected, actual) else { continue }
      let header = "\(path):\(block.line): \(Transcript.prompt)\(block.input)"
      mismatches.append(
        .init(
          line: block.line, input: block.input,
          diff: LineDiff.unified(expected: block.expected, actual: actual, header: header)))
      updated.blocks[index].body = actual.isEmpty ? [] : actual + [""]
    }
    return TranscriptResult(
      path: path, mismatches: mismatches, updated: updated, replies: replies)
  }
}

/// The outcome of replaying one transcript.
public struct TranscriptResult: Sendable {
  /// One block whose output differs from what the transcript expects.
  public struct Mismatch: Sendable {
    /// The line of the input in the transcript file.
    let line: Int
    /// The input.
    let input: String
    /// A unified diff of expected against actual output, headed by `file:line`.
    public let diff: String
  }

  /// The transcript's path.
  let path: String
  /// The blocks that did not match, in order.
  public let mismatches: [Mismatch]
  /// The transcript with each mismatching block's expected output replaced by the actual one.
  public let updated: Transcript
  /// Every reply, in input order, for coverage.
  public let replies: [Reply]

  /// True when every block matched.
  public var passed: Bool { mismatches.isEmpty }
}
