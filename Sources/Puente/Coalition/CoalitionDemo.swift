// The demo's coalition: eleven lead entities as the steering committee, the policy committee
// with its chair, roles and three focus areas, the public page's prose in both languages,
// objectives, forty members and one organization waiting for staff. Then, once the events
// exist, the committee's six past meetings with approved minutes and action items, and
// agendas for the next two. Every sentence is the project's own.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum CoalitionDemo {
    static let steeringSlug = "steering-committee"
    static let committeeSlug = "policy-committee"
    static let chairEmail = "chair@demo.puente.example.org"
    /// The organization `orgrep@demo.puente.example.org` represents: a policy committee member.
    static let representedOrganization = "Puentes de Salud Collective"

    static let leadEntities: [(String, Organization.Kind)] = [
        ("Statewide Pan-Ethnic Health Alliance", .communityBased), ("Children's Health Futures", .communityBased),
        ("Familias Sanas Coalition", .communityBased), ("Visión Comunitaria", .communityBased),
        ("Mixteco Community Voices", .communityBased), ("Urban Native Health Council", .tribal),
        ("Second Chance Reentry Health", .communityBased), ("Asian Pacific Wellness Alliance", .communityBased),
        ("Golden Coast Refugee Services", .communityBased), ("Central Valley Farmworker Partners", .communityBased),
        (representedOrganization, .communityBased),
    ]

    /// The groups, seats, roles, page text, objectives and members; nothing if already there.
    @discardableResult
    static func seedGroups(app: Application, password: String = DemoData.defaultPassword) async throws -> Int {
        if try await CoalitionGroup.query(on: app.db).filter(\.$slug == committeeSlug).count() > 0 { return 0 }
        let db = app.db
        var organizations: [String: Organization] = [:]
        for (name, kind) in leadEntities {
            let found = try await Organization.query(on: db).filter(\.$name == name).first() ?? Organization(name: name, kind: kind)
            if found.id == nil { try await found.create(on: db) }
            organizations[name] = found
        }
        let ids = organizations.mapValues { $0.id! }
        @Sendable func id(_ name: String) -> UUID { ids[name]! }
        let lead = "Statewide Pan-Ethnic Health Alliance"
        let since = "2025-01-01"
        let hash = try await app.password.async.hash(password).get()
        let chair = try await DemoData.account(chairEmail, "Lucía Fernández", .es, roles: [.member], hash: hash, on: db)

        let steering = CoalitionGroup(
            slug: steeringSlug, kind: .steering, name: "Steering committee", nameEs: "Comité directivo",
            purpose: "Eleven lead entities set the coalition's shared priorities, plan its year and keep its work rooted in what CHWs, promotores and community health representatives tell us.",
            purposeEs: "Once entidades líderes fijan las prioridades comunes de la coalición, planean su año y mantienen su trabajo arraigado en lo que nos dicen los promotores y los representantes comunitarios de salud.",
            position: 1)
        let committee = CoalitionGroup(
            slug: committeeSlug, kind: .committee, name: "Policy committee", nameEs: "Comité de políticas",
            purpose: "Meets twice a month on Thursdays, 2:30–4:00 pm Pacific: once with only the member organizations' representatives, once open to CHW/P/R leaders and invited partners.",
            purposeEs: "Se reúne dos veces al mes los jueves, de 2:30 a 4:00 p. m. hora del Pacífico: una vez solo con representantes de las organizaciones miembro y otra abierta a líderes promotores y socios invitados.",
            position: 2)
        try await db.transaction { db in
            try await steering.create(on: db)
            try await committee.create(on: db)
            for (name, _) in leadEntities {
                for group in [steering, committee] {
                    let seat = GroupSeat()
                    seat.$group.id = group.id!
                    seat.$organization.id = id(name)
                    seat.role = name == lead ? .leadOrganization : .member
                    seat.startsOn = since
                    try await seat.create(on: db)
                }
            }
            let chairSeat = GroupSeat()
            chairSeat.$group.id = committee.id!
            chairSeat.$user.id = chair.id!
            chairSeat.role = .chair
            chairSeat.startsOn = since
            try await chairSeat.create(on: db)

            let roles: [(String, String, [String], String, String)] = [
                ("Policy Committee Organization Lead", "Organización líder del Comité de Políticas", [lead],
                 "Writes each meeting's agenda, facilitates and keeps the minutes\nKeeps the committee's list up to date\nIntroduces members to regional partners, informally and in facilitated meetings",
                 "Prepara la agenda de cada reunión, facilita y lleva el acta\nMantiene al día la lista del comité\nPresenta a los miembros con socios regionales, de manera informal y en reuniones facilitadas"),
                ("Public Education Lead", "Líder de educación pública", ["Children's Health Futures"],
                 "Sends the coalition's newsletter\nShares the coalition's mission on social media and in its own newsletter\nKeeps the newsletter's list up to date",
                 "Envía el boletín de la coalición\nDifunde la misión de la coalición en redes sociales y en su propio boletín\nMantiene al día la lista del boletín"),
                ("Policy Monitoring, Updates and Campaign Coordination Lead", "Líder de seguimiento de políticas, novedades y coordinación de campañas",
                 [lead, "Familias Sanas Coalition"],
                 "Follows bills and rules that touch CHW/P/R work and reports at each meeting\nCoordinates the focus areas below",
                 "Sigue los proyectos de ley y las normas que tocan el trabajo de los promotores e informa en cada reunión\nCoordina las áreas de enfoque de abajo"),
                ("CHW/P/R Leader Voice", "Voz de líderes promotores", ["Asian Pacific Wellness Alliance"],
                 "Works with every member organization to find CHW/P/R leaders who can join the open meeting\nAsks the organization lead to add guests and topics to the agenda",
                 "Trabaja con cada organización miembro para encontrar líderes promotores que puedan asistir a la reunión abierta\nPide a la organización líder que agregue invitados y temas a la agenda"),
                ("Partner and Guest Coordination", "Coordinación de socios e invitados", ["Asian Pacific Wellness Alliance"],
                 "Notices when the committee would learn from a state agency or a community organization, and invites them to an open meeting",
                 "Nota cuándo al comité le serviría escuchar a una agencia estatal o a una organización comunitaria, y las invita a una reunión abierta"),
            ]
            for (index, role) in roles.enumerated() {
                let record = GroupRole()
                record.$group.id = committee.id!
                record.title = role.0
                record.titleEs = role.1
                record.holderIDs = role.2.map(id)
                record.activities = role.3
                record.activitiesEs = role.4
                record.position = index + 1
                try await record.create(on: db)
            }
            let areas: [(String, String, [String])] = [
                ("Medi-Cal CHW benefit", "Beneficio de promotores en Medi-Cal", [lead, "Visión Comunitaria", "Familias Sanas Coalition"]),
                ("CalAIM", "CalAIM", ["Second Chance Reentry Health", "Urban Native Health Council"]),
                ("Certification and training", "Certificación y capacitación",
                 ["Visión Comunitaria", "Mixteco Community Voices", representedOrganization, "Familias Sanas Coalition"]),
            ]
            for (index, area) in areas.enumerated() {
                let record = FocusArea()
                record.$group.id = committee.id!
                record.name = area.0
                record.nameEs = area.1
                record.leadIDs = area.2.map(id)
                record.position = index + 1
                try await record.create(on: db)
            }
            for (key, english, spanish) in texts {
                let text = CoalitionText()
                text.key = key
                text.body = english
                text.bodyEs = spanish
                try await text.create(on: db)
            }
            for (index, objective) in objectives.enumerated() {
                let record = CoalitionObjective()
                record.title = objective.0
                record.titleEs = objective.1
                record.metric = objective.2
                record.yearlyTarget = objective.3
                record.position = index + 1
                try await record.create(on: db)
            }
        }
        try await seedMembers(app: app, organizations: organizations, hash: hash, chair: chair)
        return 2
    }

    /// Forty members: the eleven lead entities and twenty-nine people, plus one organization
    /// waiting for staff.
    private static func seedMembers(app: Application, organizations: [String: Organization], hash: String, chair: User) async throws {
        let db = app.db
        let representative = try await User.query(on: db).filter(\.$email == "orgrep@demo.puente.example.org").first()
        if let representative, let represented = organizations[representedOrganization],
           try await OrganizationRepresentative.query(on: db).filter(\.$user.$id == representative.id!).count() == 0 {
            try await OrganizationRepresentative(organizationID: represented.id!, userID: representative.id!).create(on: db)
        }
        // Half of the represented organization's people agree to let it see their standing.
        let affiliated = try await Affiliation.query(on: db).filter(\.$organization.$id == organizations[representedOrganization]!.id!).all()
        for (index, affiliation) in affiliated.enumerated() where index.isMultiple(of: 2) {
            try await RegistryEntry.query(on: db).filter(\.$id == affiliation.$entry.id).set(\.$sharesStanding, to: true).update()
        }
        var people: [User] = [chair]
        let trainees = (1...7).map { String(format: "trainee%02d@demo.puente.example.org", $0) }
        let graduates = (1...5).map { String(format: "graduate%02d@demo.puente.example.org", $0) }
        for email in ["promotora@demo.puente.example.org", "chw@demo.puente.example.org"] + trainees + graduates {
            if let user = try await User.query(on: db).filter(\.$email == email).first() { people.append(user) }
        }
        let names = ["Ana Lilia Torres", "Bao Vang", "Carmen Ruiz", "Dolores Medina", "Efraín Salas", "Fernanda Quiroz", "Gabriel Nakai",
                     "Hortencia Luna", "Imelda Barajas", "Jorge Saucedo", "Kalani Akana", "Leticia Cano", "Mai Lee", "Nayeli Domínguez",
                     "Omar Haddad", "Perla Zamora", "Quetzali Rivas", "Rubén Olmos", "Sokha Chea", "Tomasa Ibarra",
                     "Ulises Franco", "Veronica Tsosie", "Wendy Lor", "Ximena Paredes", "Yolanda Ochoa", "Zaid Rahman", "Adela Beltrán",
                     "Bernardo Cisneros", "Chau Nguyen", "Delfina Mora", "Estela Yáñez", "Faustino Ayala", "Graciela Lomelí",
                     "Héctor Villa", "Isabel Cordero", "Joaquín Treviño"]
        for (index, name) in names.enumerated() where people.count < 29 {
            people.append(try await DemoData.account(String(format: "member%02d@demo.puente.example.org", index + 1), name, index.isMultiple(of: 3) ? .en : .es,
                                            roles: [.member], hash: hash, on: db))
        }
        let promotora = people.first { $0.email == "promotora@demo.puente.example.org" }
        let members = Array(people.prefix(29))
        try await db.transaction { db in
            for (name, _) in leadEntities {
                let membership = CoalitionMembership()
                membership.kind = .organization
                membership.status = .member
                membership.$organization.id = organizations[name]!.id
                membership.$user.id = name == representedOrganization ? representative?.id : nil
                membership.subscribedToList = false
                try await membership.create(on: db)
                try await MembershipChange(membershipID: membership.id!, status: .member, by: nil, note: "a founding lead entity").create(on: db)
            }
            for person in members {
                let membership = CoalitionMembership()
                membership.kind = .person
                membership.status = .member
                membership.$user.id = person.id
                membership.subscribedToList = false
                try await membership.create(on: db)
                try await MembershipChange(membershipID: membership.id!, status: .member, by: person.id, note: "joined").create(on: db)
            }
            // A promotora who sits in the committee as herself: in its open audience, never the
            // representatives-only one.
            if let promotora, let committee = try await CoalitionGroup.query(on: db).filter(\.$slug == committeeSlug).first() {
                let seat = GroupSeat()
                seat.$group.id = committee.id!
                seat.$user.id = promotora.id
                seat.role = .member
                seat.startsOn = "2025-06-01"
                try await seat.create(on: db)
            }
            let waiting = Organization(name: "Coastal Promotores Network", kind: .communityBased)
            try await waiting.create(on: db)
            let applied = CoalitionMembership()
            applied.kind = .organization
            applied.status = .applied
            applied.$organization.id = waiting.id
            applied.$user.id = members.last?.id
            applied.subscribedToList = true
            try await applied.create(on: db)
            try await MembershipChange(membershipID: applied.id!, status: .applied, by: members.last?.id,
                                       note: "applied for Coastal Promotores Network").create(on: db)
        }
    }

    static let texts: [(CoalitionText.Key, String, String)] = [
        (.goal,
         "The coalition brings together community health workers, promotores and community health representatives (CHW/P/Rs), the community organizations that employ them, and the people who stand with them, from every corner of the state. We want every policy about this workforce to start from the workers' own voice: sustainable pay, real training pathways, and care that reflects the communities it serves.\n\nOur goal is a lasting, diverse and well-coordinated coalition that CHW/P/Rs recognize as theirs.",
         "La coalición reúne a promotores de salud, trabajadores y representantes comunitarios de salud, a las organizaciones comunitarias que los emplean y a quienes los apoyan, desde todos los rincones del estado. Queremos que toda política sobre esta fuerza laboral parta de la voz de las propias personas que la forman: pago sostenible, caminos reales de formación y una atención que refleje a las comunidades.\n\nNuestra meta es una coalición duradera, diversa y bien coordinada que los promotores reconozcan como suya."),
        (.structure,
         "Organizations come together around shared priorities and stay current on the policies that affect CHW/P/Rs. Advocacy is led by the member organizations themselves, not by the coalition: a sign-on letter, for example, is led by one organization and signed by each organization that chooses to.",
         "Las organizaciones se unen en torno a prioridades compartidas y se mantienen al día sobre las políticas que afectan a los promotores. La incidencia la encabezan las propias organizaciones miembro, no la coalición: una carta de adhesión, por ejemplo, la encabeza una organización y la firma cada organización que así lo decida."),
        (.principles,
         "Policies about CHW/P/Rs are written with CHW/P/Rs at the table.\n\nTraining and certification open doors; they never close them to people with years of community experience.\n\nPay and benefits are sustainable, so programs last longer than a grant.\n\nThe workforce looks and speaks like the communities it serves, and that knowledge is valued as expertise.",
         "Las políticas sobre promotores se escriben con los promotores en la mesa.\n\nLa formación y la certificación abren puertas; nunca se las cierran a quienes tienen años de experiencia comunitaria.\n\nEl pago y las prestaciones son sostenibles, para que los programas duren más que una subvención.\n\nLa fuerza laboral se parece y habla como las comunidades a las que sirve, y ese conocimiento se valora como experiencia."),
        (.join,
         "Every CHW, promotor(a) and community health representative is welcome, and so is every community organization that works with them. Join with the form below; you can add yourself to the coalition listserv at the same time.",
         "Todos los promotores y representantes comunitarios de salud son bienvenidos, al igual que toda organización comunitaria que trabaje con ellos. Únase con el formulario de abajo; al mismo tiempo puede agregarse a la lista de correo de la coalición."),
    ]

    static let objectives: [(String, String, CoalitionObjective.Metric, Int)] = [
        ("Convening: hold the policy committee's meetings", "Convocar: realizar las reuniones del comité de políticas", .meetingsHeld, 24),
        ("Engagement: host all-network webinars", "Participación: ofrecer seminarios web para toda la red", .webinarsHeld, 2),
        ("Communication: publish newsletters", "Comunicación: publicar boletines", .newslettersSent, 2),
        ("Growth: welcome new members", "Crecimiento: dar la bienvenida a nuevos miembros", .membersJoined, 50),
    ]
}

extension CoalitionDemo {
    /// The committee's record, once its events and lists exist: the group's own list, three
    /// past meetings of each series with approved minutes and action items, agendas for the
    /// next two. Returns how many meetings it wrote to.
    @discardableResult
    static func seedMeetings(app: Application) async throws -> Int {
        guard let committee = try await CoalitionGroup.query(on: app.db).filter(\.$slug == committeeSlug).first(),
              try await MeetingMinutes.query(on: app.db).count() == 0 else { return 0 }
        // All or nothing, so a second run finds either everything or nothing.
        return try await app.db.transaction { db in try await seedMeetings(committee, on: db) }
    }

    private static func seedMeetings(_ committee: CoalitionGroup, on db: any Database) async throws -> Int {
        if let list = try await MailingList.query(on: db).filter(\.$slug == committeeSlug).first() {
            list.visibility = .group
            try await list.save(on: db)
            committee.listID = list.id
            try await committee.save(on: db)
        }
        let events = try await Event.query(on: db).filter(\.$groupID == committee.id!).sort(\.$startsAt).all()
        let past = events.filter(\.hasEnded)
        let chair = try await User.query(on: db).filter(\.$email == chairEmail).first()
        let representative = try await User.query(on: db).filter(\.$email == "orgrep@demo.puente.example.org").first()
        let organizations = Dictionary(try await Organization.query(on: db).all().map { ($0.name, $0.id!) }, uniquingKeysWith: { a, _ in a })
        var written = 0
        for audience in [Event.Audience.representatives, .everyone] {
            let meetings = Array(past.filter { $0.audience == audience }.suffix(3))
            for (index, event) in meetings.enumerated() {
                let owners: [(String?, String?)] = [(chairEmail, nil), (nil, index.isMultiple(of: 2) ? representedOrganization : "Familias Sanas Coalition")]
                try await record(event, items: audience == .everyone ? openAgenda : representativesAgenda, approvedBy: chair,
                                 actions: actionItems[(index + (audience == .everyone ? 3 : 0)) % actionItems.count], owners: owners,
                                 organizations: organizations, on: db)
                // The representative was there, checked in: attendance comes from check-in.
                if let representative {
                    let registration = EventRegistration()
                    registration.$event.id = event.id!
                    registration.$user.id = representative.id
                    registration.name = representative.name
                    registration.email = representative.email
                    registration.token = Secret.make()
                    registration.status = .confirmed
                    registration.queueNumber = 1
                    registration.wantsReminders = false
                    registration.languageCode = representative.language.rawValue
                    registration.checkedInAt = event.startsAt.addingTimeInterval(120)
                    try await registration.create(on: db)
                }
                written += 1
            }
            if let next = events.first(where: { !$0.hasEnded && $0.audience == audience }) {
                try await agenda(next, items: audience == .everyone ? openAgenda : representativesAgenda, on: db)
                written += 1
            }
        }
        return written
    }

    private static func agenda(_ event: Event, items: [(String, String, Int, String, String)], on db: any Database) async throws {
        for (position, item) in items.enumerated() {
            let record = AgendaItem()
            record.$event.id = event.id!
            record.position = position + 1
            record.title = item.0
            record.titleEs = titlesInSpanish[item.0]
            record.presenter = item.1
            record.minutesAllotted = item.2
            record.discussion = ""
            record.decisions = ""
            record.discussionTranslated = ""
            record.decisionsTranslated = ""
            try await record.create(on: db)
        }
    }

    private static func record(_ event: Event, items: [(String, String, Int, String, String)], approvedBy chair: User?,
                               actions: [String], owners: [(String?, String?)], organizations: [String: UUID],
                               on db: any Database) async throws {
        try await agenda(event, items: items, on: db)
        for item in try await AgendaItem.query(on: db).filter(\.$event.$id == event.id!).all() {
            guard let written = items.first(where: { $0.0 == item.title }) else { continue }
            item.discussion = written.3
            item.decisions = written.4
            item.discussionTranslated = minutesInSpanish[written.3] ?? ""
            item.decisionsTranslated = minutesInSpanish[written.4] ?? ""
            try await item.save(on: db)
        }
        let minutes = MeetingMinutes()
        minutes.$event.id = event.id!
        minutes.status = .approved
        minutes.language = Language.en.rawValue
        minutes.agendaSentAt = event.startsAt.addingTimeInterval(-5 * 86400)
        minutes.approvedBy = chair?.id
        minutes.approvedAt = event.endsAt.addingTimeInterval(3 * 86400)
        try await minutes.create(on: db)
        let chairID = chair?.id
        for (index, title) in actions.enumerated() {
            let item = ActionItem()
            item.$event.id = event.id!
            item.title = title
            item.titleEs = titlesInSpanish[title]
            let owner = owners[index % owners.count]
            if owner.0 != nil { item.$ownerUser.id = chairID }
            if let name = owner.1 { item.$ownerOrganization.id = organizations[name] }
            item.dueOn = Day(event.startsAt.addingTimeInterval(Double(14 + 21 * index) * 86400), in: TimeZone(identifier: event.timeZone)!).description
            item.status = index == 0 ? .done : .open
            try await item.create(on: db)
        }
    }

    static let representativesAgenda: [(String, String, Int, String, String)] = [
        ("Bill tracker: what moved this month", "Statewide Pan-Ethnic Health Alliance", 25,
         "Two bills that touch CHW certification passed their first committee. Members asked how the grandparenting pathway would treat people trained outside the state.",
         "Send the committee's questions on the grandparenting pathway to the bill's author by the end of the month."),
        ("Medi-Cal CHW benefit: what members are seeing", "Familias Sanas Coalition", 30,
         "Several organizations report that health plans still ask for a different recommending-provider form each. Clinics with billing staff are enrolling; smaller groups are not.",
         "Collect one example form from each member organization before the next meeting."),
        ("Planning the open meeting", "Asian Pacific Wellness Alliance", 20,
         "Members proposed inviting the state's Medi-Cal team to explain the benefit's documentation rules in plain language.",
         "Invite the Medi-Cal team as guests of the next open meeting."),
    ]

    static let openAgenda: [(String, String, Int, String, String)] = [
        ("Welcome and introductions", "Lucía Fernández", 10,
         "Thirty-one people joined, a third of them CHW/P/R leaders who came for the first time.",
         ""),
        ("Listening session: getting paid for the work", "CHW/P/R leaders", 45,
         "Leaders described unpaid travel time between home visits and contracts that end before the work does. Several asked for a simple sheet explaining the Medi-Cal benefit.",
         "The public education lead will draft a one-page explainer in English and Spanish."),
        ("Training pathways update", "Visión Comunitaria", 25,
         "The certification workgroup shared how experience can count toward certification and where the practicum hours can be done.",
         "Share the workgroup's summary on the coalition listserv."),
    ]

    static let actionItems: [[String]] = [
        ["Send the grandparenting questions to the bill's author", "Gather example recommending-provider forms"],
        ["Invite the Medi-Cal team to the open meeting", "Share the billing checklist with member clinics"],
        ["Draft the committee's comment letter outline", "Confirm two CHW/P/R leaders to speak at the summit"],
        ["Draft the one-page benefit explainer", "Post the certification summary on the listserv"],
        ["Translate the explainer into Vietnamese and Hmong", "Collect travel-time stories for the next meeting"],
        ["Thank the guests and share their slides", "Add a CalAIM update to the next agenda"],
    ]

    /// The Spanish of the agenda items' and action items' titles above.
    static let titlesInSpanish: [String: String] = [
        "Bill tracker: what moved this month": "Seguimiento de proyectos de ley: qué avanzó este mes",
        "Medi-Cal CHW benefit: what members are seeing": "Beneficio de promotores en Medi-Cal: lo que ven los miembros",
        "Planning the open meeting": "Preparación de la reunión abierta",
        "Welcome and introductions": "Bienvenida y presentaciones",
        "Listening session: getting paid for the work": "Sesión de escucha: cobrar por el trabajo",
        "Training pathways update": "Novedades sobre las vías de formación",
        "Send the grandparenting questions to the bill's author": "Enviar a la autora del proyecto las preguntas sobre el reconocimiento de experiencia",
        "Gather example recommending-provider forms": "Reunir ejemplos de formularios del proveedor que recomienda",
        "Invite the Medi-Cal team to the open meeting": "Invitar al equipo de Medi-Cal a la reunión abierta",
        "Share the billing checklist with member clinics": "Compartir la lista de verificación de facturación con las clínicas miembro",
        "Draft the committee's comment letter outline": "Redactar el esquema de la carta de comentarios del comité",
        "Confirm two CHW/P/R leaders to speak at the summit": "Confirmar a dos líderes promotores para hablar en la cumbre",
        "Draft the one-page benefit explainer": "Redactar la hoja explicativa del beneficio",
        "Post the certification summary on the listserv": "Publicar el resumen de certificación en la lista de correo",
        "Translate the explainer into Vietnamese and Hmong": "Traducir la hoja explicativa al vietnamita y al hmong",
        "Collect travel-time stories for the next meeting": "Reunir historias sobre el tiempo de traslado para la próxima reunión",
        "Thank the guests and share their slides": "Agradecer a los invitados y compartir sus diapositivas",
        "Add a CalAIM update to the next agenda": "Agregar novedades de CalAIM a la próxima agenda",
    ]

    /// The Spanish of the minutes above: the translation readers of Spanish get.
    static let minutesInSpanish: [String: String] = [
        "Two bills that touch CHW certification passed their first committee. Members asked how the grandparenting pathway would treat people trained outside the state.":
            "Dos proyectos de ley sobre la certificación de promotores pasaron su primer comité. Los miembros preguntaron cómo trataría la vía de reconocimiento de experiencia a quienes se formaron fuera del estado.",
        "Send the committee's questions on the grandparenting pathway to the bill's author by the end of the month.":
            "Enviar las preguntas del comité sobre la vía de reconocimiento de experiencia a la autora del proyecto antes de fin de mes.",
        "Several organizations report that health plans still ask for a different recommending-provider form each. Clinics with billing staff are enrolling; smaller groups are not.":
            "Varias organizaciones informan que cada plan de salud sigue pidiendo un formulario distinto del proveedor que recomienda. Las clínicas con personal de facturación se inscriben; los grupos pequeños no.",
        "Collect one example form from each member organization before the next meeting.":
            "Reunir un formulario de ejemplo de cada organización miembro antes de la próxima reunión.",
        "Members proposed inviting the state's Medi-Cal team to explain the benefit's documentation rules in plain language.":
            "Los miembros propusieron invitar al equipo estatal de Medi-Cal para que explique en lenguaje sencillo las reglas de documentación del beneficio.",
        "Invite the Medi-Cal team as guests of the next open meeting.":
            "Invitar al equipo de Medi-Cal a la próxima reunión abierta.",
        "Thirty-one people joined, a third of them CHW/P/R leaders who came for the first time.":
            "Participaron treinta y una personas; un tercio eran líderes promotores que venían por primera vez.",
        "Leaders described unpaid travel time between home visits and contracts that end before the work does. Several asked for a simple sheet explaining the Medi-Cal benefit.":
            "Los líderes describieron el tiempo de traslado no pagado entre visitas a domicilio y contratos que terminan antes que el trabajo. Varios pidieron una hoja sencilla que explique el beneficio de Medi-Cal.",
        "The public education lead will draft a one-page explainer in English and Spanish.":
            "La líder de educación pública redactará una hoja explicativa en inglés y en español.",
        "The certification workgroup shared how experience can count toward certification and where the practicum hours can be done.":
            "El grupo de trabajo de certificación explicó cómo la experiencia puede contar para la certificación y dónde se pueden hacer las horas de práctica.",
        "Share the workgroup's summary on the coalition listserv.":
            "Compartir el resumen del grupo de trabajo en la lista de correo de la coalición.",
    ]
}
