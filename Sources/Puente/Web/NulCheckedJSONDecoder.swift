// The API's JSON decoder: RFC 3339 dates, and a 400 for any text the request's type reads that
// contains a NUL (U+0000), which PostgreSQL cannot store. Only what is read is checked: a NUL in a
// member the type ignores changes nothing, so it is no reason to refuse the request.

import Foundation
import PuenteCore
import Vapor

struct NulCheckedJSONDecoder: ContentDecoder {
    /// The decoder every JSON body goes through (registered for `application/json` in `configure`).
    static let api = NulCheckedJSONDecoder()

    private let base: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container,
                                                       debugDescription: "Expected an RFC 3339 date-time such as 2027-03-11T14:30:00-08:00.")
            }
            return date
        }
        return decoder
    }()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: Data(body.readableBytesView))
    }

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
                              userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        try decode(D.self, from: Data(body.readableBytesView))
    }

    func decode<D: Decodable>(_ decodable: D.Type, from data: Data) throws -> D {
        try base.decode(NulChecked<D>.self, from: data).value
    }
}

/// Decodes `Value` through a decoder that looks at every string (and dictionary key) it hands out.
private struct NulChecked<Value: Decodable>: Decodable {
    let value: Value

    init(from decoder: any Decoder) throws {
        value = try NulCheckingDecoder.decode(Value.self, from: decoder)
    }
}

private struct NulCheckingDecoder: Decoder {
    let base: any Decoder
    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    /// Types JSONDecoder reads by its own strategies (dates, data, URLs, decimals) go to it directly;
    /// their text is parsed, never stored as given.
    static func decode<T: Decodable>(_ type: T.Type, from decoder: any Decoder) throws -> T {
        if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            return try decoder.singleValueContainer().decode(T.self)
        }
        return try T(from: NulCheckingDecoder(base: decoder))
    }

    /// Numbers and booleans hold no text; the base decoder reads them directly.
    static func isScalar<T>(_ type: T.Type) -> Bool {
        T.self is any Numeric.Type || T.self == Bool.self
    }

    static func check(_ text: String) throws -> String {
        if text.unicodeScalars.contains("\u{0}") { throw NulCharacters.refusal }
        return text
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(base: try base.container(keyedBy: Key.self)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Unkeyed(base: try base.unkeyedContainer())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(base: try base.singleValueContainer(), decoder: base)
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let base: KeyedDecodingContainer<Key>
        var codingPath: [any CodingKey] { base.codingPath }
        var allKeys: [Key] { base.allKeys }

        func contains(_ key: Key) -> Bool { base.contains(key) }
        func decodeNil(forKey key: Key) throws -> Bool { try base.decodeNil(forKey: key) }

        /// A dictionary's keys are text the type reads too.
        private func checked(_ key: Key) throws -> Key {
            _ = try NulCheckingDecoder.check(key.stringValue)
            return key
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            try NulCheckingDecoder.check(base.decode(String.self, forKey: checked(key)))
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if NulCheckingDecoder.isScalar(T.self) { return try base.decode(T.self, forKey: key) }
            return try NulCheckingDecoder.decode(T.self, from: base.superDecoder(forKey: checked(key)))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                   forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(base: try base.nestedContainer(keyedBy: NestedKey.self, forKey: checked(key))))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            Unkeyed(base: try base.nestedUnkeyedContainer(forKey: checked(key)))
        }

        func superDecoder() throws -> any Decoder { NulCheckingDecoder(base: try base.superDecoder()) }
        func superDecoder(forKey key: Key) throws -> any Decoder { NulCheckingDecoder(base: try base.superDecoder(forKey: checked(key))) }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        var base: any UnkeyedDecodingContainer
        var codingPath: [any CodingKey] { base.codingPath }
        var count: Int? { base.count }
        var isAtEnd: Bool { base.isAtEnd }
        var currentIndex: Int { base.currentIndex }

        mutating func decodeNil() throws -> Bool { try base.decodeNil() }

        mutating func decode(_ type: String.Type) throws -> String {
            try NulCheckingDecoder.check(base.decode(String.self))
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if NulCheckingDecoder.isScalar(T.self) { return try base.decode(T.self) }
            return try NulCheckingDecoder.decode(T.self, from: base.superDecoder())
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(base: try base.nestedContainer(keyedBy: NestedKey.self)))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            Unkeyed(base: try base.nestedUnkeyedContainer())
        }

        mutating func superDecoder() throws -> any Decoder { NulCheckingDecoder(base: try base.superDecoder()) }
    }

    private struct Single: SingleValueDecodingContainer {
        let base: any SingleValueDecodingContainer
        /// The decoder this container came from, to decode a nested value through the checks.
        let decoder: any Decoder
        var codingPath: [any CodingKey] { base.codingPath }

        func decodeNil() -> Bool { base.decodeNil() }
        func decode(_ type: String.Type) throws -> String { try NulCheckingDecoder.check(base.decode(String.self)) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            // Numbers and booleans are read here (their own init(from:) would come back to this
            // container); anything built of more parts (an Optional's value) goes through the checks.
            if NulCheckingDecoder.isScalar(T.self) { return try base.decode(T.self) }
            if T.self == String.self { return try decode(String.self) as! T }
            return try NulCheckingDecoder.decode(T.self, from: decoder)
        }
    }
}
