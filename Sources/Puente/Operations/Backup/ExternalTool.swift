// Runs a program a backup needs (tar, pg_dump, pg_restore) and turns a failure into its message.

import Foundation

struct ExternalTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let name: String

    /// `name` on the PATH, else in PostgreSQL's own folder on Debian (the newest version there).
    func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        var candidates = path.split(separator: ":").map { "\($0)/\(name)" }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        candidates += versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin/\(name)" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "\(name) is not installed (on Debian: apt-get install \(name == "tar" ? "tar" : "postgresql-client"))")
        }
        return URL(fileURLWithPath: found)
    }

    /// Runs to the end; a non-zero exit is an error carrying what the program wrote to stderr.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        let errors = Pipe()
        let child = try ChildProcess.launch(try executable().path, arguments,
                                            environment: ProcessInfo.processInfo.environment.merging(extra) { _, new in new },
                                            stderr: errors.fileHandleForWriting.fileDescriptor)
        errors.closeChildsEnd(writing: true)
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        let status = child.wait()
        guard status == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(name) failed (\(status)): \(text.suffix(2000))")
        }
    }
}
