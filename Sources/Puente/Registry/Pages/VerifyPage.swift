// The verification form and its two kinds of answer.

import Plot
import PuenteCore

enum VerifyPage {
    static func form(_ ctx: PageContext, number: String = "", notFound: Bool = false) -> PageView {
        var errors = FormErrors()
        if notFound { errors.add("number", .verifyNotFound) }
        return PageView(title: ctx.t(.verifyTitle), content: Div {
            H1(ctx.t(.verifyTitle))
            Paragraph(ctx.t(.verifyLead))
            Tag.element(.form, ["method": "get", "action": SiteURL.verify.path, "role": "search"]) {
                UI.field(ctx, name: "number", label: .verifyNumberLabel, value: number, errors: errors,
                         hint: .verifyNumberHint, autocomplete: "off")
                UI.submit(ctx.t(.verifySubmit))
            }
        }, status: notFound ? .notFound : .ok)
    }

    static func certificate(_ ctx: PageContext, _ result: CertificateVerification) -> PageView {
        PageView(title: ctx.t(.verifyCertificateHeading, ["number": result.number]), content: Div {
            H1(ctx.t(.verifyCertificateHeading, ["number": result.number]))
            Paragraph(ctx.t(result.status.label)).class("status status-\(result.status.rawValue)")
            if result.holderIsSuspended { Paragraph(ctx.t(.verifyHolderSuspended)).class("notice notice-warning") }
            Tag.element(.dl) {
                row(ctx.t(.verifyHolder), result.holder)
                row(ctx.t(.verifyProgram), result.program)
                row(ctx.t(.verifyIssuer), result.issuer)
                row(ctx.t(.verifyIssuedOn), day(ctx, result.issuedOn))
                row(ctx.t(.verifyExpiresOn), result.expiresOn.map { day(ctx, $0) } ?? ctx.t(.verifyNoExpiry))
                if let reason = result.revokedReason { row(ctx.t(.verifyRevokedReason), reason) }
                if result.holderIsSuspended { row(ctx.t(.verifyRegistryStatus), ctx.t(result.registryStatus.label)) }
            }
            Paragraph { Tag.a(SiteURL.verify.path, ctx.t(.verifyTitle)) }
        })
    }

    static func registry(_ ctx: PageContext, _ result: RegistryVerification) -> PageView {
        PageView(title: ctx.t(.verifyRegistryHeading, ["number": result.number]), content: Div {
            H1(ctx.t(.verifyRegistryHeading, ["number": result.number]))
            Tag.element(.dl) {
                row(ctx.t(.verifyHolder), result.holder)
                row(ctx.t(.verifyRegistryStatus), ctx.t(result.status.label))
            }
            Paragraph(ctx.t(.verifyRegistryNote))
            Paragraph { Tag.a(SiteURL.verify.path, ctx.t(.verifyTitle)) }
        })
    }

    private static func row(_ term: String, _ value: String) -> Component {
        ComponentGroup {
            Tag.element(.dt) { Text(term) }
            Tag.element(.dd) { Text(value) }
        }
    }

    /// A `YYYY-MM-DD` day written for the reader.
    private static func day(_ ctx: PageContext, _ iso: String) -> String {
        ctx.dates.startOfDay(iso).map { ctx.dates.format($0, .date, in: ctx.language) } ?? iso
    }
}
