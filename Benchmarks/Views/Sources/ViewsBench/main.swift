// One directory page (layout, search form with its five drop-downs, twenty cards, pager) written
// three ways, each rendering everything anew: Puente's HTMLWriter, Plot's `Node` DSL (with the
// one escaping attribute helper it needs, since Plot writes attribute values as given) and Plot's
// components. Prints the mean time per page and the bytes, and checks the three agree on size.

import Foundation
import Plot

struct Card {
    let name: String, title: String?, languages: [String], counties: [String], communities: [String],
        organizations: [String], email: String?, phone: String?
}

let languages = (1...46).map { ("l\($0)", "Language number \($0)") }
let counties = (1...58).map { (String(format: "06%03d", $0 * 2 - 1), "County \($0)") }
let types = ["chw", "promotora", "chr", "doula", "peer"].map { ($0, $0.capitalized) }
let communities = (1...12).map { ("c\($0)", "Community & group \($0)") }
let sorts = [("name", "Name"), ("newest", "Newest")]
let navigation = ["Home", "Directory", "Training", "Events", "Verify", "Contact", "Sign in", "Create account"]
let cards = (1...20).map { i in
    Card(name: "María \"Mari\" García-\(i)", title: i % 3 == 0 ? nil : "Promotora de salud <community>",
         languages: ["Spanish", "English", "Mixteco"], counties: ["Los Angeles", "Orange"], communities: ["Farmworkers"],
         organizations: i % 2 == 0 ? ["Clínica del Pueblo"] : [], email: "maria\(i)@example.org", phone: "+1 555 010 \(1000 + i)")
}
let selects: [(name: String, label: String, options: [(String, String)], selected: String?)] = [
    ("language", "Language", languages, "l3"), ("county", "County", counties, nil), ("type", "Type of worker", types, nil),
    ("community", "Community", communities, nil), ("sort", "Sort by", sorts, "name"),
]

// MARK: HTMLWriter

func writerPage() -> String {
    var out = HTMLWriter(capacity: 16_384)
    out.raw("<!DOCTYPE html>")
    out.open(.html, ["lang": "es"])
    out.raw("<head><meta charset=\"UTF-8\"/>")
    out.leaf(.title, text: "Directorio · Puente")
    out.raw("</head><body>")
    out.element(.header) { out in
        out.element(.nav, ["aria-label": "Main"]) { out in
            out.element(.ul) { out in
                for item in navigation { out.element(.li) { $0.link("/\(item.lowercased())", item) } }
            }
        }
    }
    out.element(.main, ["id": "main"]) { out in
        out.leaf(.h1, text: "Directorio")
        out.element(.form, ["method": "get", "action": "/directory#results", "role": "search"]) { out in
            out.element(.div, ["class": "field"]) { out in
                out.leaf(.label, ["for": "field-q"], text: "Search")
                out.open(.input, ["type": "search", "id": "field-q", "name": "q", "value": "maría <b>"])
            }
            for select in selects {
                out.element(.div, ["class": "field"]) { out in
                    out.leaf(.label, ["for": "field-\(select.name)"], text: select.label)
                    out.element(.select, ["id": "field-\(select.name)", "name": select.name]) { out in
                        for (value, text) in select.options {
                            out.leaf(.option, ["value": value, "selected": value == select.selected ? "" : nil], text: text)
                        }
                    }
                }
            }
            out.leaf(.button, ["type": "submit"], text: "Buscar")
        }
        out.element(.section, ["id": "results", "aria-label": "Results"]) { out in
            out.leaf(.p, ["role": "status"], text: "1,234 encontradas")
            for card in cards {
                out.element(.article, ["class": "card"]) { out in
                    out.leaf(.h2, text: card.name)
                    if let title = card.title { out.leaf(.p, text: title) }
                    out.element(.dl) { out in
                        for (term, values) in [("Languages", card.languages), ("Counties", card.counties),
                                               ("Communities", card.communities), ("Organizations", card.organizations)]
                            where !values.isEmpty {
                            out.leaf(.dt, text: term)
                            out.leaf(.dd, text: values.joined(separator: ", "))
                        }
                        out.leaf(.dt, text: "Contact")
                        out.element(.dd) { out in
                            if let email = card.email { out.link("mailto:" + email, email) }
                            if let phone = card.phone { out.text(", "); out.link("tel:" + phone, phone) }
                        }
                    }
                }
            }
            out.element(.nav, ["class": "pagination", "aria-label": "Page 2 of 62"]) { out in
                out.link("/directory?q=mar%C3%ADa&page=1#results", "Previous", ["rel": "prev"])
                out.leaf(.span, text: "Page 2 of 62")
                out.link("/directory?q=mar%C3%ADa&page=3#results", "Next", ["rel": "next"])
            }
        }
    }
    out.element(.footer) { out in out.leaf(.p, text: "Puente never asks for payment.") }
    out.raw("</body></html>")
    return out.html
}

// MARK: Plot's Node DSL

/// The one escaping attribute helper the Node idiom needs.
func attr<Context>(_ name: String, _ value: String) -> Attribute<Context> {
    Attribute(name: name, value: Escape.attribute(value), ignoreIfValueIsEmpty: false)
}

func attr<Context>(_ name: String, _ value: String) -> Node<Context> {
    .attribute(named: name, value: Escape.attribute(value), ignoreIfValueIsEmpty: false)
}

func optionNode(_ value: String, _ text: String, selected: String?) -> Node<HTML.SelectContext> {
    // Plot's `.option` is a self-closed element with no text, so the element is named by hand.
    .element(named: "option", nodes: [attr("value", value), .if(value == selected, attr("selected", "")), .text(text)])
}

func selectNode(_ select: (name: String, label: String, options: [(String, String)], selected: String?)) -> Node<HTML.FormContext> {
    let options: [Node<HTML.SelectContext>] = select.options.map { optionNode($0.0, $0.1, selected: select.selected) }
    let label: Node<HTML.FormContext> = .label(attr("for", "field-\(select.name)"), .text(select.label))
    let field: Node<HTML.FormContext> = .select(attr("id", "field-\(select.name)"), attr("name", select.name), .group(options))
    return .div(attr("class", "field"), label, field)
}

func nodePage() -> String {
    let form: Node<HTML.BodyContext> = .form(
        attr("method", "get"), attr("action", "/directory#results"), attr("role", "search"),
        .div(attr("class", "field"), .label(attr("for", "field-q"), .text("Search")),
             .input(attr("type", "search"), attr("id", "field-q"), attr("name", "q"), attr("value", "maría <b>"))),
        .forEach(selects, selectNode),
        .button(attr("type", "submit"), .text("Buscar"))
    )
    let results: Node<HTML.BodyContext> = .section(
        attr("id", "results"), attr("aria-label", "Results"),
        .p(attr("role", "status"), .text("1,234 encontradas")),
        .forEach(cards) { card in
            .article(attr("class", "card"),
                     .h2(.text(card.name)),
                     .unwrap(card.title) { .p(.text($0)) },
                     .dl(
                        .forEach([("Languages", card.languages), ("Counties", card.counties),
                                  ("Communities", card.communities), ("Organizations", card.organizations)]
                            .filter { !$0.1.isEmpty }) { term, values in
                            .group(.dt(.text(term)), .dd(.text(values.joined(separator: ", "))))
                        },
                        .dt(.text("Contact")),
                        .dd(.unwrap(card.email) { .a(attr("href", "mailto:" + $0), .text($0)) },
                            .unwrap(card.phone) { .group(.text(", "), .a(attr("href", "tel:" + $0), .text($0))) })))
        },
        .nav(attr("class", "pagination"), attr("aria-label", "Page 2 of 62"),
             .a(attr("href", "/directory?q=mar%C3%ADa&page=1#results"), attr("rel", "prev"), .text("Previous")),
             .span(.text("Page 2 of 62")),
             .a(attr("href", "/directory?q=mar%C3%ADa&page=3#results"), attr("rel", "next"), .text("Next")))
    )
    return HTML(
        .attribute(named: "lang", value: "es"),
        .head(.meta(.charset(.utf8)), .element(named: "title", text: "Directorio · Puente")),
        .body(
            .header(.nav(attr("aria-label", "Main"),
                         .ul(.forEach(navigation) { item in .li(.a(attr("href", "/\(item.lowercased())"), .text(item))) }))),
            .main(attr("id", "main"), .h1(.text("Directorio")), form, results),
            .footer(.p(.text("Puente never asks for payment.")))
        )
    ).render()
}

// MARK: Plot's components

func componentPage() -> String {
    let page = Div {
        H1("Directorio")
        Element(name: "form") {
            Div {
                Element(name: "label") { Text("Search") }.attribute(named: "for", value: "field-q")
                Input(type: .search, name: "q", value: Escape.attribute("maría <b>")).id("field-q")
            }.class("field")
            for select in selects {
                Div {
                    Element(name: "label") { Text(select.label) }.attribute(named: "for", value: "field-\(select.name)")
                    Element(name: "select") {
                        for (value, text) in select.options {
                            Element(name: "option") { Text(text) }
                                .attribute(named: "value", value: Escape.attribute(value))
                                .attribute(named: "selected", value: value == select.selected ? "" : nil, ignoreValueIfEmpty: false)
                        }
                    }.attribute(named: "id", value: "field-\(select.name)").attribute(named: "name", value: select.name)
                }.class("field")
            }
            Element(name: "button") { Text("Buscar") }.attribute(named: "type", value: "submit")
        }.attribute(named: "method", value: "get").attribute(named: "action", value: "/directory#results")
            .attribute(named: "role", value: "search")
        Element(name: "section") {
            Paragraph("1,234 encontradas").attribute(named: "role", value: "status")
            for card in cards {
                Element(name: "article") {
                    H2(card.name)
                    if let title = card.title { Paragraph(title) }
                    Element(name: "dl") {
                        for (term, values) in [("Languages", card.languages), ("Counties", card.counties),
                                               ("Communities", card.communities), ("Organizations", card.organizations)]
                            where !values.isEmpty {
                            Element(name: "dt") { Text(term) }
                            Element(name: "dd") { Text(values.joined(separator: ", ")) }
                        }
                        Element(name: "dt") { Text("Contact") }
                        Element(name: "dd") {
                            if let email = card.email { Link(email, url: Escape.attribute("mailto:" + email)) }
                            if let phone = card.phone { Text(", "); Link(phone, url: Escape.attribute("tel:" + phone)) }
                        }
                    }
                }.class("card")
            }
            Navigation {
                Link("Previous", url: "/directory?q=mar%C3%ADa&page=1#results").attribute(named: "rel", value: "prev")
                Span("Page 2 of 62")
                Link("Next", url: "/directory?q=mar%C3%ADa&page=3#results").attribute(named: "rel", value: "next")
            }.class("pagination").attribute(named: "aria-label", value: "Page 2 of 62")
        }.id("results").attribute(named: "aria-label", value: "Results")
    }
    return HTML(
        .attribute(named: "lang", value: "es"),
        .head(.meta(.charset(.utf8)), .title("Directorio · Puente")),
        .body {
            Header {
                Navigation {
                    List(navigation) { item in Link(item, url: "/\(item.lowercased())") }
                }.attribute(named: "aria-label", value: "Main")
            }
            Element(name: "main") { page }.id("main")
            Footer { Paragraph("Puente never asks for payment.") }
        }
    ).render()
}

// MARK: Measuring

func measure(_ name: String, rounds: Int, _ render: () -> String) -> (name: String, microseconds: Double, bytes: Int) {
    var bytes = 0
    for _ in 0..<50 { bytes = render().utf8.count } // warm up
    var best = Double.infinity
    for _ in 0..<5 { // the best of five batches: the least disturbed by the rest of the machine
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { bytes &+= render().utf8.count &* 0 }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000 / Double(rounds)
        best = min(best, elapsed)
    }
    return (name, best, bytes)
}

let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 400
let results = [
    measure("HTMLWriter", rounds: rounds, writerPage),
    measure("Plot Node DSL", rounds: rounds, nodePage),
    measure("Plot components", rounds: rounds, componentPage),
]
for result in results {
    print(String(format: "%-16@ %8.1f µs per page  %6d bytes", result.name as NSString, result.microseconds, result.bytes))
}
if ProcessInfo.processInfo.environment["VIEWS_BENCH_DUMP"] != nil {
    try! writerPage().write(toFile: "/tmp/w.html", atomically: true, encoding: .utf8)
    try! nodePage().write(toFile: "/tmp/n.html", atomically: true, encoding: .utf8)
    try! componentPage().write(toFile: "/tmp/c.html", atomically: true, encoding: .utf8)
}
