import Foundation
import Testing

/// `docent add` with the built binary: a document is copied in whole and answers at once; a bad
/// file changes nothing.
@Suite struct AddCommandTests {
  private let article = """
    Library Reopens After Flood

    The Millbrook Public Library reopened on Monday after a flood closed it for six months. \
    "We lost 4,000 books, but not our readers," said Ana Ortiz, the library's director. \
    The town council paid for the repairs.

    """

  /// A copy of the bundled knowledge in a fresh folder, and the names of its documents' files.
  private func knowledgeCopy() throws -> (folder: URL, knowledge: URL) {
    let folder = try temporaryFolder()
    let knowledge = folder.appendingPathComponent("Knowledge")
    try FileManager.default.copyItem(at: PackageRoot.knowledge, to: knowledge)
    return (folder, knowledge)
  }

  private func documentFiles(_ knowledge: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: knowledge.appendingPathComponent("documents").path
    ).sorted()
  }

  @Test func aPlainTextFileIsAddedVerbatimAndAnswersAtOnce() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("Library Reopens.txt")
    try article.write(to: file, atomically: true, encoding: .utf8)

    let added = try runDocent(["add", "--knowledge", knowledge.path, file.path])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.lines.count == 1)
    #expect(
      added.lines.first?.hasPrefix("Added library-reopens (from \(file.path)): 3 sentences, ")
        == true)
    let copied = knowledge.appendingPathComponent("documents/library-reopens.txt")
    #expect(try String(contentsOf: copied, encoding: .utf8) == article)
    #expect(try documentFiles(knowledge).allSatisfy { !$0.hasPrefix(".") })

    let asked = try runDocent(["--knowledge", knowledge.path, "Who is Ana Ortiz?"])
    #expect(asked.status == 0)
    #expect(asked.lines.first == "Ana Ortiz is the library's director.")
    #expect(asked.lines.dropFirst().first?.hasPrefix("  — library-reopens, sentence 2: ") == true)
  }

  @Test func binaryEmptyAndClashingFilesAreRefusedAndNothingIsWritten() throws {
    let (folder, knowledge) = try knowledgeCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try documentFiles(knowledge)
    let good = folder.appendingPathComponent("good.txt")
    let binary = folder.appendingPathComponent("picture.txt")
    let empty = folder.appendingPathComponent("empty.txt")
    let clash = folder.appendingPathComponent("cairo-talks.txt")
    try article.write(to: good, atomically: true, encoding: .utf8)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x00]).write(to: binary)
    try " \n\n ".write(to: empty, atomically: true, encoding: .utf8)
    try article.write(to: clash, atomically: true, encoding: .utf8)

    let refused = try runDocent(
      ["add", "--knowledge", knowledge.path, good.path, binary.path, empty.path, clash.path])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("\(binary.path): error: this looks like a binary file"))
    #expect(refused.stderr.contains("\(empty.path): error: the file is empty"))
    #expect(
      refused.stderr.contains(
        "\(clash.path): error: a document called 'cairo-talks' is already there"))
    #expect(!refused.stderr.contains("\(good.path): error"))
    #expect(try documentFiles(knowledge) == before, "a refused add writes nothing")

    let renamed = try runDocent(
      ["add", "--knowledge", knowledge.path, "--name", "harbor-bridge", good.path])
    #expect(renamed.status == 1)
    #expect(renamed.stderr.contains("a document called 'harbor-bridge' is already there"))
    #expect(try documentFiles(knowledge) == before)
  }
}

/// `docent clauses DOC N`: what docent reads in one sentence.
@Suite struct ClausesCommandTests {
  @Test func showsTheClausesOfASentenceAndRefusesOneThatIsNotThere() throws {
    let shown = try runDocent(["clauses", "cairo-talks", "15"])
    #expect(shown.status == 0)
    #expect(shown.lines.contains { $0.contains("The Islamist group | expel (past, active)") })
    let missing = try runDocent(["clauses", "cairo-talks", "999"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no sentence 999 in a document called 'cairo-talks'"))
  }

  @Test func withoutANumberShowsEverySentenceUnderItsNumber() throws {
    let single = try runDocent(["clauses", "cairo-talks", "15"])
    let whole = try runDocent(["clauses", "cairo-talks"])
    #expect(whole.status == 0)
    // Each sentence's number on its own line, then its clauses, a blank line between.
    let sections = whole.stdout.components(separatedBy: "\n\n")
    #expect(sections.count > 20)
    #expect(sections.first?.hasPrefix("1\n") == true)
    #expect(sections.contains("15\n" + single.stdout.trimmingCharacters(in: .newlines)))
    let unknown = try runDocent(["clauses", "no-such-article"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no document called 'no-such-article'"))
  }
}
