import Foundation
import Testing

@testable import DocentKit

/// WordNet from Debian's `wordnet-base`, loaded once for all tests; a failure is kept, so only
/// these tests fail, each naming the missing database.
private let installedWordNet = Result { () throws(WordNetError) in try WordNet() }

@Suite struct WordNetTests {
  /// The installed database, or the error that fails the test asking for it.
  private func wordNet() throws -> WordNet {
    try installedWordNet.get()
  }

  // MARK: - Morphy

  /// A word, a part of speech and the lemmas morphy gives it.
  struct MorphyCase: CustomTestStringConvertible, Sendable {
    /// The word as written.
    let word: String
    /// The part of speech asked for; nil for every one.
    let partOfSpeech: WordNet.PartOfSpeech?
    /// The lemmas expected, in order.
    let lemmas: [String]

    /// The case as a test name: "went (verb)".
    var testDescription: String { "\(word) (\(partOfSpeech?.rawValue ?? "any"))" }

    /// Every case: exception lists, then each part of speech's detachment rules.
    static let all: [MorphyCase] = [
      MorphyCase(word: "went", partOfSpeech: .verb, lemmas: ["go"]),
      MorphyCase(word: "children", partOfSpeech: .noun, lemmas: ["child"]),
      MorphyCase(word: "better", partOfSpeech: .adjective, lemmas: ["good", "well", "better"]),
      MorphyCase(word: "hardest", partOfSpeech: .adverb, lemmas: ["hard"]),
      MorphyCase(word: "axes", partOfSpeech: .noun, lemmas: ["ax", "axis"]),
      MorphyCase(word: "Went", partOfSpeech: nil, lemmas: ["go"]),
      MorphyCase(word: "negotiations", partOfSpeech: .noun, lemmas: ["negotiation"]),
      MorphyCase(word: "glasses", partOfSpeech: .noun, lemmas: ["glasses", "glass"]),
      MorphyCase(word: "boxes", partOfSpeech: .noun, lemmas: ["box"]),
      MorphyCase(word: "churches", partOfSpeech: .noun, lemmas: ["church"]),
      MorphyCase(word: "wishes", partOfSpeech: .noun, lemmas: ["wish"]),
      MorphyCase(word: "chairmen", partOfSpeech: .noun, lemmas: ["chairman"]),
      MorphyCase(word: "treaties", partOfSpeech: .noun, lemmas: ["treaty"]),
      MorphyCase(word: "boxesful", partOfSpeech: .noun, lemmas: ["boxful"]),
      MorphyCase(word: "class", partOfSpeech: .noun, lemmas: ["class"]),
      MorphyCase(word: "signs", partOfSpeech: .verb, lemmas: ["sign"]),
      MorphyCase(word: "carries", partOfSpeech: .verb, lemmas: ["carry"]),
      MorphyCase(word: "negotiates", partOfSpeech: .verb, lemmas: ["negotiate"]),
      MorphyCase(word: "pushes", partOfSpeech: .verb, lemmas: ["push"]),
      MorphyCase(word: "governed", partOfSpeech: .verb, lemmas: ["govern"]),
      MorphyCase(word: "signed", partOfSpeech: .verb, lemmas: ["sign"]),
      MorphyCase(word: "negotiated", partOfSpeech: .verb, lemmas: ["negotiate"]),
      MorphyCase(word: "splashing", partOfSpeech: .verb, lemmas: ["splash"]),
      MorphyCase(word: "making", partOfSpeech: .verb, lemmas: ["make"]),
      MorphyCase(word: "looking up", partOfSpeech: .verb, lemmas: ["look up"]),
      MorphyCase(word: "larger", partOfSpeech: .adjective, lemmas: ["larger", "large"]),
      MorphyCase(word: "bigger", partOfSpeech: .adjective, lemmas: ["big", "bigger"]),
      MorphyCase(word: "strongest", partOfSpeech: .adjective, lemmas: ["strong"]),
      MorphyCase(word: "talks", partOfSpeech: nil, lemmas: ["talks", "talk"]),
      MorphyCase(word: "running", partOfSpeech: nil, lemmas: ["running", "run"]),
      MorphyCase(word: "quickly", partOfSpeech: .adverb, lemmas: ["quickly"]),
      MorphyCase(word: "quickly", partOfSpeech: .noun, lemmas: []),
      MorphyCase(word: "xyzzy", partOfSpeech: nil, lemmas: []),
      MorphyCase(word: "", partOfSpeech: nil, lemmas: []),
    ]
  }

  @Test(arguments: MorphyCase.all)
  func lemmas(_ testCase: MorphyCase) throws {
    #expect(try wordNet().lemmas(of: testCase.word, as: testCase.partOfSpeech) == testCase.lemmas)
  }

  // MARK: - Synonyms

  /// A British spelling is the American word: a question with "organisation" finds a document
  /// that writes "organization", and the other way round. A word no rule makes another stays.
  @Test(arguments: [
    ("organisation", "organization"), ("licence", "license"), ("colours", "colors"),
    ("centre", "center"), ("catalogue", "catalog"), ("programme", "program"),
    ("analysed", "analyzed"), ("favourite", "favorite"),
  ])
  func aBritishSpellingIsTheAmericanWord(british: String, american: String) throws {
    try #require(WordNet.english != nil)
    #expect(Stemmer.stem(british) == Stemmer.stem(american))
  }

  @Test func wordsNoSpellingRuleMakesAnotherStay() throws {
    try #require(WordNet.english != nil)
    for word in ["tournament", "sentence", "science", "surprise", "extreme", "journal"] {
      #expect(Spelling.american(of: word) == nil, "\(word)")
    }
  }

  @Test func kindsFollowHypernyms() throws {
    let wordNet = try wordNet()
    #expect(wordNet.isKind("corporation", of: "organization"))
    #expect(wordNet.isKind("missiles", of: "rocket"))
    #expect(!wordNet.isKind("organization", of: "corporation"))
    #expect(!wordNet.isKind("newspaper", of: "rocket"))
  }

  @Test func synonymsOfANoun() throws {
    #expect(
      try wordNet().synonyms(of: "rival", as: .noun)
        == ["challenger", "competitor", "competition", "contender"])
    #expect(try wordNet().synonyms(of: "pact", as: .noun) == ["accord", "treaty"])
  }

  @Test func synonymsOfAVerbReadCollocationsWithSpaces() throws {
    #expect(
      try wordNet().synonyms(of: "negotiate", as: .verb) == ["negociate", "talk terms"])
  }

  @Test func synonymsKeepToTheMostCommonSenses() throws {
    let wordNet = try wordNet()
    #expect(wordNet.synonyms(of: "agreement", as: .noun, senses: 1) == ["understanding"])
    #expect(wordNet.synonyms(of: "agreement", as: .noun) == ["understanding", "correspondence"])
    let all = wordNet.synonyms(of: "run", as: .verb, senses: .max)
    #expect(all.contains("operate") && all.contains("campaign"))
    #expect(!wordNet.synonyms(of: "run", as: .verb).contains("campaign"))
  }

  @Test func synonymsOfAnUnknownWordOrTheWrongPartOfSpeech() throws {
    #expect(try wordNet().synonyms(of: "xyzzy", as: .noun) == [])
    #expect(try wordNet().synonyms(of: "pact", as: .verb) == [])
  }

  // MARK: - Derivations

  @Test func derivationsCrossPartsOfSpeech() throws {
    let wordNet = try wordNet()
    #expect(wordNet.derivations(of: "negotiate").contains("negotiation"))
    #expect(wordNet.derivations(of: "negotiation").contains("negotiate"))
    #expect(wordNet.derivations(of: "govern").isSuperset(of: ["government", "governance"]))
    #expect(wordNet.derivations(of: "government").contains("govern"))
    #expect(wordNet.derivations(of: "splash").contains("splashy"))
    // An adverb and the adjective it is made from.
    #expect(wordNet.derivations(of: "formally").contains("formal"))
    #expect(wordNet.derivations(of: "formal").contains("formally"))
    #expect(wordNet.derivations(of: "happy").contains("happily"))
    #expect(!wordNet.derivations(of: "hard").contains("hardly"))
  }

  @Test func derivationsOfAnUnknownWord() throws {
    #expect(try wordNet().derivations(of: "xyzzy") == [])
  }

  // MARK: - The database files

  @Test func aMissingFolderIsAnError() {
    #expect(throws: WordNetError.missingFolder("/no/such/wordnet")) {
      try WordNet(folder: "/no/such/wordnet")
    }
  }

  @Test func aFolderWithoutTheDatabaseIsAnError() {
    let folder = packageRoot.path
    #expect(throws: WordNetError.missingFile("\(folder)/index.noun")) {
      try WordNet(folder: folder)
    }
  }

  @Test func aDataLineReadsAsASynset() throws {
    let line =
      "02050706 38 v 02 negotiate 0 negociate 0 001 @ 02050150 v 0000 02 + 08 00 + 11 00 "
      + "| succeed in passing through, around, or over"
    let synset = try #require(WordNetSynset(line: line))
    #expect(synset.words == ["negotiate", "negociate"])
    #expect(
      synset.pointers == [
        .init(symbol: "@", offset: 2_050_150, partOfSpeech: .verb, source: 0, target: 0)
      ])
    #expect(synset.frames == [.init(number: 8, word: 0), .init(number: 11, word: 0)])
    #expect(
      WordNetSynset(line: "00014358 00 s 02 abounding 0 galore(ip) 0 000 |")?.words
        == ["abounding", "galore"])
  }

  /// A verb framed with "to" and another verb takes it as its complement; one that is not
  /// takes it as what it is done for.
  @Test func verbsFramedWithAnInfinitiveTakeOne() throws {
    let wordNet = try #require(WordNet.english)
    #expect(wordNet.takesInfinitive("forced"))
    #expect(wordNet.takesInfinitive("wanted"))
    #expect(!wordNet.takesInfinitive("left"))
    #expect(!wordNet.takesInfinitive("rebuilt"))
  }
}

/// Verbs that say nearly the same, and verbs that only meet at a root of WordNet's verbs.
@Suite struct RelatedVerbTests {
  @Test(arguments: [
    ("created", "founded"), ("collect", "gather"), ("started", "launched"), ("built", "made"),
    ("hold", "have"),
  ])
  func verbsOfOneMeaningAreRelated(first: String, second: String) throws {
    let wordNet = try #require(WordNet.english)
    #expect(wordNet.areRelatedVerbs(first, second))
    #expect(wordNet.areRelatedVerbs(second, first))
  }

  @Test(arguments: [
    ("die", "found"), ("die", "end"), ("capture", "lead"), ("sell", "buy"), ("retire", "join"),
  ])
  func verbsThatMeetOnlyAtARootAreNot(first: String, second: String) throws {
    let wordNet = try #require(WordNet.english)
    #expect(!wordNet.areRelatedVerbs(first, second))
  }
}
