// A series card says its rule in words a reader knows, in their language, or says nothing.

import Foundation
import Testing
@testable import PuenteCore

@Suite struct RecurrenceRuleWordsTests {
    func words(_ rule: String, _ language: Language, start: Int = 4) throws -> String? {
        try RecurrenceRule(parsing: rule).words(in: language, startWeekday: start)
    }

    @Test func monthlyByPositionReadsAsTheNthWeekdayOfEveryMonth() throws {
        #expect(try words("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;COUNT=12", .en) == "The fourth Thursday of every month")
        #expect(try words("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4;COUNT=12", .es) == "El cuarto jueves de cada mes")
        #expect(try words("FREQ=MONTHLY;BYDAY=2TU", .es) == "El segundo martes de cada mes")
        #expect(try words("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", .es) == "El primer lunes de cada mes")
    }

    @Test func weeklyAndDailyRulesNameTheirDays() throws {
        #expect(try words("FREQ=WEEKLY;BYDAY=TU,TH", .en) == "Every Tuesday and Thursday")
        #expect(try words("FREQ=WEEKLY;BYDAY=SA,TU,TH", .es) == "Cada martes, jueves y sábado")
        #expect(try words("FREQ=WEEKLY;INTERVAL=2", .en, start: 3) == "Every 2 weeks: Wednesday", "no BYDAY: the first date's weekday")
        #expect(try words("FREQ=DAILY;COUNT=5", .es) == "Todos los días")
        #expect(try words("FREQ=MONTHLY;BYMONTHDAY=1,15", .en) == "Every month on day 1 and 15")
    }

    @Test func rulesTheWordsDoNotCoverSayNothing() throws {
        #expect(try words("FREQ=MONTHLY;INTERVAL=3;BYDAY=TH;BYSETPOS=2", .en) == nil)
        #expect(try words("FREQ=MONTHLY", .en) == nil)
    }
}
