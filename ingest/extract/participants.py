"""People listed in the header, with what their line says about them.

Layouts handled by structure: one person per line ("Name – role/organisation",
"Name, title, organisation"), a list of names on one line ("Ulla, Sten, Eva N (dir.)"),
and a table flattened into one line ("Name, Org Name, Org …", where each cell pair runs
into the next name).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from ingest.extract.descriptor_kinds import labels_organisation, there_for_part
from ingest.extract.descriptors import (PAREN_NOTE, extend_unique, group_label, is_role_note, kept_span,
                                        name_then_descriptor, nested_label, noted_status, parse_descriptor, strip_parens)
from ingest.extract.names import (initials_in_notes, is_orgish, looks_like_name, role_after_name,
                                  split_org_then_name, title_before_name, unbroken)
from ingest.extract.seats import counts_heads, listed_role, municipal_employer
from ingest.sections import table_cells
from ingest.lexicon import fold, load
from ingest.extract.list_clauses import (as_guests, from_org_titled, name_then_clause, relative_clause, shared_note,
                                         unquoted, without_full_stop)
from ingest.extract.mixed_lists import name_led, person_and_notes
from ingest.extract.entry_layouts import (as_semicolons, group_row, represented_at, represented_by, sent_people,
                                          slashed_names, stands_in, stood_in, surname_first, surname_first_layout,
                                          written_at)
from ingest.extract.descriptor_lines import described_below
from ingest.extract.recurring import by_descriptor, by_line_text  # (after lexicon: merges beside main's imports)
from ingest.model import ABSENT, PRESENT, UNKNOWN, Evidence, Line, ParticipantSection

# "Name – role/organisation", "Name / Organisation / funktion", or a table row flattened to "Name<TAB>organisation"
_DASH = re.compile(r"\s+[–—/-]\s+|[ ]*\t+[ ]*")
_SEPARATOR = re.compile(r"[,;](?![^()]*\))")  # "Mette Holm (Kolding Kommune, sekretær)" is one
_SEMICOLON = re.compile(";")
# a role written before the person: "Suppleant: Aya Holm – Vestby Ungdomsklub"
_ROLE_LABEL = re.compile(r"^([A-ZÆØÅa-zæøå][\w\-]*)\s*:\s*(\S.*)$", re.S)
# "(integrationschef, Integration og Sprog)" is one; "samt" joins the last of a list written as prose
_AND = re.compile(r"(?:\s+(?:og|samt)\s+|\s+&\s+)(?![^()]*\))")
# "Camilla Hjort, sekretær for X, og Rasmus Lehmann, chef for Y": ", og" starts the next described person
_AND_NEXT = re.compile(r",\s+og\s+")
# bullets, and the number of a numbered list ("1. Name, Organisation", "(2) Name")
# and a pupil's school class before the name ("- 8.a – Freja Lund", "2.hf – Lærke Vind")
_BULLET = re.compile(r"^[\s•·*>\-–]*(?:\(?\d{1,2}[.)]\s+|\d{1,2}\.\s?[a-zæøå]{1,3}\s+[–—-]\s+)?")
# "… (KHD) under pkt. 3": the items a person came for
_FOR_ITEMS = re.compile(r"\s+(?:under|til|ved)\s+(?:pkt|punkt)\.?\s*\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*$", re.I)
# a list that ends and a sentence after it on the same line: "Ole Sønnichsen. Desuden deltog …" (not "(repr. Tønder …)")
_SENTENCE_AFTER = re.compile(r"(?<=[^\W\d]{3})\.\s+(?=[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])(?![^()]*\))")
_INITIAL_SURNAME = re.compile(r"[A-ZÆØÅ]\.\s?[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?")


@dataclass
class Participant:
    name: str
    evidence: Evidence
    status: str
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # initials given in the list ("GKW")


@dataclass(frozen=True)
class _Entry:
    name: str
    start: int  # offset of the name in the document
    descriptor: list[str]
    written: str = ""  # the name as the text writes it, when that differs (spacing, a note inside)
    initials: tuple[str, ...] = ()
    absent: bool = False  # the row itself says so ("Medlem – afbud")


def _segments(text: str, base: int, pattern: re.Pattern[str] = _SEPARATOR) -> list[tuple[str, int]]:
    """The parts of `text` between separators, each with its document offset."""
    parts, pos = [], 0
    bounds = [(m.start(), m.end()) for m in pattern.finditer(text)] + [(len(text), len(text))]
    for start, end in bounds:
        raw = text[pos:start]
        if raw.strip():
            parts.append((raw.strip(), base + pos + raw.index(raw.strip())))
        pos = end
    return parts


def parse_entries(line: Line, turned: bool = False) -> list[_Entry]:
    """The people on one header line, each with the descriptors that follow the name; `turned`: the lists are
    written surname first, so a surname that is also a given name ("Jama, Abdirahman") is read as one."""
    # Markdown emphasis ("**Name**", "*(ikke mødt)*", "_(afbud)_") and a quoted mail's marks as spaces: offsets kept
    text = unquoted(line.text.replace("**", "  ").replace("*(", " (").replace(")*", ") ").replace("_(", " (").replace(")_", ") "))
    bullet = _BULLET.match(text)
    offset = bullet.end() if bullet else 0
    body = without_full_stop(text[offset:].rstrip())
    body = _SENTENCE_AFTER.split(body, 1)[0] if ". " in body or ".\n" in body else body  # "…, Ole Dam. Desuden deltog …"
    body = _FOR_ITEMS.sub("", body) if "pkt" in body or "punkt" in body else body  # "… (KHD) under pkt. 3"
    if not body:
        return []
    if body[-1:].islower() and " " in body and (role_led := role_after_name(body)):  # "Guðrún Sigurðardóttir formaður"
        return [_entry(role_led[0], role_led[0], line.start + offset, [role_led[1]])]
    labelled = _ROLE_LABEL.match(body)
    if labelled and fold(labelled.group(1)) in load().roles:  # "Medlem: Sofie Bach – Elevrådet"
        at = offset + labelled.start(2)
        # "Stedfortræder: A deltog for B": the label is A's role, not that of B, whom A stood in for
        return [e if e.absent else dataclasses.replace(e, descriptor=e.descriptor + [labelled.group(1)])
                for e in parse_entries(Line(line.start + at, text[at:]), turned)]
    if " gæst" in body and (guests := as_guests(body)):  # "38 medlemmer samt som gæster Henrik Dam, konsulent …"
        return [dataclasses.replace(e, descriptor=[*e.descriptor, "gæst"])
                for e in parse_entries(Line(line.start + offset + guests, body[guests:]), turned)]
    if (" der " in body or " som " in body) and (clause := name_then_clause(body)):  # "Lone Bech der var syg"
        return [_entry(clause[0], clause[0], line.start + offset + body.find(clause[0]), [clause[1]])]
    if " repræsenteret ved " in body and (split := represented_by(body, line.start + offset)):
        came = split[1]  # "Afbud: A (Org). Org var repræsenteret ved B": B came for Org
        return parse_entries(Line(line.start + offset, split[0])) + [_entry(came.name, came.raw, came.start, came.descriptor)]
    if (sent := sent_people(body, line.start + offset)) is not None:  # "Ældre Sagen Hadsten (Inger Bonde)", "Ib Dam/DH"
        return [_entry(f.name, f.raw, f.start, f.descriptor) for f in sent]
    if laid_out := surname_first(body, line.start + offset, turned) or stands_in(body, line.start + offset):
        return [dataclasses.replace(_entry(f.name, f.raw, f.start, f.descriptor), absent=f.absent) for f in laid_out]
    body = as_semicolons(body)
    if ";" in body:  # "Name, Org; Name, title, Org; …": each ;-part is one person
        # (a part _described cannot read, "Ib Lund (Venstre) - afbud", is read as a line of its own)
        return [e for part, start in _segments(body, line.start + offset, _SEMICOLON)
                for e in _described(part, start) or parse_entries(Line(start, part))]
    if "v/" in body and (ved := represented_at(body, line.start + offset)) is not None:  # "KAB v/ Sidsel Winther"
        return [_entry(f.name, f.raw, f.start, f.descriptor) for f in ved]
    dash = _DASH.search(body)
    if dash and not slashed_names(body, dash):
        name, notes = strip_parens(body[: dash.start()])
        if looks_like_name(name, trust_context=True):
            described, described_notes = strip_parens(body[dash.end() :].strip())
            return [_entry(name, body[: dash.start()], line.start + offset, notes + described_notes + [described])]
    joined = _described_and_next(body, line.start + offset)
    if joined:
        return joined
    segments = _segments(body, line.start + offset)
    if not segments:  # only separators: "Deltagere:, "
        return []
    flattened = _flattened(segments)
    if flattened:
        return flattened
    listed: list[_Entry] = []
    one_person = len(segments) == 2 and name_then_descriptor(segments[0][0], segments[1][0])
    after_title = False  # "title Name, Org, …": the Org describes the titled person
    for seg, start in [] if one_person else segments:
        if listed and (did := relative_clause(seg)):  # "…, Mia Dalsgaard, som også tog referat"
            listed[-1] = dataclasses.replace(listed[-1], descriptor=listed[-1].descriptor + [did])
            continue
        if seg.startswith("og ") and listed:  # "…, Boligkontoret Vestegnen, og ejendomsleder Camilla Rye"
            seg, start = seg[3:].lstrip(), start + len(seg) - len(seg[3:].lstrip())
        named = (titled := _titled(seg, start)) or _named_parts(seg, start)
        if named is None and after_title and is_orgish(strip_parens(seg)[0].split()):
            listed[-1], after_title = dataclasses.replace(listed[-1], descriptor=listed[-1].descriptor + [seg]), False
            continue
        after_title = bool(titled)
        if named is None:
            listed = []
            break
        listed += named
    if listed:
        return listed
    if one_person and len(_segments(segments[0][0], 0, _AND)) > 1:
        # "Ole Hansen og Tina Berg, Gigtforeningen": two people, the organisation written after the last
        named = _named_parts(*segments[0])
        if named:
            last = named[-1]
            return named[:-1] + [dataclasses.replace(last, descriptor=last.descriptor + [s for s, _ in segments[1:]])]
    for seg, start, after in name_led(segments) or []:  # "Name (Org), Name, Org, …" mixed
        named = _named_parts(seg, start) or []
        listed += named[:-1] + [dataclasses.replace(e, descriptor=e.descriptor + after) for e in named[-1:]]
    if listed:
        return listed
    first, start = segments[0]
    name, notes = strip_parens(first)
    if looks_like_name(name, trust_context=True) and not title_before_name(name):  # not "Ældrechef Lise Bang"
        return [_entry(name, first, start, notes + [s for s, _ in segments[1:]])]
    # "konsulent Tina Holm, Social og Sundhed": a title before the name, then what it is held at
    return [dataclasses.replace(e, descriptor=e.descriptor + [s for s, _ in segments[1:]]) for e in _titled(first, start) or []]


def _titled(seg: str, start: int) -> list[_Entry] | None:
    """The person of "kulturchef Lise Bang", the title as a descriptor (see `title_before_name`); a note in
    brackets after the name is a descriptor too ("næstformand Anja Hougaard (Røde Kors Fanø)")."""
    bare, notes = strip_parens(seg) if "(" in seg else (seg, [])
    found = title_before_name(bare)
    return [_entry(found[1], found[1], start + found[2], [found[0]] + notes)] if found else None


def _named_parts(seg: str, start: int) -> list[_Entry] | None:
    """The people of one list segment joined by "og" ("Ali (Somalisk Forening) og Lotte fra
    Frivilligcentret"), each with notes in parentheses and where they come from ("fra …") or whom
    they came for, or None when a part is not a name."""
    entries = []
    for part, pstart in _segments(seg, start, _AND):
        if colleague := from_org_titled(part):  # "fra Egedal Kommune fritidskonsulent Mia Dalsgaard"
            title, name, at, org = colleague
            entries.append(_entry(name, name, pstart + at, [title, org]))
            continue
        raw, notes = person_and_notes(part)  # "Lotte fra Frivilligcentret", "Ib Lund for Eva Dam"
        name, paren_notes = strip_parens(raw)
        name = unbroken(name)
        if not looks_like_name(name, trust_context=True):
            return None
        entries.append(_entry(name, raw, pstart, paren_notes + notes))
    return shared_note(entries)


def _described_and_next(body: str, base: int) -> list[_Entry]:
    """The people of "Name, descriptor, og Name, descriptor": each part after ", og " is one person,
    when some part describes its person (a list of bare names joined so is read elsewhere)."""
    parts = _segments(body, base, _AND_NEXT)
    if len(parts) < 2:
        return []
    entries = [e for part, start in parts for e in _described(part, start)]
    if len(entries) != len(parts) or not any(e.descriptor for e in entries):
        return []
    return entries


def _described(part: str, start: int) -> list[_Entry]:
    """The person of "Name (notes), descriptor, …", or none when the first segment is no name."""
    segments = _segments(part, start)
    if not segments:
        return []
    first, first_start = segments[0]
    name, notes = strip_parens(first)
    name = unbroken(" ".join(name.split(" ")))  # a name broken over a line: "Torben\nMikkelsen", "Dam-\ngaard"
    if not looks_like_name(name, trust_context=True):
        return []
    return [_entry(name, first, first_start, notes + [s for s, _ in segments[1:]])]


_NOT_CAME = frozenset({"-", "–", "nej", "n", "afbud", "afb", "0", "✗", "✘", "☐"})  # an attendance column's "no"


def _row_entries(line: Line, columns: tuple[str, ...]) -> list[_Entry]:
    """The person of a table row whose columns are known: name, organisation, role and note cells."""
    lex = load()
    cells = [(cell, line.start + at) for cell, at in table_cells(line.text)]
    if "\t" in line.text and 1 < len(cells) < len(columns):  # a Word row whose last cells are empty
        cells += [("", line.end)] * (len(columns) - len(cells))
    if len(cells) != len(columns):
        return parse_entries(line)
    by_field = {f: [c for c, col in zip(cells, columns) if col == f and c[0]] for f in set(columns)}
    if not by_field.get("name"):
        return []
    (raw, start), *_ = by_field["name"]
    name, notes = strip_parens(raw)
    titled = None if looks_like_name(name, trust_context=True) else title_before_name(name)
    described = _described_cell(raw, start) if not titled and "," in name else None
    if described:  # "Kasper Holm, direktør (formand)": the cell is a listed person with a title
        name, start, notes = described.name, described.start, described.descriptor
    elif titled:  # "provst Jens Bjerre": the title is held at the organisation of the row
        raw, start, name, notes = titled[1], start + raw.find(titled[1]), titled[1], [titled[0]] + notes
    elif not looks_like_name(name, trust_context=True) and not _INITIAL_SURNAME.fullmatch(name):
        return []  # (a name column's "Y. Sand" is a person by initial and surname)
    # an initials column's "KB" is how the text calls Karsten Bruun
    descriptor = list(notes) + [cell for cell, _ in by_field.get("initials", [])]
    marks = [fold(cell).strip(" .") for cell, _ in by_field.get("attendance", [])]
    absent = any(mark in _NOT_CAME for mark in marks)  # the "Mødt" column: "X" came, "-" did not
    # the "Afbud" column: any mark but a "no" ("x", "✓") says the person sent word
    absent = absent or any(fold(c).strip(" .") not in _NOT_CAME for c, _ in by_field.get("absence", []))
    # a "Fremmøde" column of marks: "✗" and "✗ (afbud)" did not come (data/lexicon/attendance_marks.tsv)
    absent = absent or any(lex.attendance_marks.get(fold(strip_parens(c)[0].strip())) == "absent"
                           for c, _ in by_field.get("note", []))
    for field_name in ("role", "organisation", "note"):
        for cell, _ in by_field.get(field_name, []):
            for part in (p.strip() for p in re.split(_DASH, cell)):  # "Medlem – afbud"
                heading = lex.headings.get(fold(part))
                if heading is not None and heading.kind == "absent":
                    absent = True
                elif part and field_name == "role" and part[:1].isupper() and not part[:2].isupper():
                    # a title in the role column is no organisation ("Politisk repræsentant", "Leder")
                    descriptor.append(part[:1].lower() + part[1:])
                elif part and (field_name != "note" or is_role_note(part)):
                    descriptor.append(part)  # a note adds only a role ("Referent"), not its prose
    entry = _entry(name, raw, start, descriptor)
    return [dataclasses.replace(entry, absent=absent)]


def _described_cell(raw: str, start: int) -> _Entry | None:
    """The one person of a name cell written as a list line ("Name, title (note)"), or None."""
    if looks_like_name(strip_parens(raw)[0], trust_context=True):
        return None
    entries = parse_entries(Line(start, raw))
    return entries[0] if len(entries) == 1 and not entries[0].absent else None


def _entry(name: str, raw: str, start: int, descriptor: list[str]) -> _Entry:
    """An entry for the `name` that `strip_parens(raw)` gave, positioned where `raw` writes it; the person's
    initials among the notes (`initials_in_notes`) are no organisation."""
    a, b = kept_span(raw)
    initials, rest = initials_in_notes(name, raw, descriptor)
    return _Entry(name, start + a, rest, raw[a:b] if raw[a:b] != name else "", initials)


def _flattened(segments: list[tuple[str, int]]) -> list[_Entry] | None:
    """Entries of a "Name, Org Name, Org …" line, or None when the line is not such a table."""
    if len(segments) < 3:
        return None
    first, notes = strip_parens(segments[0][0])
    splits = [split_org_then_name(PAREN_NOTE.sub(" ", s).strip()) for s, _ in segments[1:-1]]
    if not looks_like_name(first, trust_context=True) or sum(1 for s in splits if s) < len(splits) / 2:
        return None
    entries: list[_Entry] = []
    current = _entry(first, segments[0][0], segments[0][1], notes)
    for (seg, seg_start), split in zip(segments[1:-1], splits):
        if split is None:
            current.descriptor.append(seg)
            continue
        found = written_at(seg, split[1])
        at = found[0] if found else max(0, seg.rfind(split[1]))
        org, org_notes = strip_parens(seg[:at].strip())
        entries.append(dataclasses.replace(current, descriptor=current.descriptor + [org] + org_notes))
        written = seg[found[0] : found[1]] if found and seg[found[0] : found[1]] != split[1] else ""
        current = _Entry(split[1], seg_start + at, [], written)
    last, last_notes = strip_parens(segments[-1][0])
    entries.append(dataclasses.replace(current, descriptor=current.descriptor + [last] + last_notes))
    return entries


def participants(sections: tuple[ParticipantSection, ...], body: str | None, municipality: str | None = None,
                 ) -> list[Participant]:
    """Everyone listed in the header, merged by name, with status, roles and organisations."""
    lex = load()
    people: dict[str, Participant] = {}
    # with no list of members (a head count is none), the people under the organisations that sent them ("Fra DH: …",
    # "Fra byrådet: …") are the members; beside a members list they are guests
    sent_members = not any(s.kind == "members" and not counts_heads(s.lines) for s in sections)
    # "Sørensen, Hans Jørgen (V)" on two lines or more: every list is written surname first
    entries_of = turned_entries if surname_first_layout([ln.text for s in sections for ln in s.lines]) else listed_entries
    for section in sections:
        heading = lex.headings.get(fold(section.heading))
        sent = section.kind == "affiliated" and (sent_members or section.within == "members")
        group = None  # "  Thisted Gymnastikforening:" over its members, inside the list
        listed = [] if section.columns else described_below(section.lines, entries_of)  # a name, its org below
        for n, line in enumerate(section.lines):
            below = section.lines[n + 1].text if n + 1 < len(section.lines) else ""
            if (label := group_label(line.text) or nested_label(line.text, below)) is not None:
                group = label
                continue
            if section.columns and (row := group_row(line.text)) is not None:  # "Varde Kommune" over its people
                group = row or None
                continue
            entries = _row_entries(line, section.columns) if section.columns else listed[n]
            for entry in entries:
                descriptor, noted = noted_status(entry.descriptor)
                roles, orgs = read_descriptor(descriptor + ([group] if group else []), body)
                # a deputy's list says who could come, not who came ("Stedfortræder" column)
                # "Fraværende: B / Stedfortræder: A deltog for B": under the absent, the one who came for B came
                came = section.kind == "absent" and not entry.absent and stood_in(entry.descriptor)
                status = noted or (PRESENT if came else ABSENT if section.kind == "absent" or entry.absent
                                   else UNKNOWN if section.kind in ("deputies", "roster") else PRESENT)
                if section.kind == "affiliated" and labels_organisation(section.heading, own=bool(orgs)):
                    orgs.insert(0, section.heading)  # not "Distrikt Nord:" (a place), nor "Idræt:" (a theme)
                # "(oplæg under pkt. 3)", "Gæst:", "Tolk (somali)", "(observatør)", "(punkt 4)": there for the meeting, no member
                guest = ("oplægsholder" in roles or "tolk" in roles or section.kind == "guests"
                         or there_for_part(entry.descriptor))
                if body and (section.kind != "affiliated" or sent) and not guest:
                    orgs += [body, *municipal_employer(heading, orgs, body, municipality)]
                if heading and heading.names_organisation:
                    orgs.insert(0, section.heading)
                default = listed_role(heading, section.kind, sent, roles, orgs, body, guest)
                # a role heading over a member ("Formand: Yusuf Demir") makes them a member too
                member = heading is not None and heading.kind == "members" and default not in (None, "medlem")
                roles[:0] = [r for r in (default, "medlem" if member else None) if r]
                written = entry.written or entry.name
                at = entry.start - line.start  # the quote is the text itself ("**" and all)
                evidence = Evidence(entry.start, entry.start + len(written), line.text[at : at + len(written)])
                # a lone first name listed under another organisation's label is another person
                # ("Netværket: …, Lisbeth" and "Frivilligcentret: Lisbeth")
                alone = len(entry.name.split()) == 1 and section.kind == "affiliated"
                key = fold(entry.name) + (f"@{fold(section.heading)}" if alone else "")
                person = people.setdefault(key, Participant(entry.name, evidence, status))
                if status == ABSENT:  # on the roster ("Medlemmer:") and under "Fraværende:": absent
                    person.status = ABSENT
                extend_unique(person.mentions, list(entry.initials))
                extend_unique(person.roles, roles)
                extend_unique(person.organisations, orgs)
    for person in people.values():  # listed a member, then said to have come for one: a deputy
        if "suppleant" in person.roles:
            person.roles[:] = [r for r in person.roles if r != "medlem"]
    return list(people.values())


# memoised: the same roster lines and descriptors recur from meeting to meeting
listed_entries = by_line_text(parse_entries)
turned_entries = by_line_text(functools.partial(parse_entries, turned=True))
read_descriptor = by_descriptor(parse_descriptor)
