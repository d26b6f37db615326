/// A pointer to the sentence an answer rests on, with the sentence itself.
struct Citation: Hashable, Sendable, Codable {
  /// The id of the cited document.
  let document: String
  /// The number of the cited sentence within its document, from 1.
  let sentence: Int
  /// The cited sentence, verbatim.
  let text: String

  init(_ sentence: Sentence) {
    self.document = sentence.document
    self.sentence = sentence.number
    self.text = sentence.text
  }
}
