extension Reply {
  /// The reply as a person reads it: the answer, then each citation on a line of its own.
  ///
  /// With `color`, refusals and errors are highlighted and citations dimmed with ANSI escapes;
  /// the caller decides whether the output is a terminal that wants colour. What the documents
  /// and the input hold is made safe for a terminal (`TerminalText`); only docent's own colour
  /// escapes are obeyed.
  func text(color: Bool = false) -> String {
    guard parts.isEmpty else { return parts.map { $0.text(color: color) }.joined(separator: "\n") }
    var lines = [styled(TerminalText.safe(answer), color ? answerStyle : nil)]
    for citation in citations {
      lines.append(styled(TerminalText.safe(citation.line), color ? ANSIStyle.dim : nil))
    }
    return lines.joined(separator: "\n")
  }

  private var answerStyle: ANSIStyle? {
    switch outcome {
    case .answered, .command, .quit: nil
    case .refused: .yellow
    case .error: .red
    }
  }

  private func styled(_ text: String, _ style: ANSIStyle?) -> String {
    guard let style else { return text }
    return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
  }
}

extension Citation {
  /// The citation as shown under an answer: `  — cairo-talks, sentence 9: “…”`.
  ///
  /// A sentence the document wraps over lines is shown on one line.
  var line: String {
    "  — \(document), sentence \(sentence): “\(text.onOneLine)”"
  }
}

/// The few terminal styles docent uses.
enum ANSIStyle: String {
  case dim = "2"
  case red = "31"
  case yellow = "33"
}
