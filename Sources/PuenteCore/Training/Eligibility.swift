// Eligibility rule sets per jurisdiction, as data: a person qualifies through any one pathway
// and stays qualified while they keep up continuing education. Rules differ by state and payer,
// so a program writes its own in this shape (JSON) rather than in code.

public struct EligibilityRuleSet: Codable, Sendable, Equatable, Identifiable {
    public struct Pathway: Codable, Sendable, Equatable, Identifiable {
        public let id: String
        public let name: Translation
        public let requirement: Requirement
    }

    public enum Requirement: Codable, Sendable, Equatable {
        /// Holds a valid certificate of completion from a program of this kind.
        case completedProgram(kind: String)
        /// Documented work hours in a rolling window; then a certificate must follow within some months.
        case workExperience(quarterHours: Int, withinMonths: Int, certificateWithinMonths: Int, certificateKind: String)
    }

    public struct ContinuingEducation: Codable, Sendable, Equatable {
        public let quarterHours: Int
        public let everyMonths: Int
    }

    public let id: String
    public let name: Translation
    public let pathways: [Pathway]
    public let continuingEducation: ContinuingEducation?
}

/// What is known about one person, as of evaluation.
public struct EligibilityFacts: Sendable {
    public struct Completion: Sendable { public let kind: String; public let day: Day
        public init(kind: String, day: Day) { self.kind = kind; self.day = day } }
    public struct Hours: Sendable { public let day: Day; public let quarterHours: Int
        public init(day: Day, quarterHours: Int) { self.day = day; self.quarterHours = quarterHours } }

    public var completions: [Completion]
    public var workHours: [Hours]
    public var continuingEducation: [Hours]

    public init(completions: [Completion] = [], workHours: [Hours] = [], continuingEducation: [Hours] = []) {
        self.completions = completions
        self.workHours = workHours
        self.continuingEducation = continuingEducation
    }
}

public struct EligibilityResult: Sendable, Equatable {
    public enum Gap: Sendable, Equatable {
        case program(kind: String)
        case workHours(haveQuarterHours: Int, needQuarterHours: Int, withinMonths: Int)
        case certificateDue(kind: String, by: Day)
        case continuingEducation(haveQuarterHours: Int, needQuarterHours: Int, everyMonths: Int)
    }

    public let isEligible: Bool
    /// The pathway that qualifies the person, when one does.
    public let pathway: String?
    public let eligibleUntil: Day?
    /// What stands between the person and eligibility (or its renewal).
    public let gaps: [Gap]

    public func lapses(within days: Int, of today: Day) -> Bool {
        guard isEligible, let eligibleUntil else { return false }
        return eligibleUntil <= today.adding(days: days)
    }
}

extension EligibilityRuleSet {
    public func evaluate(_ facts: EligibilityFacts, today: Day) -> EligibilityResult {
        var gaps = [EligibilityResult.Gap]()
        var best: (pathway: String, since: Day, until: Day?)?

        for pathway in pathways {
            switch pathway.requirement {
            case .completedProgram(let kind):
                if let first = facts.completions.filter({ $0.kind == kind && $0.day <= today }).map(\.day).min() {
                    best = Self.better(best, (pathway.id, first, nil))
                } else {
                    gaps.append(.program(kind: kind))
                }
            case .workExperience(let needed, let months, let certificateMonths, let kind):
                if let since = Self.firstDay(reaching: needed, in: facts.workHours, withinMonths: months, upTo: today) {
                    let due = since.adding(months: certificateMonths)
                    let certified = facts.completions.contains { $0.kind == kind && $0.day <= due }
                    if certified || today <= due {
                        best = Self.better(best, (pathway.id, since, certified ? nil : due))
                        if !certified { gaps.append(.certificateDue(kind: kind, by: due)) }
                    } else {
                        gaps.append(.certificateDue(kind: kind, by: due))
                    }
                } else {
                    let from = today.adding(months: -months)
                    let have = facts.workHours.filter { $0.day > from && $0.day <= today }.reduce(0) { $0 + $1.quarterHours }
                    gaps.append(.workHours(haveQuarterHours: have, needQuarterHours: needed, withinMonths: months))
                }
            }
        }

        guard let qualified = best else {
            return EligibilityResult(isEligible: false, pathway: nil, eligibleUntil: nil, gaps: gaps)
        }
        var until = qualified.until
        var eligible = true
        if let ce = continuingEducation {
            // The first cycle after qualifying is free; after that the newest records that add
            // up to the requirement keep the person current for one cycle from the oldest of them.
            var ceUntil = qualified.since.adding(months: ce.everyMonths).adding(days: -1)
            var sum = 0
            for record in facts.continuingEducation.filter({ $0.day <= today }).sorted(by: { $0.day > $1.day }) {
                sum += record.quarterHours
                if sum >= ce.quarterHours {
                    ceUntil = max(ceUntil, record.day.adding(months: ce.everyMonths).adding(days: -1))
                    break
                }
            }
            until = until.map { min($0, ceUntil) } ?? ceUntil
            if today > ceUntil { eligible = false }
            let from = today.adding(months: -ce.everyMonths)
            let recent = facts.continuingEducation.filter { $0.day > from && $0.day <= today }.reduce(0) { $0 + $1.quarterHours }
            if recent < ce.quarterHours {
                gaps.append(.continuingEducation(haveQuarterHours: recent, needQuarterHours: ce.quarterHours, everyMonths: ce.everyMonths))
            }
        }
        // Qualified through one pathway: the others' gaps no longer matter.
        gaps.removeAll { if case .program = $0 { true } else if case .workHours = $0 { true } else { false } }
        return EligibilityResult(isEligible: eligible, pathway: eligible ? qualified.pathway : nil,
                                 eligibleUntil: eligible ? until : nil, gaps: gaps)
    }

    /// Prefers an open-ended pathway, then the earliest.
    private static func better(_ a: (pathway: String, since: Day, until: Day?)?, _ b: (pathway: String, since: Day, until: Day?))
        -> (pathway: String, since: Day, until: Day?) {
        guard let a else { return b }
        if (a.until == nil) != (b.until == nil) { return a.until == nil ? a : b }
        return a.since <= b.since ? a : b
    }

    /// The first day on which the hours logged in the window ending that day reach `needed`.
    static func firstDay(reaching needed: Int, in hours: [EligibilityFacts.Hours], withinMonths months: Int, upTo today: Day) -> Day? {
        let sorted = hours.filter { $0.day <= today }.sorted { $0.day < $1.day }
        var start = 0, sum = 0
        for (index, record) in sorted.enumerated() {
            sum += record.quarterHours
            let from = record.day.adding(months: -months)
            while start <= index && sorted[start].day <= from { sum -= sorted[start].quarterHours; start += 1 }
            if sum >= needed { return record.day }
        }
        return nil
    }
}

extension EligibilityRuleSet {
    /// A state registry: completing the core-competency program is what it takes.
    public static let stateRegistry = EligibilityRuleSet(
        id: "state-registry",
        name: .init(en: "State CHW registry", es: "Registro estatal de promotores"),
        pathways: [.init(id: "certificate", name: .init(en: "Core-competency certificate", es: "Certificado de competencias básicas"),
                         requirement: .completedProgram(kind: "core"))],
        continuingEducation: nil)

    /// A Medicaid CHW benefit in the style several states use: a certificate, or 2,000 documented
    /// hours in three years followed by a certificate within 18 months; then 6 CE hours a year.
    public static let medicaidBenefit = EligibilityRuleSet(
        id: "medicaid-chw-benefit",
        name: .init(en: "Medicaid CHW services benefit", es: "Beneficio de Medicaid por servicios de promotores"),
        pathways: [
            .init(id: "certificate", name: .init(en: "Certificate pathway", es: "Vía del certificado"),
                  requirement: .completedProgram(kind: "core")),
            .init(id: "work-experience", name: .init(en: "Work-experience pathway", es: "Vía de experiencia laboral"),
                  requirement: .workExperience(quarterHours: 2000 * 4, withinMonths: 36, certificateWithinMonths: 18, certificateKind: "core")),
        ],
        continuingEducation: .init(quarterHours: 6 * 4, everyMonths: 12))

    public static let shipped: [EligibilityRuleSet] = [stateRegistry, medicaidBenefit]
}
