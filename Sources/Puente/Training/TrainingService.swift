// Training rules shared by pages and the API. Each change, its audit record and its email
// commit together; hours are checked before anything is written.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct TrainingService {
    let db: any Database
    let config: AppConfig
    let actor: AuditActor
    var today: Day { Day(Date(), in: config.timeZone) }

    enum Failure: Error, Equatable {
        case alreadyEnrolled
        case cohortFull
        case cohortOver
        case applicationsClosed
        case notActive
        case invalid(field: String, L10n)
        case hours(HourLogProblem)
        case notTheirSupervisor
        case alreadyDecided
        case noPlacement
        case requirementsNotMet
        case alreadyCertified
        case reasonRequired
    }

    // MARK: Email

    func notify(_ user: User, _ subject: L10n, _ body: L10n, _ values: [String: String], on db: any Database,
                link: SiteURL = .trainingMine) async throws {
        guard let address = EmailAddress(user.email) else { return }
        let language = user.language
        var values = values
        values["program"] = config.programName
        let message = Mailer(config: config).compose(
            to: Mailbox(address, name: user.name), language: language,
            .init(subject: subject.text(language, values), paragraphs: [body.text(language, values)],
                  link: (L10n.trainingMineTitle.text(language), link.absolute(config)), greetingName: user.name))
        try await Outbox.enqueue(message, on: db)
    }
}

extension Request {
    var training: TrainingService { TrainingService(db: db, config: config, actor: auditActor) }
}
