@preconcurrency import CEditLine
import DocentKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The prompt's history file, in libedit's format (a `_HiStOrY_V2_` line, then one entry per
/// line with spaces, tabs, backslashes and control characters as octal escapes).
///
/// Each accepted line is appended at once under an exclusive lock, so a session that is killed
/// or hung up keeps every line, and sessions sharing the file keep each other's. Only a regular
/// file is used (libedit would change `/dev/null` to mode 0600 and read `/dev/zero` forever);
/// when the file grows past twice the limit it is cut to the newest entries through a
/// temporary file and a rename.
struct HistoryFile {
  /// libedit's first line of a history file.
  static let header = "_HiStOrY_V2_\n"

  let path: String

  /// Whether `path` can be used: missing (it will be created) or a regular file.
  static func problem(with path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return errno == ENOENT ? nil : String(cString: strerror(errno))
    }
    return status.st_mode & S_IFMT == S_IFREG ? nil : "it is not a regular file"
  }

  /// Reads the file into libedit's history (which keeps the newest `limit` entries), cutting
  /// the file to those when it holds more than twice as many. Returns a problem, if any.
  func load(limit: Int32) -> String? {
    withLock { descriptor in
      let contents = FileManager.default.contents(atPath: path) ?? Data()
      // A file in another format (GNU readline's has no header) is started afresh, as
      // libedit's own write would; appending to it would leave it unreadable.
      guard contents.isEmpty || contents.starts(with: Array(Self.header.utf8)) else {
        return ftruncate(descriptor, 0) == 0 ? nil : String(cString: strerror(errno))
      }
      guard !contents.isEmpty, read_history(path) == 0 else { return nil }
      let entries = contents.count { $0 == 0x0A } - 1
      guard entries > 2 * Int(limit) else { return nil }
      let temporary = path + ".\(getpid()).tmp"
      let written = write_history(temporary)
      guard written == 0, rename(temporary, path) == 0 else {
        let reason = String(cString: strerror(written == 0 ? errno : written))
        unlink(temporary)
        return "could not shorten it: \(reason)"
      }
      return nil
    } ?? nil
  }

  /// Appends `line` to the file, creating it with its header when missing. Returns a problem,
  /// if any.
  func append(_ line: String) -> String? {
    withLock { descriptor in
      var status = stat()
      guard fstat(descriptor, &status) == 0 else { return String(cString: strerror(errno)) }
      var bytes = status.st_size == 0 ? Array(Self.header.utf8) : []
      bytes += Self.encoded(line) + [0x0A]
      let failure = FileDescriptor.writeAll(bytes, to: descriptor)
      return failure == 0 ? nil : String(cString: strerror(failure))
    } ?? "could not open it: \(String(cString: strerror(errno)))"
  }

  /// `line` as libedit writes it: spaces, tabs, line breaks, backslashes and other control
  /// characters as three-digit octal escapes; every other byte as it is.
  static func encoded(_ line: String) -> [UInt8] {
    var bytes: [UInt8] = []
    for byte in line.utf8 {
      if byte <= 0x20 || byte == 0x5C || byte == 0x7F {
        bytes += Array("\\\(String(byte >> 6))\(String((byte >> 3) & 7))\(String(byte & 7))".utf8)
      } else {
        bytes.append(byte)
      }
    }
    return bytes
  }

  /// Runs `body` with the file open for appending and locked against other sessions; nil when
  /// it cannot be opened or is not a regular file. A file replaced while waiting for the lock
  /// (another session shortened it) is opened again.
  private func withLock<T>(_ body: (Int32) -> T) -> T? {
    for _ in 0..<3 {
      let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var opened = stat()
      guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
        return nil
      }
      while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
      var current = stat()
      guard stat(path, &current) == 0, current.st_ino == opened.st_ino,
        current.st_dev == opened.st_dev
      else { continue }
      defer { flock(descriptor, LOCK_UN) }
      return body(descriptor)
    }
    return nil
  }
}
