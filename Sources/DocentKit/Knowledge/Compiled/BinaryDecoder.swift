/// Reads back what ``BinaryEncoder`` wrote. Every read is checked against the end of the bytes
/// and against what the value expects, so a damaged file is an error, never a crash.
struct BinaryDecoder {
  static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
    let reader = BinaryReader(bytes)
    let count = try reader.readCount()
    var names: [String] = []
    names.reserveCapacity(count)
    for _ in 0..<count { names.append(try reader.readString()) }
    reader.keyNames = names
    reader.forgetSharedStrings()
    let value = try reader.decodeValue(type)
    guard reader.isAtEnd else { throw reader.damaged("bytes left over after the value") }
    return value
  }
}

/// The bytes being read and where reading stands, shared by the decoder and its containers.
final class BinaryReader {
  private let bytes: [UInt8]
  private var position = 0
  fileprivate(set) var keyNames: [String] = []

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { position == bytes.count }

  func damaged(_ what: String) -> DecodingError {
    .dataCorrupted(.init(codingPath: [], debugDescription: "\(what) at byte \(position)"))
  }

  func decodeValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
    if Value.self == String.self { return try readString() as! Value }
    if Value.self == Int.self { return try Int(readSigned()) as! Value }
    if Value.self == Bool.self { return try (readByte() != 0) as! Value }
    switch kind(of: Value.self) {
    case .common(let collection): return try read(collection) as! Value
    case .coded(let coded): return try nested { try coded.decodeBinary(from: self) as! Value }
    case .decodable: return try nested { try Value(from: ValueDecoder(reader: self)) }
    }
  }

  /// How many values being read hold the one being read: far more than any knowledge nests
  /// (a name's words, a template's pattern) is a damaged file, read no deeper than the stack
  /// allows.
  private var depth = 0
  private static let deepest = 1_000

  /// `read`'s value, one level deeper.
  private func nested<Value>(_ read: () throws -> Value) throws -> Value {
    guard depth < Self.deepest else { throw damaged("values nested too deep") }
    depth += 1
    defer { depth -= 1 }
    return try read()
  }

  /// How a type's bytes are read.
  private enum Kind {
    /// One of the collections the indexes are made of, read by code made for it (the same
    /// bytes as the general way, which asks the runtime for the element type at every element).
    case common(CommonCollection)
    /// A type that reads its own bytes (``BinaryCodedCollection``).
    case coded(any BinaryCodedCollection.Type)
    /// Through its `Decodable` conformance.
    case decodable
  }

  private enum CommonCollection: CaseIterable {
    case strings, integers, stringSet, integerSet, stringSets
    case integersByString, integerByString, integerSetByString, stringSetByString

    var type: Any.Type {
      switch self {
      case .strings: [String].self
      case .integers: [Int].self
      case .stringSet: Set<String>.self
      case .integerSet: Set<Int>.self
      case .stringSets: [Set<String>].self
      case .integersByString: [String: [Int]].self
      case .integerByString: [String: Int].self
      case .integerSetByString: [String: Set<Int>].self
      case .stringSetByString: [String: Set<String>].self
      }
    }
  }

  private func read(_ collection: CommonCollection) throws -> Any {
    let string = { try self.readString() }
    let integer = { try Int(self.readSigned()) }
    return switch collection {
    case .strings: try readArray(string)
    case .integers: try readArray(integer)
    case .stringSet: try readSet(string)
    case .integerSet: try readSet(integer)
    case .stringSets: try readArray { try self.readSet(string) }
    case .integersByString: try readDictionary(string) { try self.readArray(integer) }
    case .integerByString: try readDictionary(string, integer)
    case .integerSetByString: try readDictionary(string) { try self.readSet(integer) }
    case .stringSetByString: try readDictionary(string) { try self.readSet(string) }
    }
  }

  func readArray<Element>(_ element: () throws -> Element) throws -> [Element] {
    let count = try readCount()
    var array: [Element] = []
    array.reserveCapacity(count)
    for _ in 0..<count { array.append(try element()) }
    return array
  }

  func readSet<Element>(_ element: () throws -> Element) throws -> Set<Element> {
    let count = try readCount()
    var set = Set<Element>(minimumCapacity: count)
    for _ in 0..<count { set.insert(try element()) }
    return set
  }

  func readDictionary<Key, Element>(
    _ key: () throws -> Key, _ element: () throws -> Element
  ) throws -> [Key: Element] {
    let count = try readCount()
    var dictionary = [Key: Element](minimumCapacity: count)
    for _ in 0..<count {
      let read = try key()
      dictionary[read] = try element()
    }
    return dictionary
  }

  /// The kind of each type met so far: asking the runtime costs a search of its conformances,
  /// asked once a type here instead of once a value.
  private var kinds: [ObjectIdentifier: Kind] = [:]

  private func kind(of type: Any.Type) -> Kind {
    if let known = kinds[ObjectIdentifier(type)] { return known }
    let kind: Kind =
      if let common = CommonCollection.allCases.first(where: { $0.type == type }) {
        .common(common)
      } else if let coded = type as? any BinaryCodedCollection.Type {
        .coded(coded)
      } else {
        .decodable
      }
    kinds[ObjectIdentifier(type)] = kind
    return kind
  }

  func readByte() throws -> UInt8 {
    guard position < bytes.count else { throw damaged("unexpected end") }
    defer { position += 1 }
    return bytes[position]
  }

  func readUnsigned() throws -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try readByte()
      guard shift < 64 else { throw damaged("number too long") }
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  func readSigned() throws -> Int64 {
    let raw = try readUnsigned()
    return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
  }

  func readCount() throws -> Int {
    let count = try readUnsigned()
    guard count <= UInt64(bytes.count - position) else { throw damaged("count too large") }
    return Int(count)
  }

  /// A string: its bytes, or the place of a long one read before (``BinaryWriter/writeString``).
  func readString() throws -> String {
    let tag = try readUnsigned()
    if tag & 1 == 1 {
      guard tag >> 1 < shared.count else { throw damaged("no such string") }
      return shared[Int(tag >> 1)]
    }
    guard tag >> 1 <= bytes.count - position else { throw damaged("string past the end") }
    let count = Int(tag >> 1)
    defer { position += count }
    let string = bytes.withUnsafeBufferPointer { buffer in
      String(
        decoding: UnsafeBufferPointer(rebasing: buffer[position..<position + count]), as: UTF8.self)
    }
    if count >= BinaryWriter.sharedLength { shared.append(string) }
    return string
  }

  /// The long strings read so far, in order.
  private var shared: [String] = []

  /// Starts the table of long strings anew: the field names before the value have their own.
  func forgetSharedStrings() { shared.removeAll() }

  /// The count of a container reserved by the encoder: four bytes, lowest first.
  func readReservedCount() throws -> Int {
    var value = 0
    for shift in 0..<4 { value |= Int(try readByte()) << (8 * shift) }
    return value
  }

  /// The name of the key at the reading position, without moving past it.
  func peekKeyName() throws -> String {
    let start = position
    defer { position = start }
    let index = try readUnsigned()
    guard index < keyNames.count else { throw damaged("unknown key") }
    return keyNames[Int(index)]
  }

  func readKeyName() throws -> String {
    let index = try readUnsigned()
    guard index < keyNames.count else { throw damaged("unknown key") }
    return keyNames[Int(index)]
  }
}

private struct ValueDecoder: Decoder {
  let reader: BinaryReader
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try KeyedContainer<Key>(reader: reader))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try UnkeyedContainer(reader: reader)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleContainer(reader: reader)
  }
}

/// A struct's fields, read in the order they were written: a field asked for is the next one,
/// or absent when the next one has another key (an optional the encoder left out).
private final class KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let reader: BinaryReader
  private var remaining: Int
  var codingPath: [any CodingKey] { [] }

  init(reader: BinaryReader) throws {
    self.reader = reader
    remaining = try reader.readReservedCount()
  }

  /// The key of the next field; for an enum, the case it holds.
  var allKeys: [Key] {
    guard remaining > 0, let name = try? reader.peekKeyName() else { return [] }
    return Key(stringValue: name).map { [$0] } ?? []
  }

  func contains(_ key: Key) -> Bool {
    remaining > 0 && (try? reader.peekKeyName()) == key.stringValue
  }

  private func enter(_ key: Key) throws {
    guard remaining > 0 else { throw reader.damaged("no field '\(key.stringValue)'") }
    let name = try reader.readKeyName()
    guard name == key.stringValue else {
      throw reader.damaged("field '\(name)' where '\(key.stringValue)' was expected")
    }
    remaining -= 1
  }

  /// Whether the field is absent: the encoder writes no field for nil.
  func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try enter(key)
    return try reader.decodeValue(type)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard contains(key) else { return nil }
    return try decode(type, forKey: key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
    throws -> KeyedDecodingContainer<NestedKey>
  {
    try enter(key)
    return KeyedDecodingContainer(try KeyedContainer<NestedKey>(reader: reader))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try enter(key)
    return try UnkeyedContainer(reader: reader)
  }

  func superDecoder() throws -> any Decoder { ValueDecoder(reader: reader) }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    try enter(key)
    return ValueDecoder(reader: reader)
  }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let reader: BinaryReader
  let total: Int
  var count: Int? { total }
  var currentIndex = 0
  var codingPath: [any CodingKey] { [] }

  init(reader: BinaryReader) throws {
    self.reader = reader
    total = try reader.readReservedCount()
  }

  var isAtEnd: Bool { currentIndex >= total }

  private mutating func next() throws {
    guard !isAtEnd else { throw reader.damaged("no more elements") }
    currentIndex += 1
  }

  /// Never nil: the encoder writes no bare nil (an optional carries its own mark).
  mutating func decodeNil() throws -> Bool { false }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try next()
    return try reader.decodeValue(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next()
    return KeyedDecodingContainer(try KeyedContainer<NestedKey>(reader: reader))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next()
    return try UnkeyedContainer(reader: reader)
  }

  mutating func superDecoder() throws -> any Decoder {
    try next()
    return ValueDecoder(reader: reader)
  }
}

private struct SingleContainer: SingleValueDecodingContainer {
  let reader: BinaryReader
  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { false }
  func decode(_ type: Bool.Type) throws -> Bool { try reader.readByte() != 0 }
  func decode(_ type: String.Type) throws -> String { try reader.readString() }
  func decode(_ type: Double.Type) throws -> Double {
    Double(bitPattern: try reader.readUnsigned())
  }
  func decode(_ type: Float.Type) throws -> Float {
    Float(bitPattern: UInt32(truncatingIfNeeded: try reader.readUnsigned()))
  }
  func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try reader.readSigned() }
  func decode(_ type: UInt.Type) throws -> UInt { try natural(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try natural(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try natural(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try natural(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.readUnsigned() }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decodeValue(type) }

  private func integer<T: FixedWidthInteger & SignedInteger>(_ type: T.Type) throws -> T {
    guard let value = T(exactly: try reader.readSigned()) else {
      throw reader.damaged("number out of range")
    }
    return value
  }

  private func natural<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type) throws -> T {
    guard let value = T(exactly: try reader.readUnsigned()) else {
      throw reader.damaged("number out of range")
    }
    return value
  }
}
