import Foundation
import Testing
@testable import PuenteCore

@Suite struct EligibilityTests {
    let today = Day("2026-11-23")!
    let benefit = EligibilityRuleSet.medicaidBenefit

    @Test func theStateRegistryRuleWantsTheCoreCertificate() {
        let none = EligibilityRuleSet.stateRegistry.evaluate(.init(), today: today)
        #expect(!none.isEligible)
        #expect(none.gaps == [.program(kind: "core")])
        let done = EligibilityRuleSet.stateRegistry.evaluate(.init(completions: [.init(kind: "core", day: Day("2025-03-01")!)]), today: today)
        #expect(done.isEligible)
        #expect(done.pathway == "certificate")
        #expect(done.eligibleUntil == nil)
    }

    @Test func theCertificatePathwayLastsWhileContinuingEducationIsKeptUp() {
        let certified = Day("2025-06-10")!
        var facts = EligibilityFacts(completions: [.init(kind: "core", day: certified)])
        // The first year after qualifying needs no continuing education.
        let firstYear = benefit.evaluate(facts, today: Day("2026-01-15")!)
        #expect(firstYear.isEligible)
        #expect(firstYear.eligibleUntil == Day("2026-06-09"))
        #expect(firstYear.lapses(within: 60, of: Day("2026-04-15")!))
        #expect(!firstYear.lapses(within: 60, of: Day("2026-01-15")!))
        // Without it, eligibility lapses after that year.
        let lapsed = benefit.evaluate(facts, today: today)
        #expect(!lapsed.isEligible)
        #expect(lapsed.gaps == [.continuingEducation(haveQuarterHours: 0, needQuarterHours: 24, everyMonths: 12)])
        // Six hours in two records keep the person current for a year from the older of them.
        facts.continuingEducation = [.init(day: Day("2026-03-01")!, quarterHours: 12), .init(day: Day("2026-05-20")!, quarterHours: 12),
                                     .init(day: Day("2024-01-01")!, quarterHours: 100)]
        let current = benefit.evaluate(facts, today: today)
        #expect(current.isEligible)
        #expect(current.eligibleUntil == Day("2027-02-28"))
        #expect(current.gaps.isEmpty)
    }

    @Test func theWorkExperiencePathwayCountsARollingWindowThenWantsACertificate() {
        // 2,000 hours over three years reached on the last of these days.
        let hours = (0..<25).map { i in EligibilityFacts.Hours(day: Day("2024-01-15")!.adding(months: i), quarterHours: 80 * 4) }
        let reached = Day("2024-01-15")!.adding(months: 24)
        let facts = EligibilityFacts(workHours: hours, continuingEducation: [.init(day: Day("2026-09-01")!, quarterHours: 24)])
        let result = benefit.evaluate(facts, today: today)
        #expect(result.isEligible)
        #expect(result.pathway == "work-experience")
        #expect(result.eligibleUntil == reached.adding(months: 18)) // the CE cycle runs to 2027-08-31
        #expect(result.gaps.contains(.certificateDue(kind: "core", by: reached.adding(months: 18))))

        let late = benefit.evaluate(facts, today: reached.adding(months: 18).adding(days: 1))
        #expect(!late.isEligible)

        // Hours spread wider than three years never reach 2,000 in one window.
        let spread = (0..<25).map { i in EligibilityFacts.Hours(day: Day("2018-01-15")!.adding(months: i * 3), quarterHours: 80 * 4) }
        let short = benefit.evaluate(.init(workHours: spread), today: today)
        #expect(!short.isEligible)
        #expect(short.gaps.contains(.program(kind: "core")))
    }

    @Test func ruleSetsAreDataThatRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(EligibilityRuleSet.shipped)
        let decoded = try JSONDecoder().decode([EligibilityRuleSet].self, from: data)
        #expect(decoded == EligibilityRuleSet.shipped)
        let custom = #"{"id":"x","name":{"en":"X","es":"X"},"pathways":[{"id":"p","name":{"en":"P","es":"P"},"requirement":{"workExperience":{"quarterHours":4000,"withinMonths":36,"certificateWithinMonths":18,"certificateKind":"core"}}}]}"#
        let rule = try JSONDecoder().decode(EligibilityRuleSet.self, from: Data(custom.utf8))
        #expect(rule.continuingEducation == nil)
        #expect(rule.pathways.first?.requirement == .workExperience(quarterHours: 4000, withinMonths: 36, certificateWithinMonths: 18, certificateKind: "core"))
    }
}
