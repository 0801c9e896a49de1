// The strings of the audit log, in English and Spanish. Keys are declared in `L10n`;
// `CatalogTests` checks that exactly one catalog translates each.

extension L10n {
    static func auditCatalog(_ key: L10n) -> Translation? {
        switch key {
        case .auditTitle: .init(en: "Audit log", es: "Registro de auditoría")
        case .auditLead:
            .init(en: "Every change to personal data and every export, newest first.",
                  es: "Cada cambio de datos personales y cada exportación, del más reciente al más antiguo.")
        case .auditFilterActor: .init(en: "Who (email)", es: "Quién (correo)")
        case .auditFilterAction: .init(en: "Action", es: "Acción")
        case .auditFilterEntity: .init(en: "Record type", es: "Tipo de registro")
        case .auditFilterFrom: .init(en: "From date", es: "Desde")
        case .auditFilterTo: .init(en: "To date", es: "Hasta")
        case .auditFilterSubmit: .init(en: "Filter", es: "Filtrar")
        case .columnWhen: .init(en: "When", es: "Cuándo")
        case .columnWho: .init(en: "Who", es: "Quién")
        case .columnAction: .init(en: "Action", es: "Acción")
        case .columnWhat: .init(en: "What", es: "Qué")
        case .columnFromWhere: .init(en: "From where", es: "Desde dónde")
        case .auditSystem: .init(en: "System", es: "Sistema")
        default: nil
        }
    }
}
