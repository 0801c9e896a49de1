// Staff write to a segment of people rather than a list: `/staff/messages`. Behind the same
// permission as lists and newsletters; the send asks first, showing how many it will reach.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct SegmentMessagesController: RouteCollection {
    /// The form fields a segment is made of.
    static let segmentFields = ["segment", "q", "status", "county", "language", "type", "cohort", "event", "days"]

    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(Access.permission(.manageLists))
        staff.get(SiteURL.staffMessages.pathComponents, use: index)
        staff.get(SiteURL.staffMessageNew.pathComponents, use: newForm)
        staff.post(SiteURL.staffMessageNew.pathComponents, use: create)
        staff.get(SiteURL.staffMessage(.key).pathComponents, use: show)
        staff.post(SiteURL.staffMessage(.key).pathComponents, use: act)
    }

    func index(req: Request) async throws -> Response {
        let messages = try await SegmentMessage.query(on: req.db).sort(\.$createdAt, .descending).limit(200).all()
        var rows: [SegmentMessagePages.Row] = []
        for message in messages {
            rows.append(.init(message: message, audience: try await audience(req, message)))
        }
        return try await req.render { SegmentMessagePages.index($0, rows) }
    }

    /// A link may carry the segment (the registry page's "write to these people").
    func newForm(req: Request) async throws -> Response {
        let values = Self.values(req.queryParameters.values(Self.segmentFields))
        let choices = try await choices(req)
        return try await req.render { SegmentMessagePages.new($0, values: values, input: NewsletterInput(), choices: choices, errors: FormErrors()) }
    }

    func create(req: Request) async throws -> Response {
        let values = Self.values(form: req)
        let input = NewsletterInput(form: req)
        do {
            let segment = try Segment.parse(values, counties: req.config.counties)
            let message = try await req.segmentMessages.create(segment, input, by: try req.requireUser())
            req.flash(.success, .saved)
            return req.redirect(to: .staffMessage(.value(message.id!)))
        } catch let failure as ValidationFailure {
            let choices = try await choices(req)
            return try await req.render { SegmentMessagePages.new($0, values: values, input: input, choices: choices, errors: failure.errors) }
        }
    }

    private func message(_ req: Request) async throws -> SegmentMessage {
        guard let id = req.parameters.get("messageID", as: UUID.self), let message = try await SegmentMessage.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return message
    }

    func show(req: Request) async throws -> Response {
        try await render(req, try await message(req), values: nil, input: nil, errors: FormErrors())
    }

    private func render(_ req: Request, _ message: SegmentMessage, values: [String: String]?, input: NewsletterInput?,
                        errors: FormErrors) async throws -> Response {
        let service = req.segmentMessages
        var reach: SegmentMessageService.Reach?
        if message.status == .draft, let segment = message.segment { reach = try await service.reach(segment) }
        let model = SegmentMessagePages.Model(message: message, audience: try await audience(req, message), reach: reach,
                                              counts: try await service.counts(message))
        let choices = try await choices(req)
        return try await req.render { SegmentMessagePages.show($0, model, values: values, input: input, choices: choices, errors: errors) }
    }

    func act(req: Request) async throws -> Response {
        let message = try await message(req)
        let service = req.segmentMessages
        let back = SiteURL.staffMessage(.value(message.id!))
        do {
            switch req.formValue("action") {
            case "save":
                let segment = try Segment.parse(Self.values(form: req), counties: req.config.counties)
                try await service.update(message, segment, NewsletterInput(form: req))
                req.flash(.success, .saved)
            case "test":
                let user = try req.requireUser()
                try await service.sendTest(message, to: user, language: Language(rawValue: req.formValue("language")) ?? req.language)
                req.flash(.success, .newsletterTestSentFlash, ["email": user.email])
            case "send":
                guard message.status == .draft, let segment = message.segment else { throw SegmentMessageService.Failure.notEditable(message.status) }
                guard req.isConfirmed else {
                    let reach = try await service.reach(segment)
                    let audience = try await audience(req, message)
                    return try await req.confirmFirst { ctx in
                        Confirmation(heading: ctx.t(.segmentSendHeading),
                                     consequences: [ctx.t(.segmentSendConsequence, ["count": "\(reach.recipients)", "audience": audience]),
                                                    ctx.t(.segmentSendOptedOut, ["count": "\(reach.optedOut)"])],
                                     confirm: ctx.t(.newsletterSendNow), back: back.path, carry: [("action", "send")])
                    }
                }
                let count = try await service.send(message)
                req.flash(.success, .newsletterSendingFlash, ["count": "\(count)"])
            default:
                throw Abort(.badRequest)
            }
        } catch let failure as ValidationFailure {
            return try await render(req, message, values: Self.values(form: req), input: NewsletterInput(form: req), errors: failure.errors)
        } catch SegmentMessageService.Failure.notEditable {
            req.flash(.error, .newsletterNotEditable)
        }
        return req.redirect(to: back)
    }

    /// Who it was for: as sent, or (a draft) as the segment reads now.
    private func audience(_ req: Request, _ message: SegmentMessage) async throws -> String {
        if let audience = message.audience, message.status != .draft { return audience }
        guard let segment = message.segment else { return "" }
        return try await req.segmentMessages.recipients.describe(segment, in: req.language)
    }

    private func choices(_ req: Request) async throws -> SegmentMessagePages.Choices {
        let cohorts = try await Cohort.query(on: req.db).sort(\.$startsOn, .descending).limit(200).all()
        let events = try await Event.query(on: req.db).sort(\.$startsAt, .descending).limit(200).all()
        return .init(cohorts: cohorts.map { ($0.id!.uuidString, "\($0.name) (\($0.startsOn))") },
                     events: events.map { ($0.id!.uuidString, "\($0.title) (\(req.config.dateFormatting.isoDay($0.startsAt)))") },
                     counties: req.config.counties)
    }

    /// Only the segment's own fields, each bounded before anything reads it.
    static func values(_ source: [String: String]) -> [String: String] {
        var values: [String: String] = [:]
        for field in segmentFields { if let value = source[field]?.prefix(200), !value.isEmpty { values[field] = String(value) } }
        return values
    }

    static func values(form req: Request) -> [String: String] {
        values(Dictionary(uniqueKeysWithValues: segmentFields.map { ($0, req.formValue($0)) }))
    }
}

extension NewsletterInput {
    init(form req: Request) {
        self.init(subject: req.formValue("subject"), markdown: req.formValue("markdown"),
                  subjectEs: req.formValue("subjectEs"), markdownEs: req.formValue("markdownEs"))
    }
}
