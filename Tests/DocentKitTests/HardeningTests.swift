import Foundation
import Testing

@testable import DocentKit

/// What the small grammar `language` (openers, closers, rules) and one intent of templates
/// make of the sample document: the load's problems, or the knowledge.
private func load(language: String, templates: [String]) -> Result<
  LoadedKnowledge, KnowledgeLoadError
> {
  let intent = """
    intents:
      - id: who-is
        answer: describe
        relations: [role]
        templates: [\(templates.map { "\"\($0)\"" }.joined(separator: ", "))]
    """
  return Result { () throws(KnowledgeLoadError) in
    try KnowledgeBuilder.build(
      KnowledgeSources(
        relations: bundledRelations, documents: [sampleDocument],
        grammar: [
          .init(path: "K/grammar/language.yaml", text: language),
          .init(path: "K/grammar/questions.yaml", text: intent),
        ]))
  }
}

private func problems(language: String, templates: [String] = ["who is {person}"]) -> [String] {
  switch load(language: language, templates: templates) {
  case .success: []
  case .failure(let error): error.diagnostics.map(\.description)
  }
}

/// The grammar cannot make loading or matching run away: rules that refer to themselves or
/// multiply, groups nested without end, and patterns that match the same words in many ways.
@Suite struct GrammarBoundsTests {
  @Test func aRuleThatRefersToItselfIsReportedNotExpandedForever() {
    let found = problems(
      language: """
        openers: ["<loop>"]
        rules:
          loop: "very [<loop>]"
        """)
    #expect(found == ["K/grammar/language.yaml:3:3: error: rule <loop> refers to itself"])
  }

  @Test func groupsNestedTooDeeplyAreAnErrorAtTheirColumn() {
    let depth = TemplateParser.maximumNesting + 1
    let template =
      String(repeating: "(", count: 30_000) + "who" + String(repeating: ")", count: 30_000)
    let shallow =
      String(repeating: "(", count: depth) + "who" + String(repeating: ")", count: depth)
    for text in [template, shallow] {
      #expect(
        problems(language: "closers: [\"\(text)\"]")
          == [
            "K/grammar/language.yaml:1:\(12 + TemplateParser.maximumNesting): error: groups nest "
              + "more than \(TemplateParser.maximumNesting) deep"
          ])
    }
  }

  @Test func rulesThatMultiplyPastTheLimitAreAnError() {
    // Each rule holds the next four times: 4^8 words once expanded.
    var rules = (1..<8).map { "  r\($0): \"<r\($0 + 1)> <r\($0 + 1)> <r\($0 + 1)> <r\($0 + 1)>\"" }
    rules.append("  r8: \"very\"")
    let found = problems(language: "closers: [\"<r1>\"]\nrules:\n" + rules.joined(separator: "\n"))
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(
        "K/grammar/language.yaml:1:11: error: this template grows past \(GrammarBuilder.maximumParts) parts"
      )
        == true)
  }

  @Test func manyOptionalGroupsInARowLoadAndMatch() throws {
    let optional = Array(repeating: "[very]", count: 40).joined(separator: " ")
    let knowledge = try load(language: "", templates: ["\(optional) who is {person}"]).get()
    let parser = QuestionParser(
      grammar: knowledge.grammar, names: knowledge.base.nameIndex,
      entities: knowledge.base.entities, documentStems: knowledge.base.documentStems)
    let question = String(repeating: "very ", count: 30) + "who is Anna Berg"
    let parses = parser.parses(QuestionText.tokens(question))
    #expect(parses?.first?.literals == 32)
  }

  @Test func repeatedOpenersAreReadWithinTheStepLimit() throws {
    let knowledge = try bundledKnowledge()
    let parser = QuestionParser(
      grammar: knowledge.grammar, names: knowledge.base.nameIndex,
      entities: knowledge.base.entities, documentStems: knowledge.base.documentStems)
    let question = String(repeating: "can you please tell me ", count: 40) + "who is Abbas?"
    let parses = parser.parses(QuestionText.tokens(question))
    #expect(parses?.first?.template.intent == "who-is")
  }
}

/// Numbers and lengths at the edge of what a type holds are refused with a message, never a
/// crash.
@Suite struct InputBoundsTests {
  @Test(arguments: ["-9223372036854775808", "9223372036854775807", "0", "-1"])
  func showOutsideTheDocumentSaysWhichSentencesThereAre(_ number: String) throws {
    let reply = try #require(try replies(to: [":show cairo-talks \(number)"]).first)
    #expect(reply.outcome == .error)
    #expect(reply.answer == "cairo-talks has sentences 1 to 37.")
  }

  @Test func aLineOverTheLimitIsAnErrorOnEveryPath() throws {
    let word = String(repeating: "a", count: InputLine.maximumLength)
    let reply = try #require(try replies(to: ["who is \(word)"]).first)
    #expect(reply.outcome == .error)
    #expect(
      reply.answer
        == "Error: the line is \(InputLine.maximumLength + 7) bytes long; the limit is "
        + "\(InputLine.maximumLength).")
  }

  @Test func aVeryLongWordIsNeitherCorrectedNorIndexed() {
    let corrector = WordCorrector(words: ["palestinian", String(repeating: "b", count: 500)])
    #expect(corrector.correction(for: "palestinan", isEnglish: { _ in false }) == "palestinian")
    let long = String(repeating: "b", count: 499)
    #expect(corrector.correction(for: long, isEnglish: { _ in false }) == nil)
  }
}

@Suite struct TerminalTextTests {
  @Test func controlCharactersAndOverridesAreShownAndLineBreaksKept() {
    #expect(TerminalText.safe("a\u{1B}[2Jb\rc\u{7F}d") == "a␛[2Jb␍c␡d")
    #expect(
      TerminalText.safe("x\u{9B}31m \u{202E}abc\u{2069}") == "x<U+009B>31m <U+202E>abc<U+2069>")
    #expect(TerminalText.safe("one\n\ttwo — “Oslo” ﻿ok") == "one\n\ttwo — “Oslo” ﻿ok")
  }

  @Test func aNameWithAControlCharacterIsNeverOfferedForCompletion() {
    let names = ["Mallory\u{1B}[2J Reed", "Mallory Stone"]
    #expect(
      Completion.candidates(for: "Who is Mal", names: names, commands: [])
        == ["Who is Mallory Stone"])
  }
}

/// Load problems point at their cause: the line and column of a repeated key or a bad byte,
/// a broken file before everything that breaks with it.
@Suite struct DiagnosticsTests {
  /// The problems loading a copy of the bundled knowledge with `change` made to it.
  private func problems(_ change: (URL) throws -> Void) throws -> (String, KnowledgeLoadError?) {
    let folder = try uncuratedKnowledgeFolder(
      document: "note", text: "Anna Berg leads the Oslo Bakers.")
    defer { try? FileManager.default.removeItem(at: folder) }
    try change(folder)
    do {
      _ = try KnowledgeLoader.load(from: folder.path)
      return (folder.path, nil)
    } catch {
      return (folder.path, error)
    }
  }

  @Test func aRepeatedKeyIsReportedWhereItIsRepeated() throws {
    var rules = 0
    let (folder, error) = try problems { folder in
      let file = folder.appendingPathComponent("grammar/language.yaml")
      let text = try String(contentsOf: file, encoding: .utf8)
      rules =
        try #require(
          text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "rules:"))
        + 1
      // The bundled file defines <be> first thing under rules: now it is defined twice.
      try text.replacingOccurrences(of: "rules:\n", with: "rules:\n  be: \"(is|was)\"\n")
        .write(to: file, atomically: true, encoding: .utf8)
    }
    let lines = try #require(error).description.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(lines)")
    #expect(
      lines.first
        == "\(folder)/grammar/language.yaml:\(rules + 2):3: error: duplicate key 'be' (first given at line \(rules + 1))"
    )
    // Every rule and intent of the file is unread: what refers to them is counted, not listed.
    #expect(lines.dropFirst().first?.hasPrefix("… and ") == true)
    #expect(lines.last == "1 problem in the knowledge folder; nothing was loaded.")
  }

  @Test func aBrokenRelationsFileComesFirstAndWhatFollowsIsCounted() throws {
    let (folder, error) = try problems { folder in
      try "relations:\n  - id: role\n    phrase: [oops\n".write(
        to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
    }
    let lines = try #require(error).description.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("\(folder)/relations.yaml:4:1: error: invalid YAML:") == true)
    #expect(lines.dropFirst().first?.hasPrefix("… and ") == true)
    #expect(lines.dropFirst().first?.contains(" more errors caused by it") == true)
    #expect(lines.last == "1 problem in the knowledge folder; nothing was loaded.")
  }

  @Test func anEmptyRelationsFileIsNamed() throws {
    let (folder, error) = try problems { folder in
      try "".write(
        to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
    }
    let lines = try #require(error).description.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(folder)/relations.yaml:1:1: error: the file is empty (it should hold a list under 'relations')"
    )
    // The grammar's intents name relations the file would have declared: counted, not listed.
    #expect(lines.count == 3, "\(lines)")
    #expect(lines.dropFirst().first?.hasPrefix("… and ") == true)
  }

  @Test func badBytesAndEmptyDocumentsArePlacedAndNamed() throws {
    let (folder, error) = try problems { folder in
      try Data("One line.\nTwo \u{e9}\u{e9} ".utf8 + [0xFF] + Data(" end.\n".utf8)).write(
        to: folder.appendingPathComponent("documents/bytes.txt"))
      try Data().write(to: folder.appendingPathComponent("documents/empty.txt"))
    }
    #expect(
      try #require(error).description.split(separator: "\n").map(String.init) == [
        "\(folder)/documents/bytes.txt:2:8: error: the file is not valid UTF-8",
        "\(folder)/documents/empty.txt:1: error: the document has no words (remove it, or put its text in it)",
        "2 problems in the knowledge folder; nothing was loaded.",
      ])
  }

  /// A yes or no is judged by the answer after any note of a corrected typo.
  @Test func aYesOrNoIsJudgedAfterATypoNote() throws {
    let text =
      "document\tquestion\texpected\tsentences\tnote\nrust\tDoes it need a colector?\tno\t3\n"
    let item = try #require(try Evaluation.cases(fromTSV: text, path: "t.tsv").first)
    let sentence = Sentence(document: "rust", number: 3, text: "It needs none.", heading: nil)
    let reply = Reply(
      .answered, "(Taking “colector” as “collector”.)\nNo. It needs none.",
      citations: [Citation(sentence)])
    #expect(Evaluation.judge(item, reply) == .right)
  }

  @Test func malformedEvaluationRowsAreErrorsAtTheirLine() {
    let text = """
      document\tquestion\texpected\tsentences\tnote
      cairo-talks\tWho is Abbas?\tanswer\t29\tfine
      cairo-talks\tWho is Abbas?\tanwser\t29
      cairo-talks\tWho is Abbas?\tanswer\t
      cairo-talks\tWho is Abbas?\tanswer\tsentence 3

      cairo-talks only one field
      """
    #expect(throws: EvaluationSetError.self) { try Evaluation.cases(fromTSV: text, path: "t.tsv") }
    do {
      _ = try Evaluation.cases(fromTSV: text, path: "t.tsv")
    } catch {
      #expect(
        error.problems == [
          "t.tsv:3: unknown outcome 'anwser'; use answer, yes, no, unstated",
          "t.tsv:4: the sentences must be numbers from 1, separated by commas, and an answer needs at least one",
          "t.tsv:5: the sentences must be numbers from 1, separated by commas, and an answer needs at least one",
          "t.tsv:7: expected document, question and expected outcome, tab-separated",
        ])
    }
  }
}
