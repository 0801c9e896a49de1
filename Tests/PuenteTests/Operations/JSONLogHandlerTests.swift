import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import Puente

@Suite struct JSONLogHandlerTests {
    @Test func eachLineIsAJSONObjectWithLevelMessageAndMetadata() throws {
        let lines = NIOLockedValueBox<[String]>([])
        var logger = Logger(label: "test") { JSONLogHandler(label: $0, level: .info) { line in lines.withLockedValue { $0.append(line) } } }
        logger[metadataKey: "request-id"] = "abc-123"
        logger.debug("hidden")
        logger.warning("mail delivery failed", metadata: ["attempt": "2"])
        let written = lines.withLockedValue { $0 }
        #expect(written.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(written[0].utf8)) as? [String: Any])
        #expect(object["level"] as? String == "warning")
        #expect(object["message"] as? String == "mail delivery failed")
        #expect(object["request-id"] as? String == "abc-123")
        #expect(object["attempt"] as? String == "2")
    }
}
