import Foundation

/// One WordNet database file, memory-mapped and read line by line on demand: an `index.POS`
/// (lines sorted by their first field, found by binary search) or a `data.POS` (lines found by
/// their byte offset).
struct WordNetFile: Sendable {
  /// The file's bytes, mapped rather than read, so that loading costs no more than opening.
  private let bytes: Data

  /// The file at `path`.
  init(path: String) throws(WordNetError) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .missingFile(path)
    }
    do {
      bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw .unreadableFile(path)
    }
  }

  /// The line that starts at byte `offset`, without its newline; nil past the end.
  func line(at offset: Int) -> String? {
    bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
      guard offset >= 0, offset < buffer.count else { return nil }
      let end = Self.lineEnd(in: buffer, from: offset)
      return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[offset..<end]), as: UTF8.self)
    }
  }

  /// The line whose first field (up to its first space) is `key`, found by binary search in a
  /// file sorted bytewise by that field; nil when no line has it.
  ///
  /// The licence lines at the top of each file start with spaces, so they sort before every
  /// key and never match one.
  func line(forKey key: String) -> String? {
    lines(forKey: key).first
  }

  /// Every line whose first field is `key`, in file order: an index has one line per lemma,
  /// but an exception list may repeat a form ("aurar"). An empty key has none.
  func lines(forKey key: String) -> [String] {
    guard !key.isEmpty else { return [] }
    let key = Array(key.utf8)
    return bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [String] in
      guard var start = Self.lineStart(in: buffer, forKey: key) else { return [] }
      while start > 0 {
        let previous = Self.lineStart(in: buffer, before: start - 1, from: 0)
        guard
          Self.compareField(in: buffer, from: previous, to: start - 1, with: key) == .orderedSame
        else { break }
        start = previous
      }
      var lines: [String] = []
      while start < buffer.count {
        let end = Self.lineEnd(in: buffer, from: start)
        guard Self.compareField(in: buffer, from: start, to: end, with: key) == .orderedSame
        else { break }
        lines.append(
          String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
        start = end + 1
      }
      return lines
    }
  }

  /// The start of some line whose first field is `key`, by binary search; nil when none is.
  private static func lineStart(in buffer: UnsafeRawBufferPointer, forKey key: [UInt8]) -> Int? {
    var low = 0
    var high = buffer.count
    while low < high {
      let start = lineStart(in: buffer, before: (low + high) / 2, from: low)
      let end = lineEnd(in: buffer, from: start)
      switch compareField(in: buffer, from: start, to: end, with: key) {
      case .orderedSame: return start
      case .orderedAscending: low = end + 1
      case .orderedDescending: high = start
      }
    }
    return nil
  }

  /// The start of the line that holds `offset`, looking back no further than `floor`.
  private static func lineStart(
    in buffer: UnsafeRawBufferPointer, before offset: Int, from floor: Int
  )
    -> Int
  {
    var start = offset
    while start > floor, buffer[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    return start
  }

  /// The position of the newline ending the line that holds `offset`, or the end of `buffer`.
  private static func lineEnd(in buffer: UnsafeRawBufferPointer, from offset: Int) -> Int {
    var end = offset
    while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
    return end
  }

  /// How the first field of the line `start..<end` orders against `key`, bytewise.
  private static func compareField(
    in buffer: UnsafeRawBufferPointer, from start: Int, to end: Int, with key: [UInt8]
  ) -> ComparisonResult {
    var position = start
    for byte in key {
      guard position < end, buffer[position] != UInt8(ascii: " ") else {
        return .orderedAscending
      }
      if buffer[position] != byte {
        return buffer[position] < byte ? .orderedAscending : .orderedDescending
      }
      position += 1
    }
    return position == end || buffer[position] == UInt8(ascii: " ")
      ? .orderedSame : .orderedDescending
  }
}
