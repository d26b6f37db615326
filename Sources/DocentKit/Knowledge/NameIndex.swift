import Synchronization

/// Finds the names of the fact base in a question, word by word, and suggests the name a
/// misspelt one was meant to be.
///
/// Lookups cost the length of the name, whatever the number of names: a trie of name words for
/// exact names, and an index of one-letter deletions for typos.
struct NameIndex: Sendable, Codable {
  private final class Node: @unchecked Sendable, Codable {
    var children: [String: Node] = [:]
    var entities: [Int] = []
    /// Whether every name ending here is a one-word name written in capitals that is also a
    /// common English word ("IT", "US", "WHO"): a question must write it in capitals too, or
    /// "Where is it based?" would ask about IT.
    var capitalsOnly = true
  }

  private var root = Node()
  /// One-deletion variants of every name key, each with the keys it comes from: built from
  /// `keys` when a name is first misspelt (most runs never meet one), once for every copy.
  private let deletions = LazyDeletions()
  /// Each word of a name (of two or more words) with the entities whose names contain it.
  private var byWord: [String: Set<Int>] = [:]
  /// Every word of every name and alias.
  private(set) var nameWords = Set<String>()
  /// Each indexed name key with its entity, for checking typo candidates.
  private var keys: [String: Set<Int>] = [:]
  /// The longest name key that has typo variants: longer names are matched only as written (a
  /// key's variants grow with the square of its length).
  static let longestTypoKey = 64

  init(_ entities: [Entity]) {
    for (index, entity) in entities.enumerated() {
      for name in entity.allNames {
        let words = Self.words(name)
        guard !words.isEmpty else { continue }
        var node = root
        for word in words {
          if let child = node.children[word] {
            node = child
          } else {
            let child = Node()
            node.children[word] = child
            node = child
          }
        }
        if !node.entities.contains(index) { node.entities.append(index) }
        if !(words.count == 1 && WordLists.stopWords.contains(words[0])
          && name.contains(where: \.isLetter) && !name.contains(where: \.isLowercase))
        {
          node.capitalsOnly = false
        }
        if words.count > 1 && name == entity.name {
          for word in words where word.count > 2 { byWord[word, default: []].insert(index) }
        }
        for word in words { nameWords.insert(word) }
        keys[words.joined(separator: " "), default: []].insert(index)
      }
    }
  }

  /// The folded words of a name, without a leading "the".
  static func words(_ name: String) -> [String] {
    var words = QuestionText.tokens(name).map(\.folded)
    if words.first == "the" { words.removeFirst() }
    return words
  }

  /// Every name starting at `start` in `tokens`: the index after its last word, and its
  /// entities (indices into the knowledge base's entities).
  func names(in tokens: [QuestionToken], from start: Int) -> [(end: Int, entities: [Int])] {
    var results: [(Int, [Int])] = []
    var node = root
    var index = start
    while index < tokens.count, let child = node.children[tokens[index].folded] {
      node = child
      index += 1
      guard !node.entities.isEmpty else { continue }
      if node.capitalsOnly && tokens[start].original.contains(where: \.isLowercase) { continue }
      results.append((index, node.entities))
    }
    return results
  }

  /// The names in `tokens`, read from left to right, each the longest reading from where it
  /// starts, as the ranges of their tokens; with `capitalizedOnly`, only names whose first word
  /// is written with a capital.
  func nameRanges(in tokens: [QuestionToken], capitalizedOnly: Bool = false) -> [Range<Int>] {
    nameMatches(in: tokens, capitalizedOnly: capitalizedOnly).map(\.range)
  }

  /// `nameRanges(in:capitalizedOnly:)`, each with the entities its name is one of.
  func nameMatches(in tokens: [QuestionToken], capitalizedOnly: Bool = false)
    -> [(range: Range<Int>, entities: [Int])]
  {
    var matches: [(range: Range<Int>, entities: [Int])] = []
    var position = 0
    while position < tokens.count {
      guard !capitalizedOnly || tokens[position].original.first?.isUppercase == true,
        let name = names(in: tokens, from: position).last
      else {
        position += 1
        continue
      }
      matches.append((position..<name.end, name.entities))
      position = name.end
    }
    return matches
  }

  /// The entities whose main name contains every word of `text`: "Mohammed" gives both
  /// Mohammed Daraghmeh and Mohammed bin Abdulrahman Al Thani.
  func partialMatches(_ text: String) -> [Int] {
    let words = Self.words(text)
    guard !words.isEmpty, words.allSatisfy({ $0.count > 2 }) else { return [] }
    var result: Set<Int>?
    for word in words {
      let owners = byWord[word] ?? []
      result = result.map { $0.intersection(owners) } ?? owners
    }
    return (result ?? []).sorted()
  }

  /// The entities whose name is within a small edit distance of `text`, nearest first; only
  /// the nearest distance is returned, so two equally near names mean an ambiguous typo.
  func typoCandidates(_ text: String) -> [Int] {
    let key = Self.words(text).joined(separator: " ")
    guard (4...Self.longestTypoKey + 2).contains(key.count) else { return [] }
    let limit = key.count >= 8 ? 2 : 1
    var candidateKeys = Set<String>()
    let deletions = self.deletions.value(keys: keys)
    for variant in [key] + Self.deletionVariants(key) {
      candidateKeys.formUnion(deletions[variant] ?? [])
      if keys[variant] != nil { candidateKeys.insert(variant) }
    }
    var best: [Int: Int] = [:]
    for name in candidateKeys {
      let distance = editDistance(key, name)
      guard distance <= limit else { continue }
      for owner in keys[name] ?? [] {
        best[owner] = min(best[owner] ?? .max, distance)
      }
    }
    guard let nearest = best.values.min() else { return [] }
    return best.filter { $0.value == nearest }.map(\.key).sorted()
  }

  /// What the compiled knowledge keeps: the deletions are built anew when needed.
  private enum CodingKeys: CodingKey { case root, byWord, nameWords, keys }

  /// The index of deletions, built once, by the first thread that needs it.
  private final class LazyDeletions: Sendable {
    private let built = Mutex<[String: Set<String>]?>(nil)

    func value(keys: [String: Set<Int>]) -> [String: Set<String>] {
      built.withLock { built in
        if let built { return built }
        var deletions: [String: Set<String>] = [:]
        for key in keys.keys where key.count <= NameIndex.longestTypoKey {
          for variant in [key] + NameIndex.deletionVariants(key) {
            deletions[variant, default: []].insert(key)
          }
        }
        built = deletions
        return deletions
      }
    }
  }

  /// The key with one character deleted, at every position.
  private static func deletionVariants(_ key: String) -> [String] {
    let characters = Array(key)
    guard characters.count > 1 else { return [] }
    return characters.indices.map { index in
      var copy = characters
      copy.remove(at: index)
      return String(copy)
    }
  }
}
