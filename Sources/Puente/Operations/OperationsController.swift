// Health and metrics for load balancers and Prometheus.

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
        routes.get("healthz", use: health)
        routes.get("metrics", use: metrics)
    }

    struct Health: Content {
        let status: String
        let database: String
    }

    func health(req: Request) async throws -> Response {
        do {
            _ = try await req.db.sql.raw("SELECT 1 AS ok").all()
        } catch {
            req.logger.error("health check: database unreachable", metadata: ["error": "\(error)"])
            return PuenteErrorMiddleware.problem(status: .serviceUnavailable, detail: "database unreachable", request: req)
        }
        let response = Response(status: .ok)
        try response.content.encode(Health(status: "ok", database: req.config.database.kindName))
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    func metrics(req: Request) async throws -> Response {
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
}
