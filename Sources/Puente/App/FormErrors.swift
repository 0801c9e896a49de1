// Server-side validation, shared by services (which throw it) and views (which show it).

import PuenteCore

/// Server-side validation problems, keyed by form field name.
struct FormErrors: Sendable {
    private(set) var messages: [String: L10n] = [:]
    /// Fields in the order they failed, which is the form's order: the error summary lists them so.
    private(set) var fields: [String] = []

    var isEmpty: Bool { messages.isEmpty }
    var messagesByField: [String: L10n] { messages }
    subscript(field: String) -> L10n? { messages[field] }
    mutating func add(_ field: String, _ message: L10n) {
        guard messages[field] == nil else { return }
        messages[field] = message
        fields.append(field)
    }

    /// The errors of just these fields, in the same order: one step of a form in steps.
    func only(_ wanted: Set<String>) -> FormErrors {
        var kept = FormErrors()
        for field in fields where wanted.contains(field) { kept.add(field, messages[field]!) }
        return kept
    }

    /// A person's name: required, at most 120 characters.
    mutating func checkName(_ name: String, field: String = "name") {
        if name.isEmpty { add(field, .fieldRequired) } else if name.count > 120 { add(field, .nameTooLong) }
        else if ControlCharacters.present(in: name) { add(field, .nameControlCharacters) }
    }

    /// An email address: required and well formed. Returns it when it is.
    mutating func checkEmail(_ raw: String, field: String = "email") -> EmailAddress? {
        let address = EmailAddress(raw)
        if raw.trimmingCharacters(in: .whitespaces).isEmpty { add(field, .fieldRequired) }
        else if address == nil { add(field, .emailInvalid) }
        return address
    }

    /// A new password and its confirmation, against `PasswordRules`.
    mutating func checkNewPassword(_ password: String, confirmation: String) {
        switch PasswordRules.check(password, confirmation: confirmation) {
        case .tooShort: add("password", .passwordTooShort)
        case .tooLong: add("password", .passwordTooLong)
        case .mismatch: add("password_confirmation", .passwordsDoNotMatch)
        case nil: break
        }
    }
}

/// Field-by-field validation problems for API clients: a 422 problem with an `errors` object.
struct ValidationFailure: Error {
    let errors: FormErrors

    init(errors: FormErrors) { self.errors = errors }

    /// One field's error.
    init(field: String, _ message: L10n) {
        var errors = FormErrors()
        errors.add(field, message)
        self.errors = errors
    }

    /// The same errors under other names: a service names a form's fields, an API its own.
    func renamed(_ name: (String) -> String) -> ValidationFailure {
        var renamed = FormErrors()
        for (field, message) in errors.messagesByField.sorted(by: { $0.key < $1.key }) { renamed.add(name(field), message) }
        return ValidationFailure(errors: renamed)
    }
}
