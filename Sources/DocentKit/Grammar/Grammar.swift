/// The question grammar: intents with their templates, the shared rules and the filler words
/// people wrap questions in.
struct Grammar: Sendable, Codable {
  /// The intents, in the order written.
  let intents: [Intent]
  /// Patterns that may come before a question and be ignored: "please", "can you tell me".
  let openers: [TemplatePattern]
  /// Patterns that may end a question and be ignored: "please", "thanks".
  let closers: [TemplatePattern]

  /// The intent with this id.
  func intent(_ id: String) -> Intent? {
    intentsByID[id].map { intents[$0] }
  }

  /// How closely a sentence must match a question to answer it alone.
  var matching: Matching

  /// Every template of every intent.
  let templates: [Template]
  private let intentsByID: [String: Int]

  /// What the compiled knowledge keeps; the rest is worked out from it, so that an intent and
  /// the list of every template hold the very same templates.
  private enum CodingKeys: CodingKey { case intents, openers, closers, matching }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      intents: try container.decode([Intent].self, forKey: .intents),
      openers: try container.decode([TemplatePattern].self, forKey: .openers),
      closers: try container.decode([TemplatePattern].self, forKey: .closers),
      matching: try container.decode(Matching.self, forKey: .matching))
  }

  init(
    intents: [Intent], openers: [TemplatePattern], closers: [TemplatePattern],
    matching: Matching = .standard
  ) {
    self.intents = intents
    self.matching = matching
    self.openers = openers
    self.closers = closers
    templates = intents.flatMap(\.templates)
    intentsByID = Dictionary(intents.enumerated().map { ($1.id, $0) }) { first, _ in first }
  }
}
