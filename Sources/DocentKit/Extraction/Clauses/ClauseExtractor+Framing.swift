extension ClauseExtractor {
  /// Verbs that say their subject's clause is uncertain when they take an infinitive: "appear
  /// to", "seem to", "purport to".
  static let raisingVerbs: Set<String> = ["appear", "seem", "purport"]

  /// Verbs that hedge an infinitive when passive: "is expected to", "is said to".
  static let passiveHedgeVerbs: Set<String> = [
    "expect", "believe", "think", "report", "say", "suppose", "rumor", "rumour", "understand",
  ]

  /// Adjectives that, after "it remains" or "it is", make a "whether" clause uncertain.
  static let uncertainAdjectives: Set<String> = ["unclear", "uncertain", "unknown", "doubtful"]

  /// Verbs of saying, whose subject is the speaker of the clauses they report.
  static let speechVerbs: Set<String> = [
    "say", "tell", "add", "explain", "note", "argue", "claim", "insist", "warn", "state",
    "acknowledge", "concede", "declare", "write", "announce", "confirm", "report", "stress",
    "reply", "recall",
  ]

  /// Verbs of saying that something is not so, or may not be: what they report is no
  /// statement of the text's.
  static let disputingVerbs: Set<String> = ["deny", "dispute", "doubt", "question", "reject"]

  /// The index of the frame whose verb group holds `word`.
  func frameIndex(holding word: Int, in frames: [ClauseFrame]) -> Int? {
    frames.firstIndex { $0.group.contains(word) }
  }

  /// Gives each infinitive the subject (or, for `TOo`, the object) of the verb that governs
  /// it, and its tense; governors are resolved before what they govern.
  func resolveControl(_ frames: inout [ClauseFrame]) {
    for _ in 0..<3 {
      for index in frames.indices where frames[index].subjects.isEmpty {
        guard let controller = frames[index].controller,
          let governor = frameIndex(holding: controller, in: frames), governor != index
        else { continue }
        let source = frames[governor]
        frames[index].subjects =
          frames[index].isObjectControlled ? Array(source.objects.prefix(1)) : source.subjects
        frames[index].tense = source.tense
      }
    }
  }

  /// Gives a verb that "and", "but" or "or" joins to an earlier one, and that the parser left
  /// without a subject, the earlier verb's subject: "the Access Board published … and worked
  /// with Amtrak". Only a verb whose form shows it is finite (a past form), right after the
  /// conjunction (and its adverbs), with a role of its own, and only from the nearest earlier
  /// main clause with a subject, in the same voice.
  func shareCoordinatedSubjects(_ frames: inout [ClauseFrame]) {
    for index in frames.indices
    where frames[index].subjects.isEmpty && frames[index].kind == .main
      && frames[index].controller == nil && !frames[index].isPassive
      && frames[index].tense == .past && frames[index].agent == nil
      // A verb with no role of its own is no clause to give one to ("published and
      // distributed", participles read as verbs).
      && frames[index].hasRoleBesidesSubject
    {
      var before = (chain(of: frames[index]).first ?? frames[index].verb) - 1
      while before > 0, linkage.words[before].partOfSpeech == .adverb { before -= 1 }
      guard before > 0, ["and", "but", "or"].contains(lower(before)),
        let source = frames.indices.filter({ other in
          other != index && frames[other].verb < before && frames[other].kind == .main
            && !frames[other].subjects.isEmpty && !frames[other].isPassive
        }).max(by: { frames[$0].verb < frames[$1].verb })
      else { continue }
      frames[index].subjects = frames[source].subjects
      frames[index].subjectStart = frames[source].subjectStart
    }
  }

  /// Verbs whose infinitive did not happen: "refused to issue an apology" issued none.
  static let denyingVerbs: Set<String> = ["refuse", "decline", "fail", "neglect", "forget"]

  /// Denies the infinitive a denying verb governs ("Eisenhower refused to issue a formal
  /// apology": he did not issue one), unless the denying verb is denied itself ("did not fail
  /// to").
  func denyRefusedInfinitives(_ frames: inout [ClauseFrame]) {
    for index in frames.indices where frames[index].kind == .infinitive {
      guard let controller = frames[index].controller,
        let governor = frameIndex(holding: controller, in: frames), governor != index
      else { continue }
      let lemma = VerbLemma.lemma(of: lower(frames[governor].verb))
      if Self.denyingVerbs.contains(lemma), frames[governor].negation.isEmpty {
        frames[index].negation.append(lower(frames[governor].verb))
      } else if Self.aimingVerbs.contains(lemma), !frames[governor].isPassive {
        // ("is expected to" is a passive hedge of its own, read with the framing verbs.)
        // "The city plans to build a library", "The team tried to fix the bug": what is
        // planned, hoped for or tried is not yet done.
        frames[index].hedges.insert(lower(frames[governor].verb) + " to", at: 0)
      }
    }
  }

  /// Hedges the infinitive a noun of aim or chance governs ("had a plan to close the furnace",
  /// "a chance to meet the president"): what is planned or possible is not yet done.
  func hedgeAimedInfinitives(_ frames: inout [ClauseFrame]) {
    for index in frames.indices where frames[index].kind == .infinitive {
      guard let controller = frames[index].controller, isNominal(controller),
        case let noun = lower(controller),
        Self.aimingNouns.contains(noun.hasSuffix("s") ? String(noun.dropLast()) : noun)
      else { continue }
      frames[index].hedges.insert(noun + " to", at: 0)
    }
  }

  /// Nouns whose infinitive is aimed at or possible, not done: "a plan to", "the chance to".
  static let aimingNouns: Set<String> = [
    "plan", "chance", "opportunity", "intention", "attempt", "proposal", "bid", "effort",
    "hope", "goal", "aim", "wish", "desire", "offer", "promise", "threat", "decision",
    "ambition", "option",
  ]

  /// Verbs whose infinitive is aimed at, not done: "plans to build", "tried to fix".
  static let aimingVerbs: Set<String> = [
    "plan", "hope", "try", "attempt", "aim", "intend", "seek", "want", "wish", "strive",
    "propose", "promise", "mean", "prepare", "vow", "threaten", "expect", "plot",
  ]

  /// Folds verbs that only frame another clause into it and drops them: "appear to" and "is
  /// expected to" become hedges, "it remains unclear whether" a hedge, "had to" a modality.
  func applyFramingVerbs(_ frames: inout [ClauseFrame]) {
    for index in frames.indices {
      let frame = frames[index]
      let lemma = VerbLemma.lemma(of: lower(frame.verb))
      let governed = frames.indices.filter {
        $0 != index && frames[$0].controller.map(frame.group.contains) == true
      }
      let verbs = chain(of: frame)
      if !governed.isEmpty,
        Self.raisingVerbs.contains(lemma)
          || (frame.isPassive && Self.passiveHedgeVerbs.contains(lemma))
      {
        let to = governed.compactMap {
          right(of: frame.verb, "TO").first ?? left(of: frames[$0].verb, "I").first
        }.first
        let hedge = textBetween(verbs.first ?? frame.verb, to ?? frame.verb)
        for other in governed {
          frames[other].hedges.insert(hedge, at: 0)
          frames[other].kind = frame.kind == .infinitive ? .infinitive : frame.kind
          frames[other].negation += frame.negation
        }
        frames[index].isDropped = true
      } else if !governed.isEmpty, lemma == "have", frame.objects.isEmpty {
        for other in governed {
          frames[other].modality = frames[other].modality ?? lower(frame.verb) + " to"
          frames[other].kind = frame.kind
          frames[other].negation += frame.negation
          // "The team has yet to decide": it has not decided.
          if frame.verb < frames[other].verb,
            ((frame.verb + 1)..<frames[other].verb).contains(where: { lower($0) == "yet" })
          {
            frames[other].negation.append("yet")
          }
        }
        frames[index].isDropped = true
      } else if let hedge = uncertaintyHedge(frame) {
        for other in frames.indices
        where frames[other].group.contains(where: { hedge.clauses.contains($0) }) {
          frames[other].hedges.insert(hedge.text, at: 0)
        }
        frames[index].isDropped = true
      }
    }
  }

  /// "It remains unclear whether …": the hedge's text and the verbs the "whether" governs.
  func uncertaintyHedge(_ frame: ClauseFrame) -> (text: String, clauses: Set<Int>)? {
    guard let subject = frame.subjects.first, lower(subject) == "it" else { return nil }
    let adjectives = frame.group.flatMap { right(of: $0, "Pa") }
    guard let adjective = adjectives.first(where: { Self.uncertainAdjectives.contains(lower($0)) })
    else { return nil }
    let conjunctions = (right(of: adjective, "MVs") + right(of: frame.verb, "MVs"))
      .filter { ["whether", "if"].contains(lower($0)) }
    guard let whether = conjunctions.first else { return nil }
    return (textBetween(subject, whether), Set(right(of: whether, "CV")))
  }

  /// Marks the clauses a verb of saying reports as said by its subject: after a quote (`CP*`
  /// from the wall, "…,” says X") every other clause outside the speaker's own phrase; with a
  /// complement clause (`Ce`, `CV`, `TH`), the clauses after the verb. "According to X"
  /// attributes the sentence's clauses outside its own phrase to X.
  func attribute(_ frames: inout [ClauseFrame]) {
    for index in frames.indices {
      let frame = frames[index]
      let speech = VerbLemma.lemma(of: lower(frame.verb))
      let disputes = Self.disputingVerbs.contains(speech)
      guard Self.speechVerbs.contains(speech) || disputes else { continue }
      let afterQuote = frame.group.contains { !left(of: $0, "CP").isEmpty }
      let complement = frame.group.contains { word in
        ["Ce", "CV", "TH", "C"].contains { !right(of: word, $0).isEmpty }
      }
      guard afterQuote || complement else { continue }
      var speakerHead = frame.subjects.first
      if speakerHead == nil, afterQuote, let object = frame.objects.first, object > frame.verb {
        speakerHead = object
        frames[index].subjects = frame.objects
        frames[index].objects = []
      }
      guard let speakerHead, let speaker = phrase(headedBy: speakerHead, blocked: frame.group)
      else { continue }
      let own = dependents(of: speakerHead, blocked: frame.group, crossingAppositives: true)
      let region = (own.min() ?? speakerHead)...(own.max() ?? speakerHead)
      for other in frames.indices where other != index && frames[other].attribution == nil {
        let verb = frames[other].verb
        guard !region.contains(verb), afterQuote || verb > frame.verb,
          frames[other].subjects.allSatisfy({ !own.contains($0) }) || frames[other].subjects.isEmpty
        else { continue }
        frames[other].attribution = speaker
        // "The mayor denied that the city sold the land": what is denied or disputed is not
        // stated.
        if disputes { frames[other].hedges.insert(lower(frame.verb), at: 0) }
      }
    }
    attributeAccordingTo(&frames)
  }

  /// "According to X": X is the speaker of every clause outside the phrase.
  func attributeAccordingTo(_ frames: inout [ClauseFrame]) {
    for according in linkage.words.indices where lower(according) == "according" {
      let to = according + 1
      guard isToken(to), lower(to) == "to", let source = right(of: to, "J").first,
        let speaker = phrase(headedBy: source, blocked: [according, to])
      else { continue }
      let own = dependents(of: source, blocked: [to], crossingAppositives: true)
      let region = according...(own.max() ?? source)
      for index in frames.indices where frames[index].attribution == nil {
        if !region.contains(frames[index].verb) { frames[index].attribution = speaker }
      }
    }
  }
}
