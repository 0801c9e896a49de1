// The `puente` command: builds the app from the environment and runs the chosen verb.

import Logging
import NIOCore
import NIOPosix
import Puente
import Vapor

// Async handlers then run on the event loops themselves instead of hopping to Swift's own pool
// and back on every await (as vapor/template does). Must come before anything async.
let runsOnEventLoops = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
var env = try Environment.detect()
if Environment.get("PUENTE_LOG_FORMAT") == "json" {
    let level = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
    LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
} else {
    try LoggingSystem.bootstrap(from: &env)
}
let app = try await Application.make(env)
if !runsOnEventLoops { app.logger.warning("Swift concurrency runs on its own threads, not the event loops") }
do {
    var config = try AppConfig.fromEnvironment()
    config.migratesOnStart = CommandLine.arguments.dropFirst().first != "restore"
    try await configure(app, config: config)
    try await app.execute()
} catch {
    // A wrong setting or a refused command ends with its message and status 1, not a crash.
    app.logger.critical("\(error)")
    try? await app.asyncShutdown()
    // A mail server piping into `receive` keeps the message and tries again on 75 (EX_TEMPFAIL):
    // a database that cannot be reached must not bounce a member's post.
    exit(CommandLine.arguments.dropFirst().first == "receive" ? 75 : 1)
}
try await app.asyncShutdown()
exit(ProcessExit.status)
