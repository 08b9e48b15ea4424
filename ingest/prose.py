"""People lists written as sentences: "Til mødet var mødt A fra X, der ledede mødet, B fra Y og C fra Z."

Minutes written as running prose name the participants in a sentence that opens with a phrase of
`data/lexicon/prose_headings.txt` ("Til mødet var mødt", "Desuden deltog", "Der var meldt afbud
fra"), each a heading of `headings.tsv` that gives the list its kind. The sentence is cut into one
list line per person, in the "Name, organisation (role)" form the list reader knows: a part starts
where a first name follows ", " or " og "; "fra X" after a name is where the person comes from; a
relative clause (", der ledede mødet", ", som også skrev referatet") gives a role through
`data/lexicon/clause_roles.tsv` or is dropped. Each line starts at the person's name in the
document and keeps its length, so offsets stay true.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ingest.alternation import literal_alternation
from ingest.lexicon import fold, load
from ingest.model import AgendaItem, Line, ParticipantSection

# where one person of the sentence may end: ", ", ", og ", " og ", optionally followed by "fra"
_BREAK = re.compile(r",\s+(?:(?:og|samt)\s+)?(?:fra\s+)?|\s+(?:og|samt)\s+(?:fra\s+)?")  # ("…, samt Birgit Ravn fra …")
_CLAUSE = re.compile(r"^(?:der|som)\s", re.I)
_REMARK = re.compile(r"\s[-–—]\s+(?=[a-zæøå])")
_POSSESSIVES = frozenset({"vores", "vor", "vort", "deres"})  # "vores formand …", "vores suppleant …"
_FROM = re.compile(r"\s+fra\s+")
_LINE_BREAK = re.compile(r"(?<![a-zæøå]-)\n|\n(?![a-zæøå])")
# "Fra Vestby Frivilligcenter deltog centerleder Ida Holm, …": staff of a named organisation
# ("Fra Ydby Kommune, Kultur, Fritid og Borgerservice deltog …": the unit after a comma)
_FROM_ORG_TOOK_PART = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=\n))[Ff]ra\s+((?:[A-ZÆØÅ][\w\-]*(?:,|\s+og)?\s+){1,8}?)deltog\s+")
# a sentence ends at a full stop before a capital or the paragraph's end, not after an initial ("Birthe R.")
_SENTENCE_END = re.compile(r"(?<!\b[A-ZÆØÅ])\.(?=\s+[A-ZÆØÅ\d]|\s*$)")
# a count may stand between the phrase and the names: "Vi var 19 til mødet (+ et par børn): Kim B., …"
_COUNT = r"(?:\s+\d{1,3}(?:\s+(?:til|på|ved|i)\s+(?:mødet|alt))?)?(?:\s*\([^()\n]{0,40}\))?\s*:?"


@functools.lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str] | None, dict[str, str], tuple[tuple[str, str], ...]]:
    """(opening phrases at a sentence start, folded phrase -> heading, (clause words, role) pairs)."""
    lex = load()
    headings = {fold(h): h for h in lex.prose_headings}
    clauses = lex.clause_roles
    if not headings:
        return None, {}, clauses
    # a phrase may break over lines: "Der var\nmeldt afbud fra"
    alternatives = "|".join(r"\s+".join(map(re.escape, h.split()))
                            for h in sorted(headings.values(), key=len, reverse=True))
    first = first_words(headings.values())
    # the first name may follow a job title in lower case: "Desuden deltog landdistriktskoordinator Kirsten …"
    titled = r"(?:[a-zæøå\-]*(?:" + "|".join(map(re.escape, lex.job_titles)) + r")\s+)?"
    # a sentence starts a paragraph, follows a full stop or a clause's ";" ("Mødet blev ledet af …; desuden deltog …")
    # or opens a line of a list ("…)\nDesuden deltog …"), or opens a main clause after ", og" ("Mødet blev holdt hos
    # Ole, og ud over ham deltog Marianne …": the phrase itself starts with "og")
    return (re.compile(rf"(?:^|(?<=[.!?;])\s+|(?<=\n)|(?<=,)\s+(?=og\s)){first}({alternatives}){_COUNT}\s+(?={titled}[A-ZÆØÅ])",
                       re.I),
            headings, clauses)


def first_words(phrases: Iterable[str]) -> str:
    """A look-ahead for the first word of one of the `phrases`, put before their alternation, which tries them one
    after another (most places hold none): a phrase of several words matches its first and a whitespace first.

    In a look-ahead only whether a word matches counts, not which, so the words' prefix tree says what their plain
    alternation says, under re.IGNORECASE too."""
    words = [phrase.split() for phrase in phrases]
    several, single = sorted({w[0] for w in words if len(w) > 1}), sorted({w[0] for w in words if len(w) == 1})
    return "(?=" + "|".join(([literal_alternation(several) + r"\s"] if several else [])
                            + ([literal_alternation(single)] if single else [])) + ")"


def opening_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` finds for the opening phrases' pattern (`_phrases`), tried only where a match
    can start: at the text's start (its "^") and right after one of ".!?;", a newline or "," (its look-behinds),
    not at every character (where `re`, finding no first character to look for, tries the whole pattern).

    A match at a place is the one a scan finds there (its look-behinds see the text before it in both); as the
    scan does, the next is looked for from the end of the last (no match is empty).
    """
    starts = [0]
    for ch in ".!?;\n,":
        at = text.find(ch)
        while at >= 0:
            starts.append(at + 1)
            at = text.find(ch, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def _paragraphs(lines: list[Line]) -> list[Line]:
    """Runs of non-blank lines, joined with their newlines (offsets hold)."""
    paragraphs: list[Line] = []
    texts: list[str] = []  # the current paragraph's lines: one Line per paragraph, not one per line
    start = 0
    for line in lines:
        if not line.text.strip():
            if texts:
                paragraphs.append(Line(start, "\n".join(texts)))
            texts = []
        else:
            start = line.start if not texts else start
            texts.append(line.text)
    if texts:
        paragraphs.append(Line(start, "\n".join(texts)))
    return paragraphs


def _starts_name(text: str) -> bool:
    """Whether a part of the sentence starts with a person: a first name, or a job title in lower case
    before one ("centerleder Malene Vestergaard")."""
    words = text.split()
    lex = load()
    if len(words) > 2 and fold(words[0]) in _POSSESSIVES:  # "vores formand Birthe Kjærsgaard"
        words = words[1:]
    if len(words) > 1 and words[0].islower() and (fold(words[0]).endswith(lex.job_titles)
                                                  or fold(words[0]) in lex.board_posts):  # "næstformand Anja …"
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and lex.is_first_name(words[0].strip(",."))


def _org_then_name(piece: str) -> int:
    """Where the person starts in a part written "organisation, then name" after "fra" ("Fanø Kommune Gitte Brink,
    der tog referat" → 12), or -1: the first word that opens a name after capitalised words that do not."""
    lex = load()
    for k, m in enumerate(re.finditer(r"\S+", piece)):
        word, pos = m.group(), m.start()
        if k and word[:1].isupper() and lex.is_first_name(word.strip(",.")) and _starts_name(piece[pos:]):
            return pos
        if not word[:1].isupper():  # a job title before the name ("Samsø Kommune frivilligkoordinator Bente …")
            return pos if k and _starts_name(piece[pos:]) else -1
    return -1


def _role(clause: str) -> str | None:
    folded = fold(" ".join(clause.split()))
    return next((role for words, role in _phrases()[2] if words in folded), None)


def _person_line(text: str, start: int, clauses: list[str], org: str | None = None) -> Line:
    """"Name fra Org" written "Name,     Org" (same length), a role from the clauses in parentheses;
    `org`: where the sentence says everyone in it comes from ("Fra Vestby Frivilligcenter deltog …")."""
    text = _LINE_BREAK.sub(" ", text)  # "Lange-\nland Kommune" stays one word for the list reader
    came_from = _FROM.search(text)
    if came_from:
        text = text[: came_from.start()] + "," + " " * (came_from.end() - came_from.start() - 1) + text[came_from.end():]
    elif org:
        text += ", " + org
    roles = [role for role in map(_role, clauses) if role]
    return Line(start, text + "".join(f" ({role})" for role in roles))


def split_people(text: str, start: int, org: str | None = None) -> list[Line]:
    """One list line per person of a sentence's list of people (see the module docstring)."""
    pieces, pos, came_from = [], 0, False  # (start, end, after "fra") of the text between two breaks
    for m in _BREAK.finditer(text):
        pieces.append((pos, m.start(), came_from))
        pos, came_from = m.end(), m.group().rstrip().endswith("fra")
    pieces.append((pos, len(text), came_from))
    people: list[tuple[int, int, list[str], str | None]] = []  # (start, end, clauses, organisation) in `text`
    in_clause = False
    for a, b, after_fra in pieces:
        piece = text[a:b]
        if _starts_name(piece):
            people.append((a, b, [], None))
            in_clause = False
        elif after_fra and (at := _org_then_name(piece)) > 0:  # "og fra Fanø Kommune Gitte Brink"
            people.append((a + at, b, [], " ".join(piece[:at].split())))
            in_clause = False
        elif not people:
            continue
        elif _CLAUSE.match(piece) or in_clause:
            people[-1][2].append(piece)  # ", der ledede mødet": about the person before it
            in_clause = True
        else:
            people[-1] = (people[-1][0], b, people[-1][2], people[-1][3])  # ", Havnbjerg Boldklub": where they come from
    return [_person_line(text[a:b], start + a, clauses, own or org) for a, b, clauses, own in people]


def prose_sections(lines: list[Line]) -> list[ParticipantSection]:
    """The people lists written as sentences in `lines`, one section per opening phrase."""
    pattern, headings, _ = _phrases()
    if pattern is None:
        return []
    sections = []
    lex = load()
    for paragraph in _paragraphs(lines):
        # a phrase opens the paragraph or follows a full stop, "!" or "?": without one only the start can hold it
        # (a match there, not a scan of every character)
        opens = opening_matches(pattern, paragraph.text) if any(map(paragraph.text.__contains__, ".!?;")) \
            else filter(None, [pattern.match(paragraph.text)])
        for m in opens:
            heading = headings[fold(" ".join(m.group(1).split()))]
            known = lex.headings.get(fold(heading))
            before = paragraph.text[: m.start(1)].rstrip()[-1:]  # "" at the paragraph's start
            in_list = before not in ("", ".", "!", "?")  # a line of a list block, no sentence before it
            if known is None or in_list and any(sep in paragraph.text[m.end(1) : m.end()] for sep in ":\t"):
                continue  # "…)\nDesuden deltog: Name" in a list block is a list heading, read as a list
            end = _SENTENCE_END.search(paragraph.text, m.end())
            stop = end.start() if end else len(paragraph.text)
            stop = min(stop, semi) if (semi := paragraph.text.find(";", m.end(), stop)) >= 0 else stop
            # a remark after a dash ends the list: "… og Ahmad Karimi fra Venligboerne Herning - og så mig selv"
            stop = remark.start() if (remark := _REMARK.search(paragraph.text, m.end(), stop)) else stop
            people = split_people(paragraph.text[m.end() : stop], paragraph.start + m.end())
            if people:
                sections.append(ParticipantSection(known.kind, heading, tuple(people)))
        sections.extend(_absent_before(paragraph))
        for m in _FROM_ORG_TOOK_PART.finditer(paragraph.text) if "deltog" in paragraph.text else ():
            end = _SENTENCE_END.search(paragraph.text, m.end())
            sentence = paragraph.text[m.end() : end.start() if end else len(paragraph.text)]
            people = split_people(sentence, paragraph.start + m.end(), " ".join(m.group(1).split()))
            if people:  # present, in no role the phrase could give
                sections.append(ParticipantSection("present", " ".join(m.group().split()), tuple(people)))
    return sections


@functools.lru_cache(maxsize=1)
def _absence_tail() -> re.Pattern[str] | None:
    """A sentence of people that a phrase of `prose_absence.txt` closes: "Lars Thaysen (…) havde meldt afbud"."""
    phrases = load().prose_absence
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    # the phrase ends the sentence or names the meeting: "Mahmoud og Lene deltog ikke i drøftelsen af …" is no absence
    # (or a clause after ", og": "Jørn Lykke havde meldt afbud, og vores suppleant Ditte Bach var forhindret")
    return re.compile(rf"(?:^|(?<=[.!?;])\s+|,\s+og\s+)([A-ZÆØÅ][^.!?;]{{2,300}}?)\s+(?:{alternatives})"
                      r"(?=\s*(?:[.!?;,]|$)|\s+(?:til|i|på|ved|fra)\s+(?:mødet|dagens\s+møde)\b"
                      # or gives the reason: "Kirsten Dahl havde meldt afbud pga. arbejde."
                      r"|\s+(?:pga\.?|på\s+grund\s+af|grundet)\s)", re.I)


def _absent_before(paragraph: Line) -> list[ParticipantSection]:
    """The people a sentence says were away at its end ("Lars Thaysen (Sønderho Borgerforening) havde meldt
    afbud."), when it starts with a first name: one absent section."""
    pattern = _absence_tail()
    if pattern is None or "afbud" not in paragraph.text and "ikke" not in paragraph.text and " var " not in paragraph.text:
        return []  # cheap test first: every phrase holds one of these
    sections = []
    for m in pattern.finditer(paragraph.text):
        if _starts_name(m.group(1)) and (people := split_people(m.group(1), paragraph.start + m.start(1))):
            sections.append(ParticipantSection("absent", "Afbud", tuple(people)))
    return sections


def paragraph_items(text: str, sections: tuple[ParticipantSection, ...]) -> tuple[AgendaItem, ...]:
    """Minutes without numbered items, read as one unnumbered topic per paragraph after the people lists.

    Each spans from the line break before its paragraph, so its first sentence is the one under its
    (empty) title line, as in a numbered item: "Erling orienterede om …" opening a paragraph presents."""
    # a signature ("Referent: Nina Holm") may close the minutes: the topics lie before it
    after = max((line.start + len(line.text) for section in sections if section.kind != "minute_taker"
                 for line in section.lines), default=0)
    items = []
    for paragraph in _paragraphs(_lines(text)):
        if paragraph.start > after:
            start = paragraph.start - 1
            items.append(AgendaItem("", "", start, paragraph.start + len(paragraph.text)))
    return tuple(items)


def _lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, raw))
        pos += len(raw) + 1
    return lines
