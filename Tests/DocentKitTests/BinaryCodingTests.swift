import Foundation
import Testing

@testable import DocentKit

/// The compiled knowledge file's coder: what it writes reads back as it was, and damaged bytes
/// are an error, never a crash.
@Suite struct BinaryCodingTests {
  private indirect enum Shape: Codable, Equatable {
    case point
    case circle(radius: Int)
    case labelled(String, Shape?)
  }

  private struct Sample: Codable, Equatable {
    var name: String
    var note: String?
    var count: Int
    var flag: Bool
    var ratio: Double
    var tags: Set<String>
    var byWord: [String: [Int]]
    var byNumber: [Int: String]
    var optionals: [String?]
    var nested: [String: String?]
    var range: Range<Int>
    var shapes: [Shape]
    var id: EntityID
    var last: String?
  }

  private func sample() -> Sample {
    Sample(
      name: "Anna Berg — ünïcode ✓", note: nil, count: -123_456_789, flag: true, ratio: 0.25,
      tags: ["a", "b", "", "a sentence long enough to be shared"],
      byWord: [
        "x": [1, 2, 3], "": [], "a sentence long enough to be shared": [Int.max, Int.min],
      ],
      byNumber: [0: "zero", -5: "minus five", 1 << 40: "big"],
      optionals: [
        "a", nil, "", "a sentence long enough to be shared", nil, "Anna Berg — ünïcode ✓",
      ], nested: ["k": nil, "l": "v"], range: 3..<17,
      shapes: [
        .point, .circle(radius: 4), .labelled("x", .circle(radius: -1)), .labelled("", nil),
      ],
      id: EntityID(rawValue: "anna-berg"), last: nil)
  }

  @Test func valuesReadBackAsTheyWereWritten() throws {
    let value = sample()
    let bytes = try BinaryEncoder.encode(value)
    #expect(try BinaryDecoder.decode(Sample.self, from: bytes) == value)
    var other = value
    other.note = "now there"
    other.last = "and last"
    other.tags = []
    #expect(try BinaryDecoder.decode(Sample.self, from: BinaryEncoder.encode(other)) == other)
  }

  @Test func aLargeDictionaryOfWordsReadsBack() throws {
    var counts: [String: Int] = [:]
    for index in 0..<5_000 { counts["word\(index)é"] = index * 37 - 1_000 }
    let bytes = try BinaryEncoder.encode(counts)
    #expect(try BinaryDecoder.decode([String: Int].self, from: bytes) == counts)
  }

  @Test func damagedBytesAreAnErrorNotACrash() throws {
    let bytes = try BinaryEncoder.encode(sample())
    // Every prefix, and the bytes with any one of them changed, either decodes or throws.
    for length in 0..<bytes.count {
      #expect(throws: (any Error).self) {
        try BinaryDecoder.decode(Sample.self, from: Array(bytes.prefix(length)))
      }
    }
    for index in bytes.indices {
      var damaged = bytes
      damaged[index] ^= 0xff
      _ = try? BinaryDecoder.decode(Sample.self, from: damaged)
    }
    #expect(throws: (any Error).self) { try BinaryDecoder.decode(Sample.self, from: bytes + [0]) }
  }
}
