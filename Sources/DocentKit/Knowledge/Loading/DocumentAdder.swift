import Foundation

/// Adds plain-text documents to a knowledge folder (`docent add`): each file is checked, the
/// folder with the new documents is loaded in memory, and only when all of it holds are the
/// texts written to `documents/`. A failure leaves the folder as it was.
public enum DocumentAdder {
  /// A document that was added, counted.
  public struct Added: Sendable {
    /// The name answers cite it by.
    public let name: String
    /// The file it was copied from.
    public let file: String
    /// How many sentences it has.
    public let sentences: Int
    /// How many entities it names.
    public let entities: Int
    /// How many facts cite one of its sentences.
    public let facts: Int
  }

  /// Why documents could not be added; nothing was written.
  public enum Failure: Error, CustomStringConvertible {
    /// Problems with the files given, each with its file.
    case files([(file: String, problem: String)])
    /// The folder, with the documents added, does not load.
    case load(KnowledgeLoadError)

    public var description: String {
      switch self {
      case .files(let problems):
        problems.map { "\($0.file): error: \($0.problem)" }.joined(separator: "\n")
      case .load(let error):
        "the knowledge folder would not load with these documents:\n\(error)"
      }
    }
  }

  /// Adds the plain-text `files` to the knowledge folder at `folder`, named after their files or,
  /// for a single file, `name`.
  public static func add(
    _ files: [String], name: String? = nil, to folder: String, progress: ParseProgress? = nil
  ) throws(Failure) -> [Added] {
    var problems: [(file: String, problem: String)] = []
    if name != nil && files.count > 1 {
      problems.append((files.joined(separator: ", "), "--name names one file, not \(files.count)"))
    }
    var (sources, readProblems): (KnowledgeSources, [Diagnostic])
    do {
      (sources, readProblems) = try KnowledgeLoader.read(folder)
    } catch {
      throw .load(error)
    }
    KnowledgeLoader.readKeptParses(into: &sources, from: folder)
    var taken = Set(sources.documents.map(\.id))
    var additions: [(file: String, source: KnowledgeSources.DocumentSource)] = []
    for file in files {
      let id = name ?? documentName(forFile: file)
      switch check(file, name: id, taken: taken) {
      case .failure(let problem):
        problems.append((file, problem.text))
      case .success(let text):
        taken.insert(id)
        let path = documentPath(folder, id)
        additions.append(
          (file, .init(id: id, path: path, text: text, curatedPath: "", curated: nil)))
      }
    }
    guard problems.isEmpty else { throw .files(problems) }

    var extended = sources
    extended.documents += additions.map(\.source)
    extended.progress = progress
    let knowledge: LoadedKnowledge
    do {
      knowledge = try KnowledgeLoader.build(extended, readProblems: readProblems)
    } catch {
      throw .load(error)
    }
    var written: [String] = []
    for addition in additions {
      do {
        try write(addition.source.text, to: addition.source.path)
        written.append(addition.source.path)
      } catch {
        // Undo what this call wrote, so the folder is as it was.
        for path in written { try? FileManager.default.removeItem(atPath: path) }
        throw .files([(addition.file, "cannot write \(addition.source.path): \(error)")])
      }
    }
    KnowledgeLoader.keepParses(knowledge, readFrom: sources, in: folder)
    return additions.map { addition in
      let id = addition.source.id
      let base = knowledge.base
      let sentences = base.document(id)?.sentences.count ?? 0
      let entities = base.entities.count { entity in
        base.mentions(of: entity.id).contains { $0.document == id }
      }
      return Added(
        name: id, file: addition.file, sentences: sentences, entities: entities,
        facts: base.factCount(in: id))
    }
  }

  /// The document name a file gets: its base name without extension, in lower case, with runs
  /// of other characters as single hyphens ("Harbor Bridge.txt" → "harbor-bridge").
  static func documentName(forFile file: String) -> String {
    let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    var name = ""
    for character in Folding.words(base) {
      if character.isLetter || character.isNumber {
        name.append(character)
      } else if !name.isEmpty, name.last != "-" {
        name.append("-")
      }
    }
    while name.last == "-" { name.removeLast() }
    return name
  }

  /// The text of `file` when it can be a document named `name`, or what is wrong with it.
  private static func check(_ file: String, name: String, taken: Set<String>)
    -> Result<String, CheckProblem>
  {
    guard isValidName(name) else {
      return .failure(
        "'\(name)' is not a document name: use letters, digits and hyphens (--name NAME)")
    }
    guard !taken.contains(name) else {
      return .failure("a document called '\(name)' is already there; choose another with --name")
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return .failure("cannot read the file")
    }
    guard !data.contains(0), isMostlyText(data) else {
      return .failure("this looks like a binary file, not plain text")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure("the file is not valid UTF-8 text")
    }
    guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
      return .failure("the file is empty: it has no words")
    }
    return .success(text)
  }

  /// A problem with one file, as the error line says it.
  private struct CheckProblem: Error, ExpressibleByStringLiteral,
    ExpressibleByStringInterpolation
  {
    let text: String
    init(stringLiteral value: String) { text = value }
  }

  /// Letters, digits and inner hyphens: a name that is also a file name everywhere.
  private static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.first != "-" && name.last != "-"
      && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  /// False when more than one byte in twenty is a control character other than white space.
  private static func isMostlyText(_ data: Data) -> Bool {
    let controls = data.count { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }
    return controls * 20 <= data.count
  }

  /// Writes `text` to `path` whole or not at all, never over an existing file: a temporary file
  /// beside it, then a hard link to the final name (which fails when the name is taken).
  private static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
    try Data(text.utf8).write(to: temporary, options: .atomic)
    defer { try? FileManager.default.removeItem(at: temporary) }
    try FileManager.default.linkItem(at: temporary, to: url)
  }

  private static func documentPath(_ folder: String, _ id: String) -> String {
    URL(fileURLWithPath: folder).appendingPathComponent("documents/\(id).txt").path
  }
}
