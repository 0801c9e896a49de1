// The CHW Core Consensus (C3) Project's roles and skills, shipped as data: programs name the
// ones they cover, sessions and practicum logs name the ones practiced. Programs may add their own.

public struct Competency: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable { case role, skill }
    /// Stable code stored in the database, e.g. `role-outreach`.
    public let id: String
    public let kind: Kind
    public let name: Translation
}

public enum Competencies {
    public static let all: [Competency] = roles + skills

    public static let roles: [Competency] = [
        .init(id: "role-cultural-mediation", kind: .role,
              name: .init(en: "Cultural mediation among individuals, communities and health and social service systems",
                          es: "Mediación cultural entre personas, comunidades y sistemas de salud y servicios sociales")),
        .init(id: "role-health-education", kind: .role,
              name: .init(en: "Providing culturally appropriate health education and information",
                          es: "Educación e información de salud culturalmente apropiada")),
        .init(id: "role-care-coordination", kind: .role,
              name: .init(en: "Care coordination, case management and system navigation",
                          es: "Coordinación de cuidados, manejo de casos y orientación en los sistemas")),
        .init(id: "role-coaching", kind: .role,
              name: .init(en: "Providing coaching and social support", es: "Acompañamiento y apoyo social")),
        .init(id: "role-advocacy", kind: .role,
              name: .init(en: "Advocating for individuals and communities", es: "Abogacía por personas y comunidades")),
        .init(id: "role-capacity", kind: .role,
              name: .init(en: "Building individual and community capacity", es: "Desarrollo de capacidades individuales y comunitarias")),
        .init(id: "role-direct-service", kind: .role,
              name: .init(en: "Providing direct service", es: "Servicios directos")),
        .init(id: "role-assessment", kind: .role,
              name: .init(en: "Implementing individual and community assessments", es: "Evaluaciones individuales y comunitarias")),
        .init(id: "role-outreach", kind: .role,
              name: .init(en: "Conducting outreach", es: "Realizar actividades de alcance comunitario")),
        .init(id: "role-evaluation", kind: .role,
              name: .init(en: "Participating in evaluation and research", es: "Participación en evaluación e investigación")),
    ]

    public static let skills: [Competency] = [
        .init(id: "skill-communication", kind: .skill, name: .init(en: "Communication", es: "Comunicación")),
        .init(id: "skill-interpersonal", kind: .skill,
              name: .init(en: "Interpersonal and relationship-building", es: "Relaciones interpersonales y construcción de confianza")),
        .init(id: "skill-navigation", kind: .skill,
              name: .init(en: "Service coordination and navigation", es: "Coordinación de servicios y orientación")),
        .init(id: "skill-capacity", kind: .skill, name: .init(en: "Capacity building", es: "Desarrollo de capacidades")),
        .init(id: "skill-advocacy", kind: .skill, name: .init(en: "Advocacy", es: "Abogacía")),
        .init(id: "skill-education", kind: .skill, name: .init(en: "Education and facilitation", es: "Educación y facilitación")),
        .init(id: "skill-assessment", kind: .skill,
              name: .init(en: "Individual and community assessment", es: "Evaluación individual y comunitaria")),
        .init(id: "skill-outreach", kind: .skill, name: .init(en: "Outreach", es: "Habilidades de alcance comunitario")),
        .init(id: "skill-professional", kind: .skill,
              name: .init(en: "Professional skills and conduct", es: "Habilidades y conducta profesional")),
        .init(id: "skill-evaluation", kind: .skill,
              name: .init(en: "Evaluation and research", es: "Evaluación e investigación")),
        .init(id: "skill-knowledge", kind: .skill, name: .init(en: "Knowledge base", es: "Conocimientos básicos")),
    ]

    public static func named(_ id: String) -> Competency? { all.first { $0.id == id } }

    /// Stored as one comma-separated column; unknown codes are dropped when read.
    public static func parse(_ stored: String) -> [String] {
        stored.split(separator: ",").map(String.init).filter { named($0) != nil }
    }
}
