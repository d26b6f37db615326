/// One sentence of a document, verbatim, with its place in it.
struct Sentence: Hashable, Sendable, Codable {
  /// The id of the document the sentence belongs to (its file name without extension).
  let document: String
  /// The sentence's number within its document, counted from 1; headings are not counted.
  let number: Int
  /// The sentence exactly as it stands in the document.
  let text: String
  /// The section heading the sentence stands under, if any.
  let heading: String?

  init(document: String, number: Int, text: String, heading: String?) {
    self.document = document
    self.number = number
    self.text = text
    self.heading = heading
  }

  /// Whether the sentence asks a question ("When will the next one happen?"), and so states
  /// nothing a question may be answered from.
  var asks: Bool {
    text.reversed().first { !$0.isWhitespace && !"”\"’')]".contains($0) } == "?"
  }
}

/// A document of the knowledge folder: its text split into numbered sentences and headings.
public struct Document: Sendable, Codable {
  /// The short name answers cite the document by, such as `cairo-talks`.
  public let id: String
  /// The document's full text, verbatim.
  public let text: String
  /// Every segment of the text in order: sentences and section headings.
  let segments: [TextSegment]
  /// The sentences, in order; `sentences[n - 1]` is sentence `n`.
  let sentences: [Sentence]

  init(id: String, text: String) {
    self.id = id
    self.text = text
    let segments = SentenceSegmenter.segments(of: text)
    self.segments = segments
    var sentences: [Sentence] = []
    var heading: String?
    for segment in segments {
      switch segment.kind {
      case .heading:
        heading = segment.text
      case .sentence:
        sentences.append(
          Sentence(document: id, number: sentences.count + 1, text: segment.text, heading: heading))
      }
    }
    self.sentences = sentences
  }

  /// The sentence numbered `number` (from 1), if there is one.
  func sentence(_ number: Int) -> Sentence? {
    number >= 1 && number <= sentences.count ? sentences[number - 1] : nil
  }
}
