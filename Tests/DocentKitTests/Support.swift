import Foundation

@testable import DocentKit

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled knowledge folder, loaded once for all tests; a failure is kept, not fatal, so
/// only the tests that need the bundled knowledge fail.
private let bundledKnowledgeLoad = Result { () throws(KnowledgeLoadError) in
  try KnowledgeLoader.load(from: packageRoot.appendingPathComponent("Knowledge").path)
}

/// The bundled `Knowledge/` failed to load; its description lists every diagnostic.
struct BundledKnowledgeDoesNotLoad: Error, CustomStringConvertible {
  let error: KnowledgeLoadError
  var description: String { "the bundled Knowledge/ does not load:\n\(error)" }
}

/// The bundled knowledge, or an error carrying the load diagnostics, which fails the test that
/// asked for it.
func bundledKnowledge() throws -> LoadedKnowledge {
  do {
    return try bundledKnowledgeLoad.get()
  } catch {
    throw BundledKnowledgeDoesNotLoad(error: error)
  }
}

/// The replies a fresh session gives to `inputs`, in order; `knowledge` defaults to the bundled
/// knowledge.
func replies(to inputs: [String], knowledge: LoadedKnowledge? = nil) throws -> [Reply] {
  var session = Session(knowledge: try knowledge ?? bundledKnowledge())
  return inputs.map { session.respond(to: $0) }
}

/// The bundled relation vocabulary, for building small knowledge bases in tests.
let bundledRelations: String = {
  let url = packageRoot.appendingPathComponent("Knowledge/relations.yaml")
  return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}()

/// A small curated document for knowledge built in tests: Anna Berg, a teacher, leads the Oslo
/// Bakers.
let sampleDocument = KnowledgeSources.DocumentSource(
  id: "sample", path: "K/documents/sample.txt",
  text: "Anna Berg, a teacher in Oslo, leads the Oslo Bakers. Anna Berg said the bread was good.",
  curatedPath: "K/documents/sample.yaml",
  curated: """
    entities:
      - {id: anna-berg, kind: person, name: Anna Berg}
      - {id: oslo-bakers, kind: organization, name: the Oslo Bakers}
    facts:
      - {subject: anna-berg, relation: role, value: a teacher in Oslo, source: a teacher in Oslo}
      - {subject: anna-berg, relation: leads, object: oslo-bakers, source: leads the Oslo Bakers}
    """)

/// A fresh temporary knowledge folder with the bundled grammar and relations and one uncurated
/// document, `name`.txt holding `text`.
func uncuratedKnowledgeFolder(document name: String, text: String) throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("docent-\(name)-\(UUID().uuidString)")
  let documents = folder.appendingPathComponent("documents")
  try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
  let bundled = packageRoot.appendingPathComponent("Knowledge")
  for item in ["relations.yaml", "grammar"] {
    try FileManager.default.copyItem(
      at: bundled.appendingPathComponent(item), to: folder.appendingPathComponent(item))
  }
  try text.write(
    to: documents.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
  return folder
}

/// The replies to `questions`, asked as one conversation about `text` as the one uncurated
/// document `name`, with the bundled grammar.
func replies(to questions: [String], aboutUncurated text: String, named name: String) throws
  -> [Reply]
{
  let folder = try uncuratedKnowledgeFolder(document: name, text: text)
  defer { try? FileManager.default.removeItem(at: folder) }
  return try replies(to: questions, knowledge: loadUnchecked(folder))
}

/// The knowledge folder at `folder`, loaded without the grammar check: most of a throwaway
/// folder's load, and checked by the loads of the bundled and evaluation folders.
func loadUnchecked(_ folder: URL) throws -> LoadedKnowledge {
  try KnowledgeLoader.load(from: folder.path, progress: nil, checkingGrammar: false)
}
