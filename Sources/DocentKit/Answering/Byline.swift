import Foundation

/// The byline a document opens with: who wrote it, where it appeared, when. "By Stefanie Senger
/// and François Goupil, November 27, 2023.", "Chapter 138 of The World Atlas of Language
/// Structures Online, by Östen Dahl (2013).", "From the Sandiacre and Stapleford Weekly News, 19
/// March 1920."
struct Byline: Equatable, Sendable, Codable {
  /// Who wrote the document, as written: "Stefanie Senger and François Goupil".
  let authors: String?
  /// Where it appeared, as written: "the Sandiacre and Stapleford Weekly News".
  let publication: String?
  /// When, as written: "November 27, 2023", "2013".
  let date: String?

  /// A document's byline with its sentence.
  struct Opening: Sendable, Codable {
    let byline: Byline
    let sentence: Sentence
  }

  /// The byline of `document`, with its sentence: one of its first sentences, after a title.
  static func of(_ document: Document) -> Opening? {
    document.sentences.prefix(reach).lazy.compactMap { sentence in
      Byline(sentence.text).map { Opening(byline: $0, sentence: sentence) }
    }.first
  }

  /// How many sentences a title and a subtitle may put before the byline.
  private static let reach = 3
  /// The most words a byline runs to.
  private static let longest = 30

  /// The byline `text` is, or nil when it is a sentence of another kind.
  init?(_ text: String) {
    var said = text.trimmingCharacters(in: .whitespaces)
    while let last = said.last, ".".contains(last) { said.removeLast() }
    guard said.split(separator: " ").count <= Self.longest else { return nil }
    // "(2013)" after the names: the year.
    var date: String?
    if said.hasSuffix(")"), let open = said.lastIndex(of: "(") {
      let inside = said[said.index(after: open)..<said.index(before: said.endIndex)]
      guard let year = Self.date(String(inside)) else { return nil }
      date = year
      said = String(said[..<open]).trimmingCharacters(in: .whitespaces)
    }
    // ", November 27, 2023" or ", 19 March 1920" at the end: the date.
    if date == nil {
      let parts = said.components(separatedBy: ", ")
      for count in [2, 1] where parts.count > count {
        if let found = Self.date(parts.suffix(count).joined(separator: ", ")) {
          date = found
          said = parts.dropLast(count).joined(separator: ", ")
          break
        }
      }
    }
    if said.hasPrefix("By ") || said.hasPrefix("by ") {
      // "By Stefanie Senger and François Goupil"; not "By Order of the Harbour Board".
      guard let names = Self.names(String(said.dropFirst(3))),
        let first = names.split(separator: " ").first,
        !Self.authorities.contains(String(first))
      else { return nil }
      (authors, publication) = (names, nil)
    } else if let by = said.range(of: ", by ") {
      // "Chapter 138 of The World Atlas …, by Östen Dahl": a part of a written work, not
      // "Portrait of Clara Voss, by John Singer Sargent".
      guard let names = Self.names(String(said[by.upperBound...])),
        let first = said[..<by.lowerBound].split(separator: " ").first,
        Self.workParts.contains(first.lowercased())
      else { return nil }
      (authors, publication) = (names, nil)
    } else if said.hasPrefix("From "), date != nil {
      // "From the Sandiacre and Stapleford Weekly News": the name of a publication, which
      // says it is one; not "From Monday" or "From London".
      let name = String(said.dropFirst(5))
      let words = name.split(separator: " ")
      guard let first = words.first,
        words.drop(while: { $0 == "the" }).allSatisfy({
          $0.first?.isUppercase == true || Self.joiners.contains(String($0))
        }), first.first?.isLetter == true,
        words.contains(where: { Self.publicationNames.contains($0.lowercased()) })
      else { return nil }
      (authors, publication) = (nil, name)
    } else {
      return nil
    }
    self.date = date
  }

  /// `text` when it is names only, capitalised words joined by "and" and commas: "Stefanie
  /// Senger and François Goupil".
  private static func names(_ text: String) -> String? {
    let words = text.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
    guard !words.isEmpty, words.first?.first?.isUppercase == true,
      words.allSatisfy({ $0.first?.isUppercase == true || joiners.contains($0) }),
      words.count(where: { $0.first?.isUppercase == true }) >= 2
    else { return nil }
    return text
  }

  /// What a "By" may open besides a writer's name: "By Order of the Harbour Board".
  private static let authorities: Set<String> = [
    "Order", "Appointment", "Authority", "Command", "Request", "Permission", "Special",
  ]
  /// The parts of a written work a byline may follow: "Chapter 138 of …, by Östen Dahl".
  private static let workParts: Set<String> = [
    "chapter", "part", "section", "volume", "issue", "article", "essay", "report", "entry",
    "episode", "lecture",
  ]
  /// Words that name a publication: "the Weekly News", "The Daily Gazette".
  private static let publicationNames: Set<String> = [
    "news", "times", "gazette", "journal", "post", "herald", "magazine", "review", "chronicle",
    "press", "bulletin", "weekly", "daily", "tribune", "observer", "guardian", "telegraph",
    "mail", "courier", "mirror", "express", "standard", "register", "monitor", "digest",
    "quarterly", "newsletter", "record", "advertiser", "inquirer", "argus", "echo", "leader",
  ]

  /// Lower-case words that may stand inside names: "and", "of", "van", "de".
  private static let joiners: Set<String> = ["and", "of", "the", "van", "de", "von", "der", "la"]

  /// `text` when it is a date with its year, or a year alone.
  private static func date(_ text: String) -> String? {
    let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ")
    guard let year = words.last, year.count == 4, year.allSatisfy(\.isNumber), words.count <= 3
    else { return nil }
    let rest = words.dropLast()
    let isMonth = { (word: Substring) in
      WordLists.months.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }
    guard
      rest.isEmpty
        || (rest.contains(where: isMonth)
          && rest.allSatisfy { isMonth($0) || ($0.count <= 2 && $0.allSatisfy(\.isNumber)) })
    else { return nil }
    return text
  }
}

extension Answerer {
  /// "Who wrote this blog post?", "Who is the author of the chapter on tea?", "Which newspaper
  /// ran this story?", "When was it published?": a question about the document itself, asked of
  /// the byline it opens with, of the document the conversation is about, or of the one
  /// document with a byline that holds the question's other words.
  func bylineAnswer(
    _ tokens: [QuestionToken], context: ConversationContext
  ) -> (text: String, sentence: Sentence)? {
    let folded = tokens.map(\.folded).filter { $0.first?.isLetter == true }
    guard let first = folded.first, !knowledge.bylines.isEmpty else { return nil }
    let asksAuthor =
      first == "who"
      && (folded.contains { Self.writingWords.contains($0) } || folded.contains("author"))
    let asksPublication =
      ["which", "what"].contains(first) && folded.count > 1
      && Self.publicationWords.contains(folded[1])
    let asksTime = first == "when" && folded.contains { Self.writingWords.contains($0) }
    guard asksAuthor || asksPublication || asksTime else { return nil }
    // The words that call the document ("this blog post", "the post"), and what it is about
    // after "about" or "on" ("the chapter on tea").
    let about = folded.firstIndex { ["about", "on"].contains($0) } ?? folded.count
    let framing = folded[..<about]
    guard
      framing.allSatisfy({ word in
        Self.frame.contains(word) || Self.documentWords.contains(word)
          || Self.writingWords.contains(word) || Self.publicationWords.contains(word)
      })
    else { return nil }
    // "the report" may be a report the document tells of; "this report" is the document.
    let called = framing.indices.dropFirst().filter {
      ["the", "this"].contains(framing[$0 - 1]) && Self.documentWords.contains(framing[$0])
    }.map { (this: framing[$0 - 1] == "this", noun: framing[$0]) }
    let topic = knowledge.lexicon.contentStems(
      tokens.filter { word in
        folded[about...].contains(word.folded) && !Self.writingWords.contains(word.folded)
      }.dropFirst())
    let said = { (byline: Byline) in
      asksAuthor ? byline.authors : asksPublication ? byline.publication : byline.date
    }
    let index = knowledge.sentenceIndex
    // Whether the document tells of a thing of that name outside its byline ("The report was
    // written by Dr. Samuel Reyes"): then "the report" is that. Not where it calls itself so
    // ("This chapter differs from …").
    let tellsOf = { (opening: Byline.Opening, noun: String) in
      let stem = knowledge.lexicon.canonical(Stemmer.stem(noun))
      let document = opening.sentence.document
      return index.holding(stem).contains { position in
        guard index.positions(of: document).contains(position),
          position != index.position(of: opening.sentence)
        else { return false }
        let words = QuestionText.tokens(index.sentences[position].text).map(\.folded)
        return words.indices.contains { at in
          words[at] == noun && (at == 0 || !["this", "our"].contains(words[at - 1]))
        }
      }
    }
    let callsIt = { (opening: Byline.Opening) -> Bool in
      // "it" after an answer from the byline itself: "When was it published?".
      if framing.contains("it") {
        return context.statement == Citation(opening.sentence)
      }
      return called.contains { $0.this || !tellsOf(opening, $0.noun) }
    }
    let found: Byline.Opening?
    if let statement = context.statement, topic.isEmpty {
      // The document the conversation is about, when it has one: never another's.
      found = knowledge.bylines[statement.document]
    } else if topic.isEmpty {
      // No conversation and nothing to pick a document by: only a lone document.
      found = knowledge.documents.count == 1 ? knowledge.bylines.values.first : nil
    } else {
      // The one document with a byline whose sentences hold the question's other words.
      let holding = knowledge.bylines.filter { document, opening in
        let sentences = index.positions(of: document)
        return said(opening.byline) != nil
          && topic.allSatisfy { index.holding($0).contains(where: sentences.contains) }
      }
      found = holding.count == 1 ? holding.values.first : nil
    }
    guard let opening = found, callsIt(opening), let text = said(opening.byline) else {
      return nil
    }
    return (text.capitalizingFirstLetter() + ".", opening.sentence)
  }

  /// Words a question calls a document by.
  private static let documentWords = ClauseQuestion.documentWords.union([
    "chapter", "book", "report", "paper", "guide", "policy", "page", "newsletter", "column",
    "interview", "profile", "letter", "entry", "feature", "item", "biography", "notice",
  ])
  /// Words for writing and publishing it.
  private static let writingWords: Set<String> = [
    "wrote", "write", "written", "authored", "penned", "published", "posted", "printed", "ran",
    "run", "carried", "released", "issued",
  ]
  /// Words for where it appeared.
  private static let publicationWords: Set<String> = [
    "newspaper", "paper", "publication", "magazine", "journal", "site", "website", "outlet",
  ]
  /// The words around them: "Who is the author of this blog post?".
  private static let frame: Set<String> = [
    "who", "when", "which", "what", "was", "is", "were", "did", "does", "the", "this", "that",
    "it", "a", "of", "author", "authors", "in", "first", "originally",
  ]
}
