import Testing

@testable import DocentKit

@Suite struct TranscriptFormatTests {
  @Test func parsesHeaderInputsAndBodies() {
    let transcript = Transcript(
      parsing: """
        # knowledge: ../Knowledge
        # A comment.
        docent> Who is X?
        X is a person.   
          — doc, sentence 1: “X is a person.”

        docent> :quit
        """)
    #expect(transcript.header == ["# knowledge: ../Knowledge", "# A comment."])
    #expect(transcript.directive("knowledge") == "../Knowledge")
    #expect(transcript.blocks.map(\.input) == ["Who is X?", ":quit"])
    #expect(transcript.blocks.map(\.line) == [3, 7])
    #expect(
      transcript.blocks[0].expected == ["X is a person.", "  — doc, sentence 1: “X is a person.”"])
    #expect(transcript.blocks[1].expected == [])
  }

  @Test func textRoundTripsExactly() {
    let text = "# header\ndocent> a\nb  \n\n\ndocent> c\n...\n"
    #expect(Transcript(parsing: text).text == text)
  }

  @Test(arguments: [
    (["a", "...", "d"], ["a", "b", "c", "d"], true),
    (["a", "...", "d"], ["a", "d"], true),
    (["a", "..."], ["a"], true),
    (["a", "...", "d"], ["a", "b"], false),
    (["X is [..]."], ["X is a person."], true),
    (["X [..] a [..]."], ["X is a person."], true),
    (["X is [..]!"], ["X is a person."], false),
    (["a"], ["a", "b"], false),
    ([], [], true),
  ])
  func wildcards(expected: [String], actual: [String], matches: Bool) {
    #expect(OutputPattern.matches(expected, actual) == matches)
  }

  @Test func diffMarksExpectedAndActualLines() {
    let diff = LineDiff.unified(
      expected: ["same", "old"], actual: ["same", "new"], header: "f.transcript:3")
    #expect(
      diff.components(separatedBy: "\n") == [
        "--- expected", "+++ actual", "@@ f.transcript:3 @@", " same", "-old", "+new",
      ])
  }
}

@Suite struct TranscriptLineEndTests {
  @Test func windowsLineEndsSeparateBlocksAndAreKept() {
    let text = "# header\r\ndocent> Who is Abbas?\r\nstale\r\ndocent> Who is X?\r\n...\r\n"
    let transcript = Transcript(parsing: text)
    #expect(transcript.blocks.map(\.input) == ["Who is Abbas?", "Who is X?"])
    #expect(transcript.blocks.map(\.body) == [["stale"], ["..."]])
    #expect(transcript.text == text)
  }

  @Test func aFileMostlyOfUnixLineEndsStaysSo() {
    let transcript = Transcript(parsing: "docent> Who is Abbas?\nstale\r\ndocent> Who is X?\n...\n")
    #expect(transcript.blocks.count == 2)
    #expect(transcript.text == "docent> Who is Abbas?\nstale\ndocent> Who is X?\n...\n")
  }
}
