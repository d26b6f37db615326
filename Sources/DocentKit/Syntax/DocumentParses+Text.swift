extension DocumentParses {
  /// The parses as plain text, one line per linkage, word and link, tab-separated: quick to
  /// read back at every start (JSON of the same was several times slower to decode).
  ///
  ///     docent-parses  FORMAT  PARSER  KEY  SENTENCES
  ///     S  NULLS            (a linkage follows; a line "-" instead: none for that sentence)
  ///     W  KIND  START  END  LINKED  SPELLING  SUBSCRIPT  GUESS
  ///     L  LEFT  RIGHT  LABEL
  var text: String {
    var lines = [
      ["docent-parses", String(format), parser, key, String(linkages.count)].joined(
        separator: "\t")
    ]
    for linkage in linkages {
      guard let linkage else {
        lines.append("-")
        continue
      }
      lines.append("S\t\(linkage.nullCount)")
      for word in linkage.words {
        let kind =
          switch word.kind {
          case .leftWall: "l"
          case .rightWall: "r"
          case .token: "t"
          }
        lines.append(
          [
            "W", kind, String(word.utf8Offsets.lowerBound), String(word.utf8Offsets.upperBound),
            word.isLinked ? "1" : "0", word.spelling, word.dictionarySubscript ?? "",
            word.guess ?? "",
          ].joined(separator: "\t"))
      }
      for link in linkage.links {
        lines.append("L\t\(link.left)\t\(link.right)\t\(link.label)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The parses `text` holds for `document`'s sentences, or nil when it is not such a text or
  /// does not fit the document (another format, parser, text or number of sentences).
  init?(text: String, for document: Document) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
    guard let header = lines.popFirst()?.split(separator: "\t", omittingEmptySubsequences: false),
      header.count == 5, header[0] == "docent-parses", let format = Int(header[1]),
      let count = Int(header[4]), count == document.sentences.count
    else { return nil }
    var linkages: [Linkage?] = []
    linkages.reserveCapacity(count)
    while let line = lines.popFirst() {
      if line == "-" {
        linkages.append(nil)
        continue
      }
      let head = line.split(separator: "\t")
      guard head.count == 2, head[0] == "S", let nulls = Int(head[1]),
        linkages.count < count
      else { return nil }
      let sentence = document.sentences[linkages.count].text
      let bytes = Array(sentence.utf8)
      var words: [Linkage.Word] = []
      var links: [Linkage.Link] = []
      while let next = lines.first, next.first == "W" || next.first == "L" {
        lines.removeFirst()
        let fields = next.split(separator: "\t", omittingEmptySubsequences: false)
        if fields[0] == "W" {
          guard fields.count == 8, let start = Int(fields[2]), let end = Int(fields[3]),
            start <= end, end <= bytes.count
          else { return nil }
          let kind: Linkage.Word.Kind =
            switch fields[1] {
            case "l": .leftWall
            case "r": .rightWall
            default: .token
            }
          words.append(
            Linkage.Word(
              kind: kind, spelling: String(fields[5]),
              dictionarySubscript: fields[6].isEmpty ? nil : String(fields[6]),
              guess: fields[7].isEmpty ? nil : String(fields[7]), utf8Offsets: start..<end,
              text: String(decoding: bytes[start..<end], as: UTF8.self), isLinked: fields[4] == "1")
          )
        } else {
          guard fields.count == 4, let left = Int(fields[1]), let right = Int(fields[2]) else {
            return nil
          }
          links.append(Linkage.Link(label: String(fields[3]), left: left, right: right))
        }
      }
      linkages.append(Linkage(sentence: sentence, words: words, links: links, nullCount: nulls))
    }
    guard linkages.count == count else { return nil }
    self.init(format: format, parser: String(header[2]), key: String(header[3]), linkages: linkages)
  }
}

extension Linkage.Word {
  /// A word from its parts, as ``DocumentParses`` keeps them.
  init(
    kind: Kind, spelling: String, dictionarySubscript: String?, guess: String?,
    utf8Offsets: Range<Int>, text: String, isLinked: Bool
  ) {
    self.kind = kind
    self.spelling = spelling
    self.dictionarySubscript = dictionarySubscript
    self.guess = guess
    self.utf8Offsets = utf8Offsets
    self.text = text
    self.isLinked = isLinked
  }
}
