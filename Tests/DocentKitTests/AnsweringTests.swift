import Testing

@testable import DocentKit

/// Answers from the bundled knowledge, as a session gives them.
@Suite struct AnsweringTests {
  private func reply(_ question: String) throws -> Reply {
    try replies(to: [question])[0]
  }

  @Test func anAnswerCitesTheSentenceThatStatesIt() throws {
    let answer = try reply("who leads the PLO?")
    #expect(answer.status == .answered)
    #expect(answer.answer.contains("Mahmoud Abbas"))
    let document = try #require(try bundledKnowledge().base.document("cairo-talks"))
    for citation in answer.citations {
      #expect(document.sentence(citation.sentence)?.text == citation.text)
    }
    #expect(answer.citations.contains { $0.text.contains("sits atop the Palestine Liberation") })
  }

  @Test(arguments: [
    ("Who is Benjamin Netanyahu?", Reply.Reason.unknownEntity),
    ("Who funds the Peace Board?", .notStated),
    ("Colourless green ideas sleep furiously", .notUnderstood),
    ("Who is Mohammed?", .ambiguous),
  ])
  func refusalsSayWhichKind(question: String, reason: Reply.Reason) throws {
    let refusal = try reply(question)
    #expect(refusal.status == .unknown)
    #expect(refusal.reason == reason)
    #expect(refusal.citations.isEmpty)
  }

  @Test func yesAndNoAreCitedAndNotStatedIsNeither() throws {
    let no = try reply("Is Hamas part of the PLO?")
    #expect(no.answer.hasPrefix("No."))
    #expect(no.citations.contains { $0.text.contains("except Hamas and Islamic Jihad") })
    let yes = try reply("Did Hamas expel the PLO from Gaza?")
    #expect(yes.answer.hasPrefix("Yes."))
    #expect(yes.citations.contains { $0.text.contains("expelled both the PA and PLO") })
    let open = try reply("Did Hamas expel Fatah from Gaza?")
    #expect(open.status == .unknown && open.reason == .notStated)
  }

  @Test func followUpsResolvePronounsAndResetForgetsThem() throws {
    let turns = try replies(to: [
      "Who is Mohammed Daraghmeh?", "What did he say?", ":reset", "What did he say?",
    ])
    #expect(turns[1].status == .answered)
    #expect(turns[1].answer.hasPrefix("Mohammed Daraghmeh said:"))
    #expect(turns[3].status == .unknown)
    #expect(turns[3].answer.contains("“he”"))
  }

  @Test func typosInNamesAreCorrectedOnlyToKnownNamesAndShown() throws {
    let answer = try reply("who is daragmeh")
    #expect(answer.answer.hasPrefix("(Taking “daragmeh” as Mohammed Daraghmeh.)"))
    #expect(answer.status == .answered)
  }

  @Test func questionsAboutOneDocumentNeverCiteTheOther() throws {
    for question in ["Who is Maria Okafor?", "What did Whitlock say?", "Who is Mahmoud Abbas?"] {
      let answer = try reply(question)
      let documents = Set(answer.citations.map(\.document))
      #expect(documents.count == 1, "\(question)")
    }
    #expect(
      try reply("Who is Maria Okafor?").citations.allSatisfy { $0.document == "harbor-bridge" })
  }

  @Test func whyExplainsTheLastAnswer() throws {
    let turns = try replies(to: ["who leads the PLO", ":why"])
    #expect(turns[1].answer.contains("Template: who <lead> {entity}"))
    #expect(
      turns[1].answer.contains("Slot: “the PLO” → the Palestine Liberation Organization (plo)"))
    #expect(turns[1].answer.contains("Cited: cairo-talks, sentence 29"))
  }

  /// "Which party (company, charity …) does X work for?" asks X's role, as "Who does X work
  /// for?" does, and is not answered by a quote of X's.
  @Test func whichEmployerAsksTheRole() throws {
    for question in [
      "Which party does Dimitri Diliani work for?", "Which group does Dimitri Diliani speak for?",
    ] {
      let answer = try reply(question)
      #expect(answer.answer.contains("Democratic Reform Bloc"), "\(answer.answer)")
    }
  }

}
