import Foundation

/// The linkages of one document's sentences, keyed by the document's text: what the loader keeps
/// on disk so that a document is parsed when it is added or changes, not at every start.
struct DocumentParses: Hashable, Sendable {
  /// The format of the stored value; a stored value of another format is parsed anew. 2: list
  /// items and table rows are sentences of their own (see ``SentenceSegmenter``).
  static let format = 2
  /// The parser and its settings; a stored value made by another parser is parsed anew.
  static let parser =
    "link-grammar en, limit \(LinkParser.linkageLimit), \(LinkParser.maxParseTime) s"

  /// The format the value was stored in.
  let format: Int
  /// The parser that made it.
  let parser: String
  /// The key of the document text it was made from (see ``key(of:)``).
  let key: String
  /// One linkage per sentence, in order; nil where the parser found none.
  let linkages: [Linkage?]

  /// Parses as kept: see ``init(text:for:)``.
  init(format: Int, parser: String, key: String, linkages: [Linkage?]) {
    self.format = format
    self.parser = parser
    self.key = key
    self.linkages = linkages
  }

  /// The parses of `document`'s sentences, made now by `parser` on every core.
  init(
    parsing document: Document, with parser: LinkParser,
    progress: @Sendable () -> Void = {}
  ) {
    format = Self.format
    self.parser = Self.parser
    key = Self.key(of: document.text)
    linkages = parser.parseAll(document.sentences.map(\.text), progress: progress)
  }

  /// Whether the value still holds for `document`: same format, parser, text and sentences.
  func holds(for document: Document) -> Bool {
    format == Self.format && parser == Self.parser && key == Self.key(of: document.text)
      && linkages.count == document.sentences.count
  }

  /// A key for a document's text: its length and its 64-bit FNV-1a hash, in hexadecimal.
  static func key(of text: String) -> String {
    var hash = ContentHash()
    hash.add(bytesOf: text)
    return String(text.utf8.count, radix: 16) + "-" + String(hash.value, radix: 16)
  }
}

extension LinkParser {
  /// The one English parser of the process, made on first use (its dictionary takes about
  /// 0.2 s to load); nil when the dictionary is not installed.
  static let english = LinkParser()

  /// The linkages of `sentences`, in order, parsed on every core (the parser is safe to share
  /// between threads; see ``LinkParser``).
  /// `progress` is called once per sentence parsed, from whichever thread parsed it.
  func parseAll(_ sentences: [String], progress: @Sendable () -> Void = {}) -> [Linkage?] {
    sentences.concurrentMap { sentence in
      defer { progress() }
      return parse(sentence)
    }
  }
}
