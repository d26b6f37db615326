/// News-like documents made up for measuring, with questions whose answering sentence is known:
/// people with roles, organisations with places and founding years, counts and quotes. Every
/// name is new to its document, so a question names one sentence of the whole corpus.
///
/// The same arguments give the same corpus on every machine (a fixed pseudo-random sequence).
public struct GeneratedCorpus: Sendable {
  /// A question and the sentence that answers it.
  public struct Question: Sendable {
    public let text: String
    public let document: String
    public let sentence: Int
  }

  /// The documents: an id ("news-0007") and the text, one sentence a line.
  public let documents: [(id: String, text: String)]
  /// One question for each sentence that answers one, in document order.
  public let questions: [Question]

  /// `count` documents of `sentencesPerDocument` sentences each.
  public init(documents count: Int, sentencesPerDocument: Int = 40, seed: UInt64 = 1) {
    var random = SplitMix64(seed: seed)
    var documents: [(id: String, text: String)] = []
    var questions: [Question] = []
    var serial = 0
    for index in 0..<count {
      let id =
        "news-" + String(repeating: "0", count: max(0, 4 - String(index).count))
        + String(index)
      var sentences: [String] = []
      while sentences.count < sentencesPerDocument {
        serial += 1
        let made = Self.sentence(kind: sentences.count % Self.kinds, serial: serial, &random)
        sentences.append(made.text)
        if let question = made.question {
          questions.append(Question(text: question, document: id, sentence: sentences.count))
        }
      }
      documents.append((id, sentences.joined(separator: "\n") + "\n"))
    }
    self.documents = documents
    self.questions = questions
  }

  /// The number of sentence kinds, taken in turn.
  private static let kinds = 6

  /// One sentence of `kind`, its names made from `serial`, and the question it answers.
  private static func sentence(kind: Int, serial: Int, _ random: inout SplitMix64)
    -> (text: String, question: String?)
  {
    let person = pick(firstNames, &random) + " " + name(serial, &random)
    let organisation = "the " + name(serial &+ 7919, &random) + " " + pick(bodies, &random)
    let place = "Port " + name(serial &+ 104_729, &random)
    let number = 2 + Int(random.next() % 4000)
    let year = 1950 + Int(random.next() % 70)
    let thing = pick(things, &random)
    switch kind {
    case 0:
      let role = pick(roles, &random)
      return (
        "\(person), the \(role) of \(organisation), said on \(pick(days, &random)) that talks "
          + "would resume in \(place).",
        "Who is \(person)?"
      )
    case 1:
      return (
        "\(organisation.capitalizingFirstLetter()) hired \(number) new \(thing) in \(year).",
        "How many \(thing) did \(organisation) hire?"
      )
    case 2:
      return (
        "\(person) founded \(organisation) in \(year).", "When was \(organisation) founded?"
      )
    case 3:
      return (
        "“We will open \(number) \(thing) by \(pick(months, &random)),” said \(person).",
        "What did \(person) say?"
      )
    case 4:
      return (
        "\(organisation.capitalizingFirstLetter()) is based in \(place).",
        "Where is \(organisation) based?"
      )
    default:
      return ("The weather in \(place) stayed mild for most of the week.", nil)
    }
  }

  /// A made-up word unique to `serial`, like "Kavoren": syllables spelling its digits.
  private static func name(_ serial: Int, _ random: inout SplitMix64) -> String {
    var word = pick(openings, &random)
    var rest = serial
    repeat {
      word += syllables[rest % syllables.count]
      rest /= syllables.count
    } while rest > 0
    return word
  }

  private static func pick(_ words: [String], _ random: inout SplitMix64) -> String {
    words[Int(random.next() % UInt64(words.count))]
  }

  private static let openings = ["Ka", "Be", "Do", "Mi", "Tu", "Re", "So", "La"]
  private static let syllables = [
    "ran", "vel", "tor", "mis", "den", "lok", "par", "sun", "fey", "gor", "hal", "nim",
  ]
  private static let firstNames = [
    "Anna", "Omar", "Lena", "Tomas", "Grace", "Ivan", "Maya", "Peter", "Sara", "Yusuf",
  ]
  private static let roles = ["director", "spokesman", "treasurer", "chair", "founder"]
  private static let bodies = ["Institute", "Council", "Agency", "Foundation", "Society"]
  private static let things = ["teachers", "clinics", "engineers", "libraries", "nurses"]
  private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
  private static let months = ["March", "June", "September", "December"]
}

/// A small, fast pseudo-random generator with a fixed sequence for a seed (SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
