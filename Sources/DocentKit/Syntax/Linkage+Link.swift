extension Linkage {
  /// A labelled link between two words of a linkage, such as `Ss` from a subject to its verb.
  ///
  /// A label is a type in capitals (`S`, `MV`, `PP`, `_IEI` keeps its underscore) followed by a
  /// subscript in lowercase letters and `*` (`s*w` in `Ss*w`). The Link Grammar documentation's
  /// summary of link types says what each type means.
  struct Link: Hashable, Sendable {
    /// The label, such as `Ss*w`, `MVp` or `Pv`.
    let label: String
    /// The index of the word on the left.
    let left: Int
    /// The index of the word on the right.
    let right: Int

    /// The label's type: its leading capitals (and underscores), `MV` in `MVp`.
    var type: Substring { label[..<label.utf8.index(label.startIndex, offsetBy: typeLength)] }

    /// The label's subscript: what follows its type, `p` in `MVp`.
    var labelSubscript: Substring {
      label[label.utf8.index(label.startIndex, offsetBy: typeLength)...]
    }

    /// How many bytes the label's type takes: its leading ASCII capitals and underscores.
    private var typeLength: Int { Self.typeLength(of: label.utf8) }

    private static func typeLength(of bytes: String.UTF8View) -> Int {
      bytes.prefix {
        $0 == UInt8(ascii: "_") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
      }
      .count
    }

    /// Whether the link is of the kind `pattern` names, as connectors match in Link Grammar:
    /// the same type, and the pattern's subscript agrees with the label's letter by letter,
    /// where `*` on either side, or a letter past the end of the label's, agrees with anything.
    ///
    /// So `S` matches `Ss*w` and `Spx` but not `SI` or `SJ`; `M` matches `Mr` and `Mv` but not
    /// `MV`; `Pv` matches `Pv` and `Pvf` but not `Pg`.
    func matches(_ pattern: String) -> Bool {
      let (own, wanted) = (label.utf8, pattern.utf8)
      let length = Self.typeLength(of: own)
      guard Self.typeLength(of: wanted) == length,
        own.prefix(length).elementsEqual(wanted.prefix(length))
      else { return false }
      var letters = own.dropFirst(length).makeIterator()
      let star = UInt8(ascii: "*")
      for asked in wanted.dropFirst(length) {
        guard let letter = letters.next() else { return true }
        if asked != star && letter != star && asked != letter { return false }
      }
      return true
    }

    /// The word at the other end from `word`.
    func other(than word: Int) -> Int {
      word == left ? right : left
    }
  }
}
