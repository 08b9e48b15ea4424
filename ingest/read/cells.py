"""A participant table exported one cell per line (Word → text): "Navn" / "Funktion" / "Forening" on
lines of their own, then each person's cells on the next three lines. The cells are joined back into
rows ("Navn | Funktion | Forening", "Jens Vestergaard | Formand | Ældre Sagen Aars") so the table
reader sees the table it is.

A run of two or more lines that are all column headings of `data/lexicon/column_headings.tsv`, one of
them a name column, opens such a table; it runs in groups of as many lines as it has columns, up to a
blank line, a line ending in ":" or a group of column headings again (a cell may be one: "Medlem").
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

_MAX_COLUMNS = 6
_MAX_CELL = 80  # characters: a longer line is text, not a cell


def _headings(lines: list[str]) -> list[str | None]:
    """The field each line names as a column heading, or None: worked out once per line. A line too long to fold
    to any heading is none without folding it (folding makes "aa" one letter, so twice the longest, and a colon)."""
    known = load().column_headings
    longest = 2 * max(map(len, known), default=0) + 1
    return [known.get(fold(stripped).rstrip(":")) if (stripped := line.strip()) and len(stripped) <= longest else None
            for line in lines]


def join_cell_lines(text: str) -> str:
    """The text with one-cell-per-line participant tables joined into "|" rows.

    >>> join_cell_lines("Deltagere\\nNavn\\nForening\\nAnna Berg\\nYdby IF\\nOle Dam\\nYdby Spejder\\n\\nTekst")
    'Deltagere\\nNavn | Forening\\nAnna Berg | Ydby IF\\nOle Dam | Ydby Spejder\\n\\nTekst'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    # cheap tests first: a table opens with two heading lines in a row, one of them at an even index, and most
    # documents have no heading line there (so half the lines are looked up), nor two in a row
    if not any(_headings(lines[::2])):
        return text
    heading = _headings(lines)
    if not any(map(all, zip(heading, heading[1:]))):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and k < _MAX_COLUMNS and heading[i + k]:
            k += 1
        # "Afbud" over a table's "Navn" heads a list of the absent: an absence column is never a table's first
        if k < 2 or heading[i] == "absence" or "name" not in {heading[i + n] for n in range(k)}:
            out.append(lines[i])
            i += 1
            continue
        out.append(" | ".join(line.strip() for line in lines[i : i + k]))
        i += k
        while i + k <= len(lines):
            group = lines[i : i + k]
            if (not all(c.strip() and len(c) <= _MAX_CELL and not c.rstrip().endswith(":") and "|" not in c
                        for c in group) or all(heading[i : i + k])):
                break
            out.append(" | ".join(c.strip() for c in group))
            i += k
    return "\n".join(out)


# "deltagere: [Hanne Kofoed (formand), Per Munch]": a list in a YAML-like front matter
_FLOW_LIST = re.compile(r"^([^\W\d][\w ]{0,30}:[ \t]*)\[([^\[\]]*)\][ \t]*$", re.M)


def unbracket_lists(text: str) -> str:
    """A labelled list in brackets, as a Markdown front matter writes it, without its brackets
    ("deltagere: [A, B]" → "deltagere: A, B"), so the list reader sees the people list it is.

    >>> unbracket_lists("deltagere: [Anna Berg (formand), Ole Dam]\\nTekst [1]")
    'deltagere: Anna Berg (formand), Ole Dam\\nTekst [1]'
    """
    return _FLOW_LIST.sub(r"\1\2", text) if ":" in text and "[" in text else text


# a row of an agenda table whose first column is the item's status: "Åben<TAB>1<TAB>Godkendelse …", "Lukket punkt |
# 4a | Indstilling" (a number, maybe with a sub-item letter, in the second cell); found in one pass over the text
_NUMBER_CELL = re.compile(r"[\t| ]\(?\d{1,2}[a-z]?[.)]?(?=\t| *\|)")  # what `_STATUS_FIRST` cannot match without
_STATUS_FIRST = re.compile(r"^([^\t|\n]{2,30}?) *(\t+| *\| *)(\(?\d{1,2}[a-z]?[.)]?)(?=\t| *\|)(.*)$", re.M)


def status_last(text: str) -> str:
    """Agenda table rows whose first cell is the item's status, with the status moved to the end of the row:
    the table readers take a row's first cell for its number and look for a status after it.

    >>> status_last("Status\\tPkt.\\tEmne\\nÅben\\t1\\tBudget\\nLukket punkt\\t4a\\tIndstilling\\nAnna\\t2\\tx")
    'Status\\tPkt.\\tEmne\\n1\\tBudget\\tÅben\\n4a\\tIndstilling\\tLukket punkt\\nAnna\\t2\\tx'
    """
    # a row `_STATUS_FIRST` matches is one whole line, and it holds a `_NUMBER_CELL` (neither spans a newline): only
    # the lines holding a number cell are tried. A number cell, with the tab or "|" its lookahead needs, lies in one
    # line, so only the lines holding a tab or a "|" (found by `str.find`) are searched for one: the pattern starts
    # at every space, and a scan of the whole text tried it at each
    rows = []
    for separator in ("\t", "|"):
        at = text.find(separator)
        while at >= 0:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            end = len(text) if end < 0 else end
            rows.append((start, end))
            at = text.find(separator, end)
    rows = sorted(row for row in set(rows) if _NUMBER_CELL.search(text, *row))
    if not rows:
        return text
    lex = load()
    statuses = lex.closed_item_markers | lex.closed_section_markers | frozenset(lex.closed_words("open_status"))

    def moved(m: re.Match[str]) -> str:
        if fold(m.group(1)).strip(" .:()") not in statuses:
            return m.group(0)
        separator = "\t" if "\t" in m.group(2) else " | "
        return f"{m.group(3)}{m.group(4).rstrip()}{separator}{m.group(1).strip()}"

    parts, done = [], 0
    for start, end in rows:
        parts += [text[done:start], _STATUS_FIRST.sub(moved, text[start:end])]
        done = end
    return "".join(parts) + text[done:]


# a tick box: checked "☒", "☑", "[x]"; unchecked "☐", "[ ]"
_BOX = re.compile(r"(☒|☑|\[[xX]\]|☐|\[ \])[ \t]*")


def _boxed(line: str) -> list[tuple[str, str]]:
    """(box, label) of each tick box of a line."""
    parts = _BOX.split(line)
    return list(zip(parts[1::2], parts[2::2]))


def ticked_options(text: str) -> str:
    """Lines of tick boxes with the options left unticked taken out, and the boxes with them: a form's
    "Punktet behandles som: ☒ Åbent punkt ☐ Lukket punkt" says the item is open, and the words of the option not
    ticked must not close it. A line with no ticked box keeps all its words (a box may be a bullet), unless an
    option of it is ticked elsewhere: then the document's boxes are a form's fields, and the unticked option goes.

    >>> ticked_options("Status:\\t☐ Åbent punkt ☒ Lukket punkt\\n☐ Lukket punkt")
    'Status:\\tLukket punkt\\n'
    >>> ticked_options("Status:\\t☐ Åbent punkt ☒ Lukket punkt\\n☐ Tilskud")
    'Status:\\tLukket punkt\\n☐ Tilskud'
    """
    # ("[x]" in text.lower(), without lowering the text: no character but "X" lowers to "x", none to "[" or "]")
    if "☒" not in text and "☑" not in text and "[x]" not in text and "[X]" not in text:
        return text
    lines = text.split("\n")
    split = [_BOX.split(line) if "☐" in line or "[ ]" in line else None for line in lines]  # text, box, label, …
    # an option ticked on one line is a form's field: where the same option is unticked on a line of its own
    # ("☐ Lukket punkt" under items 1–3, "☒ Lukket punkt" under item 4), its box is no bullet either
    ticked = {" ".join(label.split()) for line in lines if "☒" in line or "☑" in line or "[x]" in line.lower()
              for box, label in _boxed(line) if box not in ("☐", "[ ]")}
    for i, parts in enumerate(split):
        if parts is None:
            continue
        boxes = parts[1::2]
        if all(b in ("☐", "[ ]") for b in boxes):
            if any(" ".join(label.split()) in ticked for label in parts[2::2]):
                lines[i] = parts[0] + " ".join(label.strip() for label in parts[2::2]
                                               if label.strip() and " ".join(label.split()) not in ticked)
            continue
        kept = [label.strip() for box, label in zip(boxes, parts[2::2]) if box not in ("☐", "[ ]")]
        lines[i] = parts[0] + " ".join(label for label in kept if label)
    return "\n".join(lines)
