#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to an open file descriptor, for the places that must know whether a write failed.
public enum FileDescriptor {
  /// Writes all of `bytes` to `descriptor`, again after a partial write or an interruption;
  /// 0 when everything was written, else the `errno` of the write that failed (`EIO` when a
  /// write wrote nothing).
  public static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32 {
    var rest = Array(bytes)[...]
    while !rest.isEmpty {
      let count = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        rest = rest.dropFirst(count)
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return count == 0 ? EIO : errno
      }
    }
    return 0
  }
}

extension StringProtocol {
  /// The text's lines, ended by "\n" or "\r\n" (Swift reads "\r\n" as one character, so both
  /// are looked for); a final line end gives a last, empty line.
  var linesEndedEitherWay: [SubSequence] {
    split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
  }
}
