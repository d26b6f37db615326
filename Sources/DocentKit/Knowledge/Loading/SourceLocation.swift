/// A place in a knowledge file, for messages a curator can jump to.
struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file's path as docent was given it.
  let file: String
  /// The line, from 1.
  let line: Int
  /// The column, from 1, when known.
  let column: Int?

  init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file:line` without a column.
  var description: String {
    column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

/// One problem found in the knowledge folder.
struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  let location: SourceLocation
  /// What is wrong.
  let message: String
  /// A likely fix, such as the nearest known name.
  let suggestion: String?

  init(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
    self.location = location
    self.message = message
    self.suggestion = suggestion
  }

  /// `file:line:column: error: message (did you mean …?)`, as compilers print it.
  var description: String {
    let hint = suggestion.map { " (\($0))" } ?? ""
    return "\(location): error: \(message)\(hint)"
  }
}

/// The knowledge folder could not be loaded; every problem found is listed.
public struct KnowledgeLoadError: Error, Sendable, CustomStringConvertible {
  /// Every problem, in file and line order.
  let diagnostics: [Diagnostic]

  init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      if x.file != y.file { return x.file < y.file }
      if x.line != y.line { return x.line < y.line }
      if x.column != y.column { return (x.column ?? 0) < (y.column ?? 0) }
      return a.offset < b.offset
    }.map(\.element)
  }

  public var description: String {
    let count = diagnostics.count
    let summary =
      "\(count) problem\(count == 1 ? "" : "s") in the knowledge folder; nothing was loaded."
    return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
  }
}
