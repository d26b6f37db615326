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
