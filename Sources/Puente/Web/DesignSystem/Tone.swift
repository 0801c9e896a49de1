// The design system's five colours, one meaning each (docs/design-system.md). A tone always
// travels with an icon and words, so nobody has to tell green from red to read a status.

import PuenteCore

enum Tone: String, Sendable, CaseIterable {
    /// Done, valid, confirmed, active.
    case success
    /// Needs attention soon: expired, waiting, changes requested.
    case warning
    /// Stopped or refused: revoked, suspended, cancelled, declined.
    case danger
    /// Settled and unremarkable: withdrawn, inactive, past.
    case neutral
    /// In progress, for information: applied, pending.
    case info

    /// A text glyph, not an emoji, so it keeps the tag's colour and size on every phone.
    var icon: String {
        switch self {
        case .success: "✓"
        case .warning: "!"
        case .danger: "✗"
        case .neutral: "–"
        case .info: "i"
        }
    }
}

/// A state a page shows as a tag: its words and its tone; the icon is the tone's unless the
/// state has a better one (an expired certificate shows a clock).
protocol StatusDisplay {
    var label: L10n { get }
    var tone: Tone { get }
    var icon: String { get }
}

extension StatusDisplay {
    var icon: String { tone.icon }
}
