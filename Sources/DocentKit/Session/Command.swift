/// The `:commands` docent understands at the prompt and on stdin.
enum Command: String, CaseIterable {
  case help, sources, show, why, context, reset, quit

  /// The usage line `:help` prints for the command.
  var usage: String {
    switch self {
    case .help: ":help            what docent can do"
    case .sources: ":sources         the documents, with their sentence and fact counts"
    case .show: ":show DOC N      sentence N of document DOC, with its neighbours"
    case .why: ":why             how the last answer was reached"
    case .context: ":context         what “he”, “it”, “they” and “there” refer to now"
    case .reset: ":reset           forget the conversation so far"
    case .quit: ":quit            leave docent (Ctrl-D on an empty line does the same)"
    }
  }

  /// Every command as typed, for completion: `:help`, `:sources`, ...
  static var spellings: [String] { allCases.map { ":" + $0.rawValue } }

  /// Runs the command line `line` (which starts with a colon).
  static func run(_ line: String, in session: inout Session) -> Reply {
    let knowledge = session.knowledge
    let words = line.dropFirst().split(whereSeparator: \.isWhitespace).map(String.init)
    let name = words.first?.lowercased() ?? ""
    guard let command = Command(rawValue: name) ?? (name == "q" || name == "exit" ? .quit : nil)
    else {
      let hint = nearest(to: name, in: allCases.map(\.rawValue)).map { " Did you mean :\($0)?" }
      return .error("Unknown command ':\(name)'.\(hint ?? " Type :help for the list.")")
    }
    let arguments = Array(words.dropFirst())
    switch command {
    case .help:
      return .command(help(knowledge))
    case .sources:
      return .command(sources(knowledge.base))
    case .show:
      return show(arguments, knowledge: knowledge.base)
    case .why:
      return .command(session.lastExplanation?.text(knowledge) ?? "No question has been asked yet.")
    case .context:
      return .command(session.context.summary(knowledge: knowledge.base))
    case .reset:
      session.reset()
      return .command("The conversation is cleared.")
    case .quit:
      return .quit
    }
  }

  private static func help(_ knowledge: LoadedKnowledge) -> String {
    var seen = Set<String>()
    let examples = knowledge.examples.filter { seen.insert($0.intent).inserted }.prefix(8).map {
      "  " + $0.question
    }
    return """
      Ask a question about the documents in plain English, for example:
      \(examples.joined(separator: "\n"))
      Every answer cites the sentence it comes from; when the documents don't say, docent says so.
      Commands:
      \(allCases.map { "  " + $0.usage }.joined(separator: "\n"))
      """
  }

  private static func sources(_ knowledge: KnowledgeBase) -> String {
    knowledge.documents.map { document in
      let sentences = document.sentences.count
      let facts = knowledge.factCount(in: document.id)
      return "\(document.id): \(sentences) sentence\(sentences == 1 ? "" : "s"), "
        + "\(facts) fact\(facts == 1 ? "" : "s")"
    }.joined(separator: "\n")
  }

  private static func show(_ arguments: [String], knowledge: KnowledgeBase) -> Reply {
    guard arguments.count == 2, let number = Int(arguments[1]) else {
      return .error("Usage: :show DOC N, for example :show \(knowledge.documents[0].id) 1")
    }
    guard let document = knowledge.document(arguments[0]) else {
      let hint = nearest(to: arguments[0], in: knowledge.documents.map(\.id)).map {
        " Did you mean \($0)?"
      }
      return .error(
        "No document called '\(arguments[0])'.\(hint ?? " Type :sources for the list.")")
    }
    guard let sentence = document.sentence(number) else {
      return .error("\(document.id) has sentences 1 to \(document.sentences.count).")
    }
    let heading = sentence.heading.map { " (under “\($0)”)" } ?? ""
    let width = String(min(number + 1, document.sentences.count)).count
    let lines = [number - 1, number, number + 1].compactMap(document.sentence).map { neighbour in
      let marker = neighbour.number == number ? ">" : " "
      let label = String(neighbour.number).padding(toLength: width)
      return "  \(marker) \(label)  \(neighbour.text.onOneLine)"
    }
    return .command(
      (["\(document.id), sentence \(number)\(heading):"] + lines).joined(separator: "\n"))
  }
}

extension String {
  /// The string padded with spaces on the right to `length` characters.
  fileprivate func padding(toLength length: Int) -> String {
    self + String(repeating: " ", count: max(0, length - count))
  }
}
