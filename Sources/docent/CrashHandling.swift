import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps a crash or Ctrl-\ from holding the terminal.
///
/// Swift's runtime answers a crash signal with its backtracer, which on a terminal is
/// interactive: it waits 30 seconds for a key before docent ends. Ctrl-\ (SIGQUIT) is one of
/// those signals. Ctrl-\ gets its default action back (docent quits at once; libedit restores
/// the terminal first), and on a terminal docent runs itself again with the backtracer told not
/// to wait, which the runtime reads only at start (`SWIFT_BACKTRACE=interactive=no`, unless the
/// user set `SWIFT_BACKTRACE` themselves).
enum CrashHandling {
  static func keepTheTerminal() {
    signal(SIGQUIT, SIG_DFL)
    guard isatty(STDIN_FILENO) == 1 || isatty(STDOUT_FILENO) == 1,
      getenv("SWIFT_BACKTRACE") == nil
    else { return }
    setenv("SWIFT_BACKTRACE", "interactive=no", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // Running on unchanged when the program cannot be found again.
  }
}
