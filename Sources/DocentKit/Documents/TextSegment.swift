/// A piece of a document's text found by the segmenter: a sentence or a section heading.
struct TextSegment: Hashable, Sendable, Codable {
  /// What the piece of text is.
  enum Kind: UInt8, Hashable, Sendable, Codable {
    /// A sentence of running text.
    case sentence
    /// A standalone heading line, such as "Why We Wrote This".
    case heading
  }

  /// Whether this is a sentence or a heading.
  let kind: Kind
  /// Where the segment stands in the source text, as UTF-8 byte offsets.
  let utf8Range: Range<Int>
  /// The segment's text, verbatim: exactly the bytes of `utf8Range`.
  let text: String

  init(kind: Kind, utf8Range: Range<Int>, text: String) {
    self.kind = kind
    self.utf8Range = utf8Range
    self.text = text
  }
}
