/// A recorded conversation: each input with the exact output it must produce.
///
/// The format is what a terminal shows. A line starting with the prompt `docent> ` is an input;
/// the lines up to the next input are its expected output. Lines before the first input are the
/// header: `#` comments and directives (`# knowledge: PATH`, relative to the transcript's
/// folder; `# format: json`). In expected output, trailing white space and trailing blank lines
/// never matter, a line that is exactly `...` matches any number of lines, and `[..]` matches
/// any run of characters within a line.
public struct Transcript: Sendable {
  /// The prompt that marks an input line.
  public static let prompt = "docent> "

  /// One input and the output expected for it.
  struct Block: Sendable {
    /// The input: a question or a `:command`.
    var input: String
    /// The line of the file the input stands on, from 1.
    var line: Int
    /// The lines after the input up to the next input, verbatim.
    var body: [String]

    /// The expected output: the body without trailing white space and trailing blank lines.
    var expected: [String] {
      var lines = body.map { $0.trimmingTrailingWhitespace() }
      while lines.last?.isEmpty == true { lines.removeLast() }
      return lines
    }
  }

  /// The lines before the first input.
  var header: [String]
  /// The inputs with their expected output, in order.
  var blocks: [Block]
  /// How the file ends its lines: "\r\n" when most of its lines end so, which an update keeps.
  var lineEnd = "\n"

  /// Parses a transcript's text; lines end with "\n" or "\r\n".
  init(parsing text: String) {
    var lines = text.linesEndedEitherWay.map(String.init)
    let windowsEnds = text.count { $0 == "\r\n" }
    if windowsEnds > text.count(where: { $0 == "\n" }) { lineEnd = "\r\n" }
    if lines.last == "" { lines.removeLast() }
    var header: [String] = []
    var blocks: [Block] = []
    for (index, line) in lines.enumerated() {
      if line.hasPrefix(Self.prompt) || line == Self.prompt.trimmingTrailingWhitespace() {
        let input = String(line.dropFirst(Self.prompt.count))
        blocks.append(Block(input: input, line: index + 1, body: []))
      } else if blocks.isEmpty {
        header.append(line)
      } else {
        blocks[blocks.count - 1].body.append(line)
      }
    }
    self.header = header
    self.blocks = blocks
  }

  /// The value of a header directive `# NAME: value`, if present.
  func directive(_ name: String) -> String? {
    for line in header {
      let text = line.drop { $0 == "#" || $0 == " " }
      if text.lowercased().hasPrefix(name + ":") {
        return text.dropFirst(name.count + 1).trimmingWhitespace()
      }
    }
    return nil
  }

  /// The transcript as text, exactly as parsed (or as updated).
  var text: String {
    var lines = header
    for block in blocks {
      lines.append(Self.prompt + block.input)
      lines.append(contentsOf: block.body)
    }
    return lines.map { $0 + lineEnd }.joined()
  }

  /// The text of one block as docent prints it: the input line, the reply, a blank line.
  public static func block(input: String, output: String?) -> String {
    prompt + input + "\n" + (output.map { $0 + "\n\n" } ?? "")
  }
}
