// Text a client sends, bounded before anything reads it and trimmed: one rule for the coalition's
// API writes and the inputs they build.

import Foundation

enum ClientText {
    static func bounded(_ text: String?, _ limit: Int) -> String {
        String((text ?? "").prefix(limit)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
