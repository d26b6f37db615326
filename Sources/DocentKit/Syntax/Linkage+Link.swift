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
    var type: Substring {
      label.prefix { $0 == "_" || ($0.isASCII && $0.isUppercase) }
    }

    /// The label's subscript: what follows its type, `p` in `MVp`.
    var labelSubscript: Substring { label.dropFirst(type.count) }

    /// Whether the link is of the kind `pattern` names, as connectors match in Link Grammar:
    /// the same type, and the pattern's subscript agrees with the label's letter by letter,
    /// where `*` on either side, or a letter past the end of the label's, agrees with anything.
    ///
    /// So `S` matches `Ss*w` and `Spx` but not `SI` or `SJ`; `M` matches `Mr` and `Mv` but not
    /// `MV`; `Pv` matches `Pv` and `Pvf` but not `Pg`.
    func matches(_ pattern: String) -> Bool {
      let link = Link(label: pattern, left: 0, right: 0)
      guard link.type == type else { return false }
      var own = labelSubscript.makeIterator()
      for wanted in link.labelSubscript {
        guard let letter = own.next() else { return true }
        if wanted != "*" && letter != "*" && wanted != letter { return false }
      }
      return true
    }

    /// The word at the other end from `word`.
    func other(than word: Int) -> Int {
      word == left ? right : left
    }
  }
}
