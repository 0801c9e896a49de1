// The C3 roles and skills: a trainee's checklist tells them apart, so no two share a name.

import Testing
@testable import PuenteCore

@Suite struct CompetenciesTests {
    @Test(arguments: Language.allCases)
    func everyCompetencyHasItsOwnNameInEachLanguage(_ language: Language) {
        let names = Competencies.all.map { $0.name.text(in: language) }
        #expect(Set(names).count == names.count, "\(names)")
    }
}
