import Foundation
import Testing

@testable import DocentKit

/// One clause a reader states for a real sentence: the document and sentence, and the roles the
/// extractor must produce. A field left nil is not asserted (see the report's known failures).
struct ClauseRow: Sendable, CustomTestStringConvertible {
  /// The document id (of `Knowledge/documents` or `Tests/Evaluation/Uncurated/Knowledge/documents`).
  let document: String
  /// The sentence number, from 1.
  let sentence: Int
  /// The predicate's lemma.
  let lemma: String
  /// The subject as written; "" asserts there is none.
  var subject: String?
  /// The objects as written.
  var objects: [String]?
  /// The complement as written.
  var complement: String?
  /// Prepositional arguments as `preposition: phrase`.
  var arguments: [String]?
  /// Modifiers as `kind: phrase`.
  var modifiers: [String]?
  /// Tense, voice, modality, negation and hedges as `Clause.outline` writes them in brackets.
  var notes: String?
  /// The speaker the clause is attributed to.
  var attribution: String?

  /// `document sentence: lemma`.
  var testDescription: String { "\(document) \(sentence): \(lemma) \(subject ?? "")" }
}

/// Clause tables over real sentences: the two bundled documents and the uncurated evaluation texts.
@Suite struct ClauseTableTests {
  /// Clauses of the bundled documents, as a reader states them.
  static let bundled: [ClauseRow] = [
    // "In a bid to …" opening the sentence: a purpose of the main clause, not its subject.
    ClauseRow(
      document: "cairo-talks", sentence: 1, lemma: "reach out", subject: "Hamas",
      arguments: ["to: rivals it has spurned"],
      modifiers: [
        "purpose: In a bid to turn a fragile ceasefire into peace, and to ensure a Palestinian "
          + "role in the governance of postwar Gaza",
        "time: for decades",
      ]),
    ClauseRow(
      document: "cairo-talks", sentence: 4, lemma: "seek", subject: "Hamas",
      modifiers: [
        "time: After two years of punishing war with Israel",
        "purpose: to bolster its position in planned new Gaza governance arrangements",
      ]),
    ClauseRow(
      document: "cairo-talks", sentence: 5, lemma: "be", subject: "the radical Islamist group",
      modifiers: ["purpose: To do so"]),
    // "in order to …" is a purpose, not an argument of "in".
    ClauseRow(
      document: "cairo-talks", sentence: 20, lemma: "need", subject: "it", objects: ["them"],
      arguments: [],
      modifiers: [
        "purpose: in order to comply with Phase 2 of Mr. Trump’s peace plan: the surrender of "
          + "its weapons"
      ]),
    ClauseRow(
      document: "cairo-talks", sentence: 21, lemma: "hand over", subject: "the movement",
      objects: [
        "arms of the resistance to a legitimate Palestinian entity … not to a foreign occupying "
          + "force"
      ],
      arguments: []),
    ClauseRow(
      document: "cairo-talks", sentence: 22, lemma: "hand over", subject: "Hamas", arguments: []),
    ClauseRow(document: "cairo-talks", sentence: 26, lemma: "climb down", arguments: []),
    ClauseRow(
      document: "harbor-bridge", sentence: 1, lemma: "vote",
      subject: "The Port Alder town council", modifiers: ["time: on Tuesday", "time: since 1958"]),
    ClauseRow(
      document: "cairo-talks", sentence: 2, lemma: "meet", subject: "Ten Palestinian factions",
      objects: [], modifiers: ["time: for the past three weeks", "place: in Cairo"],
      notes: "present, active"),
    ClauseRow(
      document: "cairo-talks", sentence: 2, lemma: "include", subject: "Ten Palestinian factions",
      objects: ["Hamas"]),
    ClauseRow(
      document: "cairo-talks", sentence: 3, lemma: "gather", subject: "Washington",
      objects: ["support"],
      arguments: [
        "for: a draft U.N. Security Council resolution granting a broad two-year mandate to an "
          + "international security force and an administration to govern Gaza"
      ]),
    ClauseRow(
      document: "cairo-talks", sentence: 6, lemma: "submit", subject: "the United States",
      objects: ["The resolution"], modifiers: ["time: on Wednesday"], notes: "past, passive"),
    ClauseRow(
      document: "cairo-talks", sentence: 12, lemma: "be", subject: "It", complement: "a sign",
      attribution: "insiders"),
    ClauseRow(
      document: "cairo-talks", sentence: 14, lemma: "represent", subject: "a nationalist coalition",
      objects: ["Palestinians"], modifiers: ["manner: globally"]),
    ClauseRow(
      document: "cairo-talks", sentence: 15, lemma: "expel", subject: "The Islamist group",
      objects: ["the PA"], notes: "past, active"),
    ClauseRow(
      document: "cairo-talks", sentence: 16, lemma: "dominate", subject: "the party",
      objects: ["the PA"]),
    ClauseRow(
      document: "cairo-talks", sentence: 19, lemma: "take over", subject: "The Palestinians",
      objects: ["governance"], notes: "present, active, modal: should"),
    ClauseRow(
      document: "cairo-talks", sentence: 20, lemma: "be", subject: "Hamas",
      complement: "willing to work with its rivals"),
    ClauseRow(
      document: "cairo-talks", sentence: 24, lemma: "surrender", subject: "They",
      objects: ["their weapons"], arguments: ["to: a Palestinian unity government"]),
    ClauseRow(
      document: "cairo-talks", sentence: 29, lemma: "rule",
      subject: "The increasingly isolated and aloof Palestinian Authority president",
      objects: ["the PA"], arguments: ["with: an iron fist"], attribution: "sources"),
    ClauseRow(
      document: "cairo-talks", sentence: 29, lemma: "comprise",
      subject: "the Palestine Liberation Organization",
      objects: ["all Palestinian factions except Hamas and Islamic Jihad"]),
    ClauseRow(
      document: "cairo-talks", sentence: 30, lemma: "hold out", subject: "Mr. Abbas",
      arguments: ["for: more concessions"], notes: "present, active, hedge: reportedly"),
    ClauseRow(
      document: "cairo-talks", sentence: 36, lemma: "stymie", subject: "he",
      objects: ["the breakthrough talks"], modifiers: ["time: yet", "place: in Cairo"],
      notes: "present, active, modal: could"),
    ClauseRow(
      document: "harbor-bridge", sentence: 2, lemma: "cost", subject: "The new bridge",
      objects: ["an estimated $14 million"], notes: "future, active, modal: will"),
    ClauseRow(
      document: "harbor-bridge", sentence: 3, lemma: "act", subject: "the council",
      notes: "past, active, modal: had to", attribution: "Okafor"),
    ClauseRow(
      document: "harbor-bridge", sentence: 3, lemma: "close", subject: "",
      objects: ["the old bridge"], attribution: "Okafor"),
    ClauseRow(
      document: "harbor-bridge", sentence: 10, lemma: "close", subject: "any plan",
      objects: ["the crossing"], modifiers: ["manner: completely", "time: during construction"]),
    ClauseRow(
      document: "harbor-bridge", sentence: 11, lemma: "build", subject: "The council",
      objects: ["the new span"], arguments: ["beside: the old one"]),
    ClauseRow(
      document: "harbor-bridge", sentence: 12, lemma: "last", subject: "Work",
      modifiers: ["time: about two years"], notes: "present, active, hedge: is expected to",
      attribution: "the Port Alder Public Works Department"),
    ClauseRow(
      document: "harbor-bridge", sentence: 15, lemma: "cover", subject: "the state grant",
      objects: ["rising steel prices"],
      notes: "future, active, modal: will, hedge: It remains unclear whether"),
  ]

  /// Clauses of the uncurated evaluation texts, as a reader states them.
  static let uncurated: [ClauseRow] = [
    // Openers read as modifiers of the main clause, kept out of its subject.
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 7, lemma: "fly", subject: "the crew",
      modifiers: ["time: After returning to shore"], notes: "future, active, modal: will"),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 13, lemma: "dock", subject: "Dragon",
      arguments: ["to: the Harmony module’s space-facing port"],
      modifiers: ["time: About 30 hours later"]),
    ClauseRow(
      document: "apache-spark-tlp", sentence: 15, lemma: "bolster", subject: "Apache Spark",
      modifiers: ["time: Since entering the Apache Incubator in June 2013"]),
    ClauseRow(
      document: "debian-history", sentence: 19, lemma: "adopt", subject: "Debian",
      modifiers: ["purpose: To achieve and maintain high standards of quality"]),
    ClauseRow(
      document: "nasa-cloudsat", sentence: 12, lemma: "know", subject: "we",
      modifiers: ["time: Before CloudSat"]),
    // Prepositional phrases of time and place are modifiers, adjacent times one phrase.
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 14, lemma: "undock", subject: "Crew-7",
      arguments: [], modifiers: ["time: at 11:20 a.m. Monday, March 11"]),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 3, lemma: "splash down", subject: "",
      arguments: ["in: a Dragon spacecraft"],
      modifiers: ["manner: safely", "place: off the coast"]),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 3, lemma: "complete", subject: "Crew-7",
      objects: ["the agency’s seventh commercial crew rotation mission"],
      modifiers: [
        "time: on Tuesday",
        "time: after splashing down safely in a Dragon spacecraft off the coast",
      ]),
    // Particles are part of the lemma; lemmas of -e stems and irregular participles.
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 12, lemma: "lift off",
      modifiers: ["time: at 3:27 a.m. Aug. 26, 2023"]),
    ClauseRow(document: "debian-history", sentence: 1, lemma: "compose"),
    ClauseRow(document: "apache-spark-tlp", sentence: 23, lemma: "oversee"),
    ClauseRow(
      document: "debian-history", sentence: 2, lemma: "be",
      subject: "The principle product of the project to date",
      complement: "the Debian GNU/Linux software distribution"),
    ClauseRow(
      document: "debian-history", sentence: 19, lemma: "adopt", subject: "Debian",
      objects: ["an extensive set of policies and procedures"],
      arguments: ["for: packaging and delivering software"]),
    ClauseRow(
      document: "debian-history", sentence: 22, lemma: "come", subject: "The name",
      arguments: ["from: the names of the creator of Debian"]),
    ClauseRow(
      document: "debian-history", sentence: 24, lemma: "found", subject: "Ian Murdock",
      objects: ["Debian"], notes: "past, active"),
    ClauseRow(
      document: "debian-history", sentence: 30, lemma: "lead", subject: "Martin Michlmayr",
      objects: ["Debian"], modifiers: ["time: from March 2003"], notes: "past, active"),
    ClauseRow(
      document: "debian-history", sentence: 41, lemma: "be", subject: "Jonathan Carter",
      complement: "our current leader"),
    ClauseRow(
      document: "nasa-gemini-1", sentence: 2, lemma: "complete", subject: "Gemini 1",
      objects: ["the first uncrewed test flight of the Gemini spacecraft and its Titan II booster"],
      modifiers: ["time: On April 8, 1964", "manner: successfully"], notes: "past, active"),
    ClauseRow(
      document: "nasa-gemini-1", sentence: 3, lemma: "prove", subject: "The three-orbit mission",
      objects: ["the structural integrity of the spacecraft"]),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 6, lemma: "retrieve",
      subject: "Teams aboard SpaceX recovery vessels", objects: ["the spacecraft"]),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 18, lemma: "contribute",
      subject: "the Crew-7 members",
      arguments: [
        "to: a host of science and maintenance activities and technology demonstrations"
      ],
      modifiers: ["time: Throughout their mission"]),
    ClauseRow(
      document: "nasa-crew7-splashdown", sentence: 20, lemma: "contribute", subject: "The crew",
      arguments: ["to: hundreds of experiments and technology demonstrations"]),
  ]

  /// The documents each folder holds, parsed once.
  static let folders: [String: [Document]] = {
    var found: [String: [Document]] = [:]
    let bundledFolder = packageRoot.appendingPathComponent("Knowledge/documents").path
    let uncuratedFolder = packageRoot.appendingPathComponent(
      "Tests/Evaluation/Uncurated/Knowledge/documents"
    ).path
    for folder in [bundledFolder, uncuratedFolder] {
      for document in (try? documents(inFolder: folder)) ?? [] { found[document.id] = [document] }
    }
    return found
  }()

  /// The clauses of sentence `number` of `document`.
  func clauses(_ document: String, _ number: Int) throws -> [Clause] {
    let text = try #require(Self.folders[document]?.first, "no document \(document)")
    let sentence = try #require(text.sentence(number))
    return ClauseExtractor.clauses(of: sentence, linkage: try linkage(of: sentence.text))
  }

  /// Checks one row against the clauses of its sentence.
  func check(_ row: ClauseRow) throws {
    let found = try clauses(row.document, row.sentence)
    let candidates = found.filter {
      $0.predicate.lemma == row.lemma
        && (row.subject == nil || ($0.subject?.text ?? "") == row.subject)
    }
    let clause = try #require(
      candidates.first { row.objects == nil || $0.objects.map(\.text) == row.objects }
        ?? candidates.first,
      Comment(rawValue: "no \(row.lemma) in:\n" + found.map(\.outline).joined(separator: "\n")))
    if let objects = row.objects { #expect(clause.objects.map(\.text) == objects) }
    if let complement = row.complement { #expect(clause.complement?.text == complement) }
    if let arguments = row.arguments {
      #expect(clause.arguments.map { "\($0.preposition): \($0.phrase.text)" } == arguments)
    }
    if let modifiers = row.modifiers {
      #expect(clause.modifiers.map { "\($0.kind): \($0.phrase.text)" } == modifiers)
    }
    if let notes = row.notes { #expect(clause.outline.contains("\(row.lemma) (\(notes))")) }
    if let attribution = row.attribution { #expect(clause.attribution?.text == attribution) }
  }

  @Test(arguments: bundled)
  func bundledSentence(_ row: ClauseRow) throws {
    try check(row)
  }

  @Test(arguments: uncurated)
  func uncuratedSentence(_ row: ClauseRow) throws {
    try check(row)
  }
}
