import ArgumentParser
import DocentKit
import Foundation

/// `docent benchmark`: load time and per-question time over a growing number of documents.
struct Benchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure load and question time with many documents (synthetic copies).",
    discussion: """
      Copies the documents of the knowledge folder N times into a temporary knowledge folder,
      with every capitalised word made unique to its copy, so each copy brings new names. The
      copies are not curated: they are answered from what the text itself says. Then it loads
      the folder and times each question of a fixed set, asked in a fresh session.
      """)

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Option(help: "How many copies of the documents to add.")
  var copies = 1000

  @Option(help: "How many times to ask each question.")
  var rounds = 20

  func run() throws {
    let source = try knowledgeOptions.load()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("docent-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeCorpus(from: source.base, to: folder)

    let clock = ContinuousClock()
    var knowledge: LoadedKnowledge?
    let loading = try clock.measure {
      knowledge = try KnowledgeLoader.load(from: folder.path)
    }
    guard let knowledge else { return }
    let questions = [
      "Who is Dimitri Diliani?", "who leads the PLO", "How many factions are meeting in Cairo?",
      "Is Hamas part of the PLO?", "What did Daraghmeh say?", "Who funds the Peace Board?",
      "When did the council vote?", "Who is Maria Okafor?", "Who is Benjamin Netanyahu?",
      "why is hamas willing to work with its rivals",
    ]
    var times: [Duration] = []
    var slowest: (question: String, time: Duration)?
    for _ in 0..<rounds {
      for question in questions {
        var session = Session(knowledge: knowledge)
        let time = clock.measure { _ = session.respond(to: question) }
        times.append(time)
        if time > (slowest?.time ?? .zero) { slowest = (question, time) }
      }
    }
    times.sort()
    let facts = knowledge.base.factCount
    let sentences = knowledge.base.sentenceCount
    Terminal.say(
      """
      documents: \(knowledge.base.documents.count), sentences: \(sentences), facts: \(facts), \
      entities: \(knowledge.base.entityCount)
      load: \(format(loading))
      question (\(times.count) asked): median \(format(times[times.count / 2])), \
      95th percentile \(format(times[times.count * 95 / 100])), slowest \(format(times.last!)) \
      (“\(slowest?.question ?? "")”)
      """)
  }

  /// The knowledge folder with `copies` uncurated copies of each document added.
  private func writeCorpus(from source: KnowledgeBase, to folder: URL) throws {
    let original = URL(fileURLWithPath: knowledgeOptions.path)
    try FileManager.default.copyItem(at: original, to: folder)
    let documents = folder.appendingPathComponent("documents")
    for copy in 0..<copies {
      for document in source.documents {
        let text = Self.renamingNames(in: document.text, copy: copy)
        try text.write(
          to: documents.appendingPathComponent("\(document.id)-copy\(copy).txt"),
          atomically: false, encoding: .utf8)
      }
    }
  }

  /// The text with every capitalised word after the first of its sentence given a suffix
  /// unique to the copy: "Maria Okafor" becomes "Mariaqb Okaforqb".
  static func renamingNames(in text: String, copy: Int) -> String {
    let suffix = String(copy, radix: 26).map { character -> Character in
      let value = Int(String(character), radix: 26) ?? 0
      return Character(UnicodeScalar(UInt8(97 + value)))
    }
    var result = ""
    var word = ""
    var sentenceStart = true
    func flush() {
      if let first = word.first, first.isUppercase, !sentenceStart, word.count > 1 {
        result += word + String(suffix)
      } else {
        result += word
      }
      if !word.isEmpty { sentenceStart = false }
      word = ""
    }
    for character in text {
      if character.isLetter {
        word.append(character)
      } else {
        flush()
        result.append(character)
        if ".!?\n".contains(character) { sentenceStart = true }
      }
    }
    flush()
    return result
  }

  private func format(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return milliseconds >= 1000
      ? String(format: "%.2f s", milliseconds / 1000) : String(format: "%.2f ms", milliseconds)
  }
}
