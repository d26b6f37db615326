/// Extracts what a document's text says by itself: names, appositives, quotes and quantities.
///
/// Nothing is curated or guessed: every finding is read off the words of one sentence (quotes
/// may carry a speaker over from the sentences just before). The result is deterministic, and
/// the work is linear in the length of the text, since every look-around is bounded.
enum Extractor {
  /// The facts the text of `document` states by itself.
  static func extract(from document: Document) -> ExtractedFacts {
    let tokenized = document.sentences.map { Tokenizer.tokens(of: $0.text) }
    let evidence = NameScanner.evidence(in: tokenized)
    let analyses = zip(document.sentences, tokenized).map {
      SentenceAnalysis($0, tokens: $1, evidence: evidence)
    }
    var facts = ExtractedFacts()
    var persons: [[String]] = []
    for analysis in analyses {
      let named = mentions(in: analysis)
      facts.names += named
      persons.append(named.map(\.name).filter(Entity.readsAsPersonName))
      let appositives = AppositiveFinder(analysis)
      facts.appositives += appositives.appositives()
      let finder = AffiliationFinder(analysis)
      if let affiliation = finder.affiliation() {
        facts.affiliations.append(affiliation)
      } else {
        facts.affiliations += finder.affiliationsInText()
      }
      // A sentence that asks ("When will the next one happen?") says of no date that it is.
      if !analysis.sentence.asks { facts.quantities += QuantityFinder(analysis).quantities() }
    }
    facts.quotes = QuoteFinder.quotes(
      in: analyses, startingParagraphs: paragraphOpenings(of: document), persons: persons)
    return facts
  }

  /// The name mentions of a sentence: each run's qualifier and name, titles left out. The
  /// common words before a role ("Flight" of "Flight Director Christopher Kraft") are no name.
  private static func mentions(in analysis: SentenceAnalysis) -> [NameMention] {
    analysis.runs.flatMap { run in
      let qualifier = run.qualifier.flatMap { range in
        run.hasRoleTitle && range.allSatisfy({ isCommonWord(analysis.tokens[$0]) }) ? nil : range
      }
      return [qualifier, run.name].compactMap { range in
        range.map { NameMention(name: analysis.name($0), sentence: analysis.sentence) }
      }
    }
  }

  /// Whether a capitalized word is a common English word, not an acronym: "Flight", "Product".
  private static func isCommonWord(_ token: TextToken) -> Bool {
    token.bare.contains(where: \.isLowercase) && WordNet.knows(token.key, as: nil)
  }

  /// For each sentence of `document`, whether it opens a paragraph.
  private static func paragraphOpenings(of document: Document) -> [Bool] {
    let bytes = Array(document.text.utf8)
    var openings: [Bool] = []
    var previousEnd = 0
    for segment in document.segments {
      if segment.kind == .sentence {
        let gap = String(decoding: bytes[previousEnd..<segment.utf8Range.lowerBound], as: UTF8.self)
        openings.append(openings.isEmpty || gap.contains(where: \.isNewline))
      }
      previousEnd = segment.utf8Range.upperBound
    }
    return openings
  }
}
