// Time-ordered UUIDs (RFC 9562 version 7) for bulk writes. Random version-4 ids scatter a
// million inserts across every page of every index that holds them; ids that grow with time
// append instead. Within one generator the 42-bit counter keeps them strictly increasing even
// inside one millisecond; the last 32 bits stay random so two processes never collide.

import Foundation

public struct OrderedUUIDs: Sendable {
    private let millis: UInt64
    private var counter: UInt64 = 0

    public init(now: Date = Date()) {
        millis = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
    }

    public mutating func next() -> UUID {
        counter += 1
        let random = UInt32.random(in: .min ... .max)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - index))) }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: (counter >> 38) & 0x0F)   // version 7
        bytes[7] = UInt8(truncatingIfNeeded: counter >> 30)
        bytes[8] = 0x80 | UInt8(truncatingIfNeeded: (counter >> 24) & 0x3F)   // RFC 9562 variant
        bytes[9] = UInt8(truncatingIfNeeded: counter >> 16)
        bytes[10] = UInt8(truncatingIfNeeded: counter >> 8)
        bytes[11] = UInt8(truncatingIfNeeded: counter)
        for index in 0..<4 { bytes[12 + index] = UInt8(truncatingIfNeeded: random >> (8 * (3 - index))) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
