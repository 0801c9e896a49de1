// Refuses a NUL character (U+0000) in the URL or an urlencoded form before anything reads it.
// PostgreSQL cannot store NUL in text (SQLite can), so a NUL in a search box or a form answered
// 500 on one engine and was stored on the other. JSON bodies are checked as they are decoded
// (`NulCheckedJSONDecoder`, only the members a type reads); multipart bodies carry files, where NUL
// is ordinary, and a NUL in one of their text fields meets PostgreSQL's refusal (`UnstorableText`, 400).

import Vapor

struct NulCharacterMiddleware: AsyncMiddleware {
    /// The most a form body is collected for the check: the same limit the size middleware enforces.
    let bodyLimit: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if NulCharacters.inURL(request.url.string) { throw NulCharacters.refusal }
        if request.content.contentType == .urlEncodedForm,
           let body = try await request.body.collect(max: bodyLimit).get(),
           NulCharacters.inForm(body.readableBytesView) {
            throw NulCharacters.refusal
        }
        return try await next.respond(to: request)
    }
}

enum NulCharacters {
    static let refusal = Abort(.badRequest, reason: "Text may not contain the NUL character (U+0000).")

    static func inURL(_ url: String) -> Bool {
        inForm(url.utf8)
    }

    /// A URL or a form writes NUL as `%00`; a raw NUL byte counts too.
    static func inForm<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: (UInt8, UInt8) = (0xFF, 0xFF)
        for byte in bytes {
            if byte == 0 || (previous == (UInt8(ascii: "%"), UInt8(ascii: "0")) && byte == UInt8(ascii: "0")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
