import Foundation
import Testing

@testable import DocentKit

/// Questions answered from the one sentence that holds their words and the kind of phrase
/// their question word asks for, when no fact and no clause's roles answer them; and the
/// phrases a sentence is read for.
@Suite struct SentenceAnsweringTests {
  private static let text = """
    The Harbor Museum opened its new wing on May 3, 2021, after a two-year renovation. \
    Curator Lena Marsh led the museum from March 2015 until June 2022. \
    The collection holds 4,200 paintings and 310 ship models. \
    Visitors reach the museum by ferry from the old town of Kestrel Point. \
    The museum closed in winter because the heating failed. \
    The museum café did not reopen after the renovation. \
    Marsh raised 2 million dollars for the new wing.

    """

  /// A knowledge folder with the bundled grammar and relations and one uncurated document;
  /// `sentence` replaces the grammar's sentence threshold.
  private func folder(sentence: String? = nil) throws -> URL {
    let folder = try uncuratedKnowledgeFolder(document: "museum", text: Self.text)
    if let sentence {
      let language = folder.appendingPathComponent("grammar/language.yaml")
      let text = try String(contentsOf: language, encoding: .utf8)
      #expect(text.contains("  sentence: "))
      let changed = text.replacingOccurrences(
        of: #"  sentence: [0-9.]+"#, with: "  sentence: \(sentence)", options: .regularExpression)
      try changed.write(to: language, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// The replies to `questions`, asked as one conversation about `text`, uncurated, with the
  /// bundled grammar.
  private func ask(about text: String = Self.text, _ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: text, named: "museum")
  }

  @Test func typedQuestionsAreAnsweredWithThePhraseTheyAskFor() throws {
    let answers = try ask([
      "How long did Lena Marsh lead the museum?",
      ":why",
      "How many ship models does the collection hold?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "From March 2015 until June 2022.")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(
      answers[1].answer.contains("answered from the sentence that holds the question's words"))
    #expect(answers[1].answer.contains("a length of time"))
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].answer == "310 ship models.")
    #expect(answers[2].citations.map(\.sentence) == [3])
  }

  /// A sentence that counts the very thing "how many" asks about answers with fewer of the
  /// question's other words (it says nothing of "different"); a question about a part of what it
  /// counts ("how many of the developers") is not answered by the whole count.
  @Test func aSentenceThatCountsTheThingAskedAboutAnswersHowMany() throws {
    let text = """
      The Lumen project joined the Apache Software Foundation in 2013. \
      Since then Lumen has grown through code contributions by more than 80 developers from \
      19 companies.

      """
    let answers = try ask(
      about: text,
      [
        "How many different companies have Lumen developers?",
        "How many of the Lumen developers were paid?",
      ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "19 companies.")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "Whose" asks for the one a thing belongs to or is of: the name before "'s" and the thing,
  /// or after the thing and "of".
  /// "Roughly how many …?" asks how many; and a long noun phrase that "how many" opens, up to
  /// its auxiliary, counts what its last noun names ("adverse reaction and medication error
  /// reports" are reports).
  @Test func aHedgedOrLongHowManyCountsItsNoun() throws {
    let text = """
      Consider the 3 million plus reports of drug adverse reactions or medication errors \
      submitted to FAERS, the FDA Adverse Event Reporting System (previously AERS), since 2004. \
      Its staff answered 300 letters last year.

      """
    let answers = try replies(
      to: [
        "Approximately how many reports has FAERS received?",
        "How many adverse reaction and medication error reports has FAERS received since 2004?",
      ], aboutUncurated: text, named: "register")
    for answer in answers {
      #expect(answer.answer == "3 million plus reports.", "\(answer.answer)")
      #expect(answer.citations.map(\.sentence) == [1])
    }
  }

  /// "How old was he when …?" asks for an age as the sentence gives one ("at age 12", "when
  /// he was nineteen"), never another number of it ("a one-year contract").
  @Test func howOldIsAnsweredByAnAge() throws {
    let text = """
      Butler's youth career began at age 12 with the Golden Star in Port Royal. \
      During a tournament in Guadeloupe, L'Etoile spotted Butler and signed him to a contract \
      when he was nineteen. \
      In 1998 Butler signed a one-year contract with the Cleveland Crunch. \
      His coach, Ana Ruiz, was 51 years old at the time.

      """
    let answers = try replies(
      to: [
        "How old was Butler when his youth career began?",
        "How old was Butler when L'Etoile signed him?",
        "How old was Butler when the Cleveland Crunch signed him?",
        "How old was Ana Ruiz at the time?",
      ], aboutUncurated: text, named: "butler")
    #expect(answers[0].answer == "At age 12.")
    #expect(answers[1].answer == "Nineteen.")
    #expect(answers[3].answer == "51 years old.")
    #expect(answers.map { $0.citations.map(\.sentence) } == [[1], [2], [], [4]])
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }

  /// "At the age of 64" is an age; "over the age of 65" is a bound, no one's age.
  @Test func atTheAgeOfIsAnAge() throws {
    let text = """
      The groundsman Tom Okafor retired at the age of 64. \
      The miner Ada Brekke, like all miners over the age of 65, retired in 2001. \
      The clerk John Rife retired at the age of 60 and died in 1890.

      """
    let okafor = try replies(
      to: ["How old was Tom Okafor when he retired?"], aboutUncurated: text, named: "club")
    #expect(okafor[0].answer == "At the age of 64.")
    #expect(okafor[0].citations.map(\.sentence) == [1])
    let brekke = try replies(
      to: ["How old was Ada Brekke when she retired?"], aboutUncurated: text, named: "club")
    #expect(!brekke[0].answer.contains("65"), "\(brekke[0].answer)")
    // The age of another deed of the sentence is not when he died.
    let rife = try replies(
      to: ["How old was John Rife when he died?"], aboutUncurated: text, named: "club")
    #expect(!rife[0].answer.contains("60"), "\(rife[0].answer)")
  }

  /// "How many times …?" is answered by a count of times said in one word ("married twice"),
  /// not by "at once".
  @Test func howManyTimesCountsTwice() throws {
    let text = """
      Ada Brekke married twice. \
      The ferry crew left the harbour at once. \
      Anna Kell thought twice before she signed the contract. \
      The flood cost twice as much as the dam, and it hit Leeds in 1990.

      """
    let answers = try replies(
      to: [
        "How many times did Ada Brekke marry?", "How many times did the ferry crew leave?",
        "How many times did Anna Kell sign the contract?",
        "How many times did the flood hit Leeds?",
      ], aboutUncurated: text, named: "brekke")
    #expect(answers[0].answer == "Twice.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    // Only beside the deed asked, and never "twice as much".
    for answer in answers.dropFirst() {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }

  /// A span of years holds the years between its ends: "from April 2008 until April 2010"
  /// answers who led it in 2009; no year outside it.
  @Test func aSpanOfYearsHoldsTheYearsBetween() throws {
    let text = """
      Steve Lund led the rowing club from April 2008 until April 2010. \
      Ann Berg led the rowing club from 2011 to 2014. \
      Tom Reed, who married Ann Lee in 1960, served as mayor of Dover from 1970 to 1990.

      """
    let answers = try replies(
      to: [
        "Who was leading the rowing club in 2009?", "Who led the rowing club in 2013?",
        "Who led the rowing club in 2016?", "Who did Tom Reed marry in 1980?",
      ], aboutUncurated: text, named: "club")
    #expect(answers[0].answer == "Steve Lund.")
    #expect(answers[1].answer == "Ann Berg.")
    // A sentence that dates another deed says nothing of it in the years of its span.
    #expect(answers.map { $0.citations.map(\.sentence) } == [[1], [2], [], []])
  }

  /// A place's name goes on past "of" to the capitalised word after it: "At the University of
  /// Leeds.", not "At the University.".
  @Test func aPlaceNameGoesOnPastOf() throws {
    let text = """
      Initially built in 2009 at the University of Leeds (the research centre also known for its \
      boats), the Kestrel engine now powers the ferry.

      """
    let answers = try replies(
      to: ["Where was the Kestrel engine built?"], aboutUncurated: text, named: "labs")
    #expect(answers[0].answer == "At the University of Leeds.")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  @Test func whoseAsksForTheOwner() throws {
    let text = """
      The mascot first appeared at the lab as Ada Lind's avatar in the mail system. \
      As a girl, Mara Quist read a biography of the pilot Amelia Earhart.

      """
    let answers = try ask(
      about: text,
      [
        "Whose avatar did the mascot appear as at the lab?",
        "Whose biography did Mara Quist read?",
        "Whose bicycle did Mara Quist ride?",
      ])
    #expect(answers[0].answer == "Ada Lind.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer == "Amelia Earhart.", "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].outcome == .refused(.notStated), "\(answers[2].answer)")
  }

  /// A word mostly used to describe ("online") may stand outside the clause the parser read,
  /// so long as the sentence has it; a word the sentence lacks ("abroad") still leaves it open.
  @Test func aDescribingWordOutsideTheClauseStillSaysYes() throws {
    let text = """
      Residents of the town can renew passports, register cars, and file taxes online. \
      The town hall closed in 2019.

      """
    let answers = try replies(
      to: ["Can residents file taxes online?", "Can residents file taxes abroad?"],
      aboutUncurated: text, named: "town")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// A yes or no whose words the sentence holds spread over its clauses (the parser read the
  /// bridge and the steel span apart) is answered Yes from the clause holding most of them;
  /// not when a word of the sentence may deny one of its clauses ("no plans to recover").
  @Test func yesFromWordsSpreadOverTheSentencesClauses() throws {
    let text = """
      The council voted on Tuesday to replace the Gull Street Bridge, the narrow steel span \
      that has carried traffic over Kettle Inlet since 1958. \
      The crew left the barge in the inlet, with no plans to recover the crane after the storm.

      """
    let answers = try replies(
      to: [
        "Is the Gull Street Bridge a steel bridge?",
        "Was the crane recovered after the storm?",
      ], aboutUncurated: text, named: "bridge")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }

  /// "Why …?" is answered by a sentence that gives a reason ("because …") with less of the
  /// question's words than a sentence needs otherwise (it says "linked" for "connect", and
  /// nothing of "people" or "long ago"); the same sentence without its reason does not answer.
  @Test func aSentenceThatGivesAReasonAnswersWhyWithFewerOfItsWords() throws {
    let text = { (middle: String) in
      "Tides were linked to the Moon early in history\(middle) the daily delay in high tide "
        + "matches the daily delay in the Moon's rising. The harbor master moved the ferry "
        + "schedule in 1990 after people in the town asked for later boats.\n"
    }
    let question = "Why did people long ago connect tides with the Moon?"
    let reason = try replies(to: [question], aboutUncurated: text(" because"), named: "tides")
    #expect(reason[0].outcome == .answered, "\(reason[0].answer)")
    #expect(reason[0].answer.contains("because the daily delay"))
    #expect(reason[0].citations.map(\.sentence) == [1])
    let none = try replies(to: [question], aboutUncurated: text(", and"), named: "tides")
    #expect(none[0].outcome == .refused(.notStated), "\(none[0].answer)")
  }

  /// A short sentence that holds every word of a "what" question, though no one clause holds
  /// them all ("He studied …" and "got a job" are two), answers whole; a long one does not.
  @Test func aShortSentenceHoldingEveryWordAnswersWhatWhole() throws {
    let text = """
      Born in 1885 on a farm in Missouri, Harlow Shapley at first dropped out of school. \
      He studied at home and at age 16 got a job as a newspaper reporter covering crime stories. \
      Marta Lind was born in 1890 in a small town in the north. \
      She studied at home with her two older brothers and a cousin from the coast for many long \
      years and at age 19 got a job as a clerk in a bank.

      """
    let answers = try replies(
      to: ["What job did Harlow Shapley get at 16?", "What job did Marta Lind get at 19?"],
      aboutUncurated: text, named: "lives")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("He studied at home and at age 16 got a job"))
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// A short text about booms along a coast, its second sentence `sentence`.
  private static func booms(saying sentence: String) -> String {
    "People have reported loud booms along the coast for many years. \(sentence) "
      + "Thunder and sonic booms explain many of them. The survey studied the reports in 2012. "
      + "Residents often call the local station about the noise.\n"
  }

  /// A sentence with a word that denies ("not") answers neither a yes nor a "what" from a
  /// clause the parser read without that word: "most booming sounds that people hear are not
  /// caused by earthquakes" was read as its relative clause alone.
  @Test func aDenyingWordOutsideTheClauseReadLeavesItOpen() throws {
    let text = Self.booms(
      saying: "Of course, most booming sounds that people hear are not caused by earthquakes.")
    let answers = try replies(
      to: [
        "What causes most of the booms people hear?",
        "Are most booming sounds caused by earthquakes?",
      ], aboutUncurated: text, named: "booms")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(!answers[1].answer.hasPrefix("Yes"), "\(answers[1].answer)")
  }

  /// A yes or no about how many or how often ("most", "always") needs a sentence that says as
  /// much: "Sometimes the earthquakes create booming sounds" says nothing of most booms.
  @Test func aQuantifierOfTheQuestionMustBeTheSentences() throws {
    let text = Self.booms(
      saying: "Sometimes the earthquakes create booming sounds even when no shaking is felt.")
    let answers = try replies(
      to: [
        "Are most booming sounds caused by earthquakes?",
        "Do earthquakes create booming sounds?",
      ], aboutUncurated: text, named: "booms")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// A sentence that denies the deed outright denies it of all or most of it too: "The survey
  /// did not study the reports from the harbour" says no to whether it studied all of them; a
  /// sentence that says it did, without "all", still says nothing of all.
  @Test func aDeniedDeedIsDeniedOfAll() throws {
    let text = Self.booms(
      saying: "The survey did not study the reports from the harbour. "
        + "The survey studied the reports from the lighthouse.")
    let answers = try replies(
      to: [
        "Did the survey study all the reports from the harbour?",
        "Did the survey mostly study the reports from the harbour?",
        "Did the survey study all the reports from the lighthouse?",
      ], aboutUncurated: text, named: "booms")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(!answers[2].answer.hasPrefix("Yes"), "\(answers[2].answer)")
    #expect(!answers[2].answer.hasPrefix("No"), "\(answers[2].answer)")
  }

  /// A sentence that says otherwise of the quantity a yes or no asks about, of the same noun,
  /// says no ("Very few residents …" for "most residents", "Not all residents …" for "every
  /// resident"); "all" says what "every" asks; "ever" needs no word of its own.
  @Test func aQuantifierSaidOtherwiseSaysNo() throws {
    let text = Self.booms(
      saying: "Very few residents hear the booms at night, and not all residents hear them by day. "
        + "All residents of the bay get a letter about the survey. "
        + "There never will be a second survey of the booms.")
    let answers = try replies(
      to: [
        "Do most residents hear the booms at night?",
        "Does every resident hear the booms by day?",
        "Does every resident of the bay get a letter about the survey?",
        "Will there ever be a second survey of the booms?",
      ], aboutUncurated: text, named: "booms")
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Yes."), "\(answers[2].answer)")
    #expect(answers[3].answer.hasPrefix("No."), "\(answers[3].answer)")
  }

  /// A clause that denies all a yes or no asks but one word, not a name, says no ("There is
  /// no limit to the number of extensions" for "Is there a limit on how many times a lease can
  /// be extended?", "Don't expect … to be available" for "… to be free"), as does one that
  /// says the question's verb by "have" ("did not have a formal review" for "run a formal
  /// review").
  @Test func aDeniedClauseLackingOneWordSaysNo() throws {
    let text = """
      The harbour board leases berths to sailing clubs. \
      A lease runs for three years. \
      There is no limit to the number of extensions available. \
      Don't expect the harbour master to be available on short notice. \
      Moorings are free for members of the clubs. \
      The harbour board did not have a formal review of the leases, however the clubs kept \
      records.

      """
    let answers = try replies(
      to: [
        "Is there a limit on how many times a lease can be extended?",
        "Should I expect the harbour master to be free at short notice?",
        "Did the harbour board run a formal review of the leases?",
      ], aboutUncurated: text, named: "berths")
    #expect(answers[0].answer.hasPrefix("No. There is no limit"), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("No. Don't expect"), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("No. The harbour board did not"), "\(answers[2].answer)")
  }

  /// A sentence of a document about a name holds that name, though it calls it otherwise ("The
  /// rotorcraft made 72 flights" of a text about Ingenuity), at part of its weight; "was
  /// built" is no colour.
  @Test func aDocumentsTopicIsHeldByItsSentences() throws {
    let text = """
      Ingenuity flew on Mars for three years. Ingenuity was built at JPL. Engineers at JPL \
      tested Ingenuity in a vacuum chamber. The rotorcraft made 72 flights in all. Ingenuity \
      now rests at Valinor Hills.

      """
    let answers = try replies(
      to: ["How many flights did Ingenuity make?", "What color was Ingenuity?"],
      aboutUncurated: text, named: "ingenuity")
    #expect(answers[0].answer.hasPrefix("72 flights"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [4])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "What is a pod?" asks what one common word is: only a sentence that says what it is
  /// answers ("A pod is …"), not one that merely uses it.
  @Test func whatACommonWordIsComesFromTheSentenceThatSaysSo() throws {
    let text = """
      A pod is the unit of scheduling in the cluster. \
      Each crane in the yard lifts containers onto pods.

      """
    let answers = try replies(
      to: ["What is a pod?", "What is a crane?"], aboutUncurated: text, named: "cluster")
    #expect(answers[0].answer == "A pod is the unit of scheduling in the cluster.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// A name among a question's free words must be the fact's own, not only its sentence's: a
  /// fact about the Lumen Software Foundation does not say what kind of software Lumen Spark
  /// is because the sentence also names Lumen Spark.
  @Test func aNameInTheQuestionMustBeTheFactsOwn() throws {
    let text = """
      Forest Hill, MD – 27 February 2014 – The Lumen Software Foundation (LSF), the \
      all-volunteer developers, stewards, and incubators of more than 40 projects, announced \
      today that Lumen Spark has graduated from the Lumen Incubator. \
      Lumen Spark runs programs up to 100 times faster than older engines.

      """
    let answer = try replies(
      to: ["What kind of software is Lumen Spark?"], aboutUncurated: text, named: "lumen")[0]
    #expect(!answer.answer.contains("all-volunteer"), "\(answer.answer)")
    #expect(answer.outcome == .refused(.notStated), "\(answer.answer)")
  }

  /// "The highest" asks for what ranks first: a sentence that ranks it otherwise ("the 14th
  /// highest") does not answer it, and one that says "the highest" does.
  @Test func theHighestIsNotTheFourteenthHighest() throws {
    let ranked = try replies(
      to: ["What was the highest river crest on record?"],
      aboutUncurated: """
        This year’s river crest is the 14th highest on record. \
        The town opened a new flood gate in 2019.

        """, named: "river")[0]
    #expect(ranked.outcome == .refused(.notStated), "\(ranked.answer)")
    let first = try replies(
      to: ["What was the highest river crest on record?"],
      aboutUncurated: """
        This year’s river crest is the 14th highest on record. \
        The 1927 river crest was the highest on record.

        """, named: "river")[0]
    #expect(first.citations.map(\.sentence) == [2], "\(first.answer)")
  }

  /// A number word from two to twenty is its digits: "ten computers" is "10 computers", and
  /// "twelve" is another number than 10.
  @Test func aNumberWordIsItsDigits() throws {
    let answers = try replies(
      to: ["Did the lab buy ten computers?", "Did the lab buy twelve computers?"],
      aboutUncurated: "The lab bought 10 computers in 2019. The school opened in 1990.\n",
      named: "lab")
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No."), "\(answers[1].answer)")
  }

  @Test func aFollowUpPronounIsTheConversationsName() throws {
    let answers = try ask(["Who is Lena Marsh?", "How long did she lead the museum?"])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[1].answer.contains("June 2022"))
  }

  @Test func aPersonIsFoundByTheSurnameTheDocumentGoesOnToUse() throws {
    let answers = try ask(["How much did Lena Marsh raise for the new wing?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "2 million dollars.")
    #expect(answers[0].citations.map(\.sentence) == [7])
  }

  @Test func yesOrNoFromTheClauseThatHoldsEveryWord() throws {
    let answers = try ask([
      "Did the museum close in winter?", "Did the museum café reopen after the renovation?",
      "Did the museum close in 2019?", "Could visitors reach the museum by train?",
    ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("Yes. The museum closed in winter"))
    #expect(answers[0].citations.map(\.sentence) == [5])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.hasPrefix("No. The museum café did not reopen"))
    #expect(answers[1].citations.map(\.sentence) == [6])
    // A number the sentence does not hold, a word no sentence holds: left open.
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
    #expect(answers[3].outcome != .answered, "\(answers[3].answer)")
  }

  @Test(arguments: [
    // A word no document uses: the documents do not cover it.
    "How much did the renovation cost?",
    // A role needs a clause that links a name to it, not two words in one sentence.
    "Who is the director of the Harbor Museum?",
    // The kind of thing asked for must be in the sentence, beside the name.
    "Which architect designed the new wing?",
    // A reason must be given in so many words, about what was asked.
    "Why did visitors reach the museum by ferry?",
  ])
  func whatNoSentenceStatesIsDeclined(question: String) throws {
    let answer = try ask([question])[0]
    #expect(answer.outcome != .answered, "\(answer.answer)")
    #expect(answer.citations.isEmpty)
  }

  private static let careful = """
    In 1988, Ton Roosendaal co-founded the Dutch animation studio NeoGeo. \
    The sounding rocket launched April 17 from Poker Flat in Alaska. \
    Roosendaal founded the non-profit organization, Blender Foundation, in March 2002. \
    Kenny oversees a team based at the Marshall center in Huntsville and at the Glenn center. \
    Dr. Jane Cole, deputy principal investigator for the LRA project, praised the design. \
    Huge waves on the Mississippi River overwhelmed many boats. \
    Since the probes are small and made of simple materials, they can fly on most missions. \
    Roosendaal raised 4 million euros for the studio.

    """

  /// What a sentence does not say is not read into it: a name the question gives is no answer
  /// to "who else", a date without a year none to "which year", a deputy is not the principal,
  /// "only" needs saying; and "non-" denies the word it stands before.
  @Test func aSentenceAnswersOnlyWhatItSays() throws {
    let answers = try ask(
      about: Self.careful,
      [
        "Who else co-founded NeoGeo together with Ton?",
        "In which year did the sounding rocket launch?",
        "Who is the principal investigator for the LRA project?",
        "Is the team Kenny oversees based only at the Marshall center?",
        "Is the Blender Foundation a profit-making organization?",
        "What overwhelmed many boats on the Missisippi?",
      ])
    for refused in answers.prefix(4) {
      #expect(refused.outcome == .refused(.notStated), "\(refused.answer)")
      #expect(refused.citations.isEmpty)
    }
    #expect(answers[4].outcome == .answered, "\(answers[4].answer)")
    #expect(answers[4].answer.hasPrefix("No. "))
    #expect(answers[4].citations.map(\.sentence) == [3])
    #expect(answers[5].answer.hasPrefix("(Taking “Missisippi” as “Mississippi”.)"))
  }

  /// A misspelt name among a template's free words is corrected for the sentence layer too.
  @Test func aMisspeltNameIsCorrectedForTheSentenceLayer() throws {
    let answers = try ask(about: Self.careful, ["How much did Ton Rosendaal raise for the studio?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(
      answers[0].answer == "(Taking “Ton Rosendaal” as Ton Roosendaal.)\n4 million euros.")
    #expect(answers[0].citations.map(\.sentence) == [8])
  }

  /// A refusal turns the question around over the whole subject, not just its name.
  @Test func aRefusalKeepsTheSubjectWhole() throws {
    let answers = try ask(
      about: Self.careful,
      [
        "What was the NeoGeo studio trying to find?", "Was the NeoGeo studio a failure?",
      ])
    #expect(
      answers[0].answer == "The documents don't say what the NeoGeo studio was trying to find.")
    #expect(answers[1].answer == "The documents don't say whether the NeoGeo studio was a failure.")
  }

  /// "Since …" opening a clause of its own gives a reason; "since 2016" does not.
  @Test func sinceOpeningAClauseGivesTheReason() throws {
    let answers = try ask(about: Self.careful, ["Why can the probes fly on most missions?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("Since the probes are small"))
    #expect(answers[0].citations.map(\.sentence) == [7])
  }

  private static let family = """
    Omar Reyes grew up in a family of engineers. \
    He had a grandfather and an uncle who worked with the Harbor Works Authority in Kestrel Point. \
    Reyes was selected to lead the SLS Modal Acoustic Test program, which helped engineers \
    understand how loud the rocket would be. \
    The Kestrel Orbiter is currently the only spacecraft orbiting the Moon with a radar altimeter. \
    The SLS rocket first flew in 2022.

    """

  /// "Which X": a sentence may name things of that kind in other words (WordNet's kinds), and
  /// the name it says is one ("… is the only spacecraft") comes before a name beside the word.
  @Test func theKindAskedForIsFoundInOtherWords() throws {
    let answers = try ask(
      about: Self.family,
      [
        "Which relatives worked for the Harbor Works Authority?",
        "Which test program for the SLS rocket did Reyes lead?",
        "Which spacecraft currently has a radar altimeter?",
        // No kind of writer in any sentence.
        "Which writers worked for the Harbor Works Authority?",
      ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].answer == "A grandfather and an uncle.")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("SLS Modal Acoustic Test"))
    #expect(answers[1].citations.map(\.sentence) == [3])
    #expect(answers[2].outcome == .answered, "\(answers[2].answer)")
    #expect(answers[2].answer.hasPrefix("The Kestrel Orbiter"))
    #expect(answers[2].citations.map(\.sentence) == [4])
    #expect(answers[3].outcome != .answered, "\(answers[3].answer)")
  }

  private static let quoted = """
    The Harbor Museum opened its new wing on May 3, 2021, after a two-year renovation. \
    The collection holds 4,200 paintings and 310 ship models. \
    “The wing is finished at last,” said Lena Marsh. \
    “We are delighted with the new rooms,” said Omar Reyes. \
    The old ferry ran at low speed. \
    The ferry first sailed in 1921.

    """

  /// Two questions in one are answered in turn, each with its own citation; a second part
  /// with no words of its own asks about the first's ("…, and on what date?").
  @Test func twoQuestionsInOneAreEachAnswered() throws {
    let answers = try ask(
      about: Self.quoted,
      [
        "When did the museum open its new wing, and how many paintings does the collection hold?",
        "Which wing did the museum open, and on what date?",
      ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1, 2])
    let lines = answers[0].text().split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(lines)")
    #expect(lines.first == "On May 3, 2021.")
    #expect(lines.dropFirst().first?.hasPrefix("  — museum, sentence 1:") == true)
    #expect(lines.dropFirst(2).first == "4,200 paintings.")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.hasSuffix("On May 3, 2021."))
  }

  /// "that claim" points back at something no slot names: docent asks, rather than list what
  /// everyone said.
  @Test func aDemonstrativeNothingNamesIsAskedAbout() throws {
    let answers = try ask(
      about: Self.quoted, ["Who made that claim?", "Who said the wing is finished?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[0].answer.contains("“that claim”"))
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("Lena Marsh"))
  }

  /// "On what date" needs a day, "in what year" a year; a lone word that is no name says too
  /// little to pick a sentence.
  @Test func theUnitOfTimeAskedForMustBeThere() throws {
    let answers = try ask(
      about: Self.quoted,
      [
        "On what date did the ferry first sail?", "In what year did the ferry first sail?",
        "What was the all-time low?",
      ])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("1921"))
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }

  @Test func theThresholdIsTheGrammarsData() throws {
    let strict = try folder(sentence: "1.0")
    defer { try? FileManager.default.removeItem(at: strict) }
    // Every word but "curator", which the sentence that answers does not hold: too little for
    // the bundled threshold, enough for a looser one, never for a threshold of 1.
    let question = "When did the curator open the new wing?"
    let bundled = try folder()
    defer { try? FileManager.default.removeItem(at: bundled) }
    let standard = try replies(to: [question], knowledge: loadUnchecked(bundled))
    #expect(standard[0].outcome != .answered, "\(standard[0].answer)")
    let loose = try folder(sentence: "0.5")
    defer { try? FileManager.default.removeItem(at: loose) }
    let answered = try replies(to: [question], knowledge: loadUnchecked(loose))
    #expect(answered[0].outcome == .answered, "\(answered[0].answer)")
    #expect(answered[0].answer == "May 3, 2021.")
    let declined = try replies(to: [question], knowledge: loadUnchecked(strict))
    #expect(declined[0].outcome != .answered, "\(declined[0].answer)")
  }

  @Test func aThresholdOutsideZeroToOneIsReportedWhereItStands() throws {
    let folder = try folder(sentence: "1.5")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try KnowledgeLoader.load(from: folder.path)
      Issue.record("a threshold of 1.5 loaded")
    } catch {
      let message = String(describing: error)
      #expect(message.contains("language.yaml:"), "\(message)")
      #expect(message.contains("'sentence' must be a number from 0 to 1"), "\(message)")
    }
  }

  // MARK: Reading a sentence

  /// A lower-case word between two names joins them as a title only when it is a noun ("NASA
  /// astronaut Loral O'Hara"), not a verb: "Ian Murdock founded Debian" is two names.
  @Test func aVerbBetweenNamesIsNoTitle() throws {
    let text = "Ian Murdock founded Debian in August 1993.\n"
    let folder = try uncuratedKnowledgeFolder(document: "debian", text: text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let knowledge = try loadUnchecked(folder).base
    let asked = try #require(
      ClauseQuestion(
        QuestionText.tokens("Who took over after Ian Murdock?"), lexicon: knowledge.lexicon,
        names: knowledge.nameIndex, minimumWords: 1))
    let sentence = try #require(knowledge.documents.first?.sentences.first)
    let read = SentenceReading(sentence, lexicon: knowledge.lexicon, question: asked)
    let names = read.nameSpans(in: knowledge, kinds: [.person, .organization]).map(read.text(of:))
    #expect(!names.contains { $0.contains("founded") }, "\(names)")
  }

  /// The lexicon of these reading tests: no synonyms, the stop words of the word lists.
  private static let plainLexicon = Lexicon(synonyms: [], stopWords: Array(WordLists.stopWords))

  /// `question` read with the plain lexicon and no names.
  private func clauseQuestion(_ question: String) throws -> ClauseQuestion {
    try #require(
      ClauseQuestion(
        QuestionText.tokens(question), lexicon: Self.plainLexicon, names: NameIndex([]),
        minimumWords: 1))
  }

  private func reading(_ sentence: String, question: String) throws -> SentenceReading {
    SentenceReading(
      Sentence(document: "d", number: 1, text: sentence, heading: nil),
      lexicon: Self.plainLexicon, question: try clauseQuestion(question))
  }

  @Test(arguments: [
    ("Which module did the capsule dock to?", ClauseQuestion.Gap.object),
    ("Under which license is the software released?", .object),
    ("Which company built the spacecraft?", .subject),
    ("Who is mediating the talks?", .subject),
    ("What was NASA trying to learn?", .object),
    ("What is the aim of the program?", .copula),
    ("Was CloudSat launched in 2006?", .truth),
    ("How wide is the lake?", .quantity),
    ("Which new satellite will build on the legacy?", .subject),
    ("Who will lead the foundation?", .subject),
    ("What must releases be aligned with?", .object),
    ("What did the council approve?", .object),
    ("What is NASA using the arrays for on the Moon?", .reason),
    ("Which company runs the facility?", .subject),
  ])
  func theQuestionWordAsksForARole(question: String, gap: ClauseQuestion.Gap) throws {
    let lexicon = Lexicon(synonyms: [], stopWords: Array(WordLists.stopWords))
    let asked = try #require(
      ClauseQuestion(
        QuestionText.tokens(question), lexicon: lexicon, names: NameIndex([]), minimumWords: 1))
    #expect(asked.gap == gap)
  }

  @Test func timesAreReadWhole() throws {
    let read = try reading(
      "On April 8, 1964, at 11:00 a.m. EST, Gemini 1 lifted off from Launch Pad 19.",
      question: "When did Gemini 1 lift off?")
    #expect(read.timeSpans().map(read.text(of:)) == ["April 8, 1964", "11:00 a.m. EST"])
  }

  @Test func lengthsOfTimeAreNumbersWithUnitsOrStretches() throws {
    let read = try reading(
      "The mission lasted almost 18 years, from January 2006 until December 2023.",
      question: "How long did the mission last?")
    #expect(
      read.durationSpans().map(read.text(of:)) == [
        "almost 18 years", "from January 2006 until December 2023",
      ])
    // One unit of time, said with "a": "for more than a decade", "about an hour".
    let one = try reading(
      "Google has run containers for more than a decade, and each check takes about an hour.",
      question: "How long has Google run containers?")
    #expect(one.durationSpans().map(one.text(of:)) == ["more than a decade", "about an hour"])
  }

  @Test func aNumberCountsTheNounTheQuestionCounts() throws {
    let read = try reading(
      "More than 120 developers from 25 organizations have contributed code.",
      question: "How many organizations took part?")
    let counted = read.numberSpans(countedStems: [Stemmer.stem("organizations")])
    #expect(counted.map(read.text(of:)) == ["25 organizations"])
  }

  @Test func namesGivenAfterCalledOrNamed() throws {
    let read = try reading(
      "In 1998, Ton founded a new company called Not a Number (NaN) to develop Blender.",
      question: "What was the new company called?")
    #expect(read.givenNameSpans().map(read.text(of:)) == ["Not a Number (NaN)"])
  }

  /// "More than 22,000 years ago" is a time, counted back from when the text was written; a
  /// title's, which has no day to count from, is none.
  @Test func aLengthOfTimeAgoIsATime() throws {
    let read = try reading(
      "The most recent super-eruption occurred more than 22,000 years ago in New Zealand, "
        + "and a smaller eruption followed a decade ago.",
      question: "When did the most recent super-eruption happen?")
    #expect(read.timeSpans().map(read.text(of:)) == ["more than 22,000 years ago", "a decade ago"])
    let answers = try replies(
      to: [
        "When did the most recent super-eruption happen?",
        "When did Gemini 2 fly?",
      ],
      aboutUncurated: "60 Years Ago: Gemini 2 Flies a Test Flight\n\n"
        + "The most recent super-eruption occurred more than 22,000 years ago in New Zealand. "
        + "Gemini 2 flew a test flight for the agency.\n",
      named: "eruptions")
    #expect(answers[0].answer == "More than 22,000 years ago.", "\(answers[0].answer)")
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "At what time …?" asks for the time of day, not the date beside it; "biggest" is said by
  /// "largest", a synonym compared alike.
  @Test func atWhatTimeWantsTheClockAndBiggestIsLargest() throws {
    let answers = try replies(
      to: ["At what time did the biggest aftershock occur?"],
      aboutUncurated: "The first and largest aftershock occurred on December 16, 1811 at about "
        + "7:15 am. Smaller ones followed for months.\n",
      named: "shocks")
    #expect(answers[0].answer == "7:15 am.", "\(answers[0].answer)")
    #expect(ClauseQuestion.compared("large", "est") == ["largest"])
    #expect(ClauseQuestion.compared("big", "est") == ["bigest", "biggest"])
    #expect(ClauseQuestion.compared("early", "er") == ["earlier"])
  }

  /// "Which company makes …?" is answered by the one who does it (the agent of a passive, the
  /// subject of a verb said in other words) when the sentence names it by a name WordNet
  /// knows as nothing and the kind asked for is an organization; not "Which councillors …?"
  /// by a council. "runs" after "Which company" is the verb, not part of the kind.
  @Test func theDoerOfAnOrganizationsDeedIsNamedByItsOwnName() throws {
    let text = """
      Peraton, which operates NASA's Columbia Scientific Balloon Facility (CSBF) in Texas, \
      provides mission planning, engineering services, and field operations for NASA's \
      scientific balloon program. NASA's balloons are fabricated by Aerostar. \
      The Kestrel town council voted to fund the harbour program. \
      The telescope carries detectors for carbon and oxygen. \
      Researchers expect new maps of the galaxy next year. \
      The payload landed safely on the ice. Winds over Antarctica carried it in circles.

      """
    let answers = try replies(
      to: [
        "Which company makes the balloons for NASA?",
        "Which company runs the Columbia Scientific Balloon Facility?",
        "Which councillors voted to fund the harbour program?",
      ], aboutUncurated: text, named: "balloons")
    #expect(answers[0].answer == "Aerostar.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].answer == "Peraton.", "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [1])
    #expect(answers[2].outcome == .refused(.notStated), "\(answers[2].answer)")
    let lexicon = Lexicon(synonyms: [], stopWords: Array(WordLists.stopWords))
    let runs = try #require(
      ClauseQuestion(
        QuestionText.tokens("Which company runs the facility?"), lexicon: lexicon,
        names: NameIndex([]), minimumWords: 1))
    #expect(runs.typeNoun == "company")
  }

  /// A surname alone is the person named in full before it ("Millán added" after "Luis
  /// Millán"), and a name for them, though WordNet knows the word ("Trump"); a description
  /// whose noun is a kind of person in WordNet ("an atmospheric scientist") makes its name a
  /// person's.
  @Test func aSurnameIsThePersonNamedBeforeIt() throws {
    let text = """
      Donald Trump spoke to reporters on Monday. The agreement would ensure support for the \
      “Peace Board,” headed by President Trump, that would oversee the work of the committee. \
      The committee met in Cairo. Luis Millán, an atmospheric scientist at the laboratory, was \
      not involved in the study. Given the ongoing uncertainties, Millán added, “To me, this \
      is a long way from being a viable option.”

      """
    let answers = try replies(
      to: [
        "Who heads the Peace Board?", "Who is Millán?", "What did Millán say?",
      ], aboutUncurated: text, named: "board")
    #expect(answers[0].answer == "Trump.", "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(
      answers[1].answer == "Luis Millán is an atmospheric scientist at the laboratory.",
      "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("Luis Millán said:"), "\(answers[2].answer)")
    #expect(answers[2].citations.map(\.sentence) == [5])
  }

  /// "What did she say about the budget?": what the answer is about must be said, in its own
  /// words or others.
  @Test func whatAnAnswerIsAboutMustBeSaid() throws {
    let lexicon = Lexicon(synonyms: [], stopWords: Array(WordLists.stopWords))
    let asked = try #require(
      ClauseQuestion(
        QuestionText.tokens("What did Millán say about the balloons?"), lexicon: lexicon,
        names: NameIndex([]), minimumWords: 1))
    #expect(asked.topicStems == [Stemmer.stem("balloons")])
    #expect(!asked.holdsTopic(in: [Stemmer.stem("say"), Stemmer.stem("option")]))
    #expect(asked.holdsTopic(in: [Stemmer.stem("balloons")]))
  }

  /// "How much higher …?", "How much faster … than …?" ask by how much: the number that says
  /// so ("by as much as 10 meters", "30–50% faster", "1,000 times more powerful"), not any
  /// measure of the thing; "at what altitude" asks for a measure, a range read whole.
  @Test func byHowMuchIsTheNumberThatCompares() throws {
    let text = """
      The Lake County uplift, about 50 kilometers long, stands above the surrounding valley by \
      as much as 10 meters. The new engine ran about 30–50% faster than the old engine, \
      Version 4.2. The Toba volcano exploded with a force 1,000 times more powerful than the \
      eruption of Mount Helens. In the stratosphere (about 6 to 30 miles in altitude), the gas \
      turns into droplets. Farmers in the valley grow corn and beans.

      """
    let answers = try replies(
      to: [
        "How much higher than the surrounding valley is the Lake County uplift?",
        "How much faster was the new engine than Version 4.2?",
        "How much stronger was the Toba explosion than the eruption of Mount Helens?",
        "At what altitude is the stratosphere?",
      ], aboutUncurated: text, named: "numbers")
    #expect(
      answers.map { $0.answer.split(separator: "\n").first.map(String.init) ?? "" } == [
        "As much as 10 meters.", "About 30–50% faster.", "1,000 times more powerful.",
        "About 6 to 30 miles.",
      ])
    #expect(!Abbreviations.isQuestionAbbreviation("4.2"))
  }

  /// "Nov. 16, 2009" is a date, its month written short: "17" of "Jan. 17" is no count. "How
  /// many of the glaciers retreated?" asks for the part that did ("179 retreated"), not the
  /// count of the whole ("207 glaciers").
  @Test func aShortMonthIsADateAndAPartIsNotTheWhole() throws {
    let text = """
      The study was published in Nature on Jan. 17, 2024. Of the 207 glaciers in the study, \
      179 retreated significantly since 1985, 27 held steady, and one advanced slightly. \
      Researchers watched the ice from satellites for years.

      """
    let answers = try replies(
      to: [
        "When was the study published in Nature?",
        "How many of the glaciers retreated significantly?",
      ], aboutUncurated: text, named: "glaciers")
    #expect(answers[0].answer.hasPrefix("On Jan. 17, 2024."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("179."), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "How often …?" asks how often something recurs: "every two years", "twice a year",
  /// "annually", "on an annual basis"; a sentence that says no such thing does not answer it.
  @Test func howOftenIsARecurrence() throws {
    let text = """
      The survey of the lake is carried out every two years by the harbour board. \
      The council meets twice a year in the town hall. \
      The bird count is published annually by the museum. \
      From time to time, the harbour board receives letters from sailors. \
      The tide gauge is read at six hour intervals. \
      On an annual basis, the sailing club audits its accounts. \
      The ferry sails to Kestrel Point at dawn.

      """
    let answers = try replies(
      to: [
        "How often is the survey of the lake carried out?", "How often does the council meet?",
        "How often is the bird count published?",
        "How often does the harbour board receive letters from sailors?",
        "How often is the tide gauge read?", "How often does the sailing club audit its accounts?",
        "How often does the ferry sail?",
      ], aboutUncurated: text, named: "town")
    #expect(
      answers.prefix(6).map { $0.answer.split(separator: "\n").first.map(String.init) ?? "" }
        == [
          "Every two years.", "Twice a year.", "Annually.", "From time to time.",
          "At six hour intervals.", "On an annual basis.",
        ])
    #expect(answers[6].outcome == .refused(.notStated), "\(answers[6].answer)")
  }

  /// A count answers with fewer of the question's words only when what it lacks says little
  /// ("different"), not a noun of few senses ("lifetime"): "More than 200 publications" were
  /// listed at once, not over the Catalog's lifetime.
  @Test func aCountLackingANounOfTheQuestionDoesNotAnswer() throws {
    let text = """
      The Consumer Information Catalog listed more than 200 popular publications on saving and \
      health. The office moved to Pueblo in 1971. The catalog was free, and publications were \
      mailed from Pueblo. The catalog grew every year. Over its lifetime the office moved twice.

      """
    let answers = try replies(
      to: [
        "How many publications were listed over the Catalog's lifetime?",
        "How many different publications did the Catalog list?",
      ], aboutUncurated: text, named: "catalog")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(
      answers[1].answer.hasPrefix("More than 200 popular publications."), "\(answers[1].answer)")
  }

  /// "How many kids …?" is answered by a count of a kind of kid ("two daughters"), not by a
  /// count of anything else ("How many dogs …?").
  @Test func aCountOfAKindCountsTheThingAskedAbout() throws {
    let text = """
      Jeremy Kenny spends his weekends with his wife and their two daughters. \
      He joined the agency in 2007. The team tested three engines last year.

      """
    let answers = try replies(
      to: ["How many kids does Jeremy Kenny have?", "How many dogs does Jeremy Kenny have?"],
      aboutUncurated: text, named: "family")
    #expect(answers[0].answer.hasPrefix("Two daughters."), "\(answers[0].answer)")
    #expect(answers[1].outcome == .refused(.notStated), "\(answers[1].answer)")
  }

  /// "How many people came …?" is answered by a count of a kind of person that names
  /// describe ("eighty Lantern users"), though the sentence never says "people".
  @Test func aCountOfAKindMayHaveNamesBeforeItsNoun() throws {
    let text = """
      Last week, eighty Lantern users and developers from around the world came together in \
      Bergen for the first Lantern conference. The venue held three halls.

      """
    let answers = try replies(
      to: ["How many people came to the Lantern conference?"], aboutUncurated: text,
      named: "lantern")
    #expect(answers[0].answer.hasPrefix("Eighty Lantern users."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "Which subject areas are the most popular?" is answered by what the sentence says they
  /// are, the whole list, up to the end of its clause.
  @Test func whichThingsAreIsWhatBeLinksThemTo() throws {
    let text = """
      It can be seen that the most popular subject areas on the platform are health sciences, \
      language/arts and other sciences. The platform holds 900 items.

      """
    let answers = try replies(
      to: ["Which subject areas are the most popular?"], aboutUncurated: text, named: "oer")
    #expect(
      answers[0].answer.hasPrefix("Health sciences, language/arts and other sciences."),
      "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "Which glacier lost the most ice?" is answered only by a sentence that ranks ("the
  /// most"), with the name it says the glacier is called, not by one about glaciers losing ice.
  @Test func aSuperlativeNeedsASentenceThatRanks() throws {
    let text = """
      The survey did not count ice lost due to the retreat of small glaciers along the coast. \
      The data showed a glacier in northeast Greenland called Zachariae Isstrom lost the most \
      ice. Scientists flew over the coast every spring.

      """
    let answers = try replies(
      to: ["Which glacier lost the most ice?"], aboutUncurated: text, named: "ice")
    #expect(answers[0].answer.hasPrefix("Zachariae Isstrom."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "What record did GUSTO set?" is not answered by a name beside the word that is another
  /// kind of thing ("a new record for a NASA flight": NASA is an agency, not a record).
  @Test func aNameOfAnotherKindIsNoAnswerToWhichThing() throws {
    let text = """
      The GUSTO mission ended in February, setting a new record for a NASA balloon flight. \
      The balloon carried a telescope. The team celebrated in McMurdo.

      """
    let answers = try replies(
      to: ["What record did GUSTO set?"], aboutUncurated: text, named: "gusto")
    // The sentence that says it, whole: no phrase of it is a record by name.
    #expect(
      answers[0].answer.hasPrefix(
        "The GUSTO mission ended in February, setting a new record for a NASA balloon flight."),
      "\(answers[0].answer)")
  }

  /// "Why are they called …?", "Where does the name … come from?", "What was it named
  /// after?" are answered by what the sentence says the name is after, not by any reason a
  /// sentence about the same things gives.
  @Test func whereANameComesFrom() throws {
    let text = """
      These three shocks are usually referred to as the Kestrel earthquakes, after the river \
      town that was the largest settlement in the valley. Because there were no instruments \
      at that time, the sizes of the Kestrel earthquakes vary widely. The library libpq was \
      named after PostQUEL. Farmers in the valley grew corn.

      """
    let answers = try replies(
      to: [
        "Why are the Kestrel earthquakes called that?", "Where does the name libpq come from?",
        "What was libpq named after?",
      ], aboutUncurated: text, named: "names")
    #expect(
      answers[0].answer.hasPrefix(
        "After the river town that was the largest settlement in the valley."),
      "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("After PostQUEL."), "\(answers[1].answer)")
    #expect(answers[2].answer.hasPrefix("After PostQUEL."), "\(answers[2].answer)")
  }

  /// "Without requiring a garbage collector" says no to "Does Rust need a garbage collector?":
  /// the question's verb in other words right after "without", its object after that.
  @Test func withoutDeniesWhatFollowsIt() throws {
    let text = """
      Rust achieves these goals without requiring a garbage collector or runtime. \
      The compiler checks every borrow. Rust 1.0 was released in May.

      """
    let answers = try replies(
      to: ["Does Rust need a garbage collector?", "Does Rust need a runtime?"],
      aboutUncurated: text, named: "rust")
    #expect(answers[0].answer.hasPrefix("No. "), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].answer.hasPrefix("No. "), "\(answers[1].answer)")
  }

  /// Amounts and counts read whole: "$20.8 billion" (its sign, and "billion" as its unit),
  /// "248 radio-tagged bird carcasses" (on to the last counted word), "65,000 and 102,000
  /// birds" (a range, once).
  @Test func amountsAndCountsAreReadWhole() throws {
    let settlement = try reading(
      "As proved by the historic $20.8 billion settlement with BP, parties can be held to account.",
      question: "How big was the settlement with BP?")
    #expect(
      settlement.numberSpans(countedStems: SentenceReading.measureStems).map(settlement.text(of:))
        == ["$20.8 billion"])
    let carcasses = try reading(
      "The study placed 248 radio-tagged bird carcasses off-shore.",
      question: "How many radio-tagged bird carcasses were placed?")
    #expect(
      carcasses.numberSpans(
        countedStems: Set(["radio", "tag", "bird", "carcass"].map(Stemmer.stem))
      )
      .map(carcasses.text(of:)) == ["248 radio-tagged bird carcasses"])
    let birds = try reading(
      "It estimated that between 65,000 and 102,000 birds were killed by the spill.",
      question: "How many birds did the spill kill?")
    #expect(
      birds.numberSpans(countedStems: [Stemmer.stem("birds")]).map(birds.text(of:))
        == ["65,000 and 102,000 birds"])
  }

  /// "According to the final estimate, how many …?" is the question with its source after it;
  /// "According to Daraghmeh, …" names a source the templates read where it stands.
  @Test func anOpeningSourceThatIsNoNameGoesAfter() throws {
    let text = """
      The final injury assessment estimated that between 65,000 and 102,000 birds were killed \
      by the spill. Volunteers cleaned the beaches for months.

      """
    let answers = try replies(
      to: ["According to the final estimate, how many birds did the spill kill?"],
      aboutUncurated: text, named: "birds")
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// "Will the foundation publish reports?" is not answered No by "public reports": the
  /// question's verb is no word of what the reports are.
  @Test func aVerbBeforeANounIsNoContrast() throws {
    let text = """
      The foundation plans to regularly post public reports of its financial situation. \
      The board meets in May.

      """
    let answers = try replies(
      to: ["Will the foundation publish reports on its finances?"], aboutUncurated: text,
      named: "foundation")
    #expect(!answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
  }

  @Test func listsAreTheItemsAfterIncludingOrSuchAs() throws {
    let read = try reading(
      "CloudSat flew over storm systems with names like Maria, Harvey, and Sandy, peeking "
        + "beneath their canopies, and over materials such as plexiglass and cotton.",
      question: "Which storms did CloudSat fly over?")
    #expect(
      read.listSpans().map(read.text(of:)) == ["Maria, Harvey, and Sandy", "plexiglass and cotton"])
  }

  @Test func irregularVerbsCompareWithTheirBase() {
    #expect(Stemmer.stem("flew") == Stemmer.stem("fly"))
    #expect(Stemmer.stem("grew") == Stemmer.stem("grows"))
    #expect(Stemmer.stem("used") == Stemmer.stem("use"))
    // The table's forms too, whose base ends in a silent "e".
    #expect(Stemmer.stem("wrote") == Stemmer.stem("write"))
    #expect(Stemmer.stem("made") == Stemmer.stem("makes"))
    #expect(Stemmer.stem("rules") == Stemmer.stem("rule"))
    // "came" is also a noun in WordNet, but first the past of "come".
    #expect(Stemmer.stem("came") == Stemmer.stem("come"))
    // A form that is a word of its own keeps its meaning.
    #expect(Stemmer.stem("ground") != Stemmer.stem("grind"))
  }

  /// A place may be named after a noun of place and a possessive: "in the family's hometown
  /// of Vicksburg".
  @Test func aPlaceMayFollowANounOfPlace() throws {
    let read = try reading(
      "He had an uncle who worked in the family’s hometown of Vicksburg, Mississippi.",
      question: "Where is the family from?")
    #expect(read.placeSpans().map(read.text(of:)) == ["in the family’s hometown of Vicksburg"])
  }

  /// "What is crates.io?" is answered where a clause after a dash says what it is.
  @Test func aDefinitionMayFollowADash() throws {
    let read = try reading(
      "This is where crates.io comes in -- crates.io is a central package repository.",
      question: "What is crates.io?")
    let found = try #require(read.definition(of: [Stemmer.stem("crates.io")]))
    #expect(read.text(of: found) == "crates.io is a central package repository")
  }

  @Test func placesFollowTheirPreposition() throws {
    let read = try reading(
      "The capsule splashed down off the coast of Pensacola, Florida, at 5:47 a.m.",
      question: "Where did the capsule splash down?")
    #expect(read.placeSpans().map(read.text(of:)) == ["off the coast of Pensacola, Florida"])
  }

  /// The name a sentence gives a thing of a kind, right after the word for it, in capitals or
  /// in common words; not a name given to something else.
  @Test func aThingOfAKindMayBeNamed() throws {
    let read = try reading(
      "Health workers use a screening method called visual inspection with acetic acid.",
      question: "What screening method do health workers use?")
    #expect(
      read.kindNameSpans { $0 == Stemmer.stem("method") }.map(read.text(of:))
        == ["visual inspection"])
    #expect(read.kindNameSpans { $0 == Stemmer.stem("tool") }.isEmpty)
    let known = try reading(
      "This form of singing, known as throat singing, was little known outside Tuva.",
      question: "What is this form of singing called?")
    #expect(
      known.kindNameSpans { $0 == Stemmer.stem("singing") }.map(known.text(of:))
        == ["throat singing"])
  }

  /// A place may be a part of a land ("southern Arizona"), and places of the same kind go on
  /// after "and".
  @Test func aPlaceMayBeAPartOfALand() throws {
    let read = try reading(
      "It is a flower that is endemic to southern Arizona and northern Mexico.",
      question: "Where is the flower endemic?")
    #expect(read.placeSpans().map(read.text(of:)) == ["to southern Arizona and northern Mexico"])
    // Not a name after "and" that is no place.
    let other = try reading(
      "Anna grew up in Lyon and Marie joined her there in 1990.",
      question: "Where did Anna grow up?")
    #expect(other.placeSpans().map(other.text(of:)) == ["in Lyon"])
  }

  /// A sentence that holds the question's names and nothing else it asks says nothing of it:
  /// a director named beside his company is not the one who set it up, and thanks to a
  /// company's team for finding a flaw is not where the company is based ("finding" is no
  /// other word for "based": the lemma "found", to establish, is not "find").
  @Test func namesAloneAnswerNothing() throws {
    let text = """
      First and foremost, thanks to Orbex's team for finding and reporting this leak. \
      Nick Reyes, Director, Best Business Tools found the support of the agency invaluable.

      """
    let answers = try ask(
      about: text, ["Where is Orbex based?", "Who set up Best Business Tools?"])
    for reply in answers {
      #expect(reply.outcome != .answered, "\(reply.answer)")
    }
    #expect(Stemmer.lemmaStem("found") == Stemmer.stem("founded"))
    #expect(Stemmer.lemmaStem("found") != Stemmer.stem("finding"))
    // A plural is no verb of its own: "people" are still persons.
    #expect(Stemmer.lemmaStem("people") == Stemmer.stem("person"))
  }

  /// A question word takes the other words of the senses it can have as written: "mediating"
  /// is the verb "mediate", never the adjective ("between"), and "based" no "base" noun or
  /// adjective ("lowly"). Expanded with no stop words, so that "between" would show.
  @Test func aWordsOtherWordsAreThoseOfItsOwnPartOfSpeech() throws {
    let wordNet = try #require(WordNet.english)
    for (question, word, foreign) in [
      ("Who is mediating the talks?", "mediating", "between"),
      ("Where is the company based?", "based", "lowly"),
    ] {
      let expanded = try clauseQuestion(question).expanded(
        with: wordNet, tokens: QuestionText.tokens(question),
        lexicon: Lexicon(synonyms: [], stopWords: []))
      let others = expanded.alternatives[Stemmer.stem(word)] ?? []
      #expect(!others.isEmpty, "\(word)")
      #expect(!others.contains(Stemmer.stem(foreign)), "\(word): \(others.sorted())")
    }
  }

  /// The day of a date counts nothing: "Jan. 17" is no count of 17.
  @Test func theDayOfADateIsNoCount() throws {
    let read = try reading(
      "Published in Nature on Jan. 17, the analysis drew on 250,000 pieces of data.",
      question: "How many pieces of data were there?")
    #expect(read.numberSpans().map(read.text(of:)) == ["250,000 pieces"])
  }

  /// "Did he apologise?" against "he refused to issue an apology" is No; asked whether he
  /// refused, Yes.
  @Test func whatAClauseRefusesItDoesNotDo() throws {
    let text = """
      The mayor, however, refused to issue a formal apology to the council after the vote.

      """
    let answers = try ask(
      about: text,
      ["Did the mayor apologise to the council?", "Did the mayor refuse to apologise?"])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// "How fast" asks for a speed and "how high" for a length: a ceiling in feet says how high
  /// a plane flew, not how fast.
  @Test func aWordOfMeasureAsksForItsOwnUnits() throws {
    let text = """
      The Kestrel was a special high-altitude plane that flew at a ceiling of 70,000 feet. \
      The Arrow flew at 4,520 miles per hour over the desert.

      """
    let answers = try ask(
      about: text,
      [
        "How fast could the Kestrel fly?", "How high could the Kestrel fly?",
        "How fast did the Arrow fly?",
      ])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(answers[1].answer == "70,000 feet.", "\(answers[1].answer)")
    #expect(answers[2].answer.contains("4,520 miles per hour"), "\(answers[2].answer)")
  }

  /// "What is X?" is answered by the sentence that names the kind of thing X is, before one
  /// that says how X is.
  @Test func whatSomethingIsNamesItsKind() throws {
    let text = """
      Cabotage is now entirely self-hosting, which means that builds no longer use a public \
      registry. \
      The team reviewed every build after the leak.

      cabotage is the codebase that deploys the warehouse codebase.

      """
    let answers = try ask(about: text, ["What is cabotage?"])
    #expect(answers[0].citations.map(\.sentence) == [3], "\(answers[0].answer)")
    #expect(answers[0].answer.hasPrefix("Cabotage is the codebase"), "\(answers[0].answer)")
  }

  /// "Who does he work for?" is answered by what "for" takes, never by whom he worked with;
  /// "Which charity does she work for?" asks her role as "Who does she work for?" does.
  @Test func aQuestionsLastPrepositionIsTheRoleItAsks() throws {
    let text = """
      Nick Keith worked with a UKTI International Trade Adviser to assess his export strategy. \
      Dan Howarth, Head of Care at Diabetes UK, said: "We see it every day."

      """
    let answers = try ask(
      about: text,
      ["Who does Nick Keith work for?", "Which charity does Dan Howarth work for?"])
    #expect(!answers[0].answer.contains("Adviser"), "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].answer.contains("Diabetes UK"), "\(answers[1].answer)")
  }

  /// A verb said only as a noun says who did it of a name beside the noun: "an inspection by
  /// Dr. Samuel Reyes", "Josh Anderson, Ingenuity team lead", though he is quoted; never of a
  /// name far from it ("representatives of Fatah" are not the Hamas officials who meet them).
  @Test func aVerbSaidAsANounNamesWhoDidItBesideIt() throws {
    let text = """
      An inspection last spring by Dr. Samuel Reyes, an engineer hired by the council, found \
      serious corrosion in the bridge's support piers. \
      "We will not go gently," said Josh Anderson, Ingenuity team lead at JPL. \
      Hamas officials are also holding direct negotiations in Cairo with representatives of \
      Fatah, the party which dominates the PA.

      """
    let answers = try ask(
      about: text,
      [
        "Who inspected the bridge?", "Who leads the Ingenuity team at JPL?",
        "Who represents Fatah?",
      ])
    #expect(answers[0].answer.contains("Samuel Reyes"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("Josh Anderson"), "\(answers[1].answer)")
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }

  /// A name that holds the noun of the question's verb ("the Willow Foundation" for who
  /// founded it) is no deed of its own, and asking about it answers from the founder, once.
  @Test func aNameHoldingTheVerbAsANounIsNoDeed() throws {
    let text = """
      The Willow Foundation today announced that the Willow Reading Project will become a part \
      of the Willow Foundation. \
      "We are very excited to donate this project to the Willow Foundation," said Ada Brook, \
      team lead at Brookworks and founder of the Willow Reading Project.

      """
    let answers = try ask(about: text, ["Who founded the Willow Reading Project?"])
    #expect(answers[0].answer.contains("Ada Brook"), "\(answers[0].answer)")
  }

  /// A number of what can be done ("capable of printing hundreds of thousands") does not say
  /// how many were done.
  @Test func aCapacityIsNoCountOfWhatWasDone() throws {
    let text = """
      Dunmore Press prints the county papers. The machines the press has in place are capable \
      of printing hundreds of thousands of newspapers a day. It opened in May.

      """
    let answers = try ask(about: text, ["How many newspapers has Dunmore Press printed so far?"])
    #expect(answers[0].outcome != .answered, "\(answers[0].answer)")
    #expect(!answers[0].answer.contains("hundreds"), "\(answers[0].answer)")
    // Nor does a count read from the sentence as a fact; a question that asks what can be done
    // is answered by it.
    let counted = "The new press in Dunmore is capable of printing 40,000 newspapers an hour.\n"
    let replies = try ask(
      about: counted,
      [
        "How many newspapers has the press in Dunmore printed?",
        "How many newspapers can the press in Dunmore print?",
      ])
    #expect(replies[0].outcome != .answered, "\(replies[0].answer)")
    #expect(replies[1].answer.contains("40,000"), "\(replies[1].answer)")
  }

  /// "In the catalogue you can find two more accounts" says what the catalogue holds, not what
  /// can be done: a count of it.
  @Test func whatYouCanFindIsThere() throws {
    let text = """
      In the harbour catalogue you can find two more accounts of the voyage, in books by the \
      sailors Alex Berk and Emma Gold.

      """
    let answers = try ask(
      about: text, ["How many accounts of the voyage does the harbour catalogue have?"])
    #expect(answers[0].answer.hasPrefix("Two more accounts."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
  }

  /// A name that holds the name asked about, and more ("the Willow Reading Project Working
  /// Group"), is a part of it, not who founded it.
  @Test func aNameHoldingTheAskedNameIsNotWhoDidIt() throws {
    let text = """
      The Willow Reading Project lends books to schools in Dunmore. A Willow Reading Project \
      Working Group will be established in the next few weeks to begin checking new books.

      """
    let answers = try ask(about: text, ["Who founded the Willow Reading Project?"])
    #expect(!answers[0].answer.contains("Working Group"), "\(answers[0].answer)")
  }

  /// A name among the items of a list, with every other word of the question before it, is
  /// one of what the list is of: yes, citing it. Not a name of another list.
  @Test func aNameListedAfterTheQuestionsWordsIsOneOfThem() throws {
    let text = """
      The Dunmore Sailing Club is made up of a diverse group of crews including racing members \
      Kestrel Blue, Gull Wing, Tern Nine, and Petrel Star. Cruising members include Heron Bay \
      and Auk Point.

      """
    let answers = try ask(
      about: text,
      [
        "Is Tern Nine a racing member of the Dunmore Sailing Club?",
        "Is Heron Bay a racing member of the Dunmore Sailing Club?",
      ])
    #expect(answers[0].answer.hasPrefix("Yes."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(!answers[1].answer.hasPrefix("Yes."), "\(answers[1].answer)")
  }

  /// A name where something happens ("in the Digital Harbours") did not do it.
  @Test func aNameWhereSomethingHappensDidNotDoIt() throws {
    let text = """
      Getting Started in the Digital Harbours with Storytelling and the Willow Reading Project

      The Willow Reading Project lends books to schools in Dunmore.

      """
    let answers = try ask(about: text, ["Who started the Willow Reading Project?"])
    #expect(!answers[0].answer.contains("Digital Harbours"), "\(answers[0].answer)")
  }

  /// Where the one who did it is only "they", no name in the sentence did it: not the name of
  /// the church whose roof was stripped. Asked why, the clause of the question's verb gives
  /// the reason, not a clause that shares more of its nouns ("the roof … is Cathedral", as the
  /// parser misreads "St. Teilo's"), cut off at a bare "in order".
  @Test func aPronounDoerLeavesNoNameToAnswerWho() throws {
    let text = """
      But the gallant villagers of Brynmor determined to drive out the raiders. For such \
      firearms as they had there was little ammunition, so they stripped the roof of beautiful \
      little St. Teilo's Cathedral of its lead in order to make bullets.

      """
    let answers = try ask(
      about: text,
      [
        "Who stripped the roof of the cathedral?",
        "Why did the villagers strip the roof of the cathedral?",
      ])
    #expect(!answers[0].answer.contains("Teilo"), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("to make bullets"), "\(answers[1].answer)")
    #expect(!answers[1].answer.hasSuffix("in order."), "\(answers[1].answer)")
  }

  /// A sentence whose subject is "they" is about the subject of the sentence before it, and a
  /// question naming that is answered from it; asked why, the clause of the question's verb
  /// gives the reason, not another clause that shares more of its nouns.
  @Test func theyIsTheSubjectOfTheSentenceBefore() throws {
    let text = """
      The coastal farmers resolved to drive out the raiders. They gathered scythes and pitchforks \
      from every barn in the valley. The raiders landed at Porth Mawr at dawn.

      """
    let answers = try ask(
      about: text, ["What did the coastal farmers gather?", "Who landed at Porth Mawr?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(
      answers[0].answer.lowercased().contains("scythes and pitchforks"), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "Is the list exhaustive?" against "This list is not exhaustive": No, though the parser
  /// leaves the "not" with "exhaustive" rather than on "is".
  @Test func notBeforeWhatSomethingIsDeniesIt() throws {
    let text = """
      We learn about potential abuse in three ways. This list is not exhaustive; there are \
      always edge cases. We will update the list if we find new avenues.

      """
    let answers = try ask(about: text, ["Is the list exhaustive?"])
    #expect(answers[0].answer.hasPrefix("No."), "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
  }

  /// "According to the authors", "do the writers think": the document's own voice, which no
  /// sentence names, frames the question; the rest of it is what is asked.
  @Test func whatTheWritersSayIsWhatTheDocumentSays() throws {
    let text = """
      The council was formed by executive order in 2001. An open discussion between ethicists \
      and scientists is critical to the advisory system. Polls show wide support for the research.

      """
    let answers = try ask(
      about: text,
      [
        "According to the authors, what is critical to the advisory system?",
        "What do the writers think is critical to the advisory system?",
        "Who are the authors?",
      ])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].citations.map(\.sentence) == [2], "\(answers[1].answer)")
    #expect(answers[2].outcome != .answered, "\(answers[2].answer)")
  }

  /// A verb of the sentence is no thing of the kind asked for, though a noun of that kind is
  /// spelt the same: "Butler left Port Royal" names no position.
  @Test func aVerbIsNoKindOfThing() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind19/Knowledge")
    let answers = try replies(
      to: ["When and where was Freddie Butler born?", "What position did he play?"],
      knowledge: loadUnchecked(folder))
    #expect(answers[1].answer != "Left.", "\(answers[1].answer)")
  }

  /// A refusal that cannot say the question back in its own order quotes it, rather than
  /// "The documents don't say why didn't they …"; one in order already says it back.
  @Test func aRefusalNeverSaysAQuestionBackInverted() throws {
    let answers = try ask([
      "Why didn't the museum open a second gallery at the start?",
      "Which band does the museum hire for its opening night?",
      "Who was elected mayor of the town?",
      "How massive was the ship that sank in the harbor?",
    ])
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
      #expect(
        !answer.answer.lowercased().contains("say why didn't")
          && !answer.answer.contains("say which band does"), "\(answer.answer)")
    }
    #expect(
      answers[0].answer
        == "The documents don't answer “Why didn't the museum open a second gallery at the start?”")
    #expect(answers[2].answer.hasPrefix("The documents don't say who was elected"))
    // "how massive was the ship" is still inverted: the auxiliary after a word of degree.
    #expect(
      answers[3].answer
        == "The documents don't answer “How massive was the ship that sank in the harbor?”")
    // Said back in order, "does" is the verb: "what Basecamp does", not quoted as if inverted.
    let folder = packageRoot.appendingPathComponent("Tests/Evaluation/Blind23/Knowledge")
    let basecamp = try replies(
      to: ["What does Basecamp do with its observations during an investigation?"],
      knowledge: loadUnchecked(folder))
    #expect(
      basecamp[0].answer
        == "The documents don't say what Basecamp does with its observations during an "
        + "investigation.")
  }

  /// A web or e-mail address after "to" or "at" is where something is sent or found.
  @Test func anAddressIsWhereThingsGo() throws {
    let text = """
      To view our digital stories, visit us at www.immigrantstories.umn.edu. Complaints about \
      the ferry are sent to complaints@dunmore-ferry.org by the passengers.

      """
    let answers = try ask(
      about: text,
      [
        "Where can I view the digital stories?",
        "Where do passengers send complaints about the ferry?",
      ])
    #expect(answers[0].answer == "At www.immigrantstories.umn.edu.")
    #expect(answers[1].answer == "To complaints@dunmore-ferry.org.")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "What is X responsible for?" asks what "for" governs, not a purpose; and a job is a
  /// responsibility.
  @Test func whatSomeoneIsResponsibleForIsTheirJob() throws {
    let text = """
      The Dunmore Harbour Board was set up in 1977. The Dunmore Harbour Board is responsible \
      for keeping the channel deep enough for ferries. It meets twice a year.

      """
    let answers = try ask(
      about: text,
      [
        "What is the Dunmore Harbour Board responsible for?",
        "What is the Dunmore Harbour Board's job?",
      ])
    for answer in answers {
      #expect(answer.answer.contains("keeping the channel"), "\(answer.answer)")
    }
  }

  /// "What happened to X?" asks what befell X, in whatever words the sentence tells it.
  @Test func whatHappenedIsToldInAnyWords() throws {
    let text = """
      The identical vault one floor up was torn out in 1910 and its steel sold for scrap. \
      The museum café did not reopen after the renovation.

      """
    let answers = try ask(
      about: text,
      ["What happened to the identical vault one floor up?", "What happened to the gift shop?"])
    #expect(answers[0].outcome == .answered, "\(answers[0].answer)")
    #expect(answers[0].citations.map(\.sentence) == [1])
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// "What percentage (proportion, share) …?" asks for a share: "77%", "eight out of 10".
  @Test func aShareAnswersWhatPercentage() throws {
    let text = """
      Eight out of 10 of the middle aged either weigh too much or drink too much, the 2,000 \
      replies show. \
      Modern life is harming health: 77% of men and 63% of women in middle age are overweight. \
      The survey asked people about their habits.

      """
    let answers = try ask(
      about: text,
      [
        "What proportion of the middle aged weigh too much or drink too much?",
        "What percentage of middle-aged men are overweight?",
      ])
    #expect(answers[0].answer == "Eight out of 10.", "\(answers[0].answer)")
    #expect(answers[1].answer == "77%.", "\(answers[1].answer)")
  }

  /// "Who is X's principal investigator?" is answered by the person the sentence gives that
  /// title ("led by principal investigator Christopher Walker"), never by one titled otherwise
  /// ("the bureau chief" is no leader) or by what a description's own clause says ("the party
  /// which dominates the PA").
  @Test func aRoleIsAnsweredByThePersonTitledSo() throws {
    let text = """
      GUSTO, an Astrophysics mission, is led by principal investigator Christopher Walker from \
      the University of Arizona. \
      "Hamas would rather die than surrender," says Mohammed Daraghmeh, the bureau chief in the \
      territories for Asharq News. \
      Hamas met Fatah, the party which dominates the PA, in Cairo.

      """
    let answers = try ask(
      about: text, ["Who is GUSTO's principal investigator?", "Who is the leader of Hamas?"])
    #expect(answers[0].answer == "Christopher Walker.", "\(answers[0].answer)")
    #expect(answers[1].outcome != .answered, "\(answers[1].answer)")
  }

  /// "From" and "to" take things as well as places: "a message from Ingenuity" says nowhere,
  /// "home from Norway" says where.
  @Test func fromAThingIsNoPlace() throws {
    let text = """
      The engineers received a farewell message from Ingenuity. \
      The crew flew home from Norway after the survey.

      """
    let answers = try ask(
      about: text,
      [
        "Where did the engineers receive the farewell message?",
        "Where did the crew fly home from?",
      ])
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].answer.contains("from Norway"), "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// A number that labels a thing ("Diagram #2", "figure 3") counts nothing.
  @Test func aLabelsNumberIsNoCount() throws {
    let text = """
      Diagram #2 shows when items have been added to the catalogue. \
      Figure 3 shows which items were borrowed most.

      """
    let answers = try ask(
      about: text,
      [
        "How many items in total were added to the catalogue?",
        "How many items were borrowed most?",
      ])
    for answer in answers {
      #expect(answer.outcome == .refused(.notStated), "\(answer.answer)")
    }
  }

  /// A role the sentence says a person has ("Dave Lavery is the program executive", "Edgar
  /// Carrera, a professor …, who is … the lead organiser") answers who has it; a clause after
  /// two names says it of the nearer.
  @Test func aRoleSaidOfAPersonAnswersWhoHasIt() throws {
    let text = """
      At the ministry, Dave Lavery is the program executive for the harbor survey. \
      "The workshop will be held online," says Edgar Carrera, a professor at the University of \
      Quito (Ecuador), who is a member of the data team and is the lead organiser of the \
      workshop. \
      Ana Ruiz thanked Tom Hale, who is the treasurer of the club.

      """
    let answers = try ask(
      about: text,
      [
        "Who is the program executive for the harbor survey?",
        "Who is the lead organiser of the workshop?",
        "Who is the treasurer of the club?",
      ])
    #expect(answers[0].answer == "Dave Lavery.", "\(answers[0].answer)")
    #expect(answers[1].answer == "Edgar Carrera.", "\(answers[1].answer)")
    #expect(answers[2].answer == "Tom Hale.", "\(answers[2].answer)")
  }

  /// "What ages …?" asks for ages, a number of years, never a name: "One You" is the campaign,
  /// not the ages it means.
  @Test func whatAgesAsksForYears() throws {
    let text = """
      PHE's One You campaign is helping middle aged people live more healthily.

      The campaign is reaching out to the 83% of 40 to 60 year olds who are overweight.

      """
    let answers = try ask(about: text, ["What ages does the campaign mean by middle aged?"])
    #expect(!answers[0].answer.contains("One You"), "\(answers[0].answer)")
  }

}

/// A question that opens with a preposition ("Under what terms …?") asks for the phrase that
/// preposition opens in the sentence, whether or not the sentence says the kind of thing.
@Suite struct FrontedPrepositionTests {
  private static let text = """
    The city archive publishes its maps into the public domain under the Creative Commons CC0 \
    waiver via its own portal. \
    The archive filed trademark applications in both Canada and Mexico for its logo. \
    The archive's staff met in the spring of 2019 in Halifax.

    """

  @Test func thePhraseThePrepositionOpensAnswers() throws {
    let answers = try replies(
      to: [
        "Under what terms does the city archive publish its maps?",
        "In which countries did the archive file trademark applications?",
        "In which city did the archive's staff meet?",
      ], aboutUncurated: Self.text, named: "archive")
    #expect(answers[0].answer == "Under the Creative Commons CC0 waiver.")
    #expect(answers[0].citations.map(\.sentence) == [1])
    // Both countries, not the first name alone.
    #expect(answers[1].answer == "In both Canada and Mexico.")
    #expect(answers[1].citations.map(\.sentence) == [2])
    // A phrase that gives a time is no city.
    #expect(answers[2].answer == "In Halifax.", "\(answers[2].answer)")
  }
}

/// A reason explains what goes before it: a sentence whose question words all come inside its
/// "because …" does not say why they happened.
@Suite struct ReasonPlaceTests {
  @Test func aReasonDoesNotExplainTheWordsInsideIt() throws {
    let text = """
      Publication dates are not known because the registry does not keep any history for \
      images which have been deleted. \
      The old builds were deleted because nobody used them any more.

      """
    let answers = try replies(
      to: ["Why were the images deleted?", "Why were the old builds deleted?"],
      aboutUncurated: text, named: "registry")
    #expect(answers[0].outcome == .refused(.notStated), "\(answers[0].answer)")
    #expect(answers[1].outcome == .answered, "\(answers[1].answer)")
    #expect(answers[1].citations.map(\.sentence) == [2])
  }

  /// "In response to …", "in retaliation", "as part of …" give a reason as "because" does.
  @Test func aPhraseOfReasonGivesTheReason() throws {
    let text = """
      The city opened a new library in 2015. \
      In response to complaints from residents, the old pier was closed to cars. \
      Her contract was not renewed in retaliation for her reports on the council.

      """
    let answers = try replies(
      to: ["Why was the old pier closed to cars?", "Why was her contract not renewed?"],
      aboutUncurated: text, named: "city")
    #expect(answers[0].citations.map(\.sentence) == [2], "\(answers[0].answer)")
    #expect(answers[1].citations.map(\.sentence) == [3], "\(answers[1].answer)")
  }
}

/// What a thing is for, asked as what it is meant to achieve or for its aim, is answered by the
/// sentence that gives its goal.
@Suite struct PurposeTests {
  private static let text = """
    The archive opened a reading room in 2020. \
    The goal of the workshop is to teach volunteers how to restore old maps.

    """

  @Test func whatSomethingIsMeantToAchieveIsItsGoal() throws {
    let answers = try replies(
      to: [
        "What is the workshop supposed to achieve?",
        "What was the workshop meant to accomplish?",
        "What does the workshop aim to achieve?",
      ], aboutUncurated: Self.text, named: "archive")
    for answer in answers {
      #expect(answer.citations.map(\.sentence) == [2], "\(answer.answer)")
      #expect(answer.answer.contains("teach volunteers"), "\(answer.answer)")
    }
  }

  /// "Supposed to do" asks for a deed, not a goal: a thing's goal does not answer it.
  @Test func whatSomethingIsSupposedToDoIsNoGoal() {
    #expect(Answerer.purpose("What is the workshop supposed to do?") == nil)
    #expect(
      Answerer.purpose("What is the workshop supposed to achieve?")
        == "What is the goal of the workshop?")
  }

  /// "Aim" and "purpose" are other words for "goal" (WordNet's).
  @Test func anAimIsAGoal() throws {
    let answers = try replies(
      to: ["What is the purpose of the workshop?", "What is the aim of the workshop?"],
      aboutUncurated: Self.text, named: "archive")
    for answer in answers {
      #expect(answer.citations.map(\.sentence) == [2], "\(answer.answer)")
    }
  }
}

/// "According to X, …" asked of a sentence that does not name X: a source the documents do not
/// name ("the authors") is the text itself; an organization the document names speaks in its
/// sentences that quote no one; a person only in the sentence that names them or the one after.
@Suite struct SourceOfAnswerTests {
  private static let text = """
    Ferry program review

    The Harbor Audit Office reviewed the ferry program in 2024. \
    Congress should consider extending the ferry program by five years. \
    Mayor Ana Lin spoke at the pier. \
    The ferry needs new docks, Lin said. \
    The docks will cost $4 million. \
    Critics say the ferry program wastes money. \
    Grades are assigned by the teachers.

    """

  private func ask(_ questions: [String]) throws -> [Reply] {
    try replies(to: questions, aboutUncurated: Self.text, named: "review")
  }

  @Test func aSourceTheSentenceDoesNotNameMayStillSpeakInIt() throws {
    let answers = try ask([
      "What should Congress consider, according to the Harbor Audit Office?",
      "According to the authors, what should Congress consider?",
      "According to Ana Lin, what does the ferry need?",
    ])
    for answer in answers {
      #expect(answer.outcome == .answered, "\(answer.answer)")
    }
    #expect(answers[0].citations.map(\.sentence) == [2])
    #expect(answers[1].citations.map(\.sentence) == [2])
    #expect(answers[2].citations.map(\.sentence) == [4])
  }

  /// Not where another speaks, nor someone the documents never name, nor after a sentence
  /// that closes a person's words ("…, Lin said."); nor a yes or no, whose "according to" may
  /// mean "in keeping with".
  @Test func aPersonSpeaksOnlyWhereNamed() throws {
    let answers = try ask([
      "What should Congress consider, according to Ana Lin?",
      "How much will the docks cost, according to Ana Lin?",
      "What does the ferry program do, according to the council?",
      "What does the ferry need, according to John Smith?",
      "What should Congress consider, according to Smith's report?",
      "Are grades assigned according to attendance?",
    ])
    for answer in answers {
      #expect(answer.outcome != .answered, "\(answer.answer)")
    }
  }
}
