import Foundation
import Testing

@testable import DocentKit

/// The compiled knowledge file: a second start reads it and answers as the first did; a
/// changed source, or a damaged file, builds from the sources again.
@Suite struct CompiledKnowledgeTests {
  private let text = """
    Anna Berg founded the Oslo Bakers in 1998. The bakery, which employs 40 people, sells \
    rye bread in Bergen because the flour is cheaper there. Anna Berg did not sell the bakery.
    """
  private let questions = [
    "Who founded the Oslo Bakers?", "When was the Oslo Bakers founded?",
    "How many people does the bakery employ?", "Why does it sell rye bread in Bergen?",
    "Did Anna Berg sell the bakery?", "Who is Ana Berg?", "Where does the bakery sell brea?",
    "Who founded the Bergen Choir?", ":help",
  ]

  private func answers(_ knowledge: LoadedKnowledge) throws -> [String] {
    try replies(to: questions, knowledge: knowledge).map { $0.text() }
  }

  private func compiledFile(_ folder: URL) -> URL {
    folder.appendingPathComponent(CompiledKnowledge.path)
  }

  @Test func aSecondLoadReadsTheCompiledFileAndAnswersAsTheFirst() throws {
    let folder = try uncuratedKnowledgeFolder(document: "bakers", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let built = try KnowledgeLoader.load(from: folder.path)
    #expect(!built.compiled)
    #expect(FileManager.default.fileExists(atPath: compiledFile(folder).path))
    let read = try KnowledgeLoader.load(from: folder.path)
    #expect(read.compiled)
    #expect(read.base.documents.map(\.text) == built.base.documents.map(\.text))
    #expect(read.examples.map(\.question) == built.examples.map(\.question))
    #expect(read.grammar.templates.map(\.text) == built.grammar.templates.map(\.text))
    #expect(read.grammar.templates.map(\.location) == built.grammar.templates.map(\.location))
    #expect(try answers(read) == answers(built))
    #expect(try answers(read).first?.contains("Anna Berg") == true)
  }

  @Test func aChangedDocumentIsBuiltAgain() throws {
    let folder = try uncuratedKnowledgeFolder(document: "bakers", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try KnowledgeLoader.load(from: folder.path)
    try text.replacingOccurrences(of: "Anna Berg founded", with: "Ola Nordmann founded")
      .write(
        to: folder.appendingPathComponent("documents/bakers.txt"), atomically: true,
        encoding: .utf8)
    let changed = try KnowledgeLoader.load(from: folder.path)
    #expect(!changed.compiled)
    let answer = try replies(to: ["Who founded the Oslo Bakers?"], knowledge: changed)[0].text()
    #expect(answer.contains("Ola Nordmann"))
    #expect(try KnowledgeLoader.load(from: folder.path).compiled)
  }

  @Test func aDamagedFileIsBuiltAgainAndRewritten() throws {
    let folder = try uncuratedKnowledgeFolder(document: "bakers", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let built = try KnowledgeLoader.load(from: folder.path)
    let file = compiledFile(folder)
    let bytes = try Data(contentsOf: file)
    // Cut short, then with bytes past its header changed: neither is read, and each is
    // replaced by a good file.
    for damaged in [
      bytes.prefix(bytes.count / 2),
      Data(bytes.prefix(40)) + Data(repeating: 7, count: bytes.count - 40),
    ] {
      try damaged.write(to: file)
      let load = try KnowledgeLoader.load(from: folder.path)
      #expect(!load.compiled)
      #expect(try answers(load) == answers(built))
      #expect(try KnowledgeLoader.load(from: folder.path).compiled)
    }
  }

  /// Two documents whose sentence differs only in how its accents are stored ("é" as one
  /// character or as "e" and an accent): Swift calls the strings equal, but each document's
  /// sentence comes back from the compiled file with its own bytes.
  @Test func textsEqualAsStringsKeepTheirOwnBytes() throws {
    let sentence = "The Rénée Géneviève Hélène Bérénice Séverine Café was opened by Tom Berg."
    let folder = try uncuratedKnowledgeFolder(
      document: "first", text: "First\n\n" + sentence.precomposedStringWithCanonicalMapping + "\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    try ("Second\n\n" + sentence.decomposedStringWithCanonicalMapping + "\n").write(
      to: folder.appendingPathComponent("documents/second.txt"), atomically: true,
      encoding: .utf8)
    let built = try KnowledgeLoader.load(from: folder.path)
    let read = try KnowledgeLoader.load(from: folder.path)
    #expect(read.compiled)
    let bytes = { (knowledge: LoadedKnowledge) in
      knowledge.base.documents.flatMap(\.sentences).map { Array($0.text.utf8) }
    }
    #expect(bytes(read) == bytes(built))
    #expect(Set(bytes(read)).count == 2)
    let question = [
      "Who opened the Café?", "Who opened the Rénée Géneviève Hélène Bérénice Séverine Café?",
    ]
    #expect(
      try replies(to: question, knowledge: read).map { $0.text() }
        == replies(to: question, knowledge: built).map { $0.text() })
  }

  /// A file changed in one byte past its header still decodes, into other words: its
  /// checksum tells, and the folder is built again.
  @Test func aFileChangedInOneByteIsBuiltAgain() throws {
    let folder = try uncuratedKnowledgeFolder(document: "bakers", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let built = try KnowledgeLoader.load(from: folder.path)
    let file = compiledFile(folder)
    var bytes = try Data(contentsOf: file)
    // "1998" in the document's text becomes "1898".
    let year = Data("1998".utf8)
    let found = try #require(bytes.range(of: year, options: [], in: 100..<bytes.count))
    bytes[found.lowerBound + 1] = UInt8(ascii: "8")
    try bytes.write(to: file)
    let load = try KnowledgeLoader.load(from: folder.path)
    #expect(!load.compiled)
    #expect(try answers(load) == answers(built))
    #expect(try answers(load).joined().contains("1998"))
  }
}
