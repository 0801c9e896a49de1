// Date-times as RFC 3339 §5.6 (what OpenAPI's `date-time` means): `2027-03-11T14:30:00Z`, with
// or without fractional seconds, `Z` or any offset up to ±23:59, `T`/`Z` in either case.
// Foundation's `.iso8601` decoding refused fractional seconds and offsets past ±18:00, so valid
// requests were 400s. Parsed by hand: fixed positions, digits only.

import Foundation

public enum RFC3339 {
    public static func date(from text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x74, b[13] == 0x3A, b[16] == 0x3A,
              let year = number(b, 0, 4), let month = number(b, 5, 2), let day = number(b, 8, 2),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), let second = number(b, 17, 2),
              (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59, second <= 60 else { return nil }
        var index = 19
        var fraction = 0.0
        if b[index] == 0x2E { // .digits
            var scale = 0.1
            index += 1
            let start = index
            while index < b.count, (0x30...0x39).contains(b[index]) {
                fraction += Double(b[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < b.count else { return nil }
        var offset = 0
        switch b[index] {
        case 0x5A, 0x7A: // Z
            guard index + 1 == b.count else { return nil }
        case 0x2B, 0x2D: // +hh:mm or -hh:mm
            guard index + 6 == b.count, b[index + 3] == 0x3A, let hours = number(b, index + 1, 2), let minutes = number(b, index + 4, 2),
                  hours <= 23, minutes <= 59 else { return nil }
            offset = (hours * 60 + minutes) * 60 * (b[index] == 0x2D ? -1 : 1)
        default:
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil } // no 31 February
        return date.addingTimeInterval(fraction - Double(offset))
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
