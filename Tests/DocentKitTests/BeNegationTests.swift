import Foundation
import Testing

@testable import DocentKit

/// "not", "never" and "no longer" after a form of "be" deny its clause: the parser joins them
/// to "is" by `EB`, not by the `N` of "does not". A yes or no then says no, never yes.
@Suite struct BeNegationTests {
  @Test func notAfterBeDeniesTheClause() throws {
    let governed = try clauses(of: "OpenStreetMap is not a closely governed or managed project.")
    #expect(try clause("be", in: governed).predicate.negation == ["not"])
    let member = try clauses(of: "She was never a member of the board.")
    #expect(try clause("be", in: member).predicate.negation == ["never"])
    let invited = try clauses(of: "The delegates were not invited.")
    #expect(try clause("invite", in: invited).predicate.isNegated)
  }

  /// "not only", "not merely" add to what the clause says; they deny nothing. (The parser keeps
  /// "not only" in the complement; "not merely" it joins to "is", as it joins a denying "not".)
  @Test func notOnlyDeniesNothing() throws {
    let found = try clauses(of: "The archive is not only a library but also a museum.")
    #expect(try !clause("be", in: found).predicate.isNegated)
    let merely = try clauses(of: "It is not merely a map.")
    #expect(try !clause("be", in: merely).predicate.isNegated)
  }

  private static let text = """
    The Harbour Map

    The Harbour Map is not a closely managed project; volunteers are the core of it.

    The tide service sends warnings of floods to the harbour office. It is not accurate enough \
    to be relied upon for time-critical detection and location of floods.

    """

  /// A question the sentence denies gets "No", with the sentence cited: the denial holds though
  /// the sentence says "it" for the service and more than the question asks ("detection and
  /// location").
  @Test func aDeniedCopulaAnswersNo() throws {
    let answers = try replies(
      to: [
        "Is the Harbour Map a closely managed project?",
        "Is the service accurate enough for time-critical detection of floods?",
      ], aboutUncurated: Self.text, named: "harbour-map")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }
}
