/// The question grammar: intents with their templates, the shared rules and the filler words
/// people wrap questions in.
struct Grammar: Sendable {
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
