// Creating cohorts, their class sessions and their trainers.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CohortInput: Sendable {
    var programID = ""
    var name = ""
    /// Optional: without it Spanish readers get the English name marked "(en inglés)".
    var nameEs = ""
    var startsOn = ""
    var endsOn = ""
    var place = ""
    var onlineLink = ""
    var capacity = "25"
    /// Empty: applications close the day the cohort starts.
    var applicationsCloseOn = ""

    init() {}

    init(form req: Request) {
        programID = req.formValue("program")
        name = req.formValue("name").trimmingCharacters(in: .whitespacesAndNewlines)
        nameEs = req.formValue("name_es").trimmingCharacters(in: .whitespacesAndNewlines)
        startsOn = req.formValue("starts_on").trimmingCharacters(in: .whitespaces)
        endsOn = req.formValue("ends_on").trimmingCharacters(in: .whitespaces)
        place = req.formValue("place").trimmingCharacters(in: .whitespacesAndNewlines)
        onlineLink = req.formValue("online_link").trimmingCharacters(in: .whitespaces)
        capacity = req.formValue("capacity").trimmingCharacters(in: .whitespaces)
        applicationsCloseOn = req.formValue("applications_close_on").trimmingCharacters(in: .whitespaces)
    }
}

extension TrainingService {
    func createCohort(_ input: CohortInput) async throws -> Cohort {
        guard let programID = UUID(uuidString: input.programID), let program = try await TrainingProgram.find(programID, on: db) else {
            throw Failure.invalid(field: "program", .fieldRequired)
        }
        for (field, value) in [("name", input.name), ("name_es", input.nameEs), ("place", input.place)] {
            if value.count > 200 { throw Failure.invalid(field: field, .textTooLong) }
            if let found = PrivacyGuard.scan(value) { throw Failure.invalid(field: field, found.message) }
        }
        if input.name.isEmpty { throw Failure.invalid(field: "name", .fieldRequired) }
        guard let start = Day(input.startsOn) else { throw Failure.invalid(field: "starts_on", .trainingDateInvalid) }
        guard let end = Day(input.endsOn) else { throw Failure.invalid(field: "ends_on", .trainingDateInvalid) }
        guard end >= start else { throw Failure.invalid(field: "ends_on", .trainingEndBeforeStart) }
        if input.place.isEmpty && input.onlineLink.isEmpty { throw Failure.invalid(field: "place", .trainingPlaceOrLink) }
        if !input.onlineLink.isEmpty {
            guard input.onlineLink.hasPrefix("https://"), URL(string: input.onlineLink)?.host != nil, input.onlineLink.count <= 500
            else { throw Failure.invalid(field: "online_link", .trainingLinkInvalid) }
        }
        guard let capacity = Int(input.capacity), (1...10_000).contains(capacity) else { throw Failure.invalid(field: "capacity", .trainingCapacityInvalid) }
        var closes: Day?
        if !input.applicationsCloseOn.isEmpty {
            guard let day = Day(input.applicationsCloseOn) else { throw Failure.invalid(field: "applications_close_on", .trainingDateInvalid) }
            guard day <= end else { throw Failure.invalid(field: "applications_close_on", .trainingApplicationsCloseAfterEnd) }
            closes = day
        }
        let cohort = Cohort()
        cohort.$program.id = program.id!
        cohort.name = input.name
        cohort.nameEs = input.nameEs.isEmpty ? nil : input.nameEs
        cohort.startsOn = start.description
        cohort.endsOn = end.description
        cohort.place = input.place.isEmpty ? nil : input.place
        cohort.onlineLink = input.onlineLink.isEmpty ? nil : input.onlineLink
        cohort.capacity = capacity
        cohort.applicationsCloseOn = closes?.description
        cohort.calendarToken = Secret.make()
        try await db.transaction { db in
            try await cohort.create(on: db)
            try await Audit.record(.trainingCohort, entityType: .cohort, entityID: cohort.id!.uuidString,
                                   summary: "\(program.code): \(cohort.name), \(start)–\(end), \(capacity) seats", by: actor, on: db)
        }
        return cohort
    }

    func addSession(to cohort: Cohort, day rawDay: String, startsAt rawStart: String, hours: String, topic rawTopic: String,
                    topicEs rawTopicEs: String = "", competencies: [String]) async throws {
        guard let day = Day(rawDay.trimmingCharacters(in: .whitespaces)) else { throw Failure.invalid(field: "day", .trainingDateInvalid) }
        guard (cohort.startDay...cohort.endDay).contains(day) else { throw Failure.hours(.outsideCohort) }
        let start = rawStart.trimmingCharacters(in: .whitespaces)
        let parts = start.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else { throw Failure.invalid(field: "starts_at", .trainingTimeInvalid) }
        guard let quarterHours = Hours.quarterHours(from: hours) else { throw Failure.hours(.notQuarterHours) }
        guard quarterHours > 0 else { throw Failure.hours(.notPositive) }
        guard quarterHours <= 12 * 4 else { throw Failure.hours(.overADay) }
        let topic = rawTopic.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !topic.isEmpty, topic.count <= 200 else { throw Failure.invalid(field: "topic", .fieldRequired) }
        let topicEs = rawTopicEs.trimmingCharacters(in: .whitespacesAndNewlines)
        guard topicEs.count <= 200 else { throw Failure.invalid(field: "topic_es", .textTooLong) }
        for (field, value) in [("topic", topic), ("topic_es", topicEs)] {
            if let found = PrivacyGuard.scan(value) { throw Failure.invalid(field: field, found.message) }
        }
        let session = TrainingSession()
        session.$cohort.id = cohort.id!
        session.day = day.description
        session.startsAt = String(format: "%02d:%02d", parts[0], parts[1])
        session.quarterHours = quarterHours
        session.topic = topic
        session.topicEs = topicEs.isEmpty ? nil : topicEs
        session.competencies = competencies.filter { Competencies.named($0) != nil }.joined(separator: ",")
        try await db.transaction { db in
            try await session.create(on: db)
            try await Audit.record(.trainingSession, entityType: .cohort, entityID: cohort.id!.uuidString,
                                   summary: "\(day) \(session.startsAt) \(Hours.text(quarterHours: quarterHours)) h: \(topic)", by: actor, on: db)
        }
    }

    func addTrainer(_ user: User, to cohort: Cohort) async throws {
        let roles = try await UserRole.query(on: db).filter(\.$user.$id == user.id!).all().map(\.role)
        guard roles.contains(Role.trainer.rawValue) else { throw Failure.invalid(field: "email", .trainingNotATrainer) }
        if try await CohortTrainer.query(on: db).filter(\.$cohort.$id == cohort.id!).filter(\.$user.$id == user.id!).first() != nil { return }
        try await db.transaction { db in
            try await CohortTrainer(cohortID: cohort.id!, userID: user.id!).create(on: db)
            try await Audit.record(.trainingTrainer, entityType: .cohort, entityID: cohort.id!.uuidString,
                                   summary: "\(user.email) trains \(cohort.name)", by: actor, on: db)
        }
    }
}
