/// A question as the fact lookup reads it: the entities its slots name and its free words.
struct FactQuery {
  /// The entity the question is about.
  var subject: Entity?
  /// The second entity it names, if any.
  var object: Entity?
  /// Its free words, as typed.
  var words: String
  /// Entities every fact found must involve: pronouns among the free words ("when did he say
  /// it").
  var involving: [Entity] = []
  /// What a fact's value must say to answer, whatever else matches: the unit "How many days
  /// …?" asks for ("4 days", not "3 weeks"), the day "On what date …?" asks for.
  var answers: (Fact) -> Bool = { _ in true }
}

/// What a lookup found: the facts, in document order, and how they bear on the question.
struct FoundFacts {
  /// How the facts found bear on the question.
  enum Bearing: Equatable {
    /// They say what was asked.
    case direct
    /// Nothing describes the subject; these facts describe others by it.
    case aboutOthers
    /// A yes/no question's number is not theirs: they say the same with another number.
    case otherNumber
  }

  /// The facts, in the order of their sentences.
  var facts: [Fact]
  /// How the facts bear on the question.
  var bearing: Bearing
}
