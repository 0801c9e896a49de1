"""Expands every recurring VEVENT on stdin the way calendar apps do (icalendar to read,
dateutil's rrule to expand, EXDATEs removed, RECURRENCE-ID overrides applied) and prints each
UID's starts in UTC as JSON."""
import json
import sys
from datetime import timezone

from dateutil.rrule import rrulestr
from icalendar import Calendar

try:
    cal = Calendar.from_ical(sys.stdin.buffer.read())
    out = {}
    overrides = []
    for event in cal.walk("VEVENT"):
        if "RECURRENCE-ID" in event:
            overrides.append(event)  # applied after every series is expanded
            continue
        start = event.decoded("DTSTART")
        if start.tzinfo is None:
            raise ValueError("DTSTART without a zone")
        starts = [start]
        if "RRULE" in event:
            rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
            starts = list(rule[:500])
        excluded = set()
        exdates = event.get("EXDATE")
        for group in (exdates if isinstance(exdates, list) else [exdates] if exdates else []):
            for item in group.dts:
                excluded.add(item.dt.astimezone(timezone.utc))
        out[str(event["UID"])] = [s.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                                  for s in starts if s.astimezone(timezone.utc) not in excluded]
    # An override replaces the occurrence its RECURRENCE-ID names with its own start.
    for event in overrides:
        uid = str(event["UID"])
        fmt = lambda d: d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        original, moved = fmt(event.decoded("RECURRENCE-ID")), fmt(event.decoded("DTSTART"))
        if original not in out.get(uid, []):
            raise ValueError("override for an occurrence the rule does not make: " + original)
        out[uid] = sorted(moved if s == original else s for s in out[uid])
    print(json.dumps(out))
except Exception as error:  # noqa: BLE001
    print("error: %s" % error)
