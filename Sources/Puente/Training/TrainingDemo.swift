// The demo's training: a running core-competency cohort with attendance and practicum logs in
// every state, a finished cohort with certificates, and continuing-education records. Built
// through the real service, so the demo obeys the same rules people do.

import Fluent
import Foundation
import PuenteCore
import Vapor

enum TrainingDemo {
    static let runningName = "Central Valley — Winter 2026"
    static let finishedName = "Central Valley — Summer 2026"
    static let spanishNames = [runningName: "Valle Central — Invierno 2026", finishedName: "Valle Central — Verano 2026"]

    static let trainees: [(email: String, name: String, language: Language)] = [
        ("promotora@demo.puente.example.org", "María Elena Cruz", .es),
        ("trainee01@demo.puente.example.org", "Alejandra Soto", .es),
        ("trainee02@demo.puente.example.org", "Marcus Bell", .en),
        ("trainee03@demo.puente.example.org", "Ngoc Anh Pham", .en),
        ("trainee04@demo.puente.example.org", "Josefina Ramírez", .es),
        ("trainee05@demo.puente.example.org", "Tashina Begay", .en),
        ("trainee06@demo.puente.example.org", "Luis Alberto Ortega", .es),
        ("trainee07@demo.puente.example.org", "Amina Yusuf", .en),
    ]

    static let graduates: [(email: String, name: String, language: Language)] = [
        ("chw@demo.puente.example.org", "Jasmine Carter", .en),
        ("graduate01@demo.puente.example.org", "Rocío Valdez", .es),
        ("graduate02@demo.puente.example.org", "Pao Xiong", .en),
        ("graduate03@demo.puente.example.org", "Esperanza Gómez", .es),
        ("graduate04@demo.puente.example.org", "Darnell Price", .en),
        ("graduate05@demo.puente.example.org", "Irma Castillo", .es),
    ]

    static let topics = [
        "Welcome: the CHW role and our communities", "Cultural humility and mediation", "Listening and motivational interviewing",
        "Health education that lands", "Navigating Medi-Cal and clinic systems", "Care coordination and referrals",
        "Coaching and social support", "Advocacy for individuals and communities", "Building community capacity",
        "Home visits and direct service", "Individual and community assessment", "Outreach that reaches people",
        "Chronic disease basics: diabetes and blood pressure", "Mental health first conversations", "Maternal and child health",
        "Professional conduct, boundaries and self-care", "Documentation and confidentiality", "Evaluation and research with communities",
        "Practice presentations", "Closing circle and next steps",
    ]

    /// The same class sessions as `topics`, in Spanish, so a Spanish reader's schedule is all in Spanish.
    static let spanishTopics = [
        "Bienvenida: el papel del CHW y nuestras comunidades", "Humildad cultural y mediación", "Escucha y entrevista motivacional",
        "Educación para la salud que se entiende", "Cómo moverse en Medi-Cal y en las clínicas", "Coordinación de atención y referencias",
        "Acompañamiento y apoyo social", "Abogacía por las personas y las comunidades", "Fortalecer la capacidad de la comunidad",
        "Visitas al hogar y servicio directo", "Evaluación individual y comunitaria", "Alcance que llega a la gente",
        "Lo básico de enfermedades crónicas: diabetes y presión arterial", "Primeras conversaciones sobre salud mental", "Salud materno-infantil",
        "Conducta profesional, límites y autocuidado", "Documentación y confidencialidad", "Evaluación e investigación con las comunidades",
        "Presentaciones de práctica", "Círculo de cierre y próximos pasos",
    ]

    static let sites = ["Clínica Sierra Vista — Fresno", "Merced County Health Department", "Centro La Familia Advocacy Services",
                        "Valley Children's Community Clinic", "United Health Centers — Parlier"]

    /// Adds the demo training unless it is there already; returns how many cohorts it created.
    static func seed(app: Application, password: String) async throws -> Int {
        if try await Cohort.query(on: app.db).filter(\.$name == runningName).first() != nil { return 0 }
        let service = TrainingService(db: app.db, config: app.config, actor: .system)
        let hash = try await app.password.async.hash(password).get()
        let trainer = try await DemoData.account("trainer@demo.puente.example.org", "Daniel Whitehorse", .en, roles: [.trainer, .member],
                                        hash: hash, on: app.db)
        let supervisor = try await DemoData.account("supervisor@demo.puente.example.org", "Guadalupe Hernández", .es, roles: [.supervisor, .member],
                                           hash: hash, on: app.db)
        let core = try await TrainingProgram.query(on: app.db).filter(\.$code == ShippedPrograms.coreCode).first()!
        let today = service.today

        // The finished cohort: everyone present, 80 practicum hours approved, certificates issued.
        let finished = try await cohort(finishedName, core, start: today.adding(days: -120), service: service)
        try await service.addTrainer(trainer, to: finished)
        var completed = [Enrollment]()
        for (index, person) in graduates.enumerated() {
            let user = try await DemoData.account(person.email, person.name, person.language, roles: [.member], hash: hash, on: app.db)
            // Applications to a cohort that has ended are refused, so the demo writes these seats directly.
            let enrollment = Enrollment(cohortID: finished.id!, userID: user.id!, status: .accepted)
            try await enrollment.create(on: app.db)
            try await service.place(enrollment, site: sites[index % sites.count], supervisor: supervisor)
            completed.append(enrollment)
        }
        try await markEverything(finished, completed, service: service, app: app) { _, _ in .present }
        for enrollment in completed {
            for day in 0..<10 {
                let log = try await service.logPracticum(enrollment, .init(day: finished.startDay.adding(days: 7 + day * 4).description,
                                                                           hours: "8",
                                                                           activities: practicumActivities[day % practicumActivities.count],
                                                                           competencies: [Competencies.roles[day % 10].id,
                                                                                          Competencies.skills[day % 11].id]))
                try await service.decide(log, approve: true, comment: "", by: supervisor)
            }
            let credential = try await service.issueCertificate(enrollment)
            // Issued the week the course ended, as it would have been.
            credential.issuedOn = finished.endDay.adding(days: 3).description
            try await credential.save(on: app.db)
        }

        // The running cohort: three weeks in, marks and logs in every state.
        let running = try await cohort(runningName, core, start: today.adding(days: -21), service: service)
        try await service.addTrainer(trainer, to: running)
        var seated = [Enrollment]()
        for (index, person) in trainees.enumerated() {
            let user = try await DemoData.account(person.email, person.name, person.language, roles: [.member], hash: hash, on: app.db)
            // They applied the week before it started: applications close on the first day.
            let enrollment = try await service.apply(user, to: running, appliedOn: running.startDay.adding(days: -7))
            switch index {
            case 6: try await service.decide(enrollment, .waitlisted)
            case 7: break // still applied: staff have not decided
            default:
                try await service.decide(enrollment, .accepted)
                try await service.place(enrollment, site: sites[index % sites.count], supervisor: supervisor)
                seated.append(enrollment)
            }
        }
        try await markEverything(running, seated, service: service, app: app) { session, person in
            switch (session + person) % 9 { case 4: .absent; case 7: .partial; default: .present }
        }
        for (person, enrollment) in seated.enumerated() {
            for day in 0..<(3 + person % 3) {
                let log = try await service.logPracticum(enrollment, .init(day: running.startDay.adding(days: 2 + day * 3).description,
                                                                           hours: ["6", "7.5", "4", "8"][(day + person) % 4],
                                                                           activities: practicumActivities[(day + person) % practicumActivities.count],
                                                                           competencies: [Competencies.roles[(day + person) % 10].id]))
                switch (day + person) % 5 {
                case 0, 1, 2: try await service.decide(log, approve: true, comment: "", by: supervisor)
                case 3: try await service.decide(log, approve: false,
                                                 comment: "Please split the health fair and the home visits into two rows.", by: supervisor)
                default: break // waiting for the supervisor
                }
            }
        }

        // Continuing education: approved and pending hours for two graduates.
        let jasmine = try await User.query(on: app.db).filter(\.$email == "chw@demo.puente.example.org").first()!
        let rocio = try await User.query(on: app.db).filter(\.$email == "graduate01@demo.puente.example.org").first()!
        for (user, day, hours, topic, approve) in [(jasmine, -20, "3", "Trauma-informed outreach", true), (jasmine, -6, "2", "Oral health for families", false),
                                                   (rocio, -30, "6", "Diabetes self-management coaching", true)] {
            var input = HourRecordInput()
            input.day = today.adding(days: day).description
            input.hours = hours
            input.topic = topic
            input.provider = "Central Valley Health Collaborative"
            let record = try await service.report(input, for: user)
            if approve { try await service.decide(record, approve: true, comment: "") }
        }
        return 2
    }

    static let practicumActivities = [
        "Door-to-door outreach about free flu shots; 14 households reached",
        "Accompanied two families to clinic intake and helped with forms",
        "Blood pressure screening table at the Saturday market",
        "Follow-up calls to patients referred for diabetes classes",
        "Home visit with supervisor: home safety and medication check",
        "Health education session on asthma triggers at the school",
        "Community resource mapping with the site team",
    ]

    private static func cohort(_ name: String, _ program: TrainingProgram, start: Day, service: TrainingService) async throws -> Cohort {
        var input = CohortInput()
        input.programID = program.id!.uuidString
        input.name = name
        input.nameEs = spanishNames[name] ?? ""
        input.startsOn = start.description
        input.endsOn = start.adding(days: 55).description
        input.place = "Fresno Regional Training Center, 2100 Tulare St, Fresno"
        input.onlineLink = "https://meet.example.org/central-valley-core"
        input.capacity = "24"
        let cohort = try await service.createCohort(input)
        // Four-hour sessions on Tuesday and Thursday evenings and Saturday mornings until all 20 are placed.
        var day = start, index = 0
        while index < topics.count && day <= cohort.endDay {
            if [2, 4, 6].contains(day.weekday) {
                let competencies = [Competencies.all[index % Competencies.all.count].id] + (index == topics.count - 1 ? Competencies.all.map(\.id) : [])
                try await service.addSession(to: cohort, day: day.description, startsAt: day.weekday == 6 ? "09:00" : "17:30", hours: "4",
                                             topic: topics[index], topicEs: spanishTopics[index], competencies: competencies)
                index += 1
            }
            day = day.adding(days: 1)
        }
        return cohort
    }

    private static func markEverything(_ cohort: Cohort, _ enrollments: [Enrollment], service: TrainingService, app: Application,
                                       mark: (Int, Int) -> AttendanceMark.Mark) async throws {
        let sessions = try await TrainingSession.query(on: app.db).filter(\.$cohort.$id == cohort.id!).sort(\.$day).all()
        for (index, session) in sessions.enumerated() where Day(session.day)! <= service.today {
            try await service.markAttendance(session, enrollments.enumerated().map { person, enrollment in
                let chosen = mark(index, person)
                return .init(enrollmentID: enrollment.id!, mark: chosen, partialQuarterHours: chosen == .partial ? 10 : nil)
            })
        }
    }
}
