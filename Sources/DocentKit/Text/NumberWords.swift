/// English number words, for reading numbers in questions and facts.
enum NumberWords {
  /// The number words from zero to twenty, each at the index of its value.
  private static let small = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
  ]

  /// The number word for a value from zero to twenty: 12 → "twelve".
  static func word(for value: Int) -> String? {
    small.indices.contains(value) ? small[value] : nil
  }

  /// The value of a number word from zero to twenty: "twelve" → 12.
  static func value(_ word: String) -> Int? {
    small.firstIndex(of: word)
  }

  /// True for a stem that is a number: digits, a number word or a year.
  static func isNumber(_ stem: String) -> Bool {
    !stem.isEmpty && (stem.allSatisfy(\.isNumber) || stems.contains(stem))
  }

  /// Whether `word` is a day of the month: 1 to 31, perhaps as an ordinal ("5th", "31st").
  static func isDayOfMonth(_ word: String) -> Bool {
    var number = word
    for suffix in ["st", "nd", "rd", "th"] where number.hasSuffix(suffix) {
      number.removeLast(2)
    }
    return Int(number).map { (1...31).contains($0) } ?? false
  }

  /// Whether `word` (lower case) is an ordinal from "second" up: "third", "tenth", "14th",
  /// "22nd".
  static func isOrdinal(_ word: String) -> Bool {
    if ordinals.contains(word) { return true }
    for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
      return word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2
    }
    return false
  }

  /// Whether `word` (lower case) is the ordinal of a large number word: "hundredth",
  /// "thousandth", "billionth", which after a number ("the 8 billionth baby") say where in a
  /// count a thing stands, not how many there are.
  static func isLargeOrdinal(_ word: String) -> Bool {
    word.hasSuffix("th")
      && ["hundred", "thousand", "million", "billion"].contains(word.dropLast(2))
  }

  private static let ordinals: Set<String> = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
  ]

  /// Whether `word` is a year as an answer may give it: four digits from 1000 to 2200.
  static func isYear(_ word: String) -> Bool {
    word.count == 4 && Int(word).map { (1000...2200).contains($0) } ?? false
  }

  /// The stems of the number words ("twelve" stems to "twelv").
  private static let stems = Set(
    (small + [
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
      "million", "billion",
    ]).map(Stemmer.stem))
}
