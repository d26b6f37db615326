import Foundation
import Testing

@testable import DocentKit

/// What a text says in brackets and by naming: a thing named as the sentence goes on ("a
/// straw sunhat called a tholia") is what the name is; a person's organisation in brackets
/// after the name ("Mira Holt (Harbor Science)") is theirs; a death year in brackets ("(d.
/// 1621)") answers when that person died and is no time of anything else; what stands before a
/// result's "so", or after a reason's "as they …", or makes a thing what it is, says why. An auxiliary mistyped as a word
/// ("dose", "where") right after the question word is read as the auxiliary.
@Suite struct BracketAndNamingTests {
  private static let text = """
    The Harbor Portrait

    This painting shows Anna Dunmore, daughter of Sir Piers Dunmore (d. 1621) of Kent. \
    The sitter wears a large mantle, or cloak, called a himation over her dress. \
    Her hair is covered by a straw sunhat called a tholia. \
    Mira Holt (Harbor Science) examined the varnish, and Teo Lind (Quelvaro) shared the results. \
    The panel was cut down long ago, so the original frame cannot be refitted. \
    The pearls were painted with lead white. \
    The guild asks each painter for a sketch as they want to see the hand of the artist. \
    It is the steady light of the north window that makes the studio the best room. \
    Remove the pins before framing, as they are prone to rust.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "harbor-portrait")
  }

  /// "What is a himation?" against "a large mantle, or cloak, called a himation".
  @Test func aNameGivenAsTheSentenceGoesOnSaysWhatItIs() throws {
    let answers = try ask(["What is a himation?", "What is a tholia?"])
    #expect(answers[0].answer.hasPrefix("A large mantle, or cloak."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].answer.hasPrefix("A straw sunhat."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  /// The organisation in brackets after a person's name is where they work, though its name
  /// reads as a person's ("Harbor Science") or is one word of its own ("Quelvaro").
  @Test func anOrganisationInBracketsIsThePersons() throws {
    let answers = try ask([
      "Which organisation is Mira Holt from?", "Who does Teo Lind work for?",
    ])
    #expect(answers[0].answer.contains("Harbor Science"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
    #expect(answers[1].answer.contains("Quelvaro"), "\(answers[1].answer)")
  }

  /// "(d. 1621)" is when Sir Piers died, and not when the painting was made.
  @Test func aDeathYearInBracketsIsTheirs() throws {
    let answers = try ask([
      "When did Sir Piers Dunmore die?", "In what year was the painting made?",
      "When did Anna Dunmore die?",
    ])
    #expect(answers[0].answer.hasPrefix("1621"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].citations.isEmpty, "\(answers[1].answer)")
    #expect(!answers[1].answer.contains("1621"), "\(answers[1].answer)")
    // Her father's year is not hers.
    #expect(!answers[2].answer.contains("1621"), "\(answers[2].answer)")
  }

  /// "Florence Rena Sabin (1871-1953)" answers for "Florence Sabin", a longer name of the
  /// same person; "John Quincy Adams (1767–1848)" is not his father John Adams, whom the text
  /// names too.
  @Test func aLifeSpanAfterALongerNameOfTheSamePerson() throws {
    let answers = try replies(
      to: [
        "When was Florence Sabin born?", "When did Florence Sabin die?",
        "When was Mary Sabin born?",
      ],
      aboutUncurated: "Sabin\n\nFlorence Rena Sabin (1871-1953) is often called a pioneer.\n",
      named: "sabin")
    #expect(answers[0].answer.hasPrefix("1871"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("1953"), "\(answers[1].answer)")
    #expect(!answers[2].answer.contains("1871"), "\(answers[2].answer)")
    let adams = try replies(
      to: ["When was John Adams born?", "When was John Quincy Adams born?"],
      aboutUncurated: """
        The Adams Family

        John Quincy Adams (1767–1848) was the sixth president. His father John Adams was a \
        farmer in Braintree.

        """, named: "adams")
    #expect(!adams[0].answer.contains("1767"), "\(adams[0].answer)")
    #expect(adams[1].answer.hasPrefix("1767"), "\(adams[1].answer)")
  }

  /// "…, so the original frame cannot be refitted" gives its reason before the "so"; "… as
  /// they want to see …" and ", as they are prone to rust" after the "as"; "the light … makes
  /// the studio the best room" in what makes it so.
  @Test func whatComesBeforeAResultsSoIsWhy() throws {
    let answers = try ask([
      "Why can't the original frame be refitted?", "Why does the guild want a sketch?",
      "Why is the studio the best room?", "Why should the pins be removed?",
    ])
    #expect(answers[0].citations.map(\.sentence) == [5], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("cut down"), "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [7], "\(answers[1].answer)")
    #expect(answers[1].answer.contains("want to see the hand"), "\(answers[1].answer)")
    #expect(answers[2].citations.map(\.sentence) == [8], "\(answers[2].answer)")
    #expect(answers[2].answer.contains("steady light"), "\(answers[2].answer)")
    // After a comma, "as they are …" is why too.
    #expect(answers[3].citations.map(\.sentence) == [9], "\(answers[3].answer)")
    #expect(answers[3].answer.contains("prone to rust"), "\(answers[3].answer)")
  }

  /// "What dose …", "How where …": the auxiliary, mistyped.
  @Test func aMistypedAuxiliaryIsReadAsOne() throws {
    let answers = try ask([
      "How where the pearls painted?", "What dose of lead white is safe for the pearls?",
    ])
    #expect(answers[0].citations.map(\.sentence) == [6], "\(answers[0].answer)")
    #expect(answers[0].answer.contains("lead white"), "\(answers[0].answer)")
    // A dose is a word of its own where the auxiliary comes later.
    #expect(!answers[1].answer.contains("Taking “dose”"), "\(answers[1].answer)")
  }

  /// "(Office of Public and Media Communications Social Media Team)": the name of a part of an
  /// organisation, its capitalised words joined by "of" and "and", is where the person works.
  @Test func aUnitOfAnOrganisationInBracketsIsThePersons() throws {
    let text = """
      The Plan

      The plan was written by these people:
      Mira Holt (Office of Public and Media Communications Social Media Team)

      """
    let answers = try replies(
      to: ["Who does Mira Holt work for?"], aboutUncurated: text, named: "plan")
    #expect(
      answers[0].answer.contains("Office of Public and Media Communications Social Media Team"),
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// Capitalised words in brackets that name no part of an organisation ("(Office Hours
  /// Tuesday and Thursday)") are no affiliation.
  @Test func bracketedWordsThatNameNoUnitAreNoAffiliation() throws {
    let text = """
      Grading

      Questions about grading go to Helen Ray (Office Hours Tuesday and Thursday) at the desk.

      """
    let answers = try replies(
      to: ["Who does Helen Ray work for?"], aboutUncurated: text, named: "grading")
    #expect(!answers[0].answer.contains("Office Hours"), "\(answers[0].answer)")
  }
}
