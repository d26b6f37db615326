import Foundation
import Testing

@testable import DocentKit

/// Where a thing is kept, said by another verb of keeping ("housed in"); which saint a chapel
/// was dedicated to, said by the phrase its question's preposition opens, and a passive said
/// after another verb of its subject; a role with the noun that says which ("copy editor"); and
/// a misspelt hyphenated name read as the name it is near.
@Suite struct KeptAndDedicatedTests {
  private static let text = """
    The Lund Reliquary

    The bronze reliquary, currently housed in the treasury of Lund Cathedral, was cast in 1240. \
    The chapel was rebuilt after the fire and was dedicated to Saint Olaf in 1262. \
    Thanks go to our tireless copy editor, Mira Holt, for the index. \
    The catalogue was written by Jo-Anne Verhoeven with two colleagues. \
    The reform revived old guilds, such as the one dedicated to Saint Eligius, to which the \
    goldsmiths and allied metal workers belonged, leading often to new statutes.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "lund-reliquary")
  }

  /// "Where is it kept?" against "currently housed in the treasury of Lund Cathedral".
  @Test func aVerbOfKeepingSaysWhereItIsKept() throws {
    let answers = try ask(["Where is the bronze reliquary kept?"])
    #expect(
      answers[0].answer.hasPrefix("In the treasury of Lund Cathedral."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// The passive of the second verb is said of the chapel, not of nothing.
  @Test func aPassiveAfterAnotherVerbKeepsItsSubject() throws {
    let answers = try ask(["Which saint was the chapel dedicated to?"])
    #expect(
      answers[0].answer.hasPrefix("The chapel was dedicated to Saint Olaf."),
      "\(answers[0].answer)")
  }

  /// "such as the one dedicated to Saint Eligius": the phrase "to" opens after the question's
  /// verb, which says the kind asked for, where no clause holds it.
  @Test func aPhraseThatSaysTheKindAsked() throws {
    let answers = try ask(["Which saint was the goldsmiths' guild dedicated to?"])
    #expect(answers[0].answer.hasPrefix("To Saint Eligius."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [5])
  }

  /// "our tireless copy editor, Mira Holt": the role is the copy editor.
  @Test func aNounBeforeARoleSaysWhichRole() throws {
    let answers = try ask(["Who is the copy editor?"])
    #expect(answers[0].answer.hasPrefix("Mira Holt is copy editor."), "\(answers[0].answer)")
  }

  /// "Jo-Anne Verhoven" is Jo-Anne Verhoeven, hyphen and all.
  @Test func aMisspeltHyphenatedName() throws {
    let answers = try ask(["Did Jo-Anne Verhoven write the catalogue?"])
    #expect(answers[0].answer.contains("Yes."), "\(answers[0].answer)")
    #expect(answers[0].answer.contains("Jo-Anne Verhoeven"), "\(answers[0].answer)")
  }
}
