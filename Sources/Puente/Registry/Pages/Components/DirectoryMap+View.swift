// The map's markup. The picture is for eyes and pointers: it is hidden from assistive technology
// and its links are out of the tab order, because the list below it carries the same links and
// figures for keyboards and screen readers (and 58 or 82 tab stops before the results would be a
// wall).

import Foundation
import PuenteCore

extension DirectoryMap {
    /// The map's markup depends only on the counts, the county picked and the language, which
    /// change once a minute at most; drawing it (58 counties, each a translated label and a link)
    /// was 54% of a directory search's CPU (`make bench`, 2026-12-05), so each drawing is kept.
    private struct MarkupKey: Hashable {
        let language: Language
        let state: String
        let selected: String?
        let counts: [String: Int]
    }

    nonisolated(unsafe) private static var markup: [MarkupKey: String] = [:]
    private static let markupLock = NSLock()

    static func rendered(_ map: DirectoryMap, language: Language, draw: () -> String) -> String {
        let key = MarkupKey(language: language, state: map.counties.state, selected: map.selected, counts: map.counts)
        if let kept = markupLock.withLock({ markup[key] }) { return kept }
        let drawn = draw()
        markupLock.withLock {
            if markup.count >= 512 { markup.removeAll() } // old counts' drawings: start again
            markup[key] = drawn
        }
        return drawn
    }

    func write(_ ctx: PageContext, _ out: inout HTMLWriter, link: (String) -> String) {
        out.element(.figure, ["class": "county-map", "id": "county-map"]) { out in
            out.element(.figcaption) { out in
                out.leaf(.h2, text: ctx.t(.directoryMapTitle))
                out.leaf(.p, text: ctx.t(.directoryMapLead))
            }
            out.element(.svg, ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(shapes.width) \(shapes.height)",
                               "aria-hidden": "true", "focusable": "false"]) { out in
                for county in counties.counties {
                    guard let path = shapes.paths[county.fips] else { continue }
                    let count = counts[county.fips] ?? 0
                    let label = ctx.t(.directoryMapCounty, ["county": county.name, "count": "\(count)"])
                    out.element(.a, ["href": link(county.fips), "tabindex": "-1"]) { out in
                        out.element(.path, ["d": path, "class": county.fips == selected ? "shade-\(Self.shade(count)) selected"
                                                                                         : "shade-\(Self.shade(count))"]) { out in
                            out.leaf(.title, text: label)
                        }
                    }
                }
            }
            legend(ctx, &out)
            out.element(.details) { out in
                out.leaf(.summary, text: ctx.t(.directoryMapList))
                let listed = counties.counties.filter { (counts[$0.fips] ?? 0) > 0 }
                if listed.isEmpty { out.leaf(.p, text: ctx.t(.directoryMapListEmpty)) }
                out.element(.ul, ["class": "county-list"]) { out in
                    for county in listed {
                        out.element(.li) { out in
                            out.link(link(county.fips), ctx.t(.directoryMapCounty, ["county": county.name,
                                                                                     "count": "\(counts[county.fips] ?? 0)"]),
                                     county.fips == selected ? ["aria-current": "true"] : [:])
                        }
                    }
                }
            }
        }
    }

    private func legend(_ ctx: PageContext, _ out: inout HTMLWriter) {
        out.element(.div, ["class": "map-legend"]) { out in
            out.leaf(.p, text: ctx.t(.directoryMapLegend))
            out.element(.ul) { out in
                for (shade, range) in ([ctx.t(.directoryMapNone)] + Self.ranges).enumerated() {
                    out.element(.li) { out in
                        out.leaf(.span, ["class": "swatch shade-\(shade)"], text: "")
                        out.text(range)
                    }
                }
            }
        }
    }
}
