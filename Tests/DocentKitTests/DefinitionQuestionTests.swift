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

  /// "What is caulking?" asks what caulking is, an "-ing" word as the thing named; what the
  /// question names in its own word is said first ("Caulk is …", not "Caulking is …", for
  /// "What is caulk?"); and "… is called derigging" says what derigging is.
  @Test func whatAnIngWordNamesAndWhatIsCalledSo() throws {
    let text = """
      Caulking is a process where the seams of a hull are sealed with caulk. \
      Caulk is a waterproof filler made of oakum and pitch. \
      The process of removing old lines from a mast is called derigging.

      """
    let answers = try replies(
      to: ["What is caulking?", "What is caulk?", "What is derigging?"], aboutUncurated: text,
      named: "hulls")
    #expect(answers.map { $0.citations.map(\.sentence) } == [[1], [2], [3]])
    #expect(answers[2].answer.hasPrefix("The process of removing old lines from a mast."))
  }
}

/// A phrase set beside a name after a possessive says what it is, as one after an article
/// does: "boulder, our open source CA software".
@Suite struct PossessiveAppositiveTests {
  @Test func aPossessiveOpensAnAppositive() throws {
    let answers = try replies(
      to: ["What is Boulder?"],
      aboutUncurated: """
        Our costs

        Staffing is our dominant cost. Our software developers work primarily on boulder, our \
        open source CA software. We also pay for hardware.

        """, named: "costs")
    #expect(answers[0].answer.hasPrefix("Our open source CA software"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }
}

/// A name followed by another name for it, set off after ", or" or in brackets, is still the
/// subject that the sentence says what it is of.
@Suite struct OtherNameDefinitionTests {
  @Test func anotherNameBeforeTheVerbStillDefinesTheName() throws {
    let answers = try replies(
      to: ["What is LiDAR?", "What is radar?"],
      aboutUncurated: """
        Remote sensing

        Remote sensing maps the land from above. LiDAR, or light detection ranging (sometimes \
        also referred to as active laser scanning) is one remote sensing method that can be \
        used to map vegetation height. It is flown on aircraft. Radar (which is short for \
        radio detection and ranging) means finding things by radio echoes.

        """, named: "remote-sensing")
    #expect(answers.map { $0.citations.map(\.sentence) } == [[2], [4]])
    #expect(answers[1].answer.hasPrefix("Radar (which is short for"), "\(answers[1].answer)")
    #expect(
      answers[0].answer.hasPrefix("LiDAR, or light detection ranging"), "\(answers[0].answer)")
  }
}
