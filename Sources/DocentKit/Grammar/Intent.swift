/// How docent answers an intent: which facts it looks up and how it puts them together.
enum AnswerStrategy: String, Hashable, Sendable, CaseIterable, Codable {
  /// Facts about the subject, of the intent's relations: "who is X", "what does X want".
  case describe
  /// Facts whose object is the entity asked about; the answer is their subjects: "who leads X".
  case inverse
  /// `count` and `duration` facts about the subject, matched to the question's words.
  case quantity
  /// When: `happened-at` facts and facts with a time, matched to the question's words.
  case time
  /// Where: `located-in` facts and facts with a place, matched to the question's words.
  case place
  /// Why or how: `cause` and `purpose` facts matched to the question's words.
  case reason
  /// Yes or no: a fact linking subject and object by one of the intent's relations.
  case check
  /// Every fact linking two entities, either way round.
  case connection
  /// Facts whose words contain the question's verb: "who submitted X", "what did X do".
  case action
}

/// One question template of an intent, compiled.
///
/// A class: every reading of a question refers to its template, and a shared reference costs
/// one count where a copied value cost one for each of its fields. Each template is made once,
/// so two are the same template exactly when they are the same object.
final class Template: Hashable, Sendable, Codable {
  /// The template as written in the grammar.
  let text: String
  /// Where it is written.
  let location: SourceLocation
  /// The id of its intent.
  let intent: String
  /// The compiled pattern, rules expanded.
  let pattern: TemplatePattern
  /// The stems a question must contain for the template to match.
  let requiredStems: Set<String>
  /// The pattern laid out for matching.
  let program: MatchProgram

  init(text: String, location: SourceLocation, intent: String, pattern: TemplatePattern) {
    self.text = text
    self.location = location
    self.intent = intent
    self.pattern = pattern
    self.requiredStems = pattern.requiredStems
    self.program = MatchProgram(pattern)
  }

  private enum CodingKeys: CodingKey { case text, location, intent, pattern }

  /// A template read back from the compiled knowledge: its pattern laid out anew.
  convenience init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try container.decode(String.self, forKey: .text),
      location: try container.decode(SourceLocation.self, forKey: .location),
      intent: try container.decode(String.self, forKey: .intent),
      pattern: try container.decode(TemplatePattern.self, forKey: .pattern))
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(location, forKey: .location)
    try container.encode(intent, forKey: .intent)
    try container.encode(pattern, forKey: .pattern)
  }

  static func == (left: Template, right: Template) -> Bool { left === right }

  func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(self))
  }
}

/// A kind of question docent understands, with its templates and how it is answered.
struct Intent: Hashable, Sendable, Codable {
  /// The intent's id, as JSON output and `:why` name it.
  let id: String
  /// How the answer is found.
  let strategy: AnswerStrategy
  /// The relations the intent looks up, in order of preference.
  let relations: [RelationID]
  /// When true, only the facts of the first relation (in `relations` order) that has any are
  /// used: "what is X's role" wants the role, and a workplace only when no role is known.
  let preferFirst: Bool
  /// The refusal when the documents don't say, with `{subject}`, `{object}` and `{words}`.
  let notStated: String
  /// The refusal when the question narrowed it down with words ("about Hamas"), if different.
  let notStatedWithWords: String?
  /// The templates, in the order written.
  let templates: [Template]
  /// Questions of this intent as a person would ask them, for `:help` and hints; each must be
  /// read as this intent.
  let examples: [String]
  /// Where the intent is declared.
  let location: SourceLocation
}
