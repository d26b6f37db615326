import Foundation
import Testing

@testable import DocentKit

/// A small document and a curated file for it, built in memory.
private func build(_ curated: String, text: String = sampleText) throws(KnowledgeLoadError)
  -> KnowledgeBase
{
  try KnowledgeBuilder.build(
    KnowledgeSources(
      relations: bundledRelations,
      documents: [
        .init(
          id: "sample", path: "K/documents/sample.txt", text: text,
          curatedPath: "K/documents/sample.yaml", curated: curated)
      ])
  ).base
}

private let sampleText = """
  Anna Berg, a teacher in Oslo, met Carl Dunn on Monday. Carl Dunn is a baker.
  The bakery opened in 1999. Anna Berg said the bread was good.
  """

/// The diagnostics a curated file produces, as printed.
private func problems(_ curated: String) -> [String] {
  do {
    _ = try build(curated)
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

@Suite struct KnowledgeBuilderTests {
  @Test func aValidFileLoadsWithFactsCitingTheirSentences() throws {
    let knowledge = try build(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg, aliases: [Berg, Ms. Berg]}
      facts:
        - subject: anna-berg
          relation: role
          value: a teacher in Oslo
          source: Anna Berg, a teacher in Oslo
      """)
    let fact = try #require(knowledge.facts(about: "anna-berg").first)
    #expect(fact.source.number == 1)
    #expect(fact.source.text == "Anna Berg, a teacher in Oslo, met Carl Dunn on Monday.")
    let named = knowledge.nameIndex.names(in: QuestionText.tokens("ms. berg"), from: 0)
    #expect(named.flatMap(\.entities).map { knowledge.entities[$0].id } == ["anna-berg"])
  }

  @Test func everyProblemIsReportedAtOnceWithFileLineAndSuggestion() {
    let found = problems(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg}
        - {id: anna-berg, kind: person, name: Anna}
        - {id: carl-dunn, kind: persn, name: Carl Dunn}
      facts:
        - subject: anna-berg
          relation: rol
          value: a teacher
          source: Anna Berg, a teacher in Oslo
        - subject: anna-brg
          relation: role
          value: a teacher
          source: not in the text at all
        - subject: anna-berg
          relation: said
          value: the bread was good
          source: Anna Berg
      """)
    #expect(
      found == [
        "K/documents/sample.yaml:3:5: error: entity id 'anna-berg' is already declared at K/documents/sample.yaml:2:5",
        "K/documents/sample.yaml:4:27: error: unknown kind 'persn' (did you mean 'person'?)",
        "K/documents/sample.yaml:7:15: error: unknown relation 'rol' (did you mean 'role'?)",
        "K/documents/sample.yaml:10:14: error: unknown entity id 'anna-brg' as subject (did you mean 'anna-berg'?)",
        "K/documents/sample.yaml:13:13: error: the source fragment matches no sentence of 'sample' (copy a part of one sentence exactly)",
        "K/documents/sample.yaml:17:13: error: the source fragment matches 2 sentences of 'sample' (1, 4) (quote more of the sentence you mean)",
      ])
  }

  @Test func anAliasClaimedByTwoEntitiesIsAnError() {
    let found = problems(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg, aliases: [Berg]}
        - {id: berg-bakery, kind: organization, name: the Berg, aliases: [Bakery]}
      """)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("K/documents/sample.yaml:3:") == true)
    #expect(found.first?.contains("'the Berg' is claimed by 'anna-berg'") == true)
  }

  @Test func unknownKeysAndBadYAMLAreReportedWithTheirLine() {
    #expect(
      problems("entities:\n  - {id: a, kind: person, nmae: A}\n")
        .contains("K/documents/sample.yaml:2:27: error: unknown key 'nmae' (did you mean 'name'?)"))
    let syntax = problems("entities: [\n  - id: a\n")
    #expect(syntax.count == 1)
    #expect(syntax.first?.hasPrefix("K/documents/sample.yaml:") == true)
    #expect(syntax.first?.contains("invalid YAML") == true)
  }

  @Test func fragmentsMatchWhateverQuoteStylesTheCuratorTyped() throws {
    let knowledge = try build(
      """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg}
      facts:
        - subject: anna-berg
          relation: said
          value: the bread was good
          source: "Anna Berg said \\"the bread\\""
      """,
      text: "Anna Berg said “the bread” was good.")
    #expect(knowledge.facts.count == 1)
  }

  @Test func aRelationTheExtractedFactsUseMustBeDeclared() {
    var sources = KnowledgeSources(
      relations: """
        # Every relation the extracted facts use but 'said'.
        relations:
          - {id: role, object: any, phrase: "{subject} is {value}", description: a role}
          - {id: count, object: value, phrase: "{value}", description: a number}
          - {id: duration, object: value, phrase: "{value}", description: a length of time}
          - {id: happened-at, object: value, phrase: "{value}", description: a date}
          - {id: works-for, object: entity, phrase: "{subject} works for {object}", description: an employer}
        """,
      documents: [
        .init(
          id: "sample", path: "K/documents/sample.txt", text: sampleText,
          curatedPath: "K/documents/sample.yaml", curated: nil)
      ])
    sources.relationsPath = "K/relations.yaml"
    var found: [String] = []
    do {
      _ = try KnowledgeBuilder.build(sources)
    } catch {
      found = error.diagnostics.map(\.description)
    }
    #expect(
      found == [
        "K/relations.yaml:2:1: error: relations.yaml does not declare relation 'said', which "
          + "facts extracted from the documents use (declare it under 'relations')"
      ])
  }

  /// Each fact of the bundled knowledge cites a sentence that stands verbatim in its document
  /// as read from disk, numbered in the order of the text, and containing what the fact rests
  /// on: the curated `source:` fragment, or the words the extractor found.
  @Test func theBundledKnowledgeCitesEverySentenceVerbatim() throws {
    let knowledge = try bundledKnowledge().base
    #expect(!knowledge.facts.isEmpty)
    var disk = DiskKnowledge()
    var cited: [String: [Int: String]] = [:]
    for fact in knowledge.facts {
      let sentence = fact.source
      let cite = "\(fact.location): \(sentence.document) sentence \(sentence.number)"
      #expect(
        knowledge.document(sentence.document)?.sentence(sentence.number) == sentence,
        "\(cite) is not that sentence of its document")
      let text = try disk.text(of: sentence.document)
      #expect(!sentence.text.isEmpty && text.contains(sentence.text), "\(cite) is not verbatim")
      if let other = cited[sentence.document, default: [:]][sentence.number] {
        #expect(other == sentence.text, "\(cite) is cited with two texts")
      }
      cited[sentence.document, default: [:]][sentence.number] = sentence.text
      let file = URL(fileURLWithPath: fact.location.file).lastPathComponent
      if file.hasSuffix(".yaml") {
        #expect(file == "\(sentence.document).yaml", "\(cite): a fact of \(file)")
        let fragment = try #require(
          try disk.sourceFragment(ofFactAt: fact.location.line, in: file),
          "\(fact.location): no `source:` found for this fact")
        #expect(
          folded(sentence.text).contains(folded(fragment)),
          "\(cite): “\(fragment)” is not in “\(sentence.text)”")
      } else if let value = fact.value {
        #expect(
          folded(sentence.text).contains(folded(value)),
          "\(cite): “\(value)” is not in “\(sentence.text)”")
      }
    }
    // The numbers follow the order of the text on disk.
    for (document, sentences) in cited {
      let text = try disk.text(of: document)
      var position = text.startIndex
      for (number, sentence) in sentences.sorted(by: { $0.key < $1.key }) {
        guard let found = text.range(of: sentence, range: position..<text.endIndex) else {
          Issue.record("\(document) sentence \(number) is not after the sentences before it")
          break
        }
        position = found.upperBound
      }
    }
  }

  /// The loader's sentences of each bundled document, in order, are the whole text on disk:
  /// between two sentences there is only white space or a heading on a line of its own. So
  /// sentence N is the Nth sentence of the file.
  @Test func theBundledDocumentsAreTheirFilesSentenceBySentence() throws {
    let knowledge = try bundledKnowledge().base
    var disk = DiskKnowledge()
    #expect(knowledge.documents.map(\.id) == disk.documentNames)
    for document in knowledge.documents {
      let text = try disk.text(of: document.id)
      var position = text.startIndex
      for (index, sentence) in document.sentences.enumerated() {
        #expect(
          sentence.number == index + 1, "\(document.id): sentence \(index + 1) numbered wrong")
        guard let found = text.range(of: sentence.text, range: position..<text.endIndex) else {
          Issue.record("\(document.id) sentence \(sentence.number) is not next on disk")
          break
        }
        let gap = text[position..<found.lowerBound]
        #expect(
          isBlankOrHeading(gap), "\(document.id): before sentence \(sentence.number): “\(gap)”")
        position = found.upperBound
      }
      let rest = text[position...].trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(rest.isEmpty, "\(document.id): “\(rest.prefix(80))…” after the last sentence")
    }
  }
}

/// The bundled `Knowledge/documents/` read with Foundation, not through DocentKit.
private struct DiskKnowledge {
  private let folder = packageRoot.appendingPathComponent("Knowledge/documents")
  private var texts: [String: String] = [:]
  private var lines: [String: [String]] = [:]

  /// The names of the documents (`NAME` of each `NAME.txt`), sorted.
  var documentNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }

  /// The text of `documents/NAME.txt`.
  mutating func text(of name: String) throws -> String {
    if let text = texts[name] { return text }
    let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
    texts[name] = text
    return text
  }

  /// The `source:` of the fact whose list item starts on line `line` of the curated `file`: its
  /// scalar as written, read line by line (the curated files write facts as block mappings).
  mutating func sourceFragment(ofFactAt line: Int, in file: String) throws -> String? {
    if lines[file] == nil {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      lines[file] = text.components(separatedBy: "\n")
    }
    let fileLines = lines[file] ?? []
    guard fileLines.indices.contains(line - 1) else { return nil }
    let item = fileLines[line - 1]
    guard let dash = item.firstIndex(of: "-") else { return nil }
    let indent = item.distance(from: item.startIndex, to: dash)
    for (offset, text) in fileLines[(line - 1)...].enumerated() {
      let body = text.drop { $0 == " " }
      if offset > 0 && !body.isEmpty && !body.hasPrefix("#") && text.count - body.count <= indent {
        return nil  // the next item or the end of the list
      }
      let key = offset == 0 ? body.dropFirst().drop { $0 == " " } : body
      if key.hasPrefix("source:") {
        return yamlScalar(String(key.dropFirst("source:".count)))
      }
    }
    return nil
  }
}

/// A one-line YAML scalar as written after its key: plain, 'single' or "double" quoted.
private func yamlScalar(_ written: String) -> String {
  let value = written.trimmingCharacters(in: .whitespaces)
  if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
    return String(value.dropFirst().dropLast())
      .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
  }
  if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 {
    return String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
  }
  let comment = value.range(of: " #")
  return String(value[..<(comment?.lowerBound ?? value.endIndex)])
}

/// `text` with typographic quotes, apostrophes, dashes and ellipses made plain and white space
/// runs made one space, as the README says curated fragments may differ from the text.
private func folded(_ text: String) -> String {
  let plain = text.map { character -> String in
    switch character {
    case "“", "”", "„", "«", "»": "\""
    case "‘", "’", "‚": "'"
    case "–", "—", "‒": "-"
    case "…": "..."
    default: String(character)
    }
  }.joined()
  return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// Whether text between two sentences is white space, or one heading on a line of its own.
private func isBlankOrHeading(_ gap: Substring) -> Bool {
  let trimmed = gap.trimmingCharacters(in: .whitespacesAndNewlines)
  guard !trimmed.isEmpty else { return true }
  return !trimmed.contains("\n") && gap.first?.isNewline != false && gap.last?.isNewline == true
}
