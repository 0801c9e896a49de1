// `Idempotency-Key` on API POSTs, so a client that lost an answer (a process killed mid-request,
// a dropped connection) can send the same request again without doing the work twice.
// - Per caller (bearer token, else client address) and route; kept in the database for a day, so
//   it holds whichever process the retry lands on.
// - The same key and body: the first answer again, with `Idempotent-Replayed: true`.
// - The same key and another body: 422. The first request still running: 409.
// - Only a 2xx is kept. A failure frees the key, so a retry runs again; an answer carrying a
//   secret (a token) is never stored, and its key is freed too.
// - A running request renews its claim every `renewal` seconds, so a claim left by a process that
//   died is taken over after `takeover` (a retry waited a minute after a SIGKILL before), while a
//   request that runs long (a newsletter to thousands) keeps its own.

import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor

struct IdempotencyMiddleware: AsyncMiddleware {
    static let header = "Idempotency-Key"
    static let replayedHeader = "Idempotent-Replayed"
    static let lifetime: TimeInterval = 24 * 3600
    static let takeover: TimeInterval = 15
    /// A third of the takeover: two renewals can be late before anyone takes the claim.
    var renewal: TimeInterval = 5

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, let key = request.headers.first(name: Self.header) else {
            return try await next.respond(to: request)
        }
        guard Self.isWellFormed(key) else {
            throw Abort(.badRequest, reason: "\(Self.header) must be 1–255 visible ASCII characters")
        }
        // Vapor collects the body inside the route; collecting here first gives the route the same bytes.
        let body = try await request.body.collect(max: request.config.maxBodySize.value).get()
        let claim = Claim(caller: Self.caller(of: request), route: "POST \(request.url.path)", key: key,
                          requestHash: SHA256.hash(data: body.map { Data($0.readableBytesView) } ?? Data()).hex)

        switch try await claim.take(on: request.db) {
        case .taken(let id):
            return try await run(request, next: next, claimID: id)
        case .replay(let stored):
            return Self.replay(stored)
        case .otherBody:
            throw Abort(.unprocessableEntity, reason: "This \(Self.header) was used with another request body; send a new key")
        case .inFlight:
            throw Abort(.conflict, reason: "A request with this \(Self.header) is still in progress; try again shortly")
        }
    }

    private func run(_ request: Request, next: any AsyncResponder, claimID: UUID) async throws -> Response {
        let response: Response
        let db = request.db
        do {
            response = try await LeaseKeeper.whileRunning(renewEvery: renewal, renew: {
                try await IdempotentRequest.query(on: db).filter(\.$id == claimID).filter(\.$state == .inFlight)
                    .set(\.$claimedAt, to: Date()).update()
            }) {
                try await next.respond(to: request)
            }
        } catch {
            try? await IdempotentRequest.query(on: request.db).filter(\.$id == claimID).delete()
            throw error
        }
        let keeps = (200..<300).contains(Int(response.status.code)) && !request.answerCarriesSecret
        // The work is done: a failure to keep its answer must not turn it into an error. The claim
        // then stays in flight until the takeover, and a retry runs into the work's own rules.
        do {
            if keeps, let data = response.body.data {
                try await IdempotentRequest.query(on: request.db).filter(\.$id == claimID)
                    .set(\.$state, to: .answered)
                    .set(\.$status, to: Int(response.status.code))
                    .set(\.$contentType, to: response.headers.first(name: .contentType))
                    .set(\.$location, to: response.headers.first(name: .location))
                    .set(\.$body, to: data)
                    .update()
            } else {
                try await IdempotentRequest.query(on: request.db).filter(\.$id == claimID).delete()
            }
        } catch {
            request.logger.warning("idempotency: the answer was not kept", metadata: ["error": "\(error)"])
        }
        return response
    }

    static func isWellFormed(_ key: String) -> Bool {
        (1...255).contains(key.utf8.count) && key.utf8.allSatisfy { (0x21...0x7E).contains($0) }
    }

    static func caller(of request: Request) -> String {
        if let bearer = request.headers.bearerAuthorization { return "token:\(Secret.hash(bearer.token))" }
        return "address:\(request.clientIP)"
    }

    static func replay(_ stored: IdempotentRequest) -> Response {
        let response = Response(status: HTTPResponseStatus(statusCode: stored.status ?? 200))
        if let contentType = stored.contentType { response.headers.replaceOrAdd(name: .contentType, value: contentType) }
        if let location = stored.location { response.headers.replaceOrAdd(name: .location, value: location) }
        response.headers.replaceOrAdd(name: replayedHeader, value: "true")
        response.body = .init(data: stored.body ?? Data())
        return response
    }
}

/// Taking a key: one INSERT that either wins or finds the row another request wrote.
struct Claim {
    enum Outcome {
        case taken(UUID)
        case replay(IdempotentRequest)
        case otherBody
        case inFlight
    }

    let caller: String
    let route: String
    let key: String
    let requestHash: String

    func take(on db: any Database, now: Date = Date()) async throws -> Outcome {
        for _ in 0..<2 {
            let id = UUID()
            let inserted = try await db.sql.raw("""
                INSERT INTO idempotent_requests (id, caller, route, key, request_hash, state, created_at, claimed_at)
                VALUES (\(bind: id), \(bind: caller), \(bind: route), \(bind: key), \(bind: requestHash),
                        \(bind: IdempotentRequest.State.inFlight.rawValue), \(bind: now), \(bind: now))
                ON CONFLICT (caller, route, key) DO NOTHING
                RETURNING id
                """).all()
            if !inserted.isEmpty { return .taken(id) }
            guard let existing = try await IdempotentRequest.query(on: db)
                .filter(\.$caller == caller).filter(\.$route == route).filter(\.$key == key).first() else {
                continue // freed between the two statements: try once more
            }
            if existing.createdAt < now.addingTimeInterval(-IdempotencyMiddleware.lifetime) {
                try await IdempotentRequest.query(on: db).filter(\.$id == existing.id!).delete()
                continue
            }
            guard existing.requestHash == requestHash else { return .otherBody }
            if existing.state == .answered { return .replay(existing) }
            // A claim older than any request left by a process that died: take it over, once.
            let stale = now.addingTimeInterval(-IdempotencyMiddleware.takeover)
            if existing.claimedAt < stale {
                let taken = try await db.sql.raw("""
                    UPDATE idempotent_requests SET claimed_at = \(bind: now)
                    WHERE id = \(bind: existing.id!) AND state = 'in_flight' AND claimed_at < \(bind: stale)
                    RETURNING id
                    """).all()
                if !taken.isEmpty { return .taken(existing.id!) }
            }
            return .inFlight
        }
        return .inFlight
    }
}

extension Request {
    private struct AnswerCarriesSecretKey: StorageKey { typealias Value = Bool }

    /// Set by a handler whose answer holds a secret (a token): an idempotent replay must not keep it.
    var answerCarriesSecret: Bool {
        get { storage[AnswerCarriesSecretKey.self] ?? false }
        set { storage[AnswerCarriesSecretKey.self] = newValue }
    }
}
