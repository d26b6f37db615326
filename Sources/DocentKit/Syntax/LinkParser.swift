// Syntax: the English parser, sentences to linkages. This file is the only one that touches the
// Link Grammar C library; everything it returns is a Swift value.
import CLinkGrammar
import Synchronization

/// The Link Grammar parser (version 5.12) with its English dictionary: turns a sentence into a
/// ``Linkage``, its words and the labelled links between them.
///
/// Loading the dictionary takes about 0.2 s, so create one parser and keep it.
///
/// Thread safety: one parser may be shared by any number of threads. Link Grammar's README
/// ("Multi-threading", 5.12) says parsing in several threads is safe, with the same dictionary
/// or different ones, and that parse options may be set per thread, verbosity being the one
/// global. So the dictionary is created once and only read afterwards, while each call to
/// ``parse(_:)`` makes its own parse options and C sentence and frees them before returning; the
/// verbosity every call sets is the same (0). The library's error handler is per thread (its
/// `link-grammar/README.md`: "all of its operations are local per-thread"), so each call
/// installs the silent handler on the thread it runs on.
///
/// Locale: creating the dictionary sets the process's `LC_CTYPE` to `C.UTF-8` when it is not
/// a UTF-8 locale (a Swift program starts in `C`), and the tokenizer depends on it: put back to
/// `C`, "Hamas’ overture" loses its curly apostrophe and two words go unlinked. So create the
/// parser before starting other threads, and keep `LC_CTYPE` UTF-8 afterwards (the prompt's
/// `setlocale(LC_ALL, "")` with its `C.UTF-8` fallback does).
final class LinkParser: @unchecked Sendable {
  /// Longest a parse may run, in seconds, before the parser gives up and keeps what it has.
  static let maxParseTime: Int32 = 8
  /// Most linkages the parser builds and sorts per sentence; only the best is kept.
  static let linkageLimit: Int32 = 100

  /// The loaded dictionary; read-only once created.
  private let dictionary: OpaquePointer

  /// Loads the dictionary of `language` (`en` for English); nil when it is not installed.
  init?(language: String = "en") {
    Self.silenceNotices()
    guard let dictionary = dictionary_create_lang(language) else { return nil }
    self.dictionary = dictionary
  }

  /// Frees the dictionary.
  deinit {
    dictionary_delete(dictionary)
  }

  /// The best linkage of `sentence`, or nil when the parser finds none at all.
  ///
  /// A sentence with no complete linkage is parsed again allowing null links: some words are
  /// left out (``Linkage/Word/isLinked`` is false) and ``Linkage/nullCount`` says how many.
  /// When the time runs out (``maxParseTime``), the parse is retried once in the parser's panic
  /// mode (short links only), which gives a rougher linkage rather than none.
  ///
  /// A sentence with no word in it (empty, or only white space) has no linkage; it is not
  /// passed to the library, whose tokenizer asserts on an empty string.
  func parse(_ sentence: String) -> Linkage? {
    guard sentence.contains(where: { !$0.isWhitespace }) else { return nil }
    Self.silenceNotices()
    guard let handle = sentence_create(Self.parserText(of: sentence), dictionary) else {
      return nil
    }
    defer { sentence_delete(handle) }
    let options = Self.makeOptions()
    defer { parse_options_delete(options) }

    var found = sentence_parse(handle, options)
    if found == 0 && !parse_options_resources_exhausted(options) {
      parse_options_set_min_null_count(options, 1)
      parse_options_set_max_null_count(options, sentence_length(handle))
      found = sentence_parse(handle, options)
    }
    if found <= 0 && parse_options_resources_exhausted(options) {
      Self.enterPanicMode(options, length: sentence_length(handle))
      found = sentence_parse(handle, options)
    }
    guard found > 0, let linkage = linkage_create(0, handle, options) else { return nil }
    defer { linkage_delete(linkage) }
    return Self.value(of: linkage, in: sentence, nullCount: Int(sentence_null_count(handle)))
  }

  /// The best linkage of a question, remembered for the life of the process: a question asked
  /// again (a script that repeats it, a transcript replayed) is not parsed again. Only
  /// questions come here; a document's sentences are parsed once, when indexed.
  func parseQuestion(_ question: String) -> Linkage? {
    if let known = questions.withLock({ $0[question] }) { return known }
    let found = parse(question)
    questions.withLock { remembered in
      // A bound on what a long-running process keeps: when full, it starts afresh.
      if remembered.count >= Self.rememberedQuestions {
        remembered.removeAll(keepingCapacity: true)
      }
      remembered[question] = .some(found)
    }
    return found
  }

  /// The questions' linkages parsed so far (nil: the parser found none).
  private let questions = Mutex<[String: Linkage?]>([:])

  /// The most question linkages kept at once.
  static let rememberedQuestions = 4096

  /// Parse options for one call: quiet, bounded in time and linkages, no null links at first.
  private static func makeOptions() -> OpaquePointer {
    let options = parse_options_create()!
    parse_options_set_verbosity(options, 0)
    parse_options_set_linkage_limit(options, linkageLimit)
    parse_options_set_max_parse_time(options, maxParseTime)
    parse_options_set_min_null_count(options, 0)
    parse_options_set_max_null_count(options, 0)
    return options
  }

  /// Switches `options` to what `link-parser` calls panic mode: short links, nulls allowed,
  /// a fresh time budget.
  private static func enterPanicMode(_ options: OpaquePointer, length: Int32) {
    parse_options_set_min_null_count(options, 1)
    parse_options_set_max_null_count(options, length)
    parse_options_set_short_length(options, 6)
    parse_options_set_all_short_connectors(options, true)
    parse_options_set_max_parse_time(options, 2)
    parse_options_reset_resources(options)
  }

  /// Copies what a C linkage says into a ``Linkage`` value.
  private static func value(of linkage: OpaquePointer, in sentence: String, nullCount: Int)
    -> Linkage
  {
    let links = (0..<linkage_get_num_links(linkage)).map { index in
      Linkage.Link(
        label: String(cString: linkage_get_link_label(linkage, index)),
        left: Int(linkage_get_link_lword(linkage, index)),
        right: Int(linkage_get_link_rword(linkage, index)))
    }
    var linked = Set<Int>()
    for link in links {
      linked.insert(link.left)
      linked.insert(link.right)
    }
    let bytes = Array(sentence.utf8)
    let words = (0..<linkage_get_num_words(linkage)).map { index in
      let offsets = characterOffsets(
        from: Int(linkage_get_word_byte_start(linkage, index)),
        to: Int(linkage_get_word_byte_end(linkage, index)), in: bytes)
      return Linkage.Word(
        parserWord: String(cString: linkage_get_word(linkage, index)),
        utf8Offsets: offsets,
        text: String(decoding: bytes[offsets], as: UTF8.self),
        isLinked: linked.contains(index))
    }
    return Linkage(sentence: sentence, words: words, links: links, nullCount: nullCount)
  }

  /// The text handed to the parser: `sentence` with its curly double quotes made straight.
  ///
  /// The 5.12 English dictionary leaves `“` and `”` unlinked (null links) where it links `"`;
  /// on the seed documents this alone took complete linkages from 31 sentences of 52 to 44.
  /// Each quote becomes `"` and two spaces, the same three bytes, so every word keeps its byte
  /// offsets in the original sentence.
  static func parserText(of sentence: String) -> String {
    var text = ""
    text.reserveCapacity(sentence.utf8.count)
    for character in sentence {
      text += character == "“" || character == "”" ? "\"  " : String(character)
    }
    return text
  }

  /// Byte offsets `start..<end` from the parser, kept inside `bytes` and widened to whole
  /// characters: a straightened quote's one byte becomes the three of the curly quote.
  private static func characterOffsets(from start: Int, to end: Int, in bytes: [UInt8])
    -> Range<Int>
  {
    let lower = min(max(start, 0), bytes.count)
    var upper = min(max(end, lower), bytes.count)
    while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
    return lower..<upper
  }

  /// Sends the library's notices on the calling thread to a handler that drops them, so none
  /// reaches standard error.
  private static func silenceNotices() {
    _ = lg_error_set_handler({ _, _ in }, nil)
  }
}
