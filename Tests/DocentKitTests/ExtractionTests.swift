import Foundation
import Testing

@testable import DocentKit

/// The facts extracted from `text`, read as a document of its own.
private func extract(_ text: String) -> ExtractedFacts {
  Extractor.extract(from: Document(id: "t", text: text))
}

/// The seed article, as a document.
private func seedDocument() throws -> Document {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Knowledge/documents/cairo-talks.txt")
  return Document(id: "cairo-talks", text: try String(contentsOf: url, encoding: .utf8))
}

/// The number of the one sentence of `document` containing all of `fragments`.
private func sentenceNumber(containing fragments: String..., in document: Document) throws -> Int {
  let matches = document.sentences.filter { sentence in
    fragments.allSatisfy { sentence.text.contains($0) }
  }
  try #require(matches.count == 1, "\(fragments) should be in exactly one sentence")
  return matches[0].number
}

@Suite struct ExtractionTests {
  // MARK: - Names

  struct NameCase: Sendable, CustomTestStringConvertible {
    let text: String
    let names: [String]
    var testDescription: String { text }
  }

  @Test(arguments: [
    NameCase(
      text: "Ten Palestinian factions – including Hamas and Islamic Jihad – met in Cairo.",
      names: ["Palestinian", "Hamas", "Islamic Jihad", "Cairo"]),
    NameCase(
      text: "Qatar’s prime minister, Mohammed bin Abdulrahman Al Thani, told CNN.",
      names: ["Qatar", "Mohammed bin Abdulrahman Al Thani", "CNN"]),
    NameCase(
      text: "Hamas’ overture comes as Washington gathers support.", names: ["Hamas", "Washington"]),
    NameCase(text: "He met Mr. Diliani in Ramallah.", names: ["Diliani", "Ramallah"]),
    NameCase(
      text: "It is part of U.S. President Donald Trump’s peace plan.",
      names: ["U.S.", "Donald Trump"]),
    NameCase(
      text: "She runs the Palestinian Centre for Policy Research and Strategic Studies.",
      names: ["Palestinian Centre for Policy Research and Strategic Studies"]),
    NameCase(
      text: "The Authority and Fatah under Mahmoud Abbas disagree.",
      names: ["Authority", "Fatah", "Mahmoud Abbas"]),
    NameCase(
      text: "Knowing that, political analyst Hani al-Masri spoke.", names: ["Hani al-Masri"]),
    NameCase(
      text: "However, Hamas-led forces and U.S.-backed militias met on Wednesday.",
      names: ["Hamas", "U.S."]),
    NameCase(text: "Why does the PLO matter to the U.N.?", names: ["PLO", "U.N."]),
    NameCase(text: "It must comply with Phase 2 of the plan.", names: ["Phase 2"]),
    NameCase(
      text: "She helped found the National Association for the Advancement of Colored People.",
      names: ["National Association for the Advancement of Colored People"]),
    NameCase(
      text: "They prayed at the Church of the Holy Sepulchre.",
      names: ["Church of the Holy Sepulchre"]),
    NameCase(text: "They met Hamas of the West Bank.", names: ["Hamas", "West Bank"]),
    NameCase(text: "The party met in Dar es Salaam.", names: ["Dar es Salaam"]),
    NameCase(text: "“The Palestinians should decide,” he said.", names: ["Palestinians"]),
    NameCase(text: "Observers say it will fail. Alongside the talks, nothing moved.", names: []),
    // A role in capitals after another capitalized word is a title, not part of the name;
    // a common word before it is no name either.
    NameCase(
      text: "“We are home,” said NASA Administrator Bill Nelson.", names: ["NASA", "Bill Nelson"]),
    NameCase(
      text: "Flight Director Christopher Kraft led a team of controllers.",
      names: ["Christopher Kraft"]),
    NameCase(
      text: "Walker Hale spoke to General Motors.", names: ["Walker Hale", "General Motors"]),
    // "New" opens longer names only ("New York") and is written in lower case too: no name at
    // the start of a sentence. "Hamas", a name of its own elsewhere, is one there.
    // A nickname in quotes inside a name is part of it.
    NameCase(
      text: "Altimont “Freddie” Butler is a former striker from Kingston.",
      names: ["Altimont “Freddie” Butler", "Kingston"]),
    // A pronoun with a capital it should not have is still a pronoun.
    NameCase(
      text: "In 2010, He accepted the coaching position at Sogndal.", names: ["Sogndal"]),
    NameCase(
      text: "The team met in New York. New research came from a new study. Hamas said no. "
        + "Officials in Gaza said Hamas agreed.",
      names: ["New York", "Hamas", "Gaza", "Hamas"]),
  ])
  func namesAreFound(_ testCase: NameCase) {
    #expect(extract(testCase.text).names.map(\.name) == testCase.names)
  }

  // MARK: - Appositives

  struct AppositiveCase: Sendable, CustomTestStringConvertible {
    let text: String
    let appositives: [String]
    var testDescription: String { text }
  }

  @Test(arguments: [
    AppositiveCase(
      text:
        "“Yes,” says Dimitri Diliani, a spokesman for the Democratic Reform Bloc, which agrees.",
      appositives: ["Dimitri Diliani: a spokesman for the Democratic Reform Bloc"]),
    AppositiveCase(
      text:
        "The same goes for the Palestine Liberation Organization (PLO), a nationalist coalition.",
      appositives: ["Palestine Liberation Organization: a nationalist coalition"]),
    AppositiveCase(
      text: "So says political analyst Hani al-Masri, director of the Centre, in Ramallah.",
      appositives: [
        "Hani al-Masri: political analyst", "Hani al-Masri: director of the Centre, in Ramallah",
      ]),
    AppositiveCase(
      text: "Qatar’s prime minister, Mohammed bin Abdulrahman Al Thani, told CNN.",
      appositives: ["Mohammed bin Abdulrahman Al Thani: Qatar’s prime minister"]),
    AppositiveCase(
      text: "It was headed by President Donald Trump.",
      appositives: ["Donald Trump: President"]),
    // A role given by "was named", "was appointed as", a short form in brackets in it, a
    // time after it left out.
    AppositiveCase(
      text:
        "In January, Jeremy Kenny was named manager of the Cryogenic Fluid Management (CFM) "
        + "project, where he oversees a team.",
      appositives: ["Jeremy Kenny: manager of the Cryogenic Fluid Management (CFM) project"]),
    AppositiveCase(
      text: "Ada Lind was appointed as director of the museum in 2019.",
      appositives: ["Ada Lind: director of the museum"]),
    // A describing word before the role is the role's: not "investigator" alone.
    AppositiveCase(
      text: "The mission is led by principal investigator Christopher Walker.",
      appositives: ["Christopher Walker: principal investigator"]),
    AppositiveCase(
      text: "They talk with Fatah, the party which dominates the PA, and with the PA itself.",
      appositives: ["Fatah: the party which dominates the PA"]),
    AppositiveCase(
      text: "The Palestinian Authority (PA) – Hamas’ arch-rival – would not say.",
      appositives: ["Palestinian Authority: Hamas’ arch-rival"]),
    AppositiveCase(
      text: "The aloof Palestinian Authority president, Mahmoud Abbas, is waiting.",
      appositives: ["Mahmoud Abbas: Palestinian Authority president"]),
    AppositiveCase(
      text: "“It is hard,” said Sabrina Savage, principal investigator at Marshall for Hi-C.",
      appositives: ["Sabrina Savage: principal investigator at Marshall for Hi-C"]),
    AppositiveCase(
      text: "Amy Winebarger, project scientist at Marshall, spoke first.",
      appositives: ["Amy Winebarger: project scientist at Marshall"]),
    AppositiveCase(
      text: "Jane Cole of the center in Greenbelt, Maryland, deputy investigator, agreed.",
      appositives: []),
    // A trade WordNet knows as a kind of person is a role too, with another joined by "and";
    // so is the noun before a role that says which ("copy editor"), without the praise before it.
    AppositiveCase(
      text: "The Flemish engraver Hans Collaert arrived in Rome in 1592.",
      appositives: ["Hans Collaert: Flemish engraver"]),
    AppositiveCase(
      text: "When the Umbrian painter and theorist Federico Zuccaro joined them, he spoke.",
      appositives: ["Federico Zuccaro: Umbrian painter and theorist"]),
    AppositiveCase(
      text: "Thanks go to our tireless copy editor, Mira Holt, for the index.",
      appositives: ["Mira Holt: copy editor"]),
    AppositiveCase(text: "They compete with rival Palestinian factions.", appositives: []),
    AppositiveCase(text: "It is in use at Intel, and Yahoo.", appositives: []),
    AppositiveCase(text: "In Gaza, the army said it was ready.", appositives: []),
    AppositiveCase(
      text:
        "This year, given the global COVID-19 Pandemic, the committee moved the meeting online.",
      appositives: []),
    AppositiveCase(text: "Officials met Hamas, the PA and Fatah in Cairo.", appositives: []),
    AppositiveCase(text: "He met Mr. Diliani, who was late.", appositives: []),
  ])
  func appositivesAreFound(_ testCase: AppositiveCase) {
    let found = extract(testCase.text).appositives.map { "\($0.name): \($0.description)" }
    #expect(found == testCase.appositives)
  }

  // MARK: - Quotes

  struct QuoteCase: Sendable, CustomTestStringConvertible {
    let text: String
    let quotes: [String]
    var testDescription: String { text }
  }

  @Test(arguments: [
    QuoteCase(
      text: "“We are ready,” says Dimitri Diliani.", quotes: ["Dimitri Diliani: We are ready"]),
    QuoteCase(
      text: "“We are ready,” Mr. Daraghmeh says.", quotes: ["Mr. Daraghmeh: We are ready"]),
    QuoteCase(
      text: "“We are ready” says political analyst Hani al-Masri, in Ramallah.",
      quotes: ["Hani al-Masri: We are ready"]),
    QuoteCase(
      text: "A source, who declined to be named, said the movement “would only hand over arms.”",
      quotes: ["A source: would only hand over arms."]),
    QuoteCase(
      text: "In the talks, which one participant described as “constructive,” Hamas moved.",
      quotes: ["one participant: constructive"]),
    QuoteCase(
      text: "Qatar’s prime minister, Sheikh Mohammed, told CNN it will be “apolitical.”",
      quotes: ["Sheikh Mohammed: apolitical."]),
    QuoteCase(
      text: "“It works,” says Mr. Diliani. “It really does.”",
      quotes: ["Mr. Diliani: It works", "Mr. Diliani: It really does."]),
    QuoteCase(
      text: "“It works,” says Hani al-Masri.\n“It really does,” he added.",
      quotes: ["Hani al-Masri: It works", "Hani al-Masri: It really does"]),
    QuoteCase(
      text: "He said it will be “apolitical, and linked to the PA.\n“It is done,” he added.",
      quotes: []),
    QuoteCase(
      text: "“Any deal needs the PLO,” says Mr. Diliani, “Unfortunately, Abbas sits on top.”",
      quotes: [
        "Mr. Diliani: Any deal needs the PLO", "Mr. Diliani: Unfortunately, Abbas sits on top.",
      ]),
    QuoteCase(text: "“It is over,” they said.", quotes: []),
    QuoteCase(text: "The “Peace Board,” headed by Mr. Trump, would oversee it.", quotes: []),
    QuoteCase(
      text: "“It works,” says Mr. Diliani.\n“It really does.”", quotes: ["Mr. Diliani: It works"]),
    // A quote after a colon is said by the name the sentence opens with; not one after a
    // colon in a sentence that opens with no name.
    QuoteCase(
      text: "Hans Berg, a researcher at the institute, is delighted: “It is a big step.”",
      quotes: ["Hans Berg: It is a big step."]),
    QuoteCase(text: "The sign read: “Closed for repairs.”", quotes: []),
  ])
  func quotesAreTiedToTheirSpeakers(_ testCase: QuoteCase) {
    let found = extract(testCase.text).quotes.map { "\($0.speaker): \($0.text)" }
    #expect(found == testCase.quotes)
  }

  @Test func aQuoteLeftOpenCarriesItsSpeakerIntoTheNextParagraph() {
    let quotes = extract(
      "“It will be apolitical, and linked to the PA,” says Al Thani. “It will work.\n“Truly.”"
    ).quotes
    #expect(quotes.map(\.speaker) == ["Al Thani", "Al Thani", "Al Thani"])
    #expect(quotes.map(\.attribution) == [.inSentence, .continued, .continued])
  }

  @Test func aPronounResolvesOnlyToARecentSpeaker() {
    let quotes = extract(
      """
      “It works,” says Hani al-Masri. Talks went on. Nothing moved. Everyone waited.
      “It really does,” he added.
      """
    ).quotes
    #expect(quotes.map(\.speaker) == ["Hani al-Masri"])
  }

  // MARK: - Quantities

  struct QuantityCase: Sendable, CustomTestStringConvertible {
    let text: String
    let quantities: [String]
    var testDescription: String { text }
  }

  @Test(arguments: [
    QuantityCase(
      text: "Ten Palestinian factions have been meeting for the past three weeks in Cairo.",
      quantities: [
        "count Ten: Ten Palestinian factions",
        "duration three weeks: for the past three weeks",
      ]),
    QuantityCase(
      text: "It grants a broad two-year mandate.",
      quantities: ["duration two-year: two-year mandate"]),
    QuantityCase(
      text: "The resolution was submitted on Wednesday.",
      quantities: ["date Wednesday: on Wednesday"]),
    QuantityCase(
      text: "Hamas expelled the PA from Gaza in 2007.", quantities: ["date 2007: in 2007"]),
    QuantityCase(
      text: "It is the closest coordination for 18 years.",
      quantities: ["duration 18 years: for 18 years"]),
    QuantityCase(
      text: "He told CNN this week that it was over.", quantities: ["date this week: this week"]),
    QuantityCase(
      text: "Hamas has spurned its rivals for decades.",
      quantities: ["duration decades: for decades"]),
    QuantityCase(
      text: "After two years of punishing war, Hamas is seeking support.",
      quantities: ["duration two years: After two years of punishing war"]),
    QuantityCase(
      text: "It cost $1.2 billion on March 3, 2024.",
      quantities: ["count $1.2 billion: $1.2 billion", "date March 3, 2024: on March 3, 2024"]),
    QuantityCase(
      text: "One of the reasons is that one key figure is reluctant.",
      quantities: ["count One: One of the reasons", "count one: one key figure"]),
    QuantityCase(text: "No one knew about Phase 2 of the plan.", quantities: []),
    // An older year after a month or a word of time; not a bare number of things.
    QuantityCase(
      text: "The shock struck on December 16, 1811, and again in 1812.",
      quantities: ["date December 16, 1811: on December 16, 1811", "date 1812: in 1812"]),
    QuantityCase(
      text: "About 1500 settlers lived there.", quantities: ["count 1500: About 1500 settlers"]),
    // The day before the month.
    QuantityCase(
      text: "On 11 March 1998, Butler signed a contract.",
      quantities: ["date 11 March 1998: On 11 March 1998"]),
  ])
  func quantitiesAreFound(_ testCase: QuantityCase) {
    let found = extract(testCase.text).quantities.map { "\($0.kind) \($0.text): \($0.phrase)" }
    #expect(found == testCase.quantities)
  }

  // MARK: - The seed article

  @Test(arguments: [
    ("Dimitri Diliani", "a spokesman for the Democratic Reform Bloc"),
    ("Mohammed Daraghmeh", "the bureau chief in the Palestinian territories for Asharq News"),
    ("Hani al-Masri", "political analyst"),
    (
      "Hani al-Masri",
      "director of the Palestinian Centre for Policy Research and Strategic Studies, in Ramallah"
    ),
    ("Mohammed bin Abdulrahman Al Thani", "Qatar’s prime minister"),
    ("Mahmoud Abbas", "Palestinian Authority president"),
    (
      "Palestine Liberation Organization",
      "a nationalist coalition that represents Palestinians globally"
    ),
    ("Fatah", "the party which dominates the PA"),
    ("Fatah", "the late Yasser Arafat’s power base"),
    (
      "Palestinian Authority",
      "Hamas’ arch-rival and the main governing body in parts of the West Bank"
    ),
    ("Donald Trump", "U.S. President"),
  ])
  func seedAppositive(name: String, description: String) throws {
    let document = try seedDocument()
    let number = try sentenceNumber(containing: name, description, in: document)
    let found = Extractor.extract(from: document).appositives.filter {
      $0.name == name && $0.description == description
    }
    #expect(found.map(\.sentence.number) == [number])
  }

  @Test(arguments: [
    ("Dimitri Diliani", "These factions are meeting … unifying their visions"),
    ("Dimitri Diliani", "The most important thing now is to make the Trump plan work"),
    ("one participant", "constructive"),
    ("Mohammed bin Abdulrahman Al Thani", "apolitical, it will take care of Gaza"),
    ("Mohammed bin Abdulrahman Al Thani", "The Palestinians should take over governance"),
    ("A Hamas source outside Gaza", "would only hand over arms of the resistance"),
    ("Mohammed Daraghmeh", "Hamas would rather die"),
    ("Mohammed Daraghmeh", "They prefer to surrender their weapons"),
    ("Mr. Daraghmeh", "Hamas is in a tough position"),
    ("Mr. Daraghmeh", "The Palestinian Authority is the ladder"),
    ("Hani al-Masri", "The Authority and Fatah under Mahmoud Abbas"),
    ("Hani al-Masri", "But that is a grave misreading"),
    ("Hani al-Masri", "This is a time for action"),
    ("Hani al-Masri", "We are not seeing that."),
    ("Mr. Diliani", "Any agreement needs the blessings of the PLO"),
    ("Mr. Diliani", "Unfortunately, Abbas resides on top of that."),
  ])
  func seedQuote(speaker: String, words: String) throws {
    let document = try seedDocument()
    let number = try sentenceNumber(containing: words, in: document)
    let found = Extractor.extract(from: document).quotes.filter { $0.text.contains(words) }
    #expect(found.map(\.speaker) == [speaker])
    #expect(found.map(\.sentence.number) == [number])
  }

  @Test func seedQuotesAreAllAttributedAndVerbatim() throws {
    let quotes = Extractor.extract(from: try seedDocument()).quotes
    #expect(quotes.count == 16)
    #expect(!quotes.contains { $0.text.contains("Peace Board") })
    for quote in quotes {
      #expect(quote.sentence.text.contains(quote.text), "\(quote.text)")
    }
  }

  @Test func seedNamesIncludeTheArticlesActors() throws {
    let names = Set(Extractor.extract(from: try seedDocument()).names.map(\.name))
    let expected: Set = [
      "Hamas", "Islamic Jihad", "Fatah", "Palestinian Authority", "PA", "PLO",
      "Palestine Liberation Organization", "Donald Trump", "Trump", "U.N. Security Council",
      "Mohammed bin Abdulrahman Al Thani", "Qatar", "CNN", "Mohammed Daraghmeh", "Daraghmeh",
      "Asharq News", "Dimitri Diliani", "Diliani", "Democratic Reform Bloc", "Hani al-Masri",
      "Palestinian Centre for Policy Research and Strategic Studies", "Ramallah", "Mahmoud Abbas",
      "Abbas", "Yasser Arafat", "International Stabilization Force", "Peace Board", "Phase 2",
      "West Bank", "Gaza Strip", "United States", "Cairo", "Washington", "Oslo",
    ]
    #expect(expected.subtracting(names).isEmpty, "missing: \(expected.subtracting(names))")
  }

  @Test func seedNamesAreNeverCommonWords() throws {
    let commonWords: Set = [
      "The", "It", "Why", "However", "In", "After", "They", "While", "According", "Alongside",
      "Knowing", "Behind", "Will", "One", "Ten", "A", "We", "This", "But", "Any", "Unfortunately",
      "Keeping", "To", "He", "Mr.", "President", "Observers",
    ]
    let mentions = Extractor.extract(from: try seedDocument()).names
    #expect(mentions.filter { commonWords.contains($0.name) }.map(\.name) == [])
    for mention in mentions {
      #expect(mention.sentence.text.contains(mention.name), "\(mention.name)")
      #expect(mention.name.first?.isUppercase == true || mention.name.hasPrefix("al-"))
    }
  }

  @Test func seedQuantities() throws {
    let quantities = Extractor.extract(from: try seedDocument()).quantities
    let found = quantities.map { "\($0.sentence.number) \($0.kind) \($0.text): \($0.phrase)" }
    let document = try seedDocument()
    let expected = [
      ("for decades", "duration decades: for decades"),
      ("Ten Palestinian factions", "count Ten: Ten Palestinian factions"),
      ("for the past three weeks", "duration three weeks: for the past three weeks"),
      ("two-year mandate", "duration two-year: two-year mandate"),
      ("After two years", "duration two years: After two years of punishing war"),
      ("on Wednesday", "date Wednesday: on Wednesday"),
      ("one participant", "count one: one participant"),
      ("in 2007", "date 2007: in 2007"),
      ("this week", "date this week: this week"),
      ("One of the reasons", "count One: One of the reasons"),
      ("for 18 years", "duration 18 years: for 18 years"),
      ("one key figure", "count one: one key figure"),
      ("after years of spurning", "duration years: after years of spurning"),
    ]
    let numbered = try expected.map { fragment, description in
      "\(try sentenceNumber(containing: fragment, in: document)) \(description)"
    }
    #expect(found == numbered)
  }

  @Test func seedFindingsStandInTheirSentences() throws {
    let facts = Extractor.extract(from: try seedDocument())
    for appositive in facts.appositives {
      #expect(appositive.sentence.text.contains(appositive.name))
      #expect(appositive.sentence.text.contains(appositive.description))
    }
    for quantity in facts.quantities {
      #expect(quantity.phrase.contains(quantity.text))
      #expect(quantity.sentence.text.contains(quantity.phrase))
    }
  }

  // MARK: - Shuffled text

  @Test(arguments: [UInt64](1...8))
  func shuffledSeedWordsKeepEveryFindingVerbatim(seed: UInt64) throws {
    let words = try seedDocument().text.split(whereSeparator: \.isWhitespace)
    var generator = Shuffler(state: seed)
    for _ in 0..<8 {
      let text = (0..<300).map { index in
        (index % 40 == 39 ? "\n" : "") + words[generator.next(below: words.count)]
      }.joined(separator: " ")
      let facts = extract(text)
      #expect(facts.names.allSatisfy { $0.sentence.text.contains($0.name) })
      #expect(facts.quotes.allSatisfy { $0.sentence.text.contains($0.text) })
      #expect(facts.appositives.allSatisfy { $0.sentence.text.contains($0.description) })
      #expect(facts.quantities.allSatisfy { $0.sentence.text.contains($0.phrase) })
    }
  }

  /// A deterministic pseudo-random source for shuffling words (SplitMix64).
  struct Shuffler {
    var state: UInt64

    /// A number from 0 up to, not including, `bound`.
    mutating func next(below bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((value ^ (value >> 31)) % UInt64(bound))
    }
  }
}
