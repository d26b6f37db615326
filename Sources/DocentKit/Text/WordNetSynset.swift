/// One synset as a `data.POS` line gives it: its words in order and its pointers to other
/// synsets.
///
/// A line reads `offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos
/// source/target]… | gloss`, with `w_cnt` in hexadecimal and `p_cnt` in decimal.
struct WordNetSynset: Equatable, Sendable {
  /// A pointer from this synset, or from one of its words, to another synset or word.
  struct Pointer: Equatable, Sendable {
    /// The relation: `@` hypernym, `+` derivationally related form, `!` antonym, ….
    let symbol: String
    /// The byte offset of the target synset in the data file of `partOfSpeech`.
    let offset: Int
    /// The target's part of speech.
    let partOfSpeech: WordNet.PartOfSpeech
    /// The 1-based number of the source word in this synset, or 0 for the whole synset.
    let source: Int
    /// The 1-based number of the target word in the target synset, or 0 for the whole synset.
    let target: Int
  }

  /// The synset's words, lowercased, with adjective markers such as `(p)` removed and `_`
  /// kept between the words of a collocation.
  let words: [String]
  /// The pointers, in file order.
  let pointers: [Pointer]
  /// The number of the lexicographer file the synset belongs to: 26 for `noun.state`, 18 for
  /// `noun.person`.
  let lexicalFile: Int
  /// A verb synset's sentence frames, each its number in WordNet's list of frames (28 for
  /// "Somebody ----s to INFINITIVE") and the 1-based number of the word it holds for, 0 for all.
  let frames: [Frame]

  /// One sentence frame of a verb synset.
  struct Frame: Equatable, Sendable {
    /// The frame's number in WordNet's list of frames.
    let number: Int
    /// The 1-based number of the synset's word the frame holds for, 0 for every word.
    let word: Int
  }

  /// The synset a data line describes; nil when the line is not one.
  init?(line: String) {
    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
    guard fields.count > 4, let lexicalFile = Int(fields[1]),
      let wordCount = Int(fields[3], radix: 16)
    else { return nil }
    var position = 4
    var words: [String] = []
    for _ in 0..<wordCount {
      guard position + 1 < fields.count else { return nil }
      words.append(Self.plainWord(fields[position]))
      position += 2
    }
    guard position < fields.count, let pointerCount = Int(fields[position]) else { return nil }
    position += 1
    var pointers: [Pointer] = []
    for _ in 0..<pointerCount {
      guard position + 3 < fields.count,
        let offset = Int(fields[position + 1]),
        let partOfSpeech = WordNet.PartOfSpeech(code: fields[position + 2]),
        let link = Int(fields[position + 3], radix: 16)
      else { return nil }
      pointers.append(
        Pointer(
          symbol: String(fields[position]), offset: offset, partOfSpeech: partOfSpeech,
          source: link >> 8, target: link & 0xFF))
      position += 4
    }
    // A verb's line goes on with `f_cnt` and its frames, `+ f_num w_num` each.
    var frames: [Frame] = []
    if fields[2] == "v", position < fields.count, let frameCount = Int(fields[position]) {
      position += 1
      for _ in 0..<frameCount {
        guard position + 2 < fields.count, fields[position] == "+",
          let frame = Int(fields[position + 1]), let word = Int(fields[position + 2], radix: 16)
        else { break }
        frames.append(Frame(number: frame, word: word))
        position += 3
      }
    }
    self.words = words
    self.pointers = pointers
    self.lexicalFile = lexicalFile
    self.frames = frames
  }

  /// The 1-based number of `lemma` among the words, or nil when it is not one of them.
  func number(of lemma: String) -> Int? {
    words.firstIndex(of: lemma).map { $0 + 1 }
  }

  /// The word a pointer numbers `number` (1-based), or every word for 0; none when there is
  /// no such word.
  func words(numbered number: Int) -> [String] {
    if number == 0 { return words }
    return words.indices.contains(number - 1) ? [words[number - 1]] : []
  }

  /// `word` lowercased, without the syntactic marker an adjective may carry (`galore(ip)`).
  private static func plainWord(_ word: Substring) -> String {
    var word = word
    if word.hasSuffix(")"), let open = word.lastIndex(of: "(") {
      word = word[..<open]
    }
    return word.lowercased()
  }
}
