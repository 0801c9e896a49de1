// Health and metrics for load balancers and Prometheus.

import Foundation
import Fluent
import Metrics
import Prometheus
import SQLKit
import Vapor

/// One registry per process: swift-metrics can be bootstrapped once, and every app shares it.
enum PuenteMetrics {
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrapOnce: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    static func bootstrap() { _ = bootstrapOnce }
}

struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.health.pathComponents, use: health)
        routes.get(APIURL.metrics.pathComponents, use: metrics)
    }

    struct Health: Content {
        let status: String
        let database: String
    }

    /// Ok only while a write would succeed: a load balancer must stop sending sign-ups and
    /// registrations to a process whose database is read-only, full or locked.
    func health(req: Request) async throws -> Response {
        do {
            try await HealthCheck.probeWrite(on: req.db)
        } catch {
            req.logger.error("health check: the database cannot be written", metadata: ["error": "\(error)"])
            let response = PuenteErrorMiddleware.problem(status: .serviceUnavailable, detail: "The database cannot be written.",
                                                         request: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(DatabaseUnavailable.retryAfterSeconds)")
            return response
        }
        let response = Response(status: .ok)
        try response.content.encode(Health(status: "ok", database: req.config.database.kindName))
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// Loopback scrapers (the client address as `PUENTE_TRUSTED_PROXIES` resolves it), or anyone
    /// with `Authorization: Bearer $PUENTE_METRICS_TOKEN`; everyone else finds nothing here.
    func metrics(req: Request) async throws -> Response {
        guard Self.mayReadMetrics(req) else { throw Abort(.notFound) }
        // Outbox depth by status, read at scrape time so every process reports the same truth.
        let rows = try await req.db.sql.raw("SELECT status, COUNT(*) AS n FROM outbox_messages GROUP BY status").all()
        var counts = ["pending": 0, "sent": 0, "failed": 0]
        for row in rows {
            counts[try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        for (status, count) in counts {
            let descriptor = MetricNameDescriptor(namespace: "puente", metricName: "outbox", unitName: "messages",
                                                  helpText: "Messages in the outbox by delivery status")
            PuenteMetrics.registry.makeGauge(descriptor: descriptor, labels: [("status", status)]).set(Double(count))
        }
        let buffer = PuenteMetrics.registry.emitToBuffer()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }

    static func mayReadMetrics(_ req: Request) -> Bool {
        if let token = req.config.metricsToken, let given = req.headers.bearerAuthorization?.token {
            return Secret.equal(given, token)
        }
        return ClientAddress.isLoopback(req.clientIP)
    }
}

enum HealthCheck {
    private struct ProbeRolledBack: Error {}

    /// Writes a row and rolls it back: nothing is kept, but the database had to take the write.
    static func probeWrite(on db: any Database) async throws {
        do {
            try await db.transaction { db in
                try await db.sql.insert(into: "health_probes").columns("id", "checked_at")
                    .values(SQLBind(UUID()), SQLBind(Date())).run()
                throw ProbeRolledBack()
            }
        } catch is ProbeRolledBack {
            if db.engine == .sqlite { try await checkSQLiteRoom(on: db) }
            return
        }
    }

    struct NoRoom: Error, CustomStringConvertible {
        let description: String
    }

    /// The least room a database must have left to call itself writable: one small row still fits
    /// in a full file's last page, so the probe alone would say 200 while every registration fails.
    static let minimumRoomBytes = 1 << 20

    /// SQLite: room left under `max_page_count` (free pages count), and on the file system it lives on.
    static func checkSQLiteRoom(on db: any Database) async throws {
        func pragma(_ name: String) async throws -> Int {
            try await db.sql.raw("PRAGMA \(unsafeRaw: name)").first()?.decode(column: name, as: Int.self) ?? 0
        }
        let pageSize = try await pragma("page_size")
        let pagesLeft = try await pragma("max_page_count") - pragma("page_count") + pragma("freelist_count")
        if pagesLeft * pageSize < minimumRoomBytes {
            throw NoRoom(description: "the database is at its size limit (\(pagesLeft) pages left)")
        }
        let file = try await db.sql.raw("PRAGMA database_list").all()
            .first { (try? $0.decode(column: "name", as: String.self)) == "main" }?.decode(column: "file", as: String.self) ?? ""
        guard !file.isEmpty else { return }
        var stats = statvfs()
        if statvfs(URL(fileURLWithPath: file).deletingLastPathComponent().path, &stats) == 0,
           Int(stats.f_bavail) * Int(stats.f_frsize) < minimumRoomBytes {
            throw NoRoom(description: "the disk holding the database is full")
        }
    }
}
