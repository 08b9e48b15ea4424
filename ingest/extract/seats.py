"""The role a people list gives a listed person: its heading's ("Formand:", "Sekretariat:"), and whether the person
holds a seat in the body ("medlem") or sits with it otherwise: a deputy, the contact politician, staff, a guest, a
minute taker employed to take the minutes."""
from __future__ import annotations

import functools
import re

from ingest.extract.organisations import kind_of
from ingest.lexicon import Heading, fold, load, municipality_organisation
from ingest.model import Line


@functools.lru_cache(maxsize=1)
def _staff_and_controlled() -> tuple[frozenset[str], frozenset[str]]:
    """The roles of the staff headings, and every role the lexicon knows: read once, not per document."""
    lex = load()
    return frozenset(h.role for h in lex.headings.values() if h.kind == "staff" and h.role), frozenset(lex.roles.values())


def listed_role(heading: Heading | None, kind: str, sent: bool, roles: list[str], orgs: list[str], body: str | None,
                guest: bool) -> str | None:
    """The role being listed gives: the heading's, else "medlem" in a members list (or under the organisation that
    sent the person, `sent`), "suppleant" in a deputies list; `roles` and `orgs` are what the entry says itself."""
    default = heading.role if heading else ("medlem" if kind == "members" or sent
                                            else "suppleant" if kind == "deputies" else None)
    if default != "medlem":
        return default
    lex = load()
    staff, controlled = _staff_and_controlled()
    # a deputy or the contact politician sits with the body without being a member
    if any(r.startswith(("suppleant", "kontaktperson")) and "(" not in r for r in roles):
        return None
    # "Lis Hansen, Frivilligcenter (sekretær)"; "centerleder Bo": a job title, no organisation sent them
    if set(roles) & staff or guest or all(o == body for o in orgs) and any(
            "(" not in r and r not in controlled and fold(r.split()[-1]).endswith(lex.job_titles) for r in roles):
        return None
    # "Ulla Brøndum, bibliotekschef, Randers Bibliotek" in the list of "Brugerrådet ved Randers Bibliotek", a centre's
    # leader in its board's: the host's staff, no member
    if body and any("(" in r and _within(r.split(" (")[1].rstrip(")"), body) and r.split(" (")[0] not in controlled
                    and fold(r.split(" (")[0].split()[-1]).endswith(lex.job_titles) for r in roles):
        return None
    # "Ida Krog, Integrationsteamet (referent)", "Pia Lund, boligsocial leder (ref.)": the minute taker employed to do it
    if "referent" in roles and (any(kind_of(o) == "municipal_unit" for o in orgs)
                                or any(r.split(" (")[0] not in controlled for r in roles)):
        return None
    return default


def _within(org: str, body: str) -> bool:
    """Whether `org`'s words stand whole in `body`'s name, in the genitive too ("Billund Bibliotekernes Brugerråd")."""
    padded, key = f" {fold(body)} ", fold(org)
    return f" {key} " in padded or f" {key}s " in padded


def municipal_employer(heading: Heading | None, orgs: list[str], body: str, municipality: str | None) -> list[str]:
    """["Solrød Kommune"] for a council's staff listed under its municipality's administration ("Fra
    forvaltningen: Tina Bak, ældrechef") with no unit of their own (`orgs`): they work for the municipality."""
    if heading and heading.of_municipality and municipality and not orgs and kind_of(body) == "council":
        return [municipality_organisation(municipality)]
    return []


_HEAD_COUNT = re.compile(r"\b\d+\s+(?:[a-zæøå]+\s+)?(?:beboere|medlemmer|deltagere|personer|husstande|borgere|fremmødte)\b")


def counts_heads(lines: tuple[Line, ...]) -> bool:
    """Whether a list is a head count, no list of who came ("Fremmøde: Der var mødt 38 beboere fra 27 husstande").

    >>> counts_heads((Line(0, "Der var mødt 38 beboere fra 27 husstande op."),)), counts_heads((Line(0, "Ib Holm"),))
    (True, False)
    """
    return bool(lines) and all(_HEAD_COUNT.search(line.text) for line in lines)
