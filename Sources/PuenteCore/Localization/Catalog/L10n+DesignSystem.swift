// The strings of the design system's own words (header line, navigation groups, "Change",
// the warning prefix) and of the style guide page, in English and Spanish.

extension L10n {
    static func designSystemCatalog(_ key: L10n) -> Translation? {
        switch key {
        case .officialLineDefault:
            .init(en: "An official program for Community Health Workers", es: "Un programa oficial para promotores de salud")
        case .navGroupFind: .init(en: "Find and check", es: "Buscar y verificar")
        case .navGroupMine: .init(en: "Mine", es: "Lo mío")
        case .navGroupWork: .init(en: "Work", es: "Trabajo")
        case .navGroupAccount: .init(en: "Your account", es: "Su cuenta")
        case .navMyAccount: .init(en: "My account", es: "Mi cuenta")
        case .navStyleguide: .init(en: "Style guide", es: "Guía de estilo")
        case .warningPrefix: .init(en: "Warning:", es: "Advertencia:")
        case .change: .init(en: "Change", es: "Cambiar")
        case .errorSummaryTitle: .init(en: "There is a problem", es: "Hay un problema")
        case .styleguideTitle: .init(en: "Style guide", es: "Guía de estilo")
        case .styleguideLead:
            .init(en: "Every component the pages use, rendered by the same code the pages call. Use these and nothing else.",
                  es: "Cada componente que usan las páginas, generado por el mismo código que usan las páginas. Use estos y nada más.")
        case .styleguideTones: .init(en: "Tones and tags", es: "Tonos y etiquetas")
        case .styleguideButtons: .init(en: "Buttons", es: "Botones")
        case .styleguidePanels: .init(en: "Panels", es: "Paneles")
        case .styleguideSummary: .init(en: "Summary list", es: "Lista de resumen")
        case .styleguideDates: .init(en: "Date badge", es: "Fecha en calendario")
        case .styleguideProgress: .init(en: "Progress bar", es: "Barra de avance")
        case .styleguideText: .init(en: "Inset and warning text", es: "Texto destacado y advertencias")
        case .styleguideForms: .init(en: "Form fields and error summary", es: "Campos de formulario y resumen de errores")
        case .styleguideToneSuccess: .init(en: "Success: done, valid, confirmed", es: "Éxito: hecho, válido, confirmado")
        case .styleguideToneWarning: .init(en: "Warning: needs attention soon", es: "Advertencia: requiere atención pronto")
        case .styleguideToneDanger: .init(en: "Danger: stopped or refused", es: "Peligro: detenido o rechazado")
        case .styleguideToneNeutral: .init(en: "Neutral: settled, nothing to do", es: "Neutral: resuelto, nada que hacer")
        case .styleguideToneInfo: .init(en: "Information: in progress", es: "Información: en curso")
        case .styleguideSampleInset:
            .init(en: "Inset text sets apart a note the reader should not skip, such as what happens next.",
                  es: "El texto destacado aparta una nota que no debe pasarse por alto, como lo que sigue.")
        case .styleguideSampleWarning:
            .init(en: "Warning text says what cannot be undone.", es: "El texto de advertencia dice lo que no se puede deshacer.")
        case .styleguideSampleProgress: .init(en: "Classroom hours", es: "Horas de clase")
        case .styleguideSampleProgressText: .init(en: "30.5 of 80 hours", es: "30.5 de 80 horas")
        case .confirmGoBack: .init(en: "No, go back", es: "No, volver")
        case .confirmWithdrawHeading: .init(en: "Leave the course?", es: "¿Dejar el curso?")
        case .confirmWithdrawConsequence:
            .init(en: "Your seat in {cohort} goes to the next person on the waiting list, and you cannot take it back.",
                  es: "Su lugar en {cohort} pasa a la siguiente persona en la lista de espera, y no podrá recuperarlo.")
        case .confirmWithdrawRecord:
            .init(en: "The hours you attended stay on your record. To finish the course later, apply to a new cohort.",
                  es: "Las horas a las que asistió quedan en su historial. Para terminar el curso más adelante, solicite un nuevo grupo.")
        case .confirmWithdrawButton: .init(en: "Yes, withdraw", es: "Sí, retirarse")
        case .confirmCancelRegistrationHeading: .init(en: "Cancel your registration?", es: "¿Cancelar su inscripción?")
        case .confirmCancelRegistrationConsequence:
            .init(en: "Your seat at {event} goes to the next person waiting. To come after all you would have to register again, and the event may be full by then.",
                  es: "Su lugar en {event} pasa a la siguiente persona en espera. Para asistir después tendría que inscribirse de nuevo, y el evento podría estar lleno.")
        case .confirmCancelRegistrationButton: .init(en: "Yes, cancel my registration", es: "Sí, cancelar mi inscripción")
        case .confirmCancelEventHeading: .init(en: "Cancel {event}?", es: "¿Cancelar {event}?")
        case .confirmCancelEventConsequence:
            .init(en: "Everyone registered or waiting ({count}) is emailed at once that the event is cancelled. This cannot be undone.",
                  es: "Se enviará de inmediato un correo a todas las personas inscritas o en espera ({count}) avisando que el evento se canceló. No se puede deshacer.")
        case .confirmCancelEventFeeds:
            .init(en: "Calendars that received the invite mark it cancelled, and the public page says so.",
                  es: "Los calendarios que recibieron la invitación la marcan como cancelada, y la página pública lo indica.")
        case .confirmCancelEventButton: .init(en: "Yes, cancel the event", es: "Sí, cancelar el evento")
        case .confirmRevokeHeading: .init(en: "Revoke certificate {number}?", es: "¿Revocar el certificado {number}?")
        case .confirmRevokeConsequence:
            .init(en: "Anyone who verifies {number} will be told it was revoked, with this reason. This cannot be undone:",
                  es: "Quien verifique {number} verá que fue revocado, con este motivo. No se puede deshacer:")
        case .confirmRevokeButton: .init(en: "Yes, revoke the certificate", es: "Sí, revocar el certificado")
        case .confirmStatusHeading: .init(en: "Change {name}'s registry status to {status}?", es: "¿Cambiar el estado de {name} en el registro a {status}?")
        case .confirmSuspendConsequence:
            .init(en: "{name} leaves the public directory, and anyone who verifies their certificate is told their membership is suspended.",
                  es: "{name} sale del directorio público, y quien verifique su certificado verá que su inscripción está suspendida.")
        case .confirmInactiveConsequence:
            .init(en: "{name} leaves the public directory until the entry is made active again.",
                  es: "{name} sale del directorio público hasta que la inscripción vuelva a estar activa.")
        case .confirmStatusEmailed:
            .init(en: "They are emailed the new status and this reason:", es: "Se le enviará por correo el nuevo estado y este motivo:")
        case .confirmStatusButton: .init(en: "Yes, change to {status}", es: "Sí, cambiar a {status}")
        case .confirmStaffWithdrawHeading: .init(en: "Withdraw {name} from the cohort?", es: "¿Retirar a {name} del grupo?")
        case .confirmStaffWithdrawConsequence:
            .init(en: "Their seat in {cohort} goes to the next person waiting, and they are emailed.",
                  es: "Su lugar en {cohort} pasa a la siguiente persona en espera, y se le avisa por correo.")
        default: nil
        }
    }
}
