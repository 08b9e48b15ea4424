"""Dates and times as Danish minutes write them.

"27.02.2018", "7. september 2017", "Torsdag d.10.09.15.", "23.2.2017", "d. 07-06-2018",
"2018-02-27", "28. feb. 2019"; times "kl. 17.00 til 19.00", "Kl. 12.30 – 14.30", "16:00".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.lexicon import fold, load


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str
    has_year: bool


_NUMERIC = re.compile(r"(?<![\w,/-])(?<!\d\.)(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\w-]|[.,]\d)")
# "4/4-2018", "4/4 2018": day/month, then the year after a dash or a space
_SLASH_YEAR = re.compile(r"(?<![\w/-])(\d{1,2})/(\d{1,2})[- ](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORDY = re.compile(r"(?<!\d)(\d{1,2})\.?\s*(?:i\s+)?([A-Za-zæøåÆØÅ]{3,9})\.?(?:,?\s+(\d{4}))?(?!\w)")
_TIME_RANGE = re.compile(
    r"(?:\bkl\.?\s*)?(?<![\d.:])(\d{1,2})[.:](\d{2})\s*(?:-|–|—|til)\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?![\d.:]\d)",
    re.IGNORECASE,
)
# "kl. 19-21": whole hours after "kl."
_HOUR_RANGE = re.compile(r"\bkl\.?\s*(\d{1,2})\s*(?:-|–|til)\s*(\d{1,2})(?![\d.:])", re.IGNORECASE)
_TIME_SINGLE = re.compile(r"\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d)|(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def _year(raw: str) -> int:
    year = int(raw)
    return year + 2000 if year < 100 and year < 70 else (year + 1900 if year < 100 else year)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[FoundDate]:
    """Every date in `text`, in order of position. Dates without a year take `default_year`."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found  # cheap test first: every date has a digit

    def add(m: re.Match[str], iso: str | None, has_year: bool) -> None:
        if iso and not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(FoundDate(m.start(), m.end(), iso, has_year))
            taken.append((m.start(), m.end()))

    for m in _ISO.finditer(text):
        add(m, _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), True)
    for m in _SLASH_YEAR.finditer(text):
        add(m, _iso(int(m.group(3)), int(m.group(2)), int(m.group(1))), True)
    for m in _NUMERIC.finditer(text):
        add(m, _iso(_year(m.group(4)), int(m.group(3)), int(m.group(1))), True)
    months = load().months
    for m in _WORDY.finditer(text):
        month = months.get(fold(m.group(2)))
        if month is None:
            continue
        if m.group(3):
            add(m, _iso(int(m.group(3)), month, int(m.group(1))), True)
        elif default_year:
            add(m, _iso(default_year, month, int(m.group(1))), False)
    return sorted(found, key=lambda d: d.start)


def date_before(text: str, sent: str) -> FoundDate | None:
    """The first date without a year in `text`, dated in the year of `sent` (ISO), or the year before
    when it would fall after `sent`: a mail sent "3. april 2017" that thanks for "mødet (30. marts)"."""
    year = int(sent[:4])
    first = next((d for d in find_dates(text, default_year=year) if not d.has_year), None)
    if first is None or first.iso <= sent:
        return first
    return next((d for d in find_dates(text, default_year=year - 1) if d.start == first.start), None)


_DAY_MONTH = re.compile(r"(?<![\d.,/:-])(\d{1,2})\.(\d{1,2})\.?(?![\d.,:/-]?\d)")


def subject_date(subject: str, sent: str) -> FoundDate | None:
    """A day and month written in numbers in a mail's subject ("Referat fra landsbyrådsmødet 12.11"), dated in the
    year of `sent` (ISO), or the year before when it would fall after `sent`; None without one.

    >>> subject_date("SV: Referat fra mødet 12.11", "2012-11-14").iso, subject_date("Møde kl. 19.30", "2012-11-14")
    ('2012-11-12', None)
    """
    if (wordy := date_before(subject, sent)) is not None:
        return wordy
    m = _DAY_MONTH.search(subject)
    year = int(sent[:4])
    iso = _iso(year, int(m.group(2)), int(m.group(1))) if m else None
    if m is None or iso is None:
        return None
    iso = iso if iso <= sent else _iso(year - 1, int(m.group(2)), int(m.group(1)))
    return FoundDate(m.start(), m.end(), iso, False) if iso else None


def find_time_range(text: str) -> tuple[str | None, str | None]:
    """The first start and end time in `text` ("kl. 17.00 til 19.00" -> ("17:00", "19:00"))."""
    m = _TIME_RANGE.search(text)
    if m and int(m.group(1)) < 24 and int(m.group(3)) < 24:
        return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
    m = _HOUR_RANGE.search(text)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 24:
        return f"{int(m.group(1)):02d}:00", f"{int(m.group(2)):02d}:00"
    m = _TIME_SINGLE.search(text)
    if m:
        hour, minute = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(hour) < 24:
            return f"{int(hour):02d}:{minute or '00'}", None
    return None, None


# "Mødet sluttede kl. 21.40", "generalforsamlingen sluttede kl. 21.05", "Mødet blev hævet kl. 16.15": when it ended
_CLOSED_AT = re.compile(r"\b(?:mødet|generalforsamlingen|[a-zæøå]+mødet)\s+(?:sluttede|slut|afsluttedes|blev\s+afsluttet|"
                        r"blev\s+hævet|hævet|afsluttet)\s+(?:ca\.\s+)?kl\.?\s*(\d{1,2})(?:[.:](\d{2}))?\b", re.I)


def closing_time(text: str) -> str | None:
    """The time the minutes say the meeting ended ("Mødet sluttede kl. 21.40" -> "21:40"), or None.

    >>> closing_time("Tak for i aften. Mødet sluttede kl. 21.40."), closing_time("Næste møde kl. 19")
    ('21:40', None)
    """
    if "slut" not in text and "hævet" not in text and "afslut" not in text:  # cheap test first
        return None
    m = _CLOSED_AT.search(text)
    return f"{int(m.group(1)):02d}:{m.group(2) or '00'}" if m and int(m.group(1)) < 24 else None
