import DocentKit
import Foundation

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled knowledge folder, loaded once for all tests.
let bundledKnowledge: LoadedKnowledge = {
  do {
    return try KnowledgeLoader.load(from: packageRoot.appendingPathComponent("Knowledge").path)
  } catch {
    fatalError("the bundled Knowledge/ does not load:\n\(error)")
  }
}()

/// The replies a fresh session gives to `inputs`, in order.
func replies(to inputs: [String], knowledge: LoadedKnowledge = bundledKnowledge) -> [Reply] {
  var session = Session(knowledge: knowledge)
  return inputs.map { session.respond(to: $0) }
}

/// The bundled relation vocabulary, for building small knowledge bases in tests.
let bundledRelations: String = {
  let url = packageRoot.appendingPathComponent("Knowledge/relations.yaml")
  return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}()
