// CSV import: a dry run reports every problem by line and column; a commit writes every row
// or none. The file waits in `registry_imports` between the two, so staff upload it once.

import Fluent
import Foundation
import PuenteCore
import Vapor

/// The columns an import understands, with the header spellings people use.
enum ImportColumn: String, CaseIterable, Sendable {
    case registryNumber = "registry_number", givenName = "given_name", familyName = "family_name", email, phone
    case workerType = "worker_type", otherTitle = "other_title", preferredContact = "preferred_contact"
    case languages, counties, communities, organizations, employer, status, notes
    case listed, showWorkerType = "show_worker_type", showLanguages = "show_languages", showCounties = "show_counties"
    case showCommunities = "show_communities", showOrganizations = "show_organizations", showContact = "show_contact"
    /// The organizations a person names may see their standing (issue 22): a consent, recorded
    /// on paper before the registry moved here, that a new entry may carry.
    case sharesStanding = "shares_standing"

    static func match(_ header: String) -> ImportColumn? {
        let key = header.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let column = ImportColumn(rawValue: key) { return column }
        return switch key {
        case "first_name", "firstname", "given", "nombre": .givenName
        case "last_name", "lastname", "surname", "family", "apellido": .familyName
        case "language", "idiomas", "idioma": .languages
        case "county", "condado", "condados": .counties
        case "community": .communities
        case "organization", "organizaciones", "organización", "organizacion": .organizations
        case "employed_by", "empleador": .employer
        case "type", "title": .workerType
        case "e_mail", "correo": .email
        case "telephone", "phone_number", "teléfono", "telefono": .phone
        default: nil
        }
    }
}

struct ImportReport: Sendable {
    struct Problem: Sendable, Equatable {
        let line: Int
        let column: String?
        let message: String
    }

    var fileName = ""
    var mapping: [(header: String, column: ImportColumn?)] = []
    var rowCount = 0
    var problems: [Problem] = []
    var isCommittable: Bool { problems.isEmpty && rowCount > 0 }
}

struct RegistryImport {
    var db: any Database
    let config: AppConfig
    let language: Language
    /// Uploads through the browser are capped; the command line may import a whole registry.
    var maximumRows = 20_000
    /// Rows parsed and written together when saving: memory stays flat however long the file is.
    var rowsPerBatch = 5000

    struct Row: Sendable {
        let line: Int
        let input: RegistryEntryInput
        let status: RegistryEntry.Status
        let registryNumber: String?
    }

    /// Reads and checks everything without writing. Returns the rows ready to save when there
    /// are no problems (uploads, which are small).
    func check(_ data: Data, fileName: String) async throws -> (ImportReport, [Row]) {
        var rows: [Row] = []
        let report = try await check(.bytes(data), fileName: fileName) { rows.append($0) }
        return (report, report.problems.isEmpty ? rows : [])
    }

    /// Reads the file a record at a time and checks every row without keeping it, unless `keep`
    /// does: a million-row file costs the memory of its problems and registry numbers only.
    func check(_ source: CSVSource, fileName: String, keep: (Row) -> Void = { _ in }) async throws -> ImportReport {
        var report = ImportReport()
        report.fileName = fileName
        do {
            var reader = try CSVReader(source)
            guard let header = try reader.next() else {
                report.problems.append(.init(line: 1, column: nil, message: L10n.importEmpty.text(language)))
                return report
            }
            report.mapping = header.fields.map { ($0, ImportColumn.match($0)) }
            let columns = report.mapping.map(\.column)
            for required in [ImportColumn.givenName, .familyName, .languages, .counties] where !columns.contains(required) {
                report.problems.append(.init(line: 1, column: required.rawValue, message: L10n.importMissingColumn.text(language)))
            }
            guard report.problems.isEmpty else { return report }
            let organizations = try await knownOrganizations(for: columns)
            var numbersInFile: [String: Int] = [:]
            while let record = try reader.next() {
                report.rowCount += 1
                guard report.rowCount <= maximumRows else { continue } // counted, not read: the report refuses them all
                guard record.fields.count == header.fields.count else {
                    report.problems.append(.init(line: record.line, column: nil, message: L10n.importColumnCount.text(
                        language, ["expected": "\(header.fields.count)", "found": "\(record.fields.count)"])))
                    continue
                }
                let (row, problems) = parseRow(record, columns: columns, organizations: organizations)
                report.problems += problems
                if let number = row?.registryNumber {
                    if let earlier = numbersInFile[number] {
                        report.problems.append(.init(line: record.line, column: ImportColumn.registryNumber.rawValue,
                                                     message: L10n.importDuplicateNumber.text(language, ["line": "\(earlier)"])))
                    }
                    numbersInFile[number] = record.line
                }
                if let row, report.problems.isEmpty { keep(row) }
            }
            if report.rowCount > maximumRows {
                report.problems = [.init(line: 1, column: nil, message: L10n.importTooManyRows.text(language, ["max": "\(maximumRows)"]))]
                return report
            }
            // Numbers already in the registry, checked in one query per thousand.
            let wanted = Array(numbersInFile.keys)
            for chunk in stride(from: 0, to: wanted.count, by: 1000).map({ Array(wanted[$0..<min($0 + 1000, wanted.count)]) }) {
                for existing in try await RegistryEntry.query(on: db).filter(\.$registryNumber ~~ chunk).all() {
                    report.problems.append(.init(line: numbersInFile[existing.registryNumber] ?? 0,
                                                 column: ImportColumn.registryNumber.rawValue,
                                                 message: L10n.importNumberTaken.text(language)))
                }
            }
        } catch let problem as CSVProblem {
            report.problems = [Self.describe(problem, language)]
            return report
        }
        report.problems.sort { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
        return report
    }

    /// Organizations are named in the file; they must already be on the program's list.
    private func knownOrganizations(for columns: [ImportColumn?]) async throws -> [String: Organization] {
        guard columns.contains(.organizations) || columns.contains(.employer) else { return [:] }
        return Dictionary(try await Organization.query(on: db).filter(\.$active == true).all().map { (TextFolding.fold($0.name), $0) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// A registry number as typed in a file (any case, with or without dashes), or nil.
    private static func registryNumber(_ typed: String) -> String? {
        ReadableCode(typed: typed, prefix: RegistryEntry.numberPrefix, groups: 2)?.value
    }

    private func parseRow(_ record: CSVRecord, columns: [ImportColumn?],
                          organizations known: [String: Organization]) -> (Row?, [ImportReport.Problem]) {
        var input = RegistryEntryInput()
        var problems: [ImportReport.Problem] = []
        var status = RegistryEntry.Status.active
        var number: String?
        func problem(_ column: ImportColumn, _ message: L10n, _ values: [String: String] = [:]) {
            problems.append(.init(line: record.line, column: column.rawValue, message: message.text(language, values)))
        }
        func list(_ value: String) -> [String] {
            value.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func flag(_ column: ImportColumn, _ value: String) -> Bool {
            switch value.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "y", "true", "1", "sí", "si": return true
            case "no", "n", "false", "0", "": return false
            default: problem(column, .importNotYesNo); return false
            }
        }
        for (column, value) in zip(columns, record.fields) {
            guard let column else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch column {
            case .registryNumber:
                if trimmed.isEmpty { break }
                if let parsed = Self.registryNumber(trimmed) { number = parsed } else { problem(column, .importBadNumber) }
            case .givenName: input.givenName = trimmed
            case .familyName: input.familyName = trimmed
            case .email: input.email = trimmed
            case .phone: input.phone = trimmed
            case .workerType: input.workerType = trimmed.isEmpty ? WorkerType.chw.rawValue : trimmed.lowercased()
            case .otherTitle: input.otherTitle = trimmed
            case .preferredContact: input.preferredContact = trimmed.isEmpty ? "email" : trimmed.lowercased()
            case .notes: input.notes = trimmed
            case .languages: input.languages = list(trimmed).map { $0.lowercased() }
            case .communities: input.communities = list(trimmed).map { $0.lowercased() }
            case .organizations:
                let named = list(trimmed)
                let found = named.compactMap { known[TextFolding.fold($0)]?.id }
                if found.count < named.count { problem(column, .importUnknownOrganization) }
                input.organizations = Array(Set(found))
            case .employer:
                if trimmed.isEmpty { break }
                if let found = known[TextFolding.fold(trimmed)]?.id { input.employer = found } else { problem(column, .importUnknownOrganization) }
            case .counties:
                input.counties = list(trimmed).map { config.counties.find($0)?.fips ?? "?\($0)" }
            case .status:
                if trimmed.isEmpty { break }
                if let parsed = RegistryEntry.Status(rawValue: trimmed.lowercased()) { status = parsed } else { problem(column, .importBadStatus) }
            case .listed: input.listed = flag(column, trimmed)
            case .showWorkerType: input.showWorkerType = flag(column, trimmed)
            case .showLanguages: input.showLanguages = flag(column, trimmed)
            case .showCounties: input.showCounties = flag(column, trimmed)
            case .showCommunities: input.showCommunities = flag(column, trimmed)
            case .showOrganizations: input.showOrganizations = flag(column, trimmed)
            case .showContact: input.showContact = flag(column, trimmed)
            case .sharesStanding: input.sharesStanding = flag(column, trimmed)
            }
        }
        if let employer = input.employer, !(input.organizations ?? []).contains(employer) {
            input.organizations = (input.organizations ?? []) + [employer] // naming an employer lists it
        }
        let errors = input.validate(counties: config.counties, communities: config.communities)
        for (field, message) in errors.messagesByField.sorted(by: { $0.key < $1.key }) {
            problems.append(.init(line: record.line, column: field, message: message.text(language)))
        }
        return (problems.isEmpty ? Row(line: record.line, input: input, status: status, registryNumber: number) : nil, problems)
    }

    /// Above this many rows the import writes with multi-row INSERTs instead of one entry at a time.
    static let bulkThreshold = 200

    /// The same import inside a transaction.
    private func on(_ tx: any Database) -> RegistryImport {
        var copy = self
        copy.db = tx
        return copy
    }

    /// Writes every row in one transaction; any failure leaves the registry as it was.
    func commit(_ rows: [Row], fileName: String, actor: AuditActor) async throws {
        let given = Set(rows.compactMap(\.registryNumber))
        try await db.transaction { tx in
            let importer = on(tx)
            if rows.count < Self.bulkThreshold {
                try await importer.saveOneByOne(rows, actor: actor)
            } else {
                for start in stride(from: 0, to: rows.count, by: rowsPerBatch) {
                    try await importer.saveInBulk(rows[start..<min(start + rowsPerBatch, rows.count)], excluding: given, actor: actor)
                }
            }
            try await importer.auditImport(rows.count, fileName: fileName, actor: actor)
        }
    }

    /// Saves a checked file, reading it again a batch at a time, in one transaction: any failure
    /// leaves the registry as it was. Returns how many entries were saved.
    func commit(_ source: CSVSource, fileName: String, actor: AuditActor) async throws -> Int {
        let given = try Self.registryNumbers(in: source)
        return try await db.transaction { tx in
            let importer = on(tx)
            var reader = try CSVReader(source)
            guard let header = try reader.next() else { throw ImportChanged() }
            let columns = header.fields.map(ImportColumn.match)
            let organizations = try await importer.knownOrganizations(for: columns)
            var batch: [Row] = []
            var saved = 0
            while true {
                let record = try reader.next()
                if let record {
                    guard record.fields.count == header.fields.count, let row = importer.parseRow(record, columns: columns, organizations: organizations).0 else {
                        throw ImportChanged()
                    }
                    batch.append(row)
                    guard batch.count == rowsPerBatch else { continue }
                }
                if record == nil, saved == 0, batch.count < Self.bulkThreshold {
                    try await importer.saveOneByOne(batch, actor: actor) // the whole file, and a short one
                } else {
                    try await importer.saveInBulk(batch[...], excluding: given, actor: actor)
                }
                saved += batch.count
                batch.removeAll(keepingCapacity: true)
                if record == nil { break }
            }
            guard saved > 0 else { throw ImportChanged() }
            try await importer.auditImport(saved, fileName: fileName, actor: actor)
            return saved
        }
    }

    /// The file changed between its check and its saving (only a file on disk can).
    struct ImportChanged: Error, CustomStringConvertible {
        var description: String { "The file changed after it was checked; nothing was saved. Check it again." }
    }

    /// The numbers the file gives, so that numbers drawn for the rows without one never take them.
    private static func registryNumbers(in source: CSVSource) throws -> Set<String> {
        var reader = try CSVReader(source)
        guard let header = try reader.next(),
              let column = header.fields.firstIndex(where: { ImportColumn.match($0) == .registryNumber }) else { return [] }
        var numbers = Set<String>()
        while let record = try reader.next() {
            if column < record.fields.count, let number = registryNumber(record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)) {
                numbers.insert(number)
            }
        }
        return numbers
    }

    private func saveOneByOne(_ rows: [Row], actor: AuditActor) async throws {
        let service = RegistryService(db: db, config: config, actor: actor)
        for row in rows {
            _ = try await service.createByStaff(row.input, status: row.status, registryNumber: row.registryNumber)
        }
    }

    private func saveInBulk(_ rows: ArraySlice<Row>, excluding given: Set<String>, actor: AuditActor) async throws {
        var drawn = try await RegistryNumbers.draw(rows.count(where: { $0.registryNumber == nil }), excluding: given, on: db)
            .makeIterator()
        let entries = rows.map { row in BulkEntry(number: row.registryNumber ?? drawn.next()!, input: row.input, status: row.status) }
        try await RegistryBulkWriter.insert(entries, actorEmail: actor.email, on: db)
    }

    private func auditImport(_ count: Int, fileName: String, actor: AuditActor) async throws {
        try await Audit.record(.registryImport, entityType: .registryEntry, entityID: nil,
                               summary: "imported \(count) entries from \(fileName)", by: actor, on: db)
    }

    static func describe(_ problem: CSVProblem, _ language: Language) -> ImportReport.Problem {
        switch problem {
        case .notUTF8: .init(line: 1, column: nil, message: L10n.importNotUTF8.text(language))
        case .unterminatedQuote(let line): .init(line: line, column: nil, message: L10n.importUnterminatedQuote.text(language))
        case .strayQuote(let line, let column): .init(line: line, column: "#\(column)", message: L10n.importStrayQuote.text(language))
        }
    }
}
