/// A place in a knowledge file, for messages a curator can jump to.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file's path as docent was given it.
  public let file: String
  /// The line, from 1.
  public let line: Int
  /// The column, from 1, when known.
  public let column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file:line` without a column.
  public var description: String {
    column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

/// One problem found in the knowledge folder.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  public let location: SourceLocation
  /// What is wrong.
  public let message: String
  /// A likely fix, such as the nearest known name.
  public let suggestion: String?

  public init(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
    self.location = location
    self.message = message
    self.suggestion = suggestion
  }

  /// `file:line:column: error: message (did you mean …?)`, as compilers print it.
  public var description: String {
    let hint = suggestion.map { " (\($0))" } ?? ""
    return "\(location): error: \(message)\(hint)"
  }
}

/// The knowledge folder could not be loaded; every problem found is listed.
public struct KnowledgeLoadError: Error, Sendable, CustomStringConvertible {
  /// Every problem, in file and line order.
  public let diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
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
