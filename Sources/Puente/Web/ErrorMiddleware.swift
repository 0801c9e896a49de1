// The one error path: every failure becomes a localized HTML page or an RFC 9457 problem+json.

import Foundation
import PuenteCore
import Vapor

struct TooManyRequests: Error {}

struct PuenteErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) async -> Response {
        if error is SignInRequired && !request.wantsJSON {
            var next = request.url.path
            if let query = request.url.query { next += "?\(query)" }
            return request.redirect(to: SiteURL.login.path(query: ["next": next]), redirectType: .normal)
        }
        let (status, message) = classify(error)
        if status == .internalServerError || status == .serviceUnavailable {
            request.logger.report(error: error)
        }
        let response = await body(for: error, status: status, message: message, request: request)
        if status == .serviceUnavailable {
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(DatabaseUnavailable.retryAfterSeconds)")
        }
        if let abort = error as? any AbortError { // e.g. `Allow` on a 405
            for (name, value) in abort.headers where name.lowercased() != "content-type" { response.headers.replaceOrAdd(name: name, value: value) }
        }
        return response
    }

    private static func body(for error: any Error, status: HTTPResponseStatus, message: L10n, request: Request) async -> Response {
        if request.url.path.hasPrefix("/fhir") {
            let code = status == .notFound ? "not-found" : status.code >= 500 ? "exception" : "processing"
            return FHIRController.respond(FHIRBuilder.operationOutcome(code, message.text(.en)), status: status)
        }
        if request.wantsJSON, let failure = error as? ValidationFailure {
            let messages = failure.errors.messagesByField.mapValues { $0.text(request.language) }
            return problem(status: .unprocessableEntity, detail: L10n.formErrorSummary.text(request.language),
                           request: request, extra: ["errors": messages])
        }
        if request.wantsJSON {
            // A reason written for API clients says more than the generic page text.
            var detail = message.text(request.language)
            if let abort = error as? any AbortError, abort.reason != abort.status.reasonPhrase, status.code < 500 {
                detail = abort.reason
            }
            return problem(status: status, detail: detail, request: request)
        }
        do {
            return try await request.render { ctx in
                ErrorPage.view(ctx, message: message, status: status)
            }
        } catch {
            return request.htmlResponse(message.text(request.language), status: status)
        }
    }

    static func classify(_ error: any Error) -> (HTTPResponseStatus, L10n) {
        switch error {
        case is SignInRequired: return (.unauthorized, .errorUnauthorized)
        case is CSRFFailure: return (.forbidden, .errorCSRF)
        case is TooManyRequests: return (.tooManyRequests, .errorTooManyRequests)
        case is DecodingError: return (.badRequest, .errorMalformedJSON)
        case is ValidationFailure: return (.unprocessableEntity, .formErrorSummary)
        case let error where DatabaseUnavailable.matches(error): return (.serviceUnavailable, .errorBusy)
        case let error where UnstorableText.matches(error): return (.badRequest, .errorBadRequest)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return (.notFound, .errorNotFound)
            case .forbidden: return (.forbidden, .errorForbidden)
            case .unauthorized: return (.unauthorized, .errorUnauthorized)
            case .payloadTooLarge: return (.payloadTooLarge, .errorPayloadTooLarge)
            case .tooManyRequests: return (.tooManyRequests, .errorTooManyRequests)
            case let status where status.code >= 500: return (status, .errorServer)
            case let status: return (status, .errorBadRequest)
            }
        default:
            return (.internalServerError, .errorServer)
        }
    }

    static func problem(status: HTTPResponseStatus, detail: String, request: Request, extra: [String: Any] = [:]) -> Response {
        var body: [String: Any] = [
            "type": "about:blank",
            "title": status.reasonPhrase,
            "status": Int(status.code),
            "detail": detail,
        ]
        body.merge(extra) { current, _ in current }
        let json = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
        return Response(status: status, headers: headers, body: .init(data: json))
    }
}
