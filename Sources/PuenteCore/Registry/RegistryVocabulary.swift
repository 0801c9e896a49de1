// The registry's fixed vocabularies: worker types and the communities a worker serves.

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
    /// The default list; a program can replace it (see `PUENTE_COMMUNITIES`).
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
