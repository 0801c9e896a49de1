// The map's markup. The picture is for eyes and pointers: it is hidden from assistive technology
// and its links are out of the tab order, because the list below it carries the same links and
// figures for keyboards and screen readers (and 58 or 82 tab stops before the results would be a
// wall).

import PuenteCore

extension DirectoryMap {
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
