"""The header of a set of minutes: date, time, place, body and municipality.

Header fields come as "Label value", "Label: value" or "Label<TAB>value" lines, or inside a
title line ("Referat fra møde i Integrationsrådet Lyngby-Taarbæk Kommune"). The people lists are
read by `ingest.sections`.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Mapping, TypeVar

from ingest.body_places import PAGE_WORDS, place_after
from ingest.dates import date_before, find_dates, find_time_range, subject_date
from ingest.meeting_body import assembly_body, title_body as meeting_title_body
from ingest.meeting_titles import titled_meeting_body
from ingest.letterhead_board import letterhead_board
from ingest.lexicon import fold, load
from ingest.model import Evidence, Header, Line
from ingest.municipality import named_municipality

T = TypeVar("T")
_FIELDS_BELOW = frozenset(("date", "time", "location"))
_LONGEST_LABEL = 20  # characters: a longer line is no label alone
_TITLE_WORDS = ("referat", "beslutningsprotokol", "mødereferat", "protokol", "dagsorden")
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéüÜöÖäÄ][\w\-]*")
_DECOR = re.compile(r"^[\s>*#•\-–]+|[\s*]+$")
_DOT_LEADER = re.compile(r"(?:\s*\.{4,}|\s+\.{2,3})\s+(?=[A-ZÆØÅ])")
# "Rådet for Ældre og Handicappede"; in lower case only when it ends the title ("Dialogforum for
# frivilligt socialt arbejde")
# "Lokalrådet for Nexø og omegn": a place "og omegn"/"og opland" is one name
# "Styregruppen for Boligsocial helhedsplan Køge Sydvest": one lower-case word between capitalised ones;
# "Netværket for Flygtningevenner i Helsingør": the place it serves
# "Netværk for frivillige i udsatte boligområder i Herlev": lower-case words, then the place it serves
# "Styregruppen for Den boligsociale helhedsplan Kær og Nørager 2022–2025": two lower-case words, and the period
# "Følgegruppen for projekt "Grøn Ungdom i Tønder"": a quoted name after its kind
_BODY_COMPLEMENT = re.compile(r"\s+for\s+((?:[a-zæøå]+\s+)?[\"“][^\"”\n]{2,80}[\"”]|(?:[A-ZÆØÅ][\w\-]*\s*(?:og\s+(?:omegn|opland)\b|og\s+|i\s+(?=[A-ZÆØÅ])"
                              r"|(?:mod|om|til|med|mellem)\s+(?=[A-ZÆØÅ])"  # "Partnerskab mod Ensomhed i Faxe"
                              r"|(?:[a-zæøå][\w\-]{3,}\s+){1,2}(?=[A-ZÆØÅ]))?)+(?:\d{4}(?:[–-]\d{2,4})?\b)?"
                              r"|[a-zæøå][a-zæøå\- ]{2,60}(?:\si\s[A-ZÆØÅ][\w\-]*)?$)")
# "Mødet blev holdt mandag d. 2/10-2017 kl. 19-21 i Medborgerhuset, Viborg": the place in a sentence
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÆØÅ])")
# "… kl. 19.00 i Aakirkeby Forsamlingshus", "… kl. 16.00–18.00 i Frivilligcentret, Jernbanegade 6": after "i" too
_AFTER_TIME = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\s*,|\s*(?:[-–]\s*\d{1,2}"
                         r"(?:[.:]\d\d)?\s*)?\si)\s+([A-ZÆØÅ][^\n]{2,80}?)\.?\s*$")
_OF_MUNICIPALITY = re.compile(r"\s+i\s+[A-ZÆØÅ][\w\-]*\s+[Kk]ommune\s*$")
_AT_INSTITUTION = re.compile(r"\s+(ved|på)\s+([A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*){0,3})")
_HELD_IN = re.compile(
    r"\b(?:holdt|afholdt|holdes|afholdes|foregik|foregår|fandt sted|finder sted)\b[^\n]*?\s(?:i|på)\s+"
    r"([A-ZÆØÅ][^\n]{2,80}?)(?:,\s+og\s[^\n]*)?\.?\s*$"  # "på Vestervej 4, og ud over ham deltog": a new clause
)


@functools.lru_cache(maxsize=8192)  # each header line is cleaned by several of the readers below
def clean_line(text: str) -> str:
    # what `_DECOR.sub("", …)` cuts, by strips (`\s` is what `str.strip` takes): the longest run of its first
    # alternative's characters at the start, then of spaces and "*" at the end (the pattern tries that at each space)
    cleaned = text.replace("**", "")
    while (cut := cleaned.lstrip().lstrip(">*#•-–")) != cleaned:
        cleaned = cut
    while (cut := cleaned.rstrip().rstrip("*")) != cleaned:
        cleaned = cut
    # "Formand ........ Ane Kleist, Nuuk": a label and its value joined by a dot leader (a contents row's page number
    # after its leader is no value)
    return _DOT_LEADER.sub(": ", cleaned) if ".." in cleaned else cleaned


def as_label_line(cleaned: str) -> str:
    """A Markdown table's row of two cells as the label line it stands for ("| Tid | Kl. 17.00 |" → "Tid: Kl. 17.00").

    >>> as_label_line("| Referent | Tine Rask |"), as_label_line("Referent: Tine Rask")
    ('Referent: Tine Rask', 'Referent: Tine Rask')
    """
    if cleaned[:1] != "|" or cleaned.count("|") != 3:  # cheap test first
        return cleaned
    label, value = (cell.strip() for cell in cleaned.strip("|").split("|"))
    return f"{label}: {value}" if label and value and ":" not in label else cleaned


def _labelled(cleaned: str, table: Mapping[str, T]) -> tuple[T, str, str] | None:
    """(entry, label, rest) when the line is "Label: rest" or "Label<TAB>rest" with a label of `table`."""
    for sep in (":", "\t"):
        if sep in cleaned:
            label, _, rest = cleaned.partition(sep)
            if fold(label.strip()) in table:
                return table[fold(label.strip())], label.strip(), rest.strip()
    return None


@functools.lru_cache(maxsize=8192)  # read for each header line by both `parse_header` and `parse_sections`
def label_value(text: str) -> tuple[str, str] | None:
    """("date", "27.02.2018") for "Mødedato 27.02.2018" or "| Mødedato | 27.02.2018 |"; None when the line has no
    known label."""
    labels = load().header_labels
    cleaned = clean_line(text)
    found = _labelled(as_label_line(cleaned), labels)
    if found:
        return found[0], found[2]
    words = cleaned.split()
    for n in (2, 1):  # "Møde dato 3/4", "Mødested Rådhuset"
        if len(words) > n and fold(" ".join(words[:n])) in labels:
            return labels[fold(" ".join(words[:n]))], " ".join(words[n:])
    return None


def _value_below(lines: list[Line], i: int) -> tuple[tuple[str, str], Line] | None:
    """A date, time or place label alone on its line with its value on the next, as a definition list
    or a one-cell-per-line table writes it ("Mødedato" / "Onsdag den 4. oktober 2017"): (field, value)
    and the value's line."""
    cleaned = clean_line(lines[i].text).rstrip(":")
    field = load().header_labels.get(fold(cleaned)) if len(cleaned) <= _LONGEST_LABEL else None
    if field not in _FIELDS_BELOW or i + 1 >= len(lines) or label_value(lines[i + 1].text) is not None:
        return None
    value = clean_line(lines[i + 1].text)
    return ((field, value), lines[i + 1]) if value else None


def _at_institution(text: str, end: int) -> re.Match[str] | None:
    """The institution a body sits at, after its name: "Brugerrådet ved Aktivitetscentret Hårlev",
    "Pårørenderådet ved Plejecenter Solhøj", "Brugerrådet på Plejecenter Kildebjerg"; a person after "ved" ("ved
    Kirsten Holm") is none, nor a place after "på" that is no institution ("på Rådhuset")."""
    from ingest.extract.names import looks_like_name  # the name tests live with the extractor

    m = _AT_INSTITUTION.match(text, end) if " ved " in text or " på " in text else None
    if m and m.group(1) == "på" and not any(map(load().kind_by_suffix, m.group(2).split())):  # "på Ydby Aktivitetscenter"
        return None
    return m if m and not looks_like_name(m.group(2)) else None


_SMALL_WORDS = frozenset({"i", "af", "for", "og", "med", "på", "til", "om", "den", "det", "de", "fra", "ved"})


def _body_in(text: str) -> str | None:
    """The body named in a title or field: the word ending like a council or forum, with its complement (a title in
    capitals is read with its small words in lower case: "REFERAT AF MØDE I MARSTAL LOKALRÅD")."""
    if text.isupper():
        text = " ".join(w.lower() if fold(w) in _SMALL_WORDS else w for w in text.split(" "))
    lex = load()
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        key = fold(m.group())
        if key in PAGE_WORDS or key in lex.municipalities:
            continue
        # "Seniorrådets møde nr. 4": a body named in the genitive is the body
        genitive = key.endswith("s") and any(key[:-1].endswith(w) for w in lex.body_words)
        article = _article_before(text, words[:i])
        if (genitive or any(key.endswith(w) for w in lex.body_words)) and (m.group()[0].isupper() or article):
            start, end = m.start(), m.end() - (1 if genitive and not key.endswith(lex.body_words) else 0)
            if article is not None:
                return text[article:end].strip()  # "af møde i Den boligsociale bestyrelse"
            if i >= 2 and words[i - 1].group() == "og" and words[i - 2].group().endswith("-"):
                start = words[i - 2].start()  # "Beskæftigelses- og Integrationsudvalget"
            start = _place_before(text, words[:i], start)
            tail = _BODY_COMPLEMENT.match(text, end) or _at_institution(text, end)
            end = tail.end() if tail else place_after(text, end)  # "… i Thisted", "Landsbyforum Vest"
            # a title that is the name: "Integrationsnetværket i Varde Kommune" (not "Referat fra møde i …" over one)
            whole = _OF_MUNICIPALITY.match(text, end) if not text[:start].strip() and not tail else None
            return text[start : whole.end() if whole else end].strip()
    return None


def _article_before(text: str, words: list[re.Match[str]]) -> int | None:
    """Where a body named in lower case starts, when "Den"/"Det" and its adjectives lead it
    ("Den boligsociale bestyrelse", "Det lokale beskæftigelsesråd"); None otherwise."""
    for back, m in enumerate(reversed(words[-4:])):
        if m.group() in ("Den", "Det"):
            return m.start() if back >= 1 else None
        if not m.group().islower():
            return None
    return None


def _place_before(text: str, words: list[re.Match[str]], start: int) -> int:
    """Where a body's name starts when a place name leads it ("bestyrelsesmøde i Hvide Sande Lokalråd"):
    the capitalised words right before it, up to a lowercase word or a title word."""
    for m in reversed(words):
        between = text[m.end() : start]
        if between.strip() or not m.group()[0].isupper() or fold(m.group()) in _TITLE_WORDS + ("møde",):
            break
        start = m.start()
    return start


def parse_header(lines: list[Line], text: str) -> Header:
    """Date, times, location, body and municipality from the header lines (and the text as fallback)."""
    fields: dict[str, tuple[Line, str]] = {}
    title_body = None
    sent_lines = []  # every "Sendt:" of a mail forwarded once or more ("> Sendt: 28. april 2023 21:40")
    for i, line in enumerate(lines):
        lv = label_value(line.text)
        if lv is None and (below := _value_below(lines, i)) is not None:
            lv, line = below
        # "Møde tirsdag den 16. september 2014 kl. 17.00": the "Møde" label then dates the meeting, names no body
        if lv and lv[0] == "body" and find_dates(lv[1]):
            lv = None
        if lv and lv[0] not in fields and lv[1]:
            fields[lv[0]] = (line, lv[1])
        if lv and lv[0] == "sent":
            sent_lines.append(line)
        # not a web page's breadcrumb ("Forside › Politik › Råd og nævn › Handicaprådet › Referater 2023")
        if title_body is None and any(map(fold(line.text).__contains__, _TITLE_WORDS)) \
                and not _BREADCRUMB.search(line.text):
            title_body = _body_in(clean_line(line.text))
    date_line = fields.get("date", (None, ""))[0]
    # minutes sent as an email: "Sendt: 18. marts 2014 09:12" dates the email, not the meeting
    sent_line = fields.get("sent", (None, ""))[0]
    # "Udgivet 11. oktober 2017 af webredaktøren": a web page's publishing date, not the meeting's
    published = fields.get("published", (None, ""))[0]
    # (by identity: the lines of one text differ in their starts, so a line equals only itself; `in` would call the
    # dataclass's __eq__ for each other line)
    ordered = ([date_line] if date_line else []) + [ln for ln in lines if ln is not date_line and ln is not published
                                                    and (not sent_lines or ln not in sent_lines)]
    date, evidence, dated_line = None, None, None
    for n, line in enumerate(ordered):
        found = find_dates(line.text)
        # a letter's "Herning, 4. april 2019" above "Referat af bestyrelsesmødet tirsdag den 2. april 2019"
        if found and _LETTER_DATE.match(clean_line(line.text)) and any(
                fold(clean_line(later.text)).startswith(_TITLE_WORDS) and find_dates(later.text)
                for later in ordered[n + 1:]):
            continue
        if found:
            d = found[0]
            date, evidence = d.iso, Evidence(line.start + d.start, line.start + d.end, line.text[d.start : d.end])
            dated_line = line
            break
    sent = find_dates(sent_line.text) if sent_line is not None else []
    subject_line = fields.get("subject", (None, ""))[0]
    mailed = subject_date(subject_line.text, sent[0].iso) if sent and subject_line is not None else None
    if mailed is not None and subject_line is not None and mailed.iso != date:  # "Emne: Referat fra mødet 12.11"
        date, dated_line, text_at = mailed.iso, subject_line, subject_line.text[mailed.start : mailed.end]
        evidence = Evidence(subject_line.start + mailed.start, subject_line.start + mailed.end, text_at)
    sent = sent if date is None else []
    for line in ordered if sent else ():  # a mail: "tak for mødet i torsdags (30. marts)", the year of sending
        mailed = date_before(line.text, sent[0].iso)
        if mailed is not None:
            date, dated_line = mailed.iso, line
            evidence = Evidence(line.start + mailed.start, line.start + mailed.end, line.text[mailed.start : mailed.end])
            break
    if date is None:  # no date in the header: the first full date anywhere
        found = find_dates(text)
        if found:
            d = found[0]
            date, evidence = d.iso, Evidence(d.start, d.end, text[d.start : d.end])
    start = end = None
    for key in ("time", "date"):
        if key in fields:
            start, end = find_time_range(fields[key][1])
            if start:
                break
    if start is None and dated_line is not None:  # "Referat af møde tirsdag den 12. marts 2019 kl. 16.00-18.00"
        start, end = find_time_range(dated_line.text)
    under = _line_under(lines, dated_line)
    if start is None and under is not None and _TIME_LEAD.match(clean_line(under.text)):
        start, end = find_time_range(under.text)  # "Kl. 9.30–11.30 · Houlkær Medborgerhus, …" under the date
    body = _body_in(fields["body"][1]) or fields["body"][1] if "body" in fields else None
    subject = fields["subject"][1] if "subject" in fields else ""
    # "Bestyrelsesmøde i Frivilligcenter X" over the fields: the board of that association
    top = [clean_line(line.text) for line in lines[:10]]  # (cleaned once: clean_line is pure)
    on_top = next((b for t in top[:8] if (b := meeting_title_body(t))), None) \
        or assembly_body(top) or letterhead_board(top[:8])  # "Frivilligcenter X · Bestyrelsen"
    named = body or title_body or on_top
    top_body = _body_on_top(lines) if not named or " " not in named else None  # (only a one-word name may grow)
    body = (named or top_body or _body_in(subject) or _subject_meeting(subject)
            or titled_meeting_body(top) or _meeting_title(lines) or _most_named_body(text))
    if top_body and body and top_body.startswith(body + " "):  # "møde i Brugerrådet" under "Brugerrådet ved Randers …"
        body = top_body
    location = (fields["location"][1] if "location" in fields else _location_in_sentence(lines)
                or _address_under(under))
    return Header(date=date, start_time=start, end_time=end, location=clean_line(location) if location else None,
                  body=_cased(body) if body else None, municipality=named_municipality(lines, text), date_evidence=evidence)


def _cased(body: str) -> str:
    """A body's name as written in running text, when a title wrote it in capitals ("GLOSTRUP UNGERÅD" → "Glostrup
    Ungeråd"); a short word in capitals stays an abbreviation ("DH", "FOU"). Small words the title reader put in lower
    case count as capitals ("BRUGERRÅDET for AKTIVITETSCENTRET KÆRHOLM")."""
    if not all(w.isupper() or w in _SMALL_WORDS for w in body.split(" ")) or body.islower():
        return body
    return " ".join(w if len(w) <= 3 else w[:1] + w[1:].lower() for w in body.split(" "))


_BREADCRUMB = re.compile(r"(?:\s[›»>]\s.*){2}")  # two steps of a web page's path
# a letter's place and date, alone on the line: "Herning, 4. april 2019"
_LETTER_DATE = re.compile(r"^[A-ZÆØÅ][\w\-]+(?:\s[A-ZÆØÅ][\w\-]+)?,\s*(?:den\s+)?\d{1,2}\.\s*[^\W\d]+\.?\s+\d{4}$")
# a time range leading a line, parted from what follows: "Kl. 9.30–11.30 · Houlkær Medborgerhus, …"
_TIME_LEAD = re.compile(r"^kl\.?\s*\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[·|,]|\s[-–])\s*", re.I)
# a place with its street address: "Tranebjerg Medborgerhus, Søtofte 10, Tranebjerg", "Rådhuset, Solrød Center 1"
_ADDRESS = re.compile(r"^[A-ZÆØÅ][^:\n]{2,40},\s*[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ]?[\w\-.]+){0,3}\s+\d{1,3}[A-Za-z]?\b[^:\n]{0,50}$")


def _address_under(below: Line | None) -> str | None:
    """The line right under the meeting's date line (`below`), when it is a place with a street address and no label."""
    text = _TIME_LEAD.sub("", clean_line(below.text)) if below is not None else ""  # after "Kl. 9.30–11.30 · "
    return text if _ADDRESS.match(text) else None


def _line_under(lines: list[Line], dated_line: Line | None) -> Line | None:
    """The first filled line under the meeting's date line."""
    if dated_line is None:
        return None
    return next((line for line in lines if line.start > dated_line.start and line.text.strip()), None)


def _location_in_sentence(lines: list[Line]) -> str | None:
    """Where the meeting was held, when a header sentence says so rather than a "Sted:" field, or
    after the time on the date line ("Onsdag den 15. november 2023 kl. 14.00-16.00, Rådhuset")."""
    for line in lines:
        m = _HELD_IN.search(clean_line(line.text)) or _AFTER_TIME.search(clean_line(line.text))
        # "Outrup Hallens cafeteria. Der kom 85 borgere"; not a place broken over a PDF's line ("Kulturhuset Rosen-")
        if m and not (place := _SENTENCE_END.split(m.group(1), 1)[0]).endswith("-"):
            return place
    return None


_SUBJECT_LEAD = re.compile(r"^(?:(?:re|sv|fw|fwd|vs)\s*:\s*)*(?:referat|mødereferat)\s*(?::|af|fra)?\s*", re.I)


def _subject_meeting(subject: str) -> str | None:
    """A meeting named by what it is in an email's subject, after "Referat:" and before its date:
    "Referat: Netværksmøde om unge og fritidsjob, 10. oktober" -> "Netværksmøde om unge og fritidsjob".

    >>> _subject_meeting("Re: Referat: Temamøde om stier, 3. maj"), _subject_meeting("Frokost fredag")
    ('Temamøde om stier', None)
    """
    rest = _SUBJECT_LEAD.sub("", clean_line(subject)).strip()
    rest = re.split(r",|\s[-–]\s|\s+(?:den|d\.)\s+\d|\s+\d{1,2}\.", rest, maxsplit=1)[0].strip()
    first = fold(rest.split()[0]) if rest else ""
    return rest if first.endswith("møde") and len(first) > 4 and not find_dates(rest) else None


def _meeting_title(lines: list[Line]) -> str | None:
    """A meeting titled by what it is, under "Referat" ("Netværksmøde for frivillige foreninger …"),
    when no council or forum is named anywhere."""
    titled = False
    for line in lines:
        cleaned = clean_line(line.text)
        if not cleaned:
            continue  # "REFERAT", a blank line, then the title
        if titled:
            first = fold(cleaned.split()[0])
            return cleaned if first.endswith("møde") and len(first) > 4 and not label_value(line.text) else None
        titled = fold(cleaned) in _TITLE_WORDS
    return None


_TITLE_PARTS = re.compile(r"\s+[-–—|:·•]\s+|\s*[,|]\s*")
# "Randers Kommune · Frivilligforum Randers", a PDF letterhead "TÅRNBY KOMMUNE        Folkeoplysningsudvalget":
# a title line of parts
_PART_SEPARATOR = re.compile(r"\s[·•|]\s| {3,}")


def _body_on_top(lines: list[Line], count: int = 5) -> str | None:
    """A body named by the first lines, above or right under the "Referat" title, and not a field
    ("Folkeoplysningsudvalget" / "Referat", "# Børne- og Ungerådet i X Kommune" / "## Referat")."""
    filled = [clean_line(line.text) for line in lines if clean_line(line.text)][:count]
    for text in filled:
        if label_value(text):
            break  # the fields start: the title is above them
        # "HJØRRING KOMMUNE - ÆLDRERÅDET": a title line of parts; the body is the part that names one
        for part in _TITLE_PARTS.split(text) if text.isupper() else ():
            if len(part.split()) <= 4 and _body_in(_title_cased(part)):
                return _title_cased(part)  # "FORENINGSNETVÆRKET NORDALS": a title line that is the body's name
            # "NETVÆRKET FOR FLYGTNINGEVENNER I HELSINGØR": a longer title that starts with the body's name
            found = _body_in(_title_cased(part)) if len(part.split()) <= 8 else None
            if found and _title_cased(part).startswith(found) and " for " in found:
                return found
        # "Randers Kommune · Frivilligforum Randers": the part that names a body is its whole name
        for part in _PART_SEPARATOR.split(text) if _PART_SEPARATOR.search(text) else ():
            if len(part.split()) <= 4 and _body_in(part) and "kommune" not in fold(part):
                return part.strip()
        if found := _body_in(text):
            return found
    return None


_LOWER_WORDS = frozenset(("og", "i", "for", "på", "af"))


def _title_cased(text: str) -> str:
    """An all-capitals title as a name is written: "ÆLDRERÅDET I VESTBY" -> "Ældrerådet i Vestby";
    short words that are no connector stay capitals ("FDF")."""
    words = []
    for word in text.split():
        low = word.lower()
        words.append(low if low in _LOWER_WORDS else word if len(word) <= 3 else "-".join(
            part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _most_named_body(text: str) -> str | None:
    """The council or forum word written most; the bare generic "Udvalget", "Rådet" names no body."""
    lex = load()
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        key = fold(m.group())
        if m.group()[0].isupper() and key.endswith(lex.body_words) and key not in lex.generic_org_words \
                and key not in lex.body_words:
            counts[m.group()] += 1
    return counts.most_common(1)[0][0] if counts else None
