// Destructive actions ask first (issue 20): a button that withdraws, cancels, suspends or
// revokes posts without `confirmed`, and the answer is a page that says what will happen and
// posts the same fields again with `confirmed=yes`. No script, and nothing changes until then.

import Vapor

struct Confirmation {
    static let field = "confirmed"

    /// The question, e.g. "Cancel this event?".
    let heading: String
    /// What happens next, in the reader's words: who is emailed, what is given away.
    let consequences: [String]
    /// The warning button's words, e.g. "Yes, cancel the event".
    let confirm: String
    /// Where "No, go back" leads: the page the button was on.
    let back: String
    /// The fields the first post carried that the action needs again.
    var carry: [(name: String, value: String)] = []
}

extension Request {
    /// Whether this post is the second one, sent from the confirmation page.
    var isConfirmed: Bool { formValue(Confirmation.field) == "yes" }

    /// The confirmation page for this post; it posts back to the same address.
    func confirmFirst(_ build: (PageContext) -> Confirmation) async throws -> Response {
        let action = url.path
        return try await render { ctx in ConfirmationPage.view(ctx, build(ctx), action: action) }
    }
}
