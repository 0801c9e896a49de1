// What the public may see of a registered person, and the card the directory stores (DirectoryIndex).

import Fluent
import Foundation
import PuenteCore
import Vapor

struct PublicEntryDTO: Content, Equatable {
    let registryNumber: String
    let name: String
    let title: String?
    let languages: [String]?
    let counties: [String]?
    let communities: [String]?
    let organizations: [String]?
    let email: String?
    let phone: String?

    init(_ entry: RegistryEntry) {
        self.init(PublicProfile(entry))
    }

    /// The one place consent turns a person's fields into their public record.
    init(_ person: PublicProfile) {
        let consent = person.consent
        registryNumber = person.number
        name = "\(person.givenName) \(person.familyName)"
        title = consent.workerType ? (person.workerType == .other ? person.otherTitle : person.workerType.rawValue) : nil
        languages = consent.languages ? person.languages.sorted() : nil
        counties = consent.counties ? person.counties.sorted() : nil
        communities = consent.communities ? person.communities.sorted() : nil
        organizations = consent.organizations ? person.organizations.sorted() : nil
        email = consent.contact ? person.email : nil
        phone = consent.contact ? person.phone : nil
    }
}

/// Everything about a person that could be public, with their consent, before consent is applied.
struct PublicProfile: Sendable {
    var number: String
    var givenName: String
    var familyName: String
    var workerType: WorkerType
    var otherTitle: String?
    var languages: [String]
    var counties: [String]
    var communities: [String]
    var organizations: [String]
    var email: String?
    var phone: String?
    var consent: ConsentDTO

    init(_ entry: RegistryEntry) {
        number = entry.registryNumber
        givenName = entry.givenName
        familyName = entry.familyName
        workerType = entry.workerType
        otherTitle = entry.otherTitle
        languages = entry.languages.map(\.code)
        counties = entry.counties.map(\.fips)
        communities = entry.communities.map(\.code)
        organizations = entry.affiliations.map(\.organization.name)
        email = entry.email
        phone = entry.phone
        consent = ConsentDTO(listed: entry.listedInDirectory, workerType: entry.showWorkerType, languages: entry.showLanguages,
                             counties: entry.showCounties, communities: entry.showCommunities,
                             organizations: entry.showOrganizations, contact: entry.showContact)
    }

    /// For an entry not saved yet (bulk import): `organizations` are the names of `input.organizations`.
    init(number: String, input: RegistryEntryInput, organizations: [String] = []) {
        self.number = number
        givenName = input.givenName
        familyName = input.familyName
        workerType = input.type
        otherTitle = input.type == .other ? input.otherTitle : nil
        languages = input.languages.map { SpokenLanguages.named($0)?.code ?? $0 }
        counties = input.counties
        communities = input.communities
        self.organizations = organizations
        email = input.email.isEmpty ? nil : EmailAddress(input.email)?.value
        phone = input.phone.isEmpty ? nil : input.phone
        consent = ConsentDTO(listed: input.listed, workerType: input.showWorkerType, languages: input.showLanguages,
                             counties: input.showCounties, communities: input.showCommunities,
                             organizations: input.showOrganizations, contact: input.showContact)
    }

    /// What the directory index can find this person by: the same consented fields as the card.
    var listing: DirectoryTerms.Listing {
        DirectoryTerms.Listing(
            givenName: givenName, familyName: familyName,
            workerType: consent.workerType ? workerType : nil, otherTitle: otherTitle,
            languages: consent.languages ? languages : [], counties: consent.counties ? counties : [],
            communities: consent.communities ? communities : [], organizations: consent.organizations ? organizations : [])
    }
}
