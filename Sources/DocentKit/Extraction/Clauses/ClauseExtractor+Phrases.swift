extension ClauseExtractor {
  /// The words of the phrase headed by `head`: the head and every word below it, following
  /// links from head to dependent (see ``ClauseLabels``), never into `blocked` words; with
  /// `crossingAppositives`, through the non-restrictive modifiers after a comma (`MX*`) too.
  func dependents(of head: Int, blocked: Set<Int>, crossingAppositives: Bool = false)
    -> Set<Int>
  {
    var found: Set<Int> = [head]
    var frontier = [head]
    while let word = frontier.popLast() {
      for link in linkage.links where link.left == word || link.right == word {
        guard ClauseLabels.isTransparent(link) || (crossingAppositives && link.matches("MX"))
        else { continue }
        let isHead = ClauseLabels.isLeftHeaded(link) ? link.left == word : link.right == word
        let other = link.other(than: word)
        if isHead, other == opener?.comma, other > word, blocked.contains(other) {
          // The opener's comma read as a conjunction ("of postwar Gaza, Hamas"): the phrase
          // keeps the conjunct before it.
          for conjunct in left(of: other, "SJl") where !found.contains(conjunct) {
            found.insert(conjunct)
            frontier.append(conjunct)
          }
        }
        guard isHead, isToken(other), !blocked.contains(other), !found.contains(other) else {
          continue
        }
        found.insert(other)
        frontier.append(other)
      }
    }
    return found
  }

  /// The phrase headed by `head`, verbatim: from its first to its last word (or from `start`),
  /// cut short of any `blocked` word between them and of the comma that closes a sentence's
  /// opener, without punctuation at either end.
  func phrase(headedBy head: Int, blocked: Set<Int> = [], from start: Int? = nil) -> Phrase? {
    guard isToken(head) else { return nil }
    var blocked = blocked
    if let opener, head != opener.comma { blocked.insert(opener.comma) }
    let words = dependents(of: head, blocked: blocked)
    var lower = words.min() ?? head
    var upper = words.max() ?? head
    if let start { lower = min(lower, start) }
    for word in blocked.sorted() where word > lower && word < upper {
      if word < head { lower = max(lower, word + 1) } else { upper = min(upper, word - 1) }
    }
    while lower < upper, isPunctuation(lower) { lower += 1 }
    while upper > lower, isPunctuation(upper) || !isToken(upper) { upper -= 1 }
    // "on December 16, 1811": the parser often hangs the year after the comma elsewhere, but
    // it is the date's.
    if upper + 2 < linkage.words.count, upper > 0, !blocked.contains(upper + 2),
      WordLists.months.contains(self.lower(upper - 1)),
      NumberWords.isDayOfMonth(self.lower(upper)), linkage.words[upper + 1].text == ",",
      NumberWords.isYear(self.lower(upper + 2))
    {
      upper += 2
    }
    return phrase(from: lower, through: upper, head: head)
  }

  /// The phrase of the words `start...end`, verbatim, with `head` as its head word.
  func phrase(from start: Int, through end: Int, head: Int) -> Phrase? {
    guard isToken(start), isToken(end) else { return nil }
    let first = linkage.words[start].utf8Offsets
    let last = linkage.words[end].utf8Offsets
    guard first.lowerBound < last.upperBound else { return nil }
    let range = first.lowerBound..<last.upperBound
    let text = String(decoding: bytes[range], as: UTF8.self)
    return Phrase(
      text: text, utf8Range: range, head: linkage.words[head].text,
      isPronoun: Phrase.pronouns.contains(lower(head)) && start == end)
  }

  /// The words a role phrase of `frame` may not reach: its verb group, what the group takes by
  /// `MV*` (a preposition the parser also hung on a noun), the time phrases detached from its
  /// nouns, and "according to".
  func roleBlocked(_ frame: ClauseFrame) -> Set<Int> {
    var blocked = frame.group.union(accordingWords).union(frame.detached)
    for word in frame.group { blocked.formUnion(right(of: word, "MV")) }
    return blocked
  }

  /// The words "according" and the "to" after it, wherever they stand.
  static func accordingWords(in linkage: Linkage) -> Set<Int> {
    let words = linkage.words
    var found: Set<Int> = []
    for index in words.indices where words[index].text.lowercased() == "according" {
      found.insert(index)
      if words.indices.contains(index + 1), words[index + 1].kind == .token,
        words[index + 1].text.lowercased() == "to"
      {
        found.insert(index + 1)
      }
    }
    return found
  }

  /// Whether the word is a punctuation mark (quotes, commas, dashes, colons, ellipses).
  func isPunctuation(_ index: Int) -> Bool {
    guard isToken(index) else { return true }
    return linkage.words[index].text.allSatisfy { !$0.isLetter && !$0.isNumber && $0 != "$" }
  }
}
