import Foundation
import Yams

/// A parsed YAML knowledge file whose values keep their line and column, for diagnostics.
struct YAMLFile {
  /// The path used in messages.
  let path: String
  /// The document's root node, or nil when the file is empty.
  let root: Node?

  /// Parses `text`; a syntax error becomes a diagnostic at its line.
  static func parse(_ text: String, path: String) -> Result<YAMLFile, Diagnostic> {
    do {
      return .success(YAMLFile(path: path, root: try Yams.compose(yaml: text)))
    } catch let error as YamlError {
      return .failure(diagnostic(for: error, path: path))
    } catch {
      return .failure(Diagnostic(SourceLocation(file: path, line: 1), "\(error)"))
    }
  }

  /// The location of `node` in this file.
  func location(of node: Node?) -> SourceLocation {
    SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column)
  }

  private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
    switch error {
    case .duplicatedKeysInMapping(let duplicates, let context):
      return duplicateKeys(duplicates, first: context.mark, in: context.text, path: path)
    case .reader(let problem, let offset?, _, let yaml):
      let before = yaml.utf8.prefix(offset)
      let line = before.count { $0 == 0x0A } + 1
      let column = before.reversed().prefix { $0 != 0x0A }.count + 1
      return Diagnostic(
        SourceLocation(file: path, line: line, column: column), "invalid YAML: \(problem)")
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return Diagnostic(
        SourceLocation(file: path, line: mark.line, column: mark.column), "invalid YAML: \(problem)"
      )
    default:
      return Diagnostic(SourceLocation(file: path, line: 1), "invalid YAML: \(error)")
    }
  }
}

extension YAMLFile {
  /// A key given twice in one mapping, reported where it is given again: the first key of
  /// `duplicates` stands at `first`; its repeat is the next line at the same column that
  /// starts with the same key.
  fileprivate static func duplicateKeys(
    _ duplicates: [String], first: Mark, in text: String, path: String
  ) -> Diagnostic {
    let name = duplicates.first ?? ""
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let column = first.column
    for (index, line) in lines.enumerated().dropFirst(first.line) {
      let indent = line.prefix { $0 == " " }.count
      guard indent + 1 == column else { continue }
      let rest = line.dropFirst(indent)
      if rest.hasPrefix(name + ":") || rest.hasPrefix("\"\(name)\":")
        || rest.hasPrefix("'\(name)':")
      {
        return Diagnostic(
          SourceLocation(file: path, line: index + 1, column: column),
          "duplicate key '\(name)' (first given at line \(first.line))")
      }
    }
    let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
    return Diagnostic(
      SourceLocation(file: path, line: first.line, column: first.column),
      "key \(names) given more than once in this mapping")
  }
}

/// Reads one YAML mapping field by field, collecting a diagnostic for every problem.
struct YAMLMappingReader {
  let file: YAMLFile
  let node: Node
  private let pairs: [(key: String, value: Node, keyNode: Node)]

  /// A reader over `node`, or a diagnostic when `node` is not a mapping.
  init?(_ node: Node, in file: YAMLFile, what: String, diagnostics: inout [Diagnostic]) {
    guard let mapping = node.mapping else {
      diagnostics.append(
        Diagnostic(file.location(of: node), "expected \(what) as a mapping of keys"))
      return nil
    }
    self.file = file
    self.node = node
    pairs = mapping.map { (key: $0.key.string ?? "", value: $0.value, keyNode: $0.key) }
  }

  /// Reports every key not in `known`, with the nearest known key as a suggestion.
  func checkKeys(_ known: [String], diagnostics: inout [Diagnostic]) {
    for pair in pairs where !known.contains(pair.key) {
      diagnostics.append(
        Diagnostic(
          file.location(of: pair.keyNode), "unknown key '\(pair.key)'",
          suggestion: didYouMean(pair.key, in: known)))
    }
  }

  /// Where `key` itself stands, or where the mapping does when the key is absent.
  func location(ofKey key: String) -> SourceLocation {
    file.location(of: pairs.first { $0.key == key }?.keyNode ?? node)
  }

  /// The node under `key`, if present.
  func node(_ key: String) -> Node? {
    pairs.first { $0.key == key }?.value
  }

  /// The string under `key`; a missing required key or a non-string value is reported.
  func string(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> String? {
    guard let value = node(key) else {
      if required {
        diagnostics.append(Diagnostic(file.location(of: node), "missing '\(key)'"))
      }
      return nil
    }
    guard let string = value.scalar?.string, value.scalar != nil else {
      diagnostics.append(Diagnostic(file.location(of: value), "'\(key)' must be text"))
      return nil
    }
    let trimmed = string.trimmingCharacters(in: .whitespaces)
    if required && trimmed.isEmpty {
      diagnostics.append(Diagnostic(file.location(of: value), "'\(key)' must not be empty"))
      return nil
    }
    return trimmed
  }

  /// The list of strings under `key` (a single string counts as a list of one).
  func strings(_ key: String, diagnostics: inout [Diagnostic]) -> [(String, Node)] {
    guard let value = node(key) else { return [] }
    if let scalar = value.scalar {
      return [(scalar.string, value)]
    }
    guard let sequence = value.sequence else {
      diagnostics.append(Diagnostic(file.location(of: value), "'\(key)' must be a list of text"))
      return []
    }
    return sequence.compactMap { item in
      guard let text = item.scalar?.string else {
        diagnostics.append(Diagnostic(file.location(of: item), "'\(key)' must be a list of text"))
        return nil
      }
      return (text, item)
    }
  }

  /// The boolean under `key`, false when absent.
  func bool(_ key: String, diagnostics: inout [Diagnostic]) -> Bool {
    guard let value = node(key) else { return false }
    guard let bool = value.bool else {
      diagnostics.append(Diagnostic(file.location(of: value), "'\(key)' must be true or false"))
      return false
    }
    return bool
  }
}
