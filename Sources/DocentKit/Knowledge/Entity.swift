/// Someone or something the documents name, with the other names it goes by.
struct Entity: Hashable, Sendable, Codable {
  /// What kind of thing an entity is; question slots such as `{person}` are filled by kind.
  enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
    case person, organization, place, event, thing
  }

  /// The canonical id, such as `dimitri-diliani`.
  let id: EntityID
  /// The kind of thing the entity is.
  let kind: Kind
  /// The name answers use, such as "Dimitri Diliani".
  let name: String
  /// Other names the documents or readers use for it, such as "Diliani" or "Mr. Diliani".
  let aliases: [String]
  /// True when the name is plural ("the Cairo talks"), so answers say "are", not "is".
  let plural: Bool

  /// Whether a curator declared the entity, rather than the extractor finding its name.
  let isCurated: Bool

  /// Whether the entity may be a person though nobody said so: an extracted name of two or
  /// three capitalised words, none of them an acronym or a word that names an organization, a
  /// place or a thing ("Ian Murdock", not "Debian Project" or "Kennedy Space Center"), that
  /// WordNet does not know as something other than a person ("Milky Way"). Worked out once.
  let mayBePerson: Bool

  init(
    id: EntityID, kind: Kind, name: String, aliases: [String], plural: Bool = false,
    isCurated: Bool = true
  ) {
    self.isCurated = isCurated
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.plural = plural
    mayBePerson = kind == .person || (kind == .thing && !isCurated && Self.readsAsPersonName(name))
  }

  /// Whether `name` reads as a person's (`looksLikePersonName`) and WordNet does not say
  /// otherwise: not something WordNet knows as no person ("Milky Way"), nor a name that ends in
  /// a group, a writing or a deed ("the Carcass Drift Study").
  static func readsAsPersonName(_ name: String) -> Bool {
    looksLikePersonName(name) && !(WordNet.english?.knows(name, asNoneOf: ["person"]) ?? false)
      && !endsWithGroupNoun(name) && !endsWithRole(name) && !isAllCommonWords(name)
      && !endsWithThing(name)
  }

  /// Whether the last word of `name` is a common noun whose commonest sense is a place, a
  /// building or a group of things, and which names no one in any sense: "Seacroft Forest
  /// Garden", "Wellcome Collection". Not a surname that is also a word ("Green", "Hill",
  /// which WordNet knows as someone too; "Pickle", a food).
  private static func endsWithThing(_ name: String) -> Bool {
    guard let wordNet = WordNet.english,
      let last = name.split(separator: " ").last?.lowercased(), last.count > 2
    else { return false }
    return thingKinds.contains { wordNet.isKind(last, of: $0, senses: 1) }
      && !wordNet.isKind(last, of: "person", senses: .max, depth: WordNet.nameKindDepth)
  }

  /// The kinds of thing a name's last word may say it is, no one's surname: a place, a
  /// facility or a group.
  private static let thingKinds = WordNet.placeKinds + ["facility", "group"]

  /// Whether every word of `name` is a common English word, met in running text, that names
  /// no one in any sense ("Treasury Building", "Export Communication Review", "Southern
  /// Horrors"): a person's name has a given name or a surname WordNet does not know, seldom
  /// meets ("Mara", "Alder") or knows as someone ("Wells", "Johnson").
  private static func isAllCommonWords(_ name: String) -> Bool {
    guard let wordNet = WordNet.english else { return false }
    let words = name.split(separator: " ").map { $0.lowercased() }.filter { $0.count > 2 }
    return !words.isEmpty
      && words.allSatisfy { word in
        wordNet.isMetInRunningText(word)
          && !wordNet.isKind(word, of: "person", senses: .max, depth: WordNet.nameKindDepth)
      }
  }

  /// Whether the last word of `name` is a role ("Security Officer", "Release Manager"): a title
  /// written in capitals, not a surname. Not the roles that are also surnames ("King").
  private static func endsWithRole(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last?.lowercased() else { return false }
    return WordLists.roleNouns.contains(last) && !Self.surnameRoles.contains(last)
  }

  /// Roles that are also people's surnames: "Martin Luther King", "Judge".
  private static let surnameRoles: Set<String> = ["king", "queen", "prince", "judge", "general"]

  /// The name followed by every alias.
  var allNames: [String] { [name] + aliases }

  /// The id prefix of the entity that stands for an uncurated document itself, which holds
  /// its dates and numbers.
  static let documentPrefix = "document-"

  /// Whether the entity stands for a document itself: no pronoun refers to it.
  var isDocument: Bool { id.rawValue.hasPrefix(Self.documentPrefix) }

  /// Whether `name` reads as a person's: two or three capitalised words (and perhaps a first
  /// or middle initial), none of them an acronym, a number or a word that names an
  /// organization, a place or a thing.
  static func looksLikePersonName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    // A middle initial ("Ida B. Wells", "George R. Jackson") is a person's too.
    let isInitial = { (word: Substring) in
      word.first?.isUppercase == true && (word.count == 1 || (word.count == 2 && word.last == "."))
    }
    let full = words.filter { !isInitial($0) }
    // "Every Kid in a Park", "Each Child": a name that opens with a quantifier is no person's,
    // nor one that opens with an article ("An Atlas of the Medulla").
    guard let first = words.first, !Self.quantifiers.contains(first.lowercased()) else {
      return false
    }
    // A first initial before two full words is a person's too ("L. Van Warren"), not one
    // before a single word ("E. Coli").
    return (2...3).contains(full.count) && words.count <= full.count + 1
      && !isInitial(words[words.count - 1])
      && full.allSatisfy { word in
        word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
          && !Self.nonPersonWords.contains(word.lowercased())
          && !word.contains(where: \.isNumber)
      }
  }

  /// Whether the last word of `name` is, in its first WordNet sense, a kind of group or of
  /// writing ("the Lantern Guild", "Harbour Syndicate", "Resource Handbook"); surnames seldom
  /// are ("Baker", "Marsh").
  private static func endsWithGroupNoun(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last, let wordNet = WordNet.english else {
      return false
    }
    let word = last.lowercased()
    // Nor a writing ("the Consumer's Resource Handbook", "Consumer Information Catalog") or a
    // deed ("the Carcass Drift Study", "the Apollo Project").
    return [
      "organization", "social group", "publication", "written communication", "act",
    ].contains {
      wordNet.isKind(word, of: $0, senses: 1)
    }
  }

  /// Words that open a name that is no person's: "Every Kid in a Park".
  private static let quantifiers: Set<String> = [
    "every", "each", "all", "any", "no", "some", "a", "an", "the",
  ]

  /// Words that make a name something other than a person's.
  private static let nonPersonWords: Set<String> = [
    "project", "foundation", "agency", "center", "centre", "corporation", "company", "program",
    "programme", "university", "institute", "laboratory", "lab", "station", "council", "team",
    "committee", "board", "office", "society", "association", "group", "party", "bloc",
    "movement", "authority", "administration", "department", "ministry", "force", "army",
    "space", "system", "systems", "software", "network", "mission", "inc", "corp", "ltd",
    "river", "lake", "island", "islands", "ocean", "sea", "bay", "county", "city", "state",
    "states", "street", "bridge", "north", "south", "east", "west", "new", "united", "national",
    "international", "world", "day", "week", "year", "act", "law", "plan", "treaty", "survey",
    "service", "observatory", "museum", "school", "college", "academy", "hospital", "bank",
    "press", "news", "times", "post", "labs", "research", "fund", "trust", "club", "league",
    "union", "court", "church", "airlines", "energy", "partners", "telescope", "satellite",
    "library", "institution", "commission", "navy", "corps", "organization", "organisation",
    "federation", "alliance", "coalition", "consortium", "bureau", "assembly", "parliament",
    "congress", "senate", "government", "conference", "festival",
  ]
}
