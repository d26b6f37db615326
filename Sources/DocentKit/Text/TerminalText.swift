/// Makes text safe to show on a terminal: what a document, a file name or a typed line holds is
/// shown, never obeyed.
///
/// Control characters (an escape starts the sequences that move the cursor, clear the screen or
/// write the clipboard) become their visible pictures (`␛`, `␍`); C1 controls and the
/// bidirectional overrides and isolates, which can make text read other than it is stored,
/// become `<U+202E>`. Line breaks and tabs stay. Machine output (JSON) escapes text its own way
/// and does not use this.
public enum TerminalText {
  /// `text` with every unsafe character shown visibly.
  public static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isUnsafe(scalar) else {
        result.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.append("\u{2421}")
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(
          contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
            .unicodeScalars)
      }
    }
    return String(result)
  }

  /// Whether `scalar` would be obeyed by a terminal rather than shown, or would reorder text.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
