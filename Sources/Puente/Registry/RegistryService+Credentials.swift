// Staff record certificates issued elsewhere, and revoke any with a reason that verification shows.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct CredentialInput: Sendable {
    var number = ""
    var program = ""
    var issuer = ""
    var issuedOn = ""
    var expiresOn = ""

    init() {}

    init(form req: Request) {
        number = Verification.normalize(req.formValue("credential_number"))
        program = req.formValue("credential_program").trimmingCharacters(in: .whitespacesAndNewlines)
        issuer = req.formValue("credential_issuer").trimmingCharacters(in: .whitespacesAndNewlines)
        issuedOn = req.formValue("credential_issued_on").trimmingCharacters(in: .whitespaces)
        expiresOn = req.formValue("credential_expires_on").trimmingCharacters(in: .whitespaces)
    }

    func validate(dates: DateFormatting) -> FormErrors {
        var errors = FormErrors()
        for (field, value, limit) in [("credential_number", number, 64), ("credential_program", program, 200), ("credential_issuer", issuer, 200)] {
            if value.isEmpty { errors.add(field, .fieldRequired) } else if value.count > limit { errors.add(field, .textTooLong) }
            if PrivacyGuard.scan(value) != nil && field != "credential_number" { errors.add(field, .privacyRefusedSSN) }
        }
        if dates.startOfDay(issuedOn) == nil { errors.add("credential_issued_on", .credentialDateInvalid) }
        if !expiresOn.isEmpty {
            if dates.startOfDay(expiresOn) == nil { errors.add("credential_expires_on", .credentialDateInvalid) }
            else if expiresOn < issuedOn { errors.add("credential_expires_on", .credentialExpiresBeforeIssued) }
        }
        return errors
    }
}

extension RegistryService {
    enum CredentialFailure: Error { case invalid(FormErrors.Snapshot) }

    func recordCredential(_ input: CredentialInput, for entry: RegistryEntry) async throws -> Credential {
        var errors = input.validate(dates: config.dateFormatting)
        if errors.isEmpty, try await Credential.query(on: db).filter(\.$number == input.number).first() != nil {
            errors.add("credential_number", .credentialNumberTaken)
        }
        guard errors.isEmpty else { throw CredentialFailure.invalid(errors.snapshot) }
        let credential = Credential()
        credential.$entry.id = entry.id!
        credential.number = input.number
        credential.program = input.program
        credential.issuer = input.issuer
        credential.issuedOn = input.issuedOn
        credential.expiresOn = input.expiresOn.isEmpty ? nil : input.expiresOn
        do {
            try await db.transaction { db in
                try await credential.create(on: db)
                try await Audit.record(.credentialCreate, entityType: .credential, entityID: credential.number,
                                       summary: "\(credential.program) by \(credential.issuer) for \(entry.registryNumber)", by: actor, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            var taken = FormErrors()
            taken.add("credential_number", .credentialNumberTaken)
            throw CredentialFailure.invalid(taken.snapshot)
        }
        return credential
    }

    func revoke(_ credential: Credential, reason rawReason: String) async throws {
        let reason = rawReason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500, PrivacyGuard.scan(reason) == nil else { throw Failure.reasonRequired }
        guard credential.revokedAt == nil else { return }
        try await db.transaction { db in
            credential.revokedAt = Date()
            credential.revokedReason = reason
            try await credential.save(on: db)
            try await Audit.record(.credentialRevoke, entityType: .credential, entityID: credential.number,
                                   summary: reason, by: actor, on: db)
        }
    }
}
