import DocentKit
import Foundation

/// Reads standard input line by line as raw bytes, so that a bad line (invalid UTF-8, NUL bytes,
/// megabytes long) is reported on its own and the lines after it are still read.
struct StandardInputLines: Sequence, IteratorProtocol {
  private var buffer: [UInt8] = []
  private var position = 0
  private var finished = false

  /// The next line's text or problem, without its line break; nil at the end of input.
  mutating func next() -> (raw: [UInt8], decoded: Result<String, InputLine.Problem>)? {
    var line: [UInt8] = []
    var length = 0
    while true {
      if position == buffer.count {
        guard !finished, refill() else {
          finished = true
          if length == 0 { return nil }
          return (line, InputLine.decode(line, byteCount: length))
        }
      }
      let chunk = buffer[position...]
      let newline = chunk.firstIndex(of: 0x0A)
      let end = newline ?? buffer.count
      length += end - position
      // Keep only what can still be a valid line, plus one byte to know it is too long.
      let room = Swift.max(0, InputLine.maximumLength + 1 - line.count)
      line.append(contentsOf: buffer[position..<Swift.min(end, position + room)])
      position = newline.map { $0 + 1 } ?? buffer.count
      if newline != nil {
        return (line, InputLine.decode(line, byteCount: length))
      }
    }
  }

  /// Reads the next chunk of standard input; false at the end of input.
  private mutating func refill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var count: Int
    repeat {
      count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    } while count < 0 && errno == EINTR
    guard count > 0 else { return false }
    buffer = Array(chunk[0..<count])
    position = 0
    return true
  }
}
