// The command-line verbs besides Vapor's `serve`: create-admin, seed-demo, migrate, worker,
// generate-registry, import-registry, rebuild-directory, receive, generate-subscribers, backup, restore.

import Dispatch
import Fluent
import Foundation
import PuenteCore
import Vapor

func registerCommands(_ app: Application) {
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(SeedDemoCommand(), as: "seed-demo")
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(WorkerCommand(), as: "worker")
    app.asyncCommands.use(GenerateRegistryCommand(), as: "generate-registry")
    app.asyncCommands.use(ImportRegistryCommand(), as: "import-registry")
    app.asyncCommands.use(RebuildDirectoryCommand(), as: "rebuild-directory")
    app.asyncCommands.use(ReceiveCommand(), as: "receive")
    app.asyncCommands.use(GenerateSubscribersCommand(), as: "generate-subscribers")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
}

struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The admin's email address") var email: String?
        @Option(name: "password", help: "At least 10 characters") var password: String?
        @Option(name: "name", help: "Display name (default: Administrator)") var name: String?
        init() {}
    }

    var help: String { "Creates an admin account, or resets the password of an existing one and makes it admin." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let raw = signature.email, let email = EmailAddress(raw) else {
            throw AppConfig.ConfigError(description: "--email must be an email address")
        }
        guard let password = signature.password, PasswordRules.check(password) == nil else {
            throw AppConfig.ConfigError(description: "--password must be \(PasswordRules.minimumLength)–\(PasswordRules.maximumLength) characters")
        }
        let created = try await AdminAccounts.upsertAdmin(email: email, password: password,
                                                          name: signature.name ?? "Administrator",
                                                          app: context.application)
        context.console.print(created ? "Created admin \(email)." : "Reset password and admin role for \(email).")
    }
}

enum AdminAccounts {
    /// Returns true when a new account was created.
    @discardableResult
    static func upsertAdmin(email: EmailAddress, password: String, name: String, app: Application,
                            roles: Set<Role> = [.admin, .member]) async throws -> Bool {
        let hash = try await app.password.async.hash(password).get()
        return try await app.db.transaction { db in
            let existing = try await User.query(on: db).filter(\.$email == email.value).first()
            let user = existing ?? User(email: email, passwordHash: hash, name: name, preferredLanguage: app.config.defaultLanguage)
            user.passwordHash = hash
            if user.emailVerifiedAt == nil { user.emailVerifiedAt = Date() }
            try await user.save(on: db)
            let have = Set(try await UserRole.query(on: db).filter(\.$user.$id == user.id!).all().compactMap { Role(rawValue: $0.role) })
            for role in roles.subtracting(have) {
                try await UserRole(userID: user.id!, role: role).create(on: db)
            }
            try await Audit.record(existing == nil ? .userCreate : .userResetPassword, entityType: .user,
                                   entityID: user.id!.uuidString,
                                   summary: "\(roles.map(\.rawValue).sorted().joined(separator: ",")) account set up from the command line",
                                   by: .system, on: db)
            return existing == nil
        }
    }
}

struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }
    var help: String { "Runs pending migrations (they also run whenever the server starts)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        // configure() has already migrated; say so plainly.
        context.console.print("Database is up to date (\(context.application.config.database.kindName)).")
    }
}

struct WorkerCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }
    var help: String { "Delivers the outbox without serving HTTP, until SIGINT or SIGTERM." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        await app.mail.startWorker()
        context.console.print("Worker running; stop with Ctrl-C or SIGTERM.")
        await waitForTerminationSignal()
        await app.mail.loop?.stop()
        app.mail.loop = nil
    }

    private func waitForTerminationSignal() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let box = SignalSources()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            box.listen(for: [SIGINT, SIGTERM]) { continuation.resume() }
        }
    }
}

/// Keeps the dispatch sources alive while waiting, and resumes once.
private final class SignalSources: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private var fired = false
    private let lock = NSLock()

    func listen(for signals: [Int32], _ handler: @escaping @Sendable () -> Void) {
        for number in signals {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                let first = !fired
                fired = true
                lock.unlock()
                if first { handler() }
            }
            source.resume()
            sources.append(source)
        }
    }
}
