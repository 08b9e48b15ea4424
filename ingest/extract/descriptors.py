"""What follows a person's name in a list: roles and organisations.

"næstformand/formand for LyngbyGuiderne" gives the roles næstformand and "formand (LyngbyGuiderne)";
"chef for Social og Sundhed" the title "chef (Social og Sundhed)"; "Kolding Kommune, sekretær" the
organisation and the role sekretariat.
"""
from __future__ import annotations

import re

from ingest.extract.branches import joined_branches
from ingest.extract.descriptor_kinds import capitalised_title, interest_field, then_role
from ingest.extract.names import is_known_branch, is_orgish, looks_like_name, unbroken
from ingest.lexicon import fold, load

PAREN_NOTE = re.compile(r"\s*\(([^()]*)\)")  # a note in parentheses after a name or an organisation
_CONNECTOR = re.compile(r"^(?:for|af|i|ved|til|hos|fra|som)\s+", re.I)
# a note of 2-4 capitals after a name is the person's initials ("Gitte Kjær Wulff (GKW)")
_INITIALS_NOTE = re.compile(r"^[A-ZÆØÅ]{2,4}$")
_DESCRIPTOR_SEPARATOR = re.compile(r"[/,](?![^()]*\))")  # a comma or slash inside parentheses separates nothing
_AS = re.compile(r"^som\s+", re.I)
_UMBRELLA = re.compile(r"^([A-ZÆØÅ]{2,5})\s+[–—-]\s+([A-ZÆØÅ][^()]*)$")
_ROLE_DASH = re.compile(r"^([^\W\d][\w.\-]*)\s+[–—-]\s+(\S.*)$")  # "formand – Ydby Skakklub", "SSP-konsulent – …"
# roles held in an organisation; "Ydby IF (suppleant)" in a body's list is the body's deputy for it, not one of Ydby IF's
_SCOPED = frozenset(("formand", "næstformand", "medlem"))
_PRESENTS = re.compile(r"^(?:oplæg|gæst)\b", re.I)  # "(oplæg under pkt. 3)", "(gæst under pkt. 2)"
# "deltog i stedet for Lene Ravn", "mødte for Henriette Vang": came in a member's place, a deputy
_STANDS_IN = re.compile(r"^(?:deltog|mødte|møder|deltager)\s+(?:i\s+stedet\s+)?for\s+(\S.*)$", re.I)
_BY_OR_FOR = re.compile(r"^(?:af|for)\s+")
# a full stop after a word (not an initial or "pkt.") and a capital: a new sentence, no longer the descriptor
# ("landdistriktskoordinator, Plan og Udvikling. Desuden deltog Birgitte Hald …")
_FOR_PARTY = re.compile(r"^(.*\S)\s+for\s+(\S.*)$")  # "medlem af Byrådet for Venstre": seat, then party
_SENTENCE_END = re.compile(r"(?<=[^\W\d]{4})\.\s+(?=[A-ZÆØÅ])")


_REASON = re.compile(r"\s+[–—-]\s+|\s*[:,]\s+")


def noted_status(descriptor: list[str]) -> tuple[list[str], str | None]:
    """A list entry that says itself whether it came ("Rasmus Dahl – afbud", "Ole Friis (afbud)",
    "Nermin Kaya – mødte"): the descriptor without that note, and "absent" or "present" (None without one).
    Only a whole part counts: "afbud fra X" is no note, and a role ("formand") is no presence note."""
    kept, status = [], None
    for part in descriptor:
        # "Ballerup Kommune (afbud)", "KAB (mødt, referent)", "formand (afbud)": the note ending the part says it
        if part.endswith(")") and "(" in part:
            part, noted = _bracket_status(part)
            status = noted if noted == "absent" else status or noted
            if not part:
                continue
        key = fold(part).strip(" .:")
        said = _status_word(key)
        if said is None and any(c in key for c in "–—-:,") and (reason := _REASON.search(key)):
            said = "absent" if _status_word(key[: reason.start()]) == "absent" else None  # "afbud – studietur"
        if said == "absent":
            status = "absent"
        elif said == "present":
            status = status or "present"
        else:
            kept.append(part)
    return kept, status


def _status_word(key: str) -> str | None:
    """"absent" for an absence heading's word ("afbud"), "present" for a members heading's that is no role ("mødt")."""
    lex = load()
    heading = lex.headings.get(key)
    if heading and heading.kind == "absent":
        return "absent"
    if heading and heading.kind == "members" and heading.role == "medlem" and key not in lex.roles:
        return "present"
    return None


def _bracket_status(part: str) -> tuple[str, str | None]:
    """A part whose last brackets say whether the person came ("KAB (mødt, referent)"): the part without that
    word, and "absent" or "present" (None when the brackets say neither)."""
    bare, _, note = part[:-1].rpartition("(")
    words = [(w.strip(), _status_word(fold(w).strip(" .:"))) for w in note.split(",")]
    said = {s for _, s in words if s}
    if not said:
        return part, None
    rest = [w for w, s in words if s is None]
    return (f"{bare.rstrip()} ({', '.join(rest)})" if rest else bare.rstrip()), "absent" if "absent" in said else "present"


def name_then_descriptor(first: str, second: str) -> bool:
    """"Mads Holst, Lokalhistorisk Arkiv": a full name with a known first name, then words that start
    with no known first name, are one person and what they represent, not two people."""
    lex = load()
    name, other = strip_parens(first)[0].split(), strip_parens(second)[0].split()
    return len(name) >= 2 and lex.is_first_name(name[0]) and bool(other) and not lex.is_first_name(other[0])


_GROUP_LABEL = re.compile(r"^\s*(?:[•▪◦*\-–]\s+)?(?:[Ff]ra\s+)?([A-ZÆØÅ][^:\d()]{1,60}?)\s*:\s*$")


def group_label(text: str) -> str | None:
    """The organisation a line labels inside a people list, its members below it ("  FOF Thy:",
    "Fra Byrådet:"); None for any other line. A role or people-list heading labels no organisation."""
    m = _GROUP_LABEL.match(text.replace("**", ""))
    if not m or len(m.group(1).split()) > 6:
        return None
    lex = load()
    key = fold(m.group(1))
    return None if key in lex.roles or key in lex.headings or fold(text.strip(" :")) in lex.headings else m.group(1)


_BULLETED = re.compile(r"^(\s*)[•▪◦*\-–]\s+(\S.*)$")


def nested_label(text: str, below: str) -> str | None:
    """The organisation a bulleted line labels when the bullets under it are indented deeper (a nested list:
    "• Viborg Kommune" over "  • Peter Riis"), as `group_label` reads "Viborg Kommune:"; None for a person's line.

    >>> nested_label("• Viborg Kommune", "  • Peter Riis, Børn & Unge"), nested_label("• Ib Holm", "  • Ida Holm")
    ('Viborg Kommune', None)
    """
    from ingest.extract.names import looks_like_name  # (names reads this module's notes)

    item, under = _BULLETED.match(text), _BULLETED.match(below)
    if item is None or under is None or len(under.group(1)) <= len(item.group(1)):
        return None
    label = item.group(2).strip()
    return None if looks_like_name(label, trust_context=True) else group_label(label + ":")


def extend_unique(values: list[str], new: list[str]) -> None:
    """Append what is not there yet (case-insensitively), keeping order."""
    if not new:  # cheap test first: most entries add nothing to one of the three lists
        return
    seen = set(map(fold, values))  # built once, kept up to date, not rebuilt for each value
    for value in new:
        key = fold(value)
        if key not in seen:
            values.append(value)
            seen.add(key)


def strip_parens(text: str) -> tuple[str, list[str]]:
    """("Mads Holst", ["formand"]) for "Mads Holst (formand)"; a note holding a note of its own is one
    note ("Dorthe Holm (Boligforeningen Køge Bugt (BKB))" → ["Boligforeningen Køge Bugt (BKB)"])."""
    if "(" not in text:  # most parts hold no note
        return text.strip(), []
    if not _NESTED.search(text):
        return PAREN_NOTE.sub("", text).strip(), [p.strip() for p in PAREN_NOTE.findall(text) if p.strip()]
    spans = paren_spans(text)
    kept = "".join(text[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]))
    return " ".join(kept.split()), [text[a + 1 : b - 1].strip() for a, b in spans if text[a + 1 : b - 1].strip()]


_NESTED = re.compile(r"\([^()]*\(")


def paren_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost note in parentheses, a note inside a note included; a
    parenthesis left open runs to the end."""
    if not _NESTED.search(text):
        return [m.span() for m in PAREN_NOTE.finditer(text)]
    spans, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "(":
            depth, start = depth + 1, i if depth == 0 else start
        elif char == ")" and depth:
            depth -= 1
            if not depth:
                spans.append((start, i + 1))
    return spans


def _job_title(note: str) -> bool:
    """Whether a note is a job title in lower case ("leder", "boligsocial konsulent"), not a role word."""
    lex, words = load(), note.split()
    return (note.islower() and len(words) <= 3 and fold(words[0]).rstrip(".") not in lex.roles
            and any(fold(words[-1]).endswith(t) for t in lex.job_titles))


def _scoped(role: str, org: str | None, body: str | None) -> str:
    if not org or (body and fold(org) in (fold(body), fold(body).rstrip("et"))):
        return role
    return f"{role} ({org})"


def _prefixed_title(words: list[str]) -> bool:
    """Whether a one-word part is a job title led by an abbreviation: "SSP-konsulent", "IT-medarbejder"."""
    return len(words) == 1 and "-" in words[0] and words[0].rsplit("-", 1)[1].islower()


def _second_role(target: str) -> tuple[str, str]:
    """("rådet", "referent") for the scope "rådet og referent": a role word after "og" is a role of its own."""
    head, sep, tail = target.rpartition(" og ") if " og " in target else ("", "", "")
    if sep and head and fold(tail.split()[0]).rstrip(".,") in load().roles:
        return head, tail
    return target, ""


def _umbrella_parts(text: str) -> tuple[str, ...]:
    """("DH", "Dansk Blindesamfund") for "DH – Dansk Blindesamfund", ("formand", "Ydby IF") for "formand – Ydby IF";
    otherwise the text alone."""
    umbrella = _UMBRELLA.match(text)
    if umbrella:
        return umbrella.groups()
    # "Karen Holm, formand – Ydby Skakklub": the role in the body, then the organisation the person is from
    # and "Jette Ravn, forretningsfører – KAB": a job title, then where it is held
    role = _ROLE_DASH.match(text) if " " in text else None
    key = fold(role.group(1)).rstrip(".") if role else ""
    lex = load()
    return role.groups() if role and (key in lex.roles or (key.endswith(lex.job_titles) and role.group(2)[:1].isupper())) \
        else (text,)


def _seat_and_party(part: str) -> tuple[str, ...]:
    """("medlem af Byrådet", "Venstre") for "medlem af Byrådet for Venstre"; otherwise the part alone."""
    m = _FOR_PARTY.match(part) if " for " in part else None
    known = load().organisations.get(fold(m.group(2))) if m else None
    return (m.group(1), known.name) if m and known and known.kind == "political_party" else (part,)


def _from(part: str) -> str:
    """"Professionshøjskolen VIA" for "fra Professionshøjskolen VIA" (where a person comes from); else the part."""
    return part[4:].strip() if part.startswith("fra ") and part[4:].strip()[:1].isupper() else part


def _phrase_role(part: str) -> str:
    """"referent" for "tog referat" (a phrase of roles.tsv saying what the person did); else the part."""
    return load().roles.get(fold(part), part) if " " in part else part


def parse_descriptor(parts: list[str], body: str | None) -> tuple[list[str], list[str]]:
    """Roles and organisations from what follows a name: "næstformand/formand for LyngbyGuiderne"."""
    lex = load()
    roles: list[str] = []
    orgs: list[str] = []
    parts = [_SENTENCE_END.split(part, 1)[0] if ". " in part else part for part in parts]
    parts = [part for part in parts if not interest_field(part)]
    queue = [p.strip() for part in parts for p in _DESCRIPTOR_SEPARATOR.split(unbroken(part)) if p.strip()]
    queue = joined_branches(queue)  # "Dansk Blindesamfund, Sydsjællandskredsen": one organisation
    queue = [_phrase_role(_from(q)) for q in queue]
    queue = [lex.party_letters.get(q, q) for q in queue]  # "Jytte Bundgaard (A)": the party's ballot letter
    queue = [q for p in queue for q in _seat_and_party(p)]
    # "DH – Dansk Blindesamfund", "KL – Byrådet": an umbrella's abbreviation, then the member organisation
    queue = [q for p in queue for q in _umbrella_parts(p)]
    queue = [q for p in queue for q in then_role(p)]  # "Center for Voksne – referent"
    while queue:
        part, notes = strip_parens(queue.pop(0))
        part = part.strip(" .:")
        if not notes and _PRESENTS.match(part):  # a table's "Gæst under pkt. 3" cell: listed to present
            roles.append("oplægsholder")
            continue
        if notes:  # "Frivilligcenter Aalborg (sekretær)": the note is read after its part, as a role
            notes = [n.strip() for note in notes for n in note.split(",") if n.strip()]  # "(konsulent, mødeleder)"
            # "praktikant Frederik (fra Professionshøjskolen VIA)": where the person comes from
            notes = [_phrase_role(_from(n)) for n in notes]
            # "formand (DH / Gigtforeningen)": an umbrella and its member, both organisations (no initials)
            slashed = [p.strip() for n in notes if "/" in n for p in n.split("/") if p.strip()[:1].isupper()]
            notes = [p.strip() for n in notes for p in n.split("/") if p.strip()]
            notes = [lex.party_letters.get(n, n) for n in notes]  # "(A)": the party's ballot letter
            notes = [q for n in notes for q in _umbrella_parts(n)]
            # "Byrådet (Venstre)": a party in the note is the person's party
            parties = [known.name for n in notes if (known := lex.organisations.get(fold(n))) and known.kind == "political_party"]
            roles += [f"medlem ({party})" for party in parties]
            orgs += parties
            # "(oplæg under pkt. 3)": listed to present
            roles += ["oplægsholder" for n in notes if _PRESENTS.match(n)][:1]
            role_notes = [n for n in notes if not _INITIALS_NOTE.match(n) and fold(n.split()[0]).rstrip(".") in lex.roles]
            # "Jette Brandt, Danske Handicaporganisationer (formand)" in a council's list: the council's chair, who
            # represents that organisation; without a body ("Dialogmøde mellem …") the chair of that organisation
            scoped = part[:1].isupper() and not body
            # "formand (Danmarks Naturfredningsforening Vestby)": an organisation in the note is read as one
            queue[:0] = [n for n in notes if n in slashed and n not in parties or n[:1].isupper()
                         and not _INITIALS_NOTE.match(n) and n not in parties
                         and (is_orgish(n.split()) or fold(n) in lex.organisations or is_known_branch(n.split()))]
            queue[:0] = [f"{n} for {part}" if scoped and len(n.split()) == 1 and lex.roles[fold(n).rstrip(".")] in _SCOPED
                         else n for n in role_notes]
            # "Frivilligcentret (leder)": a job title in the note is held at the organisation before it
            roles += [_scoped(n, part if part[:1].isupper() else None, body) for n in notes if _job_title(n)]
        words = part.split()
        if not words:
            continue
        head = fold(words[0]).rstrip(".")
        rest = " ".join(words[1:])
        if len(words) == 1 and head not in lex.roles and capitalised_title(part):
            queue.insert(0, part.lower())  # "Bibliotekschef" in a table's cell is the job title, no organisation
            continue
        if head in lex.roles:
            role = lex.roles[head]
            if _AS.match(rest):  # "suppleant som repræsentant for LO": a role here
                roles.append(role)
                queue.insert(0, _CONNECTOR.sub("", rest))
                continue
            target = _CONNECTOR.sub("", rest).strip()
            if target and fold(target.split()[0]) in lex.roles:
                roles.append(role)
                queue.insert(0, target)
                continue
            target = target if target and fold(target.split()[0]) not in lex.people_groups else ""
            if target.startswith("og "):  # "byrådsmedlem og Landsbyforums kontaktpolitiker": a second title, no scope
                target = ""
            target, second = _second_role(target)  # "sekretær for rådet og referent": two roles
            if second:
                queue.insert(0, second)
            if target and body and " " not in target and (fold(body).endswith(fold(target))
                                                          or fold(body).startswith(fold(target) + " ")):
                # "sekretær for rådet" in Ældrerådet's minutes, "formand for bestyrelsen" in those of
                # "Bestyrelsen for Helhedsplan X": the body's own generic word
                target = ""
            if target and looks_like_name(target):  # "stedfortræder for Karin Thorsted": for a person
                target = ""
            roles.append(_scoped(role, target or None, body))
            if target:
                orgs.append(target)
        elif head == "for" and looks_like_name(rest):  # "Lars Bach (for Kirsten Nørby)": came in her place
            roles.append("suppleant")
        elif stands_in := _STANDS_IN.match(part):
            roles.append("suppleant")
            if not looks_like_name(stands_in.group(1)):  # "deltog for Gigtforeningen"
                orgs.append(stands_in.group(1))
        elif head in ("repræsentant", "repræsenterer", "udpeget", "valgt", "indstillet"):
            target = _CONNECTOR.sub("", _BY_OR_FOR.sub("", rest)).strip()
            # "valgt af foreningerne": a generic word names no organisation in particular
            if (target and fold(target.split()[0]) not in lex.people_groups and fold(target.split()[0]) != "borgere"
                    and fold(target) not in lex.generic_org_words):
                orgs.append(target)
        elif len(words) > 2 and words[0].split("-")[-1].islower() and head.endswith(lex.job_titles) and _CONNECTOR.match(rest):
            target = _CONNECTOR.sub("", rest).strip()  # "chef for Social og Sundhed", "SSP-konsulent i X"
            roles.append(f"{words[0]} ({target})")
            orgs.append(target)
        elif len(words) <= 3 and (part.islower() or _prefixed_title(words)) \
                and any(fold(words[-1]).endswith(t) for t in lex.job_titles):
            # "psykolog", "boligsocial leder", "SSP-konsulent": a job title, scoped by the organisation after it
            # the scope without its notes: "Sundhed og Ældre (pkt. 3)", "Vestby Frivilligcenter (dirigent)"
            # (not "gæst pkt. 5" after "Frivilligkoordinator, ": what the person came for)
            scope = strip_parens(queue[0])[0] if queue and fold(queue[0].split()[0]).rstrip(".") not in lex.roles \
                and not _PRESENTS.match(queue[0]) else None
            roles.append(f"{part} ({scope})" if scope else part)
        elif fold(part) in lex.people_groups or not part[0].isalnum():
            continue
        elif part[0].isupper() or is_orgish(words) or fold(part) in lex.organisations:
            orgs.append(part)
    return roles, orgs


def is_role_note(part: str) -> bool:
    """Whether a part of a table's note cell is a role of the row's person ("Referent"), not prose about someone
    else: "stedfortræder mødt" in "Afbud – stedfortræder mødt" says that the deputy came.

    >>> is_role_note("Referent"), is_role_note("stedfortræder mødt"), is_role_note("Suppleant, mødte for Lars Frost")
    (True, False, True)
    """
    first, _, rest = part.strip().partition(" ")
    role = load().roles.get(fold(first).rstrip(".,"))
    return role is not None and not (role == "suppleant" and _status_word(fold(rest).strip(" .")) == "present")


def kept_span(raw: str) -> tuple[int, int]:
    """Where the text `strip_parens(raw)` keeps starts and ends in `raw`; a note in parentheses
    inside it ("Gitte Kjær (Suppleant) Hansen") stays inside the span."""
    notes = paren_spans(raw) if "(" in raw else []
    if not notes:  # most entries: the text without the whitespace around it
        lead = len(raw) - len(raw.lstrip())
        return (lead, lead + len(raw.strip())) if raw.strip() else (0, 0)

    def kept(i: int) -> bool:
        return not raw[i].isspace() and not any(a <= i < b for a, b in notes)

    first = next((i for i in range(len(raw)) if kept(i)), None)
    if first is None:
        return 0, 0
    last = next(i for i in reversed(range(len(raw))) if kept(i))
    return first, last + 1
