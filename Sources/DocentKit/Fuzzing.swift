import Foundation

/// The parts of docent that `make fuzz` feeds arbitrary bytes: each takes any input and must
/// come back, without a crash, a hang or unbounded memory.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The sentence segmenter, on a document's text.
  case segmenter
  /// The question parser: the templates of the bundled grammar read against a question.
  case question
  /// The template syntax, a pattern laid out for matching, and its samples.
  case template
  /// The knowledge builder: the input after its first byte as a grammar file, a document's
  /// curated YAML or a document's text, as the first byte modulo 3 chooses (0, 1, 2).
  case knowledge
  /// The transcript format: parsing, writing back, and matching expected output.
  case transcript

  /// Loads what the target shares across inputs (the bundled knowledge, for `question`), so
  /// that the first input is not charged for it.
  public func prepare(knowledge: String) {
    if self == .question { _ = FuzzFixtures.parser(knowledge) }
  }

  /// Runs the target on `bytes`; `knowledge` is the bundled knowledge folder (for `question`).
  public func run(_ bytes: UnsafeRawBufferPointer, knowledge: String) {
    var text: String { String(decoding: bytes, as: UTF8.self) }
    switch self {
    case .segmenter:
      _ = Document(id: "fuzz", text: text)
    case .question:
      guard let parser = FuzzFixtures.parser(knowledge) else { return }
      _ = parser.parses(QuestionText.tokens(String(text.prefix(InputLine.maximumLength))))
    case .template:
      guard let pattern = try? TemplateParser.parse(text) else { return }
      var rules: [String: PatternExtent] = [:]
      let extent = pattern.expandedExtent([:], &rules)
      guard extent.size <= GrammarBuilder.maximumParts, extent.depth <= GrammarBuilder.maximumDepth
      else { return }
      let template = Template(
        text: text, location: SourceLocation(file: "fuzz", line: 1, column: 1), intent: "fuzz",
        pattern: pattern)
      _ = TemplateSampler.samples(template, entities: [])
    case .knowledge:
      guard let choice = bytes.first else { return }
      let rest = String(
        decoding: UnsafeRawBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
      _ = FuzzFixtures.build(rest, choice: choice, knowledge: knowledge)
    case .transcript:
      let transcript = Transcript(parsing: text)
      _ = Transcript(parsing: transcript.text)
      for block in transcript.blocks {
        _ = OutputPattern.matches(block.expected, block.body)
      }
    }
  }
}

/// What the fuzz targets share across inputs, made once.
private enum FuzzFixtures {
  nonisolated(unsafe) private static var loaded: [String: QuestionParser?] = [:]

  /// A question parser over the knowledge folder at `path`, or nil when it does not load.
  static func parser(_ path: String) -> QuestionParser? {
    if let parser = loaded[path] { return parser }
    let parser = (try? KnowledgeLoader.load(from: path)).map {
      QuestionParser(
        grammar: $0.grammar, names: $0.base.nameIndex, entities: $0.base.entities,
        documentStems: $0.base.documentStems)
    }
    loaded[path] = parser
    return parser
  }

  /// The relations file of the knowledge folder at `path`, read once.
  nonisolated(unsafe) private static var relations: [String: String] = [:]

  /// Builds knowledge from `text` as a grammar file, a curated file or a document's text, with
  /// the relations of the knowledge folder at `path`.
  static func build(_ text: String, choice: UInt8, knowledge path: String) -> Bool {
    let relations =
      relations[path]
      ?? (try? String(contentsOfFile: path + "/relations.yaml", encoding: .utf8)) ?? ""
    Self.relations[path] = relations
    let plain = "Anna Berg, a teacher in Oslo, leads the Oslo Bakers."
    let curated = """
      entities:
        - {id: anna-berg, kind: person, name: Anna Berg}
      """
    let grammar = """
      intents:
        - id: who-is
          answer: describe
          relations: [role]
          templates: ["who is {person}"]
      """
    var sources = KnowledgeSources(relations: relations)
    switch choice % 3 {
    case 0:
      sources.grammar = [.init(path: "g.yaml", text: text)]
      sources.documents = [
        .init(id: "d", path: "d.txt", text: plain, curatedPath: "d.yaml", curated: curated)
      ]
    case 1:
      sources.grammar = [.init(path: "g.yaml", text: grammar)]
      sources.documents = [
        .init(id: "d", path: "d.txt", text: plain, curatedPath: "d.yaml", curated: text)
      ]
    default:
      sources.grammar = [.init(path: "g.yaml", text: grammar)]
      sources.documents = [
        .init(
          id: "d", path: "d.txt", text: String(text.prefix(2_000)), curatedPath: "d.yaml",
          curated: nil)
      ]
    }
    return (try? KnowledgeBuilder.build(sources)) != nil
  }
}
