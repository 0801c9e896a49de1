// Every setting the server reads, from environment variables, with safe development defaults.
// The README's configuration table lists these names; keep the two in step.

import Foundation
import PuenteCore
import Vapor

public struct AppConfig: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        /// `searchPath` isolates parallel tests in their own schema.
        case postgres(url: String, searchPath: [String]? = nil)

        public var kindName: String {
            switch self {
            case .sqliteFile, .sqliteMemory: "sqlite"
            case .postgres: "postgres"
            }
        }
    }

    public enum MailTransportChoice: Sendable, Equatable {
        /// Writes each message as an `.eml` file into the folder: the embedded default.
        case folder(path: String)
        case smtp(SMTPSettings)
    }

    public var database: DatabaseChoice
    public var dataDirectory: String
    public var programName: String
    /// The line above the header band (`PUENTE_OFFICIAL_LINE`, `PUENTE_OFFICIAL_LINE_ES`); nil
    /// shows the catalog's "An official program for…".
    public var officialLine: Translation?
    /// What a completed core course does to the person's registry entry (`PUENTE_REGISTRY_ON_COMPLETION`).
    public var registryOnCompletion: RegistryOnCompletion = .review
    public var timeZone: TimeZone
    public var contactEmail: EmailAddress
    public var defaultLanguage: Language
    /// Absolute URL the site is reached at; links in email are built from it.
    public var baseURL: String
    public var mailFrom: EmailAddress
    /// Lists live at `{slug}@listDomain` (`PUENTE_LIST_DOMAIN`; else the domain of `mailFrom`).
    public var listDomain: String
    /// The DNS server for DMARC lookups, `host:port` (`PUENTE_DNS_SERVER`; else /etc/resolv.conf).
    public var dnsServer: String?
    /// Bounces (hard 1, soft 0.5 a day at most) before list mail to an address is held (`PUENTE_BOUNCE_THRESHOLD`).
    public var bounceThreshold: Double = 5
    /// Newsletter copies sent per second at most (`PUENTE_MAIL_RATE`; 0: as fast as the server takes them).
    public var mailRatePerSecond: Double = 0
    /// Newsletter copies sent per hour at most, for relays that impose a cap (`PUENTE_MAIL_HOURLY_CAP`; 0: none).
    public var mailHourlyCap: Int = 0
    /// The largest message `puente receive` accepts (`PUENTE_MAX_POST`, default 10mb).
    public var maxPostBytes: Int = 10 * 1024 * 1024
    public var mailTransport: MailTransportChoice
    public var rateLimitsEnabled: Bool
    /// Proxies in front of the site whose `X-Forwarded-For` entries are believed (`PUENTE_TRUSTED_PROXIES`).
    public var trustedProxies: Int
    public var bcryptCost: Int
    /// Whether `serve` runs the background worker in-process.
    public var runsWorkerInProcess: Bool
    public var maxBodySize: ByteCount
    /// The counties the program serves (`PUENTE_STATE`: CA or MS).
    public var counties: CountyList
    /// The communities people can say they serve (`PUENTE_COMMUNITIES`, a CSV file; else the shipped list).
    public var communities: CommunityList
    /// SQLite page cache per pooled connection, in MiB (`PUENTE_SQLITE_CACHE_MB`).
    public var sqliteCacheMiB: Int
    /// How long a directory page is kept for the same search in another process's view
    /// (`PUENTE_DIRECTORY_CACHE_SECONDS`; 0 turns the cache off). See `DirectoryPageCache`.
    public var directoryCacheSeconds = 5
    /// How long an SQLite statement waits for another writer before the request answers 503.
    public var sqliteBusyTimeoutMilliseconds = 5_000
    /// How long a request waits for a pooled database connection before it answers 503
    /// (`PUENTE_DB_WAIT_SECONDS`).
    public var databaseWaitSeconds: Int64 = 10
    /// A cap on the SQLite file's size in pages (`PRAGMA max_page_count`): the fault tests fill
    /// the disk with it. Nil leaves SQLite's own limit.
    public var sqliteMaxPageCount: Int?
    /// Every command migrates on start but `restore`, which migrates what it restored.
    public var migratesOnStart = true
    /// A bearer token that opens `/metrics` to a scraper that is not on loopback (`PUENTE_METRICS_TOKEN`).
    public var metricsToken: String?

    /// Cookies get `Secure` when the site is served over TLS (directly or behind a proxy).
    public var usesTLS: Bool { baseURL.lowercased().hasPrefix("https://") }

    public var dateFormatting: DateFormatting { DateFormatting(timeZone: timeZone) }

    public init(
        database: DatabaseChoice,
        dataDirectory: String = "data",
        programName: String = "Puente",
        timeZone: TimeZone = TimeZone(identifier: "America/Los_Angeles")!,
        contactEmail: EmailAddress = EmailAddress("program@example.org")!,
        defaultLanguage: Language = .en,
        baseURL: String = "http://127.0.0.1:8080",
        mailFrom: EmailAddress? = nil,
        mailTransport: MailTransportChoice? = nil,
        rateLimitsEnabled: Bool = true,
        trustedProxies: Int = 0,
        bcryptCost: Int = 12,
        runsWorkerInProcess: Bool = true,
        maxBodySize: ByteCount = "2mb",
        counties: CountyList = .california,
        communities: CommunityList = .shipped,
        sqliteCacheMiB: Int = 64,
        metricsToken: String? = nil,
        officialLine: Translation? = nil,
        registryOnCompletion: RegistryOnCompletion = .review
    ) {
        self.officialLine = officialLine
        self.registryOnCompletion = registryOnCompletion
        self.metricsToken = metricsToken
        self.database = database
        self.dataDirectory = dataDirectory
        self.programName = programName
        self.timeZone = timeZone
        self.contactEmail = contactEmail
        self.defaultLanguage = defaultLanguage
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.mailFrom = mailFrom ?? contactEmail
        self.listDomain = (mailFrom ?? contactEmail).domain
        self.mailTransport = mailTransport ?? .folder(path: dataDirectory + "/mail")
        self.rateLimitsEnabled = rateLimitsEnabled
        self.trustedProxies = trustedProxies
        self.bcryptCost = bcryptCost
        self.runsWorkerInProcess = runsWorkerInProcess
        self.maxBodySize = maxBodySize
        self.sqliteCacheMiB = sqliteCacheMiB
        self.counties = counties
        self.communities = communities
    }

    public struct ConfigError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads the environment; a value that is present but wrong stops start-up with a clear message.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        func email(_ name: String) throws -> EmailAddress? {
            guard let raw = value(name) else { return nil }
            guard let address = EmailAddress(raw) else { throw ConfigError(description: "\(name) is not an email address: \(raw)") }
            return address
        }
        func flag(_ name: String, default defaultValue: Bool) throws -> Bool {
            guard let raw = value(name)?.lowercased() else { return defaultValue }
            switch raw {
            case "on", "true", "1", "yes": return true
            case "off", "false", "0", "no": return false
            default: throw ConfigError(description: "\(name) must be on or off, not \(raw)")
            }
        }

        let dataDirectory = value("PUENTE_DATA_DIR") ?? "data"
        let database = try databaseChoice(value("DATABASE_URL"), dataDirectory: dataDirectory)

        var timeZone = TimeZone(identifier: "America/Los_Angeles")!
        if let name = value("PUENTE_TIMEZONE") {
            guard let zone = TimeZone(identifier: name) else { throw ConfigError(description: "PUENTE_TIMEZONE is not an IANA time zone: \(name)") }
            timeZone = zone
        }
        var language = Language.en
        if let tag = value("PUENTE_DEFAULT_LANGUAGE") {
            guard let chosen = Language(tag: tag) else { throw ConfigError(description: "PUENTE_DEFAULT_LANGUAGE must be en or es") }
            language = chosen
        }
        var bcryptCost = 12
        if let raw = value("PUENTE_BCRYPT_COST") {
            guard let cost = Int(raw), (4...31).contains(cost) else { throw ConfigError(description: "PUENTE_BCRYPT_COST must be 4–31") }
            bcryptCost = cost
        }
        var counties = CountyList.california
        if let state = value("PUENTE_STATE") {
            guard let list = CountyList.forState(state) else { throw ConfigError(description: "PUENTE_STATE must be CA or MS") }
            counties = list
        }
        var communities = CommunityList.shipped
        if let path = value("PUENTE_COMMUNITIES") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError(description: "PUENTE_COMMUNITIES must name a readable CSV file: \(path)")
            }
            do { communities = try CommunityList.load(csv: data) } catch let problem as CommunityList.Problem {
                throw ConfigError(description: "PUENTE_COMMUNITIES (\(path)): \(problem.description)")
            }
        }
        var sqliteCacheMiB = 64
        if let raw = value("PUENTE_SQLITE_CACHE_MB") {
            guard let size = Int(raw), (2...65_536).contains(size) else { throw ConfigError(description: "PUENTE_SQLITE_CACHE_MB must be 2–65536") }
            sqliteCacheMiB = size
        }
        var trustedProxies = 0
        if let raw = value("PUENTE_TRUSTED_PROXIES") {
            guard let count = Int(raw), (0...10).contains(count) else { throw ConfigError(description: "PUENTE_TRUSTED_PROXIES must be 0–10") }
            trustedProxies = count
        }
        let contact = try email("PUENTE_CONTACT_EMAIL") ?? EmailAddress("program@example.org")!

        var transport: MailTransportChoice = .folder(path: value("PUENTE_MAIL_DIR") ?? dataDirectory + "/mail")
        if let host = value("SMTP_HOST") {
            transport = .smtp(try SMTPSettings.fromEnvironment(host: host, value: value))
        }

        var config = AppConfig(
            database: database,
            dataDirectory: dataDirectory,
            programName: value("PUENTE_PROGRAM_NAME") ?? "Puente",
            timeZone: timeZone,
            contactEmail: contact,
            defaultLanguage: language,
            baseURL: value("PUENTE_BASE_URL") ?? "http://127.0.0.1:8080",
            mailFrom: try email("PUENTE_MAIL_FROM"),
            mailTransport: transport,
            rateLimitsEnabled: try flag("PUENTE_RATE_LIMIT", default: true),
            trustedProxies: trustedProxies,
            bcryptCost: bcryptCost,
            runsWorkerInProcess: try flag("PUENTE_WORKER", default: true),
            maxBodySize: ByteCount(stringLiteral: value("PUENTE_MAX_BODY") ?? "2mb"),
            counties: counties,
            communities: communities,
            sqliteCacheMiB: sqliteCacheMiB,
            metricsToken: try metricsToken(value("PUENTE_METRICS_TOKEN")),
            officialLine: officialLine(english: value("PUENTE_OFFICIAL_LINE"), spanish: value("PUENTE_OFFICIAL_LINE_ES")),
            registryOnCompletion: try registryOnCompletion(value("PUENTE_REGISTRY_ON_COMPLETION"))
        )
        config.dnsServer = value("PUENTE_DNS_SERVER")
        if let raw = value("PUENTE_DB_WAIT_SECONDS") {
            guard let seconds = Int64(raw), (1...300).contains(seconds) else { throw ConfigError(description: "PUENTE_DB_WAIT_SECONDS must be 1–300") }
            config.databaseWaitSeconds = seconds
        }
        if let raw = value("PUENTE_DIRECTORY_CACHE_SECONDS") {
            guard let seconds = Int(raw), (0...300).contains(seconds) else {
                throw ConfigError(description: "PUENTE_DIRECTORY_CACHE_SECONDS must be 0–300")
            }
            config.directoryCacheSeconds = seconds
        }
        if let raw = value("PUENTE_MAIL_RATE") {
            guard let rate = Double(raw), rate >= 0, rate <= 100_000 else { throw ConfigError(description: "PUENTE_MAIL_RATE must be messages per second, 0 for no limit") }
            config.mailRatePerSecond = rate
        }
        if let raw = value("PUENTE_MAIL_HOURLY_CAP") {
            guard let cap = Int(raw), cap >= 0 else { throw ConfigError(description: "PUENTE_MAIL_HOURLY_CAP must be a whole number, 0 for no cap") }
            config.mailHourlyCap = cap
        }
        if let raw = value("PUENTE_BOUNCE_THRESHOLD") {
            guard let threshold = Double(raw), threshold >= 1, threshold <= 100 else { throw ConfigError(description: "PUENTE_BOUNCE_THRESHOLD must be a number from 1 to 100") }
            config.bounceThreshold = threshold
        }
        if let raw = value("PUENTE_MAX_POST") {
            // Checked before Vapor's ByteCount, which stops the process on a malformed size.
            guard raw.lowercased().range(of: #"^[0-9]{1,9}(kb|mb)?$"#, options: .regularExpression) != nil else {
                throw ConfigError(description: "PUENTE_MAX_POST must be a size such as 10mb")
            }
            let size = ByteCount(stringLiteral: raw.lowercased()).value
            guard size >= 1024 else { throw ConfigError(description: "PUENTE_MAX_POST must be a size such as 10mb") }
            config.maxPostBytes = size
        }
        if let domain = value("PUENTE_LIST_DOMAIN") {
            guard EmailAddress("list@\(domain)") != nil else { throw ConfigError(description: "PUENTE_LIST_DOMAIN is not a mail domain: \(domain)") }
            config.listDomain = domain.lowercased()
        }
        return config
    }

    /// Either language alone stands for both, so a program that sets one never shows the default.
    static func officialLine(english: String?, spanish: String?) -> Translation? {
        guard let text = english ?? spanish else { return nil }
        return Translation(en: text, es: spanish ?? text)
    }

    static func registryOnCompletion(_ raw: String?) throws -> RegistryOnCompletion {
        guard let raw else { return .review }
        guard let choice = RegistryOnCompletion(rawValue: raw.lowercased()) else {
            throw ConfigError(description: "PUENTE_REGISTRY_ON_COMPLETION must be review or approve, not \(raw)")
        }
        return choice
    }

    static func metricsToken(_ raw: String?) throws -> String? {
        guard let raw else { return nil }
        guard raw.count >= 16 else { throw ConfigError(description: "PUENTE_METRICS_TOKEN must be at least 16 characters") }
        return raw
    }

    static func databaseChoice(_ url: String?, dataDirectory: String) throws -> DatabaseChoice {
        guard let url else { return .sqliteFile(path: dataDirectory + "/puente.sqlite") }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
        if url == "sqlite::memory:" { return .sqliteMemory }
        if url.hasPrefix("sqlite://") { return .sqliteFile(path: String(url.dropFirst("sqlite://".count))) }
        throw ConfigError(description: "DATABASE_URL must start with postgres:// or sqlite://")
    }
}

public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable { case starttls, tls, none }
    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// Name sent in EHLO.
    public var heloName: String
    /// A PEM file of CAs to trust instead of the system's, for a relay with a private certificate.
    public var caFile: String?
    /// How many connections a batch of bulk mail is spread over at once (1–8).
    public var sessions = 2

    public init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
                heloName: String = "localhost", caFile: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.heloName = heloName
        self.caFile = caFile
    }

    static func fromEnvironment(host: String, value: (String) -> String?) throws -> SMTPSettings {
        let securityName = value("SMTP_SECURITY")?.lowercased() ?? "starttls"
        guard let security = Security(rawValue: securityName) else {
            throw AppConfig.ConfigError(description: "SMTP_SECURITY must be starttls, tls or none")
        }
        let defaultPort = security == .tls ? 465 : 587
        var port = defaultPort
        if let raw = value("SMTP_PORT") {
            guard let parsed = Int(raw), (1...65535).contains(parsed) else { throw AppConfig.ConfigError(description: "SMTP_PORT must be a port number") }
            port = parsed
        }
        var settings = SMTPSettings(host: host, port: port, security: security,
                                    username: value("SMTP_USERNAME"), password: value("SMTP_PASSWORD"),
                                    heloName: value("SMTP_HELO_NAME") ?? "localhost", caFile: value("SMTP_CA_FILE"))
        if let raw = value("SMTP_SESSIONS") {
            guard let parsed = Int(raw), (1...8).contains(parsed) else { throw AppConfig.ConfigError(description: "SMTP_SESSIONS must be 1 to 8") }
            settings.sessions = parsed
        }
        return settings
    }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    public var config: AppConfig {
        get {
            guard let config = storage[ConfigKey.self] else { fatalError("configure(_:config:) has not run") }
            return config
        }
        set { storage[ConfigKey.self] = newValue }
    }
}

extension Request {
    var config: AppConfig { application.config }
}
