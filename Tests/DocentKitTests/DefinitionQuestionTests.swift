import Foundation
import Testing

@testable import DocentKit

/// "What is a speed blog?" asks what a kind of thing is: only a sentence that says so answers
/// it, not one that merely speaks of speed blogs.
@Suite struct DefinitionQuestionTests {
  @Test func onlyWhatSaysWhatAKindOfThingIsAnswersIt() throws {
    let mentioned = """
      After the festival, the Event Lead will be gathering feedback or following up with \
      attendees about speed blogs.

      """
    let refused = try replies(
      to: ["What is a speed blog?"], aboutUncurated: mentioned, named: "festival")[0]
    #expect(refused.outcome == .refused(.notStated), "\(refused.answer)")

    let defined =
      mentioned + "A speed blog is a short post written by attendees during the event.\n"
    let answered = try replies(
      to: ["What is a speed blog?"], aboutUncurated: defined, named: "festival")[0]
    #expect(answered.citations.map(\.sentence) == [2], "\(answered.answer)")
  }
}
