import Foundation

/// What one run of the built `docent` binary printed and how it exited.
struct DocentRun {
  let stdout: String
  let stderr: String
  let status: Int32

  /// The lines of standard output, without the final empty one.
  var lines: [String] {
    var lines = stdout.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// Runs the built `docent` with `arguments`, feeding `input` on standard input (through a file,
/// so no pipe can fill up), in `directory`, with `environment` added to a clean environment.
func runDocent(
  _ arguments: [String], input: Data = Data(), directory: URL? = nil,
  environment: [String: String] = [:]
) throws -> DocentRun {
  let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("docent-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let files = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
  try input.write(to: files[0])
  _ = FileManager.default.createFile(atPath: files[1].path, contents: nil)
  _ = FileManager.default.createFile(atPath: files[2].path, contents: nil)

  let process = Process()
  process.executableURL = DocentBinary.url
  process.arguments = arguments
  process.currentDirectoryURL = directory ?? PackageRoot.url
  var base = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8"]
  base.merge(sanitizerOptions) { _, new in new }
  base.merge(environment) { _, new in new }
  process.environment = base
  process.standardInput = try FileHandle(forReadingFrom: files[0])
  process.standardOutput = try FileHandle(forWritingTo: files[1])
  process.standardError = try FileHandle(forWritingTo: files[2])
  try process.run()
  process.waitUntilExit()
  return DocentRun(
    stdout: String(decoding: try Data(contentsOf: files[1]), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: files[2]), as: UTF8.self),
    status: process.terminationStatus)
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("docent-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// The sanitizer settings of the test run (`ASAN_OPTIONS` and the like), passed on to every
/// docent the tests start, so that a run under a sanitizer configures its children alike.
let sanitizerOptions = ProcessInfo.processInfo.environment.filter {
  ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key)
}
