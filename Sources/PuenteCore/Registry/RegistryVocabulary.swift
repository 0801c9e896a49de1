// The registry's fixed vocabularies: worker types and the communities a worker serves.

import Foundation

public enum WorkerType: String, CaseIterable, Codable, Sendable {
    case chw
    case promotora
    case chr
    /// Another title, written in `otherTitle`.
    case other

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.chw, .en): "Community Health Worker"
        case (.chw, .es): "Trabajador(a) Comunitario(a) de Salud"
        case (.promotora, .en): "Promotor(a)"
        case (.promotora, .es): "Promotor(a) de salud"
        case (.chr, .en): "Community Health Representative"
        case (.chr, .es): "Representante Comunitario(a) de Salud"
        case (.other, .en): "Other title"
        case (.other, .es): "Otro título"
        }
    }
}

public struct Community: Hashable, Sendable {
    public let code: String
    public let english: String
    public let spanish: String

    public func name(in language: Language) -> String { language == .es ? spanish : english }
}

public enum Communities {
    /// The shipped list; a program can replace it with its own (`PUENTE_COMMUNITIES`, `CommunityList.load`).
    public static let defaults: [Community] = [
        .init(code: "immigrant", english: "Immigrants", spanish: "Inmigrantes"),
        .init(code: "refugee", english: "Refugees", spanish: "Refugiados"),
        .init(code: "tribal", english: "Tribal and Urban Indian communities", spanish: "Comunidades tribales e indígenas urbanas"),
        .init(code: "indigenous-latin-american", english: "Indigenous Latin American communities", spanish: "Comunidades indígenas de Latinoamérica"),
        .init(code: "black", english: "Black and African American communities", spanish: "Comunidades negras y afroamericanas"),
        .init(code: "lgbtq", english: "LGBTQ+ people", spanish: "Personas LGBTQ+"),
        .init(code: "disability", english: "People with disabilities", spanish: "Personas con discapacidades"),
        .init(code: "farmworker", english: "Farmworkers", spanish: "Trabajadores agrícolas"),
        .init(code: "rural", english: "Rural communities", spanish: "Comunidades rurales"),
        .init(code: "older-adults", english: "Older adults", spanish: "Personas mayores"),
        .init(code: "youth", english: "Youth and families", spanish: "Jóvenes y familias"),
        .init(code: "unhoused", english: "People experiencing homelessness", spanish: "Personas sin hogar"),
        .init(code: "reentry", english: "People returning from incarceration", spanish: "Personas que regresan de la prisión"),
        .init(code: "veterans", english: "Veterans", spanish: "Veteranos"),
    ]
}

/// The communities a program's registry offers: the shipped list or the program's own.
public struct CommunityList: Sendable {
    public let all: [Community]
    /// Whether this is the shipped list, so views can reuse what they rendered for it.
    public let isShipped: Bool
    /// The codes in the reading order of their names, per language.
    public let readingOrder: ReadingOrder

    public static let shipped = CommunityList(all: Communities.defaults, isShipped: true)

    public init(all: [Community], isShipped: Bool = false) {
        self.all = all
        self.isShipped = isShipped
        readingOrder = ReadingOrder(codes: all.map(\.code)) { code, language in
            all.first { $0.code == code }?.name(in: language) ?? code
        }
    }

    public func named(_ code: String) -> Community? { all.first { $0.code == code } }

    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Reads a program's list from CSV with the header `code,english,spanish`: codes of lower-case
    /// letters, digits and dashes, each once, and both names for every one.
    public static func load(csv data: Data) throws -> CommunityList {
        let records: [CSVRecord]
        do { records = try CSVTable.parse(data) } catch { throw Problem(description: "not a CSV file (\(error))") }
        guard let header = records.first, header.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == ["code", "english", "spanish"] else {
            throw Problem(description: "the first line must be code,english,spanish")
        }
        var seen = Set<String>()
        let communities = try records.dropFirst().map { record -> Community in
            guard record.fields.count == 3 else { throw Problem(description: "line \(record.line): three columns, code,english,spanish") }
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let code = fields[0]
            guard !code.isEmpty, code.count <= 40, code.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || ($0.isNumber && $0.isASCII) || $0 == "-" }) else {
                throw Problem(description: "line \(record.line): a code is 1–40 lower-case letters, digits or dashes")
            }
            guard seen.insert(code).inserted else { throw Problem(description: "line \(record.line): \(code) is listed twice") }
            guard !fields[1].isEmpty, !fields[2].isEmpty, fields[1].count <= 100, fields[2].count <= 100 else {
                throw Problem(description: "line \(record.line): give both names, at most 100 characters each")
            }
            return Community(code: code, english: fields[1], spanish: fields[2])
        }
        guard !communities.isEmpty else { throw Problem(description: "the file lists no communities") }
        return CommunityList(all: communities)
    }
}
