import Foundation

/// Who a document's own "we" and "I" are, sentence by sentence, so that a question about the
/// writer answers from what the writer says of themselves: "Were the organizers more selective
/// about talks in 2020?" from "we were also more selective in choosing talks for 2020".
///
/// A reader calls a blog's "we" the team, the organizers or the authors, and its "I" the author
/// or the writer. Not by the organization's name: which of the names a document uses its "we"
/// is, no rule tells well enough. Only the document's own voice counts: a "we" inside quotation
/// marks is the speaker's, not the writer's, and a document that says "we" once may mean anyone.
enum Narrator {
  /// The words a question may call a document's "we" by.
  static let pluralNames = "team organizer organiser author writer staff"
  /// The words a question may call a document's "I" by.
  static let singularNames = "author writer"

  private static let pluralWords: Set<String> = ["we", "our", "ours", "us", "ourselves"]
  private static let singularWords: Set<String> = ["i", "my", "mine", "me", "myself"]
  /// The pronouns of the writer's voice: a phrase holding one holds what it stands for.
  static let pronouns = pluralWords.union(singularWords)
  /// How many sentences of a document must speak as "we" (or "I") for it to be the writer's
  /// voice.
  static let leastSentences = 2

  /// For each sentence, the stems its writer's "we" or "I" stand for, when the document speaks
  /// in that voice; `voices[i]` is `voice(of:)` of sentence `i`.
  static func implied(
    sentences: [Sentence], voices: [(plural: Bool, singular: Bool)], lexicon: Lexicon
  ) -> [Set<String>] {
    var counts: [String: (plural: Int, singular: Int)] = [:]
    for (sentence, voice) in zip(sentences, voices) {
      var count = counts[sentence.document, default: (0, 0)]
      if voice.plural { count.plural += 1 }
      if voice.singular { count.singular += 1 }
      counts[sentence.document] = count
    }
    let pluralStems = lexicon.contentStems(pluralNames)
    let singularStems = lexicon.contentStems(singularNames)
    return zip(sentences, voices).map { sentence, voice in
      let count = counts[sentence.document, default: (0, 0)]
      var stems = Set<String>()
      if voice.plural, count.plural >= leastSentences {
        stems.formUnion(pluralStems)
      }
      if voice.singular, count.singular >= leastSentences { stems.formUnion(singularStems) }
      return stems
    }
  }

  /// The sentences that open with a speaker's initials and speak as "I" or "we" ("RG: My
  /// favorite National Park is Canyon de Chelly."), each with the person's name: the one person
  /// named earlier in the document whose name's first letters the label spells.
  static func speakers(sentences: [Sentence], persons: [[String]]) -> [(Int, String)] {
    let initials = { (name: String) in
      String(name.split(separator: " ").compactMap(\.first).filter(\.isUppercase))
    }
    var named: [String: [String]] = [:]
    var found: [(Int, String)] = []
    for (position, sentence) in sentences.enumerated() {
      let label = sentence.text.prefix { $0 != ":" }
      if label.count < sentence.text.count, (2...3).contains(label.count),
        label.allSatisfy(\.isUppercase), voice(of: sentence) != (false, false)
      {
        let matching = Set(named[sentence.document, default: []].filter { initials($0) == label })
        if matching.count == 1, let name = matching.first { found.append((position, name)) }
      }
      named[sentence.document, default: []] += persons[position]
    }
    return found
  }

  /// The sentences that speak as "I" after a line that names a person and leads into what they
  /// say ("Nick Keith said," over "In particular, I have a further 2 meetings lined up"), each
  /// with the person's name. The person speaks until the next such line, or the next sentence
  /// that names anyone (the writer's own voice again: "Nick Keith joined a UKTI market visit").
  static func introduced(
    sentences: [Sentence], words: [[QuestionToken]], persons: [[(start: Int, name: String)]]
  ) -> [(Int, String)] {
    var found: [(Int, String)] = []
    var speaker: (document: String, name: String)?
    for (position, sentence) in sentences.enumerated() {
      if speaker?.document != sentence.document || !persons[position].isEmpty { speaker = nil }
      let tokens = words[position]
      if let first = persons[position].first, first.start == 0, tokens.count >= 2,
        Self.leadIns.contains(tokens[tokens.count - 1].folded),
        [",", ":"].contains(sentence.text.last)
      {
        speaker = (sentence.document, first.name)
        continue
      }
      // "Here's Josh in his own words:": a line that names one person and says their words
      // follow.
      if sentence.text.last == ":", persons[position].count == 1,
        let first = persons[position].first,
        tokens.contains(where: { Self.wordsFollow.contains($0.folded) }),
        !voice(of: sentence).singular
      {
        speaker = (sentence.document, first.name)
        continue
      }
      if let speaker, voice(of: sentence).singular { found.append((position, speaker.name)) }
    }
    return found
  }
  /// Words of a line that says a person's words follow: "in his own words", "Anna told us:".
  private static let wordsFollow: Set<String> = [
    "words", "told", "tells", "writes", "wrote", "interview", "interviewed", "explains",
    "explained", "says", "said",
  ]
  /// The verbs that end a line leading into what someone says.
  private static let leadIns: Set<String> = [
    "said", "says", "added", "adds", "explained", "explains", "commented", "comments",
  ]

  /// For each document whose writer names themselves ("Hi, I am Mukulika.", "My name is Ana
  /// Díaz", "I (Ee Durbin) was notified"), the person named: every sentence of that document
  /// that speaks as "I" speaks as that person. Only a name the document knows as a person's, and
  /// only outside quotations; a document that names two such selves names none.
  static func selfNamed(
    sentences: [Sentence], words: [[QuestionToken]], persons: [[(start: Int, entity: Int)]]
  ) -> [String: Int] {
    var found: [String: Set<Int>] = [:]
    for (position, sentence) in sentences.enumerated() {
      let tokens = words[position]
      for person in persons[position] where person.start > 0 {
        let before = tokens[..<person.start].suffix(3).map(\.folded)
        let introduces =
          before.suffix(2) == ["i", "am"] || before == ["my", "name", "is"]
          || (before.last == "i" && sentence.text.contains("I (" + tokens[person.start].original))
        guard introduces, unquoted(sentence.text).contains(tokens[person.start].original) else {
          continue
        }
        found[sentence.document, default: []].insert(person.entity)
      }
    }
    return found.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  /// For each document that speaks as "I" and names its writer in its byline ("By Ana Díaz")
  /// or in the line that signs it off ("Best Regards," over "L. Van Warren MS CS"), the person
  /// named: every sentence of it that says "I" speaks as that person. Only one person a
  /// document names so; none where the byline and the sign-off name two.
  /// `bylines` gives the number of each document's byline sentence.
  /// Not a chain of messages ("-----Original Message-----", "On Monday Ana wrote:"), nor one
  /// that greets the person who signs it ("Hi Dana, I booked the hall …"): its "I" is another
  /// writer's. Nor a sign-off of two names ("Anna Kovacs and Peter Lindqvist").
  /// `voices[i]` is `voice(of:)` of sentence `i`; `opening` gives the people whose name opens
  /// a sentence, by its position; `name` a person's name.
  static func signers(
    sentences: [Sentence], words: [[QuestionToken]], voices: [(plural: Bool, singular: Bool)],
    persons: [[(start: Int, entity: Int)]], bylines: [String: Int],
    opening: (Int) -> Set<Int>, name: (Int) -> String
  ) -> [String: Int] {
    var positions: [String: [Int]] = [:]
    for (position, sentence) in sentences.enumerated() {
      positions[sentence.document, default: []].append(position)
    }
    var found: [String: Int] = [:]
    for (document, held) in positions {
      guard held.count(where: { voices[$0].singular }) >= leastSentences else {
        continue
      }
      var named = Set<Int>()
      if let number = bylines[document],
        let position = held.first(where: { sentences[$0].number == number })
      {
        named.formUnion(persons[position].map(\.entity))
      }
      // The sign-off: a line of closing words, then one that opens with the name, and only
      // with one.
      for (before, position) in zip(held.suffix(3), held.suffix(3).dropFirst())
      where isClosing(words[before])
        && !words[position].contains(where: { ["and", "&"].contains($0.folded) })
      {
        named.formUnion(opening(position))
      }
      guard named.count == 1, let person = named.first,
        !held.contains(where: { position in
          let text = sentences[position].text
          return Self.chainMarks.contains { text.contains($0) }
            || Self.greets(name(person), in: words[position])
        })
      else { continue }
      found[document] = person
    }
    return found
  }

  /// What marks a message quoted in another: "-----Original Message-----", "Ana wrote:".
  private static let chainMarks = ["Original Message", "wrote:", "Forwarded message"]

  /// Whether `words` open by greeting the person `name`: "Hi Dana", "Dear Ms Whitfield".
  private static func greets(_ name: String, in words: [QuestionToken]) -> Bool {
    guard let first = words.first, ["hi", "hello", "dear", "hey"].contains(first.folded) else {
      return false
    }
    let parts = Set(name.split(separator: " ").map { $0.lowercased() })
    return words.dropFirst().prefix(3).contains { parts.contains($0.folded) }
  }

  /// Whether `sentence` says "I" outside its quotations: "I planted the apple trees", not "My
  /// neighbour planted the pear trees" nor "Frank told me, “I sold the harvest.”".
  static func saysI(_ sentence: Sentence) -> Bool {
    saysI(QuestionText.tokens(unquoted(sentence.text)))
  }

  /// Whether `words` say "I": alone, or in a contraction before a word in lower case ("I’ve
  /// started", whose first token is typed whole; not the title "I’m Coming Home"), not the
  /// letter "i" of a list.
  private static func saysI(_ words: [QuestionToken]) -> Bool {
    words.indices.contains { position in
      let token = words[position]
      guard token.folded == "i", token.original.first == "I" else { return false }
      if token.original == "I" { return true }
      // The contraction's second token is not typed; the word after it is.
      let next = words.dropFirst(position + 1).first { !$0.original.isEmpty }
      return next.map { $0.original.first?.isLowercase == true } ?? true
    }
  }

  /// Whether `text`, outside its quotations, says "I", "my" or "me".
  static func speaksAsI(_ text: String) -> Bool {
    speaksAsI(QuestionText.tokens(unquoted(text)))
  }

  private static func speaksAsI(_ words: [QuestionToken]) -> Bool {
    saysI(words) || words.contains { $0.folded != "i" && singularWords.contains($0.folded) }
  }

  /// Whether `words` are a letter's closing line and nothing else: "Best Regards,", "Yours
  /// sincerely,".
  private static func isClosing(_ words: [QuestionToken]) -> Bool {
    let spoken = words.filter { $0.folded.first?.isLetter == true }
    return !spoken.isEmpty && spoken.count <= 3
      && spoken.allSatisfy { closingWords.contains($0.folded) }
      && spoken.contains {
        ["regards", "sincerely", "faithfully", "truly", "cheers", "wishes"].contains($0.folded)
      }
  }
  /// The words a letter's closing line is made of.
  private static let closingWords: Set<String> = [
    "best", "kind", "warm", "warmest", "kindest", "regards", "sincerely", "yours", "faithfully",
    "truly", "cheers", "with", "wishes", "all", "the",
  ]

  /// Whether `sentence` speaks as "we" and as "I" outside its quotations.
  static func voice(of sentence: Sentence) -> (plural: Bool, singular: Bool) {
    let words = QuestionText.tokens(unquoted(sentence.text))
    // "US" and "U.S." are the country; "I" is only the pronoun written large.
    let plural = words.contains { pluralWords.contains($0.folded) && $0.original != "US" }
    return (plural, speaksAsI(words))
  }

  /// `text` without what it quotes: “…” and "…".
  static func unquoted(_ text: String) -> String {
    var result = ""
    var inside = false
    for character in text {
      switch character {
      case "“": inside = true
      case "”": inside = false
      case "\"": inside.toggle()
      default: if !inside { result.append(character) }
      }
    }
    return result
  }
}
