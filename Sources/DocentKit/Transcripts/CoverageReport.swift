/// Which sentences transcript answers cite, and how many transcript inputs reached each intent.
public struct CoverageReport: Sendable {
  /// Per document, the numbers of its sentences cited by at least one answer.
  let cited: [(document: Document, sentences: Set<Int>)]
  /// Per intent, how many inputs reached it, in the grammar's order.
  let intents: [(intent: String, count: Int)]

  /// The coverage of `replies` (every reply of every transcript) over `knowledge`.
  public init(knowledge: LoadedKnowledge, replies: [Reply]) {
    var cited: [String: Set<Int>] = [:]
    var reached: [String: Int] = [:]
    for reply in replies {
      // Every cited sentence counts, also one cited to show the documents leave a question open.
      for citation in reply.citations {
        cited[citation.document, default: []].insert(citation.sentence)
      }
      if let intent = reply.intent {
        reached[intent, default: 0] += 1
      }
    }
    self.cited = knowledge.base.documents.map { ($0, cited[$0.id] ?? []) }
    self.intents = knowledge.grammar.intents.map { ($0.id, reached[$0.id] ?? 0) }
  }

  /// The intents no transcript input reached.
  public var unreachedIntents: [String] {
    intents.filter { $0.count == 0 }.map(\.intent)
  }

  /// The report as printed by `docent coverage`.
  public var text: String {
    var lines = ["Sentences cited by transcript answers:"]
    for (document, sentences) in cited {
      let total = document.sentences.count
      let missing = (1...max(total, 1)).filter { !sentences.contains($0) && $0 <= total }
      var line = "  \(document.id): \(sentences.count) of \(total) cited"
      if !missing.isEmpty {
        line += "; not cited: " + missing.map(String.init).joined(separator: ", ")
      }
      lines.append(line)
    }
    lines.append("Intents reached by transcript inputs:")
    for (intent, count) in intents {
      lines.append("  \(intent): \(count)\(count == 0 ? "  (never reached)" : "")")
    }
    return lines.joined(separator: "\n")
  }
}
