// What finishing a program takes, as data a program can change without code: hours per
// category, share of sessions attended, competencies, and a time window.

public struct CompletionRequirements: Codable, Equatable, Sendable {
    /// Hours are counted in quarter hours everywhere, so sums never drift.
    public var classroomQuarterHours: Int
    public var practicumQuarterHours: Int
    /// Share of the cohort's sessions at which the trainee was present or partly present.
    public var minimumAttendancePercent: Int
    public var requiredCompetencies: [String]
    /// Finish within this many days of the cohort's start (staff may extend one person).
    public var windowDays: Int?

    public init(classroomHours: Int, practicumHours: Int, minimumAttendancePercent: Int,
                requiredCompetencies: [String], windowDays: Int?) {
        self.classroomQuarterHours = classroomHours * 4
        self.practicumQuarterHours = practicumHours * 4
        self.minimumAttendancePercent = minimumAttendancePercent
        self.requiredCompetencies = requiredCompetencies
        self.windowDays = windowDays
    }

    /// The core-competency course: 80 classroom hours, 80 approved practicum hours, within
    /// 8 weeks, every C3 role and skill.
    public static let coreCompetency = CompletionRequirements(
        classroomHours: 80, practicumHours: 80, minimumAttendancePercent: 90,
        requiredCompetencies: Competencies.all.map(\.id), windowDays: 56)
}

/// Quarter hours written for people: `7.5`, `80`, `0.25`.
public enum Hours {
    public static func text(quarterHours: Int) -> String {
        let whole = quarterHours / 4, rest = quarterHours % 4
        return rest == 0 ? "\(whole)" : "\(whole)" + [".25", ".5", ".75"][rest - 1]
    }

    /// Reads `7.5`, `7,5`, `7:30` or `7` as quarter hours; nil when not a multiple of a quarter hour.
    public static func quarterHours(from text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if let colon = trimmed.firstIndex(of: ":") {
            guard let h = Int(trimmed[..<colon]), let m = Int(trimmed[trimmed.index(after: colon)...]),
                  (0..<100_000).contains(h), [0, 15, 30, 45].contains(m) else { return nil } // `h * 4` must not trap
            return h * 4 + m / 15
        }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
              let value = Double(trimmed), value.isFinite, abs(value) < 100_000 else { return nil }
        let quarters = value * 4
        guard quarters == quarters.rounded() else { return nil }
        return Int(quarters)
    }
}
