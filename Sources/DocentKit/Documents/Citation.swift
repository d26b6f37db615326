/// A pointer to the sentence an answer rests on, with the sentence itself.
public struct Citation: Hashable, Sendable, Codable {
  /// The id of the cited document.
  public let document: String
  /// The number of the cited sentence within its document, from 1.
  public let sentence: Int
  /// The cited sentence, verbatim.
  public let text: String

  public init(_ sentence: Sentence) {
    self.document = sentence.document
    self.sentence = sentence.number
    self.text = sentence.text
  }
}
