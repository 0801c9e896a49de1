// Lists for tests, made through the API as staff would make them.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

extension Application {
    /// A list made by a new staff member through `POST /api/v1/lists`; returns the staff token.
    @discardableResult
    func makeList(_ slug: String, kind: String = "announcement", visibility: String = "public", policy: String = "open",
                  staffToken: String? = nil) async throws -> String {
        let token: String
        if let staffToken { token = staffToken } else { token = try await bearerToken(roles: [.staff]) }
        let response = try await api(.POST, "/api/v1/lists", token: token, json: """
            {"slug":"\(slug)","name":"List \(slug)","nameEs":"Lista \(slug)","kind":"\(kind)","visibility":"\(visibility)","policy":"\(policy)"}
            """)
        #expect(response.status == .created, "\(response.body.string)")
        return token
    }

    func subscription(_ email: String, on slug: String) async throws -> ListSubscription? {
        guard let list = try await MailingList.query(on: db).withDeleted().filter(\.$slug == slug).first() else { return nil }
        return try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).filter(\.$email == email).first()
    }

    func consentActions(_ email: String) async throws -> [String] {
        try await ConsentRecord.query(on: db).filter(\.$email == email).sort(\.$occurredAt).all().map(\.action.rawValue)
    }

    /// The outbox messages to `email`, read as a mail client would.
    func mail(to email: String) async throws -> [ReceivedMail] {
        try await OutboxMessage.query(on: db).filter(\.$recipient == email).sort(\.$createdAt).all().map { ReceivedMail($0.raw) }
    }
}
