// Subscribers from a spreadsheet: columns `email`, `name`, `language` and an optional `consent`.
// The form's consent basis ("signed paper form, 2026 summit") is recorded for every row. A dry
// run reports each row; the real run writes every row or none. An address that unsubscribed is
// never put back unless its own row records new consent.

import Fluent
import Foundation
import PuenteCore

struct ListImport {
    let db: any Database
    let actor: AuditActor

    static let maxRows = 50_000

    struct Problem: Equatable {
        let line: Int
        let message: L10n
    }

    struct Report {
        var rows = 0
        var added = 0
        var updated = 0
        var unchanged = 0
        var skippedUnsubscribed = 0
        var problems: [Problem] = []
        var committed = false
        var isClean: Bool { problems.isEmpty }
    }

    private struct Row {
        let line: Int
        let email: String
        let name: String
        let language: Language
        let consent: String
    }

    func run(_ list: MailingList, csv: Data, basis rawBasis: String, commit: Bool, by user: User) async throws -> Report {
        var report = Report()
        let basis = rawBasis.trimmingCharacters(in: .whitespacesAndNewlines)
        if basis.isEmpty || basis.count > 200 { report.problems.append(Problem(line: 0, message: .listImportBasisRequired)) }
        let records: [CSVRecord]
        do { records = try CSVTable.parse(csv) } catch {
            report.problems.append(Problem(line: 0, message: .listImportNotCSV))
            return report
        }
        guard let header = records.first else {
            report.problems.append(Problem(line: 0, message: .listImportEmpty))
            return report
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let emailColumn = columns.firstIndex(of: "email") else {
            report.problems.append(Problem(line: header.line, message: .listImportNoEmailColumn))
            return report
        }
        let nameColumn = columns.firstIndex(of: "name"), languageColumn = columns.firstIndex(of: "language")
        let consentColumn = columns.firstIndex(of: "consent")
        guard records.count - 1 <= Self.maxRows else {
            report.problems.append(Problem(line: 0, message: .listImportTooMany))
            return report
        }

        var rows: [Row] = []
        var seen = Set<String>()
        for record in records.dropFirst() {
            func field(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            report.rows += 1
            guard let address = EmailAddress(field(emailColumn)) else {
                report.problems.append(Problem(line: record.line, message: .emailInvalid))
                continue
            }
            guard seen.insert(address.value).inserted else {
                report.problems.append(Problem(line: record.line, message: .listImportDuplicate))
                continue
            }
            let name = field(nameColumn)
            if name.count > 120 || ControlCharacters.present(in: name) {
                report.problems.append(Problem(line: record.line, message: .nameTooLong))
                continue
            }
            let languageText = field(languageColumn).lowercased()
            guard let language = languageText.isEmpty ? Language.en : Language(rawValue: languageText) else {
                report.problems.append(Problem(line: record.line, message: .eventLanguageInvalid))
                continue
            }
            rows.append(Row(line: record.line, email: address.value, name: name, language: language, consent: String(field(consentColumn).prefix(200))))
        }

        let existing = try await ListSubscription.query(on: db).filter(\.$list.$id == list.id!).all()
        let byEmail = Dictionary(existing.map { ($0.email, $0) }, uniquingKeysWith: { first, _ in first })
        var toWrite: [(Row, ListSubscription?)] = []
        for row in rows {
            let current = byEmail[row.email]
            switch current?.status {
            case .confirmed?: report.unchanged += 1
            case .unsubscribed? where row.consent.isEmpty: report.skippedUnsubscribed += 1
            case nil: report.added += 1; toWrite.append((row, nil))
            default: report.updated += 1; toWrite.append((row, current))
            }
        }
        guard commit, report.isClean else { return report }

        let writes = toWrite, summary = "\(report.added) added, \(report.updated) updated on \(list.slug)"
        try await db.transaction { db in
            for (row, current) in writes {
                let consent = row.consent.isEmpty ? basis : "\(basis); \(row.consent)"
                let subscription = current ?? ListSubscription(listID: list.id!, email: row.email, name: row.name, language: row.language,
                                                               userID: nil, status: .confirmed, consentBasis: consent)
                if !row.name.isEmpty { subscription.name = row.name }
                subscription.language = row.language.rawValue
                subscription.status = .confirmed
                subscription.consentBasis = "imported: " + consent
                subscription.confirmTokenHash = nil
                try await subscription.save(on: db)
                try await ListService.ensurePreference(for: row.email, on: db)
                try await ConsentRecord(list: list, email: row.email, action: .import, method: "imported: " + consent, actorID: user.id, ip: actor.ip).create(on: db)
            }
            try await Audit.record(.listImport, entityType: .mailingList, entityID: list.id!.uuidString,
                                   summary: summary, by: actor, on: db)
        }
        report.committed = true
        return report
    }
}
