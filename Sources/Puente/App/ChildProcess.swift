// Starts a program with posix_spawn. Foundation's `Process.run()` on Linux lists /proc/self/fd with
// a 256-byte over-read (swift-corelibs-foundation#5472, fixed after Swift 6.3) that crashes a process
// holding many descriptors: the test run crashed there with about 1,360 open. Here the child closes
// every descriptor above 2 with glibc's closefrom action instead, so no pipe leaks into it.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class ChildProcess: @unchecked Sendable {
    struct LaunchFailure: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    private let lock = NSLock()
    private var exitStatus: Int32?

    private init(pid: pid_t) {
        self.pid = pid
    }

    /// `executable` is a path, or a name looked up on PATH. A nil stdin, stdout or stderr is /dev/null.
    static func launch(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                       stdin: Int32? = nil, stdout: Int32? = nil, stderr: Int32? = nil) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            if let source {
                posix_spawn_file_actions_adddup2(&actions, source, target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        closeFrom(3, &actions)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = environment ?? ProcessInfo.processInfo.environment
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawn = executable.contains("/") ? posix_spawn : posix_spawnp
        let result = spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw LaunchFailure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return ChildProcess(pid: pid)
    }

    /// Runs to the end and returns its exit status (128 + the signal if one ended it).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    stdin: Int32? = nil, stdout: Int32? = nil, stderr: Int32? = nil) throws -> Int32 {
        try launch(executable, arguments, environment: environment, stdin: stdin, stdout: stdout, stderr: stderr).wait()
    }

    /// Blocks until the child ends.
    func wait() -> Int32 {
        if let known = lock.withLock({ exitStatus }) { return known }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return record(status)
    }

    /// Waits on a thread of its own, so no task's thread blocks.
    func waitAsync() async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.wait()) }
        }
    }

    var isRunning: Bool {
        if lock.withLock({ exitStatus }) != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        _ = record(status)
        return false
    }

    func signal(_ number: Int32) {
        if isRunning { kill(pid, number) }
    }

    private func record(_ raw: Int32) -> Int32 {
        let code = raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        lock.withLock { exitStatus = code }
        return code
    }

    /// glibc 2.34's posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc module does not show.
    private static func closeFrom(_ lowest: Int32, _ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, lowest)
    }
}

extension Pipe {
    /// Closes the end the child uses, once it has its copy: the parent then sees end of file.
    func closeChildsEnd(writing: Bool) {
        try? (writing ? fileHandleForWriting : fileHandleForReading).close()
    }
}
