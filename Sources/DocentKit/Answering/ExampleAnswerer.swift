/// Answers a request for examples (`ExampleRequest`) from the sentence that gives examples of
/// the kind asked about: "open habitats such as the Piedmont Hardpan Forest", "Examples of such
/// work or tasks include guiding people who are blind, …", "hard plastics like PS". The answer is
/// the examples, in the sentence's words.
///
/// The sentence must hold most of the request's words (weighted by rarity, as any sentence
/// answer must) and every name it uses, the noun the request names its examples by must stand
/// in the words that say what the sentence's examples are of (or, for "Which plastic is given as
/// an example?", among the examples), and nothing in those words may deny them.
struct ExampleAnswerer {
  let knowledge: KnowledgeBase
  /// The share of the request's word weight the sentence must hold.
  let threshold: Double

  /// Examples from one sentence.
  struct Answer {
    let text: String
    let sentence: Sentence
    let coverage: Double
  }

  /// The words that deny or set apart what a sentence says of its examples: "Noisy activities
  /// such as phone calls … are not permitted", "instead of metal utensils like whisks", "all
  /// tools except electric mixers such as …".
  private static let denials: Set<String> = WordLists.negations.union([
    "n't", "neither", "nor", "without", "none", "nothing", "cannot", "not", "no", "never",
    "except", "excluding", "instead", "rather", "unlike",
  ])

  /// The examples `request` asks for, read against `question`, the request asked as "What are
  /// <kind> <topic>?" (its stems, other words and names); nil when no sentence gives them.
  func answer(_ request: ExampleRequest, as question: ClauseQuestion) -> Answer? {
    let lexicon = knowledge.lexicon
    let index = knowledge.sentenceIndex
    let stem = { (token: QuestionToken) in lexicon.canonical(token.stem) }
    // The noun the examples are named by: the topic's ("a hard plastic"), else the kind's.
    let topicHead = ExampleRequest.head(of: request.topic).map(stem)
    let kindHead = ExampleRequest.head(of: request.kind).map(stem)
    guard let head = topicHead ?? kindHead else { return nil }
    // Every word of the request counts, as typed: the question read as "What are …?" may
    // leave words of a long description out.
    let asked = lexicon.contentStems(request.kind + request.topic + request.described)
      .union(question.stems)
    let weights = Dictionary(uniqueKeysWithValues: asked.map { ($0, index.weight(of: $0)) })
    let whole = weights.total
    guard whole > 0 else { return nil }
    // A request for what is not so ("an item that is not banned", "a stall that does not
    // accept cards") is not read: a sentence that denies may deny something else of its
    // examples ("Stalls such as the Fish Hut accept cards, but the Flower Barrow does not").
    guard !(request.kind + request.topic).contains(where: { Self.denials.contains($0.folded) })
    else { return nil }
    // The words that describe the head noun ("expensive" of "an expensive hotel"), which the
    // words naming the sentence's kind must hold too: "Cheap hotels such as the Nook cost less
    // than expensive hotels" gives no expensive one.
    let describing = lexicon.contentStems(ExampleRequest.describing(of: request.topic))
    // Only the sentences that hold the head noun, or a word of its family, are read: another
    // word for it is too loose a kind ("authors" are no journalists, "seabirds" no puffins).
    var positions = Set(index.holding(head))
    for other in question.family[head] ?? [] { positions.formUnion(index.holding(other)) }
    var best: Answer?
    for position in positions.sorted() {
      let sentence = index.sentences[position]
      // Not a sentence that asks ("Are organic stalls such as Green Acre really organic?").
      guard !sentence.asks else { continue }
      let stems = index.stems(of: sentence)
      guard question.holdsNames(in: stems) else { continue }
      let coverage = question.heldWeight(of: weights, in: stems) / whole
      guard coverage >= threshold, coverage > best?.coverage ?? 0 else { continue }
      let reading = SentenceReading(sentence, lexicon: lexicon, question: question)
      // Nor one that denies anything ("Noisy activities such as phone calls … are not
      // permitted").
      guard !reading.words.contains(where: { Self.denials.contains($0.folded) }) else {
        continue
      }
      let stemsOf = { (span: Range<Int>) in lexicon.contentStems(reading.text(of: span)) }
      for given in reading.exemplifications() {
        let kind = stemsOf(given.kind)
        let items = stemsOf(given.items)
        let named =
          (topicHead == nil
            ? question.isHeldInFamily(head, in: kind.union(items))
            : question.isHeldInFamily(head, in: kind))
          && describing.allSatisfy { question.isHeldInFamily($0, in: kind) }
        // The examples say something the request does not: "PS", not "hard plastics".
        guard named, !items.subtracting(asked).subtracting(question.allAlternatives).isEmpty
        else { continue }
        best = Answer(
          text: reading.sentenceCase(given.items), sentence: sentence, coverage: coverage)
        break
      }
    }
    return best
  }
}
