import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program run to its end, its standard input and output files, timed, with the most memory
/// it held: what `docent benchmark` measures each side by.
struct ChildProcess {
  /// How the run went.
  struct Run {
    let status: Int32
    let seconds: Double
    /// The peak resident memory, in bytes.
    let peakMemory: Int
  }

  /// Runs `executable` with `arguments`, reading `input` (or nothing) and writing standard
  /// output to `output`; standard error is dropped.
  static func run(_ executable: String, _ arguments: [String], input: String?, output: String)
    throws -> Run
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw ChildProcessError(
        message: "cannot run \(executable): \(String(cString: strerror(spawned)))")
    }
    // The peak is read from the child's own high-water mark while it runs: the `ru_maxrss`
    // that `wait4` gives counts the memory of this process too, which the child started as.
    var status: Int32 = 0
    var peak = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid || (waited == -1 && errno != EINTR) { break }
      peak = max(peak, highWaterMark(of: pid))
      usleep(2000)
    }
    let elapsed = clock.now - start
    let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Run(status: exited, seconds: elapsed / .seconds(1), peakMemory: peak)
  }

  /// The most resident memory process `pid` has held so far (`VmHWM`), in bytes; 0 when it
  /// cannot be read.
  private static func highWaterMark(of pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return kilobytes * 1024
  }

  /// The full path of `name` on `PATH`, or nil.
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}

/// A program that could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
