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

  /// The transcript files at `paths` (files as given, folders searched recursively), sorted,
  /// and the paths that name nothing.
  public static func find(_ paths: [String]) -> (files: [String], missing: [String]) {
    var files: [String] = []
    var missing: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        missing.append(path)
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
    return (files, missing)
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
  /// leaves a half-written transcript. A symbolic link is written through to its target; the
  /// file keeps its mode and, where allowed, its owner; temporary files left by a killed run
  /// are removed.
  public static func write(_ transcript: Transcript, to path: String) throws(TranscriptFileError) {
    guard let resolved = realpath(path, nil) else {
      throw .unwritable(path, reason: String(cString: strerror(errno)))
    }
    let target = String(cString: resolved)
    free(resolved)
    var status = stat()
    guard stat(target, &status) == 0 else {
      throw .unwritable(path, reason: String(cString: strerror(errno)))
    }
    let url = URL(fileURLWithPath: target)
    let folder = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent)."
    removeLeftovers(in: folder.path, prefix: prefix)
    let temporary = folder.appendingPathComponent(
      prefix + "\(ProcessInfo.processInfo.processIdentifier).tmp"
    ).path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .unwritable(path, reason: String(cString: strerror(errno)))
    }
    var failure = FileDescriptor.writeAll(transcript.text.utf8, to: descriptor)
    // The owner is kept where the user may set it (as root); the mode always.
    _ = fchown(descriptor, status.st_uid, status.st_gid)
    if failure == 0 && fchmod(descriptor, status.st_mode & 0o7777) != 0 { failure = errno }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temporary, target) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw .unwritable(path, reason: String(cString: strerror(failure)))
    }
  }

  /// Removes the temporary files `write` leaves when killed before its rename: those named
  /// `prefix` and the id of a process no longer running.
  private static func removeLeftovers(in folder: String, prefix: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let id = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(id), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(folder + "/" + name)
    }
  }

  /// Appends `text` to the file at `path`, creating it when missing; never truncates it.
  public static func append(_ text: String, to path: String) throws {
    if !FileManager.default.fileExists(atPath: path) {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw TranscriptFileError.unwritable(path, reason: "cannot create it")
      }
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw TranscriptFileError.unwritable(path, reason: "cannot open it for writing")
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
  case unwritable(String, reason: String)
  case knowledge(String, KnowledgeLoadError)

  public var description: String {
    switch self {
    case .unreadable(let path): "\(path): cannot read the transcript (missing, or not UTF-8)"
    case .noInputs(let path): "\(path): no inputs (lines starting with '\(Transcript.prompt)')"
    case .unwritable(let path, let reason): "\(path): cannot write the file: \(reason)"
    case .knowledge(let path, let error): "\(path): its knowledge folder does not load:\n\(error)"
    }
  }
}
