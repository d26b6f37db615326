import Foundation
import Testing

@testable import DocentKit

/// A verb the question uses is said by another that shares one of its senses
/// ("measure" by "quantify"), where that sense is among the other's
/// commoner ones: the clause of that verb gives what the question asks for.
@Suite struct SharedSenseVerbTests {
  private static let text = """
    The London Bills of Mortality

    Plague epidemics were a recurring threat in late medieval and early modern Europe. \
    Responses varied across time and space, as city leaders and other political authorities \
    attempted to avoid contagion, contain the sick, and understand the scope of the threat. \
    In England, the first plague policies were enacted in 1517-1518, after an outbreak of \
    sweating sickness and plague that affected the royal court. \
    These policies included attempting to quantify the severity of various plague outbreaks in \
    the city of London.

    """

  @Test func aVerbOfASharedSenseGivesItsObject() throws {
    let answers = try replies(
      to: ["What were the early policies trying to measure?"], aboutUncurated: Self.text,
      named: "bills-of-mortality")
    #expect(
      answers[0].answer.hasPrefix("The severity of various plague outbreaks"),
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }

  private static let release = """
    CMS releases more open data

    The CMS experiment at CERN is happy to announce a new batch of open data from the Large \
    Hadron Collider, this time encompassing all the data recorded by CMS in 2011. \
    With this release, CMS has brought all proton-proton collision data recorded in 2010 and \
    2011 into the public domain, free to use and available to anyone. \
    Use of these data is encouraged and CMS eagerly looks forward to the first workshop for \
    users of CMS open data. \
    In addition to the Virtual Machine images, CMS now provides Docker container images that \
    include the necessary software pre-installed. \
    These container images can be found centrally on Docker Hub.

    """

  /// "offer" is said by "provide" (its tenth sense, their fourth): the sentence counts it at a
  /// discount in its score, so that a sentence that says the rest answers.
  @Test func aVerbOfASharedSenseCountsInTheScore() throws {
    let answers = try replies(
      to: ["What does CMS now offer in addition to virtual machine images?"],
      aboutUncurated: Self.release, named: "cms-open-data")
    #expect(answers[0].answer.hasPrefix("Docker container images"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
  }

  /// The shared sense must be among the other verb's first few: "provide" for "offer", but not
  /// a verb that shares only a rare sense of both.
  @Test func theSharedSenseIsACommonOneOfTheOtherVerb() throws {
    let wordNet = try #require(WordNet.english)
    let offered = wordNet.sharedSenseVerbs(
      of: "offer", senses: ClauseQuestion.sharedSenses,
      theirSenses: ClauseQuestion.theirSharedSenses)
    #expect(offered.contains("provide"))
    // "propose" shares a sense of "offer" only as its own fifth.
    #expect(!offered.contains("propose"))
    let lived = wordNet.sharedSenseVerbs(
      of: "live", senses: ClauseQuestion.sharedSenses,
      theirSenses: ClauseQuestion.theirSharedSenses)
    #expect(!lived.contains("be"))
  }
}
