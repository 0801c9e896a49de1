"""Reads an iCalendar file on stdin with the `icalendar` package, as calendar apps would, and
prints what it found as JSON (or an error line). Strict: every line must parse."""
import json
import sys

from icalendar import Calendar

raw = sys.stdin.buffer.read()
try:
    if b"\r\n" not in raw:
        raise ValueError("lines must end with CRLF")
    for line in raw.split(b"\r\n"):
        if len(line) > 75:
            raise ValueError("unfolded line over 75 octets: %r" % line[:40])
    cal = Calendar.from_ical(raw)
    for required in ("VERSION", "PRODID"):
        if required not in cal:
            raise ValueError("missing " + required)
    events = []
    for component in cal.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in component:
                raise ValueError("VEVENT missing " + required)
        events.append({
            "uid": str(component["UID"]),
            "summary": str(component.get("SUMMARY", "")),
            "start": component.decoded("DTSTART").isoformat(),
            "end": component.decoded("DTEND").isoformat() if "DTEND" in component else None,
            "location": str(component.get("LOCATION", "")),
            "description": str(component.get("DESCRIPTION", "")),
        })
    print(json.dumps({"method": str(cal.get("METHOD", "")), "events": events}))
except Exception as error:  # noqa: BLE001 - report whatever the parser disliked
    print("error: %s" % error)
