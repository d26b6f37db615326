import Foundation
import Testing

@testable import DocentKit

/// Two people of one surname stay two, a person's name is not taken for a file's, and "died"
/// is a form of "die".
@Suite struct NamesakeTests {
  private static let text = """
    Julia Robinson

    Julia Bowman Robinson was an American mathematician. \
    There she was influenced by the mathematician Raphael Robinson. \
    “I was happy to work with him,” Robinson wrote to a friend.

    """

  /// "Julia Bowman Robinson" after "the mathematician Raphael Robinson … Robinson" (the
  /// description and the quotation are read before the other names) is someone else: two
  /// entities, so that a yes about the two of them is not read off a sentence about one.
  @Test func twoPeopleOfOneSurnameAreTwo() throws {
    let folder = try uncuratedKnowledgeFolder(document: "openlogic-julia-robinson", text: Self.text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = try loadUnchecked(folder).base.entities.map(\.name)
    #expect(names.contains("Julia Bowman Robinson"), "\(names)")
    #expect(names.contains("Raphael Robinson"), "\(names)")
  }

  /// "Robinson" alone is the one the document names in full most often, not "the
  /// mathematician Raphael Robinson", whose description is read first; "Julia Robinson" is
  /// Julia Bowman Robinson, and "she" after a question about her is her.
  @Test func aSurnameAloneIsThePersonNamedMostInFull() throws {
    let text = """
      Julia Robinson

      Julia Bowman Robinson was an American mathematician. \
      Robinson was born in St. Louis, Missouri, on December 8, 1919. \
      She transferred to the University of California, Berkeley, as a senior. \
      There she was influenced by the mathematician Raphael Robinson. \
      She suffered rheumatic fever as a child.

      """
    let answers = try replies(
      to: [
        "Where was Julia Robinson born?", ":context", "Who influenced her?",
        "Did Julia and Raphael Robinson have any children?",
      ], aboutUncurated: text, named: "openlogic-julia-robinson")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].answer.contains("he/she → Julia Bowman Robinson"), "\(answers[1].answer)")
    // The other Robinson answers who influenced her: a namesake is no name the question uses.
    #expect(answers[2].answer.hasPrefix("Raphael Robinson"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [4])
    // "Robinson" in a sentence about her holds no Raphael Robinson.
    #expect(answers[3].outcome != .answered, "\(answers[3].answer)")
  }

  @Test func aPersonsNameOfThreeWordsIsShortenedToTwo() {
    #expect(ExtractedLayer.shortened("Julia Bowman Robinson") == ["Julia Robinson"])
    #expect(ExtractedLayer.shortened("Vincent van Gogh").isEmpty)
    #expect(ExtractedLayer.shortened("Bank of England").isEmpty)
    #expect(ExtractedLayer.shortened("Raphael Robinson").isEmpty)
    #expect(ExtractedLayer.shortened("Sammy Davis Jr.").isEmpty)
  }

  /// "Dr. Robinson" in a text about Julia Robinson is no one else; nor is "John Adams" John
  /// Quincy Adams when the text names him too.
  @Test func aTitleOrAShortNameIsNoOneElse() throws {
    let robinson = """
      Julia Robinson

      Julia Bowman Robinson was an American mathematician. \
      In 1948 Dr. Robinson collaborated on the tenth problem.

      """
    let asked = try replies(
      to: ["Who collaborated with Julia Robinson on the tenth problem?"],
      aboutUncurated: robinson, named: "julia-robinson")
    #expect(!asked[0].answer.hasPrefix("Dr. Robinson"), "\(asked[0].answer)")
    let adams = """
      John Quincy Adams

      John Quincy Adams, the sixth president, was born in 1767. \
      His father John Adams was born in Braintree.

      """
    let who = try replies(to: ["Who was John Adams?"], aboutUncurated: adams, named: "jqa")
    #expect(!who[0].answer.contains("sixth president"), "\(who[0].answer)")
  }

  /// "Julia Robinson" names the person, not the file openlogic-julia-robinson, whose name
  /// holds it too; "died" and "die" are one verb.
  @Test func aPersonsNameIsNoFileName() throws {
    let text = """
      Julia Robinson

      Julia Bowman Robinson was an American mathematician. \
      She died on July 30, 1985 at the age of 65 after being diagnosed with leukemia.

      """
    let answers = try replies(
      to: ["When did Julia Robinson die?"], aboutUncurated: text,
      named: "openlogic-julia-robinson")
    #expect(answers[0].answer.hasSuffix("July 30, 1985."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  @Test func diedAndDyingAreFormsOfDie() {
    #expect(Stemmer.stem("died") == Stemmer.stem("die"))
    #expect(Stemmer.stem("dying") == Stemmer.stem("die"))
    #expect(Stemmer.stem("lied") == Stemmer.stem("lie"))
    #expect(Stemmer.stem("used") == Stemmer.stem("use"))
  }
}
