import Foundation
import Testing
@testable import PuenteCore

@Suite struct MailMessageTests {
    func message(subject: String = "Hello", name: String? = "Ana") -> MailMessage {
        MailMessage(from: Mailbox(EmailAddress("program@example.org")!, name: "Puente"),
                    to: [Mailbox(EmailAddress("ana@example.org")!, name: name)],
                    subject: subject, text: "Hola", html: "<p>Hola</p>",
                    messageID: "<id-1@example.org>", date: Date(timeIntervalSince1970: 0))
    }

    @Test func headersAndPartsAreInPlaceWithCRLF() {
        let raw = message().rendered()
        #expect(raw.contains("From: \"Puente\" <program@example.org>\r\n"))
        #expect(raw.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        #expect(raw.contains("Message-ID: <id-1@example.org>\r\n"))
        #expect(raw.contains("Content-Type: multipart/alternative; boundary="))
        #expect(raw.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(raw.contains("Content-Type: text/html; charset=utf-8"))
        #expect(raw.contains(Data("Hola".utf8).base64EncodedString()))
        #expect(!raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func nonASCIIHeadersAreEncodedWordsAndRoundTrip() throws {
        let subject = "Confirmación de inscripción para la reunión del comité de políticas ✓"
        let raw = message(subject: subject, name: "María \"Mary\" López").rendered()
        let subjectLine = try #require(raw.components(separatedBy: "\r\nSubject: ").last?.components(separatedBy: "\r\nDate:").first)
        let decoded = subjectLine.components(separatedBy: "\r\n ").map { word -> String in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(data: Data(base64Encoded: String(base64))!, encoding: .utf8)!
        }.joined()
        #expect(decoded == subject)
        #expect(subjectLine.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 })
        #expect(raw.contains("To: =?UTF-8?B?"))
    }

    @Test func attachmentsWrapTheAlternativeInMixed() {
        var mail = message()
        mail.extraAlternatives = [MIMELeaf(contentType: "text/calendar; charset=utf-8; method=REQUEST", body: "BEGIN:VCALENDAR")]
        mail.attachments = [MIMELeaf(contentType: "application/ics", body: "BEGIN:VCALENDAR", filename: "invite.ics")]
        let raw = mail.rendered()
        let mixed = raw.range(of: "multipart/mixed")!.lowerBound
        let alternative = raw.range(of: "multipart/alternative")!.lowerBound
        #expect(mixed < alternative)
        #expect(raw.contains("Content-Disposition: attachment; filename=\"invite.ics\""))
        #expect(raw.contains("method=REQUEST"))
    }
}
