import DocentKit
import Foundation

// The fuzz target docent-fuzz runs: DOCENT_FUZZ_TARGET names one of `FuzzTarget`'s cases, and
// DOCENT_FUZZ_KNOWLEDGE the knowledge folder (default `Knowledge`). Built with
// `-sanitize=fuzzer -DFUZZING` (`make fuzz`), libFuzzer drives it; built plainly, it runs the
// target once on each file named as an argument, to replay a corpus or a crash.

/// The target and knowledge folder the environment names.
func configuredTarget() -> (FuzzTarget, String) {
  let environment = ProcessInfo.processInfo.environment
  let name = environment["DOCENT_FUZZ_TARGET"] ?? ""
  guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
      Data("docent-fuzz: set DOCENT_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
  }
  return (target, environment["DOCENT_FUZZ_KNOWLEDGE"] ?? "Knowledge")
}

#if FUZZING
  /// libFuzzer's entry for programs that have their own main.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  let configured = configuredTarget()
#endif

@main enum DocentFuzz {
  static func main() throws {
    #if FUZZING
      configured.0.prepare(knowledge: configured.1)
      var argc = CommandLine.argc
      var argv = Optional(CommandLine.unsafeArgv)
      exit(
        LLVMFuzzerRunDriver(&argc, &argv) { data, size in
          configured.0.run(
            UnsafeRawBufferPointer(start: data, count: size), knowledge: configured.1)
          return 0
        })
    #else
      let (target, knowledge) = configuredTarget()
      for path in CommandLine.arguments.dropFirst() {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.withUnsafeBytes { target.run($0, knowledge: knowledge) }
        print("ok  \(path)")
      }
    #endif
  }
}
