// Everything staff write about an event has a Spanish field: its questions and their choices, the
// webinar series' title and the materials' titles. Spanish readers read Spanish; answers are kept
// in the one language staff read them in.

import Fluent
import Foundation
import PuenteCore
import Testing
@testable import Puente

@Suite struct EventSpanishContentTests {
    var futureDay: String { Day(Date().addingTimeInterval(10 * 86400), in: TimeZone(identifier: "America/Los_Angeles")!).description }

    func fields(series: String = "", seriesEs: String = "", choicesEs: String = "Español; Vietnamita; Hmong") -> [(String, String)] {
        [("kind", "webinar"), ("title", "Outreach that works"), ("titleEs", "Alcance que funciona"),
         ("description", "Door to door and online."), ("descriptionEs", "De puerta en puerta y en línea."),
         ("day", futureDay), ("startTime", "12:00"), ("endTime", "13:00"), ("timeZone", "America/Los_Angeles"), ("place", ""),
         ("onlineLink", "https://meet.example.org/outreach"), ("audience", "public"), ("capacity", "50"), ("reminderMinutes", "0"),
         ("seriesTitle", series), ("seriesTitleEs", seriesEs), ("repeat", "none"), ("rrule", ""),
         ("q1_prompt", "Do you need interpretation?"), ("q1_prompt_es", "¿Necesita interpretación?"), ("q1_kind", "yes_no"), ("q1_required", "on"),
         ("q2_prompt", "Which language?"), ("q2_prompt_es", "¿Qué idioma?"), ("q2_kind", "choice"),
         ("q2_choices", "Spanish; Vietnamese; Hmong"), ("q2_choices_es", choicesEs),
         ("q3_prompt", "Anything else?"), ("q3_kind", "text")]
    }

    @Test func questionsAskInSpanishAndTheAnswerIsKeptAsStaffWroteTheChoice() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")

            // Spanish choices must line up one for one with the English ones; nothing is written otherwise.
            let mismatched = try await staff.post(SiteURL.staffEventNew.path, fields(choicesEs: "Español; Vietnamita"))
            #expect(mismatched.status == .unprocessableEntity)
            #expect(mismatched.body.string.contains(L10n.eventQuestionChoicesEsMismatch.text(.en)))
            #expect(try await Event.query(on: app.db).count() == 0)

            _ = try await staff.get(SiteURL.staffEventNew.path)
            #expect(try await staff.post(SiteURL.staffEventNew.path, fields()).status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).first())
            #expect(event.questions.map(\.promptEs) == ["¿Necesita interpretación?", "¿Qué idioma?", nil])
            let editing = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path).body.string
            #expect(editing.contains("value=\"Español; Vietnamita; Hmong\""), "the edit form gives the Spanish choices back")

            let visitor = Browser(app)
            let spanish = try await visitor.get(SiteURL.event(.value(event.id!)).path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("¿Necesita interpretación?"))
            #expect(spanish.contains("value=\"Vietnamese\"> Vietnamita<"), "the label is Spanish, the value sent the English choice")
            #expect(spanish.contains("Anything else? \(L10n.inEnglish.text(.es))"), "a prompt without Spanish says it is in English")
            #expect(!spanish.contains("Which language?"))

            let done = try await visitor.post(SiteURL.eventRegister(.value(event.id!)).path(query: ["lang": "es"]),
                                              [("name", "Ana Ruiz"), ("email", "ana@example.org"), ("answer_q1", "yes"), ("answer_q2", "Vietnamese")])
            #expect(done.status == .seeOther)
            let registration = try #require(try await EventRegistration.query(on: app.db).first())
            #expect(registration.answers["q2"] == "Vietnamese")
            let roster = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path(query: ["lang": "en"])).body.string
            #expect(roster.contains("Vietnamese"))
        }
    }

    @Test func aWebinarSeriesAndItsMaterialsHaveSpanishTitles() async throws {
        try await withPuente { app in
            try await app.makeUser("staff@example.org", roles: [.staff])
            let staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.post(SiteURL.staffEventNew.path,
                                         fields(series: "Outreach webinars", seriesEs: "Seminarios web de alcance")).status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).with(\.$series).first())
            #expect(event.series?.titleEs == "Seminarios web de alcance")

            _ = try await staff.get(SiteURL.staffEvent(.value(event.id!)).path)
            #expect(try await staff.post(SiteURL.staffEventMaterials(.value(event.id!)).path,
                                         [("materialKind", "slides"), ("materialTitle", "Slides (PDF)"), ("materialTitleEs", "Diapositivas (PDF)"),
                                          ("materialURL", "https://files.example.org/outreach.pdf")]).status == .seeOther)

            // Materials show once the event is over.
            event.startsAt = Date().addingTimeInterval(-2 * 86400)
            event.endsAt = event.startsAt.addingTimeInterval(3600)
            try await event.save(on: app.db)
            let spanish = try await Browser(app).get(SiteURL.event(.value(event.id!)).path(query: ["lang": "es"])).body.string
            #expect(spanish.contains("Seminarios web de alcance"))
            #expect(spanish.contains("Diapositivas (PDF)"))
            #expect(!spanish.contains("Outreach webinars") && !spanish.contains("Slides (PDF)"))
            let english = try await Browser(app).get(SiteURL.event(.value(event.id!)).path(query: ["lang": "en"])).body.string
            #expect(english.contains("Outreach webinars") && english.contains("Slides (PDF)"))

            let api = try await app.api(.GET, .event(.value(event.id!)), token: try await app.bearerToken(roles: [.staff])).object
            #expect(api["seriesTitleEs"] as? String == "Seminarios web de alcance")
        }
    }
}
