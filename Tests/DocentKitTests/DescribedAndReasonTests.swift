import Foundation
import Testing

@testable import DocentKit

/// "How is X described?" asks what X is, in the sentence that says so (after "is", or after a
/// comma); a sentence that holds "described as" of something else says nothing of X; a reason
/// may open its sentence after "However," or be what "The reason … is" says.
@Suite struct DescribedAndReasonTests {
  private static let text = """
    Harbor Notes

    The Tidewater Council (TWC), a volunteer group of forty members, runs the ferry. \
    In the talks, which one member described as “productive,” the council agreed to a new \
    timetable. Broomhill is a quiet village with a thriving school. \
    The reason we need more ferries is to cut the waiting time at the pier. \
    However, because they loved the old boat, the early passengers kept using it all winter.

    """

  @Test func howIsItDescribedAsksWhatItIs() throws {
    let replies = try replies(
      to: [
        "How is Broomhill described?", "How is the Tidewater Council described?",
        "How does the author describe Broomhill as a place?",
      ], aboutUncurated: Self.text, named: "harbor")
    #expect(replies[0].answer.contains("quiet village"), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [3])
    #expect(replies[1].answer.contains("volunteer group"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [1])
    #expect(replies[2].answer.contains("quiet village"), "\(replies[2].answer)")
  }

  /// The council named after "described as “productive,”" is not what was so described; the
  /// talks are, and the answer closes the quote it opens.
  @Test func whatIsHeldSoMustBeNamedBeforeIt() throws {
    let replies = try replies(
      to: ["How is the council described?", "How were the talks described?"],
      aboutUncurated: Self.text, named: "harbor")
    #expect(!replies[0].answer.contains("productive"), "\(replies[0].answer)")
    #expect(replies[1].answer.contains("“productive”"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [2])
  }

  /// Not what opens a sentence before its comma ("Since the flood, the river …"), nor the one
  /// who holds something so ("the plan, which the mayor described as …"); a reason says why of
  /// what follows it, and "The reason A is to B" why A, not why B.
  @Test func aDescriptionOrAReasonOfSomethingElseSaysNothing() throws {
    let replies = try replies(
      to: [
        "How is the flood described?", "How is the mayor described?",
        "Why was the quay road closed?", "Why did the council rebuild the wall?",
        "How is the plan described?",
      ],
      aboutUncurated: """
        Harwick Notes

        Since the flood, the river has been watched closely. However, because the quay road \
        was closed, the fish market moved to the village hall. The reason the council asked \
        for emergency money is to rebuild the wall before winter. The plan, which the mayor \
        described as "bold," was approved on Monday.

        """, named: "notes")
    for reply in replies.prefix(4) {
      #expect(reply.outcome != .answered, "\(reply.answer)")
    }
    #expect(replies[4].answer.hasPrefix("As \"bold\""), "\(replies[4].answer)")
  }

  @Test func aReasonOpensItsSentence() throws {
    let replies = try replies(
      to: [
        "Why do we need more ferries?", "Why did the early passengers keep using the old boat?",
      ], aboutUncurated: Self.text, named: "harbor")
    #expect(replies[0].citations.map(\.sentence) == [4], "\(replies[0].answer)")
    #expect(replies[0].answer.contains("cut the waiting time"), "\(replies[0].answer)")
    #expect(replies[1].citations.map(\.sentence) == [5], "\(replies[1].answer)")
    #expect(replies[1].answer.contains("loved the old boat"), "\(replies[1].answer)")
  }
}
