// DateFormatter is costly to make (ICU parses its pattern each time; it was a tenth of the CPU
// of a registration under load) and cheap to reuse. One per (zone, locale, pattern), each used
// under its own lock.

import Foundation

final class FormatterCache: @unchecked Sendable {
    static let shared = FormatterCache()

    private final class Entry: @unchecked Sendable {
        let formatter: DateFormatter
        let lock = NSLock()
        init(_ formatter: DateFormatter) { self.formatter = formatter }
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// Formats `date` with the formatter `make` builds for `key`, made once.
    func string(_ date: Date, key: String, make: () -> DateFormatter) -> String {
        lock.lock()
        let entry: Entry
        if let existing = entries[key] {
            entry = existing
        } else {
            entry = Entry(make())
            entries[key] = entry
        }
        lock.unlock()
        entry.lock.lock()
        defer { entry.lock.unlock() }
        return entry.formatter.string(from: date)
    }
}
