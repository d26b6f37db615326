/// The small fixed word lists every stage relies on, in lower case unless said otherwise.
enum WordLists {
  /// Common words that are not names when capitalized at the start of a sentence or quote:
  /// function words, pronouns, common adverbs and number words.
  static let stopWords: Set<String> = Set([
    "a", "about", "above", "according", "across", "after", "again", "against", "all", "almost",
    "along", "alongside", "already", "also", "although", "always", "amid", "among", "an", "and",
    "another", "any", "are", "around", "as", "at", "be", "because", "been", "before", "behind",
    "being", "below", "beneath", "beside", "besides", "between", "beyond", "both", "but", "by",
    "can", "could", "despite", "did", "do", "does", "during", "each", "earlier", "either", "even",
    "ever", "every", "few", "finally", "first", "for", "from", "further", "had", "has", "have",
    "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "indeed",
    "inside", "instead", "into", "is", "it", "its", "just", "last", "later", "least", "less",
    "let", "like", "many", "may", "maybe", "meanwhile", "might", "more", "moreover", "most",
    "much", "must", "my", "near", "neither", "never", "next", "no", "nor", "not", "now", "of",
    "often", "on", "once", "only", "onto", "or", "other", "others", "otherwise", "our", "out",
    "outside", "over", "perhaps", "rather", "second", "several", "shall", "she", "should",
    "since", "so", "some", "soon", "still", "such", "than", "that", "the", "their", "them",
    "then", "there", "therefore", "these", "they", "third", "this", "those", "though", "through",
    "throughout", "thus", "to", "today", "tomorrow", "too", "toward", "towards", "under",
    "unless", "unlike", "until", "upon", "us", "very", "was", "we", "were", "what", "whatever",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "else", "whoever",
    "whichever", "wherever", "whenever", "someone", "anyone", "everyone", "nobody", "somebody",
    "anybody", "everybody", "something", "anything", "everything", "nothing", "somewhere",
    "anywhere", "everywhere", "nowhere", "itself", "himself", "herself", "themselves", "myself",
    "ourselves", "yourself", "whereas", "hence",
  ]).union(numberWords)

  /// Capitalized words that are never names on their own: weekdays, months, and the pronouns,
  /// which a capital in mid-sentence does not make names ("In 2010, He accepted …"); not "it"
  /// or "us", which may be "IT" and "US".
  static let neverNames: Set<String> = Set(["i", "he", "she", "we", "they", "him", "them"])
    .union(weekdays).union(months)

  /// Number words.
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "dozens", "hundreds", "thousands", "millions",
    "billions",
  ]

  /// Number words that multiply the number before them: "1.2 million".
  static let scaleWords: Set<String> = ["hundred", "thousand", "million", "billion"]

  /// Lowercase words that may join the capitalized words of a name: "Mohammed bin Abdulrahman",
  /// "Palestine Liberation Organization", "Charles de Gaulle".
  static let nameParticles: Set<String> = [
    "al", "bin", "bint", "ibn", "ben", "el", "de", "da", "di", "du", "del", "della", "der", "den",
    "van", "von", "la", "le", "dos", "das", "es",
  ]

  /// Capitalized titles that stand before a name: "Mr.", "President", "Sheikh".
  static let titles: Set<String> = Set(Abbreviations.titles.map { $0 + "." }).union([
    "professor", "president", "minister", "premier", "chancellor", "sheikh", "senator",
    "governor", "king", "queen", "prince", "princess", "emir", "sultan", "pope", "rabbi", "imam",
    "ayatollah", "ambassador", "mayor", "sir", "dame", "lord", "lady", "secretary-general", "judge",
    // Ranks ("Colonel Ralph Puckett"); not "General" or "Major", which open names ("General
    // Motors", "Major League Baseball").
    "colonel", "lieutenant", "captain", "sergeant", "corporal", "admiral", "commander",
  ])

  /// Capitalized words that only form a title with a title after them: "Prime Minister".
  /// "Then-" before a title says the same as "former": "Then-First Lieutenant Ralph Puckett".
  static let titleModifiers: Set<String> = [
    "prime", "vice", "deputy", "foreign", "former", "first", "second", "staff", "rear",
    "lieutenant", "then-first", "then-second",
  ]

  /// Titles that say nothing about the person, so they give no appositive.
  static let honorifics: Set<String> = Set(Abbreviations.honorifics.map { $0 + "." }).union([
    "sir", "dame", "lord", "lady",
  ])

  /// Lowercase nouns of office or trade that a description of a person ends with.
  static let roleNouns: Set<String> = [
    "activist", "administrator", "adviser", "advisor", "ambassador", "analyst", "architect",
    "astronaut", "attorney", "author", "ceo",
    "chair", "chairman", "chairwoman", "chancellor", "chief", "cleric", "colonel", "columnist",
    "commander", "commentator", "coordinator", "correspondent", "designer", "developer",
    "diplomat", "director", "economist", "editor", "emir", "engineer", "envoy", "expert",
    "founder", "general", "governor", "head", "historian", "investigator", "journalist", "judge",
    "king", "lawmaker", "lawyer", "leader", "manager",
    "mayor", "mediator", "member", "mentor", "minister", "negotiator", "officer", "official",
    "politician",
    "premier", "president", "prince", "professor", "queen", "reporter", "representative",
    "researcher", "scholar", "scientist", "secretary", "secretary-general", "senator", "sheikh",
    "spokesman", "spokesperson", "spokeswoman", "strategist", "writer",
  ]

  /// Lowercase words that may stand before a role noun in a description: "political analyst",
  /// "bureau chief", "prime minister".
  static let roleModifiers: Set<String> = [
    "acting", "assistant", "associate", "bureau", "chief", "deputy", "defense", "economic",
    "executive", "finance", "foreign", "former", "general", "independent", "interim", "interior",
    "leading", "legal", "longtime", "managing", "military", "party", "police", "political",
    "press", "prime", "regional", "security", "senior", "top", "veteran", "vice",
  ]

  /// Verbs that introduce or attribute a quote.
  static let speechVerbs: Set<String> = [
    "acknowledged", "acknowledges", "add", "added", "adds", "argue", "argued", "argues", "ask",
    "asked", "asks", "claimed", "claims", "conceded", "concedes", "continued", "continues",
    "declared", "declares", "described", "describes", "explain", "explained", "explains",
    "insisted", "insists", "note", "noted", "notes", "recalled", "recalls", "replied", "replies",
    "said", "say", "says", "stated", "states", "tell", "tells", "told", "warned", "warns",
    "wrote", "writes",
  ]

  /// Personal pronouns that can stand for a speaker; only "he" and "she" are resolved.
  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

  /// Pronouns that resolve to the latest speaker.
  static let resolvablePronouns: Set<String> = ["he", "she"]

  /// Words that end a noun phrase when read backwards or forwards from a verb.
  static let clauseBoundaries: Set<String> = [
    "that", "which", "who", "whom", "whose", "where", "and", "but", "or", "as", "while", "when",
    "because", "if", "so", "than",
  ]

  /// The possessives that say whose role a description is, by a person named before: "her"
  /// of "Anh Pham worked with her mentor, Erica Sadun".
  static let ownerPossessives: Set<String> = ["his", "her"]

  /// The verbs that say only that something happened, as a question may end on them: "When
  /// did that happen?".
  static let happeningVerbs: Set<String> = ["happen", "happened", "occur", "occurred"]

  /// The times that say only "now": no time of a deed put in the past.
  static let presentTimes: Set<String> = [
    "today", "now", "currently", "nowadays", "at present", "these days", "presently",
  ]

  /// Prepositions, for telling "a source outside Gaza said" from "Gaza said".
  static let prepositions: Set<String> = [
    "about", "across", "after", "against", "along", "alongside", "amid", "among", "around", "at",
    "before", "behind", "beside", "between", "beyond", "by", "despite", "during", "for", "from",
    "in", "inside", "into", "near", "of", "on", "onto", "outside", "over", "since", "through",
    "throughout",
    "to", "toward", "towards", "under", "until", "upon", "via", "with", "within", "without",
  ]

  /// Words that, opening a sentence, make its first name the object of a preposition: "In Gaza,
  /// the army said" does not describe Gaza.
  static let prepositionalOpeners: Set<String> = prepositions.union(["according", "following"])

  /// Words after which an appositive's comma does not end it: "…, in Ramallah".
  static let descriptionContinuations: Set<String> = ["in", "at", "from", "of", "on", "based"]

  /// Auxiliaries whose presence before a speech verb makes it passive: "it was said".
  static let passiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

  /// Adverbs that may stand between a speaker and the speech verb: "he later added".
  static let speechAdverbs: Set<String> = ["also", "later", "then", "again", "once", "recently"]

  /// Determiners that may follow "of" in "one of the reasons".
  static let determiners: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "these", "those", "our", "my", "your",
  ]

  /// The days of the week.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Month names and their abbreviations.
  static let months: Set<String> = Set(Abbreviations.months.map { $0 + "." }).union([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ])

  /// Units of time, singular and plural.
  static let timeUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
  ]

  /// Plural units of time that make a duration on their own: "for decades".
  static let pluralTimeUnits: Set<String> = [
    "hours", "days", "weeks", "months", "years", "decades", "centuries",
  ]

  /// Words before a bare plural unit of time that make it a duration: "for decades", "after
  /// years", "for several months".
  static let bareDurationLeads: Set<String> = [
    "for", "after", "over", "within", "many", "several", "few", "recent",
  ]

  /// Words leading into a duration: "for the past three weeks", "after two years".
  static let durationLeads: Set<String> = [
    "about", "after", "almost", "around", "at", "during", "first", "for", "in", "just", "last",
    "least", "less", "more", "nearly", "next", "only", "over", "past", "some", "than", "the",
    "within",
  ]

  /// The most words `durationLeads` may add before a duration.
  static let maxDurationLeads = 4

  /// The nouns of a part of a year or a longer time, before "of": "the end of 2018".
  static let partsOfAPeriod: Set<String> = [
    "end", "start", "beginning", "middle", "turn", "close", "spring", "summer", "autumn", "fall",
    "winter",
  ]
  /// Whether the three words before `index`, folded as `word` gives them, are "the", a part of
  /// a period and "of": "the end of" before "2018".
  static func partOfAPeriodBefore(_ index: Int, word: (Int) -> String?) -> Bool {
    index >= 3 && word(index - 1) == "of" && word(index - 2).map(partsOfAPeriod.contains) == true
      && word(index - 3) == "the"
  }
  /// Words leading into a date: "on Wednesday", "in 2007", "since March".
  static let dateLeads: Set<String> = [
    "on", "in", "since", "by", "until", "from", "before", "after", "during", "of", "through",
    "last", "next", "this", "early", "late", "mid", "earlier", "later",
  ]

  /// Words that, with "this", "last" or "next", make a date: "this week".
  static let relativeDateUnits: Set<String> = [
    "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "fall",
    "morning", "afternoon", "evening", "night",
  ]

  /// Words that name a day by itself.
  static let dayWords: Set<String> = ["today", "yesterday", "tomorrow", "tonight"]
  /// Words after which a date is when something starts: "starting on 1 January 2024".
  static let startingWords: Set<String> = ["starting", "beginning", "commencing", "effective"]
  /// The stems of the words a question asks of a start with, which such a date answers.
  static let startStems = Set(["start", "begin", "commence", "effective"].map(Stemmer.stem))
  /// Words that count without a number: "many years".
  static let vagueCounts: Set<String> = ["many", "several", "some", "most", "few"]

  /// Words that often open a sentence, after which an abbreviation such as `U.S.` ends one;
  /// capitalized.
  static let sentenceOpeners: Set<String> = [
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "Even", "For", "From",
    "He", "Here", "How", "However", "I", "If", "In", "It", "Its", "Many", "Meanwhile", "Most",
    "My", "No", "Now", "On", "Our", "She", "So", "Some", "Still", "That", "The", "Their", "Then",
    "There", "These", "They", "This", "Those", "To", "We", "What", "When", "Where", "While",
    "Who", "Why", "With", "Yet", "You",
  ]

  /// Words that say what can be done, not what was: "capable of issuing", "able to host".
  static let capacityWords: Set<String> = ["capable", "able", "capacity", "can", "could"]
  /// How many words before a number a word of what can be done may stand.
  static let capacityReach = 4
  /// Whether the words before a number (`before`, folded) say it is what can be done:
  /// "capable of printing" 40,000; not "you can find" two more accounts, which says what there
  /// is.
  static func tellsCapacity(_ before: some BidirectionalCollection<String>) -> Bool {
    let near = Array(before.suffix(capacityReach + 1))
    return near.indices.suffix(capacityReach).contains { index in
      capacityWords.contains(near[index])
        && !(index > 0 && near[index - 1] == "you" && index + 1 < near.count
          && presentingVerbs.contains(near[index + 1]))
    }
  }
  /// The verbs that, after "you can", present what a place holds: "you can find", "see".
  private static let presentingVerbs: Set<String> = ["find", "see", "read", "view", "browse"]

  /// Words a line cannot end a sentence with, so the next line goes on with it: "Work starts
  /// in".
  static let phraseContinuations: Set<String> = [
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or",
    "but", "that", "which", "who", "whose", "as", "than", "its", "their", "his", "her",
  ]

  /// Pronouns that may fill an entity slot, with the kinds of entity each can stand for.
  static let pronounKinds: [String: Set<Entity.Kind>] = [
    "he": [.person], "him": [.person], "his": [.person], "she": [.person], "her": [.person],
    "it": [.organization, .event, .thing, .place], "its": [.organization, .event, .thing, .place],
    "they": [.organization, .person, .thing, .event],
    "them": [.organization, .person, .thing, .event],
    "their": [.organization, .person, .thing, .event], "there": [.place],
  ]

  /// Lower-case words that may stand inside a name a question types: "Mohammed bin Salman",
  /// "Hani al-Masri".
  static let nameConnectors: Set<String> = [
    "bin", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "la", "le", "of", "and",
  ]

  /// Words that never start or end an unknown name, and that alone in running text are not
  /// a name ("us" is not the U.S.).
  static let nonNameWords: Set<String> = [
    "a", "an", "the", "is", "are", "was", "were", "do", "does", "did", "what", "who", "whom",
    "when", "where", "why", "how", "which", "of", "to", "in", "on", "at", "for", "with", "and",
    "or", "not", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her",
    "their", "there", "by", "from", "about", "say", "said", "like", "any", "some", "all", "many",
    "much", "i", "you", "me", "my", "your", "we", "our", "us", "'s",
  ]

  /// Possessive pronouns, after which a possessive "'s" is implied: "his role".
  static let possessivePronouns: Set<String> = ["his", "her", "its", "their"]

  /// Words that never stand inside an unknown name: "is", "did", "'s".
  static let namelessLinks: Set<String> = ["is", "are", "was", "were", "did", "does", "'s"]

  /// Words that make a statement negative: "not", "never".
  static let negations: Set<String> = ["not", "never", "no", "nor"]

  /// The stems of words that make a statement or a question negative: the negations, and
  /// "refuse", "reject", "against"…
  static let negativeStems: Set<String> = Set(
    negations.union(["refuse", "reject", "won't", "neither", "against"]).map(Stemmer.stem))

  /// The stems of nouns that make a description a person's: "spokesman", "teacher".
  static let personRoleStems: Set<String> = Set(
    [
      "spokesman", "spokeswoman", "spokesperson", "minister", "president", "director", "analyst",
      "chief", "engineer", "mayor", "councillor", "councilor", "fisherman", "leader", "official",
      "secretary", "governor", "senator", "professor", "doctor", "lawyer", "reporter", "editor",
      "chairman", "chairwoman", "founder", "executive", "manager", "ambassador", "general",
      "commander", "teacher", "student", "resident", "activist", "author", "writer", "member",
    ].map(Stemmer.stem))

  /// Words a noun phrase may open with, not a verb: "any plan", "to rebuild".
  static let nounPhraseOpeners: Set<String> = [
    "a", "an", "the", "any", "all", "some", "each", "every", "this", "that", "these", "those",
    "his", "her", "its", "their", "our", "my", "your", "no", "more", "most", "both", "whether",
    "to", "more", "several", "many", "much", "other", "another", "one", "two", "three",
  ]
}
