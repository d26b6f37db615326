/// A place in a knowledge file, for messages a curator can jump to.
struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
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
  /// The part of the knowledge this problem leaves unread, so that what refers to it fails too.
  var breaks: KnowledgePart?
  /// The part of the knowledge this problem refers to: when that part is broken, this problem
  /// follows from it and is counted, not listed.
  var dependsOn: KnowledgePart?

  init(
    _ location: SourceLocation, _ message: String, suggestion: String? = nil,
    breaks: KnowledgePart? = nil, dependsOn: KnowledgePart? = nil
  ) {
    self.location = location
    self.message = message
    self.suggestion = suggestion
    self.breaks = breaks
    self.dependsOn = dependsOn
  }

  /// `file:line:column: error: message (did you mean …?)`, as compilers print it.
  var description: String {
    let hint = suggestion.map { " (\($0))" } ?? ""
    return "\(location): error: \(message)\(hint)"
  }
}

/// A part of the knowledge folder that other files refer to.
enum KnowledgePart: Hashable, Sendable {
  /// The relation lexicon, `relations.yaml`.
  case relations
  /// The grammar files, whose rules and intents refer to each other.
  case grammar
}

/// The knowledge folder could not be loaded; every problem found is listed, root causes first:
/// problems that only follow from a broken file (every "unknown relation" when `relations.yaml`
/// does not parse) are counted after them instead of burying them.
public struct KnowledgeLoadError: Error, Sendable, CustomStringConvertible {
  /// Every problem not caused by another, in file and line order.
  let diagnostics: [Diagnostic]
  /// How many more problems follow from the broken parts those report.
  let followOns: Int
  /// Every problem, those that follow from others too.
  let all: [Diagnostic]

  init(_ all: [Diagnostic]) {
    self.all = all
    let broken = Set(all.compactMap(\.breaks))
    let causes = all.filter { $0.dependsOn.map { !broken.contains($0) } ?? true }
    followOns = all.count - causes.count
    diagnostics = causes.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      if x.file != y.file { return x.file < y.file }
      if x.line != y.line { return x.line < y.line }
      if x.column != y.column { return (x.column ?? 0) < (y.column ?? 0) }
      return a.offset < b.offset
    }.map(\.element)
  }

  public var description: String {
    let count = diagnostics.count
    var lines = diagnostics.map(\.description)
    if followOns > 0 {
      lines.append(
        "… and \(followOns) more error\(followOns == 1 ? "" : "s") caused by "
          + (count == 1 ? "it" : "these") + " (names the broken file would have defined)")
    }
    lines.append(
      "\(count) problem\(count == 1 ? "" : "s") in the knowledge folder; nothing was loaded.")
    return lines.joined(separator: "\n")
  }
}
