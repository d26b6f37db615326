/// What the text itself says, found without curation.
struct ExtractedFacts: Sendable {
  /// Every proper-name mention, in order.
  var names: [NameMention]
  /// Names with a description set beside them: "Dimitri Diliani, a spokesman for …", "political
  /// analyst Hani al-Masri", "Qatar’s prime minister, Mohammed bin Abdulrahman Al Thani".
  var appositives: [Appositive]
  /// Each direct quote tied to its speaker, in order.
  var quotes: [Quote]
  /// Numbers, durations and dates, in order.
  var quantities: [Quantity]
  /// The organisations the lines of a list set beside people: "Salvatore Mele, CERN".
  var affiliations: [Affiliation]

  init(
    names: [NameMention] = [], appositives: [Appositive] = [], quotes: [Quote] = [],
    quantities: [Quantity] = [], affiliations: [Affiliation] = []
  ) {
    self.names = names
    self.appositives = appositives
    self.quotes = quotes
    self.quantities = quantities
    self.affiliations = affiliations
  }
}

/// A person and the organisation a line of a list sets beside them.
struct Affiliation: Hashable, Sendable {
  /// The person's name, bare as in `NameMention`.
  let person: String
  /// The organisation's name, bare.
  let organization: String
  /// The line.
  let sentence: Sentence
}

/// One mention of a proper name.
///
/// The name is kept bare: titles ("Mr.", "President"), a possessive ending ("Qatar’s", "Hamas’")
/// and a trailing lowercase part of a hyphenated word ("Hamas-led") are left out, so "Mr. Diliani"
/// gives "Diliani" and "U.S. President Donald Trump’s" gives "U.S." and "Donald Trump". The name
/// always occurs verbatim in the sentence. Weekdays and months are dates (see `Quantity`), not
/// names, and headings are not read.
struct NameMention: Hashable, Sendable {
  /// The name as written, without titles or possessive ending.
  let name: String
  /// The sentence the name is mentioned in.
  let sentence: Sentence

  init(name: String, sentence: Sentence) {
    self.name = name
    self.sentence = sentence
  }
}

/// A name with a description the text sets beside it.
struct Appositive: Hashable, Sendable {
  /// The name described, bare as in `NameMention`; for "the Palestinian Authority (PA)" the long
  /// form.
  let name: String
  /// The description, verbatim: "a spokesman for the Democratic Reform Bloc", "U.S. President".
  let description: String
  /// The sentence both stand in.
  let sentence: Sentence

  init(name: String, description: String, sentence: Sentence) {
    self.name = name
    self.description = description
    self.sentence = sentence
  }
}

/// A direct quote and who said it.
struct Quote: Hashable, Sendable {
  /// How the speaker was found.
  enum Attribution: Hashable, Sendable {
    /// The speaker is named in the quote's own sentence ("says Dimitri Diliani").
    case inSentence
    /// The sentence says "he" or "she" ("he added"): the speaker is the one of the latest
    /// attributed quote in this or the two sentences before.
    case pronoun
    /// The sentence has no attribution but carries on a quote of the sentence before: it opens
    /// with a quote in the same paragraph, or the quote before was left open.
    case continued
  }

  /// Who said it, as written: "Dimitri Diliani", "Mr. Diliani", "one participant". A pronoun
  /// ("he added") is replaced by the speaker it stands for; see `Attribution.pronoun`.
  let speaker: String
  /// The quoted words verbatim, without the quote marks or a trailing comma.
  let text: String
  /// The sentence the quoted words stand in.
  let sentence: Sentence
  /// How `speaker` was found.
  let attribution: Attribution
}

/// A number, a duration or a date, with the words it goes with.
struct Quantity: Hashable, Sendable {
  /// What sort of quantity it is.
  enum Kind: Hashable, Sendable {
    /// A number of things: "Ten Palestinian factions".
    case count
    /// A length of time: "three weeks", "two-year", "decades".
    case duration
    /// A point in time: "Wednesday", "this week", "2007".
    case date
  }

  /// What sort of quantity it is.
  let kind: Kind
  /// The quantity as written: "three weeks".
  let text: String
  /// The quantity with what it counts or qualifies, as written: "for the past three weeks".
  let phrase: String
  /// The sentence it stands in.
  let sentence: Sentence
}
