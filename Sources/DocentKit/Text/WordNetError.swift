/// Why WordNet could not be loaded; the caller reports it, docent goes on without WordNet.
enum WordNetError: Error, Equatable, CustomStringConvertible {
  /// There is no folder at the path (Debian's `wordnet-base` is not installed).
  case missingFolder(String)
  /// The folder lacks one of the database files, named by its path.
  case missingFile(String)
  /// A database file is there but could not be read, named by its path.
  case unreadableFile(String)

  /// The problem as one line of English.
  var description: String {
    switch self {
    case .missingFolder(let path):
      "no WordNet database at \(path) (install Debian's wordnet-base)"
    case .missingFile(let path):
      "the WordNet database lacks \(path)"
    case .unreadableFile(let path):
      "cannot read the WordNet file \(path)"
    }
  }
}
