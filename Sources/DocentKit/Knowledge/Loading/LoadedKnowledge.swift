/// A loaded knowledge folder: the knowledge base, and the question grammar checked against it.
///
/// What `KnowledgeLoader` and `KnowledgeBuilder` return, and what a `Session` answers from.
public struct LoadedKnowledge: Sendable {
  /// The documents, entities and facts, with their indexes.
  public let base: KnowledgeBase
  /// The question grammar.
  private(set) var grammar: Grammar
  /// The grammar's example questions that these documents can answer, by intent, in grammar
  /// order: for `:help` and for hints.
  let examples: [(intent: String, question: String)]
  /// The folder the knowledge was loaded from, as its files are named.
  let folder: String
  /// The linkages of the documents this load parsed, by document id, for the loader to keep
  /// (those of the others were read from where they were kept, and let go once read).
  let parses: [String: DocumentParses]
  /// The documents whose linkages were made by this load, not kept from an earlier one.
  let freshlyParsed: [String]
  /// Whether this load ran the grammar check, rather than finding it passed on the same files
  /// (``CheckRecord``).
  let checkedGrammar: Bool
  /// Whether this load read the knowledge from its compiled file (``CompiledKnowledge``)
  /// rather than building it from the folder's files.
  let compiled: Bool
  /// Corrects misspelt words to the words of the documents and the grammar.
  let words: WordCorrector
  /// Corrects misspelt capitalised words to the words the documents write with a capital
  /// ("Missisippi" → "Mississippi") that are not whole names the name index corrects.
  let capitalisedWords: WordCorrector

  /// Pairs `base` with `grammar` and the examples checking it found answerable.
  init(
    base: KnowledgeBase, grammar: Grammar, examples: [(intent: String, question: String)],
    folder: String, parses: [String: DocumentParses] = [:], freshlyParsed: [String] = [],
    checkedGrammar: Bool = true
  ) {
    self.freshlyParsed = freshlyParsed
    self.checkedGrammar = checkedGrammar
    compiled = false
    // Names are the name index's to correct: only the words the documents write in lower case.
    // Each document's words are read on every core, once for both correctors.
    let written = base.documents.concurrentMap { document in
      var lower: [String] = []
      var capitalised: [String] = []
      for sentence in document.sentences {
        for token in QuestionText.tokens(sentence.text) {
          if token.original.first?.isLowercase == true { lower.append(token.folded) }
          if token.original.first?.isUppercase == true { capitalised.append(token.folded) }
        }
      }
      return (lower: lower, capitalised: capitalised)
    }
    let grammarWords = (grammar.templates.map(\.pattern) + grammar.openers + grammar.closers)
      .flatMap(\.literalWords)
    // The grammar writes verbs and nouns once ("lead"); questions inflect them ("leads").
    // Only a word that ends in "e" takes a bare "d" ("used"): "containd" is no form of
    // "contain", but a typo to correct.
    let inflected = grammarWords.flatMap { word in
      word.count < 3
        ? [word]
        : [word, word + "s", word + "es", word + (word.hasSuffix("e") ? "d" : "ed"), word + "ing"]
    }
    // A corrector only counts its words here; its index waits for the first misspelt word.
    words = WordCorrector(words: written.flatMap(\.lower) + inflected, inflecting: true)
    capitalisedWords = WordCorrector(words: written.flatMap(\.capitalised))
    self.parses = parses
    self.base = base
    self.grammar = grammar
    self.examples = examples
    self.folder = folder
  }

  /// The knowledge read back from its compiled file.
  init(compiled: CompiledKnowledge) {
    base = compiled.base
    grammar = compiled.grammar
    examples = compiled.examples.map { ($0.intent, $0.question) }
    folder = compiled.folder
    parses = [:]
    freshlyParsed = []
    checkedGrammar = false
    self.compiled = true
    words = compiled.words
    capitalisedWords = compiled.capitalisedWords
  }

  /// `location` with the file named relative to the knowledge folder ("grammar/questions.yaml"),
  /// so that what `:why` prints does not depend on where docent was started.
  func relative(_ location: SourceLocation) -> SourceLocation {
    let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    guard !prefix.isEmpty, location.file.hasPrefix(prefix) else { return location }
    return SourceLocation(
      file: String(location.file.dropFirst(prefix.count)), line: location.line,
      column: location.column)
  }
}

extension LoadedKnowledge {
  /// The clauses docent reads in sentence `number` of document `id`, one line each, as `:why`
  /// shows them; nil when there is no such sentence.
  public func clauseOutlines(document id: String, sentence number: Int) -> [String]? {
    guard let sentence = base.document(id)?.sentence(number) else { return nil }
    let index = base.clauseIndex
    return index.clauses(of: sentence).map { index.clauses[$0].outline }
  }

  /// The number of sentences in document `id`, or nil when there is no such document.
  public func sentenceCount(document id: String) -> Int? {
    base.document(id)?.sentences.count
  }

  /// The same knowledge answering with other matching thresholds, for `evaluate --curve`.
  func with(_ matching: Matching) -> LoadedKnowledge {
    var copy = self
    copy.grammar.matching = matching
    return copy
  }
}
