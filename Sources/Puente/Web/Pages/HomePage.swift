// The home page has a job for each reader. A visitor sees the four public tasks above the fold;
// a signed-in person sees "My account": the one next step, course progress, registry standing,
// the next event, and for staff, trainers and supervisors what waits for them.

import Fluent
import Foundation
import PuenteCore

enum HomePage {
    // MARK: Visitors

    static func visitor(_ ctx: PageContext) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.programName)
        out.leaf(.p, text: ctx.t(.homeLead))
        out.element(.ul, ["class": "tasks"]) { out in
            let tasks: [(String, L10n, L10n)] = [
                (SiteURL.directory.path, .homeTaskFind, .homeTaskFindHint),
                (SiteURL.verify.path, .homeTaskVerify, .homeTaskVerifyHint),
                (SiteURL.training.path, .homeTaskCourses, .homeTaskCoursesHint),
                (SiteURL.events.path, .homeTaskEvents, .homeTaskEventsHint),
            ]
            for (path, title, hint) in tasks {
                out.element(.li) { out in
                    out.element(.a, ["href": path]) { out in
                        out.text(ctx.t(title))
                        out.leaf(.span, text: ctx.t(hint))
                    }
                }
            }
        }
        out.buttonGroup { out in
            out.linkButton(SiteURL.signup.path, ctx.t(.homeGetStarted))
            out.linkButton(SiteURL.login.path, ctx.t(.navSignIn), kind: .secondary)
        }
        out.leaf(.h2, text: ctx.t(.homeWhatTitle))
        out.element(.ul) { out in
            for item in [L10n.homeWhatRegistry, .homeWhatTraining, .homeWhatEvents, .homeWhatLanguages] { out.leaf(.li, text: ctx.t(item)) }
        }
        out.insetText(ctx.t(.homeFree))
        return PageView(title: ctx.t(.navHome), html: out.html)
    }

    // MARK: My account

    struct Course {
        let enrollmentID: UUID
        let name: StaffText
        let status: Enrollment.Status
        let progress: TrainingProgress?
    }

    struct Queue {
        let label: L10n
        let count: Int
        let path: String
    }

    struct Model {
        let name: String
        let emailVerified: Bool
        let registry: RegistryEntry.Status?
        let registryNumber: String?
        let courses: [Course]
        let hasCertificate: Bool
        let nextEvent: (registration: EventRegistration, event: Event)?
        let queues: [Queue]
        let today: Day
    }

    static func query(on db: any Database, user: User, roles: Set<Role>, training: TrainingService) async throws -> Model {
        let userID = try user.requireID()
        let entry = try await RegistryEntry.query(on: db).filter(\.$user.$id == userID).first()
        let enrollments = try await Enrollment.query(on: db).filter(\.$user.$id == userID)
            .filter(\.$status ~~ [.applied, .accepted, .waitlisted]).with(\.$cohort) { $0.with(\.$program) }.all()
        var courses: [Course] = []
        for enrollment in enrollments {
            courses.append(Course(enrollmentID: try enrollment.requireID(), name: enrollment.cohort.nameText, status: enrollment.status,
                                  progress: enrollment.status == .accepted ? try await training.progress(enrollment) : nil))
        }
        var certificates = 0
        if let entryID = entry?.id { certificates = try await Credential.query(on: db).filter(\.$entry.$id == entryID).count() }
        let now = Date()
        let next = try await EventRegistrations.all(of: user, on: db)
            .filter { $0.status != .cancelled && $0.event.status == .scheduled && $0.event.endsAt > now }
            .min { $0.event.startsAt < $1.event.startsAt }
        return Model(name: user.name, emailVerified: user.isEmailVerified, registry: entry?.status, registryNumber: entry?.registryNumber,
                     courses: courses, hasCertificate: certificates > 0, nextEvent: next.map { ($0, $0.event) },
                     queues: try await queues(on: db, userID: userID, roles: roles), today: training.today)
    }

    /// What waits for this person's roles, counted; only queues with work in them are shown.
    private static func queues(on db: any Database, userID: UUID, roles: Set<Role>) async throws -> [Queue] {
        var queues: [Queue] = []
        if PermissionGate.allows(roles, .manageRegistry) {
            let count = try await RegistryEntry.query(on: db).filter(\.$status == .applied).count()
            queues.append(Queue(label: .homeQueueRegistry, count: count, path: SiteURL.staffRegistry.path(query: ["status": "applied"])))
        }
        if PermissionGate.allows(roles, .manageTraining) {
            let applications = try await Enrollment.query(on: db).filter(\.$status == .applied).count()
            queues.append(Queue(label: .homeQueueEnrollments, count: applications, path: SiteURL.staffTraining.path))
            let hours = try await HourRecord.query(on: db).filter(\.$status == .pending).count()
            queues.append(Queue(label: .homeQueueHours, count: hours, path: SiteURL.staffTraining.path))
        } else if PermissionGate.allows(roles, .teach) {
            let cohorts = try await CohortTrainer.query(on: db).filter(\.$user.$id == userID).all().map(\.$cohort.id)
            let applications = cohorts.isEmpty ? 0
                : try await Enrollment.query(on: db).filter(\.$cohort.$id ~~ cohorts).filter(\.$status == .applied).count()
            queues.append(Queue(label: .homeQueueEnrollments, count: applications, path: SiteURL.staffTraining.path))
        }
        if PermissionGate.allows(roles, .supervisePracticum) {
            let placements = try await PracticumPlacement.query(on: db).filter(\.$supervisor.$id == userID).all().map { try $0.requireID() }
            let logs = placements.isEmpty ? 0
                : try await PracticumLog.query(on: db).filter(\.$placement.$id ~~ placements).filter(\.$status == .pending).count()
            queues.append(Queue(label: .homeQueueLogs, count: logs, path: SiteURL.trainingSupervision.path))
        }
        return queues
    }

    static func account(_ ctx: PageContext, _ model: Model) -> PageView {
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.navMyAccount))
        out.leaf(.p, text: ctx.t(.homeHello, ["name": model.name]))
        let step = nextStep(model, language: ctx.language)
        out.panel(tone: .info, icon: "→", heading: ctx.t(.homeNextStep)) { out in
            out.element(.p) { out in
                if let path = step.path { out.link(path, ctx.t(step.text, step.values)) } else { out.text(ctx.t(step.text, step.values)) }
            }
        }
        if !model.queues.isEmpty {
            out.leaf(.h2, text: ctx.t(.homeQueuesTitle))
            out.element(.ul, ["class": "tasks"]) { out in
                for queue in model.queues {
                    out.element(.li) { out in
                        out.element(.a, ["href": queue.path]) { out in
                            out.text(ctx.t(queue.label, ["count": "\(queue.count)"]))
                            out.leaf(.span, text: ctx.t(queue.count == 0 ? .homeQueueEmpty : .homeQueueWaiting))
                        }
                    }
                }
            }
        }
        for course in model.courses {
            out.element(.section, ["class": "card"]) { out in
                out.leaf(.h2, text: course.name.marked(in: ctx.language))
                out.tag(ctx, course.status)
                if let progress = course.progress { out.progressPanel(ctx, progress, today: model.today, id: "home-\(course.enrollmentID)") }
                out.element(.p) { $0.link(SiteURL.trainingMine.path, ctx.t(.navTrainingMine)) }
            }
        }
        out.element(.section, ["class": "card"]) { out in
            out.leaf(.h2, text: ctx.t(.navRegistryApply))
            if let status = model.registry {
                out.tag(ctx, status)
                if let number = model.registryNumber { out.leaf(.p, text: ctx.t(.homeRegistryNumber, ["number": number])) }
                out.element(.p) { $0.link(SiteURL.registryMine.path, ctx.t(.homeRegistrySee)) }
            } else {
                out.element(.p) { $0.link(SiteURL.registryApply.path, ctx.t(.homeStepRegistry)) }
            }
        }
        out.element(.section, ["class": "card"]) { out in
            out.leaf(.h2, text: ctx.t(.homeNextEvent))
            if let (registration, event) = model.nextEvent {
                let zone = TimeZone(identifier: event.timeZone) ?? ctx.dates.timeZone
                out.dateBadge(ctx, event.startsAt, timeZone: zone)
                out.element(.p) { $0.link(SiteURL.eventRegistration(.value(registration.token)).path, event.title(in: ctx.language)) }
                out.leaf(.p, text: EventText.when(ctx, event))
                out.tag(ctx, registration.status)
            } else {
                out.element(.p) { $0.link(SiteURL.events.path, ctx.t(.homeNoEvent)) }
            }
        }
        return PageView(title: ctx.t(.navMyAccount), html: out.html)
    }

    /// The one thing most worth doing now, in the order a CHW's path goes.
    static func nextStep(_ model: Model, language: Language) -> (text: L10n, values: [String: String], path: String?) {
        if !model.emailVerified { return (.homeStepVerifyEmail, [:], nil) }
        switch model.registry {
        case nil: return (.homeStepRegistry, [:], SiteURL.registryApply.path)
        case .changesRequested?: return (.homeStepRegistryChanges, [:], SiteURL.registryMine.path)
        default: break
        }
        if let course = model.courses.first(where: { $0.status == .accepted }), let progress = course.progress, !progress.isComplete {
            let practicumMissing = progress.gaps.contains { if case .practicumHours = $0 { true } else { false } }
            return practicumMissing ? (.homeStepLogPracticum, [:], SiteURL.trainingMine.path)
                                    : (.homeStepKeepGoing, ["cohort": course.name.marked(in: language)], SiteURL.trainingMine.path)
        }
        if let course = model.courses.first(where: { $0.status != .accepted }) {
            return (.homeStepWaitCourse, ["cohort": course.name.marked(in: language)], SiteURL.trainingMine.path)
        }
        if model.courses.isEmpty && !model.hasCertificate { return (.homeStepCourse, [:], SiteURL.training.path) }
        if let (registration, event) = model.nextEvent {
            return (.homeStepEvent, ["event": event.title(in: language)], SiteURL.eventRegistration(.value(registration.token)).path)
        }
        return (.homeStepEvents, [:], SiteURL.events.path)
    }
}
