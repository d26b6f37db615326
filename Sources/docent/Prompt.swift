import DocentKit
import Foundation

/// The interactive prompt: libedit line editing, history, completion, Ctrl-C and Ctrl-D.
struct Prompt {
  var session: Session
  /// Called with the text of each block as a transcript shows it.
  var record: (String) -> Void = { _ in }

  func run() {
    var session = session
    let knowledge = session.knowledge.base
    let names = knowledge.names
    let commands = Completion.commands
    let editor = LineEditor(historyFile: Terminal.historyFile) { line in
      Completion.candidates(for: line, names: names, commands: commands)
    }
    let color = Terminal.wantsColor
    Terminal.say(banner(knowledge))
    while true {
      switch editor.read(prompt: Transcript.prompt) {
      case .endOfInput:
        Terminal.say("")
        return
      case .interrupted:
        continue
      case .line(let line):
        editor.remember(line)
        let input = line.trimmingCharacters(in: .whitespaces)
        guard !input.isEmpty else { continue }
        let before = session
        let reply = session.respond(to: input)
        // Ctrl-C while the question was being answered: the answer is dropped, the
        // conversation is as it was, and the prompt comes back.
        if editor.interruptedSinceRead {
          session = before
          Terminal.say("^C")
          continue
        }
        record(
          Transcript.block(input: input, output: reply.displayed(format: .text, question: input)))
        if reply.endsSession { return }
        if let output = reply.displayed(format: .text, question: input, color: color) {
          Terminal.say(reply: output + "\n")
        }
      }
    }
  }

  private func banner(_ knowledge: KnowledgeBase) -> String {
    let documents = knowledge.documents.map(\.id).joined(separator: ", ")
    let count = knowledge.documents.count
    return "docent: \(count) document\(count == 1 ? "" : "s") (\(documents)), "
      + "\(knowledge.sentenceCount) sentences, \(knowledge.factCount) facts. "
      + "Type a question, or :help."
  }
}
