import Foundation

/// Finds, reads and rewrites transcript files (`*.transcript`), and loads the knowledge each
/// one names.
public struct TranscriptFiles {
  /// The extension transcript files carry.
  public static let pathExtension = "transcript"

  private let defaultKnowledge: String
  private var loaded: [String: Result<LoadedKnowledge, KnowledgeLoadError>] = [:]

  /// Transcripts without a `# knowledge:` directive use the folder at `defaultKnowledge`.
  public init(defaultKnowledge: String) {
    self.defaultKnowledge = defaultKnowledge
  }

  /// The transcript files at `paths` (files as given, folders searched recursively), sorted.
  public static func find(_ paths: [String]) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let base = path.hasSuffix("/") ? path : path + "/"
      let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
      files += found.filter { $0.hasSuffix("." + pathExtension) }.sorted().map { base + $0 }
    }
    return files
  }

  /// Reads and replays the transcript at `path`.
  public mutating func replay(_ path: String) -> Result<TranscriptResult, TranscriptFileError> {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return .failure(.unreadable(path)) }
    let transcript = Transcript(parsing: text)
    guard !transcript.blocks.isEmpty else { return .failure(.noInputs(path)) }
    let knowledgePath =
      transcript.directive("knowledge").map {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent($0).path
      } ?? defaultKnowledge
    let knowledge =
      loaded[knowledgePath]
      ?? Result { () throws(KnowledgeLoadError) in try KnowledgeLoader.load(from: knowledgePath) }
    loaded[knowledgePath] = knowledge
    switch knowledge {
    case .failure(let error):
      return .failure(.knowledge(path, error))
    case .success(let knowledge):
      return .success(TranscriptReplayer.replay(transcript, path: path, knowledge: knowledge))
    }
  }

  /// Writes `transcript` to `path` through a temporary file and a rename, so that a crash never
  /// leaves a half-written transcript.
  public static func write(_ transcript: Transcript, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try Data(transcript.text.utf8).write(to: temporary)
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw TranscriptFileError.unwritable(path)
    }
  }

  /// Appends `text` to the file at `path`, creating it when missing; never truncates it.
  public static func append(_ text: String, to path: String) throws {
    if !FileManager.default.fileExists(atPath: path) {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw TranscriptFileError.unwritable(path)
      }
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw TranscriptFileError.unwritable(path)
    }
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }
}

/// A transcript file that could not be replayed.
public enum TranscriptFileError: Error, Sendable, CustomStringConvertible {
  case unreadable(String)
  case noInputs(String)
  case unwritable(String)
  case knowledge(String, KnowledgeLoadError)

  public var description: String {
    switch self {
    case .unreadable(let path): "\(path): cannot read the transcript (missing, or not UTF-8)"
    case .noInputs(let path): "\(path): no inputs (lines starting with '\(Transcript.prompt)')"
    case .unwritable(let path): "\(path): cannot write the file"
    case .knowledge(let path, let error): "\(path): its knowledge folder does not load:\n\(error)"
    }
  }
}
