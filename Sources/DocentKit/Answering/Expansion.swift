import Foundation

/// What a short form stands for, as a sentence spells it out: "What does GUSTO stand for?",
/// "What is IP short for?".
///
/// Four ways of writing it are read: the short form with its long form in brackets after it
/// ("the GUSTO (Galactic/Extragalactic ULDB Spectroscopic Terahertz Observatory) mission"), the
/// long form with the short form in brackets after it ("Commercial Lunar Payload Services
/// (CLPS)"), the words "stands for", "stood for" or "short for" after it ("where IP stands for
/// Internet Protocol", "Tor, which stood for The Onion Routing", "VAT (short for "value-added
/// tax")"), and a long form right after it, after "or" or a comma, whose words' initials spell
/// it ("LiDAR or Light Detection and Ranging", "FAERS, the FDA Adverse Event Reporting
/// System").
enum Expansion {
  /// The short form a question asks to be spelled out, as typed, or nil for another question.
  static func asked(in tokens: [QuestionToken]) -> String? {
    // "What does X stand for?", "What is X short for?", X one word, which "the name", "the
    // acronym" or "the letters" may introduce.
    var words = tokens.map(\.folded)
    var tokens = tokens
    // "What does MOU stand for here?": the word that points at the text asks nothing more.
    if words.count > 5, words.last == "here" {
      words.removeLast()
      tokens.removeLast()
    }
    // "What does QTS mean?": a word mostly in capitals that the question asks the meaning of
    // is a short form.
    if words.count == 4, words[0] == "what", ["does", "did", "do"].contains(words[1]),
      words[3] == "mean", isShortForm(tokens[2].original)
    {
      return tokens[2].original
    }
    if words.count == 7, words[2] == "the", Self.labels.contains(words[3]) {
      words.removeSubrange(2...3)
      tokens.removeSubrange(2...3)
    }
    // "What does the EOSS abbreviation stand for?"
    if words.count == 7, words[2] == "the", Self.labels.contains(words[4]) {
      words.remove(at: 4)
      words.remove(at: 2)
      tokens.remove(at: 4)
      tokens.remove(at: 2)
    }
    guard words.count == 5, words[0] == "what",
      ["does", "did", "do", "is", "was"].contains(words[1]),
      ["stand", "stood", "short"].contains(words[3]), words[4] == "for"
    else { return nil }
    let form = tokens[2].original
    guard form.first?.isUppercase == true else { return nil }
    return form
  }

  /// The short form a question asks what or who it is ("What is APLORI?", "What exactly is
  /// PySWFL?", "What is an EDU?"): a word mostly in capitals, as typed; nil for another
  /// question.
  static func named(in tokens: [QuestionToken]) -> String? {
    var spoken = tokens.filter { $0.folded.first?.isLetter == true }
      .filter { !["exactly", "actually", "really"].contains($0.folded) }
    if spoken.count == 4, ["a", "an"].contains(spoken[2].folded) { spoken.remove(at: 2) }
    guard spoken.count == 3, ["what", "who"].contains(spoken[0].folded),
      ["is", "was", "s", "'s", "’s"].contains(spoken[1].folded)
    else { return nil }
    let form = spoken[2].original
    return isShortForm(form) ? form : nil
  }

  /// Whether `form` is written as a short form: letters only, mostly capitals, at least two
  /// ("QTS", "PySWFL", "LiDAR").
  private static func isShortForm(_ form: String) -> Bool {
    let capitals = form.count(where: \.isUppercase)
    return form.allSatisfy(\.isLetter) && capitals >= 2 && capitals * 2 >= form.count
  }

  /// What a question may call a short form: "What does the acronym GUSTO stand for?".
  private static let labels: Set<String> = [
    "name", "acronym", "abbreviation", "letters", "initials", "term",
  ]

  /// The long form `text` gives for `short`, if it spells it out.
  static func longForm(of short: String, in text: String) -> String? {
    let escaped = NSRegularExpression.escapedPattern(for: short)
    // "GUSTO (Galactic/… Observatory)": a bracket of several words, the first capitalised.
    if let found = firstMatch(#"\b\#(escaped)\s*\(([A-Z][^()]*\s[^()]*)\)"#, in: text) {
      return found
    }
    // "Commercial Lunar Payload Services (CLPS)": the capitalised words before the bracket.
    if let found = firstMatch(
      #"((?:[A-Z][\w’'./-]*\s+(?:(?:of|for|and|the|on|in|de)\s+)?){2,})\(\#(escaped)\)"#, in: text)
    {
      // "NASA’s Commercial Lunar Payload Service (CLPS)": the owner is no part of it.
      var words = found.split(separator: " ")
      // Nor is an article or a preposition that opens the sentence: "The Kestrel Lunar
      // Payload Service", "At Development Impact Evaluation (DIME), we …".
      if words.count > 2, let first = words.first,
        first.hasSuffix("’s") || first.hasSuffix("'s") || ["The", "A", "An"].contains(first)
          || WordLists.prepositions.contains(first.lowercased())
      {
        words.removeFirst()
      }
      // Nor is a name before it that gives none of its letters: "the GBIF Memorandum of
      // Understanding (MOU)".
      while words.count > 2, !spells(short, words.joined(separator: " ")),
        spells(short, words.dropFirst().joined(separator: " "))
      {
        words.removeFirst()
      }
      return words.joined(separator: " ")
    }
    // "IP stands for Internet Protocol", "Tor, which stood for The Onion Routing".
    if let found = firstMatch(
      #"\b\#(escaped)\b[^.;:()]{0,20}?\b(?:stands|stood) for ([^.;:()]+)"#, in: text)
    {
      return found.trimmingCharacters(in: .whitespaces)
    }
    // "VAT (short for "value-added tax")", "PCR, short for polymerase chain reaction, is …":
    // words whose initials spell it, up to a comma; not "two members short for the vote".
    if let found = firstMatch(
      #"\b\#(escaped)\b[^.;:()]{0,20}?(?:\(\s*)?\bshort for ([^.;:(),]+)"#, in: text),
      case let long = found.trimmingCharacters(in: CharacterSet.whitespaces.union(Self.quotes)),
      spells(short, long)
    {
      return long
    }
    return initialsForm(of: short, in: text) ?? followingForm(of: short, in: text)
  }

  /// Whether `long` is a name `short` abbreviates: its words capitalised, save the words that
  /// join them, and the letters of `short` in order among its own, from its first ("Development
  /// Impact Evaluation" for DIME); not a gloss such as "Python user group in SWFL" for PySWFL.
  static func spells(_ short: String, _ long: String) -> Bool {
    let words = long.split(separator: " ")
    let wanted = initials(of: short)
    // "corporate Commonwealth entities" for CCE: the initials exactly, whatever the case.
    let firsts = words.filter { !joiningWords.contains($0.lowercased()) }
      .compactMap { $0.lowercased().first }
    if firsts == wanted { return true }
    guard
      words.allSatisfy({
        joiningWords.contains($0.lowercased()) || $0.first?.isUppercase == true
          || $0.first?.isNumber == true
      }),
      wanted.first == long.lowercased().first(where: \.isLetter)
    else { return false }
    var letters = wanted[...]
    for letter in long.lowercased() where letter == letters.first {
      letters.removeFirst()
    }
    return letters.isEmpty
  }

  /// The letters a long form's words must begin with: a short form's capitals where it mixes
  /// cases ("LiDAR" is L, D, A, R), else all its letters.
  private static func initials(of short: String) -> [Character] {
    let letters = short.filter(\.isLetter)
    let capitals = letters.filter(\.isUppercase)
    let mixed = capitals.count >= 2 && capitals.count < letters.count
    return Array((mixed ? capitals : letters).lowercased())
  }

  /// Words a long form may hold that give no letter of the short form ("Essential Open Source
  /// Software for Science"), unless they begin the next one ("Light Detection and Ranging").
  private static let joiningWords: Set<String> = [
    "of", "for", "and", "the", "on", "in", "to", "de",
  ]

  /// A long form right after the short form, after "or", a comma or "the": the capitalised
  /// words whose initials spell it, in order ("LiDAR or Light Detection and Ranging is …",
  /// "FAERS, the FDA Adverse Event Reporting System").
  private static func followingForm(of short: String, in text: String) -> String? {
    let letters = initials(of: short)
    guard letters.count >= 2 else { return nil }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let bare = { (word: String) in
      word.trimmingCharacters(in: CharacterSet.punctuationCharacters.subtracting(["-", "/"]))
    }
    for start in words.indices where bare(words[start]) == short {
      var position = start + 1
      // "LiDAR, or …", "FAERS, the …".
      while position < words.count,
        ["or", "the"].contains(bare(words[position]).lowercased())
          || bare(words[position]).isEmpty
      {
        position += 1
      }
      var next = 0
      var found: [String] = []
      while position < words.count, next < letters.count {
        let word = bare(words[position])
        guard let first = word.first else { break }
        let givesLetter =
          first.lowercased().first == letters[next] && (first.isUppercase || !found.isEmpty)
        guard givesLetter || (!found.isEmpty && joiningWords.contains(word.lowercased())) else {
          break
        }
        if givesLetter { next += 1 }
        found.append(word)
        // A word that ends with a comma or bracket ends the long form.
        if words[position].last.map({ ",;:()".contains($0) }) == true { break }
        position += 1
      }
      let capitalised = found.allSatisfy {
        $0.first?.isUppercase == true || joiningWords.contains($0.lowercased())
      }
      guard next == letters.count, found.count >= 2, capitalised else { continue }
      return found.joined(separator: " ")
    }
    return nil
  }

  /// The words before "(NCCEs)" whose initials, or their hyphened parts' ("Non-corporate"),
  /// spell the short form, read back from the bracket: "Non-corporate Commonwealth entities".
  private static func initialsForm(of short: String, in text: String) -> String? {
    guard
      let bracket = text.range(of: "(\(short))") ?? text.range(of: "(\(short)s)")
    else { return nil }
    let letters = Array(short.lowercased().filter(\.isLetter))
    let words = text[..<bracket.lowerBound].split(separator: " ").suffix(letters.count + 2)
    guard !letters.isEmpty, words.count >= 2 else { return nil }
    // Initials first; then letters inside a word whose initial it gives too, as the short
    // forms of long words are made: "opsonophagocytic killing assay (OPKA)".
    for inner in [false, true] {
      var next = letters.count - 1
      var start: Int?
      for (position, word) in zip(words.indices, words).reversed() {
        for part in word.split(separator: "-").reversed() {
          guard next >= 0 else { continue }
          let taken = inner ? Self.lettersGiven(by: part, ending: letters[...next]) : 1
          guard taken > 0, part.first?.lowercased().first == letters[next - taken + 1] else {
            continue
          }
          next -= taken
        }
        // The last word before the bracket must give the last letter.
        if position == words.indices.last, next == letters.count - 1 { break }
        if next < 0 {
          start = position
          break
        }
      }
      if let start, words[start...].count >= 2 { return words[start...].joined(separator: " ") }
    }
    return nil
  }

  /// How many of the last of `letters` the word `part` gives, its first letter giving the
  /// first of them and the rest found in order after it: 2 for "opsonophagocytic" and "op";
  /// 0 when its first letter gives none.
  private static func lettersGiven(by part: Substring, ending letters: ArraySlice<Character>)
    -> Int
  {
    let word = Array(part.lowercased().filter(\.isLetter))
    guard let first = word.first else { return 0 }
    for count in stride(from: min(letters.count, 3), through: 1, by: -1) {
      let wanted = letters.suffix(count)
      guard wanted.first == first else { continue }
      var rest = wanted.dropFirst()[...]
      for letter in word.dropFirst() where letter == rest.first { rest.removeFirst() }
      if rest.isEmpty { return count }
    }
    return 0
  }

  /// The marks that may quote a long form: "short for "Forms Interpreter"".
  private static let quotes = CharacterSet(charactersIn: "\"“”'‘’")

  private static func firstMatch(_ pattern: String, in text: String) -> String? {
    guard let expression = try? NSRegularExpression(pattern: pattern),
      let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return String(text[range])
  }
}
