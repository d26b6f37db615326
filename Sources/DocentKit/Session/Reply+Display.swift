extension Reply {
  /// What docent prints for the reply in the given format, or nil when it prints nothing
  /// (`:quit`). Text output never has colour here; see `text(color:)`.
  public func displayed(format: OutputFormat, question: String, color: Bool = false) -> String? {
    switch format {
    case .json:
      return json(question: question)
    case .text:
      return outcome == .quit ? nil : text(color: color)
    }
  }
}

/// How replies are printed.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Answers for people, citations on their own lines.
  case text
  /// One JSON object per question.
  case json
}
