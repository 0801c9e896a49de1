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
        guard let path = signature.file, let data = FileManager.default.contents(atPath: path) else {
            throw AppConfig.ConfigError(description: "--file must name a readable CSV file")
        }
        let app = context.application
        let started = Date()
        let importer = RegistryImport(db: app.db, config: app.config, language: app.config.defaultLanguage, maximumRows: .max)
        let (report, rows) = try await importer.check(data, fileName: URL(fileURLWithPath: path).lastPathComponent)
        for problem in report.problems.prefix(200) {
            context.console.print("line \(problem.line)\(problem.column.map { ", \($0)" } ?? ""): \(problem.message)")
        }
        guard report.isCommittable else {
            context.console.print("\(report.problems.count) problems; nothing saved.")
            throw AppConfig.ConfigError(description: "import has problems")
        }
        let checked = Date()
        if signature.commit {
            try await importer.commit(rows, fileName: report.fileName, actor: .system)
        }
        let seconds = { (from: Date, to: Date) in String(format: "%.2f", to.timeIntervalSince(from)) }
        context.console.print("\(rows.count) rows: checked in \(seconds(started, checked)) s"
            + (signature.commit ? ", saved in \(seconds(checked, Date())) s" : " (dry run)"))
    }
}
