import Foundation
import Testing

@testable import DocentKit

/// The benchmark's generated corpus: the same every time, and each question's sentence holds
/// what the question names.
@Suite struct GeneratedCorpusTests {
  @Test func theSameArgumentsGiveTheSameCorpus() {
    let one = GeneratedCorpus(documents: 3, sentencesPerDocument: 12)
    let two = GeneratedCorpus(documents: 3, sentencesPerDocument: 12)
    #expect(one.documents.map(\.text) == two.documents.map(\.text))
    #expect(one.questions.map(\.text) == two.questions.map(\.text))
    let other = GeneratedCorpus(documents: 3, sentencesPerDocument: 12, seed: 2)
    #expect(one.documents.map(\.text) != other.documents.map(\.text))
  }

  @Test func eachQuestionNamesWhatItsSentenceSays() {
    let corpus = GeneratedCorpus(documents: 4, sentencesPerDocument: 12)
    #expect(corpus.documents.count == 4)
    #expect(corpus.documents.allSatisfy { $0.text.split(separator: "\n").count == 12 })
    #expect(!corpus.questions.isEmpty)
    let texts = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0.text) })
    for question in corpus.questions {
      let lines = texts[question.document]?.split(separator: "\n") ?? []
      let sentence = String(lines[question.sentence - 1])
      // Every capitalised word of the question past its first is a name in its sentence.
      let names = question.text.split(separator: " ").dropFirst()
        .map { $0.trimmingCharacters(in: .punctuationCharacters) }
        .filter { $0.first?.isUppercase == true }
      #expect(!names.isEmpty, "\(question.text)")
      for name in names {
        #expect(sentence.contains(name), "\(question.text) → \(sentence)")
      }
    }
    // No name is used by two questions' sentences.
    let people = corpus.questions.filter { $0.text.hasPrefix("Who is ") }.map(\.text)
    #expect(Set(people).count == people.count)
  }
}

/// What a question's names require of every clause or sentence that answers it, which the
/// indexes look up instead of every clause sharing a word with the question.
@Suite struct RequiredStemsTests {
  private func asked(_ question: String, entities: [Entity]) throws -> ClauseQuestion {
    let lexicon = Lexicon(synonyms: [], stopWords: Array(WordLists.stopWords))
    return try #require(
      ClauseQuestion(
        QuestionText.tokens(question), lexicon: lexicon, names: NameIndex(entities),
        minimumWords: 1))
  }

  @Test func aPersonRequiresTheSurnameAndAThingAllItsName() throws {
    let people = [
      Entity(id: "anna-kavoren", kind: .person, name: "Anna Kavoren", aliases: []),
      Entity(id: "tor-council", kind: .organization, name: "Torvel Council", aliases: []),
    ]
    let person = try asked("Where did Anna Kavoren study?", entities: people)
    #expect(person.requiredStems == [Stemmer.stem("kavoren")])
    let thing = try asked("Where is the Torvel Council based?", entities: people)
    #expect(thing.requiredStems == Set(["torvel", "council"].map(Stemmer.stem)))
    let nobody = try asked("Where is the lighthouse?", entities: people)
    #expect(nobody.requiredStems.isEmpty)
  }
}
