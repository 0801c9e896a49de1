// Reading HTML form fields: a missing field is an empty string, so validation (not decoding) reports it.
// A url-encoded body is parsed once per request, in one linear pass. Vapor's decoder parsed the
// whole body again for every field asked for (the CSRF check, then each `formValue`), and a body of
// nested brackets (`a[][][]…`) cost it seconds per parse: a form of twenty fields multiplied that
// twenty times, before anyone had signed in. Multipart forms (file uploads) still go through Vapor.

import Vapor

/// A url-encoded form's fields: `name[]` is `name`; a name given twice keeps every value, and
/// the single value is the last one, as Vapor's decoder has it.
struct FormFields: Sendable {
    private var values: [String: [String]] = [:]

    init(urlEncoded body: String?) {
        for (name, value) in QueryParameters.pairs(body) {
            values[name.hasSuffix("[]") ? String(name.dropLast(2)) : name, default: []].append(value)
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
}

extension Request {
    private struct FormFieldsKey: StorageKey { typealias Value = FormFields }

    /// Nil for a body that is not url-encoded (multipart, JSON).
    private var urlEncodedForm: FormFields? {
        guard headers.contentType == .urlEncodedForm else { return nil }
        if let parsed = storage[FormFieldsKey.self] { return parsed }
        let parsed = FormFields(urlEncoded: body.string)
        storage[FormFieldsKey.self] = parsed
        return parsed
    }

    func formValue(_ name: String) -> String {
        if let form = urlEncodedForm { return form.value(name) ?? "" }
        return (try? content.get(String.self, at: name)) ?? ""
    }

    func formValues(_ name: String) -> [String] {
        if let form = urlEncodedForm { return form.all(name) }
        if let many = try? content.get([String].self, at: name) { return many }
        if let one = try? content.get(String.self, at: name) { return [one] }
        return []
    }

    /// A local path to return to after sign-in; anything else becomes the home page.
    func safeNextPath(_ raw: String?) -> String {
        SafeRedirect.localPath(raw) ?? SiteURL.home.path
    }
}

enum SafeRedirect {
    /// `raw` when it is a path on this site: starts with one `/`, and holds no backslash, control
    /// character or space. Browsers drop tabs and newlines from URLs, so `/\t/evil.example` would
    /// become `//evil.example`, another site.
    static func localPath(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.count <= 2_000 else { return nil }
        for scalar in raw.unicodeScalars {
            if scalar == "\\" || scalar.properties.generalCategory == .control || scalar.properties.isWhitespace { return nil }
            if scalar.properties.generalCategory == .format { return nil } // invisible, e.g. U+200B
        }
        return raw
    }
}
