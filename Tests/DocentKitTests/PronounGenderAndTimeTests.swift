import Foundation
import Testing

@testable import DocentKit

/// "she" in a question is none of the men the documents call "he"; "When did that happen?" asks
/// the time of what the last answer stated; "today" of a clause in the present is no time of a
/// deed put in the past.
@Suite struct PronounGenderAndTimeTests {
  @Test func sheIsNoneOfTheMen() throws {
    let replies = try replies(
      to: [
        "What did Ida Wells found?", "Who joined the club in 1915?", "When did she found it?",
      ],
      aboutUncurated: """
        The Club

        Ida Wells founded the Alpha Club in 1913. She led it for ten years, and she spoke at \
        every meeting. Oscar Brown joined the club in 1915. He became an alderman, and he \
        served two terms.

        """, named: "club")
    #expect(replies[1].answer.contains("Oscar Brown"), "\(replies[1].answer)")
    #expect(replies[2].answer.contains("1913"), "\(replies[2].answer)")
    #expect(!replies[2].answer.contains("Oscar"), "\(replies[2].answer)")
  }

  /// Of a sentence with two times, "that" says nothing of which.
  @Test func whenDidThatHappenAsksTheTimeOfWhatWasStated() throws {
    let replies = try replies(
      to: ["Who acquired Zulip?", "When did that happen?"],
      aboutUncurated: """
        Zulip

        Zulip was acquired by Dropbox in early 2014, while the product was still in beta.

        """, named: "zulip")
    #expect(replies[0].answer.contains("Dropbox"), "\(replies[0].answer)")
    #expect(replies[1].answer == "Early 2014.", "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [1])
    let two = try DocentKitTests.replies(
      to: ["Who died in 2012?", "When did that happen?", "What made that happen?"],
      aboutUncurated: """
        Harriet

        Dame Harriet Vance ran the laboratory until 2001 and died in 2012 at the age of 81.

        """, named: "harriet")
    #expect(two[0].answer.contains("Harriet"), "\(two[0].answer)")
    #expect(two[1].status != .answered, "\(two[1].answer)")
    #expect(two[2].status != .answered, "\(two[2].answer)")
  }

  @Test func todayIsNoTimeOfAPastDeed() throws {
    let replies = try replies(
      to: ["When was TEDCO founded?", "What does TEDCO manufacture today?"],
      aboutUncurated: """
        Hagerstown

        Ralph Teetor, Charles' nephew, founded TEDCO, which today manufactures gyroscopes and \
        educational toys in Hagerstown.

        """, named: "hagerstown")
    #expect(replies[0].status != .answered, "\(replies[0].answer)")
    // "today" of a deed in the past is its time.
    let past = try DocentKitTests.replies(
      to: ["When did the council approve the stadium deal?"],
      aboutUncurated: """
        Stadium

        The Duluth City Council today approved a $90 million deal for the new stadium.

        """, named: "stadium")
    #expect(past[0].answer == "Today.", "\(past[0].answer)")
  }

}
