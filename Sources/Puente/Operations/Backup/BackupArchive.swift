// A backup is one tar file: `manifest.json`, the database (`database.sqlite`, a consistent copy
// made with VACUUM INTO, or `database.pgdump`, pg_dump's custom format) and `files/` (uploads:
// practicum evidence today). It holds everyone's personal data, so it is written 0600, under
// another name until it is complete.

import Foundation

struct BackupManifest: Codable, Equatable {
    static let currentFormat = 1

    var format: Int
    /// `sqlite` or `postgres`: a backup restores into the same engine.
    var engine: String
    var createdAt: Date
    /// How many migrations the database had run: an older backup is migrated after restoring.
    var migrations: Int
    var files: Int
}

enum BackupArchive {
    static let manifestName = "manifest.json"
    static let filesFolder = "files"
    /// Folders of the data directory that hold uploads every process shares.
    static let uploadFolders = ["evidence"]

    static func databaseName(engine: String) -> String {
        engine == "sqlite" ? "database.sqlite" : "database.pgdump"
    }

    /// A private folder beside `near` (same file system, so moves are renames), removed by the caller.
    static func makeStaging(near folder: URL, prefix: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appendingPathComponent(".\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        return staging
    }

    static func writeManifest(_ manifest: BackupManifest, in staging: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: staging.appendingPathComponent(manifestName))
    }

    static func readManifest(in staging: URL) throws -> BackupManifest {
        guard let data = FileManager.default.contents(atPath: staging.appendingPathComponent(manifestName).path) else {
            throw ExternalTool.Failure(description: "this is not a Puente backup (no \(manifestName))")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let manifest = try decoder.decode(BackupManifest.self, from: data)
        guard manifest.format <= BackupManifest.currentFormat else {
            throw ExternalTool.Failure(description: "this backup was made by a newer release (format \(manifest.format)); upgrade first")
        }
        return manifest
    }

    /// Packs `staging` into `file`: created 0600 as `file.partial`, renamed when whole.
    static func pack(_ staging: URL, into file: URL) throws {
        let partial = file.appendingPathExtension("partial")
        try? FileManager.default.removeItem(at: partial)
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ExternalTool.Failure(description: "cannot write \(partial.path)")
        }
        do {
            try ExternalTool(name: "tar").run(["-cf", partial.path, "-C", staging.path, "."])
            try moveReplacing(partial, to: file)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// rename(2): the target is replaced in one step, or not at all.
    static func moveReplacing(_ source: URL, to target: URL) throws {
        if rename(source.path, target.path) != 0, errno == EXDEV { // another file system: copy beside the target first
            let beside = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).incoming")
            try? FileManager.default.removeItem(at: beside)
            try FileManager.default.copyItem(at: source, to: beside)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: beside.path)
            return try moveReplacing(beside, to: target)
        }
        guard !FileManager.default.fileExists(atPath: source.path) else {
            throw ExternalTool.Failure(description: "cannot move \(source.path) to \(target.path): \(String(cString: strerror(errno)))")
        }
    }

    static func unpack(_ file: URL, into staging: URL) throws {
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw ExternalTool.Failure(description: "cannot read \(file.path)")
        }
        try ExternalTool(name: "tar").run(["-xf", file.path, "-C", staging.path, "--no-same-owner"])
    }

    /// Copies the upload folders from `dataDirectory` into `staging/files`; returns how many files.
    static func collectUploads(from dataDirectory: URL, into staging: URL) throws -> Int {
        let target = staging.appendingPathComponent(filesFolder)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var count = 0
        for folder in uploadFolders {
            let source = dataDirectory.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.copyItem(at: source, to: target.appendingPathComponent(folder))
            count += countFiles(in: target.appendingPathComponent(folder))
        }
        return count
    }

    /// Puts the backup's upload folders in place of the data directory's.
    static func replaceUploads(in dataDirectory: URL, from staging: URL) throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        for folder in uploadFolders {
            let target = dataDirectory.appendingPathComponent(folder)
            let source = staging.appendingPathComponent(filesFolder).appendingPathComponent(folder)
            try? FileManager.default.removeItem(at: target)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.moveItem(at: source, to: target)
            }
        }
    }

    static func countFiles(in folder: URL) -> Int {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (walker?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }.count
    }
}
