// EventService: a member's private calendar address.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension EventService {
    /// Makes the private feed address, or replaces it (the old one stops working); audited.
    func replaceFeed(for user: User) async throws {
        try await db.transaction { db in
            let feed = try await EventFeed.query(on: db).filter(\.$user.$id == user.id!).first() ?? EventFeed()
            let replacing = feed.id != nil
            feed.$user.id = user.id!
            feed.token = Secret.make()
            try await feed.save(on: db)
            try await Audit.record(replacing ? .eventFeedReplace : .eventFeedCreate, entityType: .user, entityID: user.id!.uuidString,
                                   summary: "private event calendar address", by: actor, on: db)
        }
    }
}
