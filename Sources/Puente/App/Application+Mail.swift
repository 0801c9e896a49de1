// The app's mail transport and the worker lifecycle that `serve` starts and stops.

import Fluent
import Vapor

extension Application {
    struct Mail {
        let app: Application

        private struct TransportKey: StorageKey { typealias Value = any MailTransport }
        private struct LoopKey: StorageKey { typealias Value = MailWorkerLoop }

        var transport: any MailTransport {
            get { app.storage[TransportKey.self] ?? FolderMailTransport(directory: app.config.dataDirectory + "/mail") }
            nonmutating set { app.storage[TransportKey.self] = newValue }
        }

        func makeWorker() -> MailWorker {
            MailWorker(db: app.db, transport: transport, logger: app.logger)
        }

        func makeBulkWorker() -> BulkDeliveryWorker {
            BulkDeliveryWorker(db: app.db, transport: transport, config: app.config, signing: app.listSigning, logger: app.logger)
        }

        var loop: MailWorkerLoop? {
            get { app.storage[LoopKey.self] }
            nonmutating set { app.storage[LoopKey.self] = newValue }
        }
    }

    var mail: Mail { Mail(app: self) }
}

/// Starts delivering when `serve` boots; on shutdown, finishes the batch in flight.
struct MailWorkerLifecycle: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        // Other commands (create-admin, seed-demo, migrate) boot the app too; they deliver nothing.
        let command = application.environment.arguments.dropFirst().first
        guard application.config.runsWorkerInProcess,
              command == nil || command == "serve" || command?.hasPrefix("-") == true else { return }
        await application.mail.startWorker()
    }

    func shutdownAsync(_ application: Application) async {
        await application.mail.loop?.stop()
    }
}

extension Application.Mail {
    func startWorker() async {
        guard loop == nil else { return }
        let db = app.db, config = app.config, signing = app.listSigning
        let loop = MailWorkerLoop(worker: makeWorker(), bulk: makeBulkWorker(), chores: [
            .init(name: "housekeeping", interval: Housekeeping.interval) { try await Housekeeping.sweep(on: db) },
            .init(name: "event reminders", interval: EventReminders.interval) { try await EventReminders.queueDue(on: db, config: config) },
            .init(name: "action item reminders", interval: ActionItemReminders.interval) { try await ActionItemReminders.queueDue(on: db, config: config) },
            .init(name: "scheduled newsletters", interval: 30) { try await NewsletterService.startDue(on: db, config: config, signing: signing) },
        ])
        self.loop = loop
        await loop.start()
    }
}
