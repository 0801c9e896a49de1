// Gathers each person's facts (certificates, approved hours) and evaluates the program's rule
// sets; lists people whose eligibility lapses soon and emails them through the outbox.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct EligibilityService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor
    var ruleSets: [EligibilityRuleSet] { EligibilityRuleSet.shipped }
    var today: Day { Day(Date(), in: config.timeZone) }

    /// Facts for every person named, in two queries.
    func facts(for userIDs: [UUID]) async throws -> [UUID: EligibilityFacts] {
        var facts = Dictionary(uniqueKeysWithValues: userIDs.map { ($0, EligibilityFacts()) })
        guard !userIDs.isEmpty else { return facts }
        let entries = try await RegistryEntry.query(on: db).filter(\.$user.$id ~~ userIDs).all()
        let userByEntry = Dictionary(uniqueKeysWithValues: entries.compactMap { entry in entry.$user.id.map { (entry.id!, $0) } })
        let credentials = try await Credential.query(on: db).filter(\.$entry.$id ~~ Array(userByEntry.keys)).all()
        for credential in credentials where credential.revokedAt == nil {
            guard let user = userByEntry[credential.$entry.id], let day = Day(credential.issuedOn) else { continue }
            if let expires = credential.expiresOn.flatMap(Day.init), expires < today { continue }
            // External certificates recorded by staff are taken as the core certificate.
            let kind = credential.programKind ?? TrainingProgram.Kind.core.rawValue
            facts[user]?.completions.append(.init(kind: kind, day: day))
            // A completed Puente continuing-education program counts as its hours, automatically.
            if kind == TrainingProgram.Kind.continuingEducation.rawValue, let q = credential.quarterHours {
                facts[user]?.continuingEducation.append(.init(day: day, quarterHours: q))
            }
        }
        let records = try await HourRecord.query(on: db).filter(\.$user.$id ~~ userIDs).filter(\.$status == .approved).all()
        for record in records {
            guard let day = Day(record.day) else { continue }
            switch record.kind {
            case .continuingEducation: facts[record.$user.id]?.continuingEducation.append(.init(day: day,
                                                                                                quarterHours: record.quarterHours))
            case .workExperience: facts[record.$user.id]?.workHours.append(.init(day: day, quarterHours: record.quarterHours))
            }
        }
        return facts
    }

    func evaluate(_ userID: UUID) async throws -> [(EligibilityRuleSet, EligibilityResult)] {
        let facts = try await facts(for: [userID])[userID] ?? EligibilityFacts()
        return ruleSets.map { ($0, $0.evaluate(facts, today: today)) }
    }

    struct Lapse: Sendable {
        let user: User
        let ruleSet: EligibilityRuleSet
        let result: EligibilityResult
    }

    /// Everyone eligible today under some rule set whose eligibility ends within `days`.
    func lapsing(within days: Int = 60) async throws -> [Lapse] {
        let holders = try await RegistryEntry.query(on: db).filter(\.$user.$id != nil)
            .join(Credential.self, on: \Credential.$entry.$id == \RegistryEntry.$id).all()
        var userIDs = Set(holders.compactMap { $0.$user.id })
        userIDs.formUnion(try await HourRecord.query(on: db).filter(\.$status == .approved).all().map { $0.$user.id })
        let facts = try await facts(for: Array(userIDs))
        let users = try await User.query(on: db).filter(\.$id ~~ Array(userIDs)).sort(\.$name).all()
        var lapses = [Lapse]()
        for user in users {
            guard let personal = facts[user.id!] else { continue }
            for ruleSet in ruleSets {
                let result = ruleSet.evaluate(personal, today: today)
                if result.lapses(within: days, of: today) { lapses.append(.init(user: user, ruleSet: ruleSet, result: result)) }
            }
        }
        return lapses
    }

    /// One email per person and rule set, written in their language, in one transaction.
    func remind(_ lapses: [Lapse]) async throws {
        guard !lapses.isEmpty else { return }
        let service = TrainingService(db: db, config: config, actor: actor)
        try await db.transaction { db in
            for lapse in lapses {
                let language = lapse.user.language
                try await service.notify(lapse.user, .eligibilityEmailSubject, .eligibilityEmailBody,
                                         ["rule": lapse.ruleSet.name.text(in: language),
                                          "date": lapse.result.eligibleUntil?.description ?? ""], on: db)
            }
            try await Audit.record(.eligibilityRemind, entityType: .eligibility, entityID: nil,
                                   summary: "reminded \(lapses.count) people whose eligibility lapses within 60 days", by: actor, on: db)
        }
    }
}

extension Request {
    var eligibility: EligibilityService { EligibilityService(db: db, config: config, actor: auditActor) }
}
