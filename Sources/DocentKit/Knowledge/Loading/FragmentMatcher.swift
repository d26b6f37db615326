/// Finds the sentences of a document that contain a quoted fragment.
///
/// Fragments are compared with typographic quotes, apostrophes and dashes folded to plain ones
/// and runs of white space folded to one space, so a curator can type them on any keyboard.
struct FragmentMatcher {
  private let sentences: [(folded: String, sentence: Sentence)]

  init(_ document: Document) {
    sentences = document.sentences.map { (Folding.typography($0.text), $0) }
  }

  /// The sentences containing `fragment`.
  func sentences(containing fragment: String) -> [Sentence] {
    let folded = Folding.typography(fragment)
    guard !folded.isEmpty else { return [] }
    return sentences.filter { $0.folded.contains(folded) }.map(\.sentence)
  }
}
