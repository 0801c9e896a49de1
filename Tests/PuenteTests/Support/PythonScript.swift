// Runs one of Tests/support's Python scripts with the test tools' interpreter, feeding it stdin.

import Foundation

enum PythonScript {
    /// `includingErrors`: stderr joins stdout (for scripts whose complaint is the answer).
    static func run(_ script: String, input: Data, includingErrors: Bool = false) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SMTPTestServer.python)
        process.arguments = (SMTPTestServer.python == "/usr/bin/env" ? ["python3"] : [])
            + [SMTPTestServer.packageRoot.appendingPathComponent("Tests/support/\(script)").path]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = includingErrors ? stdout : FileHandle.nullDevice
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output
    }
}
