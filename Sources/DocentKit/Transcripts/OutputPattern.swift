import Foundation

/// Matches actual output lines against expected lines that may hold wildcards:
/// a line `...` matches any number of lines, and `[..]` any run of characters within a line.
enum OutputPattern {
  /// True when `actual` matches the `expected` lines.
  static func matches(_ expected: [String], _ actual: [String]) -> Bool {
    var memo: [Int: Bool] = [:]
    func match(_ e: Int, _ a: Int) -> Bool {
      let key = e * (actual.count + 1) + a
      if let known = memo[key] { return known }
      let result: Bool
      if e == expected.count {
        result = a == actual.count
      } else if expected[e] == "..." {
        result = match(e + 1, a) || (a < actual.count && match(e, a + 1))
      } else {
        result = a < actual.count && lineMatches(expected[e], actual[a]) && match(e + 1, a + 1)
      }
      memo[key] = result
      return result
    }
    return match(0, 0)
  }

  /// True when `line` matches `pattern`, where `[..]` stands for any run of characters.
  static func lineMatches(_ pattern: String, _ line: String) -> Bool {
    let pieces = pattern.components(separatedBy: "[..]")
    guard pieces.count > 1 else { return pattern == line }
    guard line.hasPrefix(pieces[0]), line.hasSuffix(pieces[pieces.count - 1]) else { return false }
    var rest = Substring(line.dropFirst(pieces[0].count))
    for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
      guard let range = rest.range(of: piece) else { return false }
      rest = rest[range.upperBound...]
    }
    return rest.count >= pieces[pieces.count - 1].count
  }
}

/// A unified-style diff of expected against actual lines, for failure messages.
enum LineDiff {
  /// The lines of both, each marked ` ` (both), `-` (expected only) or `+` (actual only).
  static func unified(expected: [String], actual: [String], header: String) -> String {
    let difference = actual.difference(from: expected)
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var lines = ["--- expected", "+++ actual", "@@ \(header) @@"]
    var e = 0
    var a = 0
    while e < expected.count || a < actual.count {
      if e < expected.count && removed.contains(e) {
        lines.append("-" + expected[e])
        e += 1
      } else if a < actual.count && inserted.contains(a) {
        lines.append("+" + actual[a])
        a += 1
      } else {
        lines.append(" " + (e < expected.count ? expected[e] : actual[a]))
        e += 1
        a += 1
      }
    }
    return lines.joined(separator: "\n")
  }
}
