// A trainee's standing against their program's requirements, computed from facts and never
// typed: attendance gives classroom hours, approved practicum logs give practicum hours.

public struct TrainingFacts: Sendable {
    public struct Session: Sendable {
        public let day: Day
        public let quarterHours: Int
        public let competencies: [String]
        /// Quarter hours credited to this trainee, nil when not marked yet.
        public let creditedQuarterHours: Int?
        public init(day: Day, quarterHours: Int, competencies: [String], creditedQuarterHours: Int?) {
            self.day = day; self.quarterHours = quarterHours; self.competencies = competencies
            self.creditedQuarterHours = creditedQuarterHours
        }
    }

    public struct PracticumLog: Sendable {
        public let day: Day
        public let quarterHours: Int
        public let competencies: [String]
        public let approved: Bool
        public init(day: Day, quarterHours: Int, competencies: [String], approved: Bool) {
            self.day = day; self.quarterHours = quarterHours; self.competencies = competencies; self.approved = approved
        }
    }

    public var sessions: [Session]
    public var practicum: [PracticumLog]
    /// Hours earned in an earlier cohort of the same program (kept on transfer).
    public var carriedClassroomQuarterHours: Int
    public var carriedPracticumQuarterHours: Int
    public var carriedCompetencies: [String]

    public init(sessions: [Session], practicum: [PracticumLog], carriedClassroomQuarterHours: Int = 0,
                carriedPracticumQuarterHours: Int = 0, carriedCompetencies: [String] = []) {
        self.sessions = sessions
        self.practicum = practicum
        self.carriedClassroomQuarterHours = carriedClassroomQuarterHours
        self.carriedPracticumQuarterHours = carriedPracticumQuarterHours
        self.carriedCompetencies = carriedCompetencies
    }
}

public struct TrainingProgress: Sendable, Equatable {
    public enum Gap: Sendable, Equatable {
        case classroomHours(missingQuarterHours: Int)
        case practicumHours(missingQuarterHours: Int)
        case attendance(percent: Int, required: Int)
        case competencies([String])
    }

    public let classroomQuarterHours: Int
    public let classroomRequired: Int
    public let practicumQuarterHours: Int
    public let practicumRequired: Int
    /// Approved hours waiting for a supervisor do not count yet; shown so the trainee knows.
    public let practicumPendingQuarterHours: Int
    public let attendancePercent: Int
    public let attendanceRequired: Int
    public let competenciesCovered: [String]
    public let gaps: [Gap]
    public let deadline: Day?

    public var isComplete: Bool { gaps.isEmpty }

    /// Past the deadline with something still missing.
    public func isOverdue(today: Day) -> Bool {
        guard let deadline, !isComplete else { return false }
        return today > deadline
    }

    public init(_ facts: TrainingFacts, _ requirements: CompletionRequirements, deadline: Day?) {
        let marked = facts.sessions.filter { $0.creditedQuarterHours != nil }
        let attended = facts.sessions.filter { ($0.creditedQuarterHours ?? 0) > 0 }
        classroomQuarterHours = facts.carriedClassroomQuarterHours + attended.reduce(0) { $0 + $1.creditedQuarterHours! }
        classroomRequired = requirements.classroomQuarterHours
        practicumQuarterHours = facts.carriedPracticumQuarterHours + facts.practicum.filter(\.approved).reduce(0) { $0 + $1.quarterHours }
        practicumPendingQuarterHours = facts.practicum.filter { !$0.approved }.reduce(0) { $0 + $1.quarterHours }
        practicumRequired = requirements.practicumQuarterHours
        // Only sessions already marked count against the trainee; the rest are still ahead.
        attendancePercent = marked.isEmpty ? 100 : attended.count * 100 / marked.count
        attendanceRequired = requirements.minimumAttendancePercent
        var covered = Set(facts.carriedCompetencies)
        for session in attended { covered.formUnion(session.competencies) }
        for log in facts.practicum where log.approved { covered.formUnion(log.competencies) }
        competenciesCovered = Competencies.all.map(\.id).filter(covered.contains) + covered.subtracting(Competencies.all.map(\.id)).sorted()
        self.deadline = deadline

        var gaps = [Gap]()
        if classroomQuarterHours < classroomRequired { gaps.append(.classroomHours(missingQuarterHours: classroomRequired - classroomQuarterHours)) }
        if practicumQuarterHours < practicumRequired { gaps.append(.practicumHours(missingQuarterHours: practicumRequired - practicumQuarterHours)) }
        if attendancePercent < attendanceRequired { gaps.append(.attendance(percent: attendancePercent, required: attendanceRequired)) }
        let missing = requirements.requiredCompetencies.filter { !covered.contains($0) }
        if !missing.isEmpty { gaps.append(.competencies(missing)) }
        self.gaps = gaps
    }
}
