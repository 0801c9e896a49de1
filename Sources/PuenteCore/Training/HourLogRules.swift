// What any logged or marked hours must satisfy before they are written.

public enum HourLogProblem: Error, Equatable, Sendable {
    case notQuarterHours
    case notPositive
    case overADay
    case inFuture
    case outsideCohort
}

public enum HourLogRules {
    /// `existingSameDay` is what this person already logged that day, so a day never tops 24 h.
    public static func check(day: Day, quarterHours: Int?, today: Day, allowed: ClosedRange<Day>?,
                             existingSameDay: Int = 0) -> HourLogProblem? {
        guard let quarterHours else { return .notQuarterHours }
        if quarterHours <= 0 { return .notPositive }
        if quarterHours + existingSameDay > 24 * 4 { return .overADay }
        if day > today { return .inFuture }
        if let allowed, !allowed.contains(day) { return .outsideCohort }
        return nil
    }
}
