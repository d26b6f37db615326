import ArgumentParser
import DocentKit
import Foundation

/// The transcript files at `paths` (default: the package's `Transcripts/`), and the paths that
/// name nothing (each an error); no transcript at all is an error.
func transcriptFiles(_ paths: [String]) throws -> (files: [String], missing: [String]) {
  let roots = paths.isEmpty ? [KnowledgeLocation.transcriptsFolder] : paths
  let found = TranscriptFiles.find(roots)
  guard !found.files.isEmpty else {
    for path in found.missing { Terminal.warn("docent: \(path): no such file or folder") }
    Terminal.warn(
      "docent: no transcripts (*.\(TranscriptFiles.pathExtension)) found in \(roots.joined(separator: ", "))"
    )
    throw ExitCode.failure
  }
  return found
}
