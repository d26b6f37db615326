extension StringProtocol {
  /// The text without white space at either end.
  func trimmingWhitespace() -> String {
    drop(while: \.isWhitespace).trimmingTrailingWhitespace()
  }

  /// The text without trailing white space.
  func trimmingTrailingWhitespace() -> String {
    guard let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[...end])
  }
}
