// dnsmasq from Debian on a loopback port, answering the TXT records a test gives it and nothing
// else (no upstream, no hosts file). Started with posix_spawn and stopped by its PID: launched
// through Foundation's Process next to the suite's other servers, it froze the whole parallel run.

import Foundation

final class DNSTestServer: @unchecked Sendable {
    static let binary = "/usr/sbin/dnsmasq"
    /// `make test` installs dnsmasq-base; CI must have it, elsewhere the test says why it skipped.
    static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || FileManager.default.isExecutableFile(atPath: binary)
    }

    let port: Int
    private let pid: pid_t

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

        let arguments = [Self.binary, "--keep-in-foreground", "--no-resolv", "--no-hosts", "--no-poll", "--bind-interfaces",
                         "--listen-address=127.0.0.1", "--port=\(port)", "--user=root", "--pid-file=", "--log-facility=/dev/null"]
            + records.map { "--txt-record=\($0.key),\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, Self.binary, nil, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        pid = child
    }

    /// Waits, without holding a thread, until dnsmasq has had time to bind its port.
    func ready() async throws {
        try await Task.sleep(for: .milliseconds(300))
    }

    /// SIGKILL (a child of a test thread may inherit a mask that blocks SIGTERM; dnsmasq has
    /// nothing to save), then reaped.
    func stop() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
