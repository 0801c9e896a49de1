// The RRULE subset real programs use (RFC 5545 §3.3.10): daily, weekly or monthly, an interval,
// weekdays, one position in the month (the 2nd Thursday), month days, COUNT or UNTIL.
// Anything else is refused with a message, never half-understood.
//
// What we write is what Outlook accepts: one weekday and one position per monthly series
// (`FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2`), no negative positions. `2TH` is read and rewritten
// that way; `2TH,4TH` (two positions) is two series.

import Foundation

public struct RecurrenceRule: Equatable, Sendable {
    public enum Frequency: String, Sendable { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY" }

    public enum Problem: Error, Equatable, Sendable {
        case malformed(String)
        case unsupported(String)
        case twoPositions
        case negativePosition
        case countAndUntil
    }

    public var frequency: Frequency
    public var interval: Int
    /// 0 = Sunday … 6 = Saturday.
    public var weekdays: [Int]
    /// For monthly rules: which matching day of the month (1 = first … 5 = fifth).
    public var position: Int?
    public var monthDays: [Int]
    public var count: Int?
    /// The last instant an occurrence may start (UTC).
    public var until: Date?

    public init(frequency: Frequency, interval: Int = 1, weekdays: [Int] = [], position: Int? = nil, monthDays: [Int] = [],
                count: Int? = nil, until: Date? = nil) {
        self.frequency = frequency; self.interval = interval; self.weekdays = weekdays; self.position = position
        self.monthDays = monthDays; self.count = count; self.until = until
    }

    static let dayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

    /// Parses an RRULE value (with or without the `RRULE:` prefix).
    public init(parsing raw: String) throws(Problem) {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if text.hasPrefix("RRULE:") { text.removeFirst(6) }
        var parts: [String: String] = [:]
        for piece in text.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, !pair[1].isEmpty else { throw .malformed(String(piece)) }
            guard parts[pair[0]] == nil else { throw .malformed(pair[0] + " twice") }
            parts[pair[0]] = pair[1]
        }
        guard let freqText = parts.removeValue(forKey: "FREQ") else { throw .malformed("FREQ is required") }
        guard let frequency = Frequency(rawValue: freqText) else { throw .unsupported("FREQ=\(freqText)") }
        self.init(frequency: frequency)
        if let value = parts.removeValue(forKey: "INTERVAL") {
            guard let n = Int(value), (1...99).contains(n) else { throw .malformed("INTERVAL=\(value)") }
            interval = n
        }
        if let value = parts.removeValue(forKey: "COUNT") {
            guard let n = Int(value), (1...1000).contains(n) else { throw .malformed("COUNT=\(value)") }
            count = n
        }
        if let value = parts.removeValue(forKey: "UNTIL") {
            guard let date = Self.parseUntil(value) else { throw .malformed("UNTIL=\(value)") }
            until = date
        }
        if count != nil && until != nil { throw .countAndUntil }
        var positions = Set<Int>()
        if let value = parts.removeValue(forKey: "BYDAY") {
            for item in value.split(separator: ",") {
                let code = String(item.suffix(2))
                guard let day = Self.dayCodes.firstIndex(of: code) else { throw .malformed("BYDAY=\(value)") }
                let ordinal = item.dropLast(2)
                if !ordinal.isEmpty {
                    guard frequency == .monthly, let n = Int(ordinal) else { throw .unsupported("BYDAY=\(value)") }
                    if n < 0 { throw .negativePosition }
                    guard (1...5).contains(n) else { throw .malformed("BYDAY=\(value)") }
                    positions.insert(n)
                }
                if !weekdays.contains(day) { weekdays.append(day) }
            }
        }
        if let value = parts.removeValue(forKey: "BYSETPOS") {
            guard frequency == .monthly else { throw .unsupported("BYSETPOS with FREQ=\(frequency.rawValue)") }
            for item in value.split(separator: ",") {
                guard let n = Int(item) else { throw .malformed("BYSETPOS=\(value)") }
                if n < 0 { throw .negativePosition }
                guard (1...5).contains(n) else { throw .malformed("BYSETPOS=\(value)") }
                positions.insert(n)
            }
        }
        if positions.count > 1 { throw .twoPositions }
        position = positions.first
        if position != nil && weekdays.count != 1 { throw .unsupported("a position needs exactly one weekday") }
        if let value = parts.removeValue(forKey: "BYMONTHDAY") {
            guard frequency == .monthly else { throw .unsupported("BYMONTHDAY with FREQ=\(frequency.rawValue)") }
            for item in value.split(separator: ",") {
                guard let n = Int(item) else { throw .malformed("BYMONTHDAY=\(value)") }
                if n < 0 { throw .negativePosition }
                guard (1...31).contains(n) else { throw .malformed("BYMONTHDAY=\(value)") }
                monthDays.append(n)
            }
            if !weekdays.isEmpty { throw .unsupported("BYMONTHDAY with BYDAY") }
        }
        if frequency == .daily && !weekdays.isEmpty { throw .unsupported("BYDAY with FREQ=DAILY") }
        _ = parts.removeValue(forKey: "WKST") // week start does not change weekly rules with interval 1; accepted and ignored
        if let unknown = parts.keys.sorted().first { throw .unsupported(unknown) }
    }

    /// The canonical RRULE value, in the shape calendar apps accept.
    public var text: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !weekdays.isEmpty { parts.append("BYDAY=" + weekdays.sorted().map { Self.dayCodes[$0] }.joined(separator: ",")) }
        if let position { parts.append("BYSETPOS=\(position)") }
        if !monthDays.isEmpty { parts.append("BYMONTHDAY=" + monthDays.sorted().map(String.init).joined(separator: ",")) }
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=\(ICalendar.utc(until))") }
        return parts.joined(separator: ";")
    }

    static func parseUntil(_ value: String) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let digits = value.filter(\.isNumber)
        guard digits.count == 8 || digits.count == 14 else { return nil }
        let n = digits.map { Int(String($0))! }
        func num(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + n[$1] } }
        guard let day = Day(year: num(0..<4), month: num(4..<6), day: num(6..<8)) else { return nil }
        if digits.count == 8 {
            // A date UNTIL includes that whole day.
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59))
        }
        guard value.hasSuffix("Z") else { return nil } // a floating UNTIL with a TZID start is ambiguous; ask for UTC
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                  hour: num(8..<10), minute: num(10..<12), second: num(12..<14)))
    }
}

extension RecurrenceRule {
    /// Start instants of the occurrences, from `start` (the first one, given as a wall-clock day
    /// and time in `timeZone`), skipping `exceptions`, at most `limit`, none after `horizon`.
    /// Wall-clock time is kept across daylight-saving changes: 2:30 pm stays 2:30 pm.
    public func occurrences(startDay: Day, hour: Int, minute: Int, timeZone: TimeZone, exceptions: Set<Date> = [],
                            limit: Int = 500, horizon: Date? = nil) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func instant(_ day: Day) -> Date? {
            calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
        }
        var result = [Date]()
        var produced = 0
        var period = 0
        // Every period can be empty (a 5th Thursday), so bound the walk by periods, not results.
        while period < 5000 {
            let days = candidates(period: period, startDay: startDay)
            period += 1
            for day in days where day >= startDay {
                guard let date = instant(day) else { continue }
                if let until, date > until { return result }
                if let horizon, date > horizon { return result }
                produced += 1
                if let count, produced > count { return result }
                if !exceptions.contains(date) { result.append(date) }
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// The days rule-matching in the `period`-th period (day, week or month) after the start's.
    private func candidates(period: Int, startDay: Day) -> [Day] {
        switch frequency {
        case .daily:
            return [startDay.adding(days: period * interval)]
        case .weekly:
            // Weeks start on Monday (WKST=MO, the default).
            let monday = startDay.adding(days: -((startDay.weekday + 6) % 7)).adding(days: 7 * period * interval)
            let days = weekdays.isEmpty ? [startDay.weekday] : weekdays
            return days.map { monday.adding(days: ($0 + 6) % 7) }.sorted()
        case .monthly:
            let first = Day(year: startDay.year, month: startDay.month, day: 1)!.adding(months: period * interval)
            let length = Day.length(of: first.month, in: first.year)
            if !weekdays.isEmpty {
                let matching = (0..<length).map { first.adding(days: $0) }.filter { weekdays.contains($0.weekday) }
                guard let position else { return matching }
                return matching.count >= position ? [matching[position - 1]] : []
            }
            let days = monthDays.isEmpty ? [startDay.day] : monthDays
            return days.filter { $0 <= length }.sorted().map { Day(year: first.year, month: first.month, day: $0)! }
        }
    }
}
