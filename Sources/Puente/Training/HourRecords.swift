// Continuing-education and work-experience hours a member reports and staff approve.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct HourRecordInput: Sendable {
    var kind = HourRecord.Kind.continuingEducation.rawValue
    var day = ""
    var hours = ""
    var topic = ""
    var provider = ""

    init() {}

    init(form req: Request) {
        kind = req.formValue("kind")
        day = req.formValue("day").trimmingCharacters(in: .whitespaces)
        hours = req.formValue("hours")
        topic = req.formValue("topic").trimmingCharacters(in: .whitespacesAndNewlines)
        provider = req.formValue("provider").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension TrainingService {
    func report(_ input: HourRecordInput, for user: User) async throws -> HourRecord {
        guard let kind = HourRecord.Kind(rawValue: input.kind) else { throw Failure.invalid(field: "kind", .fieldRequired) }
        guard let day = Day(input.day) else { throw Failure.invalid(field: "day", .trainingDateInvalid) }
        for (field, value) in [("topic", input.topic), ("provider", input.provider)] {
            if value.isEmpty { throw Failure.invalid(field: field, .fieldRequired) }
            if value.count > 200 { throw Failure.invalid(field: field, .registryTooLong) }
            if let found = PrivacyGuard.scan(value) { throw Failure.invalid(field: field, found.message) }
        }
        let sameDay = try await HourRecord.query(on: db).filter(\.$user.$id == user.id!).filter(\.$day == day.description)
            .filter(\.$status != .returned).all().reduce(0) { $0 + $1.quarterHours }
        if let problem = HourLogRules.check(day: day, quarterHours: Hours.quarterHours(from: input.hours), today: today,
                                            allowed: nil, existingSameDay: sameDay) {
            throw Failure.hours(problem)
        }
        let record = HourRecord()
        record.$user.id = user.id!
        record.kind = kind
        record.day = day.description
        record.quarterHours = Hours.quarterHours(from: input.hours)!
        record.topic = input.topic
        record.provider = input.provider
        record.status = .pending
        try await db.transaction { db in
            try await record.create(on: db)
            try await Audit.record("hours.report", entityType: "hour_record", entityID: record.id!.uuidString,
                                   summary: "\(kind.rawValue) \(day): \(Hours.text(quarterHours: record.quarterHours)) h, \(record.topic)", by: actor, on: db)
        }
        return record
    }

    func decide(_ record: HourRecord, approve: Bool, comment rawComment: String) async throws {
        guard record.status == .pending else { throw Failure.alreadyDecided }
        let comment = rawComment.trimmingCharacters(in: .whitespacesAndNewlines)
        if !approve && comment.isEmpty { throw Failure.reasonRequired }
        guard comment.count <= 1000, PrivacyGuard.scan(comment) == nil else { throw Failure.reasonRequired }
        let user = try await record.$user.get(on: db)
        try await db.transaction { db in
            record.status = approve ? .approved : .returned
            record.comment = comment.isEmpty ? nil : comment
            record.decidedBy = actor.email
            try await record.save(on: db)
            try await Audit.record(approve ? "hours.approve" : "hours.return", entityType: "hour_record", entityID: record.id!.uuidString,
                                   summary: "\(user.email) \(record.day) \(Hours.text(quarterHours: record.quarterHours)) h" + (comment.isEmpty ? "" : ": \(comment)"),
                                   by: actor, on: db)
            try await notify(user, approve ? .hoursEmailApprovedSubject : .hoursEmailReturnedSubject,
                             approve ? .hoursEmailApprovedBody : .hoursEmailReturnedBody,
                             ["day": record.day, "hours": Hours.text(quarterHours: record.quarterHours), "comment": comment], on: db)
        }
    }
}
