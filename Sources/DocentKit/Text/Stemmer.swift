import Synchronization

/// A light English stemmer, so that "leads", "leading" and "led" compare as one word.
///
/// It is deliberately small: irregular forms from a table, then plural and verb endings. Both
/// template words and question words go through it, so a stem only has to be consistent, not a
/// dictionary word.
enum Stemmer {
  /// The stems worked out so far, for every thread: a corpus repeats its words many times
  /// over, and a stem may take a WordNet look-up.
  private static let known = Mutex<[String: String]>([:])

  /// The stem of a lower-case word.
  static func stem(_ word: String) -> String {
    if let stem = known.withLock({ $0[word] }) { return stem }
    let stem = workedOut(word)
    known.withLock { $0[word] = stem }
    return stem
  }

  /// The stem of a word WordNet gives as a lemma: a verb of its own keeps its own stem, not
  /// that of the verb whose past it looks like ("found" as in "to found a company" is no "find",
  /// "felt" no "feel").
  static func lemmaStem(_ lemma: String) -> String {
    guard let irregular = irregulars[lemma], irregular != lemma, let wordNet = WordNet.english,
      wordNet.isLemma(lemma, as: .verb), wordNet.isLemma(irregular, as: .verb)
    else { return stem(lemma) }
    return regular(lemma)
  }

  private static func workedOut(_ word: String) -> String {
    // The stem of the base form, as the base form itself would be stemmed: "wrote" and
    // "write" are one word.
    if let irregular = irregulars[word] { return irregular == word ? word : stem(irregular) }
    if let base = irregularVerbBase(of: word) { return stem(base) }
    // "organisation" is "organization", "licence" "license".
    if let american = Spelling.american(of: word) { return stem(american) }
    return regular(word)
  }

  /// The stem by the endings of regular words alone.
  private static func regular(_ word: String) -> String {
    guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
    var stem = word
    if stem.hasSuffix("ies") && stem.count > 4 {
      stem = String(stem.dropLast(3)) + "y"
    } else if stem.hasSuffix("sses") || stem.hasSuffix("ches") || stem.hasSuffix("shes")
      || stem.hasSuffix("xes")
    {
      stem = String(stem.dropLast(2))
    } else if stem.hasSuffix("s") && !stem.hasSuffix("ss") && !stem.hasSuffix("us")
      && !stem.hasSuffix("is")
    {
      stem = String(stem.dropLast())
    }
    if (stem.hasSuffix("ction") || stem.hasSuffix("ssion")) && stem.count > 6,
      case let verb = String(stem.dropLast(3)),
      WordNet.english == nil || WordNet.knows(verb, as: .verb)
    {
      // "discussion" → "discuss", "inspection" → "inspect"; not "-ation", whose nouns often
      // mean more than their verbs ("the negotiations" are the talks). Only where the verb is
      // one: "faction" is no "fact", "section" no "sect".
      stem = verb
    } else if stem.hasSuffix("ing") && stem.count > 5 {
      stem = undouble(String(stem.dropLast(3)))
    } else if stem.hasSuffix("ied") && stem.count > 4 {
      stem = String(stem.dropLast(3)) + "y"
    } else if stem.hasSuffix("ed") && stem.count > 4 {
      stem = undouble(String(stem.dropLast(2)))
    } else if stem.count == 4, stem.hasSuffix("ed"), "sgwyi".contains(stem.dropLast(2).last!) {
      stem.removeLast()  // "used" → "use", "aged" → "age", "owed" → "owe", "died" → "die"
    } else if stem.count == 5, stem.hasSuffix("ying") {
      stem = String(stem.prefix(1)) + "ie"  // "dying" → "die", "lying" → "lie"
    }
    if stem.hasSuffix("e") && stem.count > 3 {
      stem.removeLast()
    }
    return stem
  }

  /// "expell" → "expel", "stopp" → "stop"; "fall" and "pass" keep their double letter.
  private static func undouble(_ stem: String) -> String {
    guard let last = stem.last, stem.count > 3, stem.dropLast().last == last,
      !"lsz".contains(last) || stem.hasSuffix("ell")
    else { return stem }
    return String(stem.dropLast())
  }

  /// The base of an irregular verb form from WordNet's exception list ("flew" → "fly",
  /// "grew" → "grow"), for forms that are no word of their own ("ground" and "saw" stay).
  private static func irregularVerbBase(of word: String) -> String? {
    guard word.count > 2, word.allSatisfy(\.isLetter), !WordLists.stopWords.contains(word),
      let wordNet = WordNet.english,
      let base = wordNet.exceptionBases(of: word, as: .verb)?.first, base != word,
      base.allSatisfy(\.isLetter),
      !WordNet.PartOfSpeech.allCases.contains(where: { wordNet.isLemma(word, as: $0) })
    else { return nil }
    return base
  }

  private static let irregulars: [String: String] = [
    "led": "lead", "said": "say", "says": "say", "told": "tell", "met": "meet", "held": "hold",
    "sought": "seek", "fought": "fight", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "made": "make", "went": "go", "gone": "go", "began": "begin", "begun": "begin",
    "chose": "choose", "chosen": "choose", "does": "do", "done": "do", "has": "have",
    "had": "have", "having": "have", "men": "man", "women": "woman", "children": "child",
    "people": "person", "wrote": "write", "written": "write", "thought": "think", "knew": "know",
    "known": "know", "ran": "run", "won": "win", "lost": "lose", "sat": "sit", "sits": "sit",
    "stood": "stand", "brought": "bring", "bought": "buy", "caught": "catch", "felt": "feel",
    "kept": "keep", "left": "leave", "meant": "mean", "paid": "pay", "sent": "send",
    "spent": "spend",
    "built": "build", "found": "find", "threw": "throw", "thrown": "throw", "rebuilt": "rebuild",
    "understood": "understand", "came": "come", "became": "become", "overcame": "overcome",
    "arms": "arm",
    "news": "news", "rules": "rule", "ruled": "rule", "ruling": "rule",
  ]
}
