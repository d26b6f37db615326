import Foundation

/// Loads a knowledge folder: the only place docent reads the disk.
///
/// The folder holds `relations.yaml` (the relation lexicon) and `documents/`, where each
/// document is `NAME.txt` with its curated entities and facts beside it in `NAME.yaml`.
/// Everything is checked before anything is used: any problem stops the load, and every
/// problem found is reported at once.
public enum KnowledgeLoader {
  /// Loads the knowledge folder at `path`.
  ///
  /// Files are named in messages relative to the working directory when they lie below it.
  ///
  /// Documents not parsed before are parsed now; `progress` hears how many of their sentences
  /// are done, of how many, as they are.
  public static func load(from path: String, progress: ParseProgress? = nil)
    throws(KnowledgeLoadError) -> LoadedKnowledge
  {
    try load(from: path, progress: progress, checkingGrammar: true)
  }

  /// Loads the knowledge folder at `path`; with `checkingGrammar` false the grammar's sample
  /// questions are not parsed against it (no load-time grammar diagnostics, no `:help`
  /// examples). Tests that build a throwaway folder around one sentence use that: the check
  /// is most of such a load, and the grammar is checked by every load of a real folder.
  static func load(from path: String, progress: ParseProgress?, checkingGrammar: Bool)
    throws(KnowledgeLoadError) -> LoadedKnowledge
  {
    var (sources, diagnostics) = try read(path)
    sources.progress = progress
    // The grammar check is skipped where it passed before on these very files (and where the
    // caller asks not to check: no examples, no record).
    let key = checkingGrammar ? CheckRecord.key(for: sources) : nil
    if let key, diagnostics.isEmpty, let compiled = fromCompiled(sources, key: key) {
      return compiled
    }
    readKeptParses(into: &sources, from: path)
    sources.checkedExamples =
      if checkingGrammar { key.flatMap { CheckRecord.examples(in: path, key: $0) } } else { [] }
    let knowledge = try build(sources, readProblems: diagnostics)
    keepParses(knowledge, readFrom: sources, in: path)
    if let key {
      if sources.checkedExamples == nil {
        CheckRecord.write(knowledge.examples, in: path, key: key)
      }
      CompiledKnowledge(knowledge).write(in: path, key: key)
    }
    return knowledge
  }

  /// The knowledge compiled from these very sources by an earlier load; nil when there is none.
  private static func fromCompiled(_ sources: KnowledgeSources, key: String) -> LoadedKnowledge? {
    CompiledKnowledge.read(in: sources.folder, key: key).map(LoadedKnowledge.init(compiled:))
  }

  /// Reads the linkages an earlier load kept for the documents of `sources`; the builder
  /// checks they still hold.
  static func readKeptParses(into sources: inout KnowledgeSources, from path: String) {
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    for document in sources.documents {
      let parsesPath = folder.appendingPathComponent("\(parsesFolder)/\(document.id).parses").path
      if let data = FileManager.default.contents(atPath: parsesPath) {
        sources.keptParses[document.id] = String(decoding: data, as: UTF8.self)
      }
    }
  }

  /// The folder, inside a knowledge folder, where the documents' linkages are kept.
  static let parsesFolder = ".docent/parses"

  /// Writes the linkages `knowledge` made anew beside the documents, so the next load reuses
  /// them; a folder that cannot be written is left alone (the next load parses again).
  static func keepParses(
    _ knowledge: LoadedKnowledge, readFrom sources: KnowledgeSources, in path: String
  ) {
    let folder = URL(fileURLWithPath: path).appendingPathComponent(parsesFolder)
    for id in knowledge.freshlyParsed {
      guard let parses = knowledge.parses[id] else { continue }
      guard
        (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true))
          != nil
      else { return }
      try? Data(parses.text.utf8).write(
        to: folder.appendingPathComponent("\(id).parses"), options: .atomic)
    }
  }

  /// Builds `sources` read from a folder; the problems met while reading are reported first.
  static func build(_ sources: KnowledgeSources, readProblems diagnostics: [Diagnostic])
    throws(KnowledgeLoadError) -> LoadedKnowledge
  {
    let knowledge: LoadedKnowledge
    do throws(KnowledgeLoadError) {
      knowledge = try KnowledgeBuilder.build(sources)
    } catch {
      throw KnowledgeLoadError(diagnostics + error.all)
    }
    guard diagnostics.isEmpty else { throw KnowledgeLoadError(diagnostics) }
    return knowledge
  }

  /// The raw contents of the knowledge folder at `path`, with the problems met reading it; throws
  /// when there is no folder at all.
  static func read(_ path: String) throws(KnowledgeLoadError) -> (
    KnowledgeSources, [Diagnostic]
  ) {
    let path = relativeToWorkingDirectory(path)
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    let documentsFolder = folder.appendingPathComponent("documents", isDirectory: true)
    let display = { (name: String) in path.hasSuffix("/") ? path + name : path + "/" + name }

    guard isDirectory(folder) else {
      throw KnowledgeLoadError([
        Diagnostic(SourceLocation(file: path, line: 1), "no knowledge folder here")
      ])
    }
    var diagnostics: [Diagnostic] = []
    var sources = KnowledgeSources()
    sources.folder = path
    sources.relationsPath = display("relations.yaml")
    sources.relations = readFile(sources.relationsPath, diagnostics: &diagnostics)

    let names = (try? FileManager.default.contentsOfDirectory(atPath: documentsFolder.path)) ?? []
    let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
    if texts.isEmpty {
      diagnostics.append(
        Diagnostic(
          SourceLocation(file: display("documents"), line: 1), "no documents (*.txt) found"))
    }
    for name in texts {
      let id = String(name.dropLast(4))
      let textPath = display("documents/\(name)")
      guard let text = readFile(textPath, diagnostics: &diagnostics) else { continue }
      guard text.contains(where: \.isLetter) else {
        diagnostics.append(
          Diagnostic(
            SourceLocation(file: textPath, line: 1), "the document has no words",
            suggestion: "remove it, or put its text in it"))
        continue
      }
      let curatedPath = display("documents/\(id).yaml")
      let curated =
        FileManager.default.fileExists(atPath: curatedPath)
        ? readFile(curatedPath, diagnostics: &diagnostics) : nil
      sources.documents.append(
        .init(id: id, path: textPath, text: text, curatedPath: curatedPath, curated: curated))
    }
    let grammarFolder = folder.appendingPathComponent("grammar").path
    let grammarNames =
      (try? FileManager.default.contentsOfDirectory(atPath: grammarFolder))?
      .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
    if grammarNames.isEmpty {
      diagnostics.append(
        Diagnostic(
          SourceLocation(file: display("grammar"), line: 1), "no grammar files (*.yaml) found"))
    }
    for name in grammarNames {
      let path = display("grammar/\(name)")
      if let text = readFile(path, diagnostics: &diagnostics) {
        sources.grammar.append(.init(path: path, text: text))
      }
    }
    for name in names.sorted() where name.hasSuffix(".yaml") {
      let id = String(name.dropLast(5))
      if !texts.contains(id + ".txt") {
        diagnostics.append(
          Diagnostic(
            SourceLocation(file: display("documents/\(name)"), line: 1),
            "curated file has no document '\(id).txt' beside it"))
      }
    }
    return (sources, diagnostics)
  }

  /// `path` named from the working directory when it lies below it; the working directory
  /// itself ("$PWD/") is ".".
  private static func relativeToWorkingDirectory(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
    guard path.hasPrefix(prefix) else { return path }
    let relative = String(path.dropFirst(prefix.count))
    return relative.isEmpty ? "." : relative
  }

  private static func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Reads the file at `path` as UTF-8.
  private static func readFile(_ path: String, diagnostics: inout [Diagnostic]) -> String? {
    let location = SourceLocation(file: path, line: 1)
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(Diagnostic(location, "cannot read the file"))
      return nil
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      let (line, column) = firstInvalidUTF8(data)
      diagnostics.append(
        Diagnostic(
          SourceLocation(file: path, line: line, column: column), "the file is not valid UTF-8"))
      return nil
    }
    return text
  }

  /// The line and column (in characters, from 1) of the first byte of `bytes` that is not
  /// valid UTF-8.
  static func firstInvalidUTF8(_ bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
      if scalar.count == 1 && scalar.first == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}

/// Called with the number of sentences parsed so far and the number to parse.
public typealias ParseProgress = @Sendable (_ parsed: Int, _ total: Int) -> Void

/// The raw contents of a knowledge folder, before checking: what `KnowledgeBuilder` takes.
struct KnowledgeSources: Sendable {
  /// One document's text and curated file.
  struct DocumentSource: Sendable {
    var id: String
    var path: String
    var text: String
    var curatedPath: String
    var curated: String?

    init(id: String, path: String, text: String, curatedPath: String, curated: String?) {
      self.id = id
      self.path = path
      self.text = text
      self.curatedPath = curatedPath
      self.curated = curated
    }
  }

  /// One grammar file: its path and text.
  struct GrammarSource: Sendable {
    var path: String
    var text: String

    init(path: String, text: String) {
      self.path = path
      self.text = text
    }
  }

  /// The grammar files, in load order.
  var grammar: [GrammarSource] = []
  /// The text of `relations.yaml`.
  var relations: String?
  /// The path `relations.yaml` is reported under.
  var relationsPath = "relations.yaml"
  /// The knowledge folder's path as its files are named, for showing their places relative to
  /// it in `:why`.
  var folder = ""
  /// The documents, in load order.
  var documents: [DocumentSource] = []
  /// Told how many sentences are parsed, of how many, while documents are parsed.
  var progress: ParseProgress?
  /// Linkages kept by an earlier load, as stored (``DocumentParses/text``), by document id;
  /// those that no longer hold for their document are parsed anew.
  var keptParses: [String: String] = [:]
  /// The answerable examples of a grammar check these very sources passed before
  /// (``CheckRecord``): the check is then not run again.
  var checkedExamples: [(intent: String, question: String)]?

  init(
    relations: String? = nil, documents: [DocumentSource] = [], grammar: [GrammarSource] = []
  ) {
    self.relations = relations
    self.documents = documents
    self.grammar = grammar
  }
}
