// `puente receive --recipient ADDRESS [--sender ADDRESS]`: one RFC 5322 message on standard
// input, as a Postfix or Exim pipe transport delivers it (README: "Mail into lists"). The exit
// status is what the mail server acts on, in sysexits(3) terms.

import Foundation
import PuenteCore
import Vapor

struct ReceiveCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "recipient", help: "The envelope recipient (${recipient} in Postfix)") var recipient: String?
        @Option(name: "sender", help: "The envelope sender (${sender} in Postfix)") var sender: String?
        init() {}
    }

    var help: String { "Takes one message on standard input for a list or a bounce address; exits 0, 65, 67 or 75." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let recipient = signature.recipient, !recipient.isEmpty else {
            context.console.error("--recipient is required")
            ProcessExit.status = 64 // EX_USAGE
            return
        }
        // Read one byte past the limit to know it was passed, never the whole of a huge message.
        let limit = app.config.maxPostBytes
        var data = Data()
        while data.count <= limit, let chunk = try FileHandle.standardInput.read(upToCount: min(64 * 1024, limit + 1 - data.count)), !chunk.isEmpty {
            data.append(chunk)
        }
        if data.count > limit {
            context.console.error("message larger than \(limit) bytes: refused")
            ProcessExit.status = 65
            return
        }
        let resolver = try DNSResolver.make(app.config.dnsServer, group: app.eventLoopGroup)
        let receiver = MailReceiver(db: app.db, config: app.config, signing: app.listSigning) { try await resolver.dmarcPolicy(of: $0) }
        let outcome = await receiver.receive(data, recipient: recipient, sender: signature.sender)
        switch outcome {
        case .delivered(let count): context.console.print("delivered to \(count) members")
        case .held(let reason): context.console.print("held for an owner: \(reason)")
        case .kept(let reason): context.console.print("kept for staff: \(reason)")
        case .bounceCounted: context.console.print("bounce counted")
        case .unknownRecipient: context.console.error("no such list: \(recipient)")
        case .unreadable(let reason): context.console.error("unreadable message: \(reason)")
        case .tryLater(let reason): context.console.error("try again later: \(reason)")
        }
        ProcessExit.status = outcome.exitCode
    }
}

/// The status `puente` exits with once the command has run and the app has shut down.
public enum ProcessExit {
    nonisolated(unsafe) public static var status: Int32 = 0
}
