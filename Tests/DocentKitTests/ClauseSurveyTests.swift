import Foundation
import Testing

@testable import DocentKit

/// The documents of a folder: every `.txt` file, named by its file name without extension.
func documents(inFolder path: String) throws -> [Document] {
  let folder = URL(fileURLWithPath: path)
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") }.sorted()
  return try names.map { name in
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return Document(id: String(name.dropLast(4)), text: text)
  }
}

/// The clause extractor over whole folders of documents: counts and time, printed.
@Suite struct ClauseSurveyTests {
  @Test func surveyTheBundledDocuments() throws {
    let folder = packageRoot.appendingPathComponent("Knowledge/documents").path
    let survey = ClauseSurvey(documents: try documents(inFolder: folder), parser: englishParser)
    print("Clauses on Knowledge/documents: \(survey.summary)")
    #expect(survey.sentences > 0)
    #expect(survey.clauses > survey.sentences)
    for clause in survey.found {
      for phrase in [clause.subject, clause.complement].compactMap({ $0 }) + clause.objects {
        let bytes = Array(clause.citation.text.utf8)[phrase.utf8Range]
        #expect(String(decoding: bytes, as: UTF8.self) == phrase.text)
      }
    }
    if ProcessInfo.processInfo.environment["CLAUSE_OUTLINES"] != nil {
      for clause in survey.found {
        print("\(clause.citation.document) \(clause.citation.sentence): \(clause.outline)")
      }
    }
  }

  @Test func surveyTheUncuratedTexts() throws {
    let folder = packageRoot.appendingPathComponent(
      "Tests/Evaluation/Uncurated/Knowledge/documents"
    ).path
    let survey = ClauseSurvey(documents: try documents(inFolder: folder), parser: englishParser)
    print("Clauses on Tests/Evaluation/Uncurated: \(survey.summary)")
    #expect(survey.sentences > 0)
    if ProcessInfo.processInfo.environment["CLAUSE_OUTLINES"] != nil {
      for clause in survey.found {
        print("\(clause.citation.document) \(clause.citation.sentence): \(clause.outline)")
      }
    }
  }
}
