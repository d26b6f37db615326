import ArgumentParser
import DocentKit
import Foundation

/// `docent add FILE…`: copies plain-text documents into the knowledge folder, checked.
struct Add: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Add plain-text documents to the knowledge folder's documents/.",
    discussion: """
      Each file must be UTF-8 text with some words in it; it is named after its file \
      ("Harbor Bridge.txt" becomes harbor-bridge) unless --name says otherwise. The folder is \
      loaded with the new documents before anything is written: on any error nothing changes.
      """)

  @Option(help: "The name answers cite the document by (with one file only).")
  var name: String?

  @OptionGroup var knowledgeOptions: KnowledgeOptions

  @Argument(help: "The plain-text files to add.")
  var files: [String]

  func run() throws {
    let documents: [DocumentAdder.Added]
    do {
      // The progress line ends before anything else is written, on success or failure.
      defer { Terminal.endProgress() }
      documents = try DocumentAdder.add(
        files, name: name, to: knowledgeOptions.path, progress: Terminal.parseProgress)
    } catch {
      Terminal.warn("docent: \(error)")
      throw ExitCode.failure
    }
    for added in documents {
      Terminal.say(
        "Added \(added.name) (from \(added.file)): \(added.sentences) sentences, "
          + "\(added.entities) entities named, \(added.facts) facts.")
    }
  }
}
