// Small values kept as JSON text in one column.

import Fluent
import Foundation
import PuenteCore

/// Small values kept as JSON text in one column (questions, answers, translations).
enum JSONColumn {
    static func decode<T: Decodable>(_ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        // Sorted keys: the same value is always the same text.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
