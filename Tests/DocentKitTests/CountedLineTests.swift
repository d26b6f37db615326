import Foundation
import Testing

@testable import DocentKit

/// A list of measures ("220g custer feldspar" under "Ingredients") answers "how much" of each:
/// a number written with its unit is a number, a line that only counts the thing asked about
/// needs no verb of the question, and a common noun the document is about ("the glaze" of a
/// glaze recipe) need not stand in the line. An "it" that stands for the clause after it ("Is
/// it okay to …?") is no pronoun to resolve, and a question word capitalized in the text is no
/// name.
@Suite struct CountedLineTests {
  private static let text = """
    Celadon Glaze

    A celadon glaze turns a pale green in a reduction firing.
    Why: The iron in the glaze changes colour when the kiln is starved of oxygen.
    How: If you fire with gas, close the damper of the kiln after the glaze begins to melt.
    Ingredients
    450g silica
    220g custer feldspar
    35g whiting
    12g red iron oxide
    Method
    1. Weigh the silica and the feldspar into a dry bucket.
    2. Add water slowly and stir the glaze until it is smooth.
    3. Sieve the glaze twice before you dip the pots.
    4. Porcelain is hard to glaze because it absorbs little water.
    5. Keep the glaze in a sealed bucket between firings.
    The potters asked one question - How do we keep the glaze green?

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "celadon-glaze")
  }

  /// "How much feldspar goes into the glaze?": the line that counts feldspar, though it says
  /// neither "glaze" nor "goes".
  @Test func aLineThatCountsAnswersHowMuch() throws {
    let answers = try ask([
      "How much feldspar goes into the glaze?", "How much iron oxide is in the glaze?",
    ])
    #expect(answers[0].answer.hasPrefix("220g custer feldspar."), "\(answers[0].answer)")
    #expect(answers[0].citations.count == 1)
    #expect(answers[1].answer.hasPrefix("12g red iron oxide."), "\(answers[1].answer)")
  }

  /// One word is enough when a line counts it; not when no sentence does ("Add water slowly").
  @Test func oneCountedWordNeedsACount() throws {
    let answers = try ask(["How much silica goes in?", "How much water goes in?"])
    #expect(answers[0].answer.hasPrefix("450g silica."), "\(answers[0].answer)")
    #expect(answers[1].status != .answered, "\(answers[1].answer)")
  }

  /// The kiln, which two sentences name, is not what the document is about: a line that does
  /// not say it does not say what goes into it.
  @Test func aWordTheDocumentSeldomUsesMustBeSaid() throws {
    let answers = try ask(["How much feldspar goes into the kiln?"])
    #expect(answers[0].status != .answered, "\(answers[0].answer)")
  }

  /// "Is it okay to …?" asks whether to do it: the sentences are read for it, and the refusal
  /// keeps the "it".
  @Test func anItOfTheClauseAfterIt() throws {
    let answers = try ask(["Is it okay to dip the pots before sieving?"])
    #expect(
      answers[0].answer
        == "The documents don't say whether it is okay to dip the pots before sieving.",
      "\(answers[0].answer)")
  }

  /// So do "Is it a good idea to …?" and "When is it fine not to …?".
  @Test func anItOfAJudgedDeed() throws {
    let answers = try ask([
      "Is it a good idea to dip the pots twice?", "When is it fine not to sieve the glaze?",
    ])
    #expect(
      answers.map(\.answer) == [
        "The documents don't say whether it is a good idea to dip the pots twice.",
        "The documents don't say when it is fine not to sieve the glaze.",
      ])
  }

  /// "How:" opening a line, and "How do we …" after a dash, name no one "they" may stand for.
  @Test func aQuestionWordIsNoName() throws {
    let answers = try ask(["Who is How?", "Where are they kept?"])
    #expect(!answers[0].answer.contains("How is mentioned"), "\(answers[0].answer)")
    #expect(!answers[1].answer.contains("How"), "\(answers[1].answer)")
  }
}
