/// Writes `Encodable` values as compact bytes, for the compiled knowledge file.
///
/// The format is docent's own and is read back only by ``BinaryDecoder`` of the same docent
/// (the compiled file's key holds the executable's identity): numbers as variable-length
/// integers, strings as their length and UTF-8 bytes, a struct as its number of fields and each
/// field's key (an index into a table of key names written once) before its value, an array as
/// its count and its elements, a dictionary as its count and its keys and values in turn.
struct BinaryEncoder {
  /// The bytes of `value`, preceded by the table of the field names they use.
  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let writer = BinaryWriter()
    try writer.encodeValue(value)
    let table = BinaryWriter()
    table.writeCount(writer.keyNames.count)
    for name in writer.keyNames { table.writeString(name) }
    return table.bytes + writer.bytes
  }
}

/// A value whose bytes the binary coders write themselves rather than through its `Codable`
/// conformance: dictionaries, whose string-keyed form would need every key up front;
/// optionals, whose single-value form cannot tell "none" from a value without a mark; and
/// arrays and sets, read fastest as a count and a loop.
protocol BinaryCodedCollection {
  func encodeBinary(to writer: BinaryWriter) throws
  static func decodeBinary(from reader: BinaryReader) throws -> Self
}

extension Dictionary: BinaryCodedCollection where Key: Codable, Value: Codable {
  func encodeBinary(to writer: BinaryWriter) throws {
    writer.writeCount(count)
    for (key, value) in self {
      try writer.encodeValue(key)
      try writer.encodeValue(value)
    }
  }

  static func decodeBinary(from reader: BinaryReader) throws -> Self {
    try reader.readDictionary({ try reader.decodeValue(Key.self) }) {
      try reader.decodeValue(Value.self)
    }
  }
}

/// An array or a set: its count, then its elements.
extension BinaryCodedCollection where Self: Collection, Element: Codable {
  func encodeBinary(to writer: BinaryWriter) throws {
    writer.writeCount(count)
    for element in self { try writer.encodeValue(element) }
  }
}

extension Array: BinaryCodedCollection where Element: Codable {
  static func decodeBinary(from reader: BinaryReader) throws -> Self {
    try reader.readArray { try reader.decodeValue(Element.self) }
  }
}

extension Set: BinaryCodedCollection where Element: Codable {
  static func decodeBinary(from reader: BinaryReader) throws -> Self {
    try reader.readSet { try reader.decodeValue(Element.self) }
  }
}

extension Optional: BinaryCodedCollection where Wrapped: Codable {
  func encodeBinary(to writer: BinaryWriter) throws {
    if let value = self {
      writer.bytes.append(1)
      try writer.encodeValue(value)
    } else {
      writer.bytes.append(0)
    }
  }

  static func decodeBinary(from reader: BinaryReader) throws -> Self {
    try reader.readByte() == 0 ? nil : reader.decodeValue(Wrapped.self)
  }
}

/// The bytes written so far, shared by the encoder and its containers.
final class BinaryWriter {
  var bytes: [UInt8] = []
  private var codedTypes: [ObjectIdentifier: (any BinaryCodedCollection.Type)?] = [:]
  /// The field names in the order first met; a field is written as its place here.
  private(set) var keyNames: [String] = []
  private var keyIndexes: [String: Int] = [:]

  /// Writes `value`, telling its kind by its static type (a cast of the value itself would
  /// see through an optional: "x" as `String?` is not the string "x").
  func encodeValue<Value: Encodable>(_ value: Value) throws {
    if Value.self == String.self {
      writeString(value as! String)
    } else if Value.self == Int.self {
      writeSigned(value as! Int)
    } else if Value.self == Bool.self {
      bytes.append(value as! Bool ? 1 : 0)
    } else if let coded = codedType(Value.self) {
      try encode(value, as: coded)
    } else {
      try value.encode(to: ValueEncoder(writer: self))
    }
  }

  /// Whether `type` writes its own bytes, asked of the runtime once a type.
  private func codedType(_ type: Any.Type) -> (any BinaryCodedCollection.Type)? {
    if let known = codedTypes[ObjectIdentifier(type)] { return known }
    let coded = type as? any BinaryCodedCollection.Type
    codedTypes[ObjectIdentifier(type)] = coded
    return coded
  }

  private func encode<Coded: BinaryCodedCollection>(_ value: some Encodable, as type: Coded.Type)
    throws
  {
    try (value as! Coded).encodeBinary(to: self)
  }

  func writeUnsigned(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  func writeSigned(_ value: Int64) {
    writeUnsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  func writeSigned(_ value: Int) { writeSigned(Int64(value)) }

  func writeCount(_ count: Int) { writeUnsigned(UInt64(count)) }

  /// A string of ``BinaryWriter/sharedLength`` bytes or more met before is written as its
  /// place among them (an odd number): a sentence's text stands in its document, its index
  /// entries and every clause read from it, and is read back once, as one string.
  /// Strings are told apart by their bytes, not as Swift compares them: "é" written as one
  /// character and as "e" with an accent are equal strings, but a sentence must come back
  /// with its own bytes, which clauses point into.
  func writeString(_ string: String) {
    if string.utf8.count >= Self.sharedLength {
      let bytes = Array(string.utf8)
      if let index = shared[bytes] {
        writeUnsigned(UInt64(index) << 1 | 1)
        return
      }
      shared[bytes] = shared.count
    }
    var contiguous = string
    contiguous.withUTF8 { utf8 in
      writeUnsigned(UInt64(utf8.count) << 1)
      bytes.append(contentsOf: utf8)
    }
  }

  /// The shortest string written once and then referred to: shorter ones are stored inline
  /// in a Swift string, so sharing saves nothing when they are read back.
  static let sharedLength = 16
  private var shared: [[UInt8]: Int] = [:]

  func writeKey(_ key: some CodingKey) {
    let name = key.stringValue
    if let index = keyIndexes[name] {
      writeCount(index)
    } else {
      keyIndexes[name] = keyNames.count
      writeCount(keyNames.count)
      keyNames.append(name)
    }
  }

  /// What writing a nil outside an optional and a struct's field throws.
  static let bareNil = EncodingError.invalidValue(
    Optional<Int>.none as Any,
    .init(codingPath: [], debugDescription: "a nil that is no optional's nor a field's"))

  /// Reserves four bytes for a count that grows as entries are written; returns their place.
  func reserveCount() -> Int {
    bytes.append(contentsOf: [0, 0, 0, 0])
    return bytes.count - 4
  }

  /// Adds one to the count reserved at `offset`.
  func incrementCount(at offset: Int) {
    var value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
    value |= UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    value += 1
    for shift in 0..<4 { bytes[offset + shift] = UInt8(truncatingIfNeeded: value >> (8 * shift)) }
  }
}

private struct ValueEncoder: Encoder {
  let writer: BinaryWriter
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedContainer<Key>(writer: writer, countAt: writer.reserveCount()))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedContainer(writer: writer, countAt: writer.reserveCount())
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(writer: writer)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let writer: BinaryWriter
  let countAt: Int
  var codingPath: [any CodingKey] { [] }

  private func entry(_ key: Key) {
    writer.incrementCount(at: countAt)
    writer.writeKey(key)
  }

  /// Nil is no field at all: the decoder finds the next field under another key.
  mutating func encodeNil(forKey key: Key) throws {}

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    entry(key)
    try writer.encodeValue(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    entry(key)
    return ValueEncoder(writer: writer).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    entry(key)
    return ValueEncoder(writer: writer).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { ValueEncoder(writer: writer) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    entry(key)
    return ValueEncoder(writer: writer)
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let writer: BinaryWriter
  let countAt: Int
  var codingPath: [any CodingKey] { [] }
  var count = 0

  init(writer: BinaryWriter, countAt: Int) {
    self.writer = writer
    self.countAt = countAt
  }

  /// One more element, counted here and in the bytes.
  private mutating func element() {
    count += 1
    writer.incrementCount(at: countAt)
  }

  /// An optional is written by the optional itself (``BinaryCodedCollection``), with a mark;
  /// a bare nil could not be told from a value when read back.
  mutating func encodeNil() throws { throw BinaryWriter.bareNil }

  mutating func encode<T: Encodable>(_ value: T) throws {
    element()
    try writer.encodeValue(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    element()
    return ValueEncoder(writer: writer).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    element()
    return ValueEncoder(writer: writer).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    element()
    return ValueEncoder(writer: writer)
  }
}

/// A single value: written as its kind's bytes with no mark, except an optional, which is
/// written as a presence byte and then its value.
private struct SingleContainer: SingleValueEncodingContainer {
  let writer: BinaryWriter
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { throw BinaryWriter.bareNil }
  mutating func encode(_ value: Bool) throws { writer.bytes.append(value ? 1 : 0) }
  mutating func encode(_ value: String) throws { writer.writeString(value) }
  mutating func encode(_ value: Double) throws { writer.writeUnsigned(value.bitPattern) }
  mutating func encode(_ value: Float) throws { writer.writeUnsigned(UInt64(value.bitPattern)) }
  mutating func encode(_ value: Int) throws { writer.writeSigned(value) }
  mutating func encode(_ value: Int8) throws { writer.writeSigned(Int64(value)) }
  mutating func encode(_ value: Int16) throws { writer.writeSigned(Int64(value)) }
  mutating func encode(_ value: Int32) throws { writer.writeSigned(Int64(value)) }
  mutating func encode(_ value: Int64) throws { writer.writeSigned(value) }
  mutating func encode(_ value: UInt) throws { writer.writeUnsigned(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { writer.writeUnsigned(UInt64(value)) }
  mutating func encode(_ value: UInt16) throws { writer.writeUnsigned(UInt64(value)) }
  mutating func encode(_ value: UInt32) throws { writer.writeUnsigned(UInt64(value)) }
  mutating func encode(_ value: UInt64) throws { writer.writeUnsigned(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value) }
}
