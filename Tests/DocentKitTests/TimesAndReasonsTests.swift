import Foundation
import Testing

@testable import DocentKit

/// Times as British writing gives them ("At 2.35pm"), how near a time something was ("Shortly
/// after 10pm"), a reason given as what something was done for ("for their own safety"), and
/// a question two sentences answer with two different times, which is left open.
@Suite struct TimesAndReasonsTests {
  private static let text = """
    Ferry Report

    At 9.15am, the ferry left the north pier. \
    At 2.35pm, the crew closed the cargo deck of the ferry. \
    Shortly after 10pm, the crew had closed every cabin of the ferry. \
    At noon, the passengers left the lounge for their own safety. \
    The harbour master praised the crew for their children. \
    The ferry is remarkably fast for its size. \
    Not long after 11pm, the crew had secured the east gate of the pier.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "ferry")
  }

  @Test func aTimeWithAFullStopIsATime() throws {
    let answers = try ask(["When did the ferry leave the north pier?"])
    #expect(answers[0].answer.contains("9.15am"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  @Test func howNearTheTimeItWasIsPartOfIt() throws {
    let answers = try ask(["When had the crew closed every cabin?"])
    #expect(answers[0].answer.hasPrefix("Shortly after 10pm"), "\(answers[0].answer)")
  }

  /// "Not long after 11pm" is no "long after".
  @Test func howNearTheTimeItWasKeepsItsDenial() throws {
    let answers = try ask(["When had the crew secured the east gate?"])
    #expect(!answers[0].answer.hasPrefix("Long"), "\(answers[0].answer)")
  }

  /// "for their own safety" says why; "for their children" says for whom, and "fast for its
  /// size" compares: no reason.
  @Test func whatSomethingIsDoneForIsWhy() throws {
    let answers = try ask([
      "Why did the passengers leave the lounge?", "Why did the harbour master praise the crew?",
      "Why is the ferry fast?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }

  /// Both sentences hold as much of the question, and give two times: which one is meant the
  /// question does not say.
  @Test func twoTimesAsNearTheQuestionLeaveItOpen() throws {
    let answers = try ask(["When did the crew close the ferry?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
  }
}

/// A length of time before "before" or "after" is how far one time is from another, not how
/// long anything lasts, unless the question asks how long before.
@Suite struct OffsetDurationTests {
  @Test func aLengthBeforeAnotherTimeIsNoLengthOfAThing() throws {
    let answers = try replies(
      to: [
        "How long should the annual report be?",
        "How long before the meeting should the annual report be submitted?",
        "How long did the committee meeting last?",
      ],
      aboutUncurated: """
        Annual reporting

        The annual report should be submitted a week before the annual meeting begins. \
        Reports are read by the executive committee. \
        The committee meeting lasted two hours, after which the vote was held.

        """, named: "reporting")
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
    #expect(answers[2].answer.hasPrefix("Two hours"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [3])
    #expect(answers[1].answer.hasPrefix("A week"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
  }
}

/// "to" and a verb after a deed's object, particle or adverb says what the deed was done for;
/// not the verb's own complement ("decided to close"), nor a deed done to another name
/// ("developed Gateway to replace it") or thing ("left the hotel", not the team), nor "to" a
/// name ("lost to Mark Waite").
@Suite struct DeedPurposeTests {
  private static let text = """
    Club Notes

    After one season, Butler left the team to concentrate on his national team duties. \
    The old trail was rebuilt quickly to allow rangers access to the forest. \
    In 1993 the director decided to close the museum in Breda. \
    Hafner lost to Mark Waite by a wide margin. \
    The firm kept the old site and developed Gateway to replace it. \
    Later, Smith left the hotel early to catch a flight.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "club")
  }

  @Test func whatADeedIsDoneForIsWhy() throws {
    let answers = try ask(["Why did Butler leave the team?", "Why was the old trail rebuilt?"])
    #expect(
      answers[0].answer.hasPrefix("To concentrate on his national team"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.contains("to allow rangers access"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// What forced someone to do something is why they did it.
  @Test func whatForcedADeedIsWhy() throws {
    let answers = try replies(
      to: ["Why did Wells leave school?"],
      aboutUncurated: """
        Notes

        In 1878, the death of her parents from yellow fever forced Wells to leave school at 16.

        """, named: "notes")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// What led to something is why it is so; what only caused people to wonder is not why they
  /// wondered about someone the sentence does not name.
  @Test func whatLedToSomethingIsWhy() throws {
    let led = try replies(
      to: ["Why is there a lack of approved drugs for minor species?"],
      aboutUncurated: "Notes\n\nProfessor Joseph Kimble wrote many articles on plain legal "
        + "writing. High development costs and limited markets have led to a lack of approved "
        + "drugs for minor species.\n",
      named: "notes")
    #expect(led[0].citations.map(\.sentence) == [2], "\(led[0].answer)")
    let caused = try replies(
      to: ["Why did people wonder whether the vice president was involved?"],
      aboutUncurated: "Notes\n\nThe words he shouted caused many people to wonder if others "
        + "might be involved.\n",
      named: "notes")
    #expect(caused[0].outcome != .answered, "\(caused[0].answer)")
    // Nor "forces" that force no one, nor "led to" a place.
    let others = try replies(
      to: ["Why was the city captured?", "Why were the guards waiting in the courtyard?"],
      aboutUncurated: "Notes\n\nThe war began in 1988. Rebel forces captured the city in 1990. "
        + "A narrow door led to a courtyard where the guards were waiting.\n",
      named: "notes")
    for answer in others {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }

  @Test func aVerbsOwnComplementOrAnotherDeedIsNoPurpose() throws {
    let answers = try ask([
      "Why did the director decide to close the museum?", "Why did Hafner lose?",
      "Why was the old site developed?", "Why did Smith leave the team?",
    ])
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }
}

/// A plain "when" is answered by when the question's deed happens, told by another
/// happening: "Open Space works best when the hosts follow the rules exactly".
@Suite struct HappeningTimeTests {
  private static let text = """
    Retreats

    Open Space works best when the hosts follow the rules exactly. \
    The band played when the mayor arrived. \
    The rule is changed if members vote for it. \
    Once the bread has cooled completely, slice it. \
    After the war ended, the factions should agree to the Oslo peace treaty with Israel.

    """

  @Test func whenIsAnsweredByAnotherHappening() throws {
    let answers = try replies(
      to: ["When does Open Space work best?", "When should the bread be sliced?"],
      aboutUncurated: Self.text, named: "retreats")
    #expect(answers[0].answer.hasPrefix("When the hosts follow the rules exactly."))
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("Once the bread has cooled completely."))
    #expect(answers[1].citations.map(\.sentence) == [4])
  }

  /// Not the happening that is the deed asked about ("when the mayor arrived" is not when he
  /// arrived), nor a condition for when something was done.
  @Test func notTheDeedItselfNorAConditionOfThePast() throws {
    let answers = try replies(
      to: [
        "When did the mayor arrive?", "When was the rule changed?", "What year did the band play?",
        "When was the Oslo peace treaty signed?",
      ],
      aboutUncurated: Self.text, named: "retreats")
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
    // A question that opens on a condition asks something else.
    let who = try replies(
      to: ["When the mayor arrived, who played?"], aboutUncurated: Self.text, named: "retreats")
    #expect(!who[0].answer.hasPrefix("When the mayor arrived"), "\(who[0].answer)")
  }
}

/// Words that open no happening of a time: "if" of whether, "after" of a verb's own, "once"
/// of formerly or "at once", "when" after a noun of time; nor a happening of another clause.
@Suite struct NoHappeningTests {
  @Test func theseSayNoTime() throws {
    let text = """
      Probe

      Read the Qualifications section to see if you meet the job qualifications. \
      The old dog barks as if it were hungry. \
      The council approves the budget, and the mayor resigns when the council rejects it. \
      The nurses look after the patients in the east wing. \
      The town, once a busy port, declined. \
      Residents remember the winter when the river froze. \
      The rule is changed if members vote for it. \
      Operators must stop the pump at once and call the supervisor.

      """
    let answers = try replies(
      to: [
        "When should you read the Qualifications section?", "When does the old dog bark?",
        "When does the council approve the budget?", "When do the nurses look after the patients?",
        "When did the town decline?", "When do residents remember the winter?",
        "When has the rule been changed?", "When must operators call the supervisor?",
      ], aboutUncurated: text, named: "probe")
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }
}

/// "What happens if …?" is answered by the rest of a sentence whose condition is the one the
/// question gives.
@Suite struct WhatHappensTests {
  private static let text = """
    Loans

    Your credit score will suffer if you don't pay your mortgage on time. \
    If you can't afford a down payment, you will pay for mortgage insurance. \
    So in technical terms, when the button gets pressed, a challenge is sent to the server.

    """

  @Test func theRestOfTheSentenceOfTheConditionAnswers() throws {
    let answers = try replies(
      to: [
        "What happens if I don't pay my mortgage on time?",
        "What happens when the button is pressed?",
      ], aboutUncurated: Self.text, named: "loans")
    #expect(answers[0].answer.hasPrefix("Your credit score will suffer."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(
      answers[1].answer.hasPrefix("A challenge is sent to the server."), "\(answers[1].answer)")
  }

  /// Not a sentence of another condition, nor of the condition denied.
  @Test func anotherConditionDoesNotAnswer() throws {
    let answers = try replies(
      to: ["What happens if I pay my mortgage on time?", "What happens if I miss a payment?"],
      aboutUncurated: Self.text, named: "loans")
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }

  @Test func theConditionAskedIsFound() {
    let asked = { (question: String) in
      EvidenceAnswerer.happeningAsked(in: QuestionText.tokens(question))
    }
    #expect(asked("What happens if I don't pay on time?") == 2)
    #expect(asked("What will happen once they are stable?") == 3)
    #expect(asked("What happened to the turtles?") == nil)
    #expect(asked("Why does it happen if it rains?") == nil)
  }
}

@Suite struct WhatHappenedToTests {
  private static let text = """
    The summit

    The Paris summit was cancelled in May after the spy plane was shot down. \
    Since the book owes everything to the conference, we decided to donate any profits from it \
    to the scholarship fund. \
    In retaliation, a group of angry whites destroyed her newspaper's office while she was away. \
    The council finally decided last night not to sell the old library. \
    The fire started in the kitchen.

    """

  /// The sentence with a clause that does something to the thing, said whole: what frames the
  /// clause ("decided not to") is what it says of the thing.
  @Test func theSentenceThatDoesSomethingToTheThingAnswers() throws {
    let answers = try replies(
      to: [
        "What happens to any profits from the book?",
        "What did a group of whites do to her newspaper office?",
        "What happened to the library?",
      ], aboutUncurated: Self.text, named: "summit")
    #expect(
      answers[0].answer.contains(
        "we decided to donate any profits from it to the scholarship fund"),
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(
      answers[1].answer.contains("a group of angry whites destroyed her newspaper's office"),
      "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
    #expect(answers[2].answer.contains("decided last night not to sell"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [4])
  }

  /// A place where something happened is not what happened to it.
  @Test func aPlaceIsNotWhatHappened() throws {
    let answer = try replies(
      to: ["What happened to the kitchen?"], aboutUncurated: Self.text, named: "summit")[0]
    #expect(answer.outcome != .answered, "\(answer.answer)")
  }

  @Test func theThingAskedAboutIsFound() {
    let asked = { (question: String) in
      EvidenceAnswerer.patientAsked(in: QuestionText.tokens(question)).map {
        ($0.words.map(\.folded).joined(separator: " "), $0.doing)
      }
    }
    #expect(asked("What happened to the turtles once they were stable?")?.0 == "the turtles")
    #expect(asked("What happens to any profits from the book?")?.0 == "any profits")
    #expect(
      asked("What did the mob do to her office?").map { $0.0 + " \($0.1)" } == "her office true")
    #expect(asked("What should I do with the records of the firm?")?.0 == "the records of the firm")
    #expect(asked("What did Euler's father do for a living?") == nil)
    #expect(asked("What do sponsors have to do to get approval?") == nil)
    #expect(asked("What happens if it rains?") == nil)
  }
}
