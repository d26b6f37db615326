/// The lemma of an English verb form, from a table of irregular verbs and the regular endings.
///
/// A stand-in until WordNet's morphology is wired in: the rules below get the regular verbs of
/// news text right ("submitted" → submit, "expelled" → expel, "rules" → rule, "closed" →
/// close, "carried" → carry) and the table the common irregular ones; a rare verb may come out
/// as a stem that is not a word ("foresaw" is in the table, "outdid" is not).
enum VerbLemma {
  /// The lemma of `word` (any case), assumed to be a verb form.
  static func lemma(of word: String) -> String {
    let word = ClauseExtractor.straightLowercase(word)
    if let irregular = irregulars[word] { return irregular }
    guard word.count > 3, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return word }
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
    if ["sses", "ches", "shes", "xes", "zzes", "oes"].contains(where: word.hasSuffix) {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ing"), word.count > 5 { return restore(String(word.dropLast(3))) }
    // "need", "exceed" and "speed" are their own; "guaranteed" and "agreed" are of "guarantee"
    // and "agree", as WordNet has them.
    if word.hasSuffix("eed") {
      let base = String(word.dropLast())
      guard let wordNet = WordNet.english, wordNet.isLemma(base, as: .verb),
        !wordNet.isLemma(word, as: .verb)
      else { return word }
      return base
    }
    if word.hasSuffix("ed"), word.count > 4 { return restore(String(word.dropLast(2))) }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      return String(word.dropLast())
    }
    return word
  }

  /// A stem with its ending taken off, made back into a base form: a doubled final consonant
  /// undone after one short vowel ("submitt" → submit, "expell" → expel, but "install",
  /// "stuff", "add"), or a silent `e` put back ("clos" → close, "compos" → compose, "circl" →
  /// circle, "manag" → manage, "becom" → become).
  private static func restore(_ stem: String) -> String {
    let letters = Array(stem)
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    guard let last = letters.last, letters.count >= 3 else { return stem }
    let before = letters[letters.count - 2]
    let third = letters[letters.count - 3]
    if last == before, !"aeiouslzf".contains(last) || isDoubledL(stem),
      letters.count >= 4, vowels.contains(third), !vowels.contains(letters[letters.count - 4])
    {
      return String(stem.dropLast())
    }
    if takesE.contains(stem) || addsEFirst.contains(where: stem.hasSuffix) { return stem + "e" }
    if keepsNoE.contains(where: stem.hasSuffix) { return stem }
    if addsE.contains(where: stem.hasSuffix) { return stem + "e" }
    if letters.count >= 4, !vowels.contains(third),
      consonantThenEndings.contains(String(letters.suffix(2)))
    {
      return stem + "e"
    }
    // A consonant and "l" cannot end an English verb: "circl", "bristl", "handl".
    if last == "l", "bcdfgkpstz".contains(before) { return stem + "e" }
    // One vowel between consonants at the end of a one-syllable stem: "clos", "rul", "vot".
    let count = letters.filter { vowels.contains($0) }.count
    if count == 1, !vowels.contains(last), vowels.contains(before), !"wxy".contains(last),
      letters.count <= 4
    {
      return stem + "e"
    }
    return stem
  }

  /// Whether a stem's final "ll" is a doubled "l" to undo: "expell", "controll", not "install"
  /// or "smell".
  private static func isDoubledL(_ stem: String) -> Bool {
    (stem.hasSuffix("ell") && stem.count > 5) || stem.hasSuffix("troll")
  }

  /// Stems that take back a silent `e` whatever their ending: "cit" → cite.
  private static let takesE: Set<String> = ["cit", "bath", "ach", "tast", "wast", "hast"]

  /// Stem endings that take back a silent `e` before the endings in ``keepsNoE`` are tried.
  private static let addsEFirst = [
    "excit", "invit", "ignit", "unit", "recit", "incit", "breath", "sooth", "seeth", "loath",
    "adher", "interfer", "persever", "coher", "explor", "ignor", "restor", "stor", "scor", "ador",
    "implor", "deplor", "snor", "promot", "quot", "devot", "mot", "scal", "inhal", "exhal",
    "condon", "phon", "aton", "clon", "postpon", "thron", "consol", "cajol", "complet", "delet",
    "deplet", "compet", "guid", "collid", "confid", "slid", "divid", "creat", "suad", "plod",
    "sid", "trud", "schedul", "denot", "lik", "ven", "squeez", "oblig",
  ]

  /// Two-letter stem endings that, after a consonant, take back a silent `e`: "escap",
  /// "combin", "commut", "invok", "evad", "compil", "conced".
  private static let consonantThenEndings: Set<String> = [
    "ap", "in", "ut", "ok", "ad", "il", "ed", "um",
  ]

  /// Stem endings that take back a silent `e`: "produc" → produce, "continu" → continue.
  private static let addsE = [
    "c", "u", "v", "at", "iz", "yz", "rg", "dg", "ir", "ur", "ar", "ibut", "cid", "vid", "lud",
    "rs", "ps", "ns", "ls", "ib", "os", "is", "us", "as", "ang", "eng", "ung", "ag", "eg", "lg",
    "com", "sum",
  ]

  /// Stem endings that stay as they are even when a rule above would add `e`.
  private static let keepsNoE = [
    "eat", "oat", "ait", "ept", "ect", "act", "uct", "ict", "ent", "ant", "ist", "ast", "est",
    "ust", "ort", "art", "ert", "ear", "eer", "oar", "air", "our", "oot", "eet", "uit", "it",
    "bang", "clang", "twang", "ain", "oin", "ein", "uin", "bias", "focus", "gas", "boom",
    "zoom", "bloom", "doom", "groom", "roam", "foam", "seem", "deem", "redeem", "ail", "oil",
    "eal", "ool", "eel", "oup", "eap", "oap", "ead", "oad", "eed",
  ]

  /// The past tense of the verb `lemma` ("go" → "went", "plan" → "planned", "believe" →
  /// "believed"): the irregular form the table gives it, else the regular ending.
  static func past(of lemma: String) -> String {
    let lemma = lemma.lowercased()
    if let irregular = pasts[lemma] { return irregular }
    if irregulars[lemma] == lemma { return lemma }  // "set", "put", "cut"
    if lemma.hasSuffix("e") { return lemma + "d" }
    let letters = Array(lemma)
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if let last = letters.last, last == "y", letters.count > 1,
      !vowels.contains(letters[letters.count - 2])
    {
      return String(lemma.dropLast()) + "ied"
    }
    // One short vowel between consonants in a stressed last syllable doubles its consonant:
    // "planned", "submitted", "expelled" (not "visited", "offered").
    if doublesLast.contains(where: lemma.hasSuffix) { return lemma + String(letters.last!) + "ed" }
    if letters.count >= 3, letters.filter(vowels.contains).count == 1,
      let last = letters.last, !vowels.contains(last), !"wxy".contains(last),
      vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3])
    {
      return lemma + String(last) + "ed"
    }
    return lemma + "ed"
  }

  /// Endings of verbs of two syllables stressed on the last, which double its consonant.
  private static let doublesLast = [
    "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "pel", "cel", "trol",
    "cur", "gret", "quip", "refer", "prefer", "confer", "defer", "infer", "transfer", "deter",
  ]

  /// The verb `lemma` as "he" or "it" does it ("go" → "goes", "carry" → "carries").
  static func thirdPerson(of lemma: String) -> String {
    let lemma = lemma.lowercased()
    switch lemma {
    case "be": return "is"
    case "have": return "has"
    default: break
    }
    if ["s", "x", "z", "ch", "sh", "o"].contains(where: lemma.hasSuffix) { return lemma + "es" }
    if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
      return String(lemma.dropLast()) + "ies"
    }
    return lemma + "s"
  }

  /// Whether `word` is a past tense that is no past participle: "took" (the table has
  /// "taken"), "went" ("gone"), "came" and "ran" (whose participles are their lemmas).
  static func isPastOnly(_ word: String) -> Bool {
    let word = ClauseExtractor.straightLowercase(word)
    return pastOnly.contains(word)
  }

  /// The forms ``isPastOnly(_:)`` knows.
  private static let pastOnly: Set<String> = {
    var forms: Set<String> = [
      "came", "became", "overcame", "ran", "sang", "rang", "swam", "drank", "sank", "shrank",
      "sprang", "began",
    ]
    for (lemma, past) in pasts
    where irregulars.contains(where: { form, of in
      of == lemma && form != past && (form.hasSuffix("n") || form.hasSuffix("ne"))
    }) {
      forms.insert(past)
    }
    return forms
  }()

  /// The past tense of each lemma the table knows one for: its form that is no participle
  /// ("went", not "gone"; "took", not "taken") nor present ("goes", "going").
  private static let pasts: [String: String] = {
    var found: [String: [String]] = [:]
    for (form, lemma) in irregulars
    where form != lemma && !form.hasSuffix("ing") && !form.hasSuffix("s") && !form.hasPrefix("'")
      && form.allSatisfy(\.isLetter)
    {
      found[lemma, default: []].append(form)
    }
    return Dictionary(
      uniqueKeysWithValues: found.compactMap { lemma, forms -> (String, String)? in
        let finite = forms.filter { !$0.hasSuffix("n") && !$0.hasSuffix("ne") }
        // "beat", whose only other form is its participle "beaten", is its own past:
        // `past(of:)` says so, and `isPastOnly(_:)` does not take it for a past alone.
        if finite.isEmpty, irregulars[lemma] == lemma { return nil }
        return (finite.isEmpty ? forms : finite).sorted { ($0.count, $0) < ($1.count, $1) }
          .first.map { (lemma, $0) }
      })
  }()

  /// Irregular and otherwise awkward verb forms and their lemmas.
  private static let irregulars: [String: String] = [
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
    "'s": "be", "has": "have", "had": "have", "having": "have", "does": "do", "did": "do",
    "done": "do", "doing": "do", "wo": "will", "ca": "can", "said": "say", "says": "say",
    "told": "tell", "led": "lead", "met": "meet", "held": "hold", "sought": "seek",
    "fought": "fight", "took": "take", "taken": "take", "taking": "take", "gave": "give",
    "given": "give", "made": "make", "went": "go", "gone": "go", "goes": "go", "began": "begin",
    "begun": "begin", "chose": "choose", "chosen": "choose", "wrote": "write",
    "written": "write", "thought": "think", "knew": "know", "known": "know", "ran": "run",
    "won": "win", "lost": "lose", "sat": "sit", "stood": "stand", "brought": "bring",
    "bought": "buy", "caught": "catch", "felt": "feel", "kept": "keep", "left": "leave",
    "meant": "mean", "paid": "pay", "sent": "send", "spent": "spend", "built": "build",
    "found": "find", "threw": "throw", "thrown": "throw", "rebuilt": "rebuild",
    "understood": "understand", "got": "get", "gotten": "get", "saw": "see", "seen": "see",
    "came": "come", "became": "become", "grew": "grow", "grown": "grow", "flew": "fly",
    "flown": "fly", "flies": "fly", "drew": "draw", "drawn": "draw", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "broke": "break", "broken": "break",
    "spoke": "speak", "spoken": "speak", "wore": "wear", "worn": "wear", "heard": "hear",
    "lay": "lie", "laid": "lay", "hid": "hide", "hidden": "hide", "shot": "shoot",
    "struck": "strike", "stuck": "stick", "swept": "sweep", "slept": "sleep", "dealt": "deal",
    "fed": "feed", "bred": "breed", "fled": "flee", "forgot": "forget", "forgotten": "forget",
    "foresaw": "foresee", "foreseen": "foresee", "foresees": "foresee", "sees": "see",
    "agrees": "agree", "agreed": "agree", "freed": "free", "hung": "hang", "lit": "light",
    "sold": "sell", "shown": "show", "showed": "show", "set": "set", "put": "put", "cut": "cut",
    "let": "let", "hit": "hit", "cost": "cost", "quit": "quit", "spread": "spread",
    "read": "read", "bound": "bind", "wound": "wind", "withdrew": "withdraw",
    "withdrawn": "withdraw", "undertook": "undertake", "overtook": "overtake", "dying": "die",
    "lying": "lie", "tying": "tie", "died": "die", "lied": "lie", "used": "use", "uses": "use",
    "using": "use", "caused": "cause", "closed": "close", "closes": "close", "closing": "close",
    "based": "base", "proposed": "propose", "opposed": "oppose", "released": "release",
    "increased": "increase", "decreased": "decrease", "housed": "house", "raised": "raise",
    "launched": "launch", "reached": "reach", "searched": "search", "approached": "approach",
    "focused": "focus", "demonstrated": "demonstrate", "completed": "complete",
    "required": "require", "continued": "continue", "named": "name", "joined": "join",
    "stayed": "stay", "played": "play", "orbited": "orbit", "visited": "visit",
    "entered": "enter", "offered": "offer", "ordered": "order", "considered": "consider",
    "delivered": "deliver", "covered": "cover", "remembered": "remember", "happened": "happen",
    "opened": "open", "listed": "list", "edited": "edit", "exited": "exit",
    "splashed": "splash", "finished": "finish", "published": "publish",
    "established":
      "establish", "declined": "decline", "served": "serve", "voted": "vote",
    "explained": "explain", "remained": "remain", "remains": "remain", "maintained": "maintain",
    "contained": "contain", "obtained": "obtain", "gained": "gain", "trained": "train",
    "added": "add", "adds": "add", "changed": "change", "changes": "change", "changing": "change",
    "belonged": "belong", "focusing": "focus", "cannot": "can", "owed": "owe", "owing": "owe",
    "sued": "sue", "suing": "sue",
    // Irregular past forms and participles beyond the common ones above.
    "oversaw": "oversee", "overseen": "oversee", "oversees": "oversee", "overseeing": "oversee",
    "overcame": "overcome", "underwent": "undergo", "undergone": "undergo", "undergoes": "undergo",
    "outdid": "outdo", "outdone": "outdo", "redid": "redo", "redone": "redo",
    "undertaken": "undertake", "overtaken": "overtake", "mistook": "mistake", "mistaken": "mistake",
    "partook": "partake", "forbade": "forbid",
    "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive", "withheld": "withhold",
    "upheld": "uphold", "beheld": "behold", "shook": "shake", "shaken": "shake", "woke": "wake",
    "woken": "wake", "rode": "ride", "ridden": "ride", "drove": "drive", "driven": "drive",
    "strove": "strive", "striven": "strive", "arose": "arise", "arisen": "arise", "beat": "beat",
    "beaten": "beat", "bitten": "bite", "ate": "eat", "eaten": "eat",
    "taught": "teach", "swam": "swim", "swum": "swim", "sang": "sing", "sung": "sing",
    "rang": "ring", "rung": "ring", "sank": "sink", "sunk": "sink", "drank": "drink",
    "drunk": "drink", "shrank": "shrink", "shrunk": "shrink", "froze": "freeze",
    "frozen": "freeze", "stole": "steal", "stolen": "steal", "wove": "weave", "woven": "weave",
    "spun": "spin", "dug": "dig", "clung": "cling", "swung": "swing", "slid": "slide",
    "bled": "bleed", "sped": "speed", "lent": "lend", "bent": "bend", "knelt": "kneel",
    "crept": "creep", "wept": "weep", "leapt": "leap", "swore": "swear", "sworn": "swear",
    "tore": "tear", "torn": "tear", "bore": "bear", "borne": "bear", "shone": "shine",
    "forsook": "forsake", "overthrew": "overthrow", "overthrown": "overthrow",
    "rewrote": "rewrite", "rewritten": "rewrite", "misled": "mislead", "overran": "overrun",
    "become": "become", "becomes": "become", "becoming": "become",
    "overcoming": "overcome", "overcomes": "overcome", "outgrew": "outgrow",
    "outgrown": "outgrow", "reset": "reset", "upset": "upset",
    "broadcast": "broadcast", "forecast": "forecast", "burst": "burst", "thrust": "thrust",
    "hurt": "hurt", "cast": "cast", "shed": "shed", "split": "split", "bet": "bet",
  ]
}
