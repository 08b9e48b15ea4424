"""The people lists of a minutes header, and the minute taker signed under the last item.

Lists come under headings from `data/lexicon/headings.tsv` ("Deltagere", "Afbud", "Fra
administrationen deltog"), inline ("Netværket: Ulla, Sten"), as blocks, as tables with column
headings ("Navn | Forening | Funktion"), or as a PDF paragraph broken over lines that runs into
the next heading ("Til stede: …, Mette Holm. Afbud: …").
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ingest.aligned_tables import column_field, tab_aligned_tables
from ingest.attendance_marks import read_legends, split_by_marks
from ingest.closed import heading_kind
from ingest.header import as_label_line, clean_line, label_value
from ingest.heading_columns import unfold_heading_columns
from ingest.heading_qualifiers import compound_heading, qualified_absence, qualified_heading
from ingest.lexicon import fold, load, rows
from ingest.model import Line, ParticipantSection
from ingest.side_by_side import split_side_by_side
from ingest.stand_in_lines import STAND_IN_HEADING, stand_in_deputies

# "Dansk Flygtningehjælp Frivillige, Varde: Abdulkadir Hassan": a place after a comma is part of the label
_LABELLED_GROUP = re.compile(r"^\s*([A-ZÆØÅ][\w\-]*(?:\s+[\w\-]+){0,4}(?:,\s+[A-ZÆØÅ][\w\-]*)?)\s*:\s*(.+)$")
_GROUP_SEPARATOR = re.compile(r",|\bog\b|&")
_PAREN_NOTE = re.compile(r"\s*\([^()]*\)")
_BROKEN_WORD = re.compile(r"\w-$")
_AND_FIRST_NAME = re.compile(r"(?:\bog|,)\s+([A-ZÆØÅ][\w\-]+)$")
_WRAP_WIDTH = 60  # a line this long, in a list of several people per line, was wrapped by the mailer or PDF
# a heading inside a list paragraph, after the end of a sentence: "…, Mette Holm. Afbud: Erik Skov"
# a heading after a sentence's end, or after a gap of spaces as in "Ordstyrer: Birgit   Referent: Camilla"
_INLINE_HEADING = re.compile(r"(?:(?<=[.;)])\s+|[ ]{3,}|\t+)(?=[A-ZÆØÅ][\w ]{1,40}:)")  # ("… (Org) Fraværende: …")
# "Fra Danske Handicaporganisationer (DH): Lene Sørensen (formand), …": people under the organisation
# that sent them, its name as long as it is
_FROM_GROUP = re.compile(r"^\s*([Ff]ra\s+[^:\n]{2,90}?)\s*:\s*(.+)$")
_GROUP_NAME = re.compile(r"[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-.]*){0,3}")
_APPOINTED = re.compile(r"\s+(?:udpeget|valgt|indstillet|udpegede|valgte)\s+(?:af|fra)\s+")


def _partition(pattern: re.Pattern[str], text: str) -> tuple[str, str, str]:
    """`str.partition` at a pattern's first match."""
    m = pattern.search(text)
    return (text[: m.start()], m.group(), text[m.end() :]) if m else (text, "", "")


_MAIL_LABELS = frozenset(fold(row[0]) for row in rows("mail_labels.txt"))  # "Fra: Janne Holm": no group


_FOR_ITEMS = re.compile(r"\s*\(?\b(?:under|til|ved|for)\s+(?:pkt|punkt|punkterne|dagsordenspunkt)\.?\s*(?:nr\.?\s*)?"
                        r"\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*\)?\s*$", re.I)


_DIGIT = re.compile(r"\d")
# (folded) "til evalueringen kom", "på workshoppen deltog", "i dagens møde deltog": the meeting named as it is called
_CAME_TO = re.compile(r"^(?:til|på|i|ved)\s+(?:\w+\s+)?\w+(?:et|en|ne)\s+(?:kom|deltog|mødte(?:\s+op)?|var\s+mødt)$")


@functools.lru_cache(maxsize=1)
def _verb_endings() -> tuple[str, ...]:
    return tuple(" " + verb for verb in load().heading_verbs)


def known_heading(label: str) -> tuple[str, str] | None:
    """(kind, heading) for a people-list heading, also when a verb follows it ("Fra administrationen
    deltog"): the heading is then the words before the verb."""
    lex = load()
    # "Fra forvaltningen under pkt. 3": the items the people came for say nothing about the list
    label = label.strip().rstrip(":").strip()
    if label.endswith(")") and "(" in label:  # "Til stede (navn / organisation / funktion)": how it is laid out
        label = _PAREN_NOTE.sub("", label).strip() or label
    # cheap tests first: the items are named by number, after a word holding "kt" ("pkt", "punkt"; no character
    # but "k" and "K" or "t" and "T" is one to re.IGNORECASE that does not lower-case to it)
    if _DIGIT.search(label) and "kt" in label.lower():
        label = _FOR_ITEMS.sub("", label)
    key = fold(label)
    if key in lex.headings:
        return lex.headings[key].kind, label
    if key[-1:] == "." and key[:-1] in lex.headings:  # "Ref.:" abbreviated
        return lex.headings[key[:-1]].kind, label[:-1]
    # "Deltagere fra Integrationsrådet" over a joint meeting's lists: members of the body named, which the list's
    # people are tied to as to a "Fra Svendborg Kommune:" label's organisation; "Medlemmer udpeget af Byrådet" too
    head, sep, named = label.partition(" fra ") if " fra " in label else _partition(_APPOINTED, label)
    if sep and named[:1].isupper() and (known := lex.headings.get(fold(head))) and known.kind in ("members", "present"):
        return "affiliated", named.strip()
    # "Til stede fra bestyrelsen": the body's own members, as "Afbud fra bestyrelsen" says of the absent
    if sep and (known := lex.headings.get(fold(head))) and known.kind in ("members", "present") \
            and fold(named.strip()) in lex.body_words:
        return known.kind, head
    # bilingual minutes: "Present / Til stede", "Afbud / Apologies / اعتذر": one of them is a heading (but
    # "Helge Holm / Ældre Sagen / næstformand" is a person's line, its role no heading)
    if " / " in label and not any(lex.is_first_name(p.split()[0]) for p in label.split(" / ") if p.split()):
        for part in label.split(" / "):
            if fold(part.strip()) in lex.headings:
                return lex.headings[fold(part.strip())].kind, part.strip()
    if _CAME_TO.match(key):  # "Til evalueringen kom", "På workshoppen deltog": who came to the meeting
        return "members", label
    if qualified := qualified_heading(label):  # "Fremmødte bestyrelsesmedlemmer", "Til stede i øvrigt"
        return qualified
    if " og " in label and (joined := compound_heading(label)):  # "Referent og ordstyrer": read in parse_sections
        return joined[0][0], label
    if not key.endswith(_verb_endings()):
        return None  # cheap test first, in one call: most labels end in no heading verb
    for verb in lex.heading_verbs:
        if key.endswith(" " + verb):
            head = label[: len(label) - len(verb)].strip()
            if fold(head) in lex.headings:
                return lex.headings[fold(head)].kind, head
    return None


_DOCUMENT_TITLES = frozenset({"referat", "referat ved"})  # (folded) headings that, alone on a line, title the minutes


@functools.lru_cache(maxsize=20_000)  # header lines ("Deltagere:", "Afbud") recur from meeting to meeting

def list_heading(text: str) -> tuple[str, str, str] | None:
    """(kind, heading, rest) when the line starts with a people-list heading."""
    cleaned = as_label_line(clean_line(text))
    for sep in (":", "\t"):
        if sep in cleaned:
            label, _, rest = cleaned.partition(sep)
            found = known_heading(label) or qualified_absence(label)
            if found:
                return found[0], found[1], rest.strip()
    found = known_heading(cleaned)
    if found and fold(cleaned) in _DOCUMENT_TITLES:
        return None  # "REFERAT" alone titles the document; "Referat: Trine Holm" names who wrote it
    return (found[0], found[1], "") if found else None


def _role_heading(heading: str) -> bool:
    """Whether a heading names one person's role in the body ("Formand", "Næstformand", "Medlem"), not a list."""
    known = load().headings.get(fold(heading))
    # the role word itself in the singular ("Medlem: Karen Heilmann") is one person's seat, as "Formand: …" is
    return known is not None and known.kind == "members" and (known.role not in (None, "medlem")
                                                              or fold(heading) == known.role)


def _labelled_group(text: str) -> tuple[str, str] | None:
    """("Rudersdal Kommune", "Jamila og Caroline") for an organisation-labelled line of first names."""
    cleaned = clean_line(text)
    if ":" not in cleaned:
        return None
    lex = load()
    sent = _FROM_GROUP.match(cleaned)
    # led by a first name, or by a surname and then one ("Fra Center for Kultur: Kromann, Susanne (…)"), a job title
    # in lower case before it ("Fra Ydby Kommune: landdistriktskoordinator Bjarne Holm")
    leads = [w[1] if w[0].islower() and len(w) > 1 and fold(w[0]).endswith(lex.job_titles) else w[0]
             for part in sent.group(2).split(",")[:2] if (w := [t.strip(",;") for t in part.split()])] if sent else []
    if sent and any(lex.is_first_name(first) and fold(first) not in lex.ambiguous_first_names for first in leads):
        return sent.group(1), sent.group(2)  # a list of any layout
    m = _LABELLED_GROUP.match(cleaned)
    if not m or fold(m.group(1)) in lex.header_labels or fold(m.group(1)) in _MAIL_LABELS:
        return None
    # the notes go first: "Susanne Krag (Lillerød IF, gymnastikafdelingen)" holds a comma of its own
    names = [n.strip() for n in _GROUP_SEPARATOR.split(_PAREN_NOTE.sub("", m.group(2))) if n.strip()]
    if names and all(_GROUP_NAME.fullmatch(n) for n in names):
        if all(lex.is_first_name(n.split()[0]) for n in names):
            return m.group(1), m.group(2)
    return None


def rest_line(line: Line, rest: str) -> Line:
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
    # a note after a heading says how it is filled in: "Navn (som skrevet på listen)" heads the names
    cells = [fold(clean_line(_PAREN_NOTE.sub("", cell))) for cell, _ in table_cells(text)] if "\t" in text or "|" in text else []
    known = load().column_headings
    fields = tuple(column_field(cell, k == 0) or _either_heading(cell, known) for k, cell in enumerate(cells))
    # a column the lexicon does not know ("Telefon") is skipped, when the name and one more are known
    if len(cells) < 2 or "name" not in fields or sum(f != "other" for f in fields) < 2 or fields.count("other") > 1:
        return ()
    return fields


def _either_heading(cell: str, known: dict[str, str]) -> str:
    """The field of a heading written as alternatives ("Forening / organisation") when they agree."""
    fields = {known.get(part.strip(), "other") for part in cell.split("/")} if "/" in cell else {"other"}
    return fields.pop() if len(fields) == 1 else "other"


_LIST_NUMBER = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S")
_LIST_BULLET = re.compile(r"^\s*[•▪◦*\-–]\s")


def _mid_clause(text: str) -> bool:
    """Whether a line that opens in lower case goes on with a sentence: not a row ("sognepræst Morten
    Vind<TAB>Ølgod Sogn") nor a title before a name ("konsulent Tina Holm, …"), both starting a person."""
    words = clean_line(text).split()[:2]
    return ":" not in text and "\t" not in text and not (len(words) == 2 and load().is_first_name(words[1].strip(",.")))


def _continues(previous: Line, line: Line) -> bool:
    """Whether `line` carries on the list of `previous`, wrapped by PDF or Word: the list is
    ;-separated ("…; Omar Haddad,\nForeningen Nydansker; …") or the line broke after a comma or "og"."""
    text = previous.text.rstrip()
    if line.start != previous.end + 1 or _LIST_NUMBER.match(line.text) or _LIST_BULLET.match(line.text):
        return False  # "2. Name, Organisation", "• Name, Org": a numbered or bulleted list starts an entry on each line
    if line.text.lstrip().startswith("|"):
        return False  # a Markdown table row is a row of its own, however long the one above
    if ";" in text or text.endswith((",", " og", "&", " -", " –")):
        return True
    # PDF text: a word hyphenated at the line's end ("Lise Dam-\ngaard"), a note in parentheses left
    # open ("(Kolding Kommune,\nsekretær)"), or a line that starts inside one ("Kamal Haddad\n(Ældre Sagen)")
    follows = line.text.lstrip()[:1]
    if _BROKEN_WORD.search(text) is not None or text.count("(") > text.count(")") or follows == "(":
        return True
    # a paragraph wrapped at a fixed width ("…, Pia Holm (PH), Frivillighuset\nVestby (ref.)"): a long
    # line of several people, then a line that starts with no first name, so no new person
    first = clean_line(line.text).split()[:1]
    last = text.split("\n")[-1]
    # "… og Annie\nBruun (sekretær)", "…, Anders\nKrogh (…)": the last person's name broken after the first name
    ends_first = _AND_FIRST_NAME.search(last)
    # (a heading later on the line, "… Anna Bonde. Fraværende: Ole", is split off after the join)
    if ends_first and first and first[0][:1].isupper() and ":" not in line.text.split(",")[0] \
            and load().is_first_name(ends_first.group(1)) \
            and not load().is_first_name(first[0].strip(",.")):
        return True
    if len(last) >= _WRAP_WIDTH and first and first[0][:1].islower() and last[-1] not in ".:" and _mid_clause(line.text):
        return True  # "…, som også\ntog referat.": a sentence wrapped mid-clause
    return (len(last) >= _WRAP_WIDTH and last.count(",") >= 2 and bool(first) and ":" not in line.text
            and not load().is_first_name(first[0].strip(",.")))


def _names_kind_of_member(label: str) -> bool:
    """Whether a group's label names a kind of member ("Foreningsrepræsentanter", "Politikere", "Øvrige
    medlemmer"), not an organisation."""
    words = label.split()
    return 0 < len(words) <= 3 and fold(words[-1]).endswith(("repræsentanter", "medlemmer", "politikere", "deltagere"))


def parse_sections(lines: list[Line]) -> list[ParticipantSection]:
    """People lists in the header, each with the kind its heading gives (or a line's attendance mark)."""
    legend, lines = read_legends(lines)
    lines = unfold_heading_columns(lines)  # "Til stede<TAB>Afbud": two lists side by side
    lines = tab_aligned_tables(lines)  # "DELTAGERE     ORGANISATION" aligned with spaces
    sections: list[ParticipantSection] = []
    current: tuple[str, str, list[Line]] | None = None
    outer: tuple[str, str] | None = None  # the list a group line ("Venstre: Ida Holm") stands in, which goes on below it
    columns: tuple[str, ...] = ()
    gap = 0

    def close() -> None:
        if current and current[2]:
            sections.append(ParticipantSection(current[0], current[1], tuple(current[2]), columns))

    for line in lines:
        cleaned = clean_line(line.text)
        table = _columns(line.text)
        if table:  # a table's heading row: under a "Deltagere" heading or a heading by itself
            close()
            # the heading row's name column may be a list heading of its own ("Deltagere | Repræsenterer" under
            # "Referent: …"): its kind then, not the kind of the section above
            first = clean_line(table_cells(line.text)[0][0]).rstrip(":")
            named = load().headings.get(fold(first))
            kind, head = (named.kind, first) if named else (current[0], current[1]) if current else ("members", "")
            current, columns, gap = (kind, head, []), table, 0
            continue
        if (deputies := stand_in_deputies(cleaned)) is not None:  # "Mødt for Karen Holm: Ib Lund"
            close()
            columns, current = (), None
            sections.append(ParticipantSection("members", STAND_IN_HEADING, (rest_line(line, deputies),)))
            continue
        heading = list_heading(line.text)
        # a table's row whose first cell is a heading's word ("Afbud<TAB>Brugerrådet<TAB>Kaj Mortensen"): a row
        if heading and columns and current is not None and "\t" in line.text and ":" not in line.text.split("\t")[0] \
                and len(table_cells(line.text)) == len(columns):
            current[2].append(Line(line.start, line.text))
            gap = 0
            continue
        if heading and current and current[2] and cleaned[:1].islower() and _continues(current[2][-1], line):
            heading = None  # "Ida Holm (A),\nformand": a post wrapped onto a line of its own, no heading
        if heading and current and heading[2] and _role_heading(heading[1]):
            # "Formand: Ida Holm – Org" inside a list: one person with a role, and the list goes on
            kind = "absent" if current[0] == "absent" else heading[0]
            sections.append(ParticipantSection(kind, heading[1], (rest_line(line, heading[2]),)))
            continue
        if heading and heading[2] and (posts := compound_heading(heading[1])):  # "Mødeleder og referent: Signe Holst"
            sections += [ParticipantSection(kind, head, (rest_line(line, heading[2]),)) for kind, head in posts]
            continue
        if heading:
            close()
            # "Medlemmer til stede:" alone on its line: groups below it ("Venstre: Ida Holm") are part of its list
            outer = (heading[0], heading[1]) if not heading[2] and heading[0] in ("members", "present") else None
            # "Afbud" as a row of its own inside a participant table: the table goes on under it
            columns = columns if columns and not heading[2] and "\t" not in line.text.strip() else ()
            kind, head, rest = heading
            current = (kind, head, [rest_line(line, rest)] if rest else [])
            gap = 0
            continue
        group = _labelled_group(line.text)
        if group:
            close()
            columns = ()
            # "Fra rådet: …" is a list heading of its own; "Fra Svendborg Kommune: …" names where they come from
            label = _PAREN_NOTE.sub("", re.sub(r"^[Ff]ra\s+", "", group[0])).strip()  # "(DH)" is an abbreviation
            known = load().headings.get(fold(label))
            # under "Afbud:" alone, the group is absent; after "Fraværende: Name, Org" it is a list of its own
            kind = "absent" if current and current[0] == "absent" and not current[2] else known.kind if known else "affiliated"
            # a group opening the list, or after another ("Venstre: …" under "Medlemmer til stede:") is part of it;
            # after the list's own people ("Fra byrådet: …" below the members) it is a list of its own
            outer = outer if not (current and current[2]) else None
            within = outer[0] if outer else None
            if kind == "affiliated" and _names_kind_of_member(label):  # "Forældrerepræsentanter: …": no organisation
                kind = within or "members"
            sections.append(ParticipantSection(kind, label, (rest_line(line, group[1]),), within=within))
            current = None
            continue
        if current and line.text.lstrip().startswith("#"):  # a Markdown heading that heads no list ends the one above
            close()
            current = outer = None
            continue
        if current is None and outer and cleaned:
            last = sections[-1] if sections else None
            if last and last.within and len(last.lines) == 1 and _continues(last.lines[0], line):  # the group, wrapped
                joined = Line(last.lines[0].start, last.lines[0].text + "\n" + line.text)
                sections[-1] = dataclasses.replace(last, lines=(joined,))
                continue
            current = (*outer, [])  # "Medlemmer:" / "Venstre: Ida Holm" / "Ole Dam, Ydby IF": the list goes on
        if current is None:
            continue
        # "Foreningsrepræsentanter:" alone on its line, over its people: no organisation
        if outer and cleaned.endswith(":") and cleaned.count(":") == 1 and _names_kind_of_member(cleaned[:-1]):
            close()
            current = (*outer, [])
            continue
        if not cleaned:
            gap += 1
            if gap >= 3:
                close()
                current = outer = None
            continue
        if columns and set(cleaned) <= set("|-: "):
            continue  # a Markdown table's rule under its heading row
        # an agenda's part heading ("ÅBEN DAGSORDEN", "Lukkede punkter") ends the list above it: it names no one; so
        # does a header label alone on its line ("Dagsorden" over the agenda's titles)
        if (label_value(line.text) or (cleaned.startswith("|") and not columns) or len(cleaned) > 160
                or heading_kind(cleaned) or fold(cleaned.rstrip(":").strip()) in load().header_labels):
            close()
            current = None
            continue
        gap = 0
        if current[2] and _continues(current[2][-1], line):
            current[2][-1] = Line(current[2][-1].start, current[2][-1].text + "\n" + line.text)
            continue
        current[2].append(Line(line.start, line.text))
    close()
    return [marked for section in sections for part in _split_inline_headings(split_side_by_side(section, table_cells))
            for marked in split_by_marks(part, legend)]


def _split_inline_headings(section: ParticipantSection) -> list[ParticipantSection]:
    """A section whose list runs into another heading in the same paragraph
    ("Til stede: …, Mette Holm. Afbud: Erik Skov"), split into one section per heading."""
    # (the pattern's look-ahead needs a ":", so a line without one is passed without the search)
    if not any(":" in line.text and _INLINE_HEADING.search(line.text) for line in section.lines):
        return [section]
    parts: list[ParticipantSection] = []
    kind, head, lines = section.kind, section.heading, []
    for line in section.lines:
        text, start, pos = line.text, line.start, 0
        while m := _INLINE_HEADING.search(text, pos):
            first, _, after = text[m.end() :].partition("\n")
            heading = list_heading(first)  # "… og Morten Riis. Suppleant:\nJytte Kirkegaard": its list on the next line
            if heading is None or not (heading[2] or after.strip() or line is not section.lines[-1]):
                pos = m.end()
                continue
            lines.append(Line(start, text[: m.start()]))
            parts.append(ParticipantSection(kind, head, tuple(lines), section.columns))
            rest_at = text.index(":", m.end()) + 1
            rest_at += len(text[rest_at:]) - len(text[rest_at:].lstrip())
            kind, head, lines = "roster" if kind == "roster" and heading[0] == "members" else heading[0], heading[1], []
            text, start, pos = text[rest_at:], start + rest_at, 0
        if text.strip():
            lines.append(Line(start, text))
    parts.append(ParticipantSection(kind, head, tuple(lines), section.columns))
    return [p for p in parts if p.lines]
