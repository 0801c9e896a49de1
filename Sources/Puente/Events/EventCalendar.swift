// An event as calendars publish it (no attendee, no join link), and the HTTP answer that carries
// an .ics file: shared by the event pages, the feeds and the series service.

import Foundation
import PuenteCore
import Vapor

enum EventCalendar {
    static func published(_ event: Event, _ config: AppConfig) -> ICalendar.Event {
        var entry = ICalendar.Event(uid: EventMail.uid(event, config: config), start: event.startsAt, end: event.endsAt,
                                    summary: event.title,
                                    description: event.description, location: event.place, url: SiteURL.event(.value(event.id!)).absolute(config),
                                    sequence: event.sequence, lastModified: event.updatedAt, timeZone: TimeZone(identifier: event.timeZone))
        entry.cancelled = event.status == .cancelled
        return entry
    }

    static func response(_ text: String, file: String?) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        if let file { headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(file)\"") }
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
