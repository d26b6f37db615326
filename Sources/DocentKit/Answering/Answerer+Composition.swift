import Foundation

extension Answerer {
  /// A description as said after "is": a role the text gives before a name, with no article,
  /// gets one ("mathematician" of "the mathematician Raphael Robinson" → "a mathematician",
  /// "political analyst" → "a political analyst"). A description is kept as written when it
  /// opens with a capital (a title: "U.S. President"), a determiner or another small word
  /// ("or other selected person"), or a number; when its noun is plural; or when it is an
  /// office of a body ("director of the Palestinian Centre …").
  static func withArticle(_ description: String) -> String {
    let words = description.split(separator: " ").map(String.init)
    guard let first = words.first, first.first?.isLowercase == true,
      !WordLists.stopWords.contains(first), NumberWords.value(first) == nil,
      !first.contains(where: \.isNumber)
    else { return description }
    // The noun is the last word before a preposition or a comma: "spokesman" of "spokesman
    // for the bloc". An office "of" a body may be its only one: "director of the Centre".
    let named = words.prefix { !WordLists.prepositions.contains($0) }
    let head = named.last ?? first
    guard !head.hasSuffix(","), !head.hasSuffix("s") || head.hasSuffix("ss"),
      words.dropFirst(named.count).first != "of"
    else {
      return description
    }
    return ("aeio".contains(first.first!) ? "an " : "a ") + description
  }

  /// The answer text for the facts found.
  func compose(_ found: FoundFacts, intent: Intent, lookup: FactLookup, question: String)
    -> String
  {
    let facts = found.facts
    let isSpeech = { (fact: Fact) in knowledge.relation(fact.relation, has: .speech) }
    let body: String
    if intent.strategy == .describe,
      facts.allSatisfy({ knowledge.relation($0.relation, has: .description) && $0.value != nil })
    {
      let subject = phrasing.name(facts[0].subject)
      let verb = knowledge.entity(facts[0].subject)?.plural == true ? "are" : "is"
      let descriptions = facts.compactMap(\.value).uniqued().map(Self.withArticle)
      body = phrasing.finish("\(subject) \(verb) \(descriptions.joinedAsList())")
    } else if facts.contains(where: isSpeech) {
      // Quotes first, then what the documents report the speaker as saying.
      let reported = facts.filter { !isSpeech($0) }
      body =
        ([quotes(facts.filter(isSpeech))]
        + (reported.isEmpty ? [] : [Self.joinedParagraph(groupedSentences(reported))]))
        .joined(separator: "\n")
    } else {
      body = Self.joinedParagraph(groupedSentences(facts))
    }
    if found.bearing == .aboutOthers, let subject = facts.first?.object {
      return "The documents don't describe \(phrasing.name(subject)) directly, only: " + body
    }
    guard intent.strategy == .check else { return body }
    if facts.allSatisfy({ $0.qualifiers.hedge != nil }) {
      return body.hasPrefix("It remains unclear")
        ? body : "The documents don't say for sure: " + body
    }
    switch lookup.verdict(found, question: question) {
    case .yes: return "Yes. " + body
    case .no: return "No. " + body
    case .mixed: return "The documents say both yes and no: " + body
    }
  }

  /// Quotes, grouped by speaker: "Dimitri Diliani said:" and each quote on a line of its own.
  func quotes(_ facts: [Fact]) -> String {
    var lines: [String] = []
    var speaker: EntityID?
    for fact in facts {
      if fact.subject != speaker {
        speaker = fact.subject
        lines.append("\(phrasing.name(fact.subject).capitalizingFirstLetter()) said:")
      }
      let to = fact.object.map { " (to \(phrasing.name($0)))" } ?? ""
      lines.append("  “\(fact.value ?? "")”\(to)")
    }
    return lines.joined(separator: "\n")
  }

  /// Facts as sentences; facts of one relation and object without words share one sentence.
  func groupedSentences(_ facts: [Fact]) -> [String] {
    var sentences: [String] = []
    var index = 0
    while index < facts.count {
      let fact = facts[index]
      var group = [fact]
      if fact.value == nil, fact.object != nil {
        while index + group.count < facts.count {
          let next = facts[index + group.count]
          guard next.relation == fact.relation, next.object == fact.object, next.value == nil,
            next.qualifiers == fact.qualifiers
          else { break }
          group.append(next)
        }
      }
      sentences.append(
        group.count > 1 ? phrasing.sentence(sharedBy: group) : phrasing.sentence(fact))
      index += group.count
    }
    // Drop a sentence another one already says: "Ten factions." beside "Ten factions met."
    let kept = sentences.droppingContained { Folding.words(String($0.dropLast())) }
    return mergingSubjects(kept, facts: facts)
  }

  /// Sentences in a row that start with the same name say it once: "Mahmoud Abbas sits atop
  /// the PLO, controls the PLO and resides on top of the PLO."
  func mergingSubjects(_ sentences: [String], facts: [Fact]) -> [String] {
    let names = Set(facts.map { phrasing.name($0.subject).capitalizingFirstLetter() })
      .sorted { $0.count > $1.count }
    var merged: [(subject: String?, parts: [String])] = []
    for sentence in sentences {
      let body = String(sentence.dropLast())
      // "Hamas and Islamic Jihad take part…" has two subjects: it stands on its own.
      guard sentence.hasSuffix("."),
        let subject = names.first(where: {
          body.hasPrefix($0 + " ") && !body.dropFirst($0.count + 1).hasPrefix("and ")
            && !body.dropFirst($0.count).hasPrefix(",")
        })
      else {
        merged.append((nil, [sentence]))
        continue
      }
      let predicate = String(body.dropFirst(subject.count + 1))
      if let last = merged.last, last.subject == subject {
        merged[merged.count - 1].parts.append(predicate)
      } else {
        merged.append((subject, [predicate]))
      }
    }
    return merged.map { entry in
      guard let subject = entry.subject else { return entry.parts[0] }
      // A predicate another one already contains says nothing new.
      let parts = entry.parts.droppingContained(foldedBy: Folding.words)
      let entry = (subject: entry.subject, parts: parts)
      guard entry.parts.count > 1 else { return "\(subject) \(entry.parts[0])." }
      // Many predicates, or predicates with commas of their own, read best as a list.
      if entry.parts.count > 3 || entry.parts.contains(where: { $0.contains(",") }) {
        return "\(subject):" + entry.parts.map { "\n  - \($0)" }.joined()
      }
      return "\(subject) \(entry.parts.joinedAsList())."
    }
  }
}

extension Answerer {
  /// The most facts one answer states.
  static let maximumFacts = 12

  /// Sentences run on with spaces, but a list ("Hamas:" and its items) stands on lines of its
  /// own.
  static func joinedParagraph(_ sentences: [String]) -> String {
    var text = ""
    var previousWasList = false
    for sentence in sentences {
      let isList = sentence.contains("\n")
      if !text.isEmpty { text += isList || previousWasList ? "\n" : " " }
      text += sentence
      previousWasList = isList
    }
    return text
  }
}
