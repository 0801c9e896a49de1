// EventService: recordings, slides and links shown on a past event's page.

import Fluent
import Foundation
import PuenteCore
import Vapor

extension EventService {
    /// Adds a recording, slides or a link; only https addresses are taken. Audited.
    func addMaterial(to event: Event, kind rawKind: String, title rawTitle: String, titleEs rawTitleEs: String = "",
                     url rawURL: String) async throws {
        let title = rawTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        let titleEs = rawTitleEs.trimmingCharacters(in: .whitespacesAndNewlines)
        let url = rawURL.trimmingCharacters(in: .whitespaces)
        var errors = FormErrors()
        let kind = EventMaterial.Kind(rawValue: rawKind)
        if kind == nil { errors.add("materialKind", .eventQuestionsInvalid) }
        if title.isEmpty { errors.add("materialTitle", .fieldRequired) } else if title.count > 200 { errors.add("materialTitle", .textTooLong) }
        if let found = PrivacyGuard.scan(title) { errors.add("materialTitle", found.message) }
        if titleEs.count > 200 { errors.add("materialTitleEs", .textTooLong) }
        if let found = PrivacyGuard.scan(titleEs) { errors.add("materialTitleEs", found.message) }
        if !(url.hasPrefix("https://") && URL(string: url)?.host != nil && url.count <= 2000) { errors.add("materialURL", .trainingLinkInvalid) }
        guard errors.isEmpty, let kind else { throw ValidationFailure(errors: errors) }
        try await db.transaction { db in
            let material = EventMaterial()
            material.$event.id = event.id!
            material.kind = kind
            material.title = title
            material.titleEs = titleEs.isEmpty ? nil : titleEs
            material.url = url
            try await material.create(on: db)
            try await Audit.record(.eventMaterialAdd, entityType: .event, entityID: event.id!.uuidString,
                                   summary: "\(kind.rawValue): \(title)", by: actor, on: db)
        }
    }

    /// Removes one of the event's materials; a material of another event is not found.
    func removeMaterial(_ id: UUID, from event: Event) async throws {
        guard let material = try await EventMaterial.query(on: db).filter(\.$id == id).filter(\.$event.$id == event.id!).first()
        else { throw Abort(.notFound) }
        try await db.transaction { db in
            try await material.delete(on: db)
            try await Audit.record(.eventMaterialRemove, entityType: .event, entityID: event.id!.uuidString,
                                   summary: material.title, by: actor, on: db)
        }
    }
}
