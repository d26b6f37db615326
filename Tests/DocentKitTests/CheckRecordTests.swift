import Foundation
import Testing

@testable import DocentKit

/// The key the grammar check's pass is kept under: the folder's contents, wherever it is
/// reached from.
@Suite struct CheckRecordTests {
  private func sources(grammarFolder: String, text: String = "intents: []") -> KnowledgeSources {
    KnowledgeSources(
      relations: "relations: []", documents: [sampleDocument],
      grammar: [.init(path: grammarFolder + "/questions.yaml", text: text)])
  }

  @Test func theSameFilesReachedFromElsewhereHaveTheSameKey() {
    let here = CheckRecord.key(for: sources(grammarFolder: "Knowledge/grammar"))
    let there = CheckRecord.key(for: sources(grammarFolder: "/srv/k/Knowledge/grammar"))
    #expect(here != nil)
    #expect(here == there)
  }

  @Test func anyChangedTextChangesTheKey() {
    let key = CheckRecord.key(for: sources(grammarFolder: "g"))
    #expect(key != CheckRecord.key(for: sources(grammarFolder: "g", text: "intents: [ ]")))
    var document = sources(grammarFolder: "g")
    document.documents[0].text += " More."
    #expect(key != CheckRecord.key(for: document))
    var curated = sources(grammarFolder: "g")
    curated.documents[0].curated = nil
    #expect(key != CheckRecord.key(for: curated))
    // An empty curated file is not none: a document nobody curated is read for more.
    var empty = curated
    empty.documents[0].curated = ""
    #expect(CheckRecord.key(for: empty) != CheckRecord.key(for: curated))
  }

  @Test func aRecordIsReadBackOnlyUnderItsKey() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("docent-check-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let examples = [(intent: "who-is", question: "Who is Anna Berg?")]
    CheckRecord.write(examples, in: folder.path, key: "0123456789abcdef")
    let read = CheckRecord.examples(in: folder.path, key: "0123456789abcdef")
    #expect(read?.map(\.intent) == ["who-is"])
    #expect(read?.map(\.question) == ["Who is Anna Berg?"])
    #expect(CheckRecord.examples(in: folder.path, key: "fedcba9876543210") == nil)
  }
}
