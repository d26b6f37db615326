import Foundation

/// The record that a knowledge folder passed the load-time grammar check, so the next load
/// skips it while nothing it depends on has changed.
///
/// The check parses every template's sample questions against the documents, about half of a
/// start. Its result depends only on the folder's files and on docent itself, so it is kept in
/// `.docent/checked` under a key made of both: a content hash of every file the load reads, and
/// the identity (size, modification time, inode) of the running executable, with what it
/// reads from outside the folder (the parser's version and settings, WordNet's files or their
/// absence). ``CompiledKnowledge`` is kept under the same key. A record whose key
/// does not match is ignored and the check runs again; a folder that cannot be written just
/// checks at every load.
///
/// The file: the key on its first line, then one line per answerable example, `intent` and
/// question separated by a tab.
enum CheckRecord {
  /// Where the record lives, inside a knowledge folder.
  static let path = ".docent/checked"

  /// The key of `sources` as built by this executable; nil where the executable cannot be
  /// identified (no record is then read or written).
  static func key(for sources: KnowledgeSources) -> String? {
    guard let executable = executableIdentity() else { return nil }
    var hash = ContentHash()
    hash.add(formatVersion)
    hash.add(executable)
    hash.add(outsideIdentity())
    hash.add(sources.relations ?? "")
    // A file by its name in the folder: the same folder reached from another working
    // directory is the same folder.
    for file in sources.grammar {
      hash.add(URL(fileURLWithPath: file.path).lastPathComponent)
      hash.add(file.text)
    }
    for document in sources.documents {
      hash.add(document.id)
      hash.add(document.text)
      // An empty curated file is not none: a document nobody curated is read for more.
      hash.add(document.curated == nil ? "uncurated" : "curated")
      hash.add(document.curated ?? "")
    }
    return hash.hex
  }

  /// The examples recorded under `key` in the folder at `folder`, or nil when there is no
  /// record for that key.
  static func examples(in folder: String, key: String) -> [(intent: String, question: String)]? {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
    else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first.map(String.init) == key else { return nil }
    lines.removeFirst()
    var examples: [(intent: String, question: String)] = []
    for line in lines where !line.isEmpty {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { return nil }
      examples.append((String(fields[0]), String(fields[1])))
    }
    return examples
  }

  /// Records that the folder at `folder` passed the check under `key`, with its examples;
  /// written atomically, and not at all where the folder cannot be written.
  static func write(
    _ examples: [(intent: String, question: String)], in folder: String, key: String
  ) {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
    guard
      (try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil
    else { return }
    let lines = [key] + examples.map { "\($0.intent)\t\($0.question)" }
    try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
  }

  /// Changes whenever the record's meaning does.
  private static let formatVersion = "docent-check-2"

  /// What a load reads from outside the folder and the executable: the parser's version and
  /// settings, and each WordNet file's name, size and modification time, or that there is no
  /// WordNet (extraction reads it: a folder built without it must be built again with it).
  private static func outsideIdentity() -> String {
    var parts = [DocumentParses.parser]
    let folder = WordNet.defaultFolder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
    for name in names {
      var status = stat()
      guard stat(folder + "/" + name, &status) == 0 else { continue }
      parts.append("\(name) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)")
    }
    if names.isEmpty { parts.append("no WordNet") }
    return parts.joined(separator: "\n")
  }

  /// The running executable's size, modification time and inode: a rebuilt docent is another
  /// docent, whose check may differ.
  private static func executableIdentity() -> String? {
    var status = stat()
    guard stat("/proc/self/exe", &status) == 0 else { return nil }
    return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
  }
}

/// A 64-bit FNV-1a hash of a sequence of strings, each ended by a zero byte so that the
/// boundaries count: the same inputs give the same hash in every process (unlike `Hasher`).
struct ContentHash {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    add(bytesOf: text)
    mix(0)
  }

  /// Adds the bytes of `text` with no end mark: for hashing one text alone.
  mutating func add(bytesOf text: String) {
    for byte in text.utf8 { mix(byte) }
  }

  /// The hash so far.
  var value: UInt64 { state }

  private mutating func mix(_ byte: UInt8) {
    state ^= UInt64(byte)
    state = state &* 0x0000_0100_0000_01b3
  }

  /// The hash as 16 hexadecimal digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
