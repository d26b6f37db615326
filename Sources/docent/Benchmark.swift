import ArgumentParser
import DocentKit
import Foundation

/// `docent benchmark`: docent side by side with SQLite FTS5 over the same generated corpora.
struct Benchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure docent against an SQLite FTS5 peer over generated news-like corpora.",
    discussion: """
      For each corpus size it generates news-like documents (people, organisations, places, \
      counts, quotes) with questions whose answering sentence is known, indexes them with \
      docent, and builds the peer: the same sentences in an SQLite FTS5 table, ranked by bm25 \
      (Debian's sqlite3 for the start, Python's sqlite3 module for the questions). Then, in \
      alternating rounds, it runs both as separate processes and reports medians: start to \
      first answer, questions a second through standard input (docent with --format json), \
      per-question latency (p50, p99, timed inside each process), peak memory against the \
      corpus text, and how many questions each answers from the right sentence. The peer \
      always answers with its best sentence; docent declines when no sentence states it.
      """)

  @Option(help: "The corpus sizes, in documents, separated by commas.")
  var documents = "10,100,1000"

  @Option(help: "How many questions each throughput run asks.")
  var questions = 2000

  @Option(help: "How many alternating rounds to take the median of.")
  var rounds = 3

  @Option(help: "Keep the generated corpora in this folder instead of a temporary one.")
  var keep: String?

  func run() throws {
    let sizes = documents.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }), questions > 0, rounds > 0 else {
      throw ValidationError("--documents takes positive numbers; --questions and --rounds too")
    }
    guard let sqlite = ChildProcess.find("sqlite3"), let python = ChildProcess.find("python3")
    else {
      Terminal.warn(
        "docent: the FTS5 peer needs sqlite3 and python3 (make deps installs them)")
      throw ExitCode.failure
    }
    let docent = try Self.ownExecutable()
    let root = URL(
      fileURLWithPath: keep
        ?? FileManager.default.temporaryDirectory.appendingPathComponent(
          "docent-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
        ).path)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }
    Terminal.say(
      "docent against SQLite FTS5 (bm25): medians over \(rounds) alternating round\(rounds == 1 ? "" : "s"), "
        + "\(questions) questions a throughput run.")
    for size in sizes {
      let folder = root.appendingPathComponent("corpus-\(size)")
      let setup = try Setup(size: size, folder: folder, questionCount: questions)
      let indexing = try setup.index(with: docent)
      var measures = Measures()
      for _ in 0..<rounds {
        try measures.add(
          docent: setup.measureDocent(docent), peer: setup.measurePeer(sqlite, python))
      }
      Terminal.say(report(size: size, setup: setup, indexing: indexing, measures))
    }
  }

  /// The running executable's path: the peer and docent run as processes of their own.
  private static func ownExecutable() throws -> String {
    let path = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    return path
  }

  private func report(size: Int, setup: Setup, indexing: ChildProcess.Run, _ measures: Measures)
    -> String
  {
    let docent = measures.docent
    let peer = measures.peer
    let text = Double(setup.corpusBytes)
    func ratio(_ mine: Double, _ theirs: Double) -> String {
      guard mine > 0, theirs > 0 else { return "" }
      return String(format: "%.2fx", mine / theirs)
    }
    let rows: [(String, String, String, String)] = [
      (
        "start to first answer", milliseconds(docent.start), milliseconds(peer.start),
        ratio(docent.start, peer.start)
      ),
      (
        "questions a second", String(format: "%.0f", docent.throughput),
        String(format: "%.0f", peer.throughput),
        ratio(docent.throughput, peer.throughput)
      ),
      (
        "latency p50", microseconds(docent.p50), microseconds(peer.p50),
        ratio(docent.p50, peer.p50)
      ),
      (
        "latency p99", microseconds(docent.p99), microseconds(peer.p99),
        ratio(docent.p99, peer.p99)
      ),
      (
        "peak memory / corpus text", String(format: "%.1fx", docent.memory / text),
        String(format: "%.1fx", peer.memory / text), ratio(docent.memory, peer.memory)
      ),
      (
        "answered from the right sentence", "\(docent.right) of \(setup.asked)",
        "\(peer.right) of \(setup.asked)", ""
      ),
    ]
    var lines = [
      "",
      "\(size) documents, \(setup.sentences) sentences, "
        + (text >= 1_000_000
          ? String(format: "%.1f MB", text / 1_000_000) : String(format: "%.0f KB", text / 1000))
        + " of text; docent indexed them in "
        + String(format: "%.2f s", indexing.seconds) + " ("
        + String(format: "%.0f", Double(setup.sentences) / max(indexing.seconds, 1e-6))
        + " sentences a second), the peer in "
        + String(format: "%.2f s", peer.indexing),
      pad("measure", 34) + pad("docent", 14) + pad("FTS5 peer", 14) + "docent/peer",
    ]
    for row in rows {
      lines.append(pad(row.0, 34) + pad(row.1, 14) + pad(row.2, 14) + row.3)
    }
    return lines.joined(separator: "\n")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private func milliseconds(_ seconds: Double) -> String {
    String(format: "%.1f ms", seconds * 1000)
  }

  private func microseconds(_ seconds: Double) -> String {
    String(format: "%.0f µs", seconds * 1_000_000)
  }
}

/// One corpus written out for both sides: docent's knowledge folder, the peer's sentences and
/// the questions.
private struct Setup {
  let folder: URL
  let knowledge: URL
  let sentences: Int
  let corpusBytes: Int
  /// How many questions a throughput run asks.
  let asked: Int
  private let questionsFile: URL
  private let expectedFile: URL
  private let peerSQL: URL
  private let peerScript: URL
  private let firstQuestion: String

  init(size: Int, folder: URL, questionCount: Int) throws {
    self.folder = folder
    knowledge = folder.appendingPathComponent("Knowledge")
    let manager = FileManager.default
    try? manager.removeItem(at: folder)
    let documents = knowledge.appendingPathComponent("documents")
    try manager.createDirectory(at: documents, withIntermediateDirectories: true)
    let bundled = URL(fileURLWithPath: KnowledgeLocation.resolve(option: nil))
    for item in ["relations.yaml", "grammar"] {
      try manager.copyItem(
        at: bundled.appendingPathComponent(item), to: knowledge.appendingPathComponent(item))
    }
    let corpus = GeneratedCorpus(documents: size)
    var rows: [String] = []
    var bytes = 0
    for document in corpus.documents {
      try document.text.write(
        to: documents.appendingPathComponent("\(document.id).txt"), atomically: true,
        encoding: .utf8)
      bytes += document.text.utf8.count
      for (number, line) in document.text.split(separator: "\n").enumerated() {
        rows.append("\(document.id)\t\(number + 1)\t\(line)")
      }
    }
    sentences = rows.count
    corpusBytes = bytes
    let picked = (0..<questionCount).map { corpus.questions[$0 % corpus.questions.count] }
    asked = picked.count
    firstQuestion = picked[0].text
    questionsFile = folder.appendingPathComponent("questions.txt")
    try (picked.map(\.text).joined(separator: "\n") + "\n").write(
      to: questionsFile, atomically: true, encoding: .utf8)
    expectedFile = folder.appendingPathComponent("expected.tsv")
    try (picked.map { "\($0.document)\t\($0.sentence)" }.joined(separator: "\n") + "\n").write(
      to: expectedFile, atomically: true, encoding: .utf8)
    let sentencesFile = folder.appendingPathComponent("sentences.tsv")
    try (rows.joined(separator: "\n") + "\n").write(
      to: sentencesFile, atomically: true, encoding: .utf8)
    // The sqlite3 shell's start: build the index in memory and answer one question.
    peerSQL = folder.appendingPathComponent("first.sql")
    try """
    CREATE VIRTUAL TABLE s USING fts5(doc UNINDEXED, n UNINDEXED, t);
    .mode tabs
    .import \(sentencesFile.path) s
    SELECT doc, n FROM s WHERE s MATCH \(Self.sqlQuoted(Self.matchQuery(firstQuestion))) ORDER BY bm25(s) LIMIT 1;

    """.write(to: peerSQL, atomically: true, encoding: .utf8)
    peerScript = folder.appendingPathComponent("peer.py")
    try Self.peerProgram.write(to: peerScript, atomically: true, encoding: .utf8)
  }

  /// `docent index` on the corpus, from nothing.
  func index(with docent: String) throws -> ChildProcess.Run {
    let run = try ChildProcess.run(
      docent, ["index", "--rebuild", "--knowledge", knowledge.path], input: nil,
      output: folder.appendingPathComponent("index.out").path)
    guard run.status == 0 else {
      throw ChildProcessError(message: "docent index failed on \(knowledge.path)")
    }
    return run
  }

  /// docent's start, throughput, latency, memory and right answers.
  func measureDocent(_ docent: String) throws -> Measures.Side {
    let first = try ChildProcess.run(
      docent, ["--knowledge", knowledge.path, firstQuestion], input: nil,
      output: folder.appendingPathComponent("first.out").path)
    let output = folder.appendingPathComponent("docent.jsonl")
    let all = try ChildProcess.run(
      docent, ["--knowledge", knowledge.path, "--format", "json"], input: questionsFile.path,
      output: output.path)
    let expected = try Self.expected(expectedFile)
    let replies = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
    var right = 0
    for (reply, want) in zip(replies, expected) {
      guard let data = reply.data(using: .utf8),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let citations = object["citations"] as? [[String: Any]]
      else { continue }
      if citations.contains(where: {
        $0["document"] as? String == want.document && $0["sentence"] as? Int == want.sentence
      }) {
        right += 1
      }
    }
    let latencies = try measureDocentLatency()
    return Measures.Side(
      start: first.seconds,
      throughput: Double(asked) / max(all.seconds - first.seconds, 1e-6),
      p50: latencies.p50, p99: latencies.p99, memory: Double(all.peakMemory), right: right,
      indexing: 0)
  }

  /// Each question timed inside one process, in a fresh session: the load is not counted.
  private func measureDocentLatency() throws -> (p50: Double, p99: Double) {
    let knowledge = try KnowledgeLoader.load(from: self.knowledge.path)
    let lines = try String(contentsOf: questionsFile, encoding: .utf8).split(separator: "\n")
    let clock = ContinuousClock()
    var times: [Double] = []
    for line in lines {
      var session = Session(knowledge: knowledge)
      let question = String(line)
      times.append(clock.measure { _ = session.respond(to: question) } / .seconds(1))
    }
    times.sort()
    return (times[times.count / 2], times[min(times.count - 1, times.count * 99 / 100)])
  }

  /// The peer's start (the sqlite3 shell), then its throughput, latency, memory and right
  /// answers (the Python program).
  func measurePeer(_ sqlite: String, _ python: String) throws -> Measures.Side {
    let first = try ChildProcess.run(
      sqlite, [":memory:"], input: peerSQL.path,
      output: folder.appendingPathComponent("peer-first.out").path)
    let output = folder.appendingPathComponent("peer.out")
    let all = try ChildProcess.run(
      python,
      [
        peerScript.path, folder.appendingPathComponent("sentences.tsv").path,
        questionsFile.path, expectedFile.path,
      ], input: nil, output: output.path)
    let fields = try String(contentsOf: output, encoding: .utf8)
      .split(whereSeparator: \.isWhitespace)
    guard all.status == 0, fields.count == 5, let right = Int(fields[0]),
      let built = Double(fields[1]), let answering = Double(fields[2]),
      let p50 = Double(fields[3]), let p99 = Double(fields[4])
    else {
      throw ChildProcessError(message: "the FTS5 peer failed (see \(output.path))")
    }
    return Measures.Side(
      start: first.seconds, throughput: Double(asked) / max(answering, 1e-6), p50: p50,
      p99: p99, memory: Double(all.peakMemory), right: right, indexing: built)
  }

  private static func expected(_ file: URL) throws -> [(document: String, sentence: Int)] {
    try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
      let fields = line.split(separator: "\t")
      return (String(fields[0]), Int(fields[1]) ?? 0)
    }
  }

  /// The question's words, each quoted, any of which a sentence may match (bm25 ranks them).
  static func matchQuery(_ question: String) -> String {
    question.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
      .joined(separator: " OR ")
  }

  static func sqlQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// The peer: builds the FTS5 index in memory, answers every question with the best bm25
  /// sentence, each timed, and prints: right answers, seconds building, seconds answering,
  /// p50 and p99 in seconds.
  static let peerProgram = """
    import re, sqlite3, sys, time
    sentences, questions, expected = sys.argv[1:4]
    start = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE s USING fts5(doc UNINDEXED, n UNINDEXED, t)")
    with open(sentences, encoding="utf-8") as f:
        db.executemany("INSERT INTO s VALUES (?, ?, ?)",
                       (line.rstrip("\\n").split("\\t", 2) for line in f))
    built = time.perf_counter() - start
    want = [tuple(l.rstrip("\\n").split("\\t")) for l in open(expected, encoding="utf-8")]
    right, times = 0, []
    answering = time.perf_counter()
    for line, (doc, n) in zip(open(questions, encoding="utf-8"), want):
        t = time.perf_counter()
        query = " OR ".join('"%s"' % w for w in re.findall(r"\\w+", line))
        row = db.execute("SELECT doc, n FROM s WHERE s MATCH ? ORDER BY bm25(s) LIMIT 1",
                         (query,)).fetchone()
        times.append(time.perf_counter() - t)
        if row and row[0] == doc and str(row[1]) == n:
            right += 1
    answering = time.perf_counter() - answering
    times.sort()
    print(right, built, answering, times[len(times) // 2],
          times[min(len(times) - 1, len(times) * 99 // 100)])

    """
}

/// The measures of every round, for medians.
private struct Measures {
  struct Side {
    var start: Double
    var throughput: Double
    var p50: Double
    var p99: Double
    var memory: Double
    var right: Int
    /// The peer's time to build its index (docent's is measured once, by `docent index`).
    var indexing: Double
  }

  private(set) var docentRounds: [Side] = []
  private(set) var peerRounds: [Side] = []

  mutating func add(docent: Side, peer: Side) {
    docentRounds.append(docent)
    peerRounds.append(peer)
  }

  /// The median of each of docent's measures over the rounds, and of the peer's.
  var docent: Side { Self.median(docentRounds) }
  var peer: Side { Self.median(peerRounds) }

  private static func median(_ rounds: [Side]) -> Side {
    func middle<Value: Comparable>(_ values: [Value]) -> Value { values.sorted()[values.count / 2] }
    return Side(
      start: middle(rounds.map(\.start)), throughput: middle(rounds.map(\.throughput)),
      p50: middle(rounds.map(\.p50)), p99: middle(rounds.map(\.p99)),
      memory: middle(rounds.map(\.memory)), right: middle(rounds.map(\.right)),
      indexing: middle(rounds.map(\.indexing)))
  }
}
