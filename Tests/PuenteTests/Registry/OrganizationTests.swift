// Organizations staff keep, and the affiliations people choose from them (employment optional).

import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Puente

@Suite struct OrganizationTests {
    func signedIn(_ app: Application, _ email: String, roles: Set<Role>) async throws -> Browser {
        try await app.makeUser(email, name: "María Elena Cruz", roles: roles)
        let browser = Browser(app)
        try await browser.signIn(email)
        return browser
    }

    func organization(_ app: Application, _ name: String, active: Bool = true) async throws -> Organization {
        let organization = Organization(name: name, kind: .clinic)
        organization.active = active
        try await organization.create(on: app.db)
        return organization
    }

    /// The member's application, with organizations.
    func application(organizations: [UUID], employer: UUID?, showOrganizations: Bool = true) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("given_name", "María Elena"), ("family_name", "Cruz"), ("email", ""), ("phone", ""), ("worker_type", "promotora"),
            ("preferred_contact", "email"), ("languages[]", "es"), ("counties[]", "06037"), ("listed", "on"),
            ("organizations_shown", "1"), ("employer", employer?.uuidString ?? ""),
        ]
        if showOrganizations { fields.append(("show_organizations", "on")) }
        fields += organizations.map { ("organizations[]", $0.uuidString) }
        return fields
    }

    @Test func staffAddAndRenameOrganizationsAndBadInputChangesNothing() async throws {
        try await withPuente { app in
            let staff = try await signedIn(app, "staff@example.org", roles: [.staff])
            let added = try await staff.post(SiteURL.staffOrganizations.path,
                                             [("name", "Clínica del Valle"), ("kind", "clinic"), ("county", "06037"), ("active", "on")])
            #expect(added.status == .seeOther)
            let clinic = try #require(try await Organization.query(on: app.db).filter(\.$name == "Clínica del Valle").first())
            #expect(clinic.countyFIPS == "06037" && clinic.active && clinic.kind == .clinic)
            #expect(try await app.auditEvents(.organizationCreate).count == 1)

            for (fields, message) in [
                ([("name", "clinica DEL valle"), ("kind", "clinic")], "already listed"), // the same name, case and accents aside
                ([("name", "Valle 123-45-6789"), ("kind", "clinic")], "Social Security"),
                ([("name", "Otra"), ("kind", "bank")], "required"),
                ([("name", "Otra"), ("kind", "clinic"), ("county", "99999")], "FIPS code"),
            ] {
                let refused = try await staff.post(SiteURL.staffOrganizations.path, fields)
                #expect(refused.status == .unprocessableEntity, "\(fields)")
                #expect(refused.body.string.contains(message), "\(fields): \(message)")
            }
            #expect(try await Organization.query(on: app.db).count() == 1)

            // A listed person shows the organization; a rename reaches their public card.
            let entry = try await app.makeListedEntry(given: "Ana", family: "Ortiz", consent: Consent(organizations: true))
            try await Affiliation(entryID: entry.id!, organizationID: clinic.id!, title: nil, isEmployer: true).create(on: app.db)
            try await DirectoryIndex.refresh(entry.id!, on: app.db)
            #expect(try await Browser(app).get("/directory?q=ortiz").body.string.contains("Clínica del Valle"))
            let renamed = try await staff.post(SiteURL.staffOrganization(.value(clinic.id!)).path,
                                               [("name", "Clínica Comunitaria del Valle"), ("kind", "health_center"), ("active", "on")])
            #expect(renamed.status == .seeOther)
            let card = try await Browser(app).get("/directory?q=ortiz").body.string
            #expect(card.contains("Clínica Comunitaria del Valle"))
            #expect(try await app.auditEvents(.organizationUpdate).first?.summary.contains("name") == true)
            let list = try await staff.get(SiteURL.staffOrganizations.path).body.string
            #expect(list.contains("Health center"))
            #expect(list.contains("<td>Health center</td><td>1</td>")) // one person works there

            let member = try await signedIn(app, "member@example.org", roles: [.member])
            #expect(try await member.get(SiteURL.staffOrganizations.path).status != .ok)
            #expect(try await member.post(SiteURL.staffOrganizations.path, [("name", "Mine"), ("kind", "clinic")]).status != .seeOther)
            #expect(try await Organization.query(on: app.db).count() == 1)
        }
    }

    /// More people than one round of the rename's statements, so the keyset walk is tested past its first thousand.
    @Test func organizationsAreListedInReadingOrderWhateverTheirAccents() async throws {
        try await withPuente { app in
            // setup
            for name in ["Zona Norte Health", "Área de Salud Comunitaria", "Bienestar Clinic"] { _ = try await organization(app, name) }
            let staff = try await signedIn(app, "staff@example.org", roles: [.staff])
            let member = try await signedIn(app, "member@example.org", roles: [.member])

            // act
            let pages = [try await staff.get(SiteURL.staffOrganizations.path).body.string,
                         try await member.post(SiteURL.registryApply.path, Self.organizationsStep).body.string]

            // check
            for page in pages {
                let positions = ["Área de Salud Comunitaria", "Bienestar Clinic", "Zona Norte Health"].compactMap { page.range(of: $0)?.lowerBound }
                #expect(positions.count == 3 && positions == positions.sorted(), "Á sorts with A, not after Z")
            }
        }
    }

    @Test func aRenameReachesEveryAffiliatedCardAndTellsMirrors() async throws {
        try await withPuente { app in
            let clinic = try await organization(app, "Clínica del Valle")
            let people = 1_003
            let numbers = try await RegistryNumbers.draw(people + 1, on: app.db)
            let entries = numbers.enumerated().map { index, number in
                var input = RegistryEntryInput()
                input.givenName = "Person"
                input.familyName = "Family\(index)"
                input.languages = ["es"]
                input.counties = ["06037"]
                input.organizations = [clinic.id!]
                input.listed = index < people // the last one keeps out of the directory
                input.showOrganizations = true
                return BulkEntry(number: number, input: input, status: .active)
            }
            try await app.db.transaction { try await RegistryBulkWriter.insert(entries, actorEmail: nil, on: $0) }
            let cards = { (name: String) async throws -> Int in
                try await app.db.sql.raw("SELECT count(*) AS n FROM directory_listings WHERE card LIKE \(bind: "%" + name + "%")")
                    .first()!.decode(column: "n", as: Int.self)
            }
            #expect(try await cards("Clínica del Valle") == people)

            let synced = Date()
            let staff = try await signedIn(app, "staff@example.org", roles: [.staff])
            #expect(try await staff.post(SiteURL.staffOrganization(.value(clinic.id!)).path,
                                         [("name", "Centro de Salud del Valle"), ("kind", "clinic"), ("active", "on")]).status == .seeOther)
            #expect(try await cards("Centro de Salud del Valle") == people)
            #expect(try await cards("Clínica del Valle") == 0)
            #expect(try await app.db.sql.raw("SELECT count(*) AS n FROM directory_withdrawals").first()!.decode(column: "n", as: Int.self) == 0)
            #expect(try await app.db.sql.raw("SELECT count(*) AS n FROM directory_listings").first()!.decode(column: "n", as: Int.self) == people)

            // Mirrors learn of every PractitionerRole that now names the new organization.
            let history = try await app.testing().sendRequest(.GET, "/fhir/PractitionerRole/_history?_count=5&_since=\(FHIRDate.instant(synced))")
            let bundle = try #require(try JSONSerialization.jsonObject(with: Data(history.body.readableBytesView)) as? [String: Any])
            #expect(bundle["total"] as? Int == people)
            #expect(history.body.string.contains("Centro de Salud del Valle"))
        }
    }

    /// The application's step with the organizations, opened as its "Change" button does.
    static let organizationsStep = [("step", "check"), ("go", "directory")]

    @Test func aMemberChoosesOrganizationsAndAnEmployerOrNone() async throws {
        try await withPuente { app in
            let clinic = try await organization(app, "Clínica del Valle")
            let coalition = try await organization(app, "Promotores Unidos")
            let closed = try await organization(app, "Closed Program", active: false)
            let member = try await signedIn(app, "maria@example.org", roles: [.member])
            let form = try await member.post(SiteURL.registryApply.path, Self.organizationsStep).body.string
            #expect(form.contains("Promotores Unidos") && !form.contains("Closed Program"))
            #expect(form.contains("you do not need an employer"))

            // Bad choices are refused and nothing is written.
            for (organizations, employer, field) in [([clinic.id!], coalition.id!, "Your employer must be one"),
                                                     ([closed.id!], nil, "not on the program's list"),
                                                     ([RegistryEntryInput.malformedOrganization], nil, "not on the program's list")] {
                let refused = try await member.post(SiteURL.registryApply.path, application(organizations: organizations, employer: employer))
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains(Escape.text(field)), "\(field)")
            }
            var tampered = application(organizations: [], employer: nil)
            tampered.append(("organizations[]", "not-an-id"))
            #expect(try await member.post(SiteURL.registryApply.path, tampered).status == .unprocessableEntity)
            #expect(try await RegistryEntry.query(on: app.db).count() == 0)

            // A volunteer with two organizations and no employer.
            #expect(try await member.post(SiteURL.registryApply.path,
                                          application(organizations: [clinic.id!, coalition.id!], employer: nil)).status == .seeOther)
            let entry = try #require(try await RegistryEntry.query(on: app.db).first())
            var affiliations = try await Affiliation.query(on: app.db).filter(\.$entry.$id == entry.id!).all()
            #expect(Set(affiliations.map(\.$organization.id)) == [clinic.id!, coalition.id!])
            #expect(affiliations.allSatisfy { !$0.isEmployer })

            // Later the clinic hires them, and the coalition is closed: the member keeps it, checked.
            coalition.active = false
            try await coalition.save(on: app.db)
            #expect(try await member.post(SiteURL.registryMine.path,
                                          application(organizations: [clinic.id!, coalition.id!], employer: clinic.id!)).status == .seeOther)
            affiliations = try await Affiliation.query(on: app.db).filter(\.$entry.$id == entry.id!).all()
            #expect(affiliations.first(where: \.isEmployer)?.$organization.id == clinic.id!)
            #expect(try #require(try await RegistryEntry.find(entry.id, on: app.db)?.updatedAt) > entry.updatedAt!) // FHIR mirrors see it
            #expect(affiliations.count == 2)
            let mine = try await member.get(SiteURL.registryMine.path).body.string
            #expect(mine.contains("Promotores Unidos (inactive)"))
            #expect(try await app.auditEvents(.registryUpdate).last?.summary.contains("organizations") == true)

            // Staff saving the entry's page as it stands keeps them.
            let staff = try await signedIn(app, "staff@example.org", roles: [.staff])
            let page = try await staff.get(SiteURL.staffRegistryEntry(.value(entry.id!)).path).body.string
            #expect(page.contains("value=\"\(clinic.id!.uuidString)\" checked"))
        }
    }

    @Test func theAPIReadsAndWritesOrganizationsAndLeavesThemWhenAbsent() async throws {
        try await withPuente { app in
            let clinic = try await organization(app, "Clínica del Valle")
            let token = try await app.bearerToken(roles: [.staff])
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let body = #"{"givenName":"Helen","familyName":"Begay","workerType":"chr","languages":["nv"],"counties":["06025"]"#
            let created = try await app.testing().sendRequest(.POST, "/api/v1/registry/entries", headers: headers, body: ByteBuffer(
                string: body + #","organizationIds":["\#(clinic.id!.uuidString)"],"employerId":"\#(clinic.id!.uuidString)"}"#))
            #expect(created.status == .created)
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(created.body.readableBytesView)) as? [String: Any])
            let number = try #require(entry["registryNumber"] as? String)
            let organizations = try #require(entry["organizations"] as? [[String: Any]])
            #expect(organizations.first?["name"] as? String == "Clínica del Valle")
            #expect(organizations.first?["isEmployer"] as? Bool == true)

            let replaced = try await app.testing().sendRequest(.PUT, "/api/v1/registry/entries/\(number)", headers: headers,
                                                               body: ByteBuffer(string: body.replacingOccurrences(of: "06025", with: "06037") + "}"))
            #expect(replaced.status == .ok)
            #expect(replaced.body.string.contains("Clínica del Valle")) // absent: kept

            let bad = try await app.testing().sendRequest(.PUT, "/api/v1/registry/entries/\(number)", headers: headers, body: ByteBuffer(
                string: body + #","organizationIds":[],"employerId":"\#(clinic.id!.uuidString)"}"#))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("employer"))
            #expect(try await Affiliation.query(on: app.db).count() == 1)
        }
    }
}
