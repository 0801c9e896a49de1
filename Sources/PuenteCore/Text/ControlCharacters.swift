// Names and one-line texts must not carry control characters: a bare CR in a name reached an
// invite's ATTENDEE line, where it starts a new iCalendar property, and email headers likewise.

public enum ControlCharacters {
    /// True when `text` holds a C0/C1 control (tabs and line breaks included), a line or
    /// paragraph separator, or a bidirectional override that reorders what a reader sees.
    public static func present(in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }
}
