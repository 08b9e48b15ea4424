"""Danish language knowledge, read once from the data files under `data/lexicon/`.

The extractor's rules name concepts ("a role word", "an absence heading"); the words behind
them live in those files so they can be extended without touching code.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"


# Characters a folded key may hold as they are: on text of only these, the accent stripping below
# changes nothing, and fold is one C call each for normalising, case folding and "aa". Besides
# ASCII and æ, ø, å: the punctuation of minutes, where Unicode leaves it alone (no decomposition,
# no case, no combining).
_PLAIN = "æøå" + "".join(
    ch for ch in "–—•·“”„«»‘’…§€°½"
    if unicodedata.normalize("NFD", ch) == ch and ch.casefold() == ch and not unicodedata.combining(ch)
)
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{_PLAIN}]")


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and accent-insensitive key that keeps æ, ø, å (they are letters, not accents)."""
    text = unicodedata.normalize("NFC", text).casefold()
    if text.isascii() or not _NOT_PLAIN.search(text):
        return text.replace("aa", "å")
    kept = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and ch != "\u030a":  # keep the ring of å
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).replace("aa", "å")


def _ending_table(suffixes: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], tuple[int, ...]]:
    """The kind of each ending (of an ending listed twice, the first) and the endings' lengths, longest first."""
    table: dict[str, str] = {}
    for ending, kind in suffixes:
        table.setdefault(ending, kind)
    return table, tuple(sorted({len(ending) for ending in table}, reverse=True))


def _kind_by_ending(table: dict[str, str], lengths: tuple[int, ...], word: str) -> str | None:
    """The kind the longest listed ending of `word` gives ("-": an ending that names no organisation).
    One look-up per ending length, not one test per ending."""
    for n in lengths:
        if n <= len(word) and (kind := table.get(word[len(word) - n :])) is not None:
            return None if kind == "-" else kind
    return None


def rows(name: str) -> list[list[str]]:
    """The rows of a data file in `data/lexicon/`, cells split at tabs and stripped; blank lines and "#" comments
    skipped; none when the file is absent."""
    path = LEXICON_DIR / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Heading:
    kind: str
    role: str | None
    names_organisation: bool = False
    of_municipality: bool = False  # "Fra forvaltningen": the municipality's administration


@dataclass(frozen=True)
class KnownOrganisation:
    name: str
    kind: str
    national: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Municipality:
    name: str
    variants: tuple[str, ...]

    @property
    def organisation(self) -> str:
        """The municipality as an organisation: "Solrød Kommune"; a variant naming it so ("Bornholms
        Regionskommune"), or its genitive among the variants ("Københavns Kommune", "Nordfyns Kommune")."""
        own = [v for v in self.variants if v.endswith("kommune") and v.startswith(self.name)]
        genitive = self.name + "s"
        return own[0] if own else f"{genitive if genitive in self.variants else self.name} Kommune"


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]  # folded
    surnames: frozenset[str]  # folded
    ambiguous_first_names: frozenset[str]
    headings: dict[str, Heading]
    roles: dict[str, str]
    job_titles: tuple[str, ...]
    org_suffixes: tuple[tuple[str, str], ...]  # longest ending first
    organisations: dict[str, KnownOrganisation]  # folded name or alias -> organisation
    municipal_units: dict[str, str]  # folded -> as written
    people_groups: frozenset[str]
    months: dict[str, int]
    body_words: tuple[str, ...]
    closed_item_markers: frozenset[str]
    closed_section_markers: frozenset[str]
    open_section_markers: frozenset[str]
    closed_phrases: frozenset[str]  # closes an item from anywhere in its first lines
    municipalities: dict[str, Municipality]  # folded name or variant -> municipality
    header_labels: dict[str, str]  # folded label -> field (date, time, location, body, notes, toc)
    initiative_suffixes: tuple[tuple[str, str], ...]  # longest ending first
    generic_org_words: frozenset[str]
    column_headings: dict[str, str]  # folded column heading -> field (name, organisation, role)
    regions: frozenset[str]
    programmes: dict[str, tuple[str, str]]  # folded name -> (name, kind)
    heading_verbs: tuple[str, ...] = ()  # folded, longest first: "Fra administrationen deltog:"
    key_headings: frozenset[str] = frozenset()  # "Initialer": the heading of an initials key
    item_title_keys: frozenset[str] = frozenset()  # "Titel": the row of a case's table holding its title
    task_labels: frozenset[str] = frozenset()  # "Ansvarlig": a line of the people an item's task falls to
    place_labels: frozenset[str] = frozenset()  # "Distrikt": a label of people naming a place, not an organisation
    interest_fields: frozenset[str] = frozenset()  # "Erhverv/Turisme" after a name: a field, not an organisation
    prose_headings: tuple[str, ...] = ()  # as written: "Til mødet var mødt" opens a sentence of people
    prose_absence: tuple[str, ...] = ()  # folded: "havde meldt afbud" closes a sentence of absent people
    clause_roles: tuple[tuple[str, str], ...] = ()  # (folded words, role): ", der ledede mødet"
    public_columns: frozenset[str] = frozenset()  # "Offentlig (J/N)": a "no" in it closes the row
    closed_columns: frozenset[str] = frozenset()  # "Lukket (J/N)": a "yes" in it closes the row
    no_values: frozenset[str] = frozenset()
    yes_values: frozenset[str] = frozenset()
    closed_below: frozenset[str] = frozenset()
    board_posts: dict[str, tuple[str, bool]] = field(default_factory=dict)  # "kasserer" -> (role, held by a member)  # "det følgende": a closing note covers what is below it
    # folded mark or legend phrase -> present | absent | unmarked ("✓ Name", "ikke markeret = afbud")
    attendance_marks: dict[str, str] = field(default_factory=dict)
    # folded endings of a local branch's name after a comma ("Dansk Blindesamfund, Sydsjællandskredsen")
    branch_words: tuple[str, ...] = ()
    party_letters: dict[str, str] = field(default_factory=dict)  # "A" -> "Socialdemokratiet" (ballot letters)
    # every kind of closed_markers.txt -> its folded phrases, longest first: the later rules on closed parts read
    # their words by kind ("lookalike", "closes_rest", "reopens", "open_status") without a field each
    closed_by_kind: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # folded Danish colour words ("gul", "gule", "orange") -> their family ("yellow"), for notes on marked text
    colour_words: dict[str, str] = field(default_factory=dict)

    def closed_words(self, kind: str) -> tuple[str, ...]:
        """The folded phrases of one kind of `closed_markers.txt`, longest first.

        >>> "slukket" in load().closed_words("lookalike")
        True
        """
        return self.closed_by_kind.get(kind, ())

    def is_first_name(self, token: str) -> bool:
        """A first name of the list, or a hyphenated one whose parts all are ("Anna-Lise", "Karl-Erik")."""
        key = fold(token)
        if key in self.first_names:
            return True
        parts = key.split("-")
        return len(parts) > 1 and all(part in self.first_names for part in parts)

    @functools.cached_property
    def organisation_names(self) -> list[str]:
        """The gazetteer's organisations by name, as written ("Danmarks Naturfredningsforening")."""
        return sorted({known.name for known in self.organisations.values()})

    def kind_by_suffix(self, name: str) -> str | None:
        return self._kinds_by_suffix(name)

    @functools.cached_property
    def _kinds_by_suffix(self) -> Callable[[str], str | None]:
        """`kind_by_suffix`, memoised for this lexicon (names recur across documents)."""
        table, lengths = _ending_table(self.org_suffixes)

        @functools.lru_cache(maxsize=100_000)
        def kind(name: str) -> str | None:
            words = name.split()
            return _kind_by_ending(table, lengths, fold(words[-1])) if words else None

        return kind


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows(name))


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, loaded once per process."""
    organisations: dict[str, KnownOrganisation] = {}
    party_letters: dict[str, str] = {}
    for row in rows("organisations.tsv"):
        aliases = tuple(a for a in (row[3].split("|") if len(row) > 3 and row[3] else []) if a)
        org = KnownOrganisation(row[0], row[1], row[2] == "national", aliases)
        organisations[fold(org.name)] = org
        for alias in aliases:
            if len(alias) > 1:  # one-letter party letters are too ambiguous to look up
                organisations.setdefault(fold(alias), org)
            elif org.kind == "political_party":  # read only in a note after a name: "Jytte Bundgaard (A)"
                party_letters[alias] = org.name
    municipalities: dict[str, Municipality] = {}
    for row in rows("municipalities.tsv"):
        variants = tuple(v for v in (row[2].split("|") if len(row) > 2 else []) if v)
        mun = Municipality(row[0], variants)
        for key in (row[0], *variants):
            municipalities[fold(key)] = mun
    closed = rows("closed_markers.txt")
    suffixes = sorted(((fold(r[0]), r[1]) for r in rows("org_suffixes.tsv")), key=lambda r: -len(r[0]))
    return Lexicon(
        first_names=_words("first_names.txt"),
        surnames=_words("surnames.txt"),
        ambiguous_first_names=_words("ambiguous_first_names.txt"),
        headings={
            fold(r[0]): Heading(r[1], None if r[2] == "-" else r[2], r[3:4] == ["org"], r[3:4] == ["municipality"])
            for r in rows("headings.tsv")
        },
        roles={fold(r[0]): r[1] for r in rows("roles.tsv")},
        job_titles=tuple(fold(r[0]) for r in rows("job_titles.txt")),
        org_suffixes=tuple(suffixes),
        organisations=organisations,
        municipal_units={fold(r[0]): r[0] for r in rows("municipal_units.txt")},
        people_groups=_words("people_groups.txt"),
        months={fold(r[0]): int(r[1]) for r in rows("months.tsv")},
        body_words=tuple(sorted((fold(r[0]) for r in rows("body_words.txt")), key=len, reverse=True)),
        closed_item_markers=frozenset(fold(r[1]) for r in closed if r[0] == "item"),
        closed_section_markers=frozenset(fold(r[1]) for r in closed if r[0] == "section"),
        open_section_markers=frozenset(fold(r[1]) for r in closed if r[0] == "open"),
        closed_phrases=frozenset(fold(r[1]) for r in closed if r[0] == "phrase"),
        public_columns=frozenset(fold(r[1]) for r in closed if r[0] == "public_column"),
        closed_columns=frozenset(fold(r[1]) for r in closed if r[0] == "closed_column"),
        no_values=frozenset(fold(r[1]) for r in closed if r[0] == "no"),
        yes_values=frozenset(fold(r[1]) for r in closed if r[0] == "yes"),
        closed_below=frozenset(fold(r[1]) for r in closed if r[0] == "below"),
        board_posts={fold(r[0]): (r[1], r[2] == "medlem") for r in rows("board_posts.tsv")},
        municipalities=municipalities,
        header_labels={fold(r[0]): r[1] for r in rows("header_labels.tsv")},
        generic_org_words=_words("generic_org_words.txt"),
        initiative_suffixes=tuple(
            sorted(((fold(r[0]), r[1]) for r in rows("initiative_suffixes.tsv")), key=lambda r: -len(r[0]))
        ),
        column_headings={fold(r[0]): r[1] for r in rows("column_headings.tsv")},
        regions=_words("regions.txt"),
        party_letters=party_letters,
        branch_words=tuple(sorted(_words("branch_words.txt"), key=len, reverse=True)),
        programmes={fold(r[0]): (r[0], r[1]) for r in rows("programmes.tsv")},
        heading_verbs=tuple(sorted((fold(r[0]) for r in rows("heading_verbs.txt")), key=len, reverse=True)),
        prose_headings=tuple(r[0] for r in rows("prose_headings.txt")),
        prose_absence=tuple(fold(r[0]) for r in rows("prose_absence.txt")),
        key_headings=frozenset(fold(r[0]) for r in rows("key_headings.txt")),
        item_title_keys=frozenset(fold(r[0]) for r in rows("item_title_keys.txt")),
        task_labels=frozenset(fold(r[0]) for r in rows("task_labels.txt")),
        place_labels=frozenset(fold(r[0]) for r in rows("place_labels.txt")),
        interest_fields=frozenset(fold(r[0]) for r in rows("interest_fields.txt")),
        clause_roles=tuple((fold(r[0]), r[1]) for r in rows("clause_roles.tsv")),
        attendance_marks={fold(r[0]): r[1] for r in rows("attendance_marks.tsv")},
        closed_by_kind=_by_kind(closed),
        colour_words={fold(r[0]): r[1] for r in rows("colours.tsv")},
    )


def _by_kind(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(row[0], set()).add(fold(row[1]))
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


def is_field_label(text: str) -> bool:
    """Whether text is a header field's label ("Mødested") or a heading of people ("Deltagere", "Afbud:").

    >>> is_field_label("Mødested:"), is_field_label("Deltagere"), is_field_label("Lina Haddad")
    (True, True, False)
    """
    lex, folded = load(), fold(text).strip().rstrip(":").strip()
    return folded in lex.header_labels or folded in lex.headings


def municipality_organisation(name: str) -> str:
    """The municipality `name` (as the minutes give it) as an organisation: "Københavns Kommune" for København.

    >>> municipality_organisation("København"), municipality_organisation("Solrød"), municipality_organisation("Bornholm")
    ('Københavns Kommune', 'Solrød Kommune', 'Bornholms Regionskommune')
    """
    known = load().municipalities.get(fold(name))
    return known.organisation if known else f"{name} Kommune"
