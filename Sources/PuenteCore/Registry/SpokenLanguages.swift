// Languages a registry entry can list, by ISO 639 code (639-1 where one exists, else 639-3),
// each named in English and Spanish. Chosen for the communities CHW programs in the United
// States serve, including Indigenous languages of Mexico and Central America and ASL.

public struct SpokenLanguage: Hashable, Sendable {
    public let code: String
    public let english: String
    public let spanish: String

    public func name(in language: Language) -> String {
        language == .es ? spanish : english
    }
}

public enum SpokenLanguages {
    public static func named(_ code: String) -> SpokenLanguage? {
        byCode[code.lowercased()]
    }

    public static let all: [SpokenLanguage] = [
        .init(code: "en", english: "English", spanish: "inglés"),
        .init(code: "es", english: "Spanish", spanish: "español"),
        .init(code: "zh", english: "Chinese", spanish: "chino"),
        .init(code: "yue", english: "Cantonese", spanish: "cantonés"),
        .init(code: "cmn", english: "Mandarin", spanish: "mandarín"),
        .init(code: "vi", english: "Vietnamese", spanish: "vietnamita"),
        .init(code: "tl", english: "Tagalog", spanish: "tagalo"),
        .init(code: "ko", english: "Korean", spanish: "coreano"),
        .init(code: "ja", english: "Japanese", spanish: "japonés"),
        .init(code: "km", english: "Khmer", spanish: "jemer"),
        .init(code: "lo", english: "Lao", spanish: "lao"),
        .init(code: "hmn", english: "Hmong", spanish: "hmong"),
        .init(code: "th", english: "Thai", spanish: "tailandés"),
        .init(code: "hy", english: "Armenian", spanish: "armenio"),
        .init(code: "fa", english: "Persian (Farsi, Dari)", spanish: "persa (farsi, dari)"),
        .init(code: "ps", english: "Pashto", spanish: "pastún"),
        .init(code: "ar", english: "Arabic", spanish: "árabe"),
        .init(code: "ru", english: "Russian", spanish: "ruso"),
        .init(code: "uk", english: "Ukrainian", spanish: "ucraniano"),
        .init(code: "pa", english: "Punjabi", spanish: "panyabí"),
        .init(code: "hi", english: "Hindi", spanish: "hindi"),
        .init(code: "ur", english: "Urdu", spanish: "urdu"),
        .init(code: "bn", english: "Bengali", spanish: "bengalí"),
        .init(code: "pt", english: "Portuguese", spanish: "portugués"),
        .init(code: "fr", english: "French", spanish: "francés"),
        .init(code: "ht", english: "Haitian Creole", spanish: "criollo haitiano"),
        .init(code: "so", english: "Somali", spanish: "somalí"),
        .init(code: "am", english: "Amharic", spanish: "amhárico"),
        .init(code: "ti", english: "Tigrinya", spanish: "tigriña"),
        .init(code: "sw", english: "Swahili", spanish: "suajili"),
        .init(code: "my", english: "Burmese", spanish: "birmano"),
        .init(code: "ne", english: "Nepali", spanish: "nepalí"),
        .init(code: "sm", english: "Samoan", spanish: "samoano"),
        .init(code: "to", english: "Tongan", spanish: "tongano"),
        .init(code: "mh", english: "Marshallese", spanish: "marshalés"),
        .init(code: "mix", english: "Mixtec", spanish: "mixteco"),
        .init(code: "zap", english: "Zapotec", spanish: "zapoteco"),
        .init(code: "trq", english: "Triqui", spanish: "triqui"),
        .init(code: "nah", english: "Nahuatl", spanish: "náhuatl"),
        .init(code: "quc", english: "K'iche'", spanish: "quiché"),
        .init(code: "mam", english: "Mam", spanish: "mam"),
        .init(code: "yua", english: "Yucatec Maya", spanish: "maya yucateco"),
        .init(code: "nv", english: "Navajo", spanish: "navajo"),
        .init(code: "cho", english: "Choctaw", spanish: "choctaw"),
        .init(code: "chr", english: "Cherokee", spanish: "cherokee"),
        .init(code: "ase", english: "American Sign Language", spanish: "lengua de señas americana"),
    ]

    /// Offered first on the application, the rest behind "more languages": the languages
    /// most spoken at home in the United States after English (Census ACS), which CHW programs
    /// meet most, plus American Sign Language.
    public static let common = ["en", "es", "zh", "vi", "tl", "ar", "ko", "ase"]

    /// The codes in the reading order of their names, per language.
    public static let readingOrder = ReadingOrder(codes: all.map(\.code)) { code, language in byCode[code]!.name(in: language) }

    /// Every language as (code, name) in the reading order of `language`: what filters and forms offer.
    public static func choices(in language: Language) -> [(code: String, name: String)] {
        readingOrder.sorted(all.map(\.code), in: language).map { ($0, byCode[$0]!.name(in: language)) }
    }

    private static let byCode: [String: SpokenLanguage] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}
