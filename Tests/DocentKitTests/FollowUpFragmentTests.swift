import Foundation
import Testing

@testable import DocentKit

/// A follow-up that says only what changes ("And for women?", "What about an apple leaf?",
/// "And in 1920?") is asked as the question before it with that part changed; one that says a
/// deed of its own, asks with a question word alone, or changes nothing the question before
/// has, is read as it stands.
@Suite struct FollowUpFragmentTests {
  @Test(arguments: [
    (
      "What percentage of middle-aged men are overweight?", "And for women?",
      "What percentage of middle aged women are overweight?"
    ),
    (
      "How many pores does a white lily leaf have?", "What about an apple leaf?",
      "How many pores does an apple leaf have?"
    ),
    ("What did the town mark in 1919?", "And in 1920?", "What did the town mark in 1920?"),
    (
      "Which tool did they use for linting?", "And which one for testing?",
      "Which tool did they use for testing?"
    ),
    ("How many schools play stoolball?", "And how many clubs?", "How many clubs play stoolball?"),
    (
      "How many learners have they taught?", "And in how many countries?",
      "In how many countries have they taught?"
    ),
    (
      "What field does Lucy come from?", "What about Dorothy's background?",
      "What field does Dorothy come from?"
    ),
  ])
  func aFragmentChangesTheQuestionBefore(previous: String, fragment: String, whole: String) {
    #expect(Ellipsis.question(for: fragment, after: previous) == whole)
  }

  @Test(arguments: [
    // A deed of its own.
    ("How long is a term on the board?", "And who votes them in?"),
    ("How much did Dashbit put into the budget?", "And how much came from Oban?"),
    // A question word alone asks too little.
    ("Who founded Zulip?", "And when?"),
    ("Where did they meet?", "And when?"),
    ("How much will the extension cost?", "So why?"),
    // A condition where the question before has none.
    ("What happens to a device that still works?", "And if it's broken?"),
    // Nothing in the question before for it to change.
    ("When did the council report data breaches?", "And security vulnerabilities?"),
    // No word that makes it a follow-up.
    ("What percentage of middle-aged men are overweight?", "For women?"),
  ])
  func otherQuestionsStandAsTheyAre(previous: String, fragment: String) {
    #expect(Ellipsis.question(for: fragment, after: previous) == nil)
  }

  /// Answered, with the question it was taken as; of two numbers one sentence gives, the one
  /// said of the thing asked about.
  @Test func aFragmentIsAnsweredAsTheWholeQuestion() throws {
    let replies = try replies(
      to: [
        "What percentage of middle-aged men are overweight or obese?", "And for women?",
        "How many pores does a white lily leaf have?", "What about an apple leaf?",
      ],
      aboutUncurated: """
        Midlife Health

        Modern life is harming the health of the nation: 77% of men and 63% of women in middle \
        age are overweight or obese. Leaves breathe through pores: a white lily leaf has 60,000 \
        pores and an apple leaf has 24,000 pores.

        """, named: "health")
    #expect(replies[0].answer == "77%.")
    #expect(
      replies[1].answer
        == "(Taking it as “What percentage of middle aged women are overweight or obese?”.)\n63%.")
    #expect(replies[1].citations.map(\.sentence) == [1])
    #expect(replies[2].answer == "60,000 pores.")
    #expect(replies[3].answer.hasSuffix("\n24,000 pores."), "\(replies[3].answer)")
  }

  /// A fragment answered as the question before it was says nothing of the part that changed:
  /// "71%" for women as for men, where the sentence is read wrongly, is declined. So is a
  /// fragment after a question left unanswered.
  @Test func theSameAnswerAgainIsDeclined() throws {
    let replies = try replies(
      to: [
        "What percentage of middle-aged men are overweight?", "And for women?",
        "How much does a stool cost?", "And a rocking chair?",
      ],
      aboutUncurated: """
        Report

        Among middle-aged adults, 71% of men and 58% of women are overweight. A dining chair \
        costs 1,400 euros and a rocking chair 2,600 euros.

        """, named: "report")
    #expect(replies[0].answer == "71%.")
    #expect(replies[1].status != .answered, "\(replies[1].answer)")
    #expect(replies[3].status != .answered, "\(replies[3].answer)")
  }
}
