/// Small helpers for putting answers into words.
extension String {
  /// The string with its first letter in upper case, as at the start of a sentence.
  func capitalizingFirstLetter() -> String {
    // A web address keeps its own case: "login.gov is …".
    if var first = split(separator: " ").first {
      while let last = first.last, ",;:.".contains(last) { first = first.dropLast() }
      if NameScanner.isDomainName(first) { return self }
    }
    return prefix(1).uppercased() + dropFirst()
  }
}

extension Array where Element == String {
  /// The strings that no other one already contains, compared as `fold` gives them; of equal
  /// ones the first stays.
  func droppingContained(foldedBy fold: (String) -> String) -> [String] {
    let folded = map(fold)
    return indices.filter { index in
      !folded.indices.contains { other in
        other != index && folded[other].contains(folded[index])
          && (folded[other] != folded[index] || other < index)
      }
    }.map { self[$0] }
  }

  /// "a", "a and b", "a, b and c".
  func joinedAsList(conjunction: String = "and") -> String {
    switch count {
    case 0: ""
    case 1: self[0]
    default: dropLast().joined(separator: ", ") + " \(conjunction) " + self[count - 1]
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each only once.
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
