// The people a segment names, each once (by address), with the language to write to them in.
// Resolved when the page shows the count and again when the message is sent, so the count
// staff confirm is the count of that moment.

import Fluent
import Foundation
import PuenteCore

struct SegmentRecipients {
    let db: any Database
    let config: AppConfig

    struct Recipient: Sendable, Equatable {
        let email: String
        let name: String
        let language: Language
    }

    struct Resolved: Sendable {
        var recipients: [Recipient] = []
        /// People in the segment with no email address (registry entries may have none).
        var withoutEmail = 0
    }

    /// Lookups go in chunks: a large registry filter must stay under SQLite's bound-parameter limit.
    private static let chunk = 500

    func resolve(_ segment: Segment) async throws -> Resolved {
        var resolved = Resolved()
        var seen = Set<String>()
        func add(_ email: String?, _ name: String, _ language: Language) {
            guard let email = email?.trimmingCharacters(in: .whitespaces).lowercased(), EmailAddress(email) != nil else {
                resolved.withoutEmail += 1
                return
            }
            if seen.insert(email).inserted { resolved.recipients.append(Recipient(email: email, name: name, language: language)) }
        }
        switch segment {
        case .registry(let filter):
            // Only the columns a recipient needs: a registry-wide segment may be large.
            let entries = try await RegistrySearch.query(filter, on: db).field(\.$id).field(\.$email).field(\.$givenName)
                .field(\.$familyName).field(\.$user.$id).all()
            let languages = try await entryLanguages(entries)
            for entry in entries { add(entry.email, entry.fullName, languages[entry.id!] ?? .en) }
        case .cohort(let id):
            let enrollments = try await Enrollment.query(on: db).filter(\.$cohort.$id == id)
                .filter(\.$status ~~ [.applied, .accepted, .waitlisted, .completed]).with(\.$user).all()
            for enrollment in enrollments.sorted(by: { $0.user.name < $1.user.name }) {
                add(enrollment.user.email, enrollment.user.name, enrollment.user.language)
            }
        case .event(let id):
            let registrations = try await EventRegistration.query(on: db).filter(\.$event.$id == id)
                .filter(\.$status ~~ [.confirmed, .waitlisted]).sort(\.$queueNumber).all()
            for registration in registrations {
                add(registration.email, registration.name, Language(rawValue: registration.languageCode) ?? .en)
            }
        case .representatives:
            let users = try await User.query(on: db).join(UserRole.self, on: \UserRole.$user.$id == \User.$id)
                .filter(UserRole.self, \.$role == Role.organizationRepresentative.rawValue).sort(\.$name).all()
            for user in users { add(user.email, user.name, user.language) }
        case .lapsing(let days):
            let lapses = try await EligibilityService(db: db, config: config, actor: .system).lapsing(within: days)
            for lapse in lapses { add(lapse.user.email, lapse.user.name, lapse.user.language) }
        }
        return resolved
    }

    /// A linked account's language; else Spanish for someone who lists Spanish and not English.
    private func entryLanguages(_ entries: [RegistryEntry]) async throws -> [UUID: Language] {
        var languages: [UUID: Language] = [:]
        let userIDs = entries.compactMap { $0.$user.id }
        for chunk in userIDs.chunked(into: Self.chunk) {
            let users = try await User.query(on: db).filter(\.$id ~~ Array(chunk)).all()
            let byUser = Dictionary(uniqueKeysWithValues: users.map { ($0.id!, $0.language) })
            for entry in entries { if let user = entry.$user.id, let language = byUser[user] { languages[entry.id!] = language } }
        }
        let unlinked = entries.filter { languages[$0.id!] == nil }.map { $0.id! }
        for chunk in unlinked.chunked(into: Self.chunk) {
            let spoken = try await RegistryEntryLanguage.query(on: db).filter(\.$entry.$id ~~ Array(chunk)).filter(\.$code ~~ ["en", "es"]).all()
            let codes = Dictionary(grouping: spoken, by: { $0.$entry.id }).mapValues { Set($0.map(\.code)) }
            for (entry, set) in codes where set == ["es"] { languages[entry] = .es }
        }
        return languages
    }

    /// What the segment is, in words, for the message's page and its audit line.
    func describe(_ segment: Segment, in language: Language) async throws -> String {
        let kind = segment.kind.label.text(language)
        switch segment {
        case .registry(let filter):
            var parts: [String] = []
            if !filter.search.isEmpty { parts.append("“\(filter.search)”") }
            if let status = filter.status { parts.append(status.label.text(language)) }
            if let county = filter.county { parts.append(config.counties.find(county)?.name ?? county) }
            if let code = filter.language { parts.append(SpokenLanguages.named(code)?.name(in: language) ?? code) }
            if let type = filter.type { parts.append(type.name(in: language)) }
            return parts.isEmpty ? kind : kind + ": " + parts.joined(separator: ", ")
        case .cohort(let id):
            let cohort = try await Cohort.find(id, on: db)
            return kind + ": " + (cohort.map { language == .es ? ($0.nameEs ?? $0.name) : $0.name } ?? "?")
        case .event(let id):
            return kind + ": " + ((try await Event.find(id, on: db))?.title ?? "?")
        case .representatives:
            return kind
        case .lapsing(let days):
            return L10n.segmentLapsingWithin.text(language, ["days": "\(days)"])
        }
    }

    /// Whether a cohort or event the segment names exists (the form offers only real ones).
    func check(_ segment: Segment) async throws {
        var errors = FormErrors()
        switch segment {
        case .cohort(let id): if try await Cohort.find(id, on: db) == nil { errors.add("cohort", .fieldRequired) }
        case .event(let id): if try await Event.find(id, on: db) == nil { errors.add("event", .fieldRequired) }
        default: break
        }
        guard errors.isEmpty else { throw ValidationFailure(errors: errors) }
    }
}
