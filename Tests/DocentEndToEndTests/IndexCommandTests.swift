import Foundation
import Testing

/// `docent index` with the built binary: the first run parses and checks; the next finds
/// nothing to do and a start after it skips the check; a changed file is checked again, and
/// its errors are the same as ever.
@Suite struct IndexCommandTests {
  /// A copy of the bundled knowledge without its kept index, in a fresh folder.
  private func knowledgeCopy() throws -> (folder: URL, knowledge: URL) {
    let folder = try temporaryFolder()
    let knowledge = folder.appendingPathComponent("Knowledge")
    try FileManager.default.copyItem(at: PackageRoot.knowledge, to: knowledge)
    try? FileManager.default.removeItem(at: knowledge.appendingPathComponent(".docent"))
    return (folder, knowledge)
  }

  @Test func indexingParsesOnceAndTheCheckIsKeptUntilAFileChanges() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.lines.first?.hasPrefix("Indexed \(knowledge.path): 2 documents, ") == true)
    #expect(first.lines.last?.hasPrefix("Parsed 2 documents (") == true, "\(first.stdout)")
    #expect(first.lines.last?.contains("; grammar checked; knowledge compiled;") == true)
    let record = knowledge.appendingPathComponent(".docent/checked")
    #expect(FileManager.default.fileExists(atPath: record.path))
    let compiled = knowledge.appendingPathComponent(".docent/compiled")
    #expect(FileManager.default.fileExists(atPath: compiled.path))

    let second = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(second.status == 0)
    #expect(
      second.lines.last?.hasPrefix(
        "No document needed parsing; grammar check unchanged since it last passed; "
          + "compiled knowledge unchanged;") == true,
      "\(second.stdout)")

    // A start with the record answers as one without it.
    let asked = try runDocent(["--knowledge", knowledge.path, "Who is Dimitri Diliani?"])
    #expect(asked.status == 0)
    #expect(asked.lines.first?.contains("Dimitri Diliani") == true, "\(asked.stdout)")

    // A template whose own sample no longer reads is an error at the next start, record or not.
    let questions = knowledge.appendingPathComponent("grammar/questions.yaml")
    let grammar = try String(contentsOf: questions, encoding: .utf8)
    let broken = grammar.replacingOccurrences(
      of: "      - \"(who|what) <be> {entity} exactly\"\n",
      with: "      - \"(who|what) <be> {entity} exactly\"\n      - \"{entity} {entity}\"\n")
    #expect(broken != grammar)
    try broken.write(to: questions, atomically: true, encoding: .utf8)
    let failed = try runDocent(["--knowledge", knowledge.path, "Who is Dimitri Diliani?"])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("questions.yaml:"), "\(failed.stderr)")

    // Put back as it was, the files are those the record was made for: it serves again.
    try grammar.write(to: questions, atomically: true, encoding: .utf8)
    let again = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(again.lines.last?.contains("grammar check unchanged") == true, "\(again.stdout)")
  }

  /// Parses deleted while the compiled knowledge serves are made again by indexing, so that
  /// a later change parses only what it changes.
  @Test func indexingMakesDeletedParsesAgain() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try runDocent(["index", "--knowledge", knowledge.path])
    try FileManager.default.removeItem(at: knowledge.appendingPathComponent(".docent/parses"))
    let indexed = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(indexed.lines.last?.hasPrefix("Parsed 2 documents (") == true, "\(indexed.stdout)")
    let parses = knowledge.appendingPathComponent(".docent/parses/cairo-talks.parses")
    #expect(FileManager.default.fileExists(atPath: parses.path))
  }

  /// The working directory named from the root with a slash ("$PWD/") is the folder.
  @Test func theWorkingDirectoryWithASlashIsTheFolder() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let asked = try runDocent(
      ["--knowledge", knowledge.path + "/", "Who is Dimitri Diliani?"], directory: knowledge)
    #expect(asked.status == 0, "\(asked.stderr)")
    #expect(asked.lines.first?.contains("Dimitri Diliani") == true, "\(asked.stdout)")
  }

  @Test func rebuildForgetsWhatWasKept() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try runDocent(["index", "--knowledge", knowledge.path])
    let rebuilt = try runDocent(["index", "--rebuild", "--knowledge", knowledge.path])
    #expect(rebuilt.status == 0)
    #expect(rebuilt.lines.last?.hasPrefix("Parsed 2 documents (") == true, "\(rebuilt.stdout)")
    #expect(rebuilt.lines.last?.contains("; grammar checked; knowledge compiled;") == true)
  }

  @Test func aDamagedRecordIsIgnored() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try runDocent(["index", "--knowledge", knowledge.path])
    // The compiled knowledge damaged, with the header of the real one: compiled anew, the
    // record of the check still serving.
    let compiled = knowledge.appendingPathComponent(".docent/compiled")
    let bytes = try Data(contentsOf: compiled)
    try (bytes.prefix(60) + Data(repeating: 0xff, count: 100)).write(to: compiled)
    let recompiled = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(recompiled.status == 0)
    #expect(
      recompiled.lines.last?.contains(
        "grammar check unchanged since it last passed; knowledge compiled;")
        == true, "\(recompiled.stdout)")
    // Both damaged: checked and compiled anew.
    let record = knowledge.appendingPathComponent(".docent/checked")
    try "garbage\nnot\ta record\n".write(to: record, atomically: true, encoding: .utf8)
    try "garbage".write(to: compiled, atomically: true, encoding: .utf8)
    let indexed = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(indexed.status == 0)
    #expect(
      indexed.lines.last?.contains("; grammar checked; knowledge compiled;") == true,
      "\(indexed.stdout)")
    let asked = try runDocent(["--knowledge", knowledge.path, "Who is Dimitri Diliani?"])
    #expect(asked.lines.first?.contains("Dimitri Diliani") == true, "\(asked.stdout)")
  }

  @Test func theCompiledKnowledgeNamesItsFilesAsEveryStartDoes() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = Data("Who is Dimitri Diliani?\n:why\n".utf8)
    // Compiled by a start that names the folder relatively, then read by one that names it
    // from the root: `:why` names the grammar file from the knowledge folder both times.
    let first = try runDocent(["--knowledge", "Knowledge"], input: input, directory: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let compiled = knowledge.appendingPathComponent(".docent/compiled")
    #expect(FileManager.default.fileExists(atPath: compiled.path))
    let indexed = try runDocent(["index", "--knowledge", knowledge.path])
    #expect(
      indexed.lines.last?.contains("compiled knowledge unchanged") == true, "\(indexed.stdout)")
    let second = try runDocent(["--knowledge", knowledge.path], input: input)
    #expect(second.stdout == first.stdout)
    #expect(second.stdout.contains("grammar/"), "\(second.stdout)")
    #expect(!second.stdout.contains("Knowledge/grammar"), "\(second.stdout)")
  }
}
