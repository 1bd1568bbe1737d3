# SPDX-License-Identifier: MIT
"""What UTC offset(s) a zone as written can mean on a given day.

The output's meeting zone is a string copied or resolved from the document:
"UTC", "UTC+1", "+01:00", "Europe/Berlin", or a word or abbreviation such as
"CET", "PDT", "ET", "Eastern", "Geneva time".  A zone is right when one of its
readings, taken on the meeting's date at its start time, gives the gold
utc_offset.  Abbreviations have two readings, because groups write them both
ways: the fixed offset they name (EST = -05:00) and the region's clock on that
day ("EST" in a July call usually means New York time, -04:00)."""
import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# word or abbreviation (casefolded) -> readings: a fixed offset in minutes or
# an IANA zone.  Generic region words (ET, Pacific) have only the region.
ALIASES = {
    "utc": [0], "gmt": [0], "z": [0], "ut": [0], "zulu": [0],
    "et": ["America/New_York"], "eastern": ["America/New_York"],
    "us eastern": ["America/New_York"], "new york": ["America/New_York"],
    "est": [-300, "America/New_York"], "edt": [-240, "America/New_York"],
    "ct": ["America/Chicago"], "central": ["America/Chicago"],
    "us central": ["America/Chicago"],
    "cst": [-360, "America/Chicago", 480], "cdt": [-300, "America/Chicago"],
    "mt": ["America/Denver"], "mountain": ["America/Denver"],
    "mst": [-420, "America/Denver"], "mdt": [-360, "America/Denver"],
    "pt": ["America/Los_Angeles"], "pacific": ["America/Los_Angeles"],
    "us pacific": ["America/Los_Angeles"],
    "pst": [-480, "America/Los_Angeles"], "pdt": [-420, "America/Los_Angeles"],
    "akst": [-540, "America/Anchorage"], "akdt": [-480, "America/Anchorage"],
    "hst": [-600], "hawaii": ["Pacific/Honolulu"],
    "ast": [-240, "America/Halifax"], "adt": [-180, "America/Halifax"],
    "nst": [-210, "America/St_Johns"], "ndt": [-150, "America/St_Johns"],
    "wet": [0, "Europe/Lisbon"], "west": [60, "Europe/Lisbon"],
    "cet": [60, "Europe/Paris"], "cest": [120, "Europe/Paris"],
    "central european": ["Europe/Paris"], "central europe": ["Europe/Paris"],
    "eet": [120, "Europe/Athens"], "eest": [180, "Europe/Athens"],
    "eastern european": ["Europe/Athens"],
    "bst": [60, "Europe/London"], "uk": ["Europe/London"],
    "british": ["Europe/London"], "irish": ["Europe/Dublin"],
    "ist": [330, "Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
    "msk": [180], "moscow": ["Europe/Moscow"],
    "cat": [120], "eat": [180], "wat": [60], "sast": [120],
    "pkt": [300], "npt": [345], "ict": [420], "wib": [420],
    "sgt": [480], "hkt": [480], "pht": [480], "awst": [480],
    "jst": [540], "kst": [540],
    "acst": [570, "Australia/Adelaide"], "acdt": [630, "Australia/Adelaide"],
    "aest": [600, "Australia/Sydney"], "aedt": [660, "Australia/Sydney"],
    "aet": ["Australia/Sydney"],
    "nzst": [720, "Pacific/Auckland"], "nzdt": [780, "Pacific/Auckland"],
    "nzt": ["Pacific/Auckland"],
    "brt": [-180], "art": [-180], "clt": [-240, "America/Santiago"],
}

# "UTC+1", "GMT -05:30", "+0100", "UTC−3"
_OFFSET = re.compile(r"^(?:utc|gmt|ut)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$")
# Words that only dress a zone up: "Pacific Time", "CET (local time)".
_NOISE = re.compile(r"\b(?:standard|daylight|summer|winter|local|time|zone)\b")

_CITY_ZONES = None


def _city_zone(city):
    """A city tzdata names ('Berlin', 'Nairobi', 'New York') -> its zone, for
    "Nairobi time"; a city it does not name ('Geneva') stays unknown."""
    global _CITY_ZONES
    if _CITY_ZONES is None:
        _CITY_ZONES = {}
        for z in sorted(available_timezones()):
            last = z.rsplit("/", 1)[-1].replace("_", " ").casefold()
            _CITY_ZONES.setdefault(last, z)
    return _CITY_ZONES.get(city)


def format_offset(minutes):
    sign = "-" if minutes < 0 else "+"
    m = abs(minutes)
    return "%s%02d:%02d" % (sign, m // 60, m % 60)


def parse_offset(s):
    """'+01:00', '-0700', 'UTC+1', 'Z' -> minutes east of UTC, or None."""
    if s is None:
        return None
    t = s.strip().casefold().replace("\u2212", "-")
    if t in ("z", "utc", "gmt", "+00:00", "-00:00", "0"):
        return 0
    m = _OFFSET.match(t)
    if not m:
        return None
    sign = -1 if m.group(1) == "-" else 1
    return sign * (int(m.group(2)) * 60 + int(m.group(3) or 0))


def _iana_offset(name, when):
    try:
        z = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return int(when.replace(tzinfo=z).utcoffset().total_seconds() // 60)


def _readings(part):
    """Offsets (minutes) one zone string can mean, as a list of readings
    (fixed minutes or IANA names), or [] when unknown."""
    raw = part.strip()
    if not raw:
        return []
    if parse_offset(raw) is not None:
        return [parse_offset(raw)]
    if "/" in raw and re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+", raw):
        return [raw]
    key = _NOISE.sub(" ", raw.casefold())
    key = re.sub(r"[^a-z ]", " ", key)
    key = " ".join(key.split())
    if key in ALIASES:
        return ALIASES[key]
    city = _city_zone(key)
    return [city] if city else []


def offsets(zone, date, clock=None):
    """The set of offsets ('+01:00') the zone string can mean on date
    (YYYY-MM-DD) at local clock time (HH:MM, noon when unknown).  A string of
    several parts ("CET (UTC+1)", "ET/PT") gives the readings of each part."""
    if not zone:
        return set()
    try:
        day = dt.date.fromisoformat(date) if date else dt.date(2026, 1, 15)
    except ValueError:
        day = dt.date(2026, 1, 15)
    hh, mm = 12, 0
    if clock and re.fullmatch(r"\d{1,2}:\d{2}", clock):
        hh, mm = (int(x) for x in clock.split(":"))
        hh = min(hh, 23)
    when = dt.datetime(day.year, day.month, day.day, hh, mm)
    parts = [zone] + [p for p in re.split(r"[()/,;]| or ", zone) if p.strip()]
    found = set()
    for part in parts:
        for r in _readings(part):
            minutes = r if isinstance(r, int) else _iana_offset(r, when)
            if minutes is not None:
                found.add(format_offset(minutes))
    return found
