// Competency checkboxes for logging hours and planning class sessions.

import PuenteCore

extension HTMLWriter {
    mutating func competencyPicker(_ ctx: PageContext, selected: Set<String>, errors: FormErrors) {
        checkboxes(ctx, name: "competencies[]", field: "competencies", legend: .progressCompetencies, selected: selected,
                   errors: errors, options: Competencies.all.map { ($0.id, $0.name.text(in: ctx.language)) })
    }
}
