// Summary lists, date badges and progress bars (docs/design-system.md).

import Foundation
import PuenteCore

struct SummaryRow {
    let key: String
    let value: String
    /// Where "Change" goes; nil for a row that cannot be changed here.
    var change: String? = nil
    /// Already-written markup shown instead of `value` (a status tag).
    var valueHTML: String? = nil
    /// "Change" as a button of the form the list sits in, for answers that live in the form
    /// itself (a form in steps), not at an address.
    var changeButton: ButtonValue? = nil

    struct ButtonValue {
        let name: String
        let value: String
    }
}

extension HTMLWriter {
    /// Key, value and a "Change" link per row, as GOV.UK's "check your answers" does.
    mutating func summaryList(_ ctx: PageContext, _ rows: [SummaryRow]) {
        element(.dl, ["class": "summary-list"]) { out in
            for row in rows {
                out.element(.div, ["class": "summary-row"]) { out in
                    out.leaf(.dt, text: row.key)
                    if let markup = row.valueHTML { out.element(.dd) { $0.raw(markup) } } else { out.leaf(.dd, text: row.value) }
                    if let change = row.change {
                        out.element(.dd, ["class": "summary-action"]) { out in
                            out.element(.a, ["href": change]) { $0.changeLabel(ctx, row.key) }
                        }
                    } else if let button = row.changeButton {
                        out.element(.dd, ["class": "summary-action"]) { out in
                            out.element(.button, ["type": "submit", "class": "button-link", "name": button.name, "value": button.value]) {
                                $0.changeLabel(ctx, row.key)
                            }
                        }
                    }
                }
            }
        }
    }

    /// "Change", and for screen readers which answer it changes.
    private mutating func changeLabel(_ ctx: PageContext, _ key: String) {
        text(ctx.t(.change))
        leaf(.span, ["class": "visually-hidden"], text: " " + key)
    }

    /// A day as a small calendar leaf: weekday, day number, month, in the reader's language.
    mutating func dateBadge(_ ctx: PageContext, _ date: Date, timeZone: TimeZone? = nil) {
        let dates = timeZone.map(DateFormatting.init(timeZone:)) ?? ctx.dates
        element(.time, ["class": "date-badge", "datetime": dates.isoDay(date)]) { out in
            out.leaf(.span, ["class": "date-badge-weekday"], text: dates.format(date, template: "EEE", in: ctx.language))
            out.leaf(.span, ["class": "date-badge-day"], text: dates.format(date, template: "d", in: ctx.language))
            out.leaf(.span, ["class": "date-badge-month"], text: dates.format(date, template: "MMM", in: ctx.language))
        }
    }

    /// Progress toward a requirement: the label names both figures, so the bar is never the only
    /// way to read it; a requirement met shows the success tone.
    mutating func progressBar(id: String, label: String, value: Double, required: Double, text: String) {
        let met = value >= required
        element(.div, ["class": met ? "progress progress-met" : "progress"]) { out in
            out.leaf(.label, ["for": id], text: label)
            out.leaf(.progress, ["id": id, "max": Self.number(required), "value": Self.number(min(value, required))], text: text)
            out.element(.p, ["class": "progress-text"]) { out in
                if met { out.leaf(.span, ["class": "icon", "aria-hidden": "true"], text: Tone.success.icon + " ") }
                out.text(text)
            }
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
