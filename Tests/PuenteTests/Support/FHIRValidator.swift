// Runs Tests/support/fhir_validate.py: the HL7 models of the fhir.resources package judge our JSON.

import Foundation

enum FHIRValidator {
    static var isAvailable: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return FileManager.default.isExecutableFile(atPath: SMTPTestServer.packageRoot.appendingPathComponent(".venv/bin/python").path)
    }

    /// "ok", or the validator's complaint.
    static func validate(_ json: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SMTPTestServer.python)
        process.arguments = (SMTPTestServer.python == "/usr/bin/env" ? ["python3"] : [])
            + [SMTPTestServer.packageRoot.appendingPathComponent("Tests/support/fhir_validate.py").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: json)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(data: result, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
