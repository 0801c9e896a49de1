// A real browser on a phone-sized screen: serves the test's app on a loopback port and walks it
// with headless Chromium (Tests/support/phone_browser.py), reporting what each page showed.

import Foundation
import NIOCore
import Testing
import Vapor
@testable import Puente

enum PhoneBrowser {
    /// One step of a walk: open a path, fill a form's fields and press its submit button, press a
    /// button (a CSS selector), tap something that opens in place, or choose a file for a file input.
    enum Step: Encodable {
        case open(String)
        case submit(fill: [String: String], formHolding: String)
        case press(String)
        case tap(String)
        case attach(URL, to: String)
        /// Saves what the screen shows as `name.png` when `PUENTE_SCREENSHOTS` names a folder;
        /// adds no page to the walk's report.
        case capture(String)

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .open(let path):
                try container.encode(path, forKey: .open)
            case .submit(let fields, let field):
                try container.encode(fields, forKey: .fill)
                try container.encode(field, forKey: .submit)
            case .press(let selector):
                try container.encode(selector, forKey: .press)
            case .tap(let selector):
                try container.encode(selector, forKey: .tap)
            case .attach(let file, let field):
                try container.encode(file.path, forKey: .attach)
                try container.encode(field, forKey: .to)
            case .capture(let name):
                try container.encode(name, forKey: .capture)
            }
        }

        private enum Key: String, CodingKey { case open, fill, submit, press, tap, attach, to, capture }
    }

    enum Screen: String, Encodable {
        case phone, desktop
    }

    /// What the browser saw after a step.
    struct Page: Decodable {
        struct Violation: Decodable, CustomStringConvertible {
            let id: String
            let impact: String?
            let help: String
            let targets: [String]
            var description: String { "\(id) (\(impact ?? "?")): \(help) at \(targets.joined(separator: " | "))" }
        }

        let path: String
        let lang: String
        let title: String
        let text: String
        let links: [String?]
        let headings: [String]
        let scripts: Int
        let viewport: Int
        /// How many CSS pixels wider than the screen the page is (0 when it fits).
        let overflow: Int
        /// The address's `#fragment`, and how far from the top of the screen its element is.
        let hash: String
        let anchorTop: Int?
        /// Where the page's own content starts, in CSS pixels from the top of the page.
        let mainTop: Int
        /// Whether the header's "Menu" button shows, and how many of its links can be seen.
        let menuButtonVisible: Bool
        let navLinksVisible: Int
        /// For each checkbox fieldset (by id), how many columns its choices stand in.
        let columns: [String: Int]
        /// The first panel in the content: its classes and its computed background colour.
        let panelClass: String?
        let panelColor: String?
        /// Visible warning-styled buttons: a destructive action, or its confirmation.
        let warningButtons: Int
        let violations: [Violation]
    }

    /// Chromium, chromedriver (Debian) and Selenium (PyPI) come with `make test`; CI must have
    /// them, elsewhere the test says why it skipped.
    static let isAvailable: Bool = {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        let tools = ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        return tools && (try? PythonScript.run("phone_browser.py", input: Data(), includingErrors: true)).map {
            !String(decoding: $0, as: UTF8.self).contains("ModuleNotFoundError")
        } ?? false
    }()

    /// Serves `app` on 127.0.0.1 and walks `steps` in one browser session (cookies kept).
    static func walk(_ app: Application, on screen: Screen = .phone, _ steps: [Step]) async throws -> [Page] {
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            let pages = try await run(Plan(base: "http://127.0.0.1:\(port)", screen: screen, steps: steps))
            await app.server.shutdown()
            return pages
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    /// Runs the script without blocking a thread of Swift's pool, which the served app needs.
    private struct Plan: Encodable {
        let base: String
        let screen: Screen
        let steps: [Step]
    }

    private static func run(_ plan: Plan) async throws -> [Page] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planFile = folder.appendingPathComponent("plan.json"), report = folder.appendingPathComponent("report.json")
        let errors = folder.appendingPathComponent("errors.txt")
        try JSONEncoder().encode(plan).write(to: planFile)
        for file in [report, errors] { try Data().write(to: file) }

        let plan = try FileHandle(forReadingFrom: planFile), out = try FileHandle(forWritingTo: report), err = try FileHandle(forWritingTo: errors)
        defer { try? plan.close(); try? out.close(); try? err.close() }
        let child = try ChildProcess.launch(SMTPTestServer.python, SMTPTestServer.pythonArguments(script: "phone_browser.py"),
                                            stdin: plan.fileDescriptor, stdout: out.fileDescriptor, stderr: err.fileDescriptor)
        let status = await child.waitAsync()
        guard status == 0 else {
            Issue.record("phone_browser.py exited \(status): \(String(decoding: try Data(contentsOf: errors), as: UTF8.self).suffix(6000))")
            return []
        }
        struct Report: Decodable { let pages: [Page] }
        return try JSONDecoder().decode(Report.self, from: Data(contentsOf: report)).pages
    }
}

extension PhoneBrowser {
    /// The steps that sign someone in through the login form.
    static func signIn(_ email: String, password: String) -> [Step] {
        [.open(SiteURL.login.path), .submit(fill: ["email": email, "password": password], formHolding: "email")]
    }

    /// A page laid out for the phone's width, no wider, with no script and no axe-core violation.
    static func expectFitsAPhone(_ page: Page, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.viewport == 360, "\(page.path) is laid out for the phone's width", sourceLocation: sourceLocation)
        #expect(page.overflow <= 0, "\(page.path) is \(page.overflow) px wider than the phone", sourceLocation: sourceLocation)
        #expect(page.scripts == 0, "\(page.path) needs no script", sourceLocation: sourceLocation)
        #expect(page.violations.isEmpty, "\(page.path): \(page.violations)", sourceLocation: sourceLocation)
    }
}
