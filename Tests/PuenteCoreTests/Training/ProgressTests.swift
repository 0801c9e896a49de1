import Testing
@testable import PuenteCore

@Suite struct ProgressTests {
    let requirements = CompletionRequirements(classroomHours: 8, practicumHours: 4, minimumAttendancePercent: 75,
                                              requiredCompetencies: ["role-outreach", "skill-communication"], windowDays: 56)

    func session(_ day: String, credited: Int?, _ competencies: [String] = ["role-outreach"]) -> TrainingFacts.Session {
        .init(day: Day(day)!, quarterHours: 16, competencies: competencies, creditedQuarterHours: credited)
    }

    @Test func classroomHoursComeFromAttendanceAndPracticumFromApprovedLogsOnly() {
        let facts = TrainingFacts(
            sessions: [session("2026-10-01", credited: 16), session("2026-10-08", credited: 8), session("2026-10-15", credited: nil)],
            practicum: [.init(day: Day("2026-10-02")!, quarterHours: 12, competencies: ["skill-communication"], approved: true),
                        .init(day: Day("2026-10-03")!, quarterHours: 8, competencies: [], approved: false)])
        let progress = TrainingProgress(facts, requirements, deadline: Day("2026-11-26"))
        #expect(progress.classroomQuarterHours == 24)
        #expect(progress.practicumQuarterHours == 12)
        #expect(progress.practicumPendingQuarterHours == 8)
        #expect(progress.attendancePercent == 100) // the unmarked session is still ahead
        #expect(progress.gaps == [.classroomHours(missingQuarterHours: 8), .practicumHours(missingQuarterHours: 4)])
        #expect(progress.competenciesCovered == ["role-outreach", "skill-communication"])
        #expect(!progress.isComplete)
        #expect(progress.isOverdue(today: Day("2026-11-27")!))
        #expect(!progress.isOverdue(today: Day("2026-11-26")!))
    }

    @Test func absencesLowerAttendanceAndMissingCompetenciesAreNamed() {
        let facts = TrainingFacts(
            sessions: [session("2026-10-01", credited: 16), session("2026-10-08", credited: 0), session("2026-10-15", credited: 16)],
            practicum: [.init(day: Day("2026-10-02")!, quarterHours: 16, competencies: [], approved: true)],
            carriedClassroomQuarterHours: 4)
        let progress = TrainingProgress(facts, requirements, deadline: nil)
        #expect(progress.classroomQuarterHours == 36)
        #expect(progress.attendancePercent == 66)
        #expect(progress.gaps == [.attendance(percent: 66, required: 75), .competencies(["skill-communication"])])
    }

    @Test func meetingEveryRequirementCompletes() {
        let facts = TrainingFacts(
            sessions: [session("2026-10-01", credited: 16), session("2026-10-08", credited: 16, ["skill-communication"])],
            practicum: [.init(day: Day("2026-10-02")!, quarterHours: 16, competencies: [], approved: true)])
        let progress = TrainingProgress(facts, requirements, deadline: nil)
        #expect(progress.isComplete)
        #expect(progress.gaps.isEmpty)
    }

    @Test func theCoreProgramIsEightyAndEighty() {
        #expect(CompletionRequirements.coreCompetency.classroomQuarterHours == 320)
        #expect(CompletionRequirements.coreCompetency.practicumQuarterHours == 320)
        #expect(CompletionRequirements.coreCompetency.requiredCompetencies.count == 21)
        #expect(Competencies.parse("role-outreach,nonsense,skill-advocacy") == ["role-outreach", "skill-advocacy"])
    }
}
