// CSV import and export: a dry run that names every bad line, an all-or-nothing commit, audited exports.

import Fluent
import Foundation
import PuenteCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct RegistryImportTests {
    static let header = RegistryCSV.header

    func csv(rows count: Int, bad: [Int: String] = [:]) -> Data {
        RegistryCSV.rows(count, bad: bad)
    }

    func staff(_ app: Application) async throws -> Browser {
        try await app.makeUser("staff@example.org", roles: [.staff])
        let browser = Browser(app)
        try await browser.signIn("staff@example.org")
        return browser
    }

    func problemLines(_ html: String) -> [String] {
        html.components(separatedBy: "<tr class=\"import-problem\"><td>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func thousandRowsWithThreeBadOnesReportExactlyThoseAndSaveNothing() async throws {
        try await withPuente { app in
            let browser = try await staff(app)
            let data = csv(rows: 1000, bad: [
                99: "Ana,Soto,ana@example.org,chw,xx,06037,,yes,yes",                       // unknown language, line 101
                499: "Bea,Ruiz,not-an-email,chw,es,06037,,yes,yes",                          // bad email, line 501
                899: "Cruz,Vega,c@example.org,chw,es,06037,,yes",                            // 8 fields of 9, line 901
            ])
            let response = try await browser.upload(SiteURL.staffRegistryImport.path, field: "file", fileName: "roster.csv", data: data)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("3 problems: nothing will be saved"))
            #expect(problemLines(html) == ["101", "501", "901"])
            #expect(html.contains("A language is not on the list: use ISO 639 codes"))
            #expect(html.contains("Enter an email address"))
            #expect(html.contains("Expected 9 fields, found 8."))
            #expect(!html.contains("/commit"))
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func cleanFileIsCommittedOnceAndAudited() async throws {
        try await withPuente { app in
            let browser = try await staff(app)
            let checked = try await browser.upload(SiteURL.staffRegistryImport.path, field: "file", fileName: "clean.csv", data: csv(rows: 40))
            #expect(checked.body.string.contains("All 40 rows are ready."))
            let pending = try #require(try await RegistryImportFile.query(on: app.db).first())
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)

            let committed = try await browser.post(SiteURL.staffRegistryImportCommit(.value(pending.id!)).path, [])
            #expect(committed.status == .seeOther)
            #expect(try await RegistryEntry.query(on: app.db).count() == 40)
            let entry = try #require(try await RegistryEntry.query(on: app.db).filter(\.$givenName == "Person7").with(\.$counties).first())
            #expect(Set(entry.counties.map(\.fips)) == ["06037", "06025"])
            #expect(try await app.auditEvents(.registryImport).first?.summary == "imported 40 entries from clean.csv")
            #expect(try await Directory.search(.init(language: "es"), on: app.db).total == 40)
            #expect(try await Directory.search(.init(county: "06025"), on: app.db).total == 0) // counties not consented

            let again = try await browser.post(SiteURL.staffRegistryImportCommit(.value(pending.id!)).path, [])
            #expect(again.body.string.contains("already used"))
            #expect(try await RegistryEntry.query(on: app.db).count() == 40)
        }
    }

    @Test func headerAliasesByteOrderMarkAndCountyNamesAreUnderstood() async throws {
        try await withPuente { app in
            let text = "\u{FEFF}First Name,Last Name,Language,County,Listed\nLupe,Hernández,es,Los Angeles County,sí\n"
            let (report, rows) = try await RegistryImport(db: app.db, config: app.config, language: .en)
                .check(Data(text.utf8), fileName: "aliases.csv")
            #expect(report.problems.isEmpty)
            #expect(rows.first?.input.counties == ["06037"])
            #expect(rows.first?.input.listed == true)
        }
    }

    @Test func malformedFilesAreReportedWithTheirLine() async throws {
        try await withPuente { app in
            let importer = RegistryImport(db: app.db, config: app.config, language: .en)
            let stray = try await importer.check(Data("\(Self.header)\nA,B,a@example.org,chw,es,06037,,yes,yes\nC,D\"x,c@example.org,chw,es,06037,,yes,yes\n".utf8), fileName: "q.csv").0
            #expect(stray.problems == [.init(line: 3, column: "#2", message: "A quote mark in the middle of a field.")])
            let latin1 = "given_name,family_name,languages,counties\nMar\u{ED}a,L\u{F3}pez,es,06037\n".data(using: .isoLatin1)!
            let encoding = try await importer.check(latin1, fileName: "latin1.csv").0
            #expect(encoding.problems.first?.message.contains("not UTF-8") == true)
            let missing = try await importer.check(Data("given_name,family_name\nA,B\n".utf8), fileName: "m.csv").0
            #expect(Set(missing.problems.compactMap(\.column)) == ["languages", "counties"])
        }
    }

    @Test func duplicateRegistryNumbersAreRefused() async throws {
        try await withPuente { app in
            let existing = try await app.makeEntry()
            let text = """
                registry_number,given_name,family_name,languages,counties
                CHW-AAAA-BBBB,A,One,es,06037
                CHW-AAAA-BBBB,B,Two,es,06037
                \(existing.registryNumber),C,Three,es,06037
                """
            let report = try await RegistryImport(db: app.db, config: app.config, language: .en)
                .check(Data(text.utf8), fileName: "numbers.csv").0
            #expect(report.problems.map(\.line) == [3, 4])
            #expect(report.problems[0].message.contains("also on line 2"))
            #expect(report.problems[1].message.contains("already in the registry"))
        }
    }

    @Test func aFiftyMegabyteUploadIsRefusedWithoutWriting() async throws {
        try await withPuente { app in
            let browser = try await staff(app)
            let big = Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
            let response = try await browser.upload(SiteURL.staffRegistryImport.path, field: "file", fileName: "big.csv", data: big)
            #expect(response.status == .payloadTooLarge)
            #expect(try await RegistryImportFile.query(on: app.db).count() == 0)
        }
    }

    @Test func exportFollowsTheFilterIsAuditedAndDefusesFormulas() async throws {
        try await withPuente { app in
            try await app.makeListedEntry(given: "=cmd", family: "Attack")
            try await app.makeListedEntry(given: "Rosa", family: "Martinez", status: .inactive)
            let browser = try await staff(app)
            let response = try await browser.get(SiteURL.staffRegistryExport.path + "?status=active")
            #expect(response.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            let records = try CSVTable.parse(Data(response.body.readableBytesView))
            #expect(records.count == 2)
            #expect(records[1].fields[1] == "'=cmd")
            #expect(!response.body.string.contains("Martinez"))
            #expect(try await app.auditEvents(.registryExport).first?.summary.contains("exported 1 entries") == true)
        }
    }

    @Test func largeImportsUseTheBulkPathAndLandTheSame() async throws {
        try await withPuente { app in
            let importer = RegistryImport(db: app.db, config: app.config, language: .en)
            let (report, rows) = try await importer.check(csv(rows: 250), fileName: "big.csv")
            #expect(report.isCommittable)
            try await importer.commit(rows, fileName: "big.csv", actor: AuditActor(id: nil, email: "staff@example.org", ip: nil))
            #expect(try await RegistryEntry.query(on: app.db).count() == 250)
            #expect(try await RegistryEntryLanguage.query(on: app.db).count() == 500)
            #expect(try await RegistryEntryCounty.query(on: app.db).count() == 500)
            #expect(try await RegistryStatusChange.query(on: app.db).count() == 250)
            #expect(Set(try await RegistryEntry.query(on: app.db).all().map(\.registryNumber)).count == 250)
            let found = try await Directory.search(.init(text: "person17"), on: app.db).items.map(\.name)
            #expect(found.count == 11) // Person17 and Person170…179, by prefix
            #expect(found.contains("Person17 Family17") && found.allSatisfy { $0.hasPrefix("Person17") })
            let spanish = try await Directory.search(.init(language: "es"), on: app.db)
            #expect(spanish.total == DirectoryFilter.countLimit && spanish.isCapped) // 250 match; counting stops at 200
            #expect(try await app.db.sql.raw("SELECT count(*) AS n FROM directory_listings").first()?.decode(column: "n", as: Int.self) == 250)
            // The bulk path indexes exactly what saving one entry at a time would.
            let bulkCards = try await Directory.search(.init(language: "es"), on: app.db).items
            for entry in try await RegistryEntry.query(on: app.db).all() { try await DirectoryIndex.refresh(entry.id!, on: app.db) }
            #expect(try await Directory.search(.init(language: "es"), on: app.db).items == bulkCards)
            let entry = try #require(try await RegistryEntry.query(on: app.db).filter(\.$givenName == "Person3").first())
            #expect(entry.familyNameFolded == "family3")
            #expect(try await app.auditEvents(.registryImport).count == 1)
        }
    }

    /// The command line's path: the file is read from disk twice, a batch at a time, and saved in
    /// one transaction. Batches of 200 make 450 rows three of them, the last one short.
    @Test func aFileOnDiskIsSavedInBatchesAllOrNothing() async throws {
        try await withPuente { app in
            var importer = RegistryImport(db: app.db, config: app.config, language: .en, maximumRows: .max)
            importer.rowsPerBatch = 200
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).csv").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            // Row 400 gives a number; the rows before it draw theirs and must not take it.
            let given = "CHW-7K3M-9QXP"
            var lines = String(decoding: csv(rows: 450), as: UTF8.self).components(separatedBy: "\r\n")
            lines = lines.enumerated().map { index, line in (index == 0 ? "registry_number," : index == 401 ? "\(given)," : ",") + line }
            try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: path))

            let report = try await importer.check(.file(path: path), fileName: "roster.csv")
            #expect(report.isCommittable && report.rowCount == 450, "\(report.problems)")
            #expect(try await importer.commit(.file(path: path), fileName: "roster.csv", actor: .system) == 450)
            #expect(try await RegistryEntry.query(on: app.db).count() == 450)
            #expect(try await RegistryEntry.query(on: app.db).filter(\.$registryNumber == given).first()?.givenName == "Person400")
            #expect(Set(try await RegistryEntry.query(on: app.db).all().map(\.registryNumber)).count == 450)
            #expect(try await RegistryEntryLanguage.query(on: app.db).count() == 900)
            #expect(try await app.db.sql.raw("SELECT count(*) AS n FROM directory_listings").first()?.decode(column: "n", as: Int.self) == 450)
            #expect(try await app.auditEvents(.registryImport).map(\.summary) == ["imported 450 entries from roster.csv"])

            // Saved again, the numbers clash in the third batch: the first two batches go too.
            try await RegistryEntry.query(on: app.db).filter(\.$registryNumber != given).delete()
            await #expect(throws: (any Error).self) {
                try await importer.commit(.file(path: path), fileName: "roster.csv", actor: .system)
            }
            #expect(try await RegistryEntry.query(on: app.db).count() == 1)
            #expect(try await app.auditEvents(.registryImport).count == 1)

            // A file that changed after its check saves nothing and says why.
            try Data((lines + ["Only,Three,fields"]).joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: path))
            try await RegistryEntry.query(on: app.db).delete()
            await #expect(throws: RegistryImport.ImportChanged.self) {
                try await importer.commit(.file(path: path), fileName: "roster.csv", actor: .system)
            }
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func aShortFileOnDiskIsSavedOneEntryAtATime() async throws {
        try await withPuente { app in
            let importer = RegistryImport(db: app.db, config: app.config, language: .en, maximumRows: .max)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).csv").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try csv(rows: 3).write(to: URL(fileURLWithPath: path))
            #expect(try await importer.commit(.file(path: path), fileName: "three.csv", actor: .system) == 3)
            // One entry at a time goes through the registry service, which audits each creation.
            #expect(try await RegistryEntry.query(on: app.db).count() == 3)
            #expect(try await app.auditEvents(.registryCreate).count == 3)
        }
    }

    @Test func organizationsAreNamedInTheFileOnBothPathsAndExportedBack() async throws {
        try await withPuente { app in
            for name in ["Clínica del Valle", "Promotores Unidos"] {
                try await Organization(name: name, kind: .clinic).create(on: app.db)
            }
            let header = "given_name,family_name,languages,counties,organizations,employer,listed,show_organizations"
            let importer = RegistryImport(db: app.db, config: app.config, language: .en)
            // A name the program has not listed is a problem at its line and column; nothing is saved.
            let bad = Data([header, "Ana,Soto,es,06037,clinica del valle;Unknown Clinic,,yes,yes",
                            "Bea,Ruiz,es,06037,,Nowhere Inc,yes,yes"].joined(separator: "\r\n").utf8)
            let (report, _) = try await importer.check(bad, fileName: "orgs.csv")
            #expect(report.problems.map { "\($0.line) \($0.column ?? "")" } == ["2 organizations", "3 employer"])

            // Small files save one entry at a time, large ones in bulk: both record the same ties.
            for count in [3, RegistryImport.bulkThreshold] {
                try await Affiliation.query(on: app.db).delete()
                let lines = (0..<count).map { "Person\($0),Org\(count),es,06037,Clínica del Valle;promotores unidos,Promotores Unidos,yes,yes" }
                let (ok, rows) = try await importer.check(Data(([header] + lines).joined(separator: "\r\n").utf8), fileName: "orgs.csv")
                #expect(ok.isCommittable, "\(ok.problems)")
                try await importer.commit(rows, fileName: "orgs.csv", actor: .system)
                let affiliations = try await Affiliation.query(on: app.db).with(\.$organization).all()
                #expect(affiliations.count == count * 2, "\(count)")
                #expect(affiliations.filter(\.isEmployer).allSatisfy { $0.organization.name == "Promotores Unidos" })
                #expect(affiliations.filter(\.isEmployer).count == count)
                let card = try await Directory.search(.init(text: "org\(count)"), on: app.db).items.first
                #expect(card?.organizations?.sorted() == ["Clínica del Valle", "Promotores Unidos"], "\(count)")
            }

            let export = try await staff(app).get(SiteURL.staffRegistryExport.path + "?q=Org\(RegistryImport.bulkThreshold)")
            let records = try CSVTable.parse(Data(export.body.readableBytesView))
            let columns = records[0].fields
            let row = try #require(records.dropFirst().first)
            #expect(row.fields[columns.firstIndex(of: "organizations")!] == "Clínica del Valle;Promotores Unidos")
            #expect(row.fields[columns.firstIndex(of: "employer")!] == "Promotores Unidos")
        }
    }

    @Test func theConsentToShareStandingIsImportedOnBothPathsAndExportedBack() async throws {
        try await withPuente { app in
            let header = "given_name,family_name,languages,counties,shares_standing"
            let importer = RegistryImport(db: app.db, config: app.config, language: .en)
            // Anything but a yes or a no is a problem at its line; nothing is saved.
            let bad = Data([header, "Ana,Soto,es,06037,maybe"].joined(separator: "\r\n").utf8)
            #expect(try await importer.check(bad, fileName: "consent.csv").0.problems.map { "\($0.line) \($0.column ?? "")" }
                    == ["2 shares_standing"])

            // One entry at a time and in bulk, a "yes" row consents and a "no" or blank row does not.
            for count in [4, RegistryImport.bulkThreshold] {
                let lines = (0..<count).map { "Person\($0),Consent\(count),es,06037,\(["yes", "no", "", "sí"][$0 % 4])" }
                let (ok, rows) = try await importer.check(Data(([header] + lines).joined(separator: "\r\n").utf8), fileName: "consent.csv")
                #expect(ok.isCommittable, "\(ok.problems)")
                try await importer.commit(rows, fileName: "consent.csv", actor: .system)
                let entries = try await RegistryEntry.query(on: app.db).filter(\.$familyName == "Consent\(count)").all()
                #expect(entries.count == count)
                #expect(entries.filter(\.sharesStanding).count == count / 2, "\(count): the yes and sí rows")
            }

            let export = try await staff(app).get(SiteURL.staffRegistryExport.path + "?q=Consent4")
            let records = try CSVTable.parse(Data(export.body.readableBytesView))
            let column = try #require(records[0].fields.firstIndex(of: "shares_standing"))
            let given = try #require(records[0].fields.firstIndex(of: "given_name"))
            let answers = Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0.fields[given], $0.fields[column]) })
            #expect(answers == ["Person0": "yes", "Person1": "no", "Person2": "no", "Person3": "yes"])
        }
    }

    @Test func generatorWritesSearchableEntries() async throws {
        try await withPuente { app in
            var context = CommandContext(console: app.console, input: CommandInput(arguments: ["puente", "generate-registry", "--count", "1200"]))
            context.application = app
            try await app.asyncCommands.group().run(using: &context)
            #expect(try await RegistryEntry.query(on: app.db).count() == 1200)
            #expect(try await Directory.search(.init(language: "es"), on: app.db).total > 100)
        }
    }
}
