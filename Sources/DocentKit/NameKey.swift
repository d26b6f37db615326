import Foundation

/// The form in which names are compared: case, accents, quote styles and a leading "the" ignored.
enum NameKey {
  /// The comparison key of `name`: "The PA" and "the  pa" give the same key.
  static func of(_ name: some StringProtocol) -> String {
    var key = String(name)
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .replacingOccurrences(of: "’", with: "'")
      .replacingOccurrences(of: "‘", with: "'")
      .split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    if key.hasPrefix("the ") {
      key.removeFirst(4)
    }
    return key
  }
}
