extension ClauseExtractor {
  /// Adverbs that hedge what their clause says; and those that say it seldom happens, which
  /// leave a yes as open as a hedge does ("The tower is hardly ever climbed by visitors"). Not
  /// "barely", which says it did happen ("barely survived").
  static let hedgeAdverbs: Set<String> = [
    "reportedly", "allegedly", "apparently", "reputedly", "purportedly", "supposedly",
    "seemingly", "possibly", "probably", "perhaps", "likely", "rarely", "seldom", "hardly",
    "scarcely", "presumably", "conceivably", "maybe",
  ]

  /// Words that negate their verb group.
  static let negationWords: Set<String> = ["not", "never", "n't"]

  /// How far after its verb an emphatic "enough" may close the clause: "can't thank Devon
  /// Zuegel enough".
  static let enoughReach = 6
  /// The words that may follow that "enough": "for her help", "how much it mattered".
  static let afterEnough: Set<String> = ["for", "that", "how", "what"]

  /// Adverbs that say the verb fell short of happening: "almost went bankrupt".
  static let shortOfWords: Set<String> = ["almost", "nearly"]

  /// Reads tense, modality and negation from the verb group and the adverbs on it.
  func readVerbGroup(into frame: inout ClauseFrame) {
    let verbs = chain(of: frame)
    let words = verbs.map(lower)
    let bare = words.map { $0.hasSuffix("n't") && $0.count > 3 ? String($0.dropLast(3)) : $0 }
    if let modal = bare.first(where: Self.modalsProper.contains) {
      frame.modality =
        ["wo", "'ll"].contains(modal) ? "will" : ["ca", "cannot"].contains(modal) ? "can" : modal
    }
    if frame.modality == "will" || frame.modality == "shall" {
      frame.tense = .future
    } else if let first = verbs.first {
      let word = linkage.words[first]
      let isFinitePast =
        ["was", "were", "had", "did"].contains(bare.first ?? "")
        || (word.isPastForm && verbs.count == 1 && frame.kind != .participle
          && linkage.verbForm(of: first) == .past)
      let isPastParticiple = frame.kind == .participle && word.isPastForm
      frame.tense = isFinitePast || isPastParticiple ? .past : .present
    }
    for (verb, word) in zip(verbs, words) where word.hasSuffix("n't") {
      frame.negation.append(String(linkage.words[verb].text.suffix(3)))
    }
    // "cannot be longer": the modal is its own denial.
    for (verb, word) in zip(verbs, words) where word == "cannot" {
      frame.negation.append(linkage.words[verb].text)
    }
    // "The mill is no longer in operation": "no longer" right after the verb, which the parser
    // may leave unlinked.
    if frame.negation.isEmpty, let last = verbs.last, isToken(last + 2),
      lower(last + 1) == "no", lower(last + 2) == "longer"
    {
      frame.negation.append(textBetween(last + 1, last + 2))
    }
    // "I can't thank Devon Zuegel enough" thanks her all the more: "can" denied, with
    // "enough" closing the phrase after its verb's object, says the deed can never be done
    // too much.
    if ["can", "could"].contains(frame.modality), !frame.negation.isEmpty, let last = verbs.last {
      let after = ((last + 1)..<min(last + Self.enoughReach, linkage.words.count)).prefix {
        linkage.words[$0].text.first?.isLetter == true
      }
      // Not "can't get enough sleep" nor "cannot hold enough for eight": "enough" ends the
      // phrase, or leads on to what for, after an object. Not "can't row fast enough": the
      // word before it says how, not whom.
      if let enough = after.first(where: { lower($0) == "enough" }), enough > last + 1,
        enough == after.last || Self.afterEnough.contains(lower(enough + 1)),
        !WordNet.knows(lower(enough - 1), as: .adjective),
        !WordNet.knows(lower(enough - 1), as: .adverb)
      {
        frame.negation = []
      }
    }
    for adverb in adverbs(of: frame) + adverbsAfterBe(of: frame) {
      let word = lower(adverb)
      if Self.negationWords.contains(word) || Self.shortOfWords.contains(word) {
        frame.negation.append(linkage.words[adverb].text)
      } else if word == "longer",
        let no = idiomParts(of: adverb).first ?? (adverb > 0 ? adverb - 1 : nil),
        lower(no) == "no"
      {
        frame.negation.append(textBetween(no, adverb))
      } else if Self.hedgeAdverbs.contains(word) {
        frame.hedges.append(linkage.words[adverb].text)
      }
    }
  }

  /// The adverbs on a verb group: words joined to it by `N`, `E`, `EN` or `MVa`.
  func adverbs(of frame: ClauseFrame) -> [Int] {
    var found: Set<Int> = []
    for link in linkage.links {
      if frame.group.contains(link.right), link.matches("E") || link.matches("EN") {
        found.insert(link.left)
      }
      if frame.group.contains(link.left), link.matches("N") || link.matches("MVa") {
        found.insert(link.right)
      }
    }
    return found.sorted()
  }

  /// The adverbs a form of "be" in the verb group takes by `EB` ("is not a managed project",
  /// "was never a member", "were not invited"), which say whether and how surely the clause
  /// holds. Not "not" of "not only", "not just": what follows is said, and more besides.
  func adverbsAfterBe(of frame: ClauseFrame) -> [Int] {
    linkage.links.compactMap { link in
      guard frame.group.contains(link.left), link.matches("EB"),
        !(lower(link.right) == "not" && link.right + 1 < linkage.words.count
          && Self.additiveWords.contains(lower(link.right + 1)))
      else { return nil }
      return link.right
    }.sorted()
  }
  /// Words after which "not" adds to what it says instead of denying it: "not only".
  static let additiveWords: Set<String> = ["only", "just", "merely", "simply"]
  /// Words after which "no" bounds a number instead of denying: "No fewer than 500".
  static let boundWords: Set<String> = ["fewer", "more", "less"]

  /// The words before `index` that make one idiom with it (`_I*` links): "no" of "no longer".
  func idiomParts(of index: Int) -> [Int] {
    linkage.links.filter { $0.right == index && $0.type.hasPrefix("_") }.map(\.left).sorted()
  }

  /// The sentence's text from the start of word `first` to the end of word `last`.
  func textBetween(_ first: Int, _ last: Int) -> String {
    let range =
      linkage.words[first].utf8Offsets.lowerBound..<linkage.words[last].utf8Offsets.upperBound
    return String(decoding: bytes[range], as: UTF8.self)
  }
}
