// Runs Tests/support/fhir_validate.py: the HL7 models of the fhir.resources package judge our JSON.

import Foundation

enum FHIRValidator {
    static var isAvailable: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return FileManager.default.isExecutableFile(atPath: SMTPTestServer.packageRoot.appendingPathComponent(".venv/bin/python").path)
    }

    /// "ok", or the validator's complaint.
    static func validate(_ json: Data) throws -> String {
        let result = try PythonScript.run("fhir_validate.py", input: json, includingErrors: true)
        return String(data: result, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
