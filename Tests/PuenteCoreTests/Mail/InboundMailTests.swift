// Reading mail that comes in: header fields, MIME parts and their encodings, delivery reports
// (RFC 3464), DMARC records, DNS TXT messages and VERP addresses.

import Foundation
import PuenteCore
import Testing

@Suite struct InboundMailTests {
    static let multipart = """
        From: "Ana Pérez" <Ana@Reject.Example>
        To: coalition@lists.example.org
        Subject: Training next week
         (folded)
        Message-ID: <abc@reject.example>
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        Hola a todos: la capacitaci=C3=B3n es el jueves.=
         Nos vemos.
        --b1
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: base64

        PHA+SG9sYTwvcD4=
        --b1--
        """

    @Test func fieldsAreUnfoldedAndTheFromAddressIsRead() throws {
        let mail = try ParsedMail(Self.multipart)
        #expect(mail.field("subject") == "Training next week (folded)")
        #expect(mail.from?.address == "ana@reject.example")
        #expect(mail.from?.name == "Ana Pérez")
        #expect(ParsedMail.mailbox("plain@example.org")?.address == "plain@example.org")
    }

    @Test func partsAreFoundAndTheirEncodingsUndone() throws {
        let mail = try ParsedMail(Self.multipart)
        #expect(mail.leaves.map(\.contentType.type) == ["text/plain", "text/html"])
        #expect(mail.plainText == "Hola a todos: la capacitación es el jueves. Nos vemos.")
        #expect(mail.leaves[1].text == "<p>Hola</p>")
    }

    @Test func somethingThatIsNotMailIsRefused() {
        #expect(throws: ParsedMail.Problem.noHeader) { try ParsedMail("just some words\nwith no header at all\n") }
        #expect((try? ParsedMail("To: a@example.org\n\nhi"))?.from == nil)
    }

    @Test func aDeliveryReportSaysWhoFailedAndHowBadly() throws {
        let report = """
            From: MAILER-DAEMON@mx.example.net
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="r"

            --r
            Content-Type: text/plain

            Your message could not be delivered.
            --r
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.net

            Final-Recipient: rfc822; gone@example.org
            Action: failed
            Status: 5.1.1 (user unknown)

            Final-Recipient: rfc822; full@example.org
            Action: delayed
            Status: 4.2.2
            --r--
            """
        let parsed = try #require(DeliveryReport(try ParsedMail(report)))
        #expect(parsed.recipients.map(\.address) == ["gone@example.org", "full@example.org"])
        #expect(parsed.recipients.map(\.severity) == [.hard, .soft])
        #expect(DeliveryReport(try ParsedMail("From: a@b.org\nSubject: out of office\n\nI am away")) == nil)
        #expect(parsed.originalMessageID == nil, "this report returned no headers")
    }

    @Test func aReportThatReturnsTheHeadersNamesTheCopyThatFailed() throws {
        for returned in ["text/rfc822-headers", "message/rfc822"] {
            let report = """
                From: MAILER-DAEMON@mx.example.net
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; gone@example.org
                Action: failed
                Status: 5.1.1
                --r
                Content-Type: \(returned)

                From: Puente <hello@example.org>
                Message-ID:
                 <nl.0123abcd.4567ef@example.org>
                Subject: Spring news

                The body, when the whole message came back.
                --r--
                """
            let parsed = try #require(DeliveryReport(try ParsedMail(report)))
            #expect(parsed.originalMessageID == "<nl.0123abcd.4567ef@example.org>", "\(returned), folded onto the next line")
        }
    }

    @Test func dmarcRecordsAreRead() {
        #expect(DMARCPolicy(record: "v=DMARC1; p=reject; rua=mailto:d@example.org") == .reject)
        #expect(DMARCPolicy(record: "v=DMARC1;p=quarantine") == .quarantine)
        #expect(DMARCPolicy(record: "v=DMARC1; p=none")?.needsRewrite == false)
        #expect(DMARCPolicy(record: "v=spf1 include:_spf.example.org ~all") == nil)
        #expect(DMARCPolicy.lookupNames(for: "mail.example.org") == ["_dmarc.mail.example.org", "_dmarc.example.org"])
    }

    @Test func aTXTQueryAndItsAnswerRoundTrip() throws {
        let query = try DNSMessage.txtQuery(id: 0x1234, name: "_dmarc.example.org")
        #expect(query.prefix(2) == [0x12, 0x34])
        #expect(query.suffix(4) == [0, 16, 0, 1])
        // An answer: the question copied, then one TXT record whose name points back at it (0xC00C),
        // its text in two strings.
        var answer = query
        answer[2] = 0x81; answer[3] = 0x80; answer[7] = 1
        let strings: [UInt8] = [8] + Array("v=DMARC1".utf8) + [10] + Array("; p=reject".utf8)
        answer += [0xC0, 0x0C, 0, 16, 0, 1, 0, 0, 0, 60, 0, UInt8(strings.count)] + strings
        #expect(try DNSMessage.txtAnswers(answer, id: 0x1234) == ["v=DMARC1; p=reject"])
        #expect(throws: DNSMessage.Problem.wrongID) { try DNSMessage.txtAnswers(answer, id: 1) }
        #expect(throws: DNSMessage.Problem.malformed) { try DNSMessage.txtAnswers(Array(answer.dropLast(3)), id: 0x1234) }
    }

    @Test func verpAddressesRoundTripAndFitAnEmailLocalPart() throws {
        let id = UUID()
        let address = VERP.address(slug: "policy-committee", subscription: id, domain: "lists.example.org")
        #expect(address.split(separator: "@")[0].count <= 64)
        let parsed = try #require(VERP.parse(address.uppercased()))
        #expect(parsed.slug == "policy-committee")
        #expect(parsed.subscription == id)
        #expect(VERP.parse("coalition@lists.example.org") == nil)
        #expect(VERP.parse("x-bounces+notatoken@lists.example.org") == nil)
    }
}
