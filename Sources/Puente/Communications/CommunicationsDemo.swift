// The demo's lists: the coalition listserv, the policy committee's list and the newsletter with
// two past issues in both languages, and a few hundred subscribers drawn from the demo registry.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum CommunicationsDemo {
    static let newsletterSlug = "newsletter"

    static func seed(app: Application) async throws -> Int {
        if try await MailingList.query(on: app.db).withDeleted().filter(\.$slug == newsletterSlug).count() > 0 { return 0 }
        let service = ListService(db: app.db, config: app.config, signing: app.listSigning, actor: .system)
        let lists = try await [
            service.create(ListInput(slug: "coalition", name: "Coalition listserv", nameEs: "Lista de la coalición",
                                     description: "Members of the coalition share news, job openings, trainings and questions with each other. Write to the list and everyone on it reads your message.",
                                     descriptionEs: "Los miembros de la coalición comparten noticias, empleos, capacitaciones y preguntas. Escriba a la lista y todas las personas en ella leerán su mensaje.",
                                     kind: "discussion", visibility: "members", policy: "open").checked()),
            service.create(ListInput(slug: "policy-committee", name: "Policy committee", nameEs: "Comité de políticas",
                                     description: "Agendas, minutes and bill updates for the policy committee, which meets on the second and fourth Thursday of each month.",
                                     descriptionEs: "Agendas, minutas y novedades de proyectos de ley para el comité de políticas, que se reúne el segundo y el cuarto jueves de cada mes.",
                                     kind: "discussion", visibility: "members", policy: "invitation").checked()),
            service.create(ListInput(slug: newsletterSlug, name: "Puente newsletter", nameEs: "Boletín de Puente",
                                     description: "Two issues a year: what changed for community health workers, promotores and representatives, what is coming, and who is doing good work near you.",
                                     descriptionEs: "Dos números al año: qué cambió para trabajadores comunitarios de salud, promotores y representantes, qué viene y quién hace buen trabajo cerca de usted.",
                                     kind: "announcement", visibility: "public", policy: "open").checked()),
        ]
        let newsletter = lists[2], coalition = lists[0], committee = lists[1]

        // Subscribers: demo people who gave an email, in the language they speak.
        let entries = try await RegistryEntry.query(on: app.db).filter(\.$email != nil).sort(\.$registryNumber).limit(320).with(\.$languages).all()
        let staff = DemoData.people
        try await app.db.transaction { db in
            let staffEmails = Set(staff.map(\.email))
            for (index, entry) in entries.enumerated() {
                guard let email = entry.email, !staffEmails.contains(email) else { continue }
                let speaksSpanish = entry.languages.contains { $0.code == "es" }
                let subscription = ListSubscription(listID: newsletter.id!, email: email, name: "\(entry.givenName) \(entry.familyName)",
                                                    language: speaksSpanish && index % 3 != 0 ? .es : .en, userID: nil, status: .confirmed,
                                                    consentBasis: "demo: signed up at a community health fair")
                try await subscription.create(on: db)
                if index % 4 == 0 {
                    try await ListSubscription(listID: coalition.id!, email: email, name: subscription.name, language: subscription.preferredLanguage,
                                               userID: nil, status: .confirmed, consentBasis: "demo: coalition membership form").create(on: db)
                }
                try await ListService.ensurePreference(for: email, on: db)
            }
            for person in staff {
                let user = try await User.query(on: db).filter(\.$email == person.email).first()
                for list in [coalition, committee, newsletter] where list.id != committee.id || person.roles.contains(.staff) || person.roles.contains(.organizationRepresentative) {
                    try await ListSubscription(listID: list.id!, email: person.email, name: person.name, language: person.language,
                                               userID: user?.id, status: .confirmed, consentBasis: "demo: joined while signed in").create(on: db)
                }
                try await ListService.ensurePreference(for: person.email, on: db)
            }
        }

        // Two past issues, as if sent in spring and autumn.
        let author = try await User.query(on: app.db).filter(\.$email == "staff@demo.puente.example.org").first()
        for (issue, sentAt) in zip(pastIssues, [date(2026, 4, 15), date(2026, 10, 14)]) {
            let sent = Newsletter(listID: newsletter.id!, subject: issue.subject, markdown: issue.markdown, subjectEs: issue.subjectEs,
                                  markdownEs: issue.markdownEs, createdBy: author?.id)
            sent.status = .sent
            sent.startedAt = sentAt
            sent.sentAt = sentAt
            sent.recipients = entries.count
            try await sent.create(on: app.db)
        }

        // A draft to the people whose eligibility ends within 90 days: its page shows how many it
        // would reach today, as staff see it before they send.
        let reminder = SegmentMessage(segment: .lapsing(days: 90), subject: "Your eligibility ends soon: three ways to keep it",
                                      markdown: """
                                      Our records show that your eligibility ends within the next three months.

                                      - Log the continuing education hours you have done on your [training page](https://puente.example.org/training/me).
                                      - Join one of this season's webinars: each counts toward your hours.
                                      - Write to us if something in your record looks wrong. We will fix it.
                                      """,
                                      subjectEs: "Su elegibilidad termina pronto: tres maneras de mantenerla",
                                      markdownEs: """
                                      Nuestros registros muestran que su elegibilidad termina en los próximos tres meses.

                                      - Registre las horas de educación continua que ya hizo en su [página de capacitación](https://puente.example.org/training/me).
                                      - Participe en uno de los seminarios web de esta temporada: cada uno cuenta para sus horas.
                                      - Escríbanos si algo en su registro parece incorrecto. Lo corregiremos.
                                      """,
                                      createdBy: author?.id)
        try await reminder.create(on: app.db)
        return lists.count
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var components = DateComponents(year: year, month: month, day: day, hour: 17)
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components)!
    }

    struct Issue {
        let subject, markdown, subjectEs, markdownEs: String
    }

    static let pastIssues = [
        Issue(subject: "Spring 2026: certification opens, and a summit in June",
              markdown: """
              # Spring 2026

              Applications for the **core-competency course** are open. The course is 160 hours: classroom sessions, then a supervised practicum at a clinic or community organization near you. It is free for community health workers, promotores and representatives.

              ## What changed this season

              - The state now pays for CHW services under Medi-Cal when a supervising provider recommends them.
              - The registry lists more than 300 workers. Check that your entry shows the counties and languages you serve.
              - Our policy committee met six times and sent comments on two bills.

              ## Save the date

              The statewide summit is in June, in person and online, with interpretation in Spanish. Registration opens on the [events page](https://puente.example.org/events).

              > "The course gave names to what I was already doing for my neighbors." A promotora from the Central Valley
              """,
              subjectEs: "Primavera 2026: se abre la certificación y una cumbre en junio",
              markdownEs: """
              # Primavera 2026

              Están abiertas las solicitudes para el **curso de competencias básicas**. El curso dura 160 horas: sesiones en el aula y luego una práctica supervisada en una clínica u organización comunitaria cerca de usted. Es gratuito para trabajadores comunitarios de salud, promotores y representantes.

              ## Qué cambió esta temporada

              - El estado ahora paga los servicios de trabajadores comunitarios de salud en Medi-Cal cuando un proveedor supervisor los recomienda.
              - El registro incluye a más de 300 personas. Revise que su inscripción muestre los condados e idiomas que atiende.
              - Nuestro comité de políticas se reunió seis veces y envió comentarios sobre dos proyectos de ley.

              ## Reserve la fecha

              La cumbre estatal es en junio, en persona y en línea, con interpretación al español. La inscripción se abre en la [página de eventos](https://puente.example.org/events).

              > "El curso le dio nombre a lo que yo ya hacía por mis vecinos." Una promotora del Valle Central
              """),
        Issue(subject: "Autumn 2026: what the summit decided",
              markdown: """
              # Autumn 2026

              More than four hundred people joined the summit. Thank you to everyone who spoke, interpreted and cooked.

              ## Three things the summit asked for

              1. Pay that reflects the work, including travel time to home visits.
              2. Training in the languages communities speak, not only in English.
              3. A seat for community health workers at every table where CalAIM is planned.

              The policy committee turned these into a one-page letter. Member organizations can sign it until November 30.

              ## Keep your certificate current

              Certificates need continuing education hours every two years. Log them on your [training page](https://puente.example.org/training/me); your supervisor or our staff will review them.
              """,
              subjectEs: "Otoño 2026: lo que decidió la cumbre",
              markdownEs: """
              # Otoño 2026

              Más de cuatrocientas personas participaron en la cumbre. Gracias a quienes hablaron, interpretaron y cocinaron.

              ## Tres cosas que pidió la cumbre

              1. Un pago que refleje el trabajo, incluido el tiempo de viaje a las visitas en casa.
              2. Capacitación en los idiomas de las comunidades, no solo en inglés.
              3. Un lugar para trabajadores comunitarios de salud en cada mesa donde se planea CalAIM.

              El comité de políticas convirtió estos puntos en una carta de una página. Las organizaciones miembro pueden firmarla hasta el 30 de noviembre.

              ## Mantenga su certificado vigente

              Los certificados requieren horas de educación continua cada dos años. Regístrelas en su [página de capacitación](https://puente.example.org/training/me); su supervisora o nuestro personal las revisarán.
              """),
    ]
}
