extension Clause {
  /// The clause on one line, for reports and for reading test failures:
  /// `[kind] subject | lemma (tense, voice, …) | obj: … | comp: … | to: … | time: … | said by: …`.
  var outline: String {
    var parts = ["[\(kind)] \(subject?.text ?? "–")"]
    var verb = predicate.lemma
    var notes = ["\(predicate.tense)", "\(predicate.voice)"]
    if predicate.isNegated { notes.append("neg: \(predicate.negation.joined(separator: " "))") }
    if let modality = predicate.modality { notes.append("modal: \(modality)") }
    if !predicate.hedges.isEmpty {
      notes.append("hedge: \(predicate.hedges.joined(separator: "; "))")
    }
    verb += " (\(notes.joined(separator: ", ")))"
    parts.append(verb)
    if !objects.isEmpty { parts.append("obj: " + objects.map(\.text).joined(separator: "; ")) }
    if let complement { parts.append("comp: \(complement.text)") }
    for argument in arguments { parts.append("\(argument.preposition): \(argument.phrase.text)") }
    for modifier in modifiers { parts.append("\(modifier.kind): \(modifier.phrase.text)") }
    if let attribution { parts.append("said by: \(attribution.text)") }
    return parts.joined(separator: " | ")
  }
}
