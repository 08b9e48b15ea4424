"""A definition list of people (`<dl><dt>Lina Haddad</dt><dd>Næstformand, Dansk Flygtningehjælp</dd>`), as the page
reader (`ingest/read/markup.py`) writes it: a term and its descriptions on one line, "Lina Haddad – Næstformand,
Dansk Flygtningehjælp", the "Name – role/organisation" layout of a participant list. A field's label ("Mødested",
"Deltagere") keeps its values below it, as in a header, and a numbered item ("<dt>2. Nyt fra formanden</dt>") its
text.
"""
from __future__ import annotations

from ingest.lexicon import is_field_label


class DefinitionTerms:
    """Whether a <dd> goes on its term's line, told one tag at a time."""

    def __init__(self) -> None:
        self._state: str | None = None  # "term" after a term that joins, "described" after its first <dd>
        self._term_at = 0  # where the open <dt>'s text starts in the output
        self.joined = False  # a <dd> went on its term's line and no text has followed yet

    def start(self, tag: str, at: int) -> str | None:
        """A block's start tag, `at` where the output stands: the separator to write for a <dd> that joins its term
        (" – ", or ", " after the first), else None."""
        if tag == "dd" and self._state:
            separator = " – " if self._state == "term" else ", "
            self._state, self.joined = "described", True
            return separator
        if tag == "dt":
            self._term_at = at
        if not self.joined:  # "<dd><p>Formand</p></dd>": the paragraph inside a joined <dd> is still its text
            self._state = None
        return None

    def end(self, tag: str, output: list[str]) -> None:
        """A block's end tag; `output` is what has been written."""
        if tag == "dt":
            term = "".join(output[self._term_at:]).strip()
            self._state = "term" if term and not any(c.isdigit() for c in term) and not is_field_label(term) else None
        elif tag == "dl":
            self._state = None

    def text(self) -> None:
        """Text was written."""
        self.joined = False
