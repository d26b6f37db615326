/// Finds the sentences of a document that contain a quoted fragment.
///
/// Fragments are compared with typographic quotes, apostrophes and dashes folded to plain ones
/// and runs of white space folded to one space, so a curator can type them on any keyboard.
struct FragmentMatcher {
  private let sentences: [(folded: String, sentence: Sentence)]

  init(_ document: Document) {
    sentences = document.sentences.map { (Self.fold($0.text), $0) }
  }

  /// The sentences containing `fragment`.
  func sentences(containing fragment: String) -> [Sentence] {
    let folded = Self.fold(fragment)
    guard !folded.isEmpty else { return [] }
    return sentences.filter { $0.folded.contains(folded) }.map(\.sentence)
  }

  /// `text` with quote styles, dashes and white space folded.
  static func fold(_ text: String) -> String {
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
