"""An initials key ("Initialer:" then "LH = Lise Hvidbjerg, formand" lines) and the header lists it explains.

Some minutes list their participants by initials only ("Deltagere: LH, JØ, TN (ref.)") and say who
they are in a key at the end. The key's lines then stand in for the initials, so the people get
their names, descriptors and the status of the list that named them; the initials stay as mentions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.names import looks_like_name
from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection

# "LH = Lise Hvidbjerg, formand", "JØ: Jørgen Østergaard", "SKP – Signe Kjær Pedersen"; a note in brackets may
# stand between the initials and the name, as a list the minutes were sent to writes it: "TH (DH Vestby /
# Dansk Blindesamfund) – Tove Hjort, formand"
_KEY_ENTRY = re.compile(r"^([A-ZÆØÅ]{2,4})\s*(?:\(([^()]{1,120})\)\s*)?(?:=|:|–|—|-)\s*([A-ZÆØÅ][^=]{2,200})$")
# a line may hold several entries parted by middle dots or semicolons ("GP = Grethe Poulsen · ES = …")
_ENTRY_SEPARATOR = re.compile(r"\s*[·•;]\s*")
_LEAD = re.compile(r"^[\s>]*(?:[-•*]\s+)?")  # a blockquote's ">" or a bullet before the entries
_INITIALS = re.compile(r"^([A-ZÆØÅ]{2,4})(\s*\([^()]*\))?$")
_RULE = re.compile(r"^\s*[-_=*]{3,}\s*$")
_PART = re.compile(r"(?:(?<=^)|(?<=,)|(?<=\sog\s))\s*(\S(?:(?!\s+og\s)[^,])*)")  # an entry of a list parted by "," and "og"
_NOTE = re.compile(r"\s*\([^()]*\)")
_LONGEST_HEADING = 40  # characters: a longer line is no key's heading
# a signature block's cell: "Karen Lundsgaard (KL), formand", "Referent: Nina Poulsen (NP), centerleder"
_SIGNED = re.compile(r"^(?:[A-ZÆØÅ][\w.]*\s*:\s*)?([A-ZÆØÅ][^\s(),:]*(?:\s+[A-ZÆØÅ][^\s(),:]*){1,4})\s*"
                     r"\(([A-ZÆØÅ]{2,4})\)(?:\s*,\s*([^()]{1,80}))?$")
_CELLS = re.compile(r"\s{3,}|\t+")  # signatures set side by side, aligned by spaces


def _entries(line: Line) -> dict[str, Line] | None:
    """initials -> the entry's text after them, for a line of key entries; None for any other line."""
    lead = _LEAD.match(line.text)
    pos = lead.end() if lead else 0
    found: dict[str, Line] = {}
    for part in _ENTRY_SEPARATOR.split(line.text[pos:]):
        at = line.text.index(part, pos) if part else pos
        pos = at + len(part)
        if not part.strip():
            continue
        m = _KEY_ENTRY.match(part.rstrip())
        if m is None:
            return None
        # the note before the name is said of the person, as one after it would be ("Tove Hjort, formand (DH …)")
        note = f" ({m.group(2).strip()})" if m.group(2) else ""
        found[m.group(1)] = Line(line.start + at + m.start(3), m.group(3).rstrip() + note)
    return found or None


def _is_heading(text: str, headings: frozenset[str]) -> bool:
    cleaned = text.replace("*", "").strip(" \t>#").rstrip(":")
    return len(cleaned) <= _LONGEST_HEADING and fold(cleaned) in headings


def _in_key(text: str) -> bool:
    """Whether a list line is a key's heading or entries (a line the list reader joined keeps its breaks)."""
    rows = text.split("\n")
    return _is_heading(rows[0], load().key_headings) or all(_entries(Line(0, row)) for row in rows)


def _fits(initials: str, name: str) -> bool:
    """Whether `initials` are a name's own: its first capital, then capitals of its later words in order
    ("MHJ" of "Mads Holm-Jensen", "JØ" of "Jørgen Østergaard")."""
    capitals = [part[0] for part in re.split(r"[\s\-]+", name) if part]
    if not capitals or initials[0] != capitals[0]:
        return False
    rest = iter(capitals[1:])
    return all(letter in rest for letter in initials[1:])


def _signed(lines: Sequence[Line]) -> dict[str, Line]:
    """initials -> the name and what follows it, from lines of signatures that give each name's initials
    ("Karen Lundsgaard (KL), formand      Mads Holm-Jensen (MHJ), næstformand"); a line with anything else is
    none of them."""
    found: dict[str, Line] = {}
    for line in lines:
        if "(" not in line.text:
            continue
        pos, entries = 0, dict[str, Line]()
        for cell in _CELLS.split(line.text.strip()):
            at = line.text.index(cell, pos)
            pos = at + len(cell)
            m = _SIGNED.match(cell)
            if m is None or not _fits(m.group(2), m.group(1)) or not looks_like_name(m.group(1), trust_context=True):
                entries = {}
                break
            entries[m.group(2)] = Line(line.start + at + m.start(1), cell[m.start(1):].rstrip())
        found.update(entries)
    return found if len(found) >= 2 else {}


def key_block(lines: Sequence[Line]) -> tuple[int, dict[str, Line]]:
    """(where the key starts, initials -> the key's text after the initials) for a key under its heading
    ("Initialer:", "Navnenøgle"), or else for signatures that give the initials ("Karen Lundsgaard (KL), formand");
    (len(lines), {}) if none. A key that ends the document starts at its
    heading (a rule above it included): it belongs to the whole minutes, not to the item above it. A key
    elsewhere (under the lists, as a blockquote) cuts nothing, so it starts at len(lines)."""
    headings = load().key_headings
    # the heading lines first, `_is_heading` inlined in one comprehension: a call for each line cost more than the test
    for i in [i for i, text in enumerate([line.text for line in lines]) if text.strip()
              and len(cleaned := text.replace("*", "").strip(" \t>#").rstrip(":")) <= _LONGEST_HEADING
              and fold(cleaned) in headings]:
        found, j = {}, i + 1
        while j < len(lines) and (entries := _entries(lines[j])):
            found.update(entries)
            j += 1
        if len(found) < 2:
            continue
        if any(ln.text.strip() for ln in lines[j:]):
            return len(lines), found
        while i and (not lines[i - 1].text.strip() or _RULE.match(lines[i - 1].text)):
            i -= 1
        return i, found
    # no key under a heading: signatures that give each name's initials say who the initials are; they cut nothing
    return len(lines), _signed(lines)


def expand_initials(sections: Sequence[ParticipantSection], key: dict[str, Line]) -> list[ParticipantSection]:
    """The sections with each list of initials ("LH, JØ, TN (ref.)") replaced by the key's lines, a note after
    the initials kept ("Tina Nørskov, centerleder (ref.)"). A name written out among the initials ("TH, MB og Nina
    Fabricius (referent).") stays as it is."""
    if not key:
        return list(sections)
    expanded = []
    for section in sections:
        # a key under the lists runs on from the list above it ("Referent: AL" / "Navnenøgle" / entries)
        own = [line for line in section.lines if not _in_key(line.text)]
        parts = [Line(line.start + m.start(1), m.group(1).rstrip(" .")) for line in own
                 for m in _PART.finditer(line.text) if m.group(1).rstrip(" .")]
        matches = [_INITIALS.match(p.text) for p in parts]
        keyed = [m is not None and m.group(1) in key for m in matches]
        if not any(keyed) or not all(k or (m is None and looks_like_name(_NOTE.sub("", p.text)))
                                     for p, m, k in zip(parts, matches, keyed)):
            expanded.append(section)
            continue
        lines = tuple(Line(key[m.group(1)].start, key[m.group(1)].text + (m.group(2) or "") + f" ({m.group(1)})")
                      if m else part for part, m in zip(parts, matches))
        expanded.append(ParticipantSection(section.kind, section.heading, lines, section.columns))
    return expanded
