// Page-level components: a table that scrolls on a phone, and the pager.

import PuenteCore

extension HTMLWriter {
    /// A table that scrolls sideways inside its own region on a narrow screen. The region takes
    /// keyboard focus, so it can be scrolled without a pointer (WCAG 2.1.1), and is named by
    /// `label` for screen readers.
    mutating func table(label: String, _ content: (inout HTMLWriter) -> Void) {
        element(.div, ["class": "table-scroll", "role": "region", "aria-label": label, "tabindex": "0"]) { out in
            out.element(.table, [:], content)
        }
    }

    mutating func pagination(_ ctx: PageContext, page: Int, pages: Int, link: (Int) -> String) {
        guard pages > 1 else { return }
        let label = ctx.t(.pageOf, ["page": "\(page)", "pages": "\(pages)"])
        element(.nav, ["class": "pagination", "aria-label": label]) { out in
            if page > 1 { out.link(link(page - 1), ctx.t(.previousPage), ["rel": "prev"]) }
            out.leaf(.span, text: label)
            if page < pages { out.link(link(page + 1), ctx.t(.nextPage), ["rel": "next"]) }
        }
    }
}
