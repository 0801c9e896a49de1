// The outbox worker: delivers, records exactly once, retries with backoff, never doubles up.

import Fluent
import Foundation
import NIOConcurrencyHelpers
import PuenteCore
import NIOPosix
import Testing
import VaporTesting
@testable import Puente

/// Wraps a real transport and counts deliveries per message, to catch double sends.
final class CountingTransport: MailTransport {
    let base: any MailTransport
    private let counts = NIOLockedValueBox<[UUID: Int]>([:])

    init(_ base: any MailTransport) { self.base = base }

    func deliver(_ message: OutboxEnvelope) async throws {
        try await base.deliver(message)
        counts.withLockedValue { $0[message.id, default: 0] += 1 }
    }

    var deliveries: [UUID: Int] { counts.withLockedValue { $0 } }
}

/// Queues one plain message, as any feature would.
func enqueueSample(_ app: Application, to recipient: String = "a@example.org", subject: String = "x") async throws {
    try await Outbox.enqueue(Mailer(config: app.config).compose(
        to: Mailbox(EmailAddress(recipient)!), language: .en,
        .init(subject: subject, paragraphs: ["y"], link: nil, greetingName: nil)), on: app.db)
}

@Suite struct MailWorkerTests {
    func enqueue(_ app: Application, count: Int) async throws {
        let mailer = Mailer(config: app.config)
        for index in 0..<count {
            let message = mailer.compose(to: Mailbox(EmailAddress("person\(index)@example.org")!), language: .en,
                                         .init(subject: "Hello \(index)", paragraphs: ["Body \(index)"], link: nil, greetingName: "P\(index)"))
            try await Outbox.enqueue(message, on: app.db)
        }
    }

    @Test func workerWritesEmlFilesAndMarksEachMessageSent() async throws {
        try await withPuente { app in
            try await enqueue(app, count: 3)
            let sent = try await app.mail.makeWorker().runOnce()
            #expect(sent == 3)
            let rows = try await app.outbox()
            #expect(rows.allSatisfy { $0.status == .sent && $0.sentAt != nil && $0.attempts == 1 && $0.leaseOwner == nil })
            let files = try FileManager.default.contentsOfDirectory(atPath: app.config.dataDirectory + "/mail").filter { $0.hasSuffix(".eml") }
            #expect(files.count == 3)
            #expect(try await app.mail.makeWorker().runOnce() == 0)
        }
    }

    @Test func twoWorkersRacingDeliverEveryMessageOnce() async throws {
        try await withPuente { app in
            try await enqueue(app, count: 40)
            let transport = CountingTransport(FolderMailTransport(directory: app.config.dataDirectory + "/mail"))
            let workers = (0..<2).map { _ in MailWorker(db: app.db, transport: transport, logger: app.logger, batchSize: 5) }
            let total = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in workers {
                    group.addTask {
                        var sent = 0
                        while true {
                            let batch = try await worker.runOnce()
                            if batch == 0 { return sent }
                            sent += batch
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(total == 40)
            #expect(transport.deliveries.count == 40)
            #expect(transport.deliveries.values.allSatisfy { $0 == 1 })
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$status == .sent).count() == 40)
        }
    }

    @Test func leasedMessagesAreNotClaimedAgainUntilTheLeaseExpires() async throws {
        try await withPuente { app in
            try await enqueue(app, count: 2)
            let first = MailWorker(db: app.db, transport: FolderMailTransport(directory: "/nonexistent"), logger: app.logger)
            let second = app.mail.makeWorker()
            let now = Date()
            #expect(try await first.claim(now: now).count == 2)
            #expect(try await second.claim(now: now).isEmpty)
            #expect(try await second.claim(now: now.addingTimeInterval(first.leaseDuration + 1)).count == 2)
        }
    }

    @Test func aCrashedWorkersMailGoesOutWithinHalfAMinuteAndASlowDeliveryKeepsItsLease() async throws {
        try await withPuente { app in
            #expect(app.mail.makeWorker().leaseDuration <= 30)
            #expect(app.mail.makeBulkWorker().leaseDuration <= 30)
            try await enqueueSample(app)
            // A relay that holds the message until told; the lease is 1.5 s, renewed every 0.5 s.
            let relay = HeldTransport()
            let slow = MailWorker(db: app.db, transport: relay, logger: app.logger, leaseDuration: 1.5)
            let delivering = Task { try await slow.runOnce() }
            func leaseEnd() async throws -> Date? { try await OutboxMessage.query(on: app.db).first()?.leaseExpiresAt }
            var claimed: Date?
            for _ in 0..<400 where claimed == nil { claimed = try await leaseEnd(); try await Task.sleep(for: .milliseconds(50)) }
            let firstEnd = try #require(claimed)
            var renewed = false
            for _ in 0..<400 where !renewed { renewed = try await leaseEnd() ?? firstEnd > firstEnd; try await Task.sleep(for: .milliseconds(50)) }
            #expect(renewed, "the lease was never renewed while the delivery ran")
            // When the first lease would have ended, nobody else may take the message.
            #expect(try await app.mail.makeWorker().claim(now: firstEnd.addingTimeInterval(0.1)).isEmpty)
            relay.release()
            #expect(try await delivering.value == 1)
        }
    }

    @Test func failedDeliveryIsRetriedWithBackoffThenMarkedFailed() async throws {
        try await withPuente { app in
            try await enqueue(app, count: 1)
            // A real SMTP attempt to a loopback port where nothing listens.
            let unreachable = SMTPMailTransport(client: SMTPClient(
                settings: SMTPSettings(host: "127.0.0.1", port: 9, security: .none), group: app.eventLoopGroup))
            let worker = MailWorker(db: app.db, transport: unreachable, logger: app.logger,
                                    retry: RetrySchedule(base: 60, ceiling: 600, maximumAttempts: 2))
            #expect(try await worker.runOnce() == 0)
            var row = try #require(try await app.outbox().first)
            #expect(row.status == .pending)
            #expect(row.attempts == 1)
            #expect(row.lastError != nil)
            #expect(row.nextAttemptAt > Date().addingTimeInterval(50))

            #expect(try await worker.runOnce() == 0) // not due yet
            #expect(try await worker.runOnce(now: Date().addingTimeInterval(120)) == 0)
            row = try #require(try await app.outbox().first)
            #expect(row.status == .failed)
            #expect(row.attempts == 2)
        }
    }

    @Test func emailIsOnlyQueuedWhenTheChangeCommits() async throws {
        struct Rollback: Error {}
        try await withPuente { app in
            let mailer = Mailer(config: app.config)
            await #expect(throws: Rollback.self) { () async throws -> Void in
                try await app.db.transaction { db in
                    try await Outbox.enqueue(mailer.compose(to: Mailbox(EmailAddress("a@example.org")!), language: .en,
                                                            .init(subject: "x", paragraphs: [], link: nil, greetingName: nil)), on: db)
                    throw Rollback()
                }
            }
            let queued = try await app.outbox()
            #expect(queued.isEmpty)
        }
    }
}

@Suite(.enabled(if: SMTPTestServer.isAvailable, "aiosmtpd is not installed: run `make test`, which installs it"))
struct SMTPDeliveryTests {
    @Test func deliversOverSMTPWithAuthAndTheServerParsesTheMessage() async throws {
        let server = try SMTPTestServer(user: "puente", password: "s3cret-pass")
        defer { server.stop() }
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "127.0.0.1", port: server.port, security: .none,
                                                      username: "puente", password: "s3cret-pass"))
        }) { app in
            let message = Mailer(config: app.config).compose(
                to: Mailbox(EmailAddress("maria@example.org")!, name: "María"), language: .es,
                .init(subject: "Confirmación de inscripción ✓", paragraphs: [".una línea que empieza con punto", "Gracias"],
                      link: nil, greetingName: "María"))
            try await Outbox.enqueue(message, on: app.db)
            #expect(try await app.mail.makeWorker().runOnce() == 1)

            let received = try server.received()
            #expect(received.count == 1)
            let mail = try #require(received.first)
            #expect(mail["subject"] as? String == "Confirmación de inscripción ✓")
            #expect(mail["rcpt_tos"] as? [String] == ["maria@example.org"])
            #expect(mail["mail_from"] as? String == app.config.mailFrom.value)
            #expect((mail["text"] as? String)?.contains("\n.una línea que empieza con punto") == true)
            #expect((mail["html"] as? String)?.contains("<p>Gracias</p>") == true)
            #expect((mail["defects"] as? [String])?.isEmpty == true)
            #expect(mail["message_id"] as? String == message.messageID)
        }
    }

    @Test func wrongCredentialsLeaveTheMessagePendingWithTheServersAnswer() async throws {
        let server = try SMTPTestServer(user: "puente", password: "right")
        defer { server.stop() }
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "127.0.0.1", port: server.port, security: .none,
                                                      username: "puente", password: "wrong"))
        }) { app in
            try await enqueueSample(app, to: "a@example.org")
            #expect(try await app.mail.makeWorker().runOnce() == 0)
            let row = try #require(try await app.outbox().first)
            #expect(row.status == .pending)
            #expect(row.lastError?.contains("AUTH rejected: 535") == true, "\(row.lastError ?? "")")
            #expect(try server.received().isEmpty)
        }
    }

    @Test func rejectedRecipientIsRecordedNotSent() async throws {
        let server = try SMTPTestServer(reject: "bounce")
        defer { server.stop() }
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "127.0.0.1", port: server.port, security: .none))
        }) { app in
            try await enqueueSample(app, to: "bounce@example.org")
            #expect(try await app.mail.makeWorker().runOnce() == 0)
            let row = try #require(try await app.outbox().first)
            #expect(row.lastError?.contains("RCPT rejected: 550") == true)
        }
    }

    @Test func aBatchGoesOverTwoSessionsAtOnceAndEachResultStaysWithItsMessage() async throws {
        let server = try SMTPTestServer(reject: "bounce")
        defer { server.stop() }
        var settings = SMTPSettings(host: "127.0.0.1", port: server.port, security: .none)
        settings.sessions = 2
        let transport = SMTPMailTransport(client: SMTPClient(settings: settings, group: MultiThreadedEventLoopGroup.singleton))
        let batch = (0..<30).map { index in
            let to = index == 7 || index == 22 ? "bounce\(index)@example.org" : "reader\(index)@example.org"
            return OutboxEnvelope(id: UUID(), sender: "list-bounces@example.org", recipients: [to],
                                  raw: "From: a@example.org\r\nTo: \(to)\r\nSubject: n\(index)\r\n\r\nbody \(index)\r\n")
        }
        let results = await transport.deliver(batch: batch)
        let failed = results.enumerated().compactMap { index, result in
            if case .failure = result { return index } else { return nil }
        }
        #expect(failed == [7, 22], "a refusal stays with its own message, in order")
        let received = try server.received()
        #expect(received.count == 28)
        #expect(Set(received.compactMap { $0["peer"] as? String }).count == 2, "two connections carried the batch")
    }
}

@Suite struct SMTPFramingTests {
    @Test func leadingDotsAreDoubledAndLineEndingsAreCRLF() {
        #expect(SMTPClient.dotStuffed("a\n.b\r\n..c") == "a\r\n..b\r\n...c")
        #expect(SMTPClient.dotStuffed(".first\rstill first\n\n.ñ") == "..first\rstill first\r\n\r\n..ñ", "a lone CR is not a line end")
        #expect(SMTPClient.dotStuffed("") == "")
    }
}

/// Holds each delivery until released, so a test can stop the loop mid-batch.
final class GatedTransport: MailTransport {
    let base: any MailTransport
    let entered = AsyncStream<Void>.makeStream()
    let release = AsyncStream<Void>.makeStream()

    init(_ base: any MailTransport) { self.base = base }

    func deliver(_ message: OutboxEnvelope) async throws {
        entered.continuation.yield()
        var iterator = release.stream.makeAsyncIterator()
        _ = await iterator.next()
        try await base.deliver(message)
    }
}

@Suite struct MailWorkerShutdownTests {
    @Test func stoppingFinishesTheMessageInFlight() async throws {
        try await withPuente { app in
            try await enqueueSample(app, subject: "in flight")
            let transport = GatedTransport(FolderMailTransport(directory: app.config.dataDirectory + "/mail"))
            let loop = MailWorkerLoop(worker: MailWorker(db: app.db, transport: transport, logger: app.logger))
            await loop.start()
            var entered = transport.entered.stream.makeAsyncIterator()
            _ = await entered.next()                 // delivery has begun
            async let stopped: Void = loop.stop()   // shutdown is requested mid-delivery
            transport.release.continuation.yield()  // the delivery completes
            await stopped
            let row = try #require(try await app.outbox().first)
            #expect(row.status == .sent)
        }
    }
}

@Suite(.enabled(if: SMTPTestServer.isAvailable, "aiosmtpd is not installed: run `make test`, which installs it"))
struct SMTPSecurityTests {
    func deliverOne(_ security: SMTPSettings.Security, serverTLS: String, trustServer: Bool) async throws -> (sent: Int, received: Int, error: String?) {
        let server = try SMTPTestServer(user: "puente", password: "pw-123", tls: serverTLS)
        defer { server.stop() }
        var result = (sent: 0, received: 0, error: String?.none)
        try await withPuente({ config in
            config.mailTransport = .smtp(SMTPSettings(host: "localhost", port: server.port, security: security,
                                                      username: "puente", password: "pw-123",
                                                      caFile: trustServer ? server.certificate : nil))
        }) { app in
            try await enqueueSample(app, subject: "over TLS")
            result.sent = try await app.mail.makeWorker().runOnce()
            result.error = try await app.outbox().first?.lastError
        }
        result.received = try server.received().count
        return result
    }

    @Test func startTLSUpgradesBeforeAuthenticating() async throws {
        let result = try await deliverOne(.starttls, serverTLS: "starttls", trustServer: true)
        #expect(result.sent == 1, "\(result.error ?? "")")
        #expect(result.received == 1)
    }

    @Test func implicitTLSDelivers() async throws {
        let result = try await deliverOne(.tls, serverTLS: "implicit", trustServer: true)
        #expect(result.sent == 1, "\(result.error ?? "")")
        #expect(result.received == 1)
    }

    @Test func anUntrustedCertificateStopsDelivery() async throws {
        let result = try await deliverOne(.starttls, serverTLS: "starttls", trustServer: false)
        #expect(result.sent == 0)
        #expect(result.received == 0)
        #expect(result.error != nil)
    }
}

/// A relay that holds every message until the test lets it go.
final class HeldTransport: MailTransport {
    private let released = NIOLockedValueBox(false)
    func release() { released.withLockedValue { $0 = true } }
    func deliver(_ message: OutboxEnvelope) async throws {
        while !released.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
    }
}
