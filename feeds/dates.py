"""Feed dates (RFC 822 with named zones, ISO 8601, a few continental spellings) to aware UTC datetimes."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Literal

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Spanish outlets (Marca, Mundo Deportivo) and a few other continental spellings.
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9, "okt": 10, "dez": 12, "mai": 5, "mrz": 3,
    "janv": 1, "fév": 2, "févr": 2, "avr": 4, "juil": 7, "aoû": 8, "déc": 12, "gen": 1, "giu": 6,
    "lug": 7, "ott": 10,
}  # fmt: skip
_ZONES = {
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
    "bst": 60, "ist": 60, "west": 60, "cet": 60, "met": 60, "mez": 60,
    "cest": 120, "mest": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
    "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "acst": 570, "awst": 480, "nzst": 720, "nzdt": 780,
}  # fmt: skip
_RFC822 = re.compile(
    r"""(?:[^\W\d]{2,}\.?,?\s*)?                  # weekday, in any language, ignored
        (\d{1,2})[\s-]+([^\W\d]{3,})\.?[\s-]+(\d{2,4})      # day month year
        (?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)? # time
        \s*(?:([+-])(\d{1,2}):?(\d{2})?|\(?([A-Za-z]{1,5})\)?)?   # zone
    """,
    re.VERBOSE,
)
_ISO8601 = re.compile(
    r"""(\d{4})-?(\d{2})(?:-?(\d{2}))?
        (?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?
        \s*(?:(Z)|([+-])(\d{2}):?(\d{2})?|([A-Za-z]{2,5}))?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


def _build(
    year: int, month: int, day: int, hour: int, minute: int, second: int, offset_minutes: int
) -> datetime | None:
    if second == 60:  # leap second
        second = 59
    try:
        local = datetime(
            year, month, day, hour, minute, second, tzinfo=timezone(timedelta(minutes=offset_minutes))
        )
    except (ValueError, OverflowError):
        return None
    try:
        return local.astimezone(UTC)
    except OverflowError:
        return None


def _zone_offset(sign: str | None, hours: str | None, minutes: str | None, name: str | None) -> int:
    if sign:
        offset = int(hours or 0) * 60 + int(minutes or 0)
        return -offset if sign == "-" else offset
    if name:
        return _ZONES.get(name.lower(), 0)
    return 0


# The two spellings nearly every feed uses, read without the general expressions below:
# "Tue, 03 Jun 2025 13:27:45 GMT" (or "+0100") and "2025-06-03T13:27:45Z" (or "+01:00").
_RFC822_COMMON = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d\d?) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) (GMT|UTC|UT|Z|[+-]\d{4})"
)
_ISO_COMMON = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")


def _parse_common_date(text: str) -> datetime | Literal[False] | None:
    """:func:`parse_date` for the common spellings; ``False`` when ``text`` is not one of them."""
    rfc = _RFC822_COMMON.fullmatch(text)
    if rfc:
        day, month_name, year, hour, minute, second, zone = rfc.groups()
        month = _MONTHS.get(month_name.lower())
        if month is None:
            return None
        offset = 0 if zone[0] not in "+-" else int(zone[1:3]) * 60 + int(zone[3:5])
        if zone[0] == "-":
            offset = -offset
        year_n = int(year)
        if year_n < 100:  # "0025", as the general reading takes it
            year_n += 2000 if year_n < 50 else 1900
        if offset == 0 and second != "60":
            try:
                return datetime(year_n, month, int(day), int(hour), int(minute), int(second), tzinfo=UTC)
            except ValueError:
                return None
        return _build(year_n, month, int(day), int(hour), int(minute), int(second), offset)
    if _ISO_COMMON.fullmatch(text):
        try:
            return datetime.fromisoformat(text).astimezone(UTC)
        except (ValueError, OverflowError):  # a leap second or an impossible date: the long way
            return False
    return False


def parse_date(value: str | None) -> datetime | None:
    """An aware UTC datetime from an RFC 822 or ISO 8601 / W3C-DTF date; ``None`` when unreadable.

    Named zones (GMT, BST, EST, CET, PDT…) are mapped here, since the standard library knows only
    the US ones; an unknown zone or none at all is read as UTC.
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 80:
        return None
    common = _parse_common_date(text)
    if common is not False:
        return common
    iso = _ISO8601.match(text)
    if iso:
        year, month, day, hour, minute, second, z, sign, oh, om, name = iso.groups()
        offset = 0 if z else _zone_offset(sign, oh, om, name)
        return _build(
            int(year), int(month), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0), offset
        )
    rfc = _RFC822.search(text)
    if rfc:
        day, month_name, year, hour, minute, second, sign, oh, om, name = rfc.groups()
        month = _MONTHS.get(month_name.lower()[:4]) or _MONTHS.get(month_name.lower()[:3])
        if month is None:
            return None
        year_n = int(year)
        if year_n < 100:
            year_n += 2000 if year_n < 50 else 1900
        return _build(
            year_n,
            month,
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            _zone_offset(sign, oh, om, name),
        )
    return None


parse_date_cached = functools.lru_cache(maxsize=8192)(parse_date)


def parse_published(value: object) -> datetime | None:
    """A JSON line's publication time ("2025-08-02" or ISO 8601), read as a feed's date is; ``None`` when
    absent or not a date (it only dates the item: moves the text dates to an earlier year are background)."""
    return parse_date(value) if isinstance(value, str) else None
