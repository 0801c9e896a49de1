// dnsmasq from Debian on a loopback port, answering the TXT records a test gives it and nothing
// else (no upstream, no hosts file). Stopped by its PID.

import Foundation

final class DNSTestServer {
    static let binary = "/usr/sbin/dnsmasq"
    /// `make test` installs dnsmasq-base; CI must have it, elsewhere the test says why it skipped.
    static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || FileManager.default.isExecutableFile(atPath: binary)
    }

    let port: Int
    private let process: Process

    init(txt records: [String: String]) throws {
        // A free UDP port: bind, read it, close; dnsmasq takes it a moment later.
        let probe = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        close(probe)

        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["--keep-in-foreground", "--no-resolv", "--no-hosts", "--no-poll", "--bind-interfaces",
                             "--listen-address=127.0.0.1", "--port=\(port)", "--user=root", "--pid-file=",
                             "--log-facility=-"] + records.map { "--txt-record=\($0.key),\($0.value)" }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.3)
    }

    /// SIGKILL: a child started from a test thread can inherit a signal mask that blocks SIGTERM,
    /// and dnsmasq has nothing to save.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
