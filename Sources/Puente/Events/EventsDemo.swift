// The demo's events: the coalition's policy committee (representatives on the 2nd Thursday,
// open to everyone on the 4th, 2:30–4:00 pm Pacific: two recurring series that began three
// months ago), a four-part webinar series with recordings
// on the parts already held, a statewide summit with registration questions, a small peer
// circle with a waitlist, and registrations. Built through the real services.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum EventsDemo {
    static let summitTitle = "Statewide CHW/Promotores Summit 2027"
    static let webinarSeries = "Promotores in Practice: a four-part webinar series"
    static let webinarSeriesEs = "Promotores en la práctica: una serie de cuatro seminarios web"

    static let visitors: [(name: String, email: String)] = [
        ("Yesenia Morales", "yesenia.morales@example.org"), ("Hung Nguyen", "hung.nguyen@example.org"),
        ("Carla Benally", "carla.benally@example.org"), ("Oscar Villanueva", "oscar.villanueva@example.org"),
        ("Fatima Haddad", "fatima.haddad@example.org"), ("Lorena Chávez", "lorena.chavez@example.org"),
        ("Samuel Okafor", "samuel.okafor@example.org"), ("Marisol Reyes", "marisol.reyes@example.org"),
    ]

    /// Adds the demo events unless they are there already; returns how many events it created.
    static func seed(app: Application) async throws -> Int {
        if try await Event.query(on: app.db).filter(\.$title == summitTitle).first() != nil { return 0 }
        guard let staff = try await User.query(on: app.db).filter(\.$email == "staff@demo.puente.example.org").first() else { return 0 }
        // The committee's meetings belong to the coalition's policy committee.
        try await CoalitionDemo.seedGroups(app: app)
        let service = EventService(db: app.db, config: app.config, actor: .system)
        let pacific = TimeZone(identifier: "America/Los_Angeles")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = pacific
        let today = Day(Date(), in: pacific)
        var created = 0

        // The policy committee: two series, because a rule holds one position in the month.
        let interpretation = EventQuestion(id: "q1", kind: .yesNo,
                                           prompt: "Do you need Spanish interpretation?", required: true,
                                           promptEs: "¿Necesita interpretación al español?")
        // Three months back, so the committee has past meetings with minutes.
        let seriesStart = Day(year: today.year, month: today.month, day: 1)!.adding(months: -3)
        for (title, position, audience, description, spanish) in [
            ("Policy Committee — organizations meeting", 2, "representatives",
             "Member organizations plan testimony, review bills and agree on positions. For organization representatives.",
             EventTranslation(title: "Comité de Políticas — reunión de organizaciones",
                              description: "Las organizaciones miembro preparan testimonios, revisan proyectos de ley y acuerdan posturas. Para representantes de organizaciones.")),
            ("Policy Committee — open meeting", 4, "public",
             "Everyone is welcome: what is moving in the legislature and in Medi-Cal, and how CHWs and promotores can speak up.",
             EventTranslation(title: "Comité de Políticas — reunión abierta",
                              description: "Todos son bienvenidos: qué avanza en la legislatura y en Medi-Cal, y cómo los promotores de salud pueden hacerse oír.")),
        ] {
            var input = EventInput(title: title, start: EventForm.instant(seriesStart, "14:30", pacific)!,
                                   end: EventForm.instant(seriesStart, "16:00", pacific)!, timeZone: pacific.identifier)
            input.kind = "meeting"
            input.group = CoalitionDemo.committeeSlug
            input.description = description
            input.onlineLink = "https://meet.example.org/policy-committee-\(position == 2 ? "organizations" : "open")"
            input.audience = audience
            input.reminderMinutes = 1440
            input.questions = [interpretation]
            input.translations = ["es": spanish]
            let (_, events) = try await service.createSeries(SeriesInput(event: input,
                                                                         rrule: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=\(position);COUNT=12"),
                                                             organizer: staff)
            created += events.count
            if position == 4, let next = events.first(where: { $0.startsAt > Date() }) {
                for (index, visitor) in visitors.prefix(5).enumerated() {
                    _ = try await app.eventRegistrations.register(next, name: visitor.name, email: visitor.email, user: nil, roles: [],
                                                                  answers: ["q1": index.isMultiple(of: 2) ? "yes" : "no"])
                }
            }
        }

        // The webinar series: four parts two weeks apart, the first two already held.
        let parts = [
            ("Part 1: Outreach that reaches people", "Door to door, at the flea market, on WhatsApp: what works in our communities.",
             EventTranslation(title: "Promotores en la práctica — Parte 1: alcance que llega a la gente",
                              description: "De puerta en puerta, en el tianguis, por WhatsApp: lo que funciona en nuestras comunidades.")),
            ("Part 2: Navigating Medi-Cal with families", "Enrollment, renewals and the community health worker benefit, step by step.",
             EventTranslation(title: "Promotores en la práctica — Parte 2: cómo orientar a las familias en Medi-Cal",
                              description: "Inscripción, renovaciones y el beneficio de promotores de salud, paso a paso.")),
            ("Part 3: Mental health first conversations", "Listening, recognizing a crisis, and connecting people to care.",
             EventTranslation(title: "Promotores en la práctica — Parte 3: primeras conversaciones sobre salud mental",
                              description: "Escuchar, reconocer una crisis y conectar a las personas con atención.")),
            ("Part 4: Telling our story with data", "Simple ways to count what we do so funders and health plans see it.",
             EventTranslation(title: "Promotores en la práctica — Parte 4: contar nuestra historia con datos",
                              description: "Formas sencillas de medir lo que hacemos para que financiadores y planes de salud lo vean.")),
        ]
        let firstPart = today.adding(days: -24)
        for (index, part) in parts.enumerated() {
            let day = firstPart.adding(days: 14 * index)
            var input = EventInput(title: "Promotores in Practice — " + part.0, start: EventForm.instant(day, "12:00", pacific)!,
                                   end: EventForm.instant(day, "13:00", pacific)!, timeZone: pacific.identifier)
            input.kind = "webinar"
            input.description = part.1
            input.onlineLink = "https://meet.example.org/promotores-in-practice"
            input.capacity = 300
            input.reminderMinutes = 60
            input.seriesTitle = webinarSeries
            input.seriesTitleEs = webinarSeriesEs
            input.translations = ["es": part.2]
            let event = try await service.create(input, organizer: staff)
            created += 1
            // Registrations taken before each part: past parts were open a week before they happened.
            for visitor in visitors.dropFirst(index).prefix(4) {
                _ = try await app.eventRegistrations.register(event, name: visitor.name, email: visitor.email, user: nil, roles: [],
                                                              now: event.startsAt.addingTimeInterval(-7 * 86400))
            }
            if event.hasEnded {
                for (kind, title, titleEs, url) in [(EventMaterial.Kind.recording, "Recording (English, with Spanish interpretation)",
                                                     "Grabación (en inglés, con interpretación al español)",
                                                     "https://video.example.org/promotores-in-practice-\(index + 1)"),
                                                    (.slides, "Slides (PDF)", "Diapositivas (PDF)",
                                                     "https://files.example.org/promotores-in-practice-\(index + 1).pdf")] {
                    let material = EventMaterial()
                    material.$event.id = event.id!
                    material.kind = kind
                    material.title = title
                    material.titleEs = titleEs
                    material.url = url
                    try await material.create(on: app.db)
                }
            }
        }

        // The statewide summit, with registration questions.
        let summitDay = today.adding(days: 75)
        var summit = EventInput(title: summitTitle, start: EventForm.instant(summitDay, "08:30", pacific)!,
                                end: EventForm.instant(summitDay, "17:00", pacific)!, timeZone: pacific.identifier)
        summit.kind = "summit"
        summit.description = "A day for community health workers, promotores and community health representatives from every region: "
            + "workforce and payment, training pathways, and peer support. Free; lunch provided."
        summit.place = "Sacramento Convention Center, 1400 J Street, Sacramento, CA"
        summit.capacity = 400
        summit.reminderMinutes = 2880
        summit.translations = ["es": EventTranslation(
            title: "Cumbre Estatal de Promotores y Trabajadores Comunitarios de Salud 2027",
            description: "Un día para promotores, trabajadores comunitarios de salud y representantes comunitarios de salud de todas las regiones: "
                + "fuerza laboral y pago, caminos de capacitación y apoyo entre pares. Gratis; incluye almuerzo.")]
        summit.questions = [
            EventQuestion(id: "q1", kind: .yesNo, prompt: "Do you need language interpretation?", required: true,
                          promptEs: "¿Necesita interpretación de idioma?"),
            EventQuestion(id: "q2", kind: .choice, prompt: "Which language?", choices: ["Spanish", "Vietnamese", "Hmong", "Tagalog", "Other"],
                          promptEs: "¿Qué idioma?", choicesEs: ["Español", "Vietnamita", "Hmong", "Tagalo", "Otro"]),
            EventQuestion(id: "q3", kind: .text, prompt: "Accessibility needs we should plan for",
                          promptEs: "Necesidades de accesibilidad que debemos prever"),
        ]
        let summitEvent = try await service.create(summit, organizer: staff)
        created += 1
        for (index, visitor) in visitors.enumerated() {
            _ = try await app.eventRegistrations.register(summitEvent, name: visitor.name, email: visitor.email, user: nil, roles: [],
                                                          answers: index % 3 == 0 ? ["q1": "yes", "q2": "Spanish"] : ["q1": "no"])
        }
        for email in ["promotora@demo.puente.example.org", "chw@demo.puente.example.org"] {
            if let user = try await User.query(on: app.db).filter(\.$email == email).first() {
                _ = try await app.eventRegistrations.register(summitEvent, name: user.name, email: user.email, user: user, roles: [.member],
                                                              answers: ["q1": user.language == .es ? "yes" : "no"])
            }
        }

        // A small peer circle that filled up: three seats, a waitlist of three.
        let circleDay = today.adding(days: 9)
        var circle = EventInput(title: "Peer circle: self-care after hard visits", start: EventForm.instant(circleDay, "18:00", pacific)!,
                                end: EventForm.instant(circleDay, "19:00", pacific)!, timeZone: pacific.identifier)
        circle.kind = "other"
        circle.description = "A small, confidential conversation among CHWs. Cameras optional."
        circle.onlineLink = "https://meet.example.org/peer-circle"
        circle.capacity = 3
        circle.reminderMinutes = 120
        circle.translations = ["es": EventTranslation(title: "Círculo de pares: autocuidado después de visitas difíciles",
                                                      description: "Una conversación pequeña y confidencial entre promotores. La cámara es opcional.")]
        let circleEvent = try await service.create(circle, organizer: staff)
        created += 1
        for visitor in visitors.suffix(6) {
            _ = try await app.eventRegistrations.register(circleEvent, name: visitor.name, email: visitor.email, user: nil, roles: [])
        }
        return created
    }
}
