// Competency checkboxes for logging hours.

import Foundation
import Plot
import PuenteCore

enum CompetencyPicker {
    static func view(_ ctx: PageContext, selected: Set<String>) -> Component {
        UI.checkboxes(ctx, name: "competencies[]", field: "competencies", legend: .progressCompetencies, selected: selected,
                      errors: .init(),
                      options: Competencies.all.map { ($0.id, $0.name.text(in: ctx.language)) })
    }
}
