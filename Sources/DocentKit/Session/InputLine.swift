/// Checks one raw line of input before it reaches a session.
public enum InputLine {
  /// The longest line docent takes, in bytes; a question is a sentence, not a document.
  public static let maximumLength = 4096

  /// Why a line of input was not taken.
  public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidUTF8
    case containsNUL
    case tooLong(bytes: Int)

    public var description: String {
      switch self {
      case .invalidUTF8: "the line is not valid UTF-8"
      case .containsNUL: "the line contains a NUL byte"
      case .tooLong(let bytes): "the line is \(bytes) bytes long; the limit is \(maximumLength)"
      }
    }
  }

  /// The line as text, or the problem with it. `byteCount` is the line's full length when only
  /// a prefix of it was kept (lines longer than the limit need not be held in memory).
  public static func decode(_ bytes: some Collection<UInt8>, byteCount: Int? = nil) -> Result<
    String, Problem
  > {
    let length = byteCount ?? bytes.count
    if length > maximumLength { return .failure(.tooLong(bytes: length)) }
    if bytes.contains(0) { return .failure(.containsNUL) }
    var trimmed = Array(bytes)
    if trimmed.last == 0x0D { trimmed.removeLast() }
    guard let text = String(validating: trimmed, as: UTF8.self) else {
      return .failure(.invalidUTF8)
    }
    return .success(text)
  }

  /// The line decoded leniently, for echoing a bad line back (invalid bytes become U+FFFD,
  /// NUL bytes are dropped, and a long line is cut short with an ellipsis).
  public static func lenient(_ bytes: some Collection<UInt8>) -> String {
    let kept = bytes.prefix(200).filter { $0 != 0 }
    let text = String(decoding: kept, as: UTF8.self)
    return bytes.count > 200 ? text + "…" : text
  }
}
