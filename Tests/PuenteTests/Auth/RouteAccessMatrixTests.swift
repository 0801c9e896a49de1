// Walks the application's route table and asks every route, as every principal, whether the gate
// in `RouteAccessMatrix` holds: the allowed get past it, everyone else is stopped before anything
// happens. Paths name real objects of the demo program (this trainee's enrollment, this cohort),
// so "mine" and "someone else's" are both asked.

import Fluent
import Foundation
import NIOCore
import SQLKit
import Testing
import VaporTesting
@testable import Puente

@Suite struct RouteAccessMatrixTests {
    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func everyRouteHasARowAndEveryRowARoute() async throws {
        try await withPuente { app in
            let routes = Set(app.routes.all.map(Self.key))
            let rows = Set(RouteAccessMatrix.rows.keys)
            #expect(routes.subtracting(rows).sorted() == [], "routes with no row in RouteAccessMatrix")
            #expect(rows.subtracting(routes).sorted() == [], "rows for routes that do not exist")
        }
    }

    @Test func everyPrincipalMeetsTheGateTheMatrixWritesDown() async throws {
        try await withPuente({ $0.rateLimitsEnabled = false }) { app in
            let program = try await DemoProgram.make(app)
            var failures: [String] = []
            for route in app.routes.all.sorted(by: { Self.key($0) < Self.key($1) }) {
                let key = Self.key(route)
                guard let access = RouteAccessMatrix.rows[key] else { continue } // the other test names it
                let path = try program.path(for: route)
                for principal in Principal.allCases {
                    let response = try await program.send(route.method, path, as: principal, api: key.contains(" /api/"))
                    let verdict = Verdict(response)
                    if access.allowed.contains(principal) {
                        if verdict.stoppedByGate(answers401: access.answers401) || verdict.status.code >= 500 {
                            failures.append("\(key) as \(principal): \(verdict), should pass")
                        }
                    } else if !verdict.stopped {
                        failures.append("\(key) as \(principal): \(verdict), should be stopped")
                    }
                    if route.method == .POST, path == SiteURL.logout.path { try await program.signInAgain(principal) }
                    // A deleted list would make every later row about it a 404; bring it back.
                    if route.method == .DELETE { _ = try await app.db.sql.raw("UPDATE mailing_lists SET deleted_at = NULL").all() }
                }
            }
            #expect(failures == [])
        }
    }
}

/// What a response says about the gate.
private struct Verdict: CustomStringConvertible {
    let status: HTTPStatus
    let location: String?

    init(_ response: TestingHTTPResponse) {
        status = response.status
        location = response.headers.first(name: .location)
    }

    var sentToSignIn: Bool { status == .seeOther && (location?.hasPrefix(SiteURL.login.path + "?") ?? false) }

    /// Stopped before the route did anything: sent to sign in, unauthorized, forbidden, or not found.
    var stopped: Bool { sentToSignIn || [.unauthorized, .forbidden, .notFound].contains(status) }

    func stoppedByGate(answers401: Bool) -> Bool {
        sentToSignIn || status == .forbidden || (status == .unauthorized && !answers401)
    }

    var description: String { "\(status.code)\(location.map { " → \($0)" } ?? "")" }
}

/// The demo program, its people signed in (a browser each) and holding API tokens, and the objects
/// the matrix's paths name.
private final class DemoProgram: @unchecked Sendable {
    let app: Application
    private var browsers: [Principal: Browser] = [:]
    private var tokens: [Principal: String] = [:]
    private var emails: [Principal: String] = [:]
    private var parameters: [String: String] = [:]
    static let password = "matrix password 1"

    private init(app: Application) { self.app = app }

    static func make(_ app: Application) async throws -> DemoProgram {
        let program = DemoProgram(app: app)
        _ = try await DemoData.seed(app: app, password: password)
        _ = try await RegistryDemo.seed(app: app, count: 20)
        _ = try await TrainingDemo.seed(app: app, password: password)
        _ = try await EventsDemo.seed(app: app)
        _ = try await CommunicationsDemo.seed(app: app)
        let demo = Dictionary(uniqueKeysWithValues: DemoData.people.map { ($0.email.split(separator: "@")[0], $0.email) })
        program.emails = [
            .member: demo["chw"]!, .trainee: demo["promotora"]!, .trainer: demo["trainer"]!, .supervisor: demo["supervisor"]!,
            .representative: demo["orgrep"]!, .staff: demo["staff"]!, .admin: demo["admin"]!,
            .otherTrainer: "other.trainer@example.org", .otherSupervisor: "other.supervisor@example.org",
        ]
        try await app.makeUser("other.trainer@example.org", password: password, roles: [.trainer, .member])
        try await app.makeUser("other.supervisor@example.org", password: password, roles: [.supervisor, .member])
        let target = try await app.makeUser("target@example.org", password: password)
        for principal in Principal.allCases where principal != .visitor {
            try await program.signInAgain(principal)
            let response = try await app.api(.POST, "/api/v1/tokens",
                                             json: #"{"email":"\#(program.emails[principal]!)","password":"\#(password)"}"#)
            program.tokens[principal] = try #require(try response.object["token"] as? String)
        }
        try await program.findObjects(target: target)
        return program
    }

    func signInAgain(_ principal: Principal) async throws {
        guard let email = emails[principal] else { return }
        let browser = Browser(app)
        #expect(try await browser.signIn(email, Self.password).status == .seeOther)
        browsers[principal] = browser
    }

    private func findObjects(target: User) async throws {
        let db = app.db
        let trainee = try #require(try await User.query(on: db).filter(\.$email == emails[.trainee]!).first())
        let member = try #require(try await User.query(on: db).filter(\.$email == emails[.member]!).first())
        let cohort = try #require(try await Cohort.query(on: db).filter(\.$name == TrainingDemo.runningName).first())
        let enrollment = try #require(try await Enrollment.query(on: db).filter(\.$user.$id == trainee.id!).filter(\.$cohort.$id == cohort.id!).first())
        let log = try #require(try await PracticumLog.query(on: db).filter(\.$status == .pending).first()) // its trainee is supervised by `supervisor`
        let session = try #require(try await TrainingSession.query(on: db).filter(\.$cohort.$id == cohort.id!).first())
        let memberEntry = try #require(try await RegistryEntry.query(on: db).filter(\.$user.$id == member.id!).first())
        let credential = try #require(try await Credential.query(on: db).filter(\.$entry.$id == memberEntry.id!).first())
        let organization = try #require(try await Organization.query(on: db).first())
        // The policy committee's next open meeting: a public event that is also a group meeting.
        let event = try #require(try await Event.query(on: db).filter(\.$audience == .everyone).filter(\.$groupID != nil)
            .filter(\.$startsAt > Date()).sort(\.$startsAt).first())
        let membership = try #require(try await CoalitionMembership.query(on: db).first())
        // A members' list (visitors may not see it) and a sent issue of the public newsletter.
        let issue = try #require(try await Newsletter.query(on: db).filter(\.$status == .sent).first())
        let message = try #require(try await SegmentMessage.query(on: db).first())
        // An hour record of the trainee's own, so "mine" can be asked of the evidence route.
        let record = HourRecord()
        record.$user.id = trainee.id!
        record.kind = .continuingEducation
        record.day = "2026-11-02"
        record.quarterHours = 8
        record.topic = "Diabetes self-management refresher"
        record.provider = "County health department"
        record.status = .pending
        record.evidenceFile = "evidence.pdf"
        try await record.create(on: db)
        parameters = [
            "personID": target.id!.uuidString, "entryID": memberEntry.id!.uuidString, "credentialID": credential.id!.uuidString,
            "importID": UUID().uuidString, "organizationID": organization.id!.uuidString, "file": credential.number + ".pdf",
            "token": "not-a-real-secret", "cohortID": cohort.id!.uuidString, "enrollmentID": enrollment.id!.uuidString,
            "recordID": record.id!.uuidString, "sessionID": session.id!.uuidString, "programID": cohort.$program.id.uuidString,
            "logID": log.id!.uuidString, "eventID": event.id!.uuidString, "number": memberEntry.registryNumber, "id": UUID().uuidString,
            "slug": "coalition", "newsletterID": issue.id!.uuidString,
            "messageID": message.id!.uuidString, "groupSlug": CoalitionDemo.committeeSlug, "membershipID": membership.id!.uuidString,
            "seatID": UUID().uuidString, "roleID": UUID().uuidString, "focusAreaID": UUID().uuidString,
            "agendaItemID": UUID().uuidString, "actionItemID": UUID().uuidString,
        ]
    }

    func path(for route: Route) throws -> String {
        "/" + (try route.path.map { component -> String in
            switch component {
            case .parameter(let name): return try #require(parameters[name], "no value for :\(name)")
            default: return component.description
            }
        }).joined(separator: "/")
    }

    /// HTML routes as a browser with the principal's session (forms with their CSRF token);
    /// API routes with the principal's bearer token and a JSON body.
    func send(_ method: HTTPMethod, _ path: String, as principal: Principal, api: Bool) async throws -> TestingHTTPResponse {
        if api {
            return try await app.api(method, path, token: tokens[principal], json: [.POST, .PUT].contains(method) ? "{}" : nil)
        }
        let browser = browsers[principal] ?? Browser(app)
        switch method {
        case .GET: return try await browser.get(path)
        case .POST: return try await browser.post(path, [])
        default: return try await app.testing().sendRequest(method, path)
        }
    }
}
