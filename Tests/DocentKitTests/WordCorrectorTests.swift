import Testing

@testable import DocentKit

/// Misspelt words that are not names, corrected to the words docent knows.
@Suite struct WordCorrectorTests {
  private let corrector = WordCorrector(
    words: "the crew will launch the rocket and the government approved the agreement when where"
      .split(separator: " ").map(String.init))

  /// English as the answerer asks it.
  private func isEnglish(_ word: String) -> Bool { WordCorrector.isEnglish(word) }

  @Test(arguments: [
    ("lanch", "launch"), ("goverment", "government"), ("agreemnt", "agreement"),
    ("rockt", "rocket"),
  ])
  func aMisspeltWordBecomesTheKnownWordNearestToIt(typed: String, word: String) {
    #expect(corrector.correction(for: typed, isEnglish: isEnglish) == word)
  }

  @Test(arguments: ["launch", "capsule", "crew", "xylophone", "wher", "qqqqqqq", "a1b2"])
  func knownEnglishShortAmbiguousOrFarWordsAreLeftAlone(word: String) {
    // "capsule" and "xylophone" are English though no document uses them; "wher" is as near
    // to "when" as to "where"; "crew" is known; "qqqqqqq" is near nothing.
    #expect(corrector.correction(for: word, isEnglish: isEnglish) == nil)
  }

  @Test func theAnswerSaysWhichWordItTookAndNamesAreLeftToTheNameIndex() throws {
    let answers = try replies(to: [
      "What does the resolution foresee?", "What does the resolutoin foresee?", "Who is Dilani?",
    ])
    #expect(answers[1].answer == "(Taking “resolutoin” as “resolution”.)\n" + answers[0].answer)
    #expect(answers[1].citations == answers[0].citations)
    #expect(!answers[2].answer.contains("(Taking “Dilani” as “"))
  }
}
