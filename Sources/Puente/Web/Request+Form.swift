// Reading HTML form fields: a missing field is an empty string, so validation (not decoding) reports it.

import Vapor

extension Request {
    func formValue(_ name: String) -> String {
        (try? content.get(String.self, at: name)) ?? ""
    }

    func formValues(_ name: String) -> [String] {
        if let many = try? content.get([String].self, at: name) { return many }
        if let one = try? content.get(String.self, at: name) { return [one] }
        return []
    }

    /// A local path to return to after sign-in; anything else becomes the home page.
    func safeNextPath(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\") else { return SiteURL.home.path }
        return raw
    }
}
