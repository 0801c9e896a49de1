// Starts tests/support/smtp_server.py (aiosmtpd) on a free loopback port and stops it by PID.

import Foundation
@testable import Puente

final class SMTPTestServer {
    let port: Int
    let folder: URL
    private let process: ChildProcess
    private let input: Pipe

    static var python: String {
        if let chosen = ProcessInfo.processInfo.environment["PUENTE_TEST_PYTHON"] { return chosen }
        let venv = packageRoot.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/env"
    }

    /// The interpreter's arguments to run one of Tests/support's scripts.
    static func pythonArguments(script: String) -> [String] {
        (python == "/usr/bin/env" ? ["python3"] : []) + [packageRoot.appendingPathComponent("Tests/support/\(script)").path]
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// aiosmtpd comes from PyPI (`make test` installs it). CI must have it; elsewhere the test says why it skipped.
    static let isAvailable: Bool = {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        let arguments = (python == "/usr/bin/env" ? ["python3"] : []) + ["-c", "import aiosmtpd"]
        return (try? ChildProcess.run(python, arguments)) == 0
    }()

    /// A self-signed certificate for `localhost`, made with openssl for each server that speaks TLS.
    private(set) var certificate: String?

    init(user: String? = nil, password: String? = nil, reject: String? = nil, tls: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = Self.pythonArguments(script: "smtp_server.py") + ["--out", folder.path]
        if let user, let password { arguments += ["--user", user, "--password", password] }
        if let reject { arguments += ["--reject", reject] }
        if let tls {
            let cert = folder.appendingPathComponent("cert.pem").path
            let key = folder.appendingPathComponent("key.pem").path
            _ = try ChildProcess.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                                                          "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert])
            certificate = cert
            arguments += ["--tls", tls, "--cert", cert, "--key", key]
        }
        let output = Pipe()
        input = Pipe()
        process = try ChildProcess.launch(Self.python, arguments, stdin: input.fileHandleForReading.fileDescriptor,
                                          stdout: output.fileHandleForWriting.fileDescriptor)
        input.closeChildsEnd(writing: false)
        output.closeChildsEnd(writing: true)
        // The first line says where it listens.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let text = String(data: line, encoding: .utf8), text.hasPrefix("READY "), let port = Int(text.dropFirst(6)) else {
            process.signal(SIGTERM)
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    func received() throws -> [[String: Any]] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .map { try JSONSerialization.jsonObject(with: Data(contentsOf: $0)) as! [String: Any] }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.signal(SIGTERM)
        _ = process.wait()
        try? FileManager.default.removeItem(at: folder)
    }
}
