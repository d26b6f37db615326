/// Completion of names and commands at the prompt, as whole-line replacements.
public enum Completion {
  /// The full lines `line` may be completed to: a command, or a name whose beginning the line
  /// ends with ("Who is Dim" → "Who is Dimitri Diliani"). Case is ignored; results are sorted.
  public static func candidates(for line: String, names: [String], commands: [String]) -> [String] {
    if line.hasPrefix(":") {
      return commands.filter { $0.hasPrefix(line.lowercased()) }.sorted()
    }
    var results = Set<String>()
    // Try every word start as the start of the name being typed.
    let starts =
      [line.startIndex]
      + line.indices.filter { index in
        index > line.startIndex && line[line.index(before: index)].isWhitespace
          && !line[index].isWhitespace
      }
    for start in starts where start < line.endIndex {
      let typed = line[start...]
      let typedLower = typed.lowercased()
      // A name holding a control character is never offered: the line editor would show it raw.
      for name in names where !name.unicodeScalars.contains(where: TerminalText.isUnsafe) {
        // "the Palestinian Authority" completes from "Pal" as well as from "the Pal".
        let lower = name.lowercased()
        let bare = lower.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        for form in Set([name, bare])
        where form.lowercased().hasPrefix(typedLower) && form.count > typed.count {
          results.insert(String(line[..<start]) + form)
        }
      }
    }
    return results.sorted()
  }

  /// The commands as typed at the prompt.
  public static var commands: [String] { Command.spellings }
}
