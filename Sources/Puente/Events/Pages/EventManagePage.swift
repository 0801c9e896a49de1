// Staff manage one event: registrants, a message to them, materials, edit and cancel.

import Fluent
import Foundation
import PuenteCore

enum EventManagePage {
    struct Model {
        let event: Event
        let registrations: [EventRegistration]
        let materials: [EventMaterial]
        let form: EventForm
        let groups: [CoalitionGroup]
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
        return .init(event: event, registrations: registrations, materials: materials, form: form,
                     groups: try await EventFormFields.groups(on: db), errors: errors)
    }

    static func page(_ ctx: PageContext, _ model: Model, status: HTTPStatusCode = .ok) -> PageView {
        let event = model.event
        let confirmed = model.registrations.filter { $0.status == .confirmed }
        let waitlisted = model.registrations.filter { $0.status == .waitlisted }
        var out = HTMLWriter(capacity: 32_768)
        out.leaf(.h1, text: event.title)
        out.leaf(.p, text: ctx.t(event.kind.label) + " · " + EventText.when(ctx, event))
        out.tag(ctx, EventState(event, confirmed: confirmed.count))
        out.leaf(.p, text: EventText.counts(ctx, event, confirmed: confirmed.count, waitlisted: waitlisted.count))
        out.element(.p) { out in
            out.link(SiteURL.event(.value(event.id!)).path, ctx.t(.eventPublicPage))
            out.text(" · ")
            out.link(SiteURL.staffEventCheckIn(.value(event.id!)).path, ctx.t(.eventCheckInTitle))
            out.text(" · ")
            out.link(SiteURL.staffEventExport(.value(event.id!)).path, ctx.t(.eventExportCSV))
        }
        registrants(&out, ctx, event, confirmed + waitlisted)
        messageForm(&out, ctx, model)
        materials(&out, ctx, model)
        if event.status == .scheduled {
            out.element(.section, ["aria-labelledby": "edit"]) { out in
                out.leaf(.h2, ["id": "edit"], text: ctx.t(.eventEdit))
                out.leaf(.p, ["class": "hint"], text: ctx.t(.eventEditHint))
                EventFormFields.fields(&out, ctx, model.form, groups: model.groups, errors: model.errors, action: SiteURL.staffEvent(.value(event.id!)).path,
                                       creating: false)
            }
            out.element(.section, ["aria-labelledby": "cancel"]) { out in
                out.leaf(.h2, ["id": "cancel"], text: ctx.t(.eventCancelEvent))
                out.leaf(.p, ["class": "hint"], text: ctx.t(.eventCancelHint))
                out.form(ctx, action: SiteURL.staffEventCancel(.value(event.id!)).path) { $0.submit(ctx.t(.eventCancelEvent), kind: .warning) }
            }
        }
        return PageView(title: event.title, html: out.html, status: status)
    }

    private static func registrants(_ out: inout HTMLWriter, _ ctx: PageContext, _ event: Event, _ registrations: [EventRegistration]) {
        out.element(.section, ["aria-labelledby": "registrants"]) { out in
            out.leaf(.h2, ["id": "registrants"], text: ctx.t(.eventRegistrants))
            if registrations.isEmpty { out.leaf(.p, text: ctx.t(.noResults)) }
            out.table(label: ctx.t(.eventRegistrants)) { out in
                out.element(.thead) { out in
                    out.element(.tr) { out in
                        for heading in [ctx.t(.nameLabel), ctx.t(.emailLabel), ctx.t(.trainingStatus),
                                        ctx.t(.eventCheckedIn)] + event.questions.map(\.prompt) {
                            out.leaf(.th, ["scope": "col"], text: heading)
                        }
                    }
                }
                out.element(.tbody) { out in
                    for registration in registrations {
                        out.element(.tr) { out in
                            out.leaf(.td, text: registration.name)
                            out.leaf(.td, text: registration.email)
                            out.element(.td) { out in
                                out.tag(ctx, registration.status)
                                if registration.status == .waitlisted { out.text(" #\(registration.queueNumber)") }
                            }
                            out.leaf(.td, text: registration.checkedInAt == nil ? "" : "✓")
                            for question in event.questions {
                                out.leaf(.td, text: EventText.answer(ctx, question, registration.answers[question.id]))
                            }
                        }
                    }
                }
            }
        }
    }

    private static func messageForm(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        out.element(.section, ["aria-labelledby": "message"]) { out in
            out.leaf(.h2, ["id": "message"], text: ctx.t(.eventMessageTitle))
            out.errorSummary(ctx, model.messageErrors)
            out.form(ctx, action: SiteURL.staffEventMessage(.value(model.event.id!)).path) { out in
                out.field(ctx, name: "subject", label: .eventMessageSubject, value: model.messageSubject, errors: model.messageErrors)
                out.textArea(ctx, name: "body", label: .eventMessageBody, value: model.messageBody, errors: model.messageErrors)
                out.choiceBoxes(name: "waitlist", options: [("on", ctx.t(.eventMessageIncludeWaitlist))], selected: [])
                out.submit(ctx.t(.eventMessageSend))
            }
        }
    }

    private static func materials(_ out: inout HTMLWriter, _ ctx: PageContext, _ model: Model) {
        let errors = model.materialErrors
        let action = SiteURL.staffEventMaterials(.value(model.event.id!)).path
        out.element(.section, ["aria-labelledby": "materials"]) { out in
            out.leaf(.h2, ["id": "materials"], text: ctx.t(.eventMaterialsTitle))
            out.leaf(.p, ["class": "hint"], text: ctx.t(.eventMaterialsHint))
            for material in model.materials {
                out.form(ctx, action: action) { out in
                    out.hidden("remove", material.id!.uuidString)
                    out.element(.p) { out in
                        out.link(material.url, material.title)
                        out.text(" (" + ctx.t(material.kind.label) + ") ")
                        out.submit(ctx.t(.remove))
                    }
                }
            }
            out.errorSummary(ctx, errors)
            out.form(ctx, action: action) { out in
                out.select(ctx, name: "materialKind", label: .eventMaterialKind,
                           options: EventMaterial.Kind.allCases.map { ($0.rawValue, ctx.t($0.label)) },
                           selected: EventMaterial.Kind.recording.rawValue, errors: errors)
                out.field(ctx, name: "materialTitle", label: .eventTitleLabel, errors: errors)
                out.field(ctx, name: "materialTitleEs", label: .eventTitleEsLabel, errors: errors, hint: .spanishVersionHint, required: false)
                out.field(ctx, name: "materialURL", label: .eventMaterialURL, type: "url", errors: errors)
                out.submit(ctx.t(.eventMaterialAdd))
            }
        }
    }
}
