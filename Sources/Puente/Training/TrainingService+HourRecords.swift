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
    var evidence: Evidence?

    struct Evidence: Sendable {
        let fileName: String
        let data: Data
    }

    init() {}

    init(form req: Request) {
        kind = req.formValue("kind")
        day = req.formValue("day").trimmingCharacters(in: .whitespaces)
        hours = req.formValue("hours")
        topic = req.formValue("topic").trimmingCharacters(in: .whitespacesAndNewlines)
        provider = req.formValue("provider").trimmingCharacters(in: .whitespacesAndNewlines)
        if let file = try? req.content.get(File.self, at: "evidence"), file.data.readableBytes > 0 {
            evidence = Evidence(fileName: file.filename, data: Data(file.data.readableBytesView))
        }
    }
}

extension TrainingService {
    func report(_ input: HourRecordInput, for user: User) async throws -> HourRecord {
        guard let kind = HourRecord.Kind(rawValue: input.kind) else { throw Failure.invalid(field: "kind", .fieldRequired) }
        guard let day = Day(input.day) else { throw Failure.invalid(field: "day", .trainingDateInvalid) }
        for (field, value) in [("topic", input.topic), ("provider", input.provider)] {
            if value.isEmpty { throw Failure.invalid(field: field, .fieldRequired) }
            if value.count > 200 { throw Failure.invalid(field: field, .textTooLong) }
            if let found = PrivacyGuard.scan(value) { throw Failure.invalid(field: field, found.message) }
        }
        let sameDay = try await HourRecord.query(on: db).filter(\.$user.$id == user.id!).filter(\.$day == day.description)
            .filter(\.$status != .returned).all().reduce(0) { $0 + $1.quarterHours }
        if let problem = HourLogRules.check(day: day, quarterHours: Hours.quarterHours(from: input.hours), today: today,
                                            allowed: nil, existingSameDay: sameDay) {
            throw Failure.hours(problem)
        }
        let evidenceType = try input.evidence.map { evidence -> String in
            guard let type = EvidenceFile.type(of: evidence.data) else { throw Failure.invalid(field: "evidence", .hoursEvidenceType) }
            return type
        }
        let record = HourRecord()
        record.$user.id = user.id!
        if let evidence = input.evidence, let evidenceType {
            record.evidenceFile = try EvidenceFile.store(evidence.data, type: evidenceType, config: config)
            record.evidenceName = String(evidence.fileName.suffix(120))
            record.evidenceType = evidenceType
        }
        record.kind = kind
        record.day = day.description
        record.quarterHours = Hours.quarterHours(from: input.hours)!
        record.topic = input.topic
        record.provider = input.provider
        record.status = .pending
        do {
            try await db.transaction { db in
                try await record.create(on: db)
                try await Audit.record(.hoursReport, entityType: .hourRecord, entityID: record.id!.uuidString,
                                       summary: "\(kind.rawValue) \(day): \(Hours.text(quarterHours: record.quarterHours)) h, \(record.topic)"
                                           + (record.evidenceFile == nil ? "" : " (with evidence)"), by: actor, on: db)
            }
        } catch {
            // Nothing is kept when the row is not: no orphaned files.
            if let file = record.evidenceFile { EvidenceFile.remove(file, config: config) }
            throw error
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
            try await Audit.record(approve ? .hoursApprove : .hoursReturn, entityType: .hourRecord, entityID: record.id!.uuidString,
                                   summary: "\(user.email) \(record.day) \(Hours.text(quarterHours: record.quarterHours)) h" + (comment.isEmpty ? "" : ": \(comment)"),
                                   by: actor, on: db)
            try await notify(user, approve ? .hoursEmailApprovedSubject : .hoursEmailReturnedSubject,
                             approve ? .hoursEmailApprovedBody : .hoursEmailReturnedBody,
                             ["day": record.day, "hours": Hours.text(quarterHours: record.quarterHours), "comment": comment], on: db)
        }
    }
}

/// Evidence files on disk: only PDF, PNG and JPEG (judged by their first bytes, not their name).
enum EvidenceFile {
    static func type(of data: Data) -> String? {
        if data.starts(with: Data("%PDF-".utf8)) { return "application/pdf" }
        if data.starts(with: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) { return "image/png" }
        if data.starts(with: Data([0xFF, 0xD8, 0xFF])) { return "image/jpeg" }
        return nil
    }

    static func folder(_ config: AppConfig) -> URL {
        URL(fileURLWithPath: config.dataDirectory).appendingPathComponent("evidence")
    }

    static func store(_ data: Data, type: String, config: AppConfig) throws -> String {
        let name = UUID().uuidString.lowercased() + (type == "application/pdf" ? ".pdf" : type == "image/png" ? ".png" : ".jpg")
        try FileManager.default.createDirectory(at: folder(config), withIntermediateDirectories: true)
        try data.write(to: folder(config).appendingPathComponent(name), options: .atomic)
        return name
    }

    static func read(_ name: String, config: AppConfig) throws -> Data {
        // Names are ours (uuid.ext); anything else never reaches the file system.
        guard name.range(of: #"^[0-9a-f-]{36}\.(pdf|png|jpg)$"#, options: .regularExpression) != nil else { throw Abort(.notFound) }
        return try Data(contentsOf: folder(config).appendingPathComponent(name))
    }

    static func remove(_ name: String, config: AppConfig) {
        try? FileManager.default.removeItem(at: folder(config).appendingPathComponent(name))
    }
}
