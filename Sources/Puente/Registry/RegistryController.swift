// The member's registry pages: apply once, then keep the entry and its consent up to date.

import Fluent
import Foundation
import PuenteCore
import Vapor

struct RegistryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.grouped(Access.signedIn)
        signedIn.get(SiteURL.registryApply.pathComponents, use: applyForm)
        signedIn.post(SiteURL.registryApply.pathComponents, use: apply)
        signedIn.get(SiteURL.registryMine.pathComponents, use: mine)
        signedIn.post(SiteURL.registryMine.pathComponents, use: updateMine)
    }

    private func myEntry(_ req: Request) async throws -> RegistryEntry? {
        let user = try req.requireUser()
        return try await RegistryEntry.query(on: req.db).filter(\.$user.$id == user.id!)
            .with(\.$languages).with(\.$counties).with(\.$communities).with(\.$affiliations).first()
    }

    /// Whether the signed-in person already has an entry: a count, without loading it.
    private func hasApplied(_ req: Request) async throws -> Bool {
        try await RegistryEntry.query(on: req.db).filter(\.$user.$id == req.requireUser().id!).count() > 0
    }

    func applyForm(req: Request) async throws -> Response {
        if try await hasApplied(req) { return req.redirect(to: .registryMine) }
        let user = try req.requireUser()
        var input = RegistryEntryInput()
        let parts = user.name.split(separator: " ", maxSplits: 1).map(String.init)
        input.givenName = parts.first ?? ""
        input.familyName = parts.count > 1 ? parts[1] : ""
        input.email = user.email
        guard user.isEmailVerified else { return try await req.render { RegistryApplyPage.confirmEmailFirst($0) } }
        let choices = try await req.registryChoices()
        return try await req.render { RegistryApplyPage.step($0, .about, input, choices: choices) }
    }

    /// One post per step: "next" checks the step's own answers and moves on (or back to "check
    /// your answers" once the person has seen it), "back" moves back unchecked, a step's name
    /// (a "Change" button) opens that step, and "submit" sends. A post with no `step` is the
    /// whole application at once, as scripts and older pages send it.
    func apply(req: Request) async throws -> Response {
        let input = RegistryEntryInput(form: req)
        guard let step = RegistryApplicationStep(rawValue: req.formValue("step")) else { return try await send(req, input) }
        if try await hasApplied(req) { return req.redirect(to: .registryMine) }
        guard try req.requireUser().isEmailVerified else { return try await req.render { RegistryApplyPage.confirmEmailFirst($0) } }
        let choices = try await req.registryChoices()
        var checking = req.formValue("checking") == "1" || step == .check
        let next: RegistryApplicationStep
        var errors = FormErrors()
        switch req.formValue("go") {
        case "submit" where step == .check:
            return try await send(req, input)
        case "back":
            next = step.previous
        case let name:
            if let target = RegistryApplicationStep(rawValue: name), step == .check {
                next = target
                checking = true
            } else {
                errors = try await req.registry.problems(in: input).only(step.fields)
                next = errors.isEmpty ? (checking ? .check : step.next) : step
            }
        }
        return try await req.render {
            RegistryApplyPage.step($0, next, input, errors: errors, checking: checking, choices: choices)
        }
    }

    /// Sends the application; if anything is refused, the first step with a problem shows it.
    private func send(_ req: Request, _ input: RegistryEntryInput) async throws -> Response {
        do {
            _ = try await req.registry.apply(for: try req.requireUser(), input)
            req.flash(.success, .registryApplied)
            return req.redirect(to: .registryMine)
        } catch RegistryService.Failure.invalid(let snapshot) {
            let choices = try await req.registryChoices()
            let errors = FormErrors(snapshot)
            let step = RegistryApplicationStep.first(holding: errors.fields)
            return try await req.render {
                RegistryApplyPage.step($0, step, input, errors: errors.only(step.fields), checking: true, choices: choices)
            }
        } catch RegistryService.Failure.emailNotVerified {
            return try await req.render { RegistryApplyPage.confirmEmailFirst($0) }
        } catch RegistryService.Failure.alreadyApplied {
            req.flash(.error, .registryAlreadyApplied)
            return req.redirect(to: .registryMine)
        }
    }

    func mine(req: Request) async throws -> Response {
        guard let entry = try await myEntry(req) else { return req.redirect(to: .registryApply) }
        let model = RegistryMinePage.Model(number: entry.registryNumber, status: entry.status, reason: entry.statusReason,
                                           input: RegistryEntryInput(entry))
        let choices = try await req.registryChoices()
        return try await req.render { RegistryMinePage.page($0, model, choices: choices) }
    }

    func updateMine(req: Request) async throws -> Response {
        guard let entry = try await myEntry(req) else { return req.redirect(to: .registryApply) }
        var input = RegistryEntryInput(form: req)
        input.notes = entry.notes ?? "" // staff notes are not the member's to change
        do {
            try await req.registry.update(entry, input, byStaff: false)
            req.flash(.success, .saved)
            return req.redirect(to: .registryMine)
        } catch RegistryService.Failure.invalid(let errors) {
            let model = RegistryMinePage.Model(number: entry.registryNumber, status: entry.status, reason: entry.statusReason, input: input)
            let choices = try await req.registryChoices()
            return try await req.render { RegistryMinePage.page($0, model, errors: FormErrors(errors), choices: choices) }
        }
    }
}
