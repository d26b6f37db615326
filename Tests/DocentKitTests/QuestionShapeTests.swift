import Foundation
import Testing

@testable import DocentKit

/// Questions of shapes a template need not know: what a short form stands for, what a thing
/// is, and questions opened by an aside.
@Suite struct QuestionShapeTests {
  private static let text = """
    The Harbor Network began in 1995 as a project of the city library. \
    At its most basic, the Harbor Network is a large web of cables which connect every school in \
    Kestrel Point. \
    Each school has a unique address, called an "HN address" (where HN stands for Harbor Network). \
    The GUSTO (Galactic Ultra Survey Telescope Observatory) balloon carried the first telescope. \
    HN was funded by the library until 2004. \
    The Kestrel Lunar Payload Service (KLPS) flies small instruments. \
    LiDAR or Light Detection and Ranging is a remote sensing system. \
    Complaints go to KAERS, the Kestrel Adverse Event Reporting System, every week. \
    The city pays for it through its Essential Open Source Software for Science (EOSS) program. \
    Its lidar, or light detection ranging, maps the harbor. \
    The office calls its booking tools KFI (short for "Kestrel Forms Interface"). \
    A KPR test, short for kestrel protein reading, is the quickest test. \
    The KRT were two members short for the vote on Monday.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "net")
  }

  @Test(arguments: [
    ("What does HN stand for?", "HN stands for Harbor Network.", 3),
    (
      "What does GUSTO stand for?",
      "GUSTO stands for Galactic Ultra Survey Telescope Observatory.", 4
    ),
    ("What is KLPS short for?", "KLPS stands for Kestrel Lunar Payload Service.", 6),
    (
      "What does the name GUSTO stand for?",
      "GUSTO stands for Galactic Ultra Survey Telescope Observatory.", 4
    ),
    ("What do the letters HN stand for?", "HN stands for Harbor Network.", 3),
    // The long form right after the short one, after "or" or a comma; a short form of mixed
    // case is spelled by its capitals.
    ("What does LiDAR stand for?", "LiDAR stands for Light Detection and Ranging.", 7),
    ("What does KAERS stand for?", "KAERS stands for Kestrel Adverse Event Reporting System.", 8),
    (
      "What does the EOSS abbreviation stand for?",
      "EOSS stands for Essential Open Source Software for Science.", 9
    ),
    // "short for" in brackets, the long form in quotes.
    ("What does KFI stand for?", "KFI stands for Kestrel Forms Interface.", 11),
    ("What does KPR stand for?", "KPR stands for kestrel protein reading.", 12),
  ])
  func aShortFormIsSpelledOut(question: String, answer: String, sentence: Int) throws {
    let reply = try ask([question])[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer == answer)
    #expect(reply.citations.map(\.sentence) == [sentence])
  }

  /// "What are X called?" is answered by the name a sentence says X is called, in common
  /// words too ("are called returns", "is known as intensity"), when the naming is what the
  /// sentence says of X.
  /// "Two members short for the vote" says what the KRT lacked, not what KRT stands for.
  @Test func shortForALackIsNoLongForm() throws {
    let reply = try ask(["What does KRT stand for?"])[0]
    #expect(reply.outcome != .answered, "\(reply.answer)")
  }

  @Test func aNameInCommonWordsIsWhatTheThingIsCalled() throws {
    let text = """
      A lidar pulse may give several reflections. \
      These discrete or individual points are called returns. \
      The amount of energy that returned to the LiDAR sensor is known as "intensity". \
      The spread of energy over time makes what we call a waveform.

      """
    let answers = try replies(
      to: [
        "What are the individual points called?",
        "What is the amount of energy that returns to the sensor called?",
      ], aboutUncurated: text, named: "lidar")
    #expect(answers.map(\.answer) == ["Returns.", "Intensity."])
    #expect(answers.map { $0.citations.map(\.sentence) } == [[2], [3]])
  }

  /// "What is X?" is answered where the text says what X is, an opening aside left out.
  @Test func whatAThingIsComesFromTheSentenceThatSaysSo() throws {
    let answers = try ask(["In a nutshell, what is the Harbor Network?", "What is HN?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("The Harbor Network is a large web of cables"))
    #expect(answers[0].citations.map(\.sentence) == [2])
    // "HN was funded …" tells what was done to it, not what it is: what the short form stands
    // for does.
    #expect(answers[1].answer.hasPrefix("HN stands for Harbor Network."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3])
  }

  @Test func anAsideWithWordsOfTheDocumentsIsKept() {
    let knowledge = try? bundledKnowledge()
    guard let knowledge else {
      Issue.record("the bundled knowledge did not load")
      return
    }
    let answerer = Answerer(knowledge: knowledge)
    #expect(answerer.withoutAsides("In a nutshell, who is Abbas?") == "Who is Abbas?")
    #expect(
      answerer.withoutAsides("In Cairo, who is mediating?") == "Who is mediating in Cairo?")
    // A longer opening phrase, of up to eight words, goes after the question too.
    #expect(
      answerer.withoutAsides("By the end of the talks in Cairo, who was mediating?")
        == "Who was mediating by the end of the talks in Cairo?")
    #expect(
      answerer.withoutAsides("According to Diliani, who is mediating?")
        == "According to Diliani, who is mediating?")
    #expect(
      answerer.withoutAsides("Who leads Hamas, according to the article?") == "Who leads Hamas?")
    // A condition may be longer, and goes after the question with its words.
    #expect(
      answerer.withoutAsides(
        "If Hamas and Fatah fail to agree on the committee in Cairo, who will run Gaza?")
        == "Who will run Gaza if Hamas and Fatah fail to agree on the committee in Cairo?")
  }

  /// "How soon …?" asks how long until: a length of time, with what bounds it ("no later than").
  @Test func howSoonAsksForALengthOfTime() throws {
    let replies = try replies(
      to: ["How soon after the order is a hearing held?"],
      aboutUncurated: "After the order is issued, a hearing is held as soon as possible, but no"
        + " later than two days after the order.\n", named: "notes")
    #expect(replies[0].answer.hasPrefix("No later than two days."), "\(replies[0].answer)")
  }
}

/// A refusal restates the question as an indirect one, its "do" folded into the verb.
@Suite struct IndirectQuestionTests {
  @Test(arguments: [
    ("what did astronomers believe before him", "what astronomers believed before him"),
    ("did Fatah expel Hamas from Gaza", "whether Fatah expelled Hamas from Gaza"),
    ("where does Mahmoud Abbas live", "where Mahmoud Abbas lives"),
    ("when did he go to Cairo", "when he went to Cairo"),
    ("how many seats does the council have", "how many seats the council has"),
    ("what do the technocrats want", "what the technocrats want"),
    // A gerund in the subject is not the verb.
    (
      "how long ago did the idea of putting reflectors on landers come up",
      "how long ago the idea of putting reflectors on landers came up"
    ),
    // A modal goes after the subject too, and keeps its form; a denial stays with it.
    ("how often will the assessment be repeated", "how often the assessment will be repeated"),
    ("where can I find the data", "where I can find the data"),
    // After a pronoun the verb follows, though it is more often a noun.
    ("what pen name did she use for her columns", "what pen name she used for her columns"),
    ("why would humans not exist without clouds", "why humans would not exist without clouds"),
    // A verb the parser reads as a noun, at the end or before a preposition.
    ("what did that study find", "what that study found"),
    ("what do people mean by volcanic winter", "what people mean by volcanic winter"),
    // A verb with its particle or its object, though more often a noun.
    ("how did Gaza end up separated from it", "how Gaza ended up separated from it"),
    ("how could Abbas stymie the talks", "how Abbas could stymie the talks"),
    // An adverb that ends the subject goes after an auxiliary that stays.
    ("how can teachers now search the datasets", "how teachers can now search the datasets"),
    ("where did the token actually end up", "where the token actually ended up"),
    // "Have" goes after the subject, with the participle as typed.
    ("how long has the old bridge been in use", "how long the old bridge has been in use"),
    ("how had ministries traditionally used delay", "how ministries had traditionally used delay"),
    // An auxiliary after a long phrase of the question word.
    (
      "what differences in doing business did he notice in Turkey",
      "what differences in doing business he noticed in Turkey"
    ),
  ])
  func theDoIsFoldedIntoTheVerb(question: String, indirect: String) {
    #expect(Answerer.withoutDo(question) == indirect)
  }

  @Test(arguments: [
    // No "do" to fold.
    "who leads Hamas",
    // "program" may be a noun the parser took for the verb before "cost".
    "how much did the Gemini program cost",
    // The verb after "to" is not the one "did" goes with.
    "which company did NASA work with to adjust the air",
    // "balloon" read as the verb before "come".
    "when did Kestrel balloon come down",
    // The question word is the subject, and "be" or "have" the verb.
    "who would be responsible for security under the proposed deal",
    "how many people would sit on the interim board",
    "how many have diabetes but do not know it yet",
    // "of" in "get rid of" is no verb.
    "which threat does this approach get rid of",
    // "Has" before "been" or a participle is where it goes already.
    "who has been told about the report",
  ])
  func aQuestionWithoutAFoldableDoIsLeftAlone(question: String) {
    #expect(Answerer.withoutDo(question) == nil)
  }

  /// "be" goes after the subject, before the verb it links to or that ends the question; a
  /// subject that is the question word, or words whose order is unclear, are left as typed.
  @Test(arguments: [
    ("what was the previous record", "what the previous record was"),
    ("how high was the balloon flying", "how high the balloon was flying"),
    ("where was it shown to the public", "where it was shown to the public"),
    ("how far away were chimneys knocked down", "how far away chimneys were knocked down"),
    (
      "who is the NASA Administrator quoted in the release",
      "who the NASA Administrator quoted in the release is"
    ),
    ("how many days were they aboard the station", "how many days they were aboard the station"),
    (
      "how much faster was Postgres95 than POSTGRES", "how much faster Postgres95 was than POSTGRES"
    ),
    ("what solution are officials discussing", "what solution officials are discussing"),
    ("how much was the settlement with BP worth", "how much the settlement with BP was worth"),
    // A describing word after the subject's noun is what "be" links to.
    ("what are the sysadmins responsible for", "what the sysadmins are responsible for"),
    (
      "are lesson plans common at college level", "whether lesson plans are common at college level"
    ),
    // A participle before its noun describes it.
    ("where are the sealed volumes going next", "where the sealed volumes are going next"),
    // A demonstrative before a determiner is the whole subject.
    ("why is that the biggest team", "why that is the biggest team"),
    // A second noun phrase after the subject's noun is what "be" links to.
    ("why is the studio the best room", "why the studio is the best room"),
    (
      "was the telegraph the invention of one person",
      "whether the telegraph was the invention of one person"
    ),
    // So is a pronoun, before any word that describes.
    (
      "was it just as steady from year to year as the ledger",
      "whether it was just as steady from year to year as the ledger"
    ),
    ("why is it so useful to label the crates", "why it is so useful to label the crates"),
  ])
  func theBeGoesAfterTheSubject(question: String, indirect: String) {
    #expect(Answerer.withoutBe(question) == indirect)
  }

  @Test(arguments: [
    "which lake was created by sinking land",
    "who was in charge of the project",
    "what made the river look like it was flowing upstream",
    "what was the last version it put out",
    "over how large an area was the shaking strong enough to alarm people",
    "what is Lindqvist's condition for supporting a plan",
    // What ranks the question word's things says nothing of another subject.
    "which subject areas are the most popular",
    // A participle of its own form after "be": the question word's things are the subject.
    "how many Mexican box turtles are left in the wild",
    // No verb follows "every": the parser's order is unclear.
    "over what period were the ledgers printed every week",
  ])
  func aBeWithoutAClearSubjectIsLeftAlone(question: String) {
    #expect(Answerer.withoutBe(question) == nil)
  }

  /// A question whose "do" the parser cannot fold keeps no "did" before its verb when it is
  /// said back: "what Renee French used", not "what Renee French did use".
  @Test func aDoLeftByTheParserIsFoldedStill() throws {
    let answers = try replies(
      to: ["What did Renee use to make her gopher?"],
      aboutUncurated: """
        The gopher was drawn by Renee French. Renee French drew it for a radio station.

        """, named: "gopher")
    #expect(
      answers[0].answer.contains("The documents don't say what Renee French used to make"),
      "\(answers[0].answer)")
  }

  /// A name typed with its article keeps it when the refusal says the question back: "the
  /// Gull Street Bridge", "the regatta" of a document named "regatta".
  @Test func aNameKeepsItsArticle() throws {
    let answers = try replies(
      to: ["What does the Gull Street Bridge cross?", "When did the regatta happen?"],
      aboutUncurated: """
        The Gull Street Bridge opened in 1931. The regatta drew forty boats.

        """, named: "regatta")
    #expect(
      answers[0].answer.hasPrefix("The documents don't say what the Gull Street Bridge crosses"),
      "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix("The documents don't say when the regatta happened"),
      "\(answers[1].answer)")
  }

  /// "Let’s" opening a name is "let us", no one's possessive: "Let’s Encrypt" is one name.
  @Test func letsOpensAName() throws {
    let answers = try replies(
      to: ["Who is Let's Encrypt?"],
      aboutUncurated: """
        Let’s Encrypt will need $2.9M to operate in 2017. Let’s Encrypt issues certificates.

        """, named: "costs")
    #expect(
      answers[0].answer.contains("Let’s Encrypt is mentioned in costs sentences 1 and 2"),
      "\(answers[0].answer)")
  }

  /// "What does she say should happen next?" is refused by saying the question back, not "on
  /// should happen next", when she is quoted on other things.
  @Test func wordsSaidAreNotATopic() throws {
    let reply = try replies(
      to: ["What does Ada Lind say should happen next?"],
      aboutUncurated: "“The lake is clean again,” said Ada Lind, a biologist.\n",
      named: "lake")[0]
    #expect(
      reply.answer.hasPrefix("The documents don't say what Ada Lind says should happen next."),
      "\(reply.answer)")
  }

  /// A refusal says a passive question back with "be" right before the participle that ends
  /// it, past all the question says of what it asks about: "how the number of survey points in
  /// each habitat was decided", "why the contract was not renewed", not "how the number of
  /// survey points was in each habitat decided". A question asked with "How was …" and a long
  /// subject is understood.
  @Test func aPassiveIsSaidBackWithBeBeforeItsParticiple() throws {
    let answers = try replies(
      to: [
        "How was the number of survey points in each habitat decided?",
        "Why was the harbour contract with the ferry company not renewed?",
        "Why was the ferry company picked when the tender closed?",
      ],
      aboutUncurated: "The ferry company runs boats to Kestrel Point. The tender closed in May.\n",
      named: "notes")
    #expect(
      answers[0].answer.hasPrefix(
        "The documents don't say how the number of survey points in each habitat was decided."),
      "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix(
        "The documents don't say why the harbour contract with the ferry company was not renewed."
      ), "\(answers[1].answer)")
    // "be" does not move past a clause of its own ("when the tender closed"): the question is
    // said back in order or quoted whole.
    #expect(
      answers[2].answer.hasPrefix(
        "The documents don't say why the ferry company was picked when the tender closed.")
        || answers[2].answer.contains("“Why was the ferry company picked when the tender closed?”"),
      "\(answers[2].answer)")
  }

  /// A request is the question it puts: "Can you tell me when …?" asks "When …?", and "List
  /// the …" asks "What are the …?".
  @Test func aRequestIsTheQuestionItPuts() {
    #expect(Answerer.direct("Can you tell me when the bridge opened?") == "When the bridge opened?")
    #expect(Answerer.direct("Please tell me who led the project.") == "Who led the project.")
    #expect(
      Answerer.direct("List some of the applications built with POSTGRES.")
        == "What are the applications built with POSTGRES?")
    #expect(
      Answerer.direct("Name the three largest shocks") == "What are the three largest shocks?")
    #expect(Answerer.direct("Who led the project?") == nil)
    #expect(Answerer.direct("Tell me about Fatah.") == nil)
  }

  /// A question word left where its answer stands is put in front, the clause before it turned
  /// round as a question turns it: "Hani al-Masri heads which organization?" asks "Which
  /// organization does Hani al-Masri head?".
  @Test func aQuestionWordLeftInPlaceIsPutInFront() {
    #expect(
      Answerer.frontedQuestion("Hani al-Masri heads which organization?")
        == "Which organization does Hani al-Masri head?")
    #expect(
      Answerer.frontedQuestion("The old bridge crossed which body of water?")
        == "Which body of water did the old bridge cross?")
    #expect(
      Answerer.frontedQuestion("The resolution was submitted by which country?")
        == "Which country was the resolution submitted by?")
    #expect(
      Answerer.frontedQuestion("The ferry runs boats to how many islands?")
        == "How many islands does the ferry run boats to?")
    // A question word that opens the question, or follows an aside; words that are no subject
    // and verb; a subject the conversation or a clause of its own says: all left as they are.
    for question in [
      "Which organization does he head?", "In short, which city was it?",
      "The isotopes of which element are identical?", "PLO = what kind of organization?",
      "He died in which year?", "Her brother owns which firm?", "They will meet in which city?",
      "Cactus soil costs how much?", "The woman who founded it won how many awards?",
    ] {
      #expect(Answerer.frontedQuestion(question) == nil, "\(question)")
    }
  }

  @Test func aQuestionWordLeftInPlaceIsAnswered() throws {
    let text = """
      The harbor study was led by Mira Kovac, director of the Tidewater Research Institute. \
      The ferry company runs boats to three islands every day. \
      The council met on Tuesday to discuss the harbor.

      """
    let replies = try replies(
      to: [
        "He leads which institute?",
        "Mira Kovac directs which institute?",
        "The ferry company runs boats to how many islands?",
        "The ferry company charges how much per ticket?",
      ], aboutUncurated: text, named: "harbor")
    // A pronoun with nothing before it is asked about, as before.
    #expect(replies[0].outcome != .answered, "\(replies[0].answer)")
    #expect(replies[0].answer.contains("“He”"), "\(replies[0].answer)")
    #expect(replies[1].outcome == .answered, "\(replies[1].answer)")
    #expect(replies[1].answer.contains("Tidewater Research Institute"), "\(replies[1].answer)")
    #expect(replies[1].citations.map(\.sentence) == [1])
    #expect(replies[2].outcome == .answered, "\(replies[2].answer)")
    #expect(replies[2].answer.hasPrefix("Three islands"), "\(replies[2].answer)")
    #expect(replies[2].citations.map(\.sentence) == [2])
    // What the text does not say is declined, in the question's own words.
    #expect(replies[3].outcome == .refused(.notStated), "\(replies[3].answer)")
    #expect(replies[3].answer.contains("how much"), "\(replies[3].answer)")
  }

  /// "What did he do for a living?" asks what his work was, as "What does he do for a living?"
  /// does: not what he did.
  @Test func whatSomeoneDidForALivingIsTheirWork() throws {
    let text = """
      The Port Alder council voted on Tuesday. \
      "We cannot fix it," said Mr. Tom Whitlock, a retired fisherman who has served on the \
      council since 2011. \
      The vote was close.

      """
    let replies = try replies(
      to: ["What did Tom Whitlock do for a living?", "What line of work was Tom Whitlock in?"],
      aboutUncurated: text, named: "council")
    // His role, not the sentence that tells what he did.
    for reply in replies {
      #expect(reply.outcome == .answered, "\(reply.answer)")
      #expect(reply.answer.hasPrefix("Tom Whitlock is a retired fisherman"), "\(reply.answer)")
      #expect(reply.citations.map(\.sentence) == [2])
    }
  }

  /// "What will breaking the rules result in?": the "-ing" word after the auxiliary opens the
  /// subject, a deed, and the question asks what it results in.
  @Test func aDeedAsTheSubjectLeavesTheObjectAsked() throws {
    let text = """
      Breaking the safety rules will result in a written warning. The club meets on Fridays. \
      Members pay a yearly fee.

      """
    let reply = try replies(
      to: ["What will breaking the safety rules result in?"], aboutUncurated: text,
      named: "club")[0]
    #expect(reply.outcome == .answered, "\(reply.answer)")
    #expect(reply.answer.contains("a written warning"), "\(reply.answer)")
    #expect(reply.citations.map(\.sentence) == [1])
  }

  @Test func pastAndPresentFormsOfVerbs() {
    let pasts = ["go", "take", "plan", "submit", "visit", "carry", "believe", "set", "do", "limit"]
      .map(
        VerbLemma.past)
    #expect(
      pasts == [
        "went", "took", "planned", "submitted", "visited", "carried", "believed", "set", "did",
        "limited",
      ])
    let presents = ["have", "go", "carry", "reach", "live"].map(VerbLemma.thirdPerson)
    #expect(presents == ["has", "goes", "carries", "reaches", "lives"])
  }
}
