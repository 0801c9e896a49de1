// `puente import-registry --file F [--commit]`: the staff CSV import from the command line,
// for migrations and for timing against `sqlite3 .import` in the benchmark.

import Foundation
import PuenteCore
import Vapor

struct ImportRegistryCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "file", help: "CSV file (UTF-8)") var file: String?
        @Flag(name: "commit", help: "Save the rows; without it this is a dry run") var commit: Bool
        init() {}
    }

    var help: String { "Checks a registry CSV and, with --commit, imports every row or none." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.file, FileManager.default.isReadableFile(atPath: path) else {
            throw AppConfig.ConfigError(description: "--file must name a readable CSV file")
        }
        let app = context.application
        let started = Date()
        // Read from disk a megabyte at a time, twice (check, then save): a whole registry fits in little memory.
        let importer = RegistryImport(db: app.db, config: app.config, language: app.config.defaultLanguage, maximumRows: .max)
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let report = try await importer.check(.file(path: path), fileName: fileName)
        for problem in report.problems.prefix(200) {
            context.console.print("line \(problem.line)\(problem.column.map { ", \($0)" } ?? ""): \(problem.message)")
        }
        guard report.isCommittable else {
            context.console.print("\(report.problems.count) problems; nothing saved.")
            throw AppConfig.ConfigError(description: "import has problems")
        }
        let checked = Date()
        if signature.commit {
            _ = try await importer.commit(.file(path: path), fileName: fileName, actor: .system)
        }
        let seconds = { (from: Date, to: Date) in String(format: "%.2f", to.timeIntervalSince(from)) }
        context.console.print("\(report.rowCount) rows: checked in \(seconds(started, checked)) s"
            + (signature.commit ? ", saved in \(seconds(checked, Date())) s" : " (dry run)"))
    }
}
