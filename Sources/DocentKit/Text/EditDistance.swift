/// The edit distance between two strings, compared character by character: insertions,
/// deletions, substitutions and swaps of two neighbours ("Fatha" for "Fatah") each count one
/// (the optimal string alignment distance).
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in 0...a.count { rows[i][0] = i }
  for j in 0...b.count { rows[0][j] = j }
  for i in 1...a.count {
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
      }
    }
  }
  return rows[a.count][b.count]
}

/// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo.
func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
  let limit = max(2, word.count / 3)
  var best: (candidate: String, distance: Int)?
  for candidate in candidates {
    let distance = editDistance(word, candidate)
    if distance <= limit, distance < (best?.distance ?? .max) {
      best = (candidate, distance)
    }
  }
  return best?.candidate
}

/// "did you mean 'x'?" for the candidate nearest to `word`, when one is near enough.
func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
  nearest(to: word, in: candidates).map { "did you mean '\($0)'?" }
}
