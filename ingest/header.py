"""The header of a set of minutes: date, time, place, body, municipality, and the people lists.

Header fields come as "Label value", "Label: value" or "Label<TAB>value" lines, or inside a
title line ("Referat fra møde i Integrationsrådet Lyngby-Taarbæk Kommune"). People lists come
under headings from `data/lexicon/headings.tsv`, inline ("Netværket: Ulla, Sten") or as blocks.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Mapping, TypeVar

from ingest.dates import find_dates, find_time_range
from ingest.lexicon import fold, load
from ingest.model import Evidence, Header, Line, ParticipantSection

T = TypeVar("T")
_TITLE_WORDS = ("referat", "beslutningsprotokol", "mødereferat", "protokol", "dagsorden")
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéüÜöÖäÄ][\w\-]*")
_CAPITALISED = re.compile(r"[A-ZÆØÅ][\w]*(?:-[A-ZÆØÅ][\w]*)?")
_DECOR = re.compile(r"^[\s>*#•\-–]+|[\s*]+$")
_BODY_COMPLEMENT = re.compile(r"\s+for\s+((?:[A-ZÆØÅ][\w\-]*\s*(?:og\s+)?)+)")
_LABELLED_GROUP = re.compile(r"^\s*([A-ZÆØÅ][\w\-]*(?:\s+[\w\-]+){0,4})\s*:\s*(.+)$")
_GROUP_SEPARATOR = re.compile(r",|\bog\b|&")
_PAREN_NOTE = re.compile(r"\s*\([^()]*\)")
_BROKEN_WORD = re.compile(r"\w-$")
# a heading inside a list paragraph, after the end of a sentence: "…, Mette Holm. Afbud: Erik Skov"
_INLINE_HEADING = re.compile(r"(?<=[.;])\s+(?=[A-ZÆØÅ][\w ]{1,40}:)")
# "Mødet blev holdt mandag d. 2/10-2017 kl. 19-21 i Medborgerhuset, Viborg": the place in a sentence
_HELD_IN = re.compile(
    r"\b(?:holdt|afholdt|holdes|afholdes|foregik|foregår|fandt sted|finder sted)\b[^\n]*?\s(?:i|på)\s+"
    r"([A-ZÆØÅ][^\n]{2,80}?)\.?\s*$"
)
_GROUP_NAME = re.compile(r"[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-.]*){0,3}")


@functools.lru_cache(maxsize=8192)  # each header line is cleaned by several of the readers below
def _clean(text: str) -> str:
    return _DECOR.sub("", text.replace("**", "")).strip()


def _labelled(cleaned: str, table: Mapping[str, T]) -> tuple[T, str, str] | None:
    """(entry, label, rest) when the line is "Label: rest" or "Label<TAB>rest" with a label of `table`."""
    for sep in (":", "\t"):
        if sep in cleaned:
            label, _, rest = cleaned.partition(sep)
            if fold(label.strip()) in table:
                return table[fold(label.strip())], label.strip(), rest.strip()
    return None


@functools.lru_cache(maxsize=8192)  # read for each header line by both `parse_header` and `parse_sections`
def _label_value(text: str) -> tuple[str, str] | None:
    """("date", "27.02.2018") for "Mødedato 27.02.2018"; None when the line has no known label."""
    labels = load().header_labels
    cleaned = _clean(text)
    found = _labelled(cleaned, labels)
    if found:
        return found[0], found[2]
    words = cleaned.split()
    for n in (2, 1):  # "Møde dato 3/4", "Mødested Rådhuset"
        if len(words) > n and fold(" ".join(words[:n])) in labels:
            return labels[fold(" ".join(words[:n]))], " ".join(words[n:])
    return None


def _body_in(text: str) -> str | None:
    """The body named in a title or field: the word ending like a council or forum, with its complement."""
    lex = load()
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        key = fold(m.group())
        if key in ("referat", "dagsorden", "kommune", "møde", "mødet") or key in lex.municipalities:
            continue
        # "Seniorrådets møde nr. 4": a body named in the genitive is the body
        genitive = key.endswith("s") and any(key[:-1].endswith(w) for w in lex.body_words)
        if (genitive or any(key.endswith(w) for w in lex.body_words)) and m.group()[0].isupper():
            start, end = m.start(), m.end() - (1 if genitive and not key.endswith(lex.body_words) else 0)
            if i >= 2 and words[i - 1].group() == "og" and words[i - 2].group().endswith("-"):
                start = words[i - 2].start()  # "Beskæftigelses- og Integrationsudvalget"
            start = _place_before(text, words[:i], start)
            tail = _BODY_COMPLEMENT.match(text, end)
            if tail:
                end = tail.end()
            return text[start:end].strip()
    return None


@functools.lru_cache(maxsize=100_000)
def _may_name_municipality(word: str) -> bool:
    """Whether a capitalised word, or the word without a genitive "s", is a municipality's name."""
    municipalities = load().municipalities
    return fold(word) in municipalities or (word.endswith("s") and fold(word[:-1]) in municipalities)


def _place_before(text: str, words: list[re.Match[str]], start: int) -> int:
    """Where a body's name starts when a place name leads it ("bestyrelsesmøde i Hvide Sande Lokalråd"):
    the capitalised words right before it, up to a lowercase word or a title word."""
    for m in reversed(words):
        between = text[m.end() : start]
        if between.strip() or not m.group()[0].isupper() or fold(m.group()) in _TITLE_WORDS + ("møde",):
            break
        start = m.start()
    return start


def _municipality(lines: list[Line], text: str) -> str | None:
    """The municipality named most, with the title, header and "X Kommune" phrases weighing more."""
    lex = load()
    votes: Counter[str] = Counter()
    header = "\n".join(line.text for line in lines)
    if text.startswith(header) and text[len(header) : len(header) + 1] in ("", "\n"):
        scans = [(text, len(header), 1)]  # the header is the text's first lines: one scan counts both
    else:
        scans = [(header, len(header), 0), (text, 0, 1)]
    for source, header_end, text_weight in scans:  # a name in the header weighs 4, in the text 1
        # most capitalised words name no municipality: test each distinct word once, then find
        # only the few that may
        named = {word for word in set(_CAPITALISED.findall(source)) if _may_name_municipality(word)}
        for start, word in sorted((at, word) for word in named for at in _capitalised_at(source, word)):
            end = start + len(word)
            before = source[max(0, start - 30) : start].split()
            if before and before[-1][:1].isupper() and fold(before[-1]) in lex.first_names:
                continue  # "Asmund Greve": a surname, not the municipality
            mun = lex.municipalities.get(fold(word))
            follows = source[end : end + 9].lower()
            if mun is None and word.endswith("s") and follows.startswith(" kommune"):
                mun = lex.municipalities.get(fold(word[:-1]))
            if mun is not None:
                weight = (4 if end <= header_end else 0) + text_weight
                votes[mun.name] += weight * (3 if follows.startswith(" kommune") else 1)
    return votes.most_common(1)[0][0] if votes else None


def _capitalised_at(source: str, word: str) -> list[int]:
    """Where `_CAPITALISED.finditer(source)` finds `word`, found without scanning all of `source`.

    A capitalised word holds letters, digits, "_" and "-" only, so a scan that starts after any
    other character is where a scan of the whole text is; each place `word` is written is
    checked by such a scan from the start of its run of word characters.
    """
    found = []
    at = source.find(word)
    while at >= 0:
        run = at
        while run > 0 and (source[run - 1].isalnum() or source[run - 1] in "_-"):
            run -= 1
        for m in _CAPITALISED.finditer(source, run):
            if m.start() >= at:
                if m.start() == at and m.end() == at + len(word):
                    found.append(at)
                break
        at = source.find(word, at + 1)
    return found


def parse_header(lines: list[Line], text: str) -> Header:
    """Date, times, location, body and municipality from the header lines (and the text as fallback)."""
    fields: dict[str, tuple[Line, str]] = {}
    title_body = None
    for line in lines:
        lv = _label_value(line.text)
        if lv and lv[0] not in fields and lv[1]:
            fields[lv[0]] = (line, lv[1])
        if title_body is None and any(w in fold(line.text) for w in _TITLE_WORDS):
            title_body = _body_in(_clean(line.text))
    date_line = fields.get("date", (None, ""))[0]
    ordered = ([date_line] if date_line else []) + [ln for ln in lines if ln is not date_line]
    date, evidence, dated_line = None, None, None
    for line in ordered:
        found = find_dates(line.text)
        if found:
            d = found[0]
            date, evidence = d.iso, Evidence(line.start + d.start, line.start + d.end, line.text[d.start : d.end])
            dated_line = line
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
    body = _body_in(fields["body"][1]) or fields["body"][1] if "body" in fields else None
    body = body or title_body or _most_named_body(text) or _meeting_title(lines)
    location = fields["location"][1] if "location" in fields else _location_in_sentence(lines)
    return Header(
        date=date,
        start_time=start,
        end_time=end,
        location=_clean(location) if location else None,
        body=body,
        municipality=_municipality(lines, text),
        date_evidence=evidence,
    )


def _location_in_sentence(lines: list[Line]) -> str | None:
    """Where the meeting was held, when a header sentence says so rather than a "Sted:" field."""
    for line in lines:
        m = _HELD_IN.search(_clean(line.text))
        if m:
            return m.group(1)
    return None


def _meeting_title(lines: list[Line]) -> str | None:
    """A meeting titled by what it is, under "Referat" ("Netværksmøde for frivillige foreninger …"),
    when no council or forum is named anywhere."""
    titled = False
    for line in lines:
        cleaned = _clean(line.text)
        if titled and cleaned:
            first = fold(cleaned.split()[0])
            return cleaned if first.endswith("møde") and len(first) > 4 and not _label_value(line.text) else None
        titled = fold(cleaned) in _TITLE_WORDS
    return None


def _most_named_body(text: str) -> str | None:
    lex = load()
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        if m.group()[0].isupper() and fold(m.group()).endswith(lex.body_words):
            counts[m.group()] += 1
    return counts.most_common(1)[0][0] if counts else None


def _known_heading(label: str) -> tuple[str, str] | None:
    """(kind, heading) for a people-list heading, also when a verb follows it ("Fra administrationen
    deltog"): the heading is then the words before the verb."""
    lex = load()
    label = label.strip().rstrip(":").strip()
    key = fold(label)
    if key in lex.headings:
        return lex.headings[key].kind, label
    for verb in lex.heading_verbs:
        if key.endswith(" " + verb):
            head = label[: len(label) - len(verb)].strip()
            if fold(head) in lex.headings:
                return lex.headings[fold(head)].kind, head
    return None


def _heading(text: str) -> tuple[str, str, str] | None:
    """(kind, heading, rest) when the line starts with a people-list heading."""
    cleaned = _clean(text)
    for sep in (":", "\t"):
        if sep in cleaned:
            label, _, rest = cleaned.partition(sep)
            found = _known_heading(label)
            if found:
                return found[0], found[1], rest.strip()
    found = _known_heading(cleaned)
    return (found[0], found[1], "") if found else None


def _labelled_group(text: str) -> tuple[str, str] | None:
    """("Rudersdal Kommune", "Jamila og Caroline") for an organisation-labelled line of first names."""
    cleaned = _clean(text)
    if ":" not in cleaned:
        return None
    m = _LABELLED_GROUP.match(cleaned)
    if not m or fold(m.group(1)) in load().header_labels:
        return None
    names = [_PAREN_NOTE.sub("", n).strip() for n in _GROUP_SEPARATOR.split(m.group(2)) if n.strip()]
    lex = load()
    if names and all(_GROUP_NAME.fullmatch(n) for n in names):
        if all(lex.is_first_name(n.split()[0]) for n in names):
            return m.group(1), m.group(2)
    return None


def _rest_line(line: Line, rest: str) -> Line:
    """What follows a heading on its line, with its true offset (the raw text, markup and all,
    when cleaning changed it: "Deltagere:Gitte**Hans" is read from the line itself)."""
    offset = line.text.find(rest) if rest else -1
    if offset >= 0:
        return Line(line.start + offset, rest)
    cut = min((i for i in (line.text.find(":"), line.text.find("\t")) if i >= 0), default=-1) + 1
    raw = line.text[cut:]
    lead = len(raw) - len(raw.lstrip())
    return Line(line.start + cut + lead, raw[lead:])


def table_cells(text: str) -> list[tuple[str, int]]:
    """The cells of a table row, each with its offset in `text`: "A<TAB>B" or a Markdown "| A | B |".
    Empty cells are kept: they hold their column's place."""
    # a Markdown row starts with "|"; a Word table pasted as text writes "A | B | C" without it
    pipe = text.strip().startswith("|") or ("\t" not in text and text.count(" | ") >= 1)
    body_start = text.index("|") + 1 if text.strip().startswith("|") else 0
    body = text[body_start:].rstrip()
    if pipe and body.endswith("|"):
        body = body[:-1]
    cells, pos = [], body_start
    for cell in body.split("|" if pipe else "\t"):
        cells.append((cell.strip(), pos + len(cell) - len(cell.lstrip())))
        pos += len(cell) + 1
    return cells


@functools.lru_cache(maxsize=8192)  # header lines recur from meeting to meeting
def _columns(text: str) -> tuple[str, ...]:
    """("name", "organisation", "role") for a table heading row "Navn<TAB>Organisation<TAB>Funktion"."""
    cells = [fold(_clean(cell)) for cell, _ in table_cells(text)] if "\t" in text or "|" in text else []
    known = load().column_headings
    fields = tuple(known.get(cell, "other") for cell in cells)
    # a column the lexicon does not know ("Telefon") is skipped, when the name and one more are known
    if len(cells) < 2 or "name" not in fields or sum(f != "other" for f in fields) < 2 or fields.count("other") > 1:
        return ()
    return fields


def _continues(previous: Line, line: Line) -> bool:
    """Whether `line` carries on the list of `previous`, wrapped by PDF or Word: the list is
    ;-separated ("…; Omar Haddad,\nForeningen Nydansker; …") or the line broke after a comma or "og"."""
    text = previous.text.rstrip()
    if line.start != previous.end + 1:
        return False
    if ";" in text or text.endswith((",", " og", "&")):
        return True
    # PDF text: a word hyphenated at the line's end ("Lise Dam-\ngaard"), a note in parentheses left
    # open ("(Kolding Kommune,\nsekretær)"), or a line that starts inside one ("Kamal Haddad\n(Ældre Sagen)")
    follows = line.text.lstrip()[:1]
    return _BROKEN_WORD.search(text) is not None or text.count("(") > text.count(")") or follows == "("


def parse_sections(lines: list[Line]) -> list[ParticipantSection]:
    """People lists in the header, each with the kind its heading gives."""
    sections: list[ParticipantSection] = []
    current: tuple[str, str, list[Line]] | None = None
    columns: tuple[str, ...] = ()
    gap = 0

    def close() -> None:
        if current and current[2]:
            sections.append(ParticipantSection(current[0], current[1], tuple(current[2]), columns))

    for line in lines:
        cleaned = _clean(line.text)
        table = _columns(line.text)
        if table:  # a table's heading row: under a "Deltagere" heading or a heading by itself
            close()
            kind, head = (current[0], current[1]) if current else ("members", "")
            current, columns, gap = (kind, head, []), table, 0
            continue
        heading = _heading(line.text)
        if heading:
            close()
            columns = ()
            kind, head, rest = heading
            current = (kind, head, [_rest_line(line, rest)] if rest else [])
            gap = 0
            continue
        group = _labelled_group(line.text)
        if group:
            close()
            columns = ()
            # "Fra rådet: …" is a list heading of its own; "Fra Svendborg Kommune: …" names where they come from
            label = re.sub(r"^[Ff]ra\s+", "", group[0])
            known = load().headings.get(fold(label))
            kind = "absent" if current and current[0] == "absent" else known.kind if known else "affiliated"
            sections.append(ParticipantSection(kind, label, (_rest_line(line, group[1]),)))
            current = None
            continue
        if current is None:
            continue
        if not cleaned:
            gap += 1
            if gap >= 3:
                close()
                current = None
            continue
        if columns and set(cleaned) <= set("|-: "):
            continue  # a Markdown table's rule under its heading row
        if _label_value(line.text) or (cleaned.startswith("|") and not columns) or len(cleaned) > 160:
            close()
            current = None
            continue
        gap = 0
        if current[2] and _continues(current[2][-1], line):
            current[2][-1] = Line(current[2][-1].start, current[2][-1].text + "\n" + line.text)
            continue
        current[2].append(Line(line.start, line.text))
    close()
    return [part for section in sections for part in _split_inline_headings(section)]


def parse_signature(lines: list[Line]) -> list[ParticipantSection]:
    """The minute taker signed under the last item ("Referent: Trine Holm" or "Ref.: TH" as the last line)."""
    last = [line for line in lines if line.text.strip()][-3:]
    signed = []
    for line in last:
        heading = _heading(line.text)
        if heading is not None and heading[0] == "minute_taker" and heading[2]:
            signed.append(ParticipantSection(heading[0], heading[1], (_rest_line(line, heading[2]),)))
    return signed


def _split_inline_headings(section: ParticipantSection) -> list[ParticipantSection]:
    """A section whose list runs into another heading in the same paragraph
    ("Til stede: …, Mette Holm. Afbud: Erik Skov"), split into one section per heading."""
    if not any(_INLINE_HEADING.search(line.text) for line in section.lines):
        return [section]
    parts: list[ParticipantSection] = []
    kind, head, lines = section.kind, section.heading, []
    for line in section.lines:
        text, start, pos = line.text, line.start, 0
        while m := _INLINE_HEADING.search(text, pos):
            heading = _heading(text[m.end() :].split("\n")[0])
            if heading is None or not heading[2]:
                pos = m.end()
                continue
            lines.append(Line(start, text[: m.start()]))
            parts.append(ParticipantSection(kind, head, tuple(lines), section.columns))
            rest_at = text.index(":", m.end()) + 1
            rest_at += len(text[rest_at:]) - len(text[rest_at:].lstrip())
            kind, head, lines = heading[0], heading[1], []
            text, start, pos = text[rest_at:], start + rest_at, 0
        lines.append(Line(start, text))
    parts.append(ParticipantSection(kind, head, tuple(lines), section.columns))
    return [p for p in parts if p.lines]
