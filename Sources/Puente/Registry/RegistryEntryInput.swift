// What the registry form sends, checked on the server: known codes only, the privacy guard on
// every free-text field, and nothing saved unless all of it is right.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct RegistryEntryInput: Sendable {
    var givenName = ""
    var familyName = ""
    var email = ""
    var phone = ""
    var workerType = WorkerType.chw.rawValue
    var otherTitle = ""
    var preferredContact = "email"
    var notes = ""
    var languages: [String] = []
    var counties: [String] = []
    var communities: [String] = []
    var listed = false
    var showWorkerType = false
    var showLanguages = false
    var showCounties = false
    var showCommunities = false
    var showOrganizations = false
    var showContact = false
    /// The organizations this person names may see their registry standing (issue 22). Nil
    /// (the API, an import) leaves the entry's answer as it is: only the person's own form, or
    /// staff's, changes a consent given on it.
    var sharesStanding: Bool?
    /// The organizations the person works or volunteers with; `nil` leaves them as they are
    /// (CSV rows and API clients that do not send them).
    var organizations: [UUID]?
    /// Which of them employs the person, if any: employment is optional.
    var employer: UUID?

    static let contactMethods = ["email", "phone", "text"]

    init() {}

    init(_ entry: RegistryEntry) {
        givenName = entry.givenName
        familyName = entry.familyName
        email = entry.email ?? ""
        phone = entry.phone ?? ""
        workerType = entry.workerType.rawValue
        otherTitle = entry.otherTitle ?? ""
        preferredContact = entry.preferredContact
        notes = entry.notes ?? ""
        languages = entry.languages.map(\.code)
        counties = entry.counties.map(\.fips)
        communities = entry.communities.map(\.code)
        listed = entry.listedInDirectory
        showWorkerType = entry.showWorkerType
        showLanguages = entry.showLanguages
        showCounties = entry.showCounties
        showCommunities = entry.showCommunities
        showOrganizations = entry.showOrganizations
        showContact = entry.showContact
        sharesStanding = entry.sharesStanding
        if let affiliations = entry.$affiliations.value {
            organizations = affiliations.map(\.$organization.id)
            employer = affiliations.first(where: \.isEmployer)?.$organization.id
        }
    }

    /// Stands for a submitted organization id that is not an id at all, so it is reported, not dropped.
    static let malformedOrganization = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Reads the form; checkboxes that are absent are off.
    init(form req: Request) {
        givenName = req.formValue("given_name").trimmingCharacters(in: .whitespacesAndNewlines)
        familyName = req.formValue("family_name").trimmingCharacters(in: .whitespacesAndNewlines)
        email = req.formValue("email").trimmingCharacters(in: .whitespaces)
        phone = req.formValue("phone").trimmingCharacters(in: .whitespaces)
        workerType = req.formValue("worker_type")
        otherTitle = req.formValue("other_title").trimmingCharacters(in: .whitespacesAndNewlines)
        preferredContact = req.formValue("preferred_contact")
        notes = req.formValue("notes").trimmingCharacters(in: .whitespacesAndNewlines)
        languages = Array(Set(req.formValues("languages")))
        counties = Array(Set(req.formValues("counties")))
        communities = Array(Set(req.formValues("communities")))
        listed = req.formValue("listed") == "on"
        showWorkerType = req.formValue("show_worker_type") == "on"
        showLanguages = req.formValue("show_languages") == "on"
        showCounties = req.formValue("show_counties") == "on"
        showCommunities = req.formValue("show_communities") == "on"
        showOrganizations = req.formValue("show_organizations") == "on"
        showContact = req.formValue("show_contact") == "on"
        sharesStanding = req.formValue("shares_standing") == "on"
        // The form marks its organizations fieldset, since no box ticked sends nothing at all.
        if req.formValue("organizations_shown") == "1" {
            organizations = Array(Set(req.formValues("organizations").map { UUID(uuidString: $0) ?? Self.malformedOrganization }))
            let employerText = req.formValue("employer")
            employer = employerText.isEmpty ? nil : UUID(uuidString: employerText) ?? Self.malformedOrganization
        }
    }

    var type: WorkerType { WorkerType(rawValue: workerType) ?? .chw }

    /// `keeping`: community codes the entry already holds, kept when a program drops them from its list.
    func validate(counties list: CountyList, communities known: CommunityList, keeping kept: Set<String> = []) -> FormErrors {
        var errors = FormErrors()
        for (field, value, limit) in [("given_name", givenName, 100), ("family_name", familyName, 100)] {
            if value.isEmpty { errors.add(field, .fieldRequired) } else if value.count > limit { errors.add(field, .textTooLong) }
            else if ControlCharacters.present(in: value) { errors.add(field, .nameControlCharacters) }
        }
        if !email.isEmpty, EmailAddress(email) == nil { errors.add("email", .emailInvalid) }
        if !phone.isEmpty, phone.count > 30 || !phone.allSatisfy({ $0.isNumber || " ()+-.".contains($0) }) || phone.filter(\.isNumber).count < 7 {
            errors.add("phone", .registryPhoneInvalid)
        }
        if WorkerType(rawValue: workerType) == nil { errors.add("worker_type", .fieldRequired) }
        if type == .other && otherTitle.isEmpty { errors.add("other_title", .registryOtherTitleRequired) }
        if otherTitle.count > 100 { errors.add("other_title", .textTooLong) }
        if !Self.contactMethods.contains(preferredContact) { errors.add("preferred_contact", .fieldRequired) }
        if notes.count > 5000 { errors.add("notes", .messageTooLong) }
        if languages.isEmpty { errors.add("languages", .registryChooseLanguage) }
        else if !languages.allSatisfy({ SpokenLanguages.named($0) != nil }) { errors.add("languages", .registryUnknownLanguage) }
        if counties.isEmpty { errors.add("counties", .registryChooseCounty) }
        else if !counties.allSatisfy({ list.county(fips: $0) != nil }) { errors.add("counties", .registryUnknownCounty) }
        if !communities.allSatisfy({ known.named($0) != nil || kept.contains($0) }) {
            errors.add("communities", .directoryUnknownCommunity)
        }
        if let employer, !(organizations ?? []).contains(employer) { errors.add("employer", .registryEmployerNotListed) }
        for (field, value) in [("given_name", givenName), ("family_name", familyName), ("phone", phone),
                               ("other_title", otherTitle), ("notes", notes)] {
            if let found = PrivacyGuard.scan(value) { errors.add(field, found.message) }
        }
        return errors
    }

    /// Copies the input onto `entry` and says which fields changed, for the audit record.
    func apply(to entry: RegistryEntry, includeNotes: Bool) -> [String] {
        var changed: [String] = []
        func set<T: Equatable>(_ name: String, _ keyPath: ReferenceWritableKeyPath<RegistryEntry, T>, _ value: T) {
            if !entry.$id.exists || entry[keyPath: keyPath] != value { changed.append(name) }
            entry[keyPath: keyPath] = value
        }
        set("given_name", \.givenName, givenName)
        set("family_name", \.familyName, familyName)
        set("email", \.email, email.isEmpty ? nil : EmailAddress(email)?.value)
        set("phone", \.phone, phone.isEmpty ? nil : phone)
        set("worker_type", \.workerType, type)
        set("other_title", \.otherTitle, type == .other ? otherTitle : nil)
        set("preferred_contact", \.preferredContact, preferredContact)
        if includeNotes { set("notes", \.notes, notes.isEmpty ? nil : notes) }
        set("listed_in_directory", \.listedInDirectory, listed)
        set("show_worker_type", \.showWorkerType, showWorkerType)
        set("show_languages", \.showLanguages, showLanguages)
        set("show_counties", \.showCounties, showCounties)
        set("show_communities", \.showCommunities, showCommunities)
        set("show_organizations", \.showOrganizations, showOrganizations)
        set("show_contact", \.showContact, showContact)
        if let sharesStanding { set("shares_standing", \.sharesStanding, sharesStanding) }
        return changed
    }
}

/// What the entry form offers, read once per page: the program's lists and its organizations.
extension Request {
    func registryChoices() async throws -> RegistryFormChoices {
        let organizations = try await Organization.query(on: db).all().sorted(byCollating: \.name)
        return RegistryFormChoices(counties: config.counties, communities: config.communities, organizations: organizations.map {
            .init(id: $0.id!, name: $0.name, active: $0.active)
        })
    }
}
