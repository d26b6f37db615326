import Foundation

/// A knowledge folder compiled into one file, `.docent/compiled`: the knowledge base with all
/// its indexes (documents, sentences, curated and extracted facts, the clauses read from the
/// parses), the question grammar, the grammar check's answerable examples and the word
/// correctors' vocabularies.
///
/// A start that finds the file under its key decodes it and does nothing per document: no
/// parse is read, no clause or fact extracted, no index built, no grammar check run. The key is
/// ``CheckRecord``'s: a content hash of every file the load reads and the identity of the
/// running executable, so a changed document, grammar or relation file, or another docent,
/// compiles anew. A file that cannot be read, written or decoded is passed over: the folder is
/// then built from its sources, as if the file were not there.
struct CompiledKnowledge: Codable {
  /// Where the file lives, inside a knowledge folder.
  static let path = ".docent/compiled"

  /// One answerable example of the grammar check, for `:help`.
  struct Example: Codable {
    let intent: String
    let question: String
  }

  let base: KnowledgeBase
  let grammar: Grammar
  let examples: [Example]
  let words: WordCorrector
  let capitalisedWords: WordCorrector
  /// The knowledge folder as the load that compiled it named it: the grammar's and curated
  /// files' places are named from there, and shown relative to it, wherever docent now
  /// starts.
  let folder: String

  init(_ knowledge: LoadedKnowledge) {
    base = knowledge.base
    grammar = knowledge.grammar
    examples = knowledge.examples.map { Example(intent: $0.intent, question: $0.question) }
    words = knowledge.words
    capitalisedWords = knowledge.capitalisedWords
    folder = knowledge.folder
  }

  /// The first line of the file: what it is, and the version of its format, which changes
  /// whenever the format does.
  private static let header = "docent-compiled-3"

  /// The knowledge compiled under `key` in the folder at `folder`, or nil when there is none, or
  /// another key's, or a file whose bytes are not those written (its checksum, on its second
  /// line, differs) or that does not decode.
  static func read(in folder: String, key: String) -> CompiledKnowledge? {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    let prefix = Array("\(header)\n\(key) ".utf8)
    let sumLength = 17  // 16 hexadecimal digits and a line break
    guard data.count > prefix.count + sumLength, data.prefix(prefix.count).elementsEqual(prefix)
    else { return nil }
    let sum = String(decoding: data.dropFirst(prefix.count).prefix(sumLength - 1), as: UTF8.self)
    let payload = [UInt8](data.dropFirst(prefix.count + sumLength))
    guard sum == checksum(payload) else { return nil }
    return try? BinaryDecoder.decode(Self.self, from: payload)
  }

  /// Writes the file under `key`, atomically; a folder that cannot be written is left alone
  /// (the next start builds from the sources again).
  func write(in folder: String, key: String) {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(Self.path)
    guard
      (try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil,
      let payload = try? BinaryEncoder.encode(self)
    else { return }
    let head = Array("\(Self.header)\n\(key) \(Self.checksum(payload))\n".utf8)
    try? Data(head + payload).write(to: url, options: .atomic)
  }

  /// A 64-bit checksum of `bytes`, eight at a time, as 16 hexadecimal digits: any one damaged
  /// word changes it (each step is one-to-one in the state).
  static func checksum(_ bytes: [UInt8]) -> String {
    let value = bytes.withUnsafeBytes { raw in
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
      var offset = 0
      while offset + 8 <= raw.count {
        state =
          (state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          &* 0x0000_0100_0000_01b3
        state ^= state >> 29
        offset += 8
      }
      while offset < raw.count {
        state = (state ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01b3
        state ^= state >> 29
        offset += 1
      }
      return state
    }
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
