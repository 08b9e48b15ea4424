"""What the text says about a named person: whom they come from, what role they have.

Phrase patterns of Danish minutes, read around each place the text names a person:
  "Henrik Lykke fra Tryghed og Trivsel", "Karin/Røde Kors", "Henrik Bang (SF)" -> organisation;
  "Oplæg ved …", "Orientering v/ …", "… ved Jamila" in an item title, "X orienterede om" -> oplægsholder;
  "Formanden Mustapha Badr" -> formand; "X blev tovholder", "Kontaktperson … er X" -> tovholder, kontaktperson;
  "leder af ORG Line Pinstrup", "Lisbeth, ny centerleder i frivilligcentret" -> job title (organisation).
All patterns are compiled once; each is matched at a person's occurrence, never built from names.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ingest.extract.lowered import lowered
from ingest.extract.name_growth import CENTRE_LIST
from ingest.extract.names import is_known_branch, is_orgish
from ingest.extract.people import Person
from ingest.lexicon import fold, load
from ingest.model import AgendaItem

_WINDOW = 160
# "Tryghed og Trivsel", "Center for Børn", "Slagelse Boldklub & IF", "Ung på Als"
_ORG = r"((?:[a-zæøå]+\s+og\s+)?[A-ZÆØÅ][\w\-]*(?:\s+(?:og|for|i|på)\s+[\w\-]+|\s+&\s+[A-ZÆØÅ][\w\-]*|\s+[A-ZÆØÅ][\w\-]*){0,4})"
# "fra foreningen Ung på Als": the name after a generic word written in lower case
_FROM_GENERIC = re.compile(r"(?:s|'s|’s)?\s+fra\s+(?:foreningen|klubben|organisationen|netværket)\s+" + _ORG)
_TITLE_WORDS = r"[a-zæøå]*(?:leder|chef|koordinator|konsulent|medarbejder|talsmand|talskvinde)"

_FROM = re.compile(r"(?:s|'s|’s)?\s+(?:fra|hos)\s+" + _ORG)
_SLASH = re.compile(r"/" + _ORG)
_UNIT_AFTER = re.compile(r",\s+([A-ZÆØÅ][\w\-]*(?:\s+(?:og|for)\s+[\w\-]+|\s+[A-ZÆØÅ][\w\-]*){0,3})(?=\s*[,.]|\s+\w)")
_PAREN = re.compile(r"\s*\(([A-ZÆØÅ][\w\- ]{0,40})\)")
# what the person's own clause says, up to eight words ("bød velkommen og blev valgt som ordstyrer"), up to the
# sentence's end, a comma or another capitalised word
_OWN_CLAUSE = re.compile(r"\s+((?:[a-zæøå][\w\-]*\s+){0,7}[a-zæøå][\w\-]*)(?=\s*[.,;:!]|\s*$)")
_POST_AFTER = re.compile(r" ?\(([a-zæøå][a-zæøå\-\n]{3,25})\)")  # "(kasserer)", "(næst-\nformand)"
_POST_BEFORE = re.compile(r"\(([a-zæøå]{4,25}):\s*$")  # "(suppleant: " before the name
_BROKEN = re.compile(r"-\n")
_ELSEWHERE = re.compile(r"(?:,|\s+(?:i|fra|hos))\s+[A-ZÆØÅ]")  # "… i Ydby IF", "…, Ydby IF": of an organisation
_CHAIR_BEFORE = re.compile(r"\bformand(?:en)?\s+$", re.I)
# "Karen Lundsgaard (KL), formand      Mads Holm-Jensen": the role after a comma is the cell before the gap's,
# as "Hans Lykke, formand" ending a line of a list is the post of that line's person
_CHAIR_OF_CELL_BEFORE = re.compile(r",\s*formand(?:en)?(?:[ ]{3,}|\t|[ \t]*\n)\s*$", re.I)
# "X er tovholder", "X og Y er fortsat tovholdere", "X, Y og Z har været tovholdere", "med X og Y som tovholdere"
_TOVHOLDER_AFTER = re.compile(
    r"[ \t]*\(tovholder\)|(?:(?:,|\s+og)\s+[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*){0,3})*"
    r"\s+(?:(?:er|bliver|blev|har\s+været)\s+(?:\w+\s+)?tovholder|(?:fortsætter\s+|fortsat\s+)?som\s+tovholder"
    r"|tilbyder at være[^.]{0,40}tovholder|(?:har\s+sagt\s+ja\s+til\s+at|vil\s+gerne)\s+være\s+tovholder)"
)  # … "Søren fortsætter som tovholder", "Ole har sagt ja til at være tovholder", "Rasmus (tovholder)" (Rasmus alone)
_TOVHOLDER_BEFORE = re.compile(r"tovholder(?:e)?\s*(?:er|:)\s*$")
# a label over a list of tovholdere, and where an entry of it starts: a line's start (past a bullet), or a name
# joined to the one before it ("Grete + Åse", "Fadumo og Ayse")
_TOVHOLDER_LABEL = re.compile(r"tovholder(?:e|ne)?(?:[ \t]+[a-zæøå]+)?[ \t]*:", re.I)
_ENTRY_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?(?:[A-ZÆØÅ][\w\-.]*(?:[ \t]+[A-ZÆØÅ][\w\-.]*)*"
                          r"[ \t]*(?:\+|og|,|&)[ \t]*)*$")
_LIST_REACH = 400  # characters back to a list's label
_CONTACT_BEFORE = re.compile(r"kontaktperson[^.]{0,60}\s(?:er|bliver|:)\s*$", re.I)
_CONTACT_REACH = len("kontaktperson") + 60 + 1 + len("bliver")  # the longest match, trailing spaces apart
# "X er kontaktperson", "X er Ældrerådets kontaktperson", "X, som er ny kontaktperson", "X er fortsat kontaktperson"
_CONTACT_AFTER = re.compile(r"(?:,\s+(?:som|der))?\s+(?:er|bliver|blev)\s+(?:(?:fortsat|ny|nu|også)\s+)?"
                            r"(?:[A-ZÆØÅa-zæøå][\w\-]*s\s+)?kontakt(?:person|politiker)", re.I)
_TITLE_NOUNS = ("leder", "chef", "direktør", "koordinator", "konsulent")
_TITLE_BEFORE = re.compile(
    # a comma ends the organisation: "konsulent i Vestby Kommune, og fra Ulla Bech" names two people
    r"\b([a-zæøå]*(?:" + "|".join(_TITLE_NOUNS) + r"))\s+(?:af|for|i|hos)\s+([^\n,]{3,80}?)[ \t]+$"
)
# "Centerleder Hanne Bro fra Kolding Frivilligcenter": the title right before the name, the employer after it
_TITLE_JUST_BEFORE = re.compile(r"(?<![\w\-])([A-ZÆØÅa-zæøå][a-zæøå]*(?:" + "|".join(_TITLE_NOUNS) + r"))[ \t]+$")
_TITLE_AFTER = re.compile(r",\s+(?:ny|nye|vores)?\s*(" + _TITLE_WORDS + r")\s+(?:i|for|hos|ved)\s+([\wæøåÆØÅ\- ]{3,40}?)[.\n,]")
# "Oplæg ved demenskoordinator Susanne Friis": a job title between "ved" and the name
_PRESENTED_BEFORE = re.compile(
    r"(?:oplæg|orientering|indlæg|præsentation|nyt fra [\w\-]+)\s+(?:ved|v/)\s*"
    r"(?:[a-zæøå]+\s+(?:af|for|fra)\s+[^.]{0,80}?|[a-zæøå]*(?:" + "|".join(_TITLE_NOUNS) + r")\s+)?$",
    re.I,
)
# "demenskoordinator Susanne Friis, Faxe Kommune": the employer after a comma
_COMMA_EMPLOYER = re.compile(r",\s+" + _ORG)
_UNIT_HEADS = frozenset(("Center", "Centret", "Afdeling", "Afdelingen", "Sekretariatet", "Forvaltningen"))
_BY_BEFORE = re.compile(r"\s(?:ved|v/)\s*$")
_BYLINE_BEFORE = re.compile(r"(?:^|\n)\s*v/\s*$")
_SPOKE_AFTER = re.compile(
    # "Lars Bonde fra Vestby IF, der fortalte om projektet": a relative clause presents too
    # and "fra Vestby Kommune, Kultur og Fritid, fortalte": the unit after a comma
    r"(?:s)?(?:\s+fra\s+[^,.\n]{1,60}?(?:,\s+[A-ZÆØÅ][^,.\n]{1,40},)?)?(?:,\s+(?:der|som))?\s+(?:orienterer|orienterede|præsenterede|præsenterer"
    r"|fortalte om)\b"
)
# "Anja Toft gennemgik forslaget", "Mette gav en status på …", "Omar fortalte, at …": a presenter
# only when the item opens with it (later in an item the same verbs report a discussion)
_OPENS_WITH = re.compile(
    r"\s+(?:gennemgik|gennemgår|gav\s+(?:en\s+)?status|giver\s+(?:en\s+)?status|fortalte\b|fortæller\b"
    r"|fremlagde|fremlægger|redegjorde|redegør)"
)
# (?=…): the first letters a statement can start with, so most positions fail at one test
_REPRESENT = re.compile(
    r"(?=[A-ZÆØÅoev])((?:[A-ZÆØÅ][\w\-]*\s+)*?(?:og\s+[A-ZÆØÅ][\w\-]*\s+)?)(?:er|var)\s+"
    r"(?:repræsentant(?:er)?|repræsentative)\s+for\s+([^.,;\n–]{3,80})"
)
# "Jytte Bach er valgt af Ældre Sagen Skive", and the list going on: ", Henning Lauritsen af Skive Idrætssamvirke"
_APPOINTED_BY = re.compile(r"\s+(?:er\s+(?:valgt|udpeget)\s+)?af\s+" + _ORG)
_APPOINTING = (" valgt af ", " udpeget af ")  # what such a sentence holds
_REPRESENT_CORE = re.compile(r"repræsenta(?:nt(?:er)?|tive)\s+for\s")  # what every `_REPRESENT` match holds
_REPRESENTATIVE_ORG_END = re.compile(r"\s+[–-]\s+|\s+(?:som|og vil|der|hvor)\s+")
_MUNICIPALITY_IN = re.compile(r"\bi\s+([A-ZÆØÅ][\w\-]*\s+[Kk]ommune)\b")
_ROUTINE_ITEMS = (
    "eventuelt", "evt", "gensidig orientering", "nyt fra formanden", "nyt fra foreningerne",
    "meddelelser", "orientering ved formand", "orientering fra formand", "godkendelse",
)


def _add(values: list[str], value: str) -> None:
    if value and fold(value) not in map(fold, values):  # (a scan in C, where a set would be built each time)
        values.append(value)


def relate(persons: list[Person], text: str, items: tuple[AgendaItem, ...], body: str | None) -> None:
    """Add the roles and organisations the text states to `persons` (in place)."""
    names = Counter(fold(person.name) for person in persons)
    low = lowered(text)  # the document lower-cased once (and kept for the later readers), not each window
    for person in persons:
        # namesakes ("Lisbeth" and "Lisbeth"): a statement goes to the one it already fits
        namesake = names[fold(person.name)] > 1
        for start, end in person.occurrences:
            lo = max(0, start - _WINDOW)
            before, after = text[lo:start], text[end : end + _WINDOW]
            if not namesake:
                _stated_organisations(person, after)
                # (in the window lower-cased, which is that slice of `low` where `lowered` gives it)
                listed = "tovholder" in before.lower() if low is None else low.find("tovholder", lo, start) >= 0
                if _stated_roles(person, before, after, body, listed):
                    person.stated_tovholder.append(start)
            _job_titles(person, before, after, namesake)
    _represent(persons, text)
    _appointed(persons, text)
    _presenters(persons, text, items)


def _stated_organisations(person: Person, after: str) -> None:
    """"X fra Tryghed og Trivsel", "Karin/Røde Kors", "Henrik Bang (SF)"."""
    lex = load()
    m = _FROM.match(after) or _FROM_GENERIC.match(after)
    if m:
        org = _trim(_before_next_person(m.group(1)))
        if org.startswith("Center for ") and org == m.group(1) and (listed := CENTRE_LIST.match(after, m.end())):
            org += listed.group()  # "fra Center for By, Land og Kultur"
        if org and fold(org.split()[0]) not in lex.first_names:
            _add(person.organisations, org)
            # "fra Vestby Kommune, Kultur og Fritid, fortalte": the municipality's unit after a comma
            unit = _UNIT_AFTER.match(after, m.end())
            if unit and fold(unit.group(1)) in lex.municipal_units:
                _add(person.organisations, unit.group(1))
    m = _SLASH.match(after)
    # "VN/SB" in a task list: two people's initials, no organisation (an acronym counts when the lexicon knows it: "/DH")
    if m and not (m.group(1).isupper() and len(m.group(1)) <= 3 and fold(m.group(1)) not in lex.organisations):
        _add(person.organisations, _trim(m.group(1)))
    # "Mads Thorsen, Samsø Energiakademi, præsenterede …": an organisation set off by commas after the name
    m = _comma_employer(after) if after[:2] == ", " else None
    if m and after[m.end() : m.end() + 1] in (",", ".") and (org := _trim(m.group(1))) == m.group(1) \
            and not fold(org.split()[0]).endswith(lex.job_titles):  # not ", SSP-konsulent i Vordingborg Kommune,"
        _add(person.organisations, org)
    m = _PAREN.match(after)
    # "Karen Lundsgaard (KL)": the person's own initials, though an organisation goes by them too;
    # "Yasmin Al-Hassan (Albertslund Svømmeklub)": a name that reads as an organisation's
    if m and (fold(m.group(1)) in lex.organisations or m.group(1).isupper() or " " in m.group(1).strip()
              and is_orgish(m.group(1).split())) and m.group(1) not in person.mentions:
        _add(person.organisations, m.group(1).strip())


def _stated_roles(person: Person, before: str, after: str, body: str | None, tovholder_before: bool = True) -> bool:
    """"Formanden X" (formand), "X blev tovholder", "Kontaktperson … er X"; whether the text makes them tovholder.
    `tovholder_before`: False when `before` lower-cased holds no "tovholder" (then it opens no list of tovholdere)."""
    # Cheap tests first: each pattern ends at the end of `before`, so its last word does too.
    stripped = before.rstrip()
    if stripped[-9:].lower().endswith(("formand", "formanden")) and _CHAIR_BEFORE.search(before) \
            and not _CHAIR_OF_CELL_BEFORE.search(before):
        _add(person.roles, "formand")
        _add(person.roles, "medlem")
        if body:
            _add(person.organisations, body)
    if (post := _definite_post(stripped) if stripped.endswith(("en", "en,")) else _titled_post(before, after)) is not None:
        _add(person.roles, post[0])  # "Kassereren, Anne-Mette Hjorth, fremlagde", "Kasserer Frank Iversen oplyste"
        if post[1]:  # the body's own post, held by a member ("Revisor Svend Holst": no member)
            _add(person.roles, "medlem")
        if body:
            _add(person.organisations, body)
    tovholder = _states_tovholder(before, after, tovholder_before)
    if tovholder:
        _add(person.roles, "tovholder")
    if _CONTACT_AFTER.match(after) or _CONTACT_BEFORE.search(before, max(0, len(stripped) - _CONTACT_REACH)):
        _add(person.roles, "kontaktperson")
    if after.lstrip(" ").startswith("(") or stripped.endswith(":"):  # cheap test first
        _posts_in_parentheses(person, before, after)
    # "OL bød velkommen og var ordstyrer", "Nina skrev referatet": a role the person's own clause states
    clause = _OWN_CLAUSE.match(after)
    if clause:
        folded = fold(" ".join(clause.group(1).split()))
        for words, role in load().clause_roles:
            if folded.startswith(words) or f" {words}" in folded:
                _add(person.roles, role)
    return tovholder


def _definite_post(stripped: str) -> tuple[str, bool] | None:
    """The post of the body's board a text names in the definite form right before a name ("Kassereren, "), and
    that a member holds it; None for none. "Formanden" has a rule of its own."""
    words = stripped[-14:].rstrip(",").rsplit(None, 1)  # (the longest post, "næstformanden,", is 14 characters)
    key = fold(words[-1]) if words else ""
    post = load().board_posts.get(key[:-2]) if key.endswith("en") else None
    return (post[0], True) if post is not None and post[1] and post[0] == key[:-2] and post[0] != "formand" else None


def _titled_post(before: str, after: str) -> tuple[str, bool] | None:
    """The post a title right before a name gives ("Kasserer Frank Iversen", "Næstformand Bente",
    "Revisor Svend Aage Holst"), and whether a member holds it; None for none, and for another organisation's post
    ("Kasserer Bo Dam i Ydby IF", "…, Ydby IF"). "Formand X" has a rule of its own."""
    if not before.endswith(" ") or before.endswith("  ") or _ELSEWHERE.match(after):  # one space between title and name
        return None
    words = before[-40:-1].split()
    word, owner = (words[-1], words[-2] if len(words) > 1 else "") if words else ("", "")
    # in lower case too ("og næstformand Lone Frederiksen"), but not after a genitive ("Ydby IF's kasserer Bo Dam")
    titled = word[:1].isupper() and word[1:].islower() or word.islower() and not owner.endswith(("s", "'", "’"))
    post = load().board_posts.get(fold(word)) if titled else None
    return post if post is not None and post[0] == fold(word) and post[0] != "formand" else None


def _states_tovholder(before: str, after: str, tovholder_before: bool = True) -> bool:
    """Whether the text around a name (`before` it, `after` it) makes that person a tovholder."""
    return bool(_TOVHOLDER_AFTER.match(after) or _TOVHOLDER_BEFORE.search(before)
                or tovholder_before and _in_tovholder_list(before))


def _in_tovholder_list(before: str) -> bool:
    """Whether a name opens an entry of a list of tovholdere: "Tovholdere:  Ruth (program)" with one more a line
    below ("Inger (økonomi)", "Grete + Åse (kaffe)"), "**Tovholdere fremover:** Fadumo og Ayse", "Disse skrev sig
    på som tovholdere:" over a bullet list. The list ends at a blank line (one may follow the label)."""
    if "tovholder" not in before[-_LIST_REACH:].lower():  # cheap test first
        return False
    label = None
    for label in _TOVHOLDER_LABEL.finditer(before, max(0, len(before) - _LIST_REACH)):
        pass
    if label is None:
        return False
    entries = before[label.end():].lstrip(" \t*")
    entries = entries[1:].lstrip(" \t") if entries.startswith("\n\n") else entries  # a blank line under the label
    return "\n\n" not in entries and _ENTRY_START.search(entries) is not None


def _posts_in_parentheses(person: Person, before: str, after: str) -> None:
    """A board post in parentheses after the name, as a roster writes it ("Holger Overby (næst-\nformand)"),
    and a deputy named in a member's ("Inger Bak (suppleant: Ole Vinther)")."""
    posts = load().board_posts
    m = _POST_AFTER.match(after)
    post = posts.get(fold(_BROKEN.sub("", m.group(1)))) if m else None
    if post:
        _add(person.roles, post[0])
        if post[1]:
            _add(person.roles, "medlem")
    m = _POST_BEFORE.search(before)
    post = posts.get(fold(m.group(1))) if m else None
    if post:
        _add(person.roles, post[0])


def _job_titles(person: Person, before: str, after: str, namesake: bool = False) -> None:
    """"leder af ORG Line Pinstrup", "Lisbeth, ny centerleder i frivilligcentret"."""
    found = []
    m = _TITLE_BEFORE.search(before) if any(map(before.__contains__, _TITLE_NOUNS)) else None
    if m:
        found.append((m.group(1), m.group(2).strip()))
    m = _TITLE_AFTER.match(after)
    if m:
        found.append((m.group(1), m.group(2).strip()))
    # cheap test first: the pattern ends in a title noun, then the blanks that end `before`
    m = _TITLE_JUST_BEFORE.search(before) if before[-1:] in (" ", "\t") and before.rstrip(" \t").endswith(_TITLE_NOUNS) else None
    employer = (_FROM.match(after) or _comma_employer(after)) if m else None
    if m and employer and _trim(employer.group(1)):
        found.append((m.group(1).lower(), _trim(employer.group(1))))
    known = {fold(o) for o in person.organisations} if namesake and found else set()  # before the loop adds any
    for title, org in found:
        if not namesake or fold(org) in known:
            _add(person.roles, f"{title} ({org})")
            _add(person.organisations, org)


def _comma_employer(after: str) -> re.Match[str] | None:
    """", Faxe Kommune" after a titled name, when what follows the comma ends like an organisation, or is a
    municipality's centre or unit (", Center for Sundhed og Omsorg,", ", Kultur og Fritid")."""
    m = _COMMA_EMPLOYER.match(after) if after[:1] == "," else None
    org = _trim(m.group(1)) if m else ""
    return m if org and (load().kind_by_suffix(org) or fold(org) in load().municipal_units
                         or org.split()[0] in _UNIT_HEADS or is_known_branch(org.split())) else None


def _represent(persons: list[Person], text: str) -> None:
    """"Martha og Birgit er repræsentative for chefgruppen i Rudersdal Kommune": both tied to it."""
    # cheap tests first: `_REPRESENT` tries every capital and "e", "o", "v"; its core is found in one skip
    if "repræsent" not in text or not _REPRESENT_CORE.search(text):
        return
    for m in _represent_matches(text):
        org = _REPRESENTATIVE_ORG_END.split(m.group(2).strip())[0].strip()
        inner = _MUNICIPALITY_IN.search(org)
        for person in persons:
            if any(m.start(1) <= s < m.end(1) for s, _ in person.occurrences):
                _add(person.organisations, org)
                if inner:
                    _add(person.organisations, inner.group(1))


def _represent_matches(text: str) -> list[re.Match[str]]:
    """`_REPRESENT.finditer(text)`, tried only just before each place its core stands.

    Up to its core, a match is "\\s" and "[\\w\\-]" alone, and holds no other core (the word after one is "for",
    which neither a capitalised word nor "og", "er", "var" is). So the first match from `at` on starts no earlier
    than the run of those characters before the first core from `at`, and is the first match of the text cut a few
    characters past that core ("\\s+" and three more: a shorter cut finds no other match, a longer one would
    only make the name longer), matched again on the whole text; where there is none, no match holds that core."""
    found: list[re.Match[str]] = []
    at = 0
    while (core := _REPRESENT_CORE.search(text, at)) is not None:
        lo = core.start()
        while lo > at and (text[lo - 1].isalnum() or text[lo - 1] in "_-" or text[lo - 1].isspace()):
            lo -= 1  # (str.isalnum is \w but "_", str.isspace is \s)
        cut = core.end()
        while cut < len(text) and text[cut].isspace():
            cut += 1
        cut += 3
        first = _REPRESENT.search(text, lo, cut)
        if first is None:
            at = core.start() + 1
            continue
        m = _REPRESENT.match(text, first.start())
        assert m is not None  # a match in the cut text is one in the whole text (nothing in it looks at the end)
        found.append(m)
        at = m.end()
    return found


def _appointed(persons: list[Person], text: str) -> None:
    """"Jytte Bach er valgt af Ældre Sagen Skive, Henning Lauritsen af Skive Idrætssamvirke og Mona Vest af Skive
    Kommune": in a sentence saying who appointed whom, each person is tied to the organisation after their "af"."""
    if not any(words in text for words in _APPOINTING):  # cheap test first
        return
    for person in persons:
        for start, end in person.occurrences:
            # from after the full stop or blank line before the name (the text's start when there is none)
            sentence = text[max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start)) + 1 : end + 40]
            if any(words in sentence for words in _APPOINTING) and (m := _APPOINTED_BY.match(text, end)):
                _add(person.organisations, _trim(_before_next_person(" ".join(m.group(1).split()))))


def _before_next_person(org: str) -> str:
    """"Ældre Sagen Vestby og Helle Dam", "… Badmintonklub og næstformand Lone Frederiksen": a list goes on with the
    next person after "og", a title in lower case before the name or not."""
    words = org.split(" ")
    for i in range(1, len(words) - 1):
        if words[i] == "og" and (nxt := words[i + 2] if words[i + 1].islower() and i + 2 < len(words) else words[i + 1]) \
                and nxt[:1].isupper() and load().is_first_name(nxt):
            return " ".join(words[:i])
    return org


def _trim(org: str) -> str:
    words = org.split()
    while words and (words[-1] in ("og", "for", "i") or (words[-1][0].islower() and len(words) > 1 and words[-2] not in ("og", "for", "i"))):
        words.pop()
    return " ".join(words)


def _presenters(persons: list[Person], text: str, items: tuple[AgendaItem, ...]) -> None:
    """Who presented a topical item: "Oplæg ved X", "Orientering v/X", "… ved X" in the title, "X orienterede om"."""
    low_text = lowered(text)  # the document lower-cased once (and kept for the later readers), not each window
    # every occurrence by its start, so each item looks only at those in it; a person who presents is not
    # looked at again (the tests below read only the text: the role is added once, whichever item adds it)
    occurrences = sorted((start, end, n) for n, person in enumerate(persons) for start, end in person.occurrences)
    presenting: set[int] = set()
    for item in items:
        routine = fold(item.title).startswith(_ROUTINE_ITEMS)
        title_end = item.start + len(item.title) + 60
        for start, end, n in occurrences[bisect.bisect_left(occurrences, (item.start,)) :]:
            if start >= item.end:
                break
            if n in presenting:
                continue
            person = persons[n]
            lo = max(item.start, start - _WINDOW)
            before, after = text[lo:start], text[end : min(item.end, end + _WINDOW)]
            # cheap tests first: "ved" or "v/" in a presentation, and last in a by-line
            low, stripped = low_text[lo:start] if low_text is not None else before.lower(), before.rstrip()
            said = ("ved" in low or "v/" in low) and _PRESENTED_BEFORE.search(before)
            titled = start < title_end and stripped.endswith(("ved", "v/")) and _BY_BEFORE.search(before)
            spoke = not routine and (
                _SPOKE_AFTER.match(after) or (stripped.endswith("v/") and _BYLINE_BEFORE.search(before))
            )
            opens = not routine and _OPENS_WITH.match(after) and _first_sentence(text, item, start)
            if said or titled or spoke or opens:
                _add(person.roles, "oplægsholder")
                presenting.add(n)


def _first_sentence(text: str, item: AgendaItem, start: int) -> bool:
    """Whether `start` lies in the first sentence under the item's title line."""
    title_end = text.find("\n", item.start, start)
    return title_end >= 0 and "." not in text[title_end:start]
