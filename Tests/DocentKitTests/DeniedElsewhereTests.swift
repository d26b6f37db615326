import Foundation
import Testing

@testable import DocentKit

/// A yes needs the question's verb undenied: not a sentence that says it only in a clause that
/// denies it ("especially if you're not traveling with a partner"), nor one that only presumes
/// it ("which presumably go far back in linguistic prehistory").
@Suite struct DeniedElsewhereTests {
  @Test func aVerbDeniedInAnotherClauseGivesNoYes() throws {
    let text = """
      Hitchhiking

      It is highly recommended to have a minimum level of autonomy before attempting to \
      hitchhike, especially if you're not traveling with a partner.

      """
    let answer = try replies(
      to: ["Do you have to travel with a partner?"], aboutUncurated: text, named: "hitch")[0]
    #expect(!answer.answer.hasPrefix("Yes"), "\(answer.answer)")
  }

  @Test func presumablyHedgesItsClause() throws {
    let text = """
      Tea

      Also, in contrast to, for example, the patterns illustrated in the chapters on M-T and \
      N-M pronouns (Chapters 136-137), which presumably go far back in linguistic prehistory, \
      the distribution of words for ‘tea’ depends on quite recent historical processes.

      """
    let answer = try replies(
      to: ["Do the tea words go back far into linguistic prehistory?"],
      aboutUncurated: text, named: "tea")[0]
    #expect(!answer.answer.hasPrefix("Yes"), "\(answer.answer)")
  }
}
