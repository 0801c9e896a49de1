// Staff manage one event: registrants, a message to them, materials, edit and cancel.

import Fluent
import Foundation
import Plot
import PuenteCore

enum EventManagePage {
    struct Model {
        let event: Event
        let registrations: [EventRegistration]
        let materials: [EventMaterial]
        let form: EventForm
        let errors: FormErrors
        var messageErrors = FormErrors()
        var messageSubject = ""
        var messageBody = ""
        var materialErrors = FormErrors()
    }

    /// Registrants by status then place in the queue, and the event's materials, oldest first.
    static func query(on db: any Database, event: Event, form: EventForm, errors: FormErrors = .init()) async throws -> Model {
        let registrations = try await EventRegistration.query(on: db).filter(\.$event.$id == event.id!)
            .sort(\.$status).sort(\.$queueNumber).all()
        let materials = try await EventMaterial.query(on: db).filter(\.$event.$id == event.id!).sort(\.$createdAt).all()
        return .init(event: event, registrations: registrations, materials: materials, form: form, errors: errors)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let event = model.event
        let confirmed = model.registrations.filter { $0.status == .confirmed }
        let waitlisted = model.registrations.filter { $0.status == .waitlisted }
        return PageView(title: event.title, content: Div {
            H1(event.title)
            Paragraph(ctx.t(event.kind.label) + " · " + EventText.when(ctx, event))
            Tag.raw(HTMLWriter.fragment { $0.tag(ctx, EventState(event, confirmed: confirmed.count)) })
            Paragraph(EventText.counts(ctx, event, confirmed: confirmed.count, waitlisted: waitlisted.count))
            Paragraph {
                Tag.a(SiteURL.event(.value(event.id!)).path, ctx.t(.eventPublicPage))
                Text(" · ")
                Tag.a(SiteURL.staffEventCheckIn(.value(event.id!)).path, ctx.t(.eventCheckInTitle))
                Text(" · ")
                Tag.a(SiteURL.staffEventExport(.value(event.id!)).path, ctx.t(.eventExportCSV))
            }
            registrants(ctx, event, confirmed + waitlisted)
            messageForm(ctx, model)
            materials(ctx, model)
            if event.status == .scheduled {
                Tag.element(.section, ["aria-labelledby": "edit"]) {
                    Tag.element(.h2, ["id": "edit"]) { Text(ctx.t(.eventEdit)) }
                    Paragraph(ctx.t(.eventEditHint)).class("hint")
                    EventFormFields.fields(ctx, model.form, errors: model.errors, action: SiteURL.staffEvent(.value(event.id!)).path, creating: false)
                }
                Tag.element(.section, ["aria-labelledby": "cancel"]) {
                    Tag.element(.h2, ["id": "cancel"]) { Text(ctx.t(.eventCancelEvent)) }
                    Paragraph(ctx.t(.eventCancelHint)).class("hint")
                    UI.form(ctx, action: SiteURL.staffEventCancel(.value(event.id!)).path) { UI.submit(ctx.t(.eventCancelEvent), kind: .warning) }
                }
            }
        }, status: status)
    }

    private static func registrants(_ ctx: PageContext, _ event: Event, _ registrations: [EventRegistration]) -> Component {
        Tag.element(.section, ["aria-labelledby": "registrants"]) {
            Tag.element(.h2, ["id": "registrants"]) { Text(ctx.t(.eventRegistrants)) }
            if registrations.isEmpty { Paragraph(ctx.t(.noResults)) }
            UI.table(label: ctx.t(.eventRegistrants)) {
                Tag.element(.thead) {
                    Tag.element(.tr) {
                        for heading in [ctx.t(.nameLabel), ctx.t(.emailLabel), ctx.t(.trainingStatus),
                                        ctx.t(.eventCheckedIn)] + event.questions.map(\.prompt) {
                            Tag.element(.th, ["scope": "col"]) { Text(heading) }
                        }
                    }
                }
                Tag.element(.tbody) {
                    for registration in registrations {
                        Tag.element(.tr) {
                            Tag.element(.td) { Text(registration.name) }
                            Tag.element(.td) { Text(registration.email) }
                            Tag.element(.td) {
                                UI.tag(ctx, registration.status)
                                if registration.status == .waitlisted { Text(" #\(registration.queueNumber)") }
                            }
                            Tag.element(.td) { Text(registration.checkedInAt == nil ? "" : "✓") }
                            for question in event.questions {
                                Tag.element(.td) { Text(EventText.answer(ctx, question, registration.answers[question.id])) }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func messageForm(_ ctx: PageContext, _ model: Model) -> Component {
        Tag.element(.section, ["aria-labelledby": "message"]) {
            Tag.element(.h2, ["id": "message"]) { Text(ctx.t(.eventMessageTitle)) }
            UI.errorSummary(ctx, model.messageErrors)
            UI.form(ctx, action: SiteURL.staffEventMessage(.value(model.event.id!)).path) {
                UI.field(ctx, name: "subject", label: .eventMessageSubject, value: model.messageSubject, errors: model.messageErrors)
                UI.textArea(ctx, name: "body", label: .eventMessageBody, value: model.messageBody, errors: model.messageErrors)
                Tag.element(.label, ["class": "choice"]) {
                    Tag.void(.input, ["type": "checkbox", "name": "waitlist", "value": "on"])
                    Text(" " + ctx.t(.eventMessageIncludeWaitlist))
                }
                UI.submit(ctx.t(.eventMessageSend))
            }
        }
    }

    private static func materials(_ ctx: PageContext, _ model: Model) -> Component {
        let errors = model.materialErrors
        return Tag.element(.section, ["aria-labelledby": "materials"]) {
            Tag.element(.h2, ["id": "materials"]) { Text(ctx.t(.eventMaterialsTitle)) }
            Paragraph(ctx.t(.eventMaterialsHint)).class("hint")
            for material in model.materials {
                UI.form(ctx, action: SiteURL.staffEventMaterials(.value(model.event.id!)).path) {
                    Tag.void(.input, ["type": "hidden", "name": "remove", "value": material.id!.uuidString])
                    Paragraph {
                        Tag.a(material.url, material.title)
                        Text(" (" + ctx.t(material.kind.label) + ") ")
                        UI.submit(ctx.t(.remove))
                    }
                }
            }
            UI.errorSummary(ctx, errors)
            UI.form(ctx, action: SiteURL.staffEventMaterials(.value(model.event.id!)).path) {
                UI.select(ctx, name: "materialKind", label: .eventMaterialKind, options: EventMaterial.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                          selected: EventMaterial.Kind.recording.rawValue, errors: errors)
                UI.field(ctx, name: "materialTitle", label: .eventTitleLabel, errors: errors)
                UI.field(ctx, name: "materialTitleEs", label: .eventTitleEsLabel, errors: errors, hint: .spanishVersionHint, required: false)
                UI.field(ctx, name: "materialURL", label: .eventMaterialURL, type: "url", errors: errors)
                UI.submit(ctx.t(.eventMaterialAdd))
            }
        }
    }
}
