// The archive of a public list as an Atom feed (RFC 4287): one entry per sent issue, its body as
// escaped HTML, in the reader's language (`?lang=es`) when the issue has one.

import Foundation
import PuenteCore

enum ArchiveFeed {
    static func atom(_ list: MailingList, _ issues: [Newsletter], config: AppConfig, language: Language) -> String {
        let iso = ISO8601DateFormatter()
        let feedURL = config.baseURL + SiteURL.listArchiveFeed(.value(list.slug)).path
        let updated = issues.compactMap { $0.sentAt ?? $0.startedAt }.max() ?? list.updatedAt ?? list.createdAt ?? Date()
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.rawValue)">
            <id>\(escape(feedURL))</id>
            <title>\(escape(list.title.text(in: language)))</title>
            <subtitle>\(escape(list.about.text(in: language)))</subtitle>
            <link rel="self" type="application/atom+xml" href="\(escape(feedURL))"/>
            <link rel="alternate" type="text/html" href="\(escape(config.baseURL + SiteURL.listArchive(.value(list.slug)).path))"/>
            <updated>\(iso.string(from: updated))</updated>
            <author><name>\(escape(config.programName))</name></author>

            """
        for issue in issues {
            let version = issue.version(in: language)
            let url = config.baseURL + SiteURL.newsletter(.value(issue.id!)).path
            xml += """
                <entry>
                <id>urn:uuid:\(issue.id!.uuidString.lowercased())</id>
                <title>\(escape(version.subject))</title>
                <link rel="alternate" type="text/html" href="\(escape(url))"/>
                <updated>\(iso.string(from: issue.sentAt ?? issue.startedAt ?? updated))</updated>
                <content type="html" xml:lang="\(version.language.rawValue)">\(escape(NewsletterMarkdown.html(version.markdown)))</content>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    private static func escape(_ text: String) -> String { Escape.text(text) }
}
