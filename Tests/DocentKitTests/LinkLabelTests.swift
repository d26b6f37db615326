import Testing

@testable import DocentKit

/// How link labels match the patterns the clause extractor asks for.
@Suite struct LinkLabelTests {
  /// A label, a pattern, and whether the pattern takes in the label.
  struct Case: Sendable, CustomTestStringConvertible {
    /// The label as the parser gives it.
    let label: String
    /// The pattern asked for.
    let pattern: String
    /// Whether they match.
    let matches: Bool

    /// The case as `label ~ pattern` or `label !~ pattern`.
    var testDescription: String { "\(label) \(matches ? "~" : "!~") \(pattern)" }

    /// Every case.
    static let all: [Case] = [
      Case(label: "Ss*w", pattern: "S", matches: true),
      Case(label: "Spx", pattern: "S", matches: true),
      Case(label: "SIsj", pattern: "S", matches: false),
      Case(label: "SJls", pattern: "SJ", matches: true),
      Case(label: "MVp", pattern: "MV", matches: true),
      Case(label: "MVp", pattern: "M", matches: false),
      Case(label: "Mr", pattern: "M", matches: true),
      Case(label: "Mv", pattern: "Mr", matches: false),
      Case(label: "MXsr", pattern: "MX", matches: true),
      Case(label: "Pv", pattern: "Pv", matches: true),
      Case(label: "Pg*b", pattern: "Pv", matches: false),
      Case(label: "PP", pattern: "P", matches: false),
      Case(label: "Ss*s", pattern: "Sss", matches: true),
      Case(label: "Os", pattern: "Op", matches: false),
      Case(label: "J", pattern: "Js", matches: true),
      Case(label: "_IEI", pattern: "_IEI", matches: true),
      Case(label: "TO", pattern: "T", matches: false),
    ]
  }

  @Test(arguments: Case.all)
  func labelMatchesPattern(_ testCase: Case) {
    let link = Linkage.Link(label: testCase.label, left: 1, right: 2)
    #expect(link.matches(testCase.pattern) == testCase.matches)
  }

  @Test func labelSplitsIntoTypeAndSubscript() {
    let link = Linkage.Link(label: "MVp", left: 3, right: 5)
    #expect(link.type == "MV")
    #expect(link.labelSubscript == "p")
    #expect(link.other(than: 3) == 5)
    #expect(link.other(than: 5) == 3)
  }
}
