/// How closely a sentence must match a question for docent to answer from the sentence alone,
/// when no fact and no clause's roles answer it: the `matching:` section of the grammar's
/// language file, chosen from the curve `docent evaluate --curve` prints.
struct Matching: Sendable, Equatable, Codable {
  /// The share of the question's word weight (each word weighted by how rare it is) a sentence
  /// must hold when the sentence also holds the kind of phrase the question asks for: a time
  /// for "when", a number for "how many", a name for "who".
  var sentence: Double
  /// The share it must hold to answer with what the sentence states, when the question asks
  /// for no such kind of phrase ("What did …?").
  var statement: Double
  /// The share it must hold when every word it lacks is one of the question's verbs (said in
  /// other words: "created" where the sentence says "founded"), and it holds the phrase asked
  /// for. Never above `sentence`.
  var paraphrase: Double
  /// The share it must hold to answer "how many" when it counts the very thing asked about
  /// ("25 organizations" for "How many organizations …?"). Never above `sentence`.
  var count: Double
  /// The share it must hold when all it lacks is one verb of the question, said in no other
  /// words ("signed" where the sentence says the club "moved" him there), for a question that
  /// asks what, which, when or how many, not who, where, why or how: the words around the verb carry
  /// what it asks. Never below `paraphrase`.
  var verb: Double

  init(
    sentence: Double, statement: Double, paraphrase: Double? = nil, count: Double? = nil,
    verb: Double? = nil
  ) {
    self.sentence = sentence
    self.statement = statement
    self.paraphrase = min(paraphrase ?? sentence, sentence)
    self.count = min(count ?? sentence, sentence)
    self.verb = max(verb ?? 1, self.paraphrase)
  }

  /// The values used when the grammar sets none.
  static let standard = Matching(
    sentence: 0.7, statement: 0.9, paraphrase: 0.55, count: 0.5, verb: 0.65)

  /// The keys of the `matching:` section, each with its value.
  static var keys: [(key: String, path: WritableKeyPath<Matching, Double>)] {
    [
      ("sentence", \.sentence), ("statement", \.statement), ("paraphrase", \.paraphrase),
      ("count", \.count), ("verb", \.verb),
    ]
  }
}
