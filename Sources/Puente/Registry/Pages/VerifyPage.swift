// The verification form and its two kinds of answer. The answer is a panel in the status's
// tone with its icon, so an employer cannot read an expired certificate as a valid one.

import Foundation
import PuenteCore

enum VerifyPage {
    static func form(_ ctx: PageContext, number: String = "", notFound: Bool = false) -> PageView {
        var errors = FormErrors()
        if notFound { errors.add("number", .verifyNotFound) }
        var out = HTMLWriter()
        out.leaf(.h1, text: ctx.t(.verifyTitle))
        out.leaf(.p, text: ctx.t(.verifyLead))
        out.errorSummary(ctx, errors)
        out.element(.form, ["method": "get", "action": SiteURL.verify.path, "role": "search"]) { out in
            out.field(ctx, name: "number", label: .verifyNumberLabel, value: number, errors: errors, hint: .verifyNumberHint, autocomplete: "off")
            out.submit(ctx.t(.verifySubmit))
        }
        return PageView(title: ctx.t(.verifyTitle), html: out.html, status: notFound ? .notFound : .ok)
    }

    static func certificate(_ ctx: PageContext, _ result: CertificateVerification, checkedAt: Date = Date()) -> PageView {
        let heading = ctx.t(.verifyCertificateHeading, ["number": result.number])
        var out = HTMLWriter()
        out.leaf(.h1, text: heading)
        out.panel(ctx, result.status) { out in
            out.leaf(.p, text: meaning(ctx, result))
            out.leaf(.p, text: ctx.t(.verifyCheckedOn, ["date": ctx.dates.format(checkedAt, .date, in: ctx.language)]))
        }
        // The person's standing sits beside the training record's own status, never replaces it.
        if result.holderIsSuspended { out.warningText(ctx, ctx.t(.verifyHolderSuspended)) }
        var rows = [
            SummaryRow(key: ctx.t(.verifyHolder), value: result.holder),
            SummaryRow(key: ctx.t(.verifyProgram), value: result.program(in: ctx.language)),
            SummaryRow(key: ctx.t(.verifyIssuer), value: result.issuer),
            SummaryRow(key: ctx.t(.verifyIssuedOn), value: day(ctx, result.issuedOn)),
            SummaryRow(key: ctx.t(.verifyExpiresOn), value: result.expiresOn.map { day(ctx, $0) } ?? ctx.t(.verifyNoExpiry)),
        ]
        if let reason = result.revokedReason { rows.append(SummaryRow(key: ctx.t(.verifyRevokedReason), value: reason)) }
        if result.holderIsSuspended {
            rows.append(SummaryRow(key: ctx.t(.verifyRegistryStatus), value: "",
                                   valueHTML: HTMLWriter.fragment { $0.tag(ctx, result.registryStatus) }))
        }
        out.summaryList(ctx, rows)
        out.element(.p) { $0.link(SiteURL.verify.path, ctx.t(.verifyAnother)) }
        return PageView(title: "\(heading): \(ctx.t(result.status.label))", html: out.html)
    }

    static func registry(_ ctx: PageContext, _ result: RegistryVerification) -> PageView {
        let heading = ctx.t(.verifyRegistryHeading, ["number": result.number])
        var out = HTMLWriter()
        out.leaf(.h1, text: heading)
        out.panel(ctx, result.status) { out in
            out.leaf(.p, text: result.holder)
        }
        out.summaryList(ctx, [
            SummaryRow(key: ctx.t(.verifyHolder), value: result.holder),
            SummaryRow(key: ctx.t(.verifyRegistryStatus), value: "", valueHTML: HTMLWriter.fragment { $0.tag(ctx, result.status) }),
        ])
        out.insetText(ctx.t(.verifyRegistryNote))
        out.element(.p) { $0.link(SiteURL.verify.path, ctx.t(.verifyAnother)) }
        return PageView(title: "\(heading): \(ctx.t(result.status.label))", html: out.html)
    }

    /// One sentence under the status: what it means, with the date that matters.
    private static func meaning(_ ctx: PageContext, _ result: CertificateVerification) -> String {
        switch result.status {
        case .valid:
            result.expiresOn.map { ctx.t(.verifyMeansValidUntil, ["date": day(ctx, $0)]) } ?? ctx.t(.verifyMeansValid)
        case .expired:
            ctx.t(.verifyMeansExpired, ["date": result.expiresOn.map { day(ctx, $0) } ?? ""])
        case .revoked:
            ctx.t(.verifyMeansRevoked)
        }
    }

    /// A `YYYY-MM-DD` day written for the reader.
    private static func day(_ ctx: PageContext, _ iso: String) -> String {
        ctx.dates.startOfDay(iso).map { ctx.dates.format($0, .date, in: ctx.language) } ?? iso
    }
}
