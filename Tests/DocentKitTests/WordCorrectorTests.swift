import Testing

@testable import DocentKit

/// Misspelt words that are not names, corrected to the words docent knows.
@Suite struct WordCorrectorTests {
  private let corrector = WordCorrector(
    words: ("the crew will launch the rocket and the government approved the agreement when where"
      + " they really replied and sent a reply really soon to the prisoners of two prisons")
      .split(separator: " ").map(String.init))

  /// English as the answerer asks it.
  private func isEnglish(_ word: String) -> Bool { WordCorrector.isEnglish(word) }

  @Test(arguments: [
    ("lanch", "launch"), ("goverment", "government"), ("agreemnt", "agreement"),
    ("rockt", "rocket"),
    // As near to "when" as to "where", but a letter left out is a commoner slip than one
    // typed for another.
    ("wher", "where"),
    // As near to "really" as to "reply" (the commoner word), but a letter typed twice is a
    // commoner slip than one typed for another.
    ("replly", "reply"),
    // As near to "prisons" as to "prisoners", but a letter left out and two swapped make
    // "prisoners", where no two slips make "prisons".
    ("prisnors", "prisoners"),
  ])
  func aMisspeltWordBecomesTheKnownWordNearestToIt(typed: String, word: String) {
    #expect(corrector.correction(for: typed, isEnglish: isEnglish) == word)
  }

  @Test(arguments: ["launch", "capsule", "crew", "xylophone", "qqqqqqq", "a1b2"])
  func knownEnglishShortAmbiguousOrFarWordsAreLeftAlone(word: String) {
    // "capsule" and "xylophone" are English though no document uses them; "crew" is known;
    // "qqqqqqq" is near nothing.
    #expect(corrector.correction(for: word, isEnglish: isEnglish) == nil)
  }

  /// An opening word of three letters with two swapped is the question word or auxiliary it
  /// spells: "Wsa …?" asks "Was …?"; "Hwo" spells both "how" and "who", so neither; an English
  /// word ("saw", "ask") is left alone.
  @Test func anOpeningWordWithTwoLettersSwappedIsTheAuxiliary() throws {
    #expect(Answerer.swappedOpener("wsa") == "was")
    #expect(Answerer.swappedOpener("cna") == "can")
    #expect(Answerer.swappedOpener("hwo") == nil)
    #expect(Answerer.swappedOpener("saw") == nil)
    #expect(Answerer.swappedOpener("ask") == nil)
    let replies = try replies(
      to: ["Wsa the tide gauge read at dawn?"],
      aboutUncurated: "The tide gauge was read at dawn by the harbour master.\n", named: "notes")
    #expect(replies[0].answer.hasPrefix("(Taking “Wsa” as “Was”.)\nYes."), "\(replies[0].answer)")
  }

  /// A misspelt word after "how" is the word that goes with "how" it is one slip from, before
  /// a word of the documents: "How offen …?" asks "How often …?", though the text says "offer";
  /// a name after "how" is left alone.
  @Test func aWordAfterHowIsTheWordThatGoesWithIt() throws {
    #expect(Answerer.howWord("offen") == "often")
    #expect(Answerer.howWord("mnay") == "many")
    #expect(Answerer.howWord("often") == nil)
    let replies = try replies(
      to: ["How offen should the nets be checked?"],
      aboutUncurated: """
        The harbour office will offer a repair service. \
        The nets should be checked every six months by the harbour master.

        """, named: "notes")
    #expect(replies[0].answer.hasPrefix("(Taking “offen” as “often”.)"), "\(replies[0].answer)")
    #expect(replies[0].citations.map(\.sentence) == [2])
  }

  /// A name of several words with a word misspelt, near no whole name, is corrected word by
  /// word when the words then name part of a name the documents know.
  @Test func aMisspeltNameOfSeveralWordsIsCorrectedWordByWord() throws {
    let replies = try replies(
      to: ["Where did Ivo Marlen study before Pennsylvanya State?"],
      aboutUncurated: "Ivo Marlen earned his doctorate at Pennsylvania State University in 1999.\n",
      named: "notes")
    #expect(
      replies[0].answer.hasPrefix("(Taking “Pennsylvanya State” as Pennsylvania State.)"),
      "\(replies[0].answer)")
    #expect(!replies[0].answer.contains("mention nothing"), "\(replies[0].answer)")
  }

  /// A typo of another form of a word the documents write: "devlops" is "develops", though
  /// they write only "developed"; not a form English lacks.
  @Test func aTypoOfAnotherFormOfAKnownWordIsThatForm() {
    let corrector = WordCorrector(words: ["developed", "portal"], inflecting: true)
    #expect(corrector.correction(for: "devlops", isEnglish: isEnglish) == "develops")
    #expect(corrector.correction(for: "devloping", isEnglish: isEnglish) == "developing")
    #expect(corrector.correction(for: "portl", isEnglish: isEnglish) == "portal")
    let written = WordCorrector(words: ["developed", "portal"])
    #expect(written.correction(for: "devlops", isEnglish: isEnglish) == nil)
  }

  /// "maried" is "married" with a letter left out, a word of English the documents do not
  /// use: not the "marked" they do, a letter typed for another.
  @Test func aSlipOfAnEnglishWordIsNoTypoOfAnotherKnownWord() {
    let corrector = WordCorrector(words: ["marked", "marked", "wife"])
    #expect(corrector.correction(for: "maried", isEnglish: isEnglish) == nil)
    #expect(corrector.correction(for: "maried", isEnglish: isEnglish, english: true) == "married")
    #expect(corrector.correction(for: "markd", isEnglish: isEnglish) == "marked")
    // "whang" is English too, but met in no running text: "whan" is still "when".
    let when = WordCorrector(words: ["when", "when", "team"])
    #expect(when.correction(for: "whan", isEnglish: isEnglish) == "when")
    #expect(when.correction(for: "tean", isEnglish: isEnglish) == "team")
    // A short typo is as often a slip of some word ("front") as of the word meant.
    let from = WordCorrector(words: ["from", "from"])
    #expect(from.correction(for: "fron", isEnglish: isEnglish) == "from")
  }

  /// A typo near no word of the documents is the common word of English it is a slip of, when
  /// it is a slip of one only: "recieved" is "received", said in the documents in other words.
  @Test func aTypoNearNoKnownWordIsTheEnglishWordItSlipsFrom() {
    let corrector = WordCorrector(words: ["award", "award", "prize", "plains", "plains"])
    #expect(corrector.correction(for: "recieved", isEnglish: isEnglish) == nil)
    #expect(WordCorrector.englishSlip("recieved") == "received")
    #expect(WordCorrector.englishSlip("obsevations") == "observations")
    // Too short to tell which word it slips from.
    #expect(WordCorrector.englishSlip("fron") == nil)
    // A slip of two words of English ("playing", "placing") is neither, nor the word of the
    // documents one letter from it.
    #expect(WordCorrector.englishSlip("plaing") == nil)
    #expect(corrector.correction(for: "plaing", isEnglish: isEnglish, english: true) == nil)
    #expect(corrector.correction(for: "plaing", isEnglish: isEnglish) == nil)
  }

  /// The grammar's words are known in their inflections ("contains", "contained"), and
  /// "containd" is none of them: a bare "d" follows only an "e" ("used").
  @Test func aTypoOfAnInflectedGrammarWordIsCorrected() throws {
    let answers = try replies(
      to: ["Which version containd the token?"],
      aboutUncurated: "Tokens\n\nVersion 2.1 contained the token.\n", named: "tokens")
    #expect(
      answers[0].answer.hasPrefix("(Taking “containd” as “contained”.)"), "\(answers[0].answer)")
  }

  /// A letter typed for another in either of two words: no reading is nearer.
  @Test func twoEquallyNearWordsLeaveATypoAlone() {
    let corrector = WordCorrector(words: ["need", "head", "need", "head"])
    #expect(corrector.correction(for: "nead", isEnglish: isEnglish) == nil)
  }

  /// Two forms of one word as near as each other are no ambiguity: the swapped letters win.
  @Test func formsOfOneWordAreOneCandidate() {
    let corrector = WordCorrector(
      words: "exoplanet exoplanets exoplanet exoplanets".split(separator: " ").map(String.init))
    #expect(corrector.correction(for: "exoplanest", isEnglish: isEnglish) == "exoplanets")
  }

  /// A word the documents write only with a capital ("3,500 Committers") is theirs: not a typo
  /// of a word of the grammar ("committees" of "board committee").
  @Test func aWordWrittenWithACapitalIsNoTypo() throws {
    let answers = try replies(
      to: ["How many committers work on the code?"],
      aboutUncurated: "More than 3,500 Committers work on the code.", named: "code")
    #expect(!answers[0].answer.contains("Taking"), "\(answers[0].answer)")
    #expect(answers[0].answer.contains("3,500"), "\(answers[0].answer)")
  }

  /// The first word is capitalised as a sentence's is, not as a name's; and a word the
  /// documents write only in a name is a word all the same.
  @Test func theFirstWordAndWordsOfNamesAreCorrectedToo() throws {
    let answers = try replies(to: [
      "Wher is Mahmoud Abbas based?", "Who speaks for the democratic refrom bloc?",
    ])
    #expect(answers[0].answer.hasPrefix("(Taking “Wher” as “Where”.)"), "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix("(Taking “refrom” as “reform”.)\nDimitri Diliani"),
      "\(answers[1].answer)")
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
