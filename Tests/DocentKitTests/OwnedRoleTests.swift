import Foundation
import Testing

@testable import DocentKit

/// "Anh Pham worked with her mentor, Erica Sadun": a role said with "his" or "her" is the role
/// of the one person the sentence names before, and answers "Who was Anh Pham's mentor?".
@Suite struct OwnedRoleTests {
  private static let text = """
    Mentors

    Anh Pham worked with her mentor, Erica Sadun, on documentation. \
    David Reyes spent his summer on Vapor with his mentor, Tim Condon. \
    Ana Ortiz and Lena Marsh met their editor, Hugo Bell, and his assistant, Mia Stone.

    """

  @Test func aRoleSaidWithHisOrHerIsThatPersonsRole() throws {
    let answers = try replies(
      to: ["Who was Anh Pham's mentor?", "Who mentored David Reyes?", "Who is Erica Sadun?"],
      aboutUncurated: Self.text, named: "mentors")
    #expect(answers[0].answer.hasPrefix("Erica Sadun"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("Tim Condon"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].answer == "Erica Sadun is the mentor of Anh Pham.")
  }

  /// With several people named before, "his" is not read as anyone's in particular: the role
  /// is said alone, as it was before roles were given owners (this checks what the rule must
  /// not do).
  @Test func twoPeopleBeforeLeaveTheOwnerUnsaid() throws {
    let answers = try replies(
      to: ["Who is Mia Stone?"], aboutUncurated: Self.text, named: "mentors")
    #expect(!answers[0].answer.contains(" of "), "\(answers[0].answer)")
  }
}

/// A role given before a name, with no article, is said with one after "is".
@Suite struct RoleArticleTests {
  @Test(arguments: [
    ("mathematician", "a mathematician"),
    ("political analyst", "a political analyst"),
    ("editor", "an editor"),
    ("spokesman for the bloc", "a spokesman for the bloc"),
    // Kept: a title, a determiner, a plural, an office of a body, a small word first.
    ("U.S. President", "U.S. President"),
    ("the mentor of Anh Pham", "the mentor of Anh Pham"),
    ("co-founders", "co-founders"),
    ("director of the Centre", "director of the Centre"),
    ("or other selected person", "or other selected person"),
  ])
  func aRoleGetsAnArticle(role: String, said: String) {
    #expect(Answerer.withArticle(role) == said)
  }

  @Test func whoIsSaysTheArticle() throws {
    let answers = try replies(
      to: ["Who is Raphael Robinson?"],
      aboutUncurated: "Julia Robinson was influenced by the mathematician Raphael Robinson.\n",
      named: "robinson")
    #expect(answers[0].answer == "Raphael Robinson is a mathematician.")
  }
}
