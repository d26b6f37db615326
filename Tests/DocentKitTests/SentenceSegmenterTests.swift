import Foundation
import Testing

@testable import DocentKit

@Suite struct SentenceSegmenterTests {
  // MARK: - Tricky cases

  @Test(arguments: Case.all)
  func segmentsTrickyCase(_ testCase: Case) {
    let segments = SentenceSegmenter.segments(of: testCase.input)
    #expect(segments.map(Expected.init) == testCase.expected)
    #expect(Self.invariantViolations(in: testCase.input) == [])
  }

  // MARK: - Nothing lost or duplicated

  @Test func seedDocumentKeepsEveryCharacterOnce() throws {
    #expect(Self.invariantViolations(in: try Self.seedDocument()) == [])
  }

  @Test(arguments: [UInt64](1...16))
  func generatedTextsKeepEveryCharacterOnce(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<64 {
      let text = generator.text()
      #expect(Self.invariantViolations(in: text) == [], "\(text.debugDescription)")
    }
  }

  // MARK: - The seed document

  @Test func seedHeadings() throws {
    let segments = SentenceSegmenter.segments(of: try Self.seedDocument())
    #expect(
      segments.filter { $0.kind == .heading }.map(\.text) == [
        "Why We Wrote This",
        "Keeping Gaza Palestinian",
        "The disarmament conundrum",
        "Will the PLO leader play ball?",
      ])
    #expect(segments.filter { $0.kind == .sentence }.count == 37)
  }

  @Test(arguments: [
    "“These factions are meeting … unifying their visions to work through the Trump Plan,” says "
      + "Dimitri Diliani, a spokesman for the Democratic Reform Bloc, which is taking part in the "
      + "talks.",
    "“The most important thing now is to make the Trump plan work and the ceasefire stick.”",
    "Ten Palestinian factions – including Hamas and Islamic Jihad – have been meeting for the past "
      + "three weeks in Cairo, seeking agreement on a common position: their readiness to take part "
      + "in U.S. President Donald Trump’s peace plan.",
    "Hamas’ overture comes as Washington gathers support for a draft U.N. Security Council "
      + "resolution granting a broad two-year mandate to an international security force and an "
      + "administration to govern Gaza.",
    "Qatar’s prime minister, Mohammed bin Abdulrahman Al Thani, told CNN this week that the "
      + "hoped-for agreement between the PA and Hamas aims to ensure that the incoming Palestinian "
      + "technocrat committee will be “apolitical, it will take care of Gaza in this transition "
      + "period, and it will be linked somehow to the Palestinian Authority.",
    "“The Palestinians should take over governance in Gaza and the West Bank together,” he added.",
    "A Hamas source outside Gaza, who declined to be named for security reasons, said the movement "
      + "“would only hand over arms of the resistance to a legitimate Palestinian entity … not to a "
      + "foreign occupying force.”",
    "“Hamas is in a tough position: They want to avoid war, and they want to rebuild Gaza and that "
      + "won’t happen if they continue to stay in power or hold their weapons,” Mr. Daraghmeh says.",
    "“But that is a grave misreading of the situation” he says.",
    "“Any agreement needs the blessings of the PLO as the sole representative of the Palestinian "
      + "people,” says Mr. Diliani, “Unfortunately, Abbas resides on top of that.”",
  ])
  func seedSentenceIsWhole(_ sentence: String) throws {
    let segments = SentenceSegmenter.segments(of: try Self.seedDocument())
    #expect(segments.contains { $0.kind == .sentence && $0.text == sentence })
  }

  @Test func seedSentenceAfterQuotedSpeechStartsAtTheQuote() throws {
    let sentences = SentenceSegmenter.segments(of: try Self.seedDocument()).map(\.text)
    let index = try #require(sentences.firstIndex { $0.hasPrefix("“These factions are meeting") })
    #expect(sentences[index].hasSuffix("which is taking part in the talks."))
    #expect(sentences[index + 1].hasPrefix("“The most important thing now"))
  }

  @Test(arguments: ["U.S.", "U.N.", "Mr."])
  func seedHasNoSentenceEndingWithAbbreviation(_ abbreviation: String) throws {
    let sentences = SentenceSegmenter.segments(of: try Self.seedDocument()).map(\.text)
    #expect(sentences.filter { $0.hasSuffix(abbreviation) } == [])
  }
}

// MARK: - Cases

extension SentenceSegmenterTests {
  /// A segment as a test expects it: its kind and text.
  enum Expected: Equatable, Sendable, CustomStringConvertible {
    case sentence(String)
    case heading(String)

    init(_ segment: TextSegment) {
      switch segment.kind {
      case .sentence: self = .sentence(segment.text)
      case .heading: self = .heading(segment.text)
      }
    }

    var description: String {
      switch self {
      case .sentence(let text): "sentence \(text.debugDescription)"
      case .heading(let text): "heading \(text.debugDescription)"
      }
    }
  }

  /// An input text and the segments it should be split into.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: [Expected]

    var testDescription: String { name }

    init(_ name: String, _ input: String, _ expected: [Expected]) {
      self.name = name
      self.input = input
      self.expected = expected
    }

    static let all: [Case] = [
      .init("empty text", "", []),
      .init("only white space", " \n\t\r\n \u{00A0}", []),
      .init(
        "two plain sentences", "It rained. We stayed in.",
        [.sentence("It rained."), .sentence("We stayed in.")]),
      .init(
        "U.S. before a name", "U.S. President Donald Trump spoke. He left.",
        [.sentence("U.S. President Donald Trump spoke."), .sentence("He left.")]),
      .init(
        "U.S. ending a sentence", "She moved to the U.S. The next day she left.",
        [.sentence("She moved to the U.S."), .sentence("The next day she left.")]),
      .init(
        "U.N. before a capitalised noun", "A draft U.N. Security Council resolution passed.",
        [.sentence("A draft U.N. Security Council resolution passed.")]),
      .init(
        "U.K. and E.U. before an opener behind a quote", "He left the U.K. “It was hard,” he said.",
        [.sentence("He left the U.K."), .sentence("“It was hard,” he said.")]),
      .init(
        "hyphenated multi-dot abbreviation", "U.S.-backed plans failed. E.U. Officials agreed.",
        [.sentence("U.S.-backed plans failed."), .sentence("E.U. Officials agreed.")]),
      .init(
        "titles never end a sentence",
        "Mr. Abbas met Dr. Smith, Mrs. Lee, Ms. Day, Prof. Roe, Gen. Ruiz, Sen. Kim, Rep. Moe, "
          + "Gov. Park, Lt. The Bold and Col. Mustard.",
        [
          .sentence(
            "Mr. Abbas met Dr. Smith, Mrs. Lee, Ms. Day, Prof. Roe, Gen. Ruiz, Sen. Kim, Rep. Moe, "
              + "Gov. Park, Lt. The Bold and Col. Mustard.")
        ]),
      .init(
        "Jr. before a name and before an opener",
        "King Jr. Day is a holiday. He admired Martin Luther King Jr. The dream lives on.",
        [
          .sentence("King Jr. Day is a holiday."),
          .sentence("He admired Martin Luther King Jr."),
          .sentence("The dream lives on."),
        ]),
      .init(
        "St. and Sr.", "St. Petersburg hosted John Smith Sr. and his son.",
        [.sentence("St. Petersburg hosted John Smith Sr. and his son.")]),
      .init(
        "No. before a digit and as a word",
        "No. 10 Downing Street replied. The answer was No. It failed.",
        [
          .sentence("No. 10 Downing Street replied."), .sentence("The answer was No."),
          .sentence("It failed."),
        ]),
      .init(
        "vs. and etc.",
        "It was Hamas vs. Fatah, pens, paper, etc. and more. Bring snacks, etc. The rest is free.",
        [
          .sentence("It was Hamas vs. Fatah, pens, paper, etc. and more."),
          .sentence("Bring snacks, etc."), .sentence("The rest is free."),
        ]),
      .init(
        "e.g. and i.e. never end a sentence",
        "Some factions, e.g. Hamas, refused, i.e. They said no. Others agreed.",
        [
          .sentence("Some factions, e.g. Hamas, refused, i.e. They said no."),
          .sentence("Others agreed."),
        ]),
      .init(
        "company suffixes", "Apple Inc. CEO Tim Cook spoke. He praised Acme Corp. The deal closed.",
        [
          .sentence("Apple Inc. CEO Tim Cook spoke."), .sentence("He praised Acme Corp."),
          .sentence("The deal closed."),
        ]),
      .init(
        "month abbreviations but not May",
        "Talks began Jan. 5 and ended Dec. 12. We met in Sept. The talks failed. It was May. June came.",
        [
          .sentence("Talks began Jan. 5 and ended Dec. 12."), .sentence("We met in Sept."),
          .sentence("The talks failed."), .sentence("It was May."), .sentence("June came."),
        ]),
      .init(
        "initials",
        "John F. Kennedy met J. K. Rowling and J. A. Smith. He chose Plan B. The rest agreed.",
        [
          .sentence("John F. Kennedy met J. K. Rowling and J. A. Smith."),
          .sentence("He chose Plan B."), .sentence("The rest agreed."),
        ]),
      .init(
        "decimals and money", "Growth was 2.5 percent, or $1.2 billion. Then it fell.",
        [.sentence("Growth was 2.5 percent, or $1.2 billion."), .sentence("Then it fell.")]),
      .init(
        "times",
        "They met at 3.30 p.m. on Friday and at 9 a.m. The talks began at 10 a.m. Cairo time.",
        [
          .sentence("They met at 3.30 p.m. on Friday and at 9 a.m."),
          .sentence("The talks began at 10 a.m. Cairo time."),
        ]),
      .init(
        "closing curly quote belongs to the sentence that ends", "He said “stop.” Then he left.",
        [.sentence("He said “stop.”"), .sentence("Then he left.")]),
      .init(
        "closing straight quote and bracket", "She said \"go.\" (He went.) Then she left.",
        [.sentence("She said \"go.\""), .sentence("(He went.)"), .sentence("Then she left.")]),
      .init(
        "question inside a quote before lowercase", "“Why?” he asked. ‘Because.’ She smiled!",
        [.sentence("“Why?” he asked."), .sentence("‘Because.’"), .sentence("She smiled!")]),
      .init(
        "quoted speech spanning two sentences",
        "“They meet … unifying their visions,” says Diliani, who is in the talks. “The ceasefire "
          + "must stick.”",
        [
          .sentence("“They meet … unifying their visions,” says Diliani, who is in the talks."),
          .sentence("“The ceasefire must stick.”"),
        ]),
      .init(
        "ellipsis before lowercase", "Hand over arms to an entity … not to a force... or else.",
        [.sentence("Hand over arms to an entity … not to a force... or else.")]),
      .init(
        "ellipsis before a capital", "It ended … The crowd left... Then silence.",
        [.sentence("It ended …"), .sentence("The crowd left..."), .sentence("Then silence.")]),
      .init(
        "dashes never split", "Ten factions – including Hamas – met — again - in Cairo.",
        [.sentence("Ten factions – including Hamas – met — again - in Cairo.")]),
      .init(
        "several terminators", "Stop! Who goes there?! Nobody. 2024 was worse.",
        [
          .sentence("Stop!"), .sentence("Who goes there?!"), .sentence("Nobody."),
          .sentence("2024 was worse."),
        ]),
      .init(
        "capitals beyond ASCII", "Talks stalled in Zürich. Ägypten hosted them. 埃及 agreed.",
        [
          .sentence("Talks stalled in Zürich."), .sentence("Ägypten hosted them."),
          .sentence("埃及 agreed."),
        ]),
      .init(
        "colon and lowercase do not split", "He had a plan: They would wait. approx. ten left.",
        [.sentence("He had a plan: They would wait. approx. ten left.")]),
      .init(
        "a line going on in lower case continues the sentence",
        "In a bid to ensure a Palestinian role, Hamas is reaching out to rivals it has spurned for\ndecades.",
        [
          .sentence(
            "In a bid to ensure a Palestinian role, Hamas is reaching out to rivals it has spurned for\ndecades."
          )
        ]),
      .init(
        "a hard-wrapped document is read across its line breaks",
        """
        The town council voted on Tuesday to replace the old bridge over
        Kettle Inlet, says the mayor of the town, Maria Okafor, who
        spoke after the vote. “We cannot let it fall into the harbor,” she
        said.

        What happens next
        Work is expected to start next spring, according to Dr. Samuel
        Reyes.
        """,
        [
          .sentence(
            "The town council voted on Tuesday to replace the old bridge over\nKettle Inlet, says the mayor of the town, Maria Okafor, who\nspoke after the vote."
          ),
          .sentence("“We cannot let it fall into the harbor,” she\nsaid."),
          .heading("What happens next"),
          .sentence("Work is expected to start next spring, according to Dr. Samuel\nReyes."),
        ]),
      .init(
        "a blank line always ends a sentence",
        "Hamas is reaching out to the rival factions it has spurned for many long\n\ndecades of war.",
        [
          .sentence("Hamas is reaching out to the rival factions it has spurned for many long"),
          .sentence("decades of war."),
        ]),
      .init(
        "headings",
        "Why We Wrote This\nHamas seeks allies.\n\nKeeping Gaza Palestinian\nIt agreed.",
        [
          .heading("Why We Wrote This"), .sentence("Hamas seeks allies."),
          .heading("Keeping Gaza Palestinian"), .sentence("It agreed."),
        ]),
      .init(
        "question heading", "Will the PLO leader play ball?\nHe is dragging his feet.",
        [.heading("Will the PLO leader play ball?"), .sentence("He is dragging his feet.")]),
      .init(
        "quoted question is not a heading", "“Will he play ball?”\n“Will he?\nNobody knows.",
        [
          .sentence("“Will he play ball?”"), .sentence("“Will he?"), .sentence("Nobody knows."),
        ]),
      .init(
        "long question is not a heading",
        "Will the leader of the PLO ever really agree to play ball?\nNo.",
        [.sentence("Will the leader of the PLO ever really agree to play ball?"), .sentence("No.")]),
      .init(
        "a line of two sentences is not a heading", "He left. Will he return?\nNobody knows.",
        [.sentence("He left."), .sentence("Will he return?"), .sentence("Nobody knows.")]),
      .init(
        "lines ending in punctuation are not headings",
        "Here is the plan:\nFirst, this;\nThen that,\nHe said “go.”\nIt works.",
        [
          .sentence("Here is the plan:"), .sentence("First, this;"), .sentence("Then that,"),
          .sentence("He said “go.”"), .sentence("It works."),
        ]),
      .init(
        "long line missing its period is a sentence",
        "The resolution foresees eventual Palestinian self-government in the Gaza Strip soon\nIt passed.",
        [
          .sentence(
            "The resolution foresees eventual Palestinian self-government in the Gaza Strip soon"),
          .sentence("It passed."),
        ]),
      .init(
        "the last line is never a heading", "Hamas met Fatah.\nThe end",
        [.sentence("Hamas met Fatah."), .sentence("The end")]),
      .init(
        "a title that opens with a name in camel case is a heading",
        "pyOpenSci Celebrates Inessa\n\nToday we celebrate Inessa.\n",
        [.heading("pyOpenSci Celebrates Inessa"), .sentence("Today we celebrate Inessa.")]),
      .init(
        "short lines that end the text, a signature, head nothing",
        "A closing word\nThe book is for researchers.\n\nArianna Legovini\n"
          + "Adviser, Development Impact Evaluation (DIME)\nWorld Bank\n",
        [
          .heading("A closing word"), .sentence("The book is for researchers."),
          .sentence("Arianna Legovini"),
          .sentence("Adviser, Development Impact Evaluation (DIME)"), .sentence("World Bank"),
        ]),
      .init(
        "three short lines in a row are a list under the first, the last heading the text after",
        "Resources are for everyone.\n\nResources\n\nThe stewardship system\n\n"
          + "Professional development\n\nRetreats\n\nPractice\n\nWe talk often.\n",
        [
          .sentence("Resources are for everyone."), .heading("Resources"),
          .sentence("The stewardship system"), .sentence("Professional development"),
          .sentence("Retreats"), .heading("Practice"), .sentence("We talk often."),
        ]),
      .init(
        "two short lines in a row stay headings, and a question heads what follows",
        "Conclusion\n\nNext steps\n\nWe go on.\n\nBenefits\n\nWho’s covered?\n\n"
          + "What can I get?\n\nVeterans are.\n",
        [
          .heading("Conclusion"), .heading("Next steps"), .sentence("We go on."),
          .heading("Benefits"), .heading("Who’s covered?"), .heading("What can I get?"),
          .sentence("Veterans are."),
        ]),
      .init(
        "a result line with a verb is a sentence, a name and a role is not",
        "Alyssa Tong will become the new Events Officer (uncontested)\n"
          + "Tim Jacomb - Release Officer\nVoting closed on Monday.",
        [
          .sentence("Alyssa Tong will become the new Events Officer (uncontested)"),
          .heading("Tim Jacomb - Release Officer"), .sentence("Voting closed on Monday."),
        ]),
      .init(
        "the items of a list after a colon are sentences",
        "Two wells had these chemicals:\nBenzene\nVinyl chloride\nSafety\nThe wells closed.",
        [
          .sentence("Two wells had these chemicals:"), .sentence("Benzene"),
          .sentence("Vinyl chloride"), .sentence("Safety"), .sentence("The wells closed."),
        ]),
      .init(
        "lines in lower case after a colon are items, not a wrapped line; a described item ends "
          + "no list of them, and a heading after them stays a heading",
        "The system can be used by:\nemergency services\nAgencies use it to plan.\n"
          + "climate change researchers\nthe media\n\nTechnical information\n\nIt is free.",
        [
          .sentence("The system can be used by:"), .sentence("emergency services"),
          .sentence("Agencies use it to plan."), .sentence("climate change researchers"),
          .sentence("the media"), .heading("Technical information"), .sentence("It is free."),
        ]),
      .init(
        "an item too long for a heading keeps the list going, unless a title follows it",
        "We focus on the evidence:\n\nLanguage used on the account\n\n"
          + "Evidence of account users’ power and/or ability to act on spoken claims\n\n"
          + "Publicly available information about users\n\nWe strive to be fair.\n\n"
          + "You will be able to:\n\n"
          + "Describe the top three early hypotheses of the formation of the Moon\n\n"
          + "Ideas for the Origin of the Moon\n\nIt is characteristic of science to ask.",
        [
          .sentence("We focus on the evidence:"), .sentence("Language used on the account"),
          .sentence("Evidence of account users’ power and/or ability to act on spoken claims"),
          .sentence("Publicly available information about users"),
          .sentence("We strive to be fair."), .sentence("You will be able to:"),
          .sentence("Describe the top three early hypotheses of the formation of the Moon"),
          .heading("Ideas for the Origin of the Moon"),
          .sentence("It is characteristic of science to ask."),
        ]),
      .init(
        "an item whose last sentence has no mark keeps the list going, and short lines in "
          + "capitals after it are items, not headings of one another",
        "You are covered by any of these:\n\nA harbor plan you already hold\n"
          + "A guild plan. This includes retiree plans\nMedicare\nTRICARE (for veterans)\n"
          + "Dock worker plans\n\nOther plans may count.",
        [
          .sentence("You are covered by any of these:"),
          .sentence("A harbor plan you already hold"), .sentence("A guild plan."),
          .sentence("This includes retiree plans"), .sentence("Medicare"),
          .sentence("TRICARE (for veterans)"), .sentence("Dock worker plans"),
          .sentence("Other plans may count."),
        ]),
      .init(
        "the lines in lower case after a blank line below a colon are items, one a line",
        "Owners pay no fee if they:\n\nmoor for less than a week\nare members of the guild\n\n"
          + "Everyone else pays.",
        [
          .sentence("Owners pay no fee if they:"), .sentence("moor for less than a week"),
          .sentence("are members of the guild"), .sentence("Everyone else pays."),
        ]),
      .init(
        "a line its next lines finish in lower case leads into a list, and they are its items",
        "Rules\n\nTo count, a request must\n\ncome from an agency\n\nname the law.\n\nHow to appeal\n\n"
          + "Write to us.",
        [
          .heading("Rules"), .sentence("To count, a request must"),
          .sentence("come from an agency"), .sentence("name the law."), .heading("How to appeal"),
          .sentence("Write to us."),
        ]),
      .init(
        "a question heading heads a list; a list ends at a longer sentence",
        "Who is covered?\nVeterans\nReservists\nEach must apply.\nHow to apply\nWrite to us.",
        [
          .heading("Who is covered?"), .sentence("Veterans"), .sentence("Reservists"),
          .sentence("Each must apply."), .heading("How to apply"), .sentence("Write to us."),
        ]),
      .init(
        "a question after the items of a colon's list heads the next list",
        "Covered conditions:\nLeukemia\nWho is covered?\nVeterans\nThey apply.",
        [
          .sentence("Covered conditions:"), .sentence("Leukemia"), .heading("Who is covered?"),
          .sentence("Veterans"), .sentence("They apply."),
        ]),
      .init(
        "a case name's lower-case v. does not end a sentence, a capital initial may",
        "Consider fair use, as a result of Lenz v. Universal. It matters. He met Henry V. The end.",
        [
          .sentence("Consider fair use, as a result of Lenz v. Universal."),
          .sentence("It matters."), .sentence("He met Henry V."), .sentence("The end."),
        ]),
      .init(
        "a citation's et al. goes on before its year, ends before a capital; Al. is a name",
        "Davis et al. (2002) linked clay soils to prairies. Bergevin et al. carried out MRI work. "
          + "It was cited (Brown et al. 2000). He thanked Smith et al. The end came. "
          + "The method follows Lee et al. Results were similar. His friend was Al. Everyone knew.",
        [
          .sentence("Davis et al. (2002) linked clay soils to prairies."),
          .sentence("Bergevin et al. carried out MRI work."),
          .sentence("It was cited (Brown et al. 2000)."), .sentence("He thanked Smith et al."),
          .sentence("The end came."), .sentence("The method follows Lee et al."),
          .sentence("Results were similar."), .sentence("His friend was Al."),
          .sentence("Everyone knew."),
        ]),
      .init(
        "a number inside brackets still open goes on with them; one after they close may open",
        "He painted Watson (d. 1621) of Kent. It hung there (fig. 1.1). 1620 was late (see cat."
          + " no. 3). Then (he wrote. Later he left.) It ended. (fig. 7) Gold shone. Dr. (fig. 2)"
          + " Smith came.",
        [
          .sentence("He painted Watson (d. 1621) of Kent."), .sentence("It hung there (fig. 1.1)."),
          .sentence("1620 was late (see cat. no. 3)."), .sentence("Then (he wrote."),
          .sentence("Later he left.)"), .sentence("It ended. (fig. 7)"), .sentence("Gold shone."),
          .sentence("Dr. (fig. 2) Smith came."),
        ]),
      .init(
        "a period after one to three small letters inside brackets that close soon after, on no end, goes on",
        "It is mocked (e.g., Aristoph. Heroes, fr. 324 and Konnos, fr. 10). He was not skilful (cf. "
          + "Nicochares, fr. 1). It helped (ex. Improved output). Then (he wrote. Later he left.) "
          + "The plan has risks (costs may rise. Staff may leave) but it passed. Berg resigned "
          + "(she had led it since 2004. Tom Lund followed) in May.",
        [
          .sentence("It is mocked (e.g., Aristoph."),
          .sentence("Heroes, fr. 324 and Konnos, fr. 10)."),
          .sentence("He was not skilful (cf. Nicochares, fr. 1)."),
          .sentence("It helped (ex. Improved output)."), .sentence("Then (he wrote."),
          .sentence("Later he left.)"), .sentence("The plan has risks (costs may rise."),
          .sentence("Staff may leave) but it passed."),
          .sentence("Berg resigned (she had led it since 2004."),
          .sentence("Tom Lund followed) in May."),
        ]),
      .init(
        "a list stays open past a long item without a full stop",
        "The members elected:\nMarco Marsella (Board Treasurer), Food and Agriculture Organization"
          + " of the United Nations\nSalvatore Mele, CERN\nThey serve two years.",
        [
          .sentence("The members elected:"),
          .sentence(
            "Marco Marsella (Board Treasurer), Food and Agriculture Organization of the United Nations"
          ),
          .sentence("Salvatore Mele, CERN"), .sentence("They serve two years."),
        ]),
      .init(
        "an abbreviation's period does not close a list",
        "Write to our agent:\nAutomattic Inc.\nSan Francisco, CA 94110\nPhone: (877) 273-8550\n"
          + "We reply within a week.",
        [
          .sentence("Write to our agent:"), .sentence("Automattic Inc."),
          .sentence("San Francisco, CA 94110"), .sentence("Phone: (877) 273-8550"),
          .sentence("We reply within a week."),
        ]),
      .init(
        "questions listed after a colon are items, not headings",
        "Keep three questions in mind:\nIs it already written down?\nWho is responsible?\n"
          + "Then write.",
        [
          .sentence("Keep three questions in mind:"), .sentence("Is it already written down?"),
          .sentence("Who is responsible?"), .sentence("Then write."),
        ]),
      .init(
        "the rows of a table are sentences",
        "Date | Monarch | Country\nApril 3, 1952 | Queen Juliana | Netherlands\nShe spoke.",
        [
          .sentence("Date | Monarch | Country"),
          .sentence("April 3, 1952 | Queen Juliana | Netherlands"), .sentence("She spoke."),
        ]),
      .init(
        "heading with an abbreviation inside", "U.S. Plans for Gaza\nThey are vague.",
        [.heading("U.S. Plans for Gaza"), .sentence("They are vague.")]),
      .init(
        "unclosed quote does not cross a paragraph",
        "He said it will be “apolitical, and linked to the Authority.\n“We agree,” he added.",
        [
          .sentence("He said it will be “apolitical, and linked to the Authority."),
          .sentence("“We agree,” he added."),
        ]),
      .init(
        "CRLF, blank lines and surrounding spaces",
        "  Keeping Gaza Palestinian \r\n\r\n\t In the talks, Hamas agreed.  It helped. \r\n",
        [
          .heading("Keeping Gaza Palestinian"), .sentence("In the talks, Hamas agreed."),
          .sentence("It helped."),
        ]),
      .init(
        "Unicode line and paragraph separators", "First part.\u{2028}Second part.\u{2029}Third.",
        [.sentence("First part."), .sentence("Second part."), .sentence("Third.")]),
    ]
  }
}

// MARK: - Invariants

extension SentenceSegmenterTests {
  /// Every way the segments of `text` break the segmenter's contract, described; empty if none.
  ///
  /// The segments must come in order without overlapping, each `text` must be exactly the bytes of
  /// its range, no segment may start or end with white space or hold a line break, and what is left
  /// of `text` outside the segments must be white space only: nothing lost, nothing duplicated.
  static func invariantViolations(in text: String) -> [String] {
    let bytes = Array(text.utf8)
    var violations: [String] = []
    var outside: [UInt8] = []
    var covered = 0
    for segment in SentenceSegmenter.segments(of: text) {
      let range = segment.utf8Range
      guard covered <= range.lowerBound, range.lowerBound < range.upperBound,
        range.upperBound <= bytes.count
      else {
        violations.append("\(range) is empty, out of order or out of bounds after \(covered)")
        continue
      }
      if Array(segment.text.utf8) != Array(bytes[range]) {
        violations.append("\(segment.text.debugDescription) is not the bytes of \(range)")
      }
      let scalars = segment.text.unicodeScalars
      if let first = scalars.first, let last = scalars.last,
        first.properties.isWhitespace || last.properties.isWhitespace
      {
        violations.append("\(segment.text.debugDescription) is not trimmed")
      }
      // A segment may run over a wrapped line, never over a blank line.
      let lines = segment.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      let blank = { (line: Substring) in
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
      }
      if lines.dropFirst().dropLast().contains(where: blank) {
        violations.append("\(segment.text.debugDescription) spans a blank line")
      }
      outside += bytes[covered..<range.lowerBound]
      covered = range.upperBound
    }
    outside += bytes[covered...]
    let left = String(decoding: outside, as: UTF8.self)
    if !left.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      violations.append("text outside the segments is not white space: \(left.debugDescription)")
    }
    return violations
  }
}

// MARK: - Generated texts

extension SentenceSegmenterTests {
  /// SplitMix64: a small, fast pseudo-random generator, deterministic for a given seed.
  struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
      state = seed
    }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    /// An element of `items` (which must not be empty).
    mutating func pick<T>(_ items: [T]) -> T {
      items[Int(next() % UInt64(items.count))]
    }

    /// A text of up to 80 fragments joined by assorted white space.
    mutating func text() -> String {
      var text = pick(["", " ", "\n", "\u{FEFF}"])
      for _ in 0..<(next() % 81) {
        text += pick(Self.fragments) + pick(Self.separators)
      }
      return text
    }

    private static let fragments = [
      "Hamas", "talks", "the", "peace", "Gaza", "café", "Zürich", "Ägypten", "日本語", "🇵🇸", "👩‍👩‍👧",
      "e\u{301}", "\u{301}", "naïve", "2007", "2.5", "$1.2 billion", "3.30 p.m.", "9 a.m.", "U.S.",
      "U.N.", "U.K.", "E.U.", "Mr.", "Dr.", "St.", "Jr.", "No.", "No. 10", "etc.", "e.g.", "i.e.",
      "vs.", "Inc.", "Jan.", "Sept.", "J. K. Rowling", "John F. Kennedy", "U.S.-backed", "(PA)",
      "“quoted”", "‘single’", "\"straight\"", "'apostrophe'", "…", "...", "–", "—", "-", ".", "!",
      "?", "?!", ".”", ",”", ".’", ".)", "“", "”", "‘", "’", "(", ")", "[", "]", ":", ";", ",",
      "The", "It", "He", "But", "A.", "I", "Why We Wrote This", "Will the PLO leader play ball?",
    ]

    private static let separators = [
      " ", " ", " ", " ", "", "", "\n", "\n\n", "\r\n", "\t", "\u{00A0}", "\u{2003}", "\u{2028}",
      "  \n  ", "\r",
    ]
  }
}

// MARK: - Seed document

extension SentenceSegmenterTests {
  /// The seed document of the knowledge folder, `Knowledge/documents/cairo-talks.txt`.
  static func seedDocument() throws -> String {
    let url = URL(filePath: #filePath).deletingLastPathComponent()
      .appending(path: "../../Knowledge/documents/cairo-talks.txt")
    return try String(contentsOf: url, encoding: .utf8)
  }
}
