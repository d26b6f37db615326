import Foundation

/// Brings a knowledge folder's index up to date, or rebuilds it: the documents' linkages
/// (`.docent/parses`), the record of the grammar check (`.docent/checked`) and the compiled
/// knowledge (`.docent/compiled`), which every load otherwise makes for itself when its sources
/// have changed.
public enum KnowledgeIndexer {
  /// What indexing found and did.
  public struct Report: Sendable {
    public let documents: Int
    public let sentences: Int
    public let entities: Int
    public let facts: Int
    /// The documents parsed by this run (the others' linkages were kept), and their sentences.
    public let parsedDocuments: Int
    public let parsedSentences: Int
    /// Whether the grammar check ran (false: it had passed on these very files before).
    public let checkedGrammar: Bool
    /// Whether the compiled knowledge was already up to date (false: it was compiled now).
    public let compiledBefore: Bool
  }

  /// Indexes the knowledge folder at `path`; with `rebuild`, forgets what was kept first, so
  /// every document is parsed and the grammar checked anew. `progress` hears the parsing.
  public static func index(_ path: String, rebuild: Bool, progress: ParseProgress? = nil)
    throws(KnowledgeLoadError) -> Report
  {
    let folder = URL(fileURLWithPath: path)
    if rebuild {
      for kept in [KnowledgeLoader.parsesFolder, CheckRecord.path, CompiledKnowledge.path] {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(kept))
      }
    } else if lacksParses(folder) {
      // A start reads the compiled knowledge and no parse; indexing keeps every document's
      // parses, so that the next change parses only the documents it changes.
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(CompiledKnowledge.path))
    }
    let knowledge = try KnowledgeLoader.load(from: path, progress: progress)
    let parsed = Set(knowledge.freshlyParsed)
    let base = knowledge.base
    return Report(
      documents: base.documents.count, sentences: base.sentenceCount,
      entities: base.entityCount, facts: base.factCount, parsedDocuments: parsed.count,
      parsedSentences: base.documents.filter { parsed.contains($0.id) }.reduce(0) {
        $0 + $1.sentences.count
      },
      checkedGrammar: knowledge.checkedGrammar, compiledBefore: knowledge.compiled)
  }

  /// Whether a document of the folder at `folder` has no kept parses.
  private static func lacksParses(_ folder: URL) -> Bool {
    let documents = folder.appendingPathComponent("documents").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.contains { name in
      let parses = "\(KnowledgeLoader.parsesFolder)/\(name.dropLast(4)).parses"
      return !FileManager.default.fileExists(atPath: folder.appendingPathComponent(parses).path)
    }
  }
}
