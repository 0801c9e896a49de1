// Putting someone on a list because of something else they did, with the consent it carries:
// joining the coalition with the listserv box ticked, or taking a seat in a group with its own
// list. Adds a person once and never again after they left: an unsubscribe outlives any seat.

import Fluent
import Foundation
import PuenteCore

enum ListEnrollment {
    enum Outcome: Equatable { case added, alreadyOn, leftBefore }

    /// Adds `email` to `list` as confirmed unless a row exists. `basis` is what consent says
    /// ("coalition membership"), kept on the subscription and in a consent record. Call inside
    /// the transaction that makes the membership or seat.
    @discardableResult
    static func enroll(_ list: MailingList, email rawEmail: String, name: String, language: Language, userID: UUID?, basis: String,
                       actorID: UUID?, on db: any Database) async throws -> Outcome {
        let email = rawEmail.lowercased()
        if let existing = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == email).first() {
            switch existing.status {
            case .unsubscribed: return .leftBefore
            case .confirmed, .awaitingApproval: return .alreadyOn
            case .pending:
                existing.status = .confirmed
                existing.consentBasis = basis
                existing.confirmTokenHash = nil
                try await existing.save(on: db)
            }
        } else {
            try await ListSubscription(listID: list.id!, email: email, name: name, language: language, userID: userID, status: .confirmed,
                                       consentBasis: basis).create(on: db)
        }
        _ = try await ListService.ensurePreference(for: email, on: db)
        try await ConsentRecord(list: list, email: email, action: .subscribe, method: basis, actorID: actorID).create(on: db)
        return .added
    }
}
