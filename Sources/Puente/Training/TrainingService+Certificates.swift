// Certificates of completion: issued once per completion, recorded as a registry credential
// (the registry is the record of authority), revocable, reissued after a name change.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension TrainingService {
    /// Issues the certificate for a completed enrollment. Refuses when requirements are not met,
    /// and refuses a second certificate for the same completion.
    @discardableResult
    func issueCertificate(_ enrollment: Enrollment) async throws -> Credential {
        guard enrollment.status == .accepted || enrollment.status == .completed else { throw Failure.notActive }
        if try await Credential.query(on: db).filter(\.$enrollmentID == enrollment.id!).first() != nil { throw Failure.alreadyCertified }
        let progress = try await self.progress(enrollment)
        guard progress.isComplete else { throw Failure.requirementsNotMet }
        let cohort = try await enrollment.$cohort.get(on: db)
        let program = try await cohort.$program.get(on: db)
        let user = try await enrollment.$user.get(on: db)

        let credential = Credential()
        credential.number = ReadableCode.random(prefix: Credential.numberPrefix, groups: 3).value
        credential.program = program.nameEN
        credential.issuer = program.issuer.isEmpty ? config.programName : program.issuer
        credential.issuedOn = today.description
        credential.expiresOn = program.certificateValidMonths.map { today.adding(months: $0).description }
        credential.holderName = user.name
        credential.enrollmentID = enrollment.id
        credential.quarterHours = progress.classroomQuarterHours + progress.practicumQuarterHours
        credential.programKind = program.kind.rawValue
        do {
            try await db.transaction { db in
                let entry = try await registryEntry(for: user, on: db)
                credential.$entry.id = entry.id!
                try await credential.create(on: db)
                enrollment.status = .completed
                try await enrollment.save(on: db)
                try await Audit.record(.certificateIssue, entityType: .credential, entityID: credential.number,
                                       summary: "\(program.nameEN) for \(user.email) (\(entry.registryNumber)), \(Hours.text(quarterHours: credential.quarterHours!)) h",
                                       by: actor, on: db)
                try await notify(user, .certificateEmailSubject, .certificateEmailBody,
                                 ["course": program.name(user.language), "number": credential.number], on: db,
                                 link: .certificatePDF(.value(credential.number)))
                // The registry follows training: a core certificate meets its training requirement.
                // Under `approve` a waiting application becomes active; under `review` it stays in
                // staff's queue, where the entry's page says the requirement is met.
                if program.kind == .core, config.registryOnCompletion == .approve, [.applied, .changesRequested].contains(entry.status) {
                    try await RegistryService(db: db, config: config, actor: actor)
                        .changeStatus(entry, to: .active, reason: "Completed \(program.nameEN) (certificate \(credential.number)).")
                }
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Failure.alreadyCertified
        }
        return credential
    }

    /// Programs set to complete automatically issue as soon as the last requirement is met.
    func completeIfAutomatic(_ enrollment: Enrollment) async throws {
        let program = try await enrollment.$cohort.get(on: db).$program.get(on: db)
        guard program.autoComplete, enrollment.status == .accepted else { return }
        do { try await issueCertificate(enrollment) } catch Failure.requirementsNotMet {} catch Failure.alreadyCertified {}
    }

    /// After a name change: the same number, the new name and date; the old wording is kept.
    func reissue(_ credential: Credential, holder rawName: String, reason rawReason: String) async throws {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard credential.isIssuedByPuente, credential.revokedAt == nil else { throw Failure.notActive }
        guard !name.isEmpty, name.count <= 120 else { throw Failure.invalid(field: "holder", .fieldRequired) }
        if let found = PrivacyGuard.scan(name) { throw Failure.invalid(field: "holder", found.message) }
        guard !reason.isEmpty, reason.count <= 500, PrivacyGuard.scan(reason) == nil else { throw Failure.reasonRequired }
        try await db.transaction { db in
            let revision = CredentialRevision()
            revision.$credential.id = credential.id!
            revision.holderName = credential.holderName ?? ""
            revision.issuedOn = credential.issuedOn
            revision.reason = reason
            revision.recordedAt = Date()
            try await revision.create(on: db)
            credential.holderName = name
            credential.issuedOn = today.description
            try await credential.save(on: db)
            try await Audit.record(.certificateReissue, entityType: .credential, entityID: credential.number,
                                   summary: "\(revision.holderName) → \(name): \(reason)", by: actor, on: db)
        }
    }

    /// The person's registry entry; a trainee who never applied gets one (applied, unlisted), so
    /// the certificate lands in the registry and staff can review the entry as usual.
    private func registryEntry(for user: User, on db: any Database) async throws -> RegistryEntry {
        if let entry = try await RegistryEntry.query(on: db).filter(\.$user.$id == user.id!).first() { return entry }
        let entry = RegistryEntry.blank(number: ReadableCode.random(prefix: RegistryEntry.numberPrefix, groups: 2).value, status: .applied)
        let parts = user.name.split(separator: " ", maxSplits: 1).map(String.init)
        entry.givenName = parts.first ?? user.name
        entry.familyName = parts.count > 1 ? parts[1] : ""
        entry.email = user.email
        entry.$user.id = user.id
        try await entry.create(on: db)
        let change = RegistryStatusChange()
        change.$entry.id = entry.id!
        change.toStatus = entry.status.rawValue
        change.reason = nil
        change.actorEmail = actor.email
        change.changedAt = Date()
        try await change.create(on: db)
        try await Audit.record(.registryCreate, entityType: .registryEntry, entityID: entry.registryNumber,
                               summary: "applied entry for \(entry.fullName), from a training certificate", by: actor, on: db)
        return entry
    }
}

extension Credential {
    /// The verification page this certificate's QR code opens.
    func verifyURL(_ config: AppConfig) -> String { SiteURL.verifyNumber(.value(number)).absolute(config) }

    func pdf(_ config: AppConfig) throws -> Data {
        let hours = quarterHours.map { "\(Hours.text(quarterHours: $0)) hours · horas" } ?? ""
        return try CertificatePDF.render(.init(number: number, holder: holderName ?? "", program: program, hoursLine: hours,
                                               issuedOn: issuedOn, issuer: issuer, verifyURL: verifyURL(config)))
    }
}
