import Foundation

/// Text folded for comparison: the one place docent folds case, accents and typography.
enum Folding {
  /// Lower case with accents, single quote styles and width folded: how words and answers are
  /// compared.
  static func words(_ text: String) -> String {
    // Plain ASCII, the common case, needs no Unicode folding.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
    )
    .replacingOccurrences(of: "’", with: "'")
    .replacingOccurrences(of: "‘", with: "'")
  }

  /// `text` with quote styles, dashes, ellipses and white space folded, case kept: how a
  /// curator's fragment is found in a sentence, typed on any keyboard.
  static func typography(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var lastWasSpace = false
    for character in text {
      if character.isWhitespace {
        if !lastWasSpace && !result.isEmpty { result.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      switch character {
      case "“", "”", "„", "«", "»": result.append("\"")
      case "‘", "’", "‚": result.append("'")
      case "–", "—", "‒": result.append("-")
      case "…": result.append("...")
      default: result.append(character)
      }
    }
    if result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
