import Foundation
import Testing

@testable import DocentKit

/// The English parser, loaded once for all the tests (about 0.2 s).
let englishParser: LinkParser = {
  guard let parser = LinkParser() else {
    fatalError("the Link Grammar English dictionary is not installed (make deps)")
  }
  return parser
}()

/// The linkage of `sentence`, failing the test when the parser finds none.
func linkage(of sentence: String) throws -> Linkage {
  try #require(englishParser.parse(sentence), "no linkage for \(sentence.debugDescription)")
}

extension Linkage {
  /// The index of the first word whose text in the sentence is `text`.
  func index(of text: String) throws -> Int {
    try #require(words.firstIndex { $0.text == text }, "no word \(text.debugDescription)")
  }
}

/// What the Link Grammar parser (5.12, English dictionary) gives on real sentences; each was
/// checked against `link-parser en` by hand.
@Suite struct LinkParserTests {
  // MARK: - Clauses

  @Test func activeClauseHasSubjectObjectAndPrepositions() throws {
    let parse = try linkage(of: "Hamas expelled the Palestinian Authority from Gaza in 2007.")
    let hamas = try parse.index(of: "Hamas")
    let expelled = try parse.index(of: "expelled")
    #expect(parse.isComplete)
    #expect(parse.words(linkedTo: hamas, by: "S") == [expelled])
    #expect(parse.words(linkedTo: expelled, by: "O") == [try parse.index(of: "Authority")])
    let from = try parse.index(of: "from")
    #expect(parse.words(linkedTo: expelled, by: "MVp").contains(from))
    #expect(parse.words(linkedTo: from, by: "J") == [try parse.index(of: "Gaza")])
    #expect(parse.verbForm(of: expelled) == .past)
  }

  /// A question asked again gets the linkage it got the first time, and each question its
  /// own: what is remembered is keyed by the whole question.
  @Test func aQuestionAskedAgainIsParsedTheSame() throws {
    let parser = try #require(LinkParser())
    let first = parser.parseQuestion("Who leads the bloc?")
    let other = parser.parseQuestion("Who founded the bloc?")
    #expect(first == englishParser.parse("Who leads the bloc?"))
    #expect(parser.parseQuestion("Who leads the bloc?") == first)
    #expect(other == englishParser.parse("Who founded the bloc?"))
    #expect(other != first)
    #expect(parser.parseQuestion("   ") == nil)
  }

  @Test func passiveClauseHasPvAndTheAgentsBy() throws {
    let parse = try linkage(of: "The resolution was submitted by the United States.")
    let was = try parse.index(of: "was")
    let submitted = try parse.index(of: "submitted")
    let by = try parse.index(of: "by")
    #expect(parse.words(linkedTo: try parse.index(of: "resolution"), by: "S") == [was])
    #expect(parse.words(linkedTo: was, by: "Pv") == [submitted])
    #expect(parse.words(linkedTo: submitted, by: "MVp") == [by])
    #expect(parse.words(linkedTo: by, by: "J") == [try parse.index(of: "States")])
    #expect(parse.verbForm(of: submitted) == .pastParticiple)
    #expect(parse.verbForm(of: was) == .past)
  }

  @Test func nonRestrictiveRelativeClauseHangsOnItsNoun() throws {
    let parse = try linkage(of: "The bloc, which is taking part in the talks, wants unity.")
    let bloc = try parse.index(of: "bloc")
    let which = try parse.index(of: "which")
    #expect(parse.links(of: bloc, matching: "MX").map(\.label) == ["MXsr"])
    #expect(parse.words(linkedTo: bloc, by: "MXsr") == [which])
    #expect(parse.words(linkedTo: which, by: "S") == [try parse.index(of: "is")])
    #expect(parse.words(linkedTo: bloc, by: "S") == [try parse.index(of: "wants")])
  }

  @Test func restrictiveRelativeClauseHasRAndB() throws {
    let parse = try linkage(of: "The official who leads the talks resides in Ramallah.")
    let official = try parse.index(of: "official")
    let leads = try parse.index(of: "leads")
    #expect(parse.words(linkedTo: official, by: "R") == [try parse.index(of: "who")])
    #expect(parse.words(linkedTo: official, by: "B") == [leads])
    #expect(parse.words(linkedTo: official, by: "S") == [try parse.index(of: "resides")])
  }

  @Test func negationAndInfinitives() throws {
    let negated = try linkage(of: "Hamas did not expel the Authority.")
    let did = try negated.index(of: "did")
    #expect(negated.words(linkedTo: did, by: "N") == [try negated.index(of: "not")])
    #expect(negated.words(linkedTo: did, by: "I") == [try negated.index(of: "expel")])
    let wanting = try linkage(of: "Hamas wants to rebuild Gaza.")
    let to = try wanting.index(of: "to")
    #expect(wanting.words(linkedTo: try wanting.index(of: "wants"), by: "TO") == [to])
    #expect(wanting.words(linkedTo: to, by: "I") == [try wanting.index(of: "rebuild")])
  }

  @Test func progressiveIsAPresentParticiple() throws {
    let parse = try linkage(
      of: "Ten factions – including Hamas and Islamic Jihad – have been meeting in Cairo.")
    let meeting = try parse.index(of: "meeting")
    #expect(parse.verbForm(of: meeting) == .presentParticiple)
    #expect(parse.verbForm(of: try parse.index(of: "including")) == .gerund)
    #expect(parse.verbForm(of: try parse.index(of: "Cairo")) == nil)
  }

  // MARK: - Words

  @Test func wordsSplitIntoSpellingSubscriptAndGuess() throws {
    let parse = try linkage(of: "Hamas expelled the Palestinian Authority from Gaza in 2007.")
    let shapes = parse.words.map { [$0.spelling, $0.dictionarySubscript ?? "", $0.guess ?? ""] }
    #expect(
      shapes == [
        ["LEFT-WALL", "", ""], ["Hamas", "", "PL-CAPITALIZED-WORDS"], ["expelled", "v-d", ""],
        ["the", "", ""], ["Palestinian", "s", ""], ["Authority", "", "CAPITALIZED-WORDS"],
        ["from", "", ""], ["Gaza", "", ""], ["in", "r", ""], ["2007", "", "YEAR-DATE"],
        [".", "", ""], ["RIGHT-WALL", "", ""],
      ])
    #expect(parse.words.first?.kind == .leftWall)
    #expect(parse.words.last?.kind == .rightWall)
    #expect(parse.words.first?.utf8Offsets == 0..<0)
    #expect(parse.range(of: 0) == nil)
  }

  @Test func unknownWordsAreGuessedWithASubscript() throws {
    let parse = try linkage(of: "The blorfs snazzled quickly.")
    let blorfs = parse.words[try parse.index(of: "blorfs")]
    #expect(
      [blorfs.spelling, blorfs.dictionarySubscript, blorfs.guess] == ["blorfs", "n", "S-WORDS"])
    let snazzled = parse.words[try parse.index(of: "snazzled")]
    #expect(snazzled.guess == "ED-WORDS")
    #expect(snazzled.partOfSpeech == .verb)
    #expect(snazzled.isPastForm)
  }

  @Test func dotsInsideWordsAreNotSubscripts() throws {
    let abbas = try linkage(
      of: "Mr. Abbas’ control over the PLO means he could yet stymie the talks.")
    let mister = abbas.words[try abbas.index(of: "Mr.")]
    #expect(mister.spelling == "Mr.")
    #expect(mister.dictionarySubscript == "x")
    let dollars = try linkage(of: "The U.S. gave 2.5 million dollars, it said.")
    #expect(dollars.words[try dollars.index(of: "U.S.")].spelling == "U.S.")
    #expect(dollars.words[try dollars.index(of: "U.S.")].dictionarySubscript == nil)
    #expect(dollars.words[try dollars.index(of: "2.5")].spelling == "2.5")
  }

  @Test func partsOfSpeechComeFromSubscripts() throws {
    let parse = try linkage(of: "The aloof president quickly rejected the plan.")
    let parts = ["president", "rejected", "aloof", "the"].map {
      parse.words[(try? parse.index(of: $0)) ?? 0].partOfSpeech
    }
    #expect(parts == [.noun, .verb, .adjective, nil])
  }

  @Test func byteRangesGiveBackTheSentencesOwnWords() throws {
    let sentence =
      "“These factions are meeting,” says Dimitri Diliani, a spokesman for the Democratic "
      + "Reform Bloc, which is taking part in the talks."
    let parse = try linkage(of: sentence)
    let these = try parse.index(of: "These")
    #expect(parse.words[these].spelling == "these")
    #expect(parse.range(of: these).map { sentence[$0] } == "These")
    let tokens = parse.words.indices.filter { parse.words[$0].kind == .token }
    #expect(
      tokens.compactMap { parse.range(of: $0).map { String(sentence[$0]) } }.prefix(6) == [
        "“", "These", "factions", "are", "meeting", ",",
      ])
  }

  // MARK: - No complete linkage

  @Test func wordSaladGetsNullLinks() throws {
    let parse = try linkage(of: "the the of of and cat dog run")
    #expect(!parse.isComplete)
    #expect(parse.nullCount == parse.words.filter { !$0.isLinked }.count)
    let unlinked = parse.words.filter { !$0.isLinked }.map(\.spelling)
    #expect(unlinked.allSatisfy { ["the", "of", "and"].contains($0) })
    #expect(parse.words.allSatisfy { !$0.spelling.hasPrefix("[") })
  }

  @Test func emptyInputHasNoLinkage() {
    #expect(englishParser.parse("") == nil)
    #expect(englishParser.parse(" \n ") == nil)
  }

  // MARK: - Threads

  @Test func parsesOnTwoThreadsAgreeWithOneThread() async throws {
    let sentences = try seedSentences().prefix(24).map(\.text)
    let serial = sentences.map { englishParser.parse($0) }
    let halves = [
      Array(sentences.enumerated().filter { $0.offset % 2 == 0 }),
      Array(sentences.enumerated().filter { $0.offset % 2 == 1 }),
    ]
    let parallel = await withTaskGroup(of: [(Int, Linkage?)].self) { group in
      for half in halves {
        group.addTask { half.map { ($0.offset, englishParser.parse($0.element)) } }
      }
      var all = [Linkage?](repeating: nil, count: sentences.count)
      for await results in group {
        for (index, parse) in results { all[index] = parse }
      }
      return all
    }
    #expect(parallel == serial)
  }

  // MARK: - Every sentence of the bundled documents

  @Test func everySeedSentenceParsesWithRangesInside() throws {
    for sentence in try seedSentences() {
      let parse = try linkage(of: sentence.text)
      for index in parse.words.indices where parse.words[index].kind == .token {
        let range = try #require(parse.range(of: index), "\(sentence.document) \(sentence.number)")
        #expect(String(sentence.text[range]) == parse.words[index].text)
      }
      let offsets = parse.words.map(\.utf8Offsets.lowerBound)
      #expect(offsets == offsets.sorted(), "\(sentence.document) \(sentence.number)")
    }
  }

  @Test func measureTheSeedDocuments() throws {
    let measurement = ParseMeasurement(
      parsing: try seedSentences().map(\.text), with: englishParser)
    print("Link Grammar on Knowledge/documents: \(measurement.summary)")
    #expect(measurement.sentences > 0)
  }
}

/// Every sentence of the bundled documents, split as DocentKit splits them.
func seedSentences() throws -> [Sentence] {
  let folder = packageRoot.appendingPathComponent("Knowledge/documents")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") }.sorted()
  return try names.flatMap { name in
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return Document(id: String(name.dropLast(4)), text: text).sentences
  }
}

/// The text handed to the parser keeps every byte offset of the sentence.
@Suite struct ParserTextTests {
  @Test func curlyDoubleQuotesBecomeStraightOnesOfTheSameLength() throws {
    let sentence = "“Hamas’ overture,” he said – “is real.”"
    let text = LinkParser.parserText(of: sentence)
    #expect(text == "\"  Hamas’ overture,\"   he said – \"  is real.\"  ")
    #expect(text.utf8.count == sentence.utf8.count)
    let parse = try linkage(of: sentence)
    let quote = try parse.index(of: "“")
    #expect(parse.words[quote].spelling == "\"")
    #expect(parse.words[quote].utf8Offsets == 0..<3)
  }
}
