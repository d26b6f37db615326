import ArgumentParser
import DocentKit
import Foundation

/// The transcript files at `paths` (default: the package's `Transcripts/`); none is an error.
func transcriptFiles(_ paths: [String]) throws -> [String] {
  let roots = paths.isEmpty ? [KnowledgeLocation.transcriptsFolder] : paths
  let files = TranscriptFiles.find(roots)
  guard !files.isEmpty else {
    Terminal.warn(
      "docent: no transcripts (*.\(TranscriptFiles.pathExtension)) found in \(roots.joined(separator: ", "))"
    )
    throw ExitCode.failure
  }
  return files
}
