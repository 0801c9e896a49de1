// The command-line verbs `backup` and `restore`.

import Foundation
import Vapor

struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The backup file to write (0600; replaced when whole)") var to: String?
        init() {}
    }

    var help: String { "Writes the database and uploaded files to one file, safely while the site serves." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.to, !path.isEmpty else { throw AppConfig.ConfigError(description: "--to FILE is required") }
        let manifest = try await Backup.make(app: context.application, to: URL(fileURLWithPath: path))
        context.console.print("Backed up the \(manifest.engine) database (\(manifest.migrations) migrations) and \(manifest.files) uploaded files to \(path).")
    }
}

struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "A file `puente backup` wrote") var from: String?
        @Flag(name: "force", help: "Replace a database that already holds people or registry entries") var force: Bool
        init() {}
    }

    var help: String { "Restores a backup into an empty database (or any, with --force), then migrates it to this release." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.from, !path.isEmpty else { throw AppConfig.ConfigError(description: "--from FILE is required") }
        let manifest = try await Restore.run(app: context.application, from: URL(fileURLWithPath: path), force: signature.force)
        context.console.print("Restored the \(manifest.engine) database and \(manifest.files) uploaded files from \(path), and migrated it to this release.")
    }
}
