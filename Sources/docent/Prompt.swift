import DocentKit
import Foundation

/// The interactive prompt: libedit line editing, history, completion, Ctrl-C and Ctrl-D.
struct Prompt {
  /// The prompt text, also the input marker of transcripts.
  static let text = "docent> "

  var session: Session

  func run() {
    var session = session
    let knowledge = session.knowledge
    let names = knowledge.names
    let commands = Completion.commands
    let editor = LineEditor(historyFile: Terminal.historyFile) { line in
      Completion.candidates(for: line, names: names, commands: commands)
    }
    let color = Terminal.wantsColor
    Terminal.say(banner(knowledge))
    while true {
      switch editor.read(prompt: Self.text) {
      case .endOfInput:
        Terminal.say("")
        editor.save()
        return
      case .interrupted:
        continue
      case .line(let line):
        editor.remember(line)
        guard !line.allSatisfy(\.isWhitespace) else { continue }
        let reply = session.respond(to: line)
        if reply.endsSession {
          editor.save()
          return
        }
        Terminal.say(reply.text(color: color))
        Terminal.say("")
      }
    }
  }

  private func banner(_ knowledge: KnowledgeBase) -> String {
    let documents = knowledge.documents.map(\.id).joined(separator: ", ")
    let count = knowledge.documents.count
    return "docent: \(count) document\(count == 1 ? "" : "s") (\(documents)), "
      + "\(knowledge.sentenceCount) sentences, \(knowledge.facts.count) facts. "
      + "Type a question, or :help."
  }
}
