/// Scores docent against questions whose right outcome is known: a blind test set written by
/// someone who never read the grammar (`Tests/Evaluation/questions.tsv`).
public struct Evaluation: Sendable {
  /// One question of the set, with what a right reply looks like.
  public struct Case: Sendable {
    let document: String
    let question: String
    /// `answer`, `yes`, `no` or `unstated`.
    let expected: String
    /// The sentences a right answer may cite.
    let sentences: Set<Int>
  }

  /// How docent's reply to a case came out.
  enum Verdict: String, Sendable, CaseIterable {
    /// Answered, citing one of the expected sentences (and with the right yes or no).
    case right
    /// Refused a question the documents do not answer.
    case rightRefusal = "right refusal"
    /// Refused a question the documents answer.
    case missed
    /// Answered, but from the wrong sentence, with the wrong yes/no, or when the documents
    /// don't say: the one outcome users must never see.
    case wrong
  }

  let results: [(Case, Reply, Verdict)]

  /// The outcomes a case may expect.
  static let expectations = ["answer", "yes", "no", "unstated"]

  /// Parses a TSV set: a header, then `document, question, expected, sentences, note`; blank
  /// lines are skipped. A malformed row is an error at `path:line`, never dropped or guessed.
  public static func cases(fromTSV text: String, path: String) throws(EvaluationSetError)
    -> [Case]
  {
    var cases: [Case] = []
    var problems: [String] = []
    let lines = text.linesEndedEitherWay
    for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
      let place = "\(path):\(index + 1)"
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3 else {
        problems.append("\(place): expected document, question and expected outcome, tab-separated")
        continue
      }
      let expected = fields[2].trimmingWhitespace()
      guard expectations.contains(expected) else {
        problems.append(
          "\(place): unknown outcome '\(expected)'; use \(expectations.joined(separator: ", "))")
        continue
      }
      guard !fields[0].trimmingWhitespace().isEmpty, !fields[1].trimmingWhitespace().isEmpty else {
        problems.append("\(place): the document and the question must not be empty")
        continue
      }
      let listed =
        fields.count > 3 ? fields[3].split(separator: ",").map { $0.trimmingWhitespace() } : []
      let sentences = listed.compactMap { Int($0) }.filter { $0 > 0 }
      guard sentences.count == listed.count, expected == "unstated" || !sentences.isEmpty else {
        problems.append(
          "\(place): the sentences must be numbers from 1, separated by commas"
            + (expected == "unstated" ? "" : ", and an answer needs at least one"))
        continue
      }
      cases.append(
        Case(
          document: fields[0], question: fields[1], expected: expected, sentences: Set(sentences)))
    }
    guard problems.isEmpty else { throw EvaluationSetError(problems: problems) }
    return cases
  }

  /// Asks the cases in order, as one conversation about each document (a follow-up's "he" is
  /// the person the question before it asked about), and judges each reply.
  public init(cases: [Case], knowledge: LoadedKnowledge) {
    var session = Session(knowledge: knowledge)
    var document: String?
    results = cases.map { item in
      if item.document != document {
        session = Session(knowledge: knowledge)
        document = item.document
      }
      let reply = session.respond(to: item.question)
      return (item, reply, Self.judge(item, reply))
    }
  }

  static func judge(_ item: Case, _ reply: Reply) -> Verdict {
    guard reply.status == .answered else {
      return item.expected == "unstated" ? .rightRefusal : .missed
    }
    guard item.expected != "unstated" else { return .wrong }
    let cited = reply.citations.contains {
      $0.document == item.document && item.sentences.contains($0.sentence)
    }
    guard cited else { return .wrong }
    // "(Taking “colector” as “collector”.)" notes a correction before the answer itself.
    let answer = Reply.withoutNotes(reply.answer)
    switch item.expected {
    case "yes": return answer.hasPrefix("Yes") ? .right : .wrong
    case "no": return answer.hasPrefix("No") ? .right : .wrong
    default: return .right
    }
  }

  /// The report: counts by expected kind and verdict, then every case that was not right.
  public func report(verbose: Bool) -> String {
    var lines: [String] = []
    let kinds = ["answer", "yes", "no", "unstated"]
    for kind in kinds {
      let rows = results.filter { $0.0.expected == kind }
      guard !rows.isEmpty else { continue }
      let counts = Verdict.allCases.compactMap { verdict -> String? in
        let count = rows.count { $0.2 == verdict }
        return count == 0 ? nil : "\(count) \(verdict.rawValue)"
      }
      lines.append("\(kind): \(rows.count) questions: \(counts.joined(separator: ", "))")
    }
    let right = results.count { $0.2 == .right || $0.2 == .rightRefusal }
    let wrong = results.count { $0.2 == .wrong }
    let answered = results.count { $0.1.status == .answered }
    lines.append(
      "overall: \(right) of \(results.count) right (\(percent(right, results.count))); "
        + "\(wrong) wrong answers of \(answered) given (precision \(percent(answered - wrong, answered)))"
    )
    if verbose {
      for (item, reply, verdict) in results where verdict == .wrong || verdict == .missed {
        let cited = reply.citations.map { "\($0.document):\($0.sentence)" }.joined(separator: " ")
        let expected = item.sentences.sorted().map(String.init).joined(separator: ",")
        lines.append(
          "\(verdict.rawValue.uppercased()): \(item.question) [expected \(item.expected) \(expected)] → "
            + "\(reply.answer.split(separator: "\n").first { !$0.hasPrefix("(Taking") } ?? "") [\(cited)]"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  private func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "n/a" : "\(Int((Double(part) / Double(whole) * 100).rounded()))%"
  }

  /// How the answers change with the matching thresholds: for each threshold, how many
  /// answerable questions are answered right, how many answers are wrong and how many
  /// unanswerable questions are declined. First the sentence threshold varies (the statement
  /// threshold never below it, the paraphrase one never above), then the statement threshold,
  /// then the paraphrase threshold, then the count threshold, then the verb threshold (the
  /// others as set).
  public static func curve(cases: [Case], knowledge: LoadedKnowledge) -> String {
    let set = knowledge.grammar.matching
    let steps = stride(from: 40, through: 100, by: 5).map { Double($0) / 100 }
    let answerable = cases.count { $0.expected != "unstated" }
    let unstated = cases.count - answerable
    var lines = [
      "\(cases.count) questions: \(answerable) answerable, \(unstated) not stated in the documents.",
      "Set now: sentence \(format(set.sentence)), statement \(format(set.statement)), "
        + "paraphrase \(format(set.paraphrase)), count \(format(set.count)), "
        + "verb \(format(set.verb)).",
    ]
    for varying in ["sentence", "statement", "paraphrase", "count", "verb"] {
      lines.append("")
      lines.append("\(varying)  right  wrong  declined  precision  recall")
      for step in steps {
        let matching =
          switch varying {
          case "sentence":
            Matching(
              sentence: step, statement: max(step, set.statement),
              paraphrase: min(step, set.paraphrase), count: min(step, set.count), verb: set.verb)
          case "statement":
            Matching(
              sentence: set.sentence, statement: step, paraphrase: set.paraphrase,
              count: set.count, verb: set.verb)
          case "paraphrase":
            Matching(
              sentence: set.sentence, statement: set.statement, paraphrase: step,
              count: set.count, verb: set.verb)
          case "count":
            Matching(
              sentence: set.sentence, statement: set.statement, paraphrase: set.paraphrase,
              count: step, verb: set.verb)
          default:
            Matching(
              sentence: set.sentence, statement: set.statement, paraphrase: set.paraphrase,
              count: set.count, verb: step)
          }
        let run = Evaluation(cases: cases, knowledge: knowledge.with(matching))
        let right = run.results.count { $0.2 == .right }
        let wrong = run.results.count { $0.2 == .wrong }
        let declined = run.results.count { $0.2 == .rightRefusal }
        let answered = run.results.count { $0.1.status == .answered }
        let precision = answered == 0 ? "n/a" : format(Double(answered - wrong) / Double(answered))
        let recall = answerable == 0 ? "n/a" : format(Double(right) / Double(answerable))
        let marker =
          [
            ("sentence", set.sentence), ("statement", set.statement),
            ("paraphrase", set.paraphrase), ("count", set.count), ("verb", set.verb),
          ]
          .contains { $0 == (varying, step) } ? " <" : ""
        lines.append(
          format(step).padding(toLength: varying.count, withPad: " ", startingAt: 0)
            + "  \(pad(right, 5))  \(pad(wrong, 5))  \(pad(declined, 8))  "
            + precision.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + recall + marker)
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func format(_ value: Double) -> String {
    String(format: "%.2f", value)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: " ", count: max(0, width - text.count)) + text
  }
}

/// An evaluation set with malformed rows: each problem as `path:line: message`.
public struct EvaluationSetError: Error, Sendable, CustomStringConvertible {
  public let problems: [String]
  public var description: String { problems.joined(separator: "\n") }
}
