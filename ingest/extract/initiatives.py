"""Initiatives named in the text.

Three general signals, each driven by lexicon files:
- topic labels that open a paragraph or bullet: "Kulturfestivalen – Gitte KW, Ruth: …",
  "Nyt fra cykelværkstedet på Lykkens Gave: …", "30. marts: spilledag uden skærme i …";
- words whose ending names a kind of initiative ("Mentorkorpset", "repatrieringsprojekt",
  "Integrationsrådets pulje", `initiative_suffixes.tsv`), with a named complement
  ("ny vagtordning i Integrationsteamet");
- quoted names and "projekt X".
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterator

from ingest.dates import find_dates
from ingest.extract.adjectives import past_adjectives
from ingest.extract.appositions import apposition_name
from ingest.extract.fund_owners import owned_fund, owner_before
from ingest.extract.initiative_endings import endings, ends_like_initiative
from ingest.extract.initiative_names import head_noun, one_tail, task_noun
from ingest.extract.label_sentences import opens_people_or_sentence
from ingest.extract.lowered import lowered
from ingest.extract.names import is_orgish
from ingest.extract.organisations import stem
from ingest.extract.programmes import programmes
from ingest.extract.project_names import project_matches
from ingest.extract.purposes import purposes
from ingest.extract.words import whole_words
from ingest.extract.words_before import broken_before, leads_a_name, owned_name, word_before
from ingest.lexicon import LEXICON_DIR, fold, load
from ingest.model import Evidence, InitiativeFact

# a quoted name, on one line or two ("Job med\nstøtte"), and the noun a hyphen joins to it ("Snak-om-det"-linje)
_QUOTED = re.compile(r"[\"“”„«]([A-ZÆØÅ][^\"“”„«»\n]{1,60}?(?:\n[^\"“”„«»\n]{1,60}?)?)[\"“”»](?:-([a-zæøå]{3,}))?")
_QUOTES = "\"“”„«"  # what a match of `_QUOTED` opens with
_WORDS = re.compile(r"\w(?<![\w\-]\w)[\w\-]*")  # "(?<![\w\-])\w[\w\-]*", its class first (as `_DEFINITE`)
_COMPLEMENT = re.compile(
    # an abbreviation opens a place's name ("i Sct. Jacobi Sognehus", "på Skt. Clemens Torv")
    r"[ \t]+(?:i|på|om|med|for|uden|mellem)[ \t]+(?:[A-ZÆØÅ][a-zæøå]{1,2}\.[ \t]+(?=[A-ZÆØÅ]))?"
    r"(?:[A-ZÆØÅ][\w\-]*|[a-zæøå]+)(?:[ \t]+[A-ZÆØÅ][\w\-]*)*"
    r"(?:[ \t]+og[ \t]+[A-ZÆØÅ][\w\-]*(?:[ \t]+[A-ZÆØÅ][\w\-]*)*)?"
)
# a venue in a town after a definite noun: "lektiecaféen på biblioteket i Vestby" (one word: not an association)
_VENUE = re.compile(r"[ \t]+(?:på|ved)[ \t]+[a-zæøå]+(?:et|en)[ \t]+i[ \t]+[A-ZÆØÅ][\w\-]*(?![\w\-]|[ \t]+[A-ZÆØÅ])")
# "den tværkommunale workshop", "den nye samarbejdsaftale": an initiative named by its kind and an adjective
# (written "[Dd](?<!\w[Dd])e[nt]" for "\b(?:[Dd]en|[Dd]et)": a leading class lets `re` skip to a "d" in C)
_DEFINITE = re.compile(r"[Dd](?<!\w[Dd])e[nt][ \t]+(?:nye[ \t]+)?([a-zæøå]+e)[ \t]+([a-zæøå][\w\-]+)")
# "etableret et foreningsspot på biblioteket", "iværksat et projekt": set up, so an initiative
_SET_UP_VERBS = ("etableret", "oprettet", "startet", "igangsat", "iværksat", "nedsat", "nedsættes", "stiftet",
                 "nedsætter", "opretter", "etablerer", "igangsætter", "iværksætter")
# being set up now: named only with its topic ("nedsætter en arbejdsgruppe om tilgængelighed")
_SET_UP_STEMS = ("etabler", "oprett", "startet", "igangs", "iværks", "neds", "stiftet")  # each verb holds one
_SETTING_UP = ("nedsætter", "opretter", "etablerer", "igangsætter", "iværksætter")
_SET_UP = re.compile(
    r"\b(?:" + "|".join(_SET_UP_VERBS) + r")[ \t]+(?:et|en)[ \t]+"
    r"([a-zæøå][\w\-]+(?:[ \t]+(?:på|om|for|i)[ \t]+[\wæøå]+)?)"
)
# "IGU forløb"; "\b([A-ZÆØÅ]{2,5})" written with a leading class, so that `re` skips to a capital in C
_ACRONYM_NOUN = re.compile(r"([A-ZÆØÅ](?<!\w[A-ZÆØÅ])[A-ZÆØÅ]{1,4})[ \t]+([a-zæøå]+)\b")
_TWO_CAPITALS = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ]")  # what every acronym holds
_CAMEL = re.compile(r"(?<=[a-zæøå,] )([A-ZÆØÅ]?[a-zæøå]+[A-ZÆØÅ]{1,}[\wæøå\-]*|[A-ZÆØÅ]{3,}[a-zæøå]{3,})\b")
# What every `_CAMEL` name holds: a capital right after a small letter, or three capitals before
# one; written capital first, so that the scan stops at capitals only.
_CAMEL_JOINT = re.compile(r"[A-ZÆØÅ](?:(?<=[a-zæøå].)|[A-ZÆØÅ]{2}[a-zæøå])")
_WEBSITE = re.compile(r"hjemmeside[^.\n]{0,40}?(?:https?://)?((?:www\.)?[\w\-]+\.(?:dk|com|org|net|eu))")
_LABEL = re.compile(
    r"(?:^|\n|[•○●▪]|(?<=\s)-\s|(?<=[a-zæøå]\.)\s(?=[A-ZÆØÅ]))[ \t]*([A-ZÆØÅa-zæøå0-9](?:[^:.\n•○●▪]|\.(?!\s+[A-ZÆØÅ])){2,90}?)"
    r"(?:[ \t]+[–-][ \t]+([^:\n•○●▪]{2,80}?))?[ \t]*:(?=\s)"
)
# "bevilgede 18.000 kr. fra Puljen til Kulturaften i Nørreparken", "Bevilget 5.000 kr. til Bålhytten ved
# Søen": what a grant goes to, named with capitals
_GRANTED_TO = re.compile(
    r"\b(?:[Bb]evilge(?:de|t|r)?|[Tt]ildelte|[Tt]ildeles|[Tt]ildelt)\s+(?:ca\.\s+)?\d[\d.]*(?:,\d+)?\s*(?:kr\.?|kroner)"
    r"(?:\s+fra\s+[^.\n]{1,60}?)?\s+til\s+([A-ZÆØÅ][\w\-]*(?:[ \t]+(?:(?:i|på|ved)[ \t]+)?[A-ZÆØÅ][\w\-]*)*)"
)
_HYPHEN_BREAK = re.compile(r"(?<=[a-zæøå])-\n(?=[a-zæøå])")
_LETTERED = re.compile(r"^[a-zæøå][).]\s+")  # "a) …", "b. …": a lettered sub-item of an agenda item
_APPLICATION = re.compile(r"^påtænkt ansøgning hos .+? til ", re.I)
_ON_DATE = re.compile(r"\s+(?:d\.|den)\s+\d.*$")
_BY_PERSON = re.compile(r"\s+v/\s*.*$")
_ITEM_OR_POST = re.compile(r"(?i)(?:ad\s+)?(pkt|punkt|sag)\.?\s*(?:nr\.?\s*)?\d|stilling")  # "Ad pkt. 3 – …:", "Sag 2:" label an item
_AFTER_DATE = re.compile(r"\s*([a-zæøå][^.\n:]{3,60})")
_PLACE_OR_COMMA = re.compile(r"\s+i\s+[A-ZÆØÅ]|,")
_TOPIC = re.compile(r"\s*([^.\n,]{3,70})")
_SENTENCE_MARK = re.compile(r"[.!?]")
_PEOPLE_SEPARATOR = re.compile(r",|\bog\b|\(|\)")
_OWN_MEETINGS = ("rådsmøde", "udvalgsmøde", "bestyrelsesmøde", "forumsmøde", "netværksmøde",
                 "repræsentantskabsmøde", "årsmøde", "landsmøde", "generalforsamling")  # routine meetings, the body's or another's
# "§18-midler 2024", "§ 18-puljen": funds named by the paragraph of the law that pays them
_PARAGRAPH_FUND = re.compile(r"§[ \t]?\d+[ \t]?-?[ \t]?(?:midler|puljen|pulje)\b(?:[ \t]+\d{4}\b)?")
# a name that follows a capitalised initiative word: a year, a period or a quarter ("Kulturnatten 2019",
# "Strategi 2018-2021", "Lektiecafé Øst")
_YEAR_OR_PLACE = re.compile(r"[ \t]+(\d{4}(?:[-–/]\d{2,4}\b)?\b|[A-ZÆØÅ][\w\-]*)")
# "Puljen til handicapidræt", "Puljen til nye aktiviteter": a fund named by its purpose, an adjective
# in -e before it (no small word: "Puljen til unge og ældre" ends at "unge")
_PURPOSE = re.compile(r"[ \t]+til[ \t]+(?:[a-zæøå][\w\-]*e[ \t]+(?!(?:og|i|på|for|med|til|fra|som|der)\b))?"
                      r"[a-zæøå][\w\-]+")
_EVENT_VERBS = frozenset(("holder", "afholder", "arrangerer", "planlægger"))
_QUOTE_NEXT = re.compile(r"[ \t]+[\"“„«]")
# Endings strong enough to name an initiative even in a lower-case word ("repatrieringsprojekt").
_STRONG = ("projekt", "event", "festival", "konference", "ordning", "værksted", "værkstedet", "korps", "korpset",
           "pris", "pulje", "puljen", "fond", "aftale", "aftalen", "turnering", "stævne", "indsamling",
           "kampagne", "café", "caféen", "cafe", "cafeen", "temadag", "temadagen",
           "styregruppen", "tjeneste", "tjenesten",  # "besøgstjenesten": a service even in lower case
           # a policy or strategy the body is heard on ("den nye handicappolitik", "udkastet til hjemløsestrategi")
           "politik", "politikken", "strategi", "strategien")  # "styregruppen": definite only: "fx styregruppe" names none, "i styregruppen" a specific one


@functools.lru_cache(maxsize=None)
def _lines(name: str) -> frozenset[str]:
    path = LEXICON_DIR / name
    rows = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(fold(r.strip()) for r in rows if r.strip() and not r.startswith("#"))


@functools.lru_cache(maxsize=1)
def _prefixes() -> list[str]:
    return sorted(_lines("initiative_prefixes.txt"), key=len, reverse=True)


@functools.lru_cache(maxsize=100_000)
def _suffix_kind(word: str, *, compound: bool = True) -> str | None:
    key = fold(word)
    if not key.endswith(endings()):
        return None  # cheap test first: most words end like no initiative
    if any(key.endswith(day) for day in _lines("weekdays.txt")) or any(own in key for own in _OWN_MEETINGS):
        return None
    for ending, kind in load().initiative_suffixes:
        if key.endswith(ending) and (len(key) > len(ending) + 2 or not compound):
            return kind
    return None


def _labels(chunk: str) -> Iterator[re.Match[str]]:
    """`_LABEL.finditer(chunk)`, scanning only the lines that hold a colon (most hold none).

    A label ends at a colon, and only what opens it (a line break, or "-" and a line break)
    lies before the colon's line; so each colon line is scanned from two characters before
    it starts to its line break, which gives the matches of one scan of the whole chunk.
    """
    end = 0  # where the last label ended: labels do not overlap
    colon = chunk.find(":")
    while colon >= 0:
        line_start = chunk.rfind("\n", 0, colon) + 1
        line_end = chunk.find("\n", colon)
        line_end = len(chunk) if line_end < 0 else line_end
        for m in _LABEL.finditer(chunk, max(end, line_start - 2), line_end + 1):
            end = m.end()
            yield m
        colon = chunk.find(":", line_end)


@functools.lru_cache(maxsize=100_000)  # the same labels open items in meeting after meeting
def _label_name(label: str) -> str | None:
    """The initiative a topic label names, or None when it names none."""
    label = " ".join(label.split()).strip(" .-–")
    label = _LETTERED.sub("", label).strip("\"“”„«»")  # 'a) "Madmarked i Glamsbjerg" – ansøger:' names the market
    if fold(label) in load().headings or fold(label) in load().header_labels or fold(label) in load().key_headings \
            or fold(label) in _lines("mail_labels.txt"):
        return None  # "Til stede:", "Referent:", "Sted:" (bold in HTML), "Initialer:", a quoted mail's "Fra:"
    if " / " in label and any(_label_name(part) is None for part in label.split(" / ")):
        return None  # "Beslutning / Decision / القرار:": a routine label with its translations
    if len(label.split()) <= 4 and find_dates(label, default_year=2000):
        return None  # "30. marts" labels a date; the initiative follows the colon
    folded = fold(label)
    for prefix in _prefixes():
        if folded.startswith(prefix + " "):
            label = label[len(prefix) + 1 :]
            break
    label = _APPLICATION.sub("", label)
    label = _ON_DATE.sub("", label)  # "konference … d. 19. september 2017"
    label = _BY_PERSON.sub("", label)  # "Klub Kick-start v/Nada"
    words = label.split()
    if fold(label) in _lines("topic_labels.txt") or len(words) > 10 or len(label) < 3:
        return None
    if words[0][0].isdigit() or _ITEM_OR_POST.match(label):
        return None
    if any(w in ("er", "var", "har", "blev", "skal") for w in words) or fold(words[-1]) in ("møde", "mødet") \
            or "mødet" in words or (fold(words[0]) == "næste" and fold(words[-1]).endswith("møde")):
        return None  # a sentence, or the body's own meeting ("Opfølgning fra mødet i september:", "Næste møde:")
    if words[-1].isdigit() and (fold(" ".join(words[:-1])) in _lines("topic_labels.txt") or fold(" ".join(words[:-1])) in load().headings):
        return None  # "Budget 2016:", "Regnskab 2015:", "Bestyrelsen 2015:": a topic or list label with its year
    if len(words) == 1 and load().kind_by_suffix(label) is not None:
        return None  # "Netværket:" names an organisation
    if len(words) <= 3 and _is_speaker(words):
        return None  # "Rasmus: vi starter …", "Gitte Holm:": who speaks, not what about
    joined = [w for w in words if w not in ("+", "&", "og")]
    if 1 < len(joined) < len(words) and all(_is_speaker([w.rstrip(",")]) for w in joined):
        return None  # "Susanne + Line:", "Morten og Kasper:": who does it, not what
    speaker = label[: label.find("(")].split() if label.endswith(")") and "(" in label else []
    if 0 < len(speaker) <= 3 and _is_speaker(speaker):
        return None  # a round's speaker described: "Per (koordinator, Vestby Kommune):", "Grethe (Vestby Roklub):"
    inside = label[label.rfind("(") + 1 : -1].split() if speaker else []
    if 0 < len(inside) <= 3 and _is_speaker(inside):
        return None  # a round's association and who spoke for it: "Ishøj Kvindenetværk (Nadia):"
    if opens_people_or_sentence(words):
        return None  # "Tovholdere:", "Troels orienterede om:"
    return label


def _is_speaker(words: list[str]) -> bool:
    """Whether a label is a person's name: a first name that is no everyday word (or alone: "Rune:"), then surnames."""
    lex = load()
    first = fold(words[0])
    return (lex.is_first_name(words[0]) and (first not in lex.ambiguous_first_names or len(words) == 1)
            and all(w[:1].isupper() for w in words) and not any(ends_like_initiative(w) for w in words))


def _after_date_label(chunk: str, end: int) -> str | None:
    """"30. marts: spilledag uden skærme i Dansk Syrisk Kulturforening" -> "spilledag uden skærme"."""
    m = _AFTER_DATE.match(chunk, end)
    if not m:
        return None
    return _PLACE_OR_COMMA.split(m.group(1))[0].strip()


def initiatives(text: str, spans: list[tuple[int, int]], organisations: set[str],
                tabled: tuple[tuple[str, int, int], ...] = ()) -> list[InitiativeFact]:
    """Initiatives named in the spans of `text`, one per name (first occurrence as evidence);
    `tabled`: those a table lists (`initiative_tables`), with their spans in `text`."""
    found: dict[str, InitiativeFact] = {}

    def add(name: str, kind: str, start: int, end: int, people: str | None = None) -> None:
        name = " ".join(_HYPHEN_BREAK.sub("", name).split()).strip(" .,:;")
        key = " ".join(map(stem, fold(name).split()))  # "mentorkorps" is "Mentorkorpset"
        if len(name) < 3 or key in found or fold(name) in organisations or fold(name) in _lines("topic_labels.txt"):
            return
        head = head_noun(key)
        last = key.split()[-1]
        same = next((k for k in found if (head_noun(k) == head and one_tail(k, key)) or (" " not in k and k == last)
                     or (" " not in key and k.split()[-1] == key)), None)
        if same is not None:  # "Cykelværkstedet", "ny samarbejdsaftale": one initiative, the fullest name
            if len(same) >= len(key):
                return
            del found[same]
        persons = tuple((p, "arbejdsgruppe") for p in _people(people)) if people else ()
        found[key] = InitiativeFact(name, kind, persons, evidence=(Evidence(start, end, text[start:end]),))

    for cell, start, end in tabled:
        add(cell, _suffix_kind(cell.split()[0], compound=False) or "project", start, end)
    org_heads = {o.split()[-1] for o in organisations if " " in o}
    low = lowered(text)
    for a, b in spans:
        chunk = text[a:b]
        for m in _labels(chunk):
            raw = m.group(1)
            name = _label_name(raw)
            dated = name is None and len(raw.split()) <= 4 and bool(find_dates(raw, default_year=2000))
            if dated:
                name = _after_date_label(chunk, m.end())
            elif name and len(name.split()) == 1 and _suffix_kind(name, compound=False) and not _suffix_kind(name):
                name = _with_topic(name, chunk, m.end())  # "Temaaften: idræt og bevægelse for flygtninge"
            kinds = [_suffix_kind(w, compound=False) for w in (name or "").split()]
            if name and (dated or m.group(2) or any(kinds) or _is_proper(name)):
                add(name, next((k for k in kinds if k), "project"), a + m.start(1), a + m.end(1), m.group(2))
        _phrases(chunk, a, add)
        for purpose_kind, start, end in purposes(chunk):  # "søger 5.000 kr. til en udflugt for …", "Ideen om en …"
            add(chunk[start:end], purpose_kind, a + start, a + end)
        for m in _QUOTED.finditer(chunk) if any(map(chunk.__contains__, _QUOTES)) else ():  # cheap test first
            if len(m.group(1).split()) <= 8:
                add(f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1), "project", a + m.start(1),
                    a + m.end(2 if m.group(2) else 1))
        # cheap test first, in the document lower-cased once where that is exact (`lowered`)
        for m in project_matches(chunk, low[a:b] if low is not None else None):
            # "Projekt Grønne Havnekanter" is the name as a title; "projektet "X"" only introduces X
            first = m.start() if chunk[m.start() : m.start(1)] == "Projekt " else m.start(1)
            add(chunk[first : m.end(1)], "project", a + first, a + m.end(1))
        for m in _PARAGRAPH_FUND.finditer(chunk) if "§" in chunk else ():
            # with its owner, when a name in the genitive holds it: "Samsø Kommunes § 18-pulje"
            first = owner if (owner := owner_before(chunk, m.start())) is not None and chunk[owner].isupper() else m.start()
            add(chunk[first:m.end()], "fund", a + first, a + m.end())
        programmes(chunk, a, add, low[a:b] if low is not None else None, organisations)
        # most words name nothing: list the words as strings, locate only those that end like an initiative
        candidates = set(filter(ends_like_initiative, _WORDS.findall(chunk)))  # filter: the pass runs in C
        for word_start, word in whole_words(chunk, candidates):
            word_end = word_start + len(word)
            broken = broken_before(chunk, word_start)
            if broken:  # PDF text: "helhedsplanens akti-\nvitetspulje" is one word
                word_start, word = broken.start(), broken.group(1) + word
            before = word_before(chunk, word_start)
            tail_kind = _suffix_kind(word, compound=False)
            fund = owned_fund(chunk, word_start, word_end) if tail_kind == "fund" else None
            if fund:  # "Lemvig Kommunes Landdistriktspulje", "Justitsministeriets pulje til forebyggelse af …"
                add(chunk[fund[0] : fund[1]], "fund", a + fund[0], a + fund[1])
                continue
            if before and tail_kind and fold(word) not in ("møde", "mødet"):
                prev = before.group(1)
                # a compound ("frivilligpulje") is a name of its own; a bare "pulje" needs its owner
                # "Røde Kors' landsindsamling": a genitive written with an apostrophe owns a compound too
                owned = _suffix_kind(word) is None or fold(word) in ("fest", "festen") or prev.endswith(("'", "’"))
                # "Integrationsrådets pulje", "Gentofte Kommunes netværkshus", "Eid fest", "Aakirkeby Sommerfest"
                placed = prev[0].isupper() and fold(word) not in org_heads and leads_a_name(chunk, before.start(1), word_start)
                if prev[0].isupper() and (owned and (prev.endswith(("s", "'", "’")) or fold(word) in ("fest", "festen"))
                                          or placed):
                    first, end = owned_name(chunk, before.start(1), word_end, owner=not placed)
                    add(chunk[first:end], tail_kind, a + first, a + end)
                    continue
            if chunk[max(0, word_start - 2) : word_start].strip().endswith("§"):
                continue  # the "18-pulje" of "§18-pulje", found whole above
            # only a bare "Puljen" is named by its purpose; "Landdistriktspuljen til …" has a name
            bare_fund = tail_kind == "fund" and word[0].isupper() and _suffix_kind(word) is None
            purpose = _PURPOSE.match(chunk, word_end) if bare_fund else None
            if purpose:
                end = past_adjectives(chunk, purpose.end())
                year = _YEAR_OR_PLACE.match(chunk, end)
                end = year.end() if year and year.group(1)[:4].isdigit() else end  # "… socialt arbejde 2023"
                add(chunk[word_start:end], "fund", a + word_start, a + end)
                continue
            # "Vestby IF holder byfest 29.-30. juni": an event verb names a bare event, short or not
            held = (before is not None and before.group(1) in _EVENT_VERBS and tail_kind == "event"
                    and not fold(word).endswith(("møde", "mødet")))
            kind = _suffix_kind(word) or (tail_kind if held else None)
            if kind is None or fold(word) in org_heads:  # "Familiefond" of "Det Obelske Familiefond"
                continue
            named = apposition_name(chunk, word_start) if word.islower() else None
            if named:  # "Foreningsguiden er et integrationsprojekt": the subject is the name
                add(chunk[named[0] : named[1]], kind, a + named[0], a + named[1])
                continue
            start, end = word_start, word_end
            if word.islower() and _QUOTE_NEXT.match(chunk, end):
                continue  # "mentorordning "Ny i Vejle"": the quoted name is the initiative
            place = _YEAR_OR_PLACE.match(chunk, end) if word[0].isupper() else None
            if place and (place.group(1)[:4].isdigit() or fold(place.group(1)) in load().regions):
                end = place.end()
            venue = _VENUE.match(chunk, end) if word.islower() and fold(word).endswith(("en", "et")) else None
            if venue:
                add(chunk[start : venue.end()], kind, a + start, a + venue.end())
                continue
            comp = _COMPLEMENT.match(chunk, end)
            named_comp = comp is not None and any(w[0].isupper() for w in comp.group().split()[1:])
            # "Arbejdsgruppen for mobildækning", "arbejdsgruppen om handicappolitikken": a group is named by its task
            task = (kind == "working_group" and comp is not None and not named_comp
                    and comp.group().split()[0] in ("for", "om") and task_noun(comp.group().split()[1]))
            if word.islower() and not (fold(word).endswith(_STRONG) or named_comp or held or task):
                continue  # "arbejdsgruppe", "informationsmøde": too common to name anything
            if chunk[max(0, start - 4) : start].lower().endswith("ny "):
                start -= 3  # "ny vagtordning"
            if comp and named_comp and (word.islower() or end == word_end):
                end = comp.end()  # "cykelværkstedet på Lykkens Gave", "Lektiecafé på Nørrebro"
            elif comp and (task or (word.islower() and comp.group().split()[0] == "om" and len(comp.group().split()) == 2
                                    and not _when(comp.group().split()[1]))):  # not "strikkecafé om mandagen"
                end = past_adjectives(chunk, comp.end())  # "temadagen om ensomhed": the topic names it
            add(chunk[start:end], kind, a + start, a + end)
    return list(found.values())


def _when(word: str) -> bool:
    """Whether "om <word>" says when, not what about: a weekday or a part of the day in the definite form."""
    key = fold(word)
    return any(key.startswith(day) for day in _lines("weekdays.txt")) or key in _lines("times_of_day.txt")


def _phrases(chunk: str, offset: int, add: Callable[[str, str, int, int], None]) -> None:
    """Initiatives named by how the text talks of them (see the patterns above)."""
    for m in _DEFINITE.finditer(chunk):
        kind = _suffix_kind(m.group(2), compound=False)
        if kind and fold(m.group(2)) not in ("møde", "mødet", "dag", "dagen", "indsats", "indsatsen"):
            add(chunk[m.start() : m.end()], kind, offset + m.start(), offset + m.end())
    set_up = _SET_UP.finditer(chunk) if any(map(chunk.__contains__, _SET_UP_STEMS)) else ()  # cheap test first
    for m in set_up:
        noun, complemented = m.group(1).split()[0], len(m.group(1).split()) > 1
        if not complemented and m.group().split()[0] in _SETTING_UP:
            continue
        kind = _suffix_kind(noun) or (_suffix_kind(noun, compound=False) if complemented else None)
        if kind or complemented:  # a bare "projekt" or "møde" names nothing in particular
            add(m.group(1), kind or "project", offset + m.start(1), offset + m.end(1))
    for m in _ACRONYM_NOUN.finditer(chunk) if _TWO_CAPITALS.search(chunk) else ():  # cheap test first
        kind = _suffix_kind(m.group(2), compound=False)
        if kind:
            add(m.group(0), kind, offset + m.start(), offset + m.end())
    for m in _CAMEL.finditer(chunk) if _CAMEL_JOINT.search(chunk) else ():  # cheap test first
        if fold(m.group(1)) not in load().organisations:
            add(m.group(1), "other", offset + m.start(1), offset + m.end(1))
    # cheap test first: "til", and "evilge" or "ildel", which every grant verb holds
    for m in _GRANTED_TO.finditer(chunk) if "til " in chunk and ("evilge" in chunk or "ildel" in chunk) else ():
        if not is_orgish(m.group(1).split()):  # "bevilgede 5.000 kr. til Vestby Roklub" funds an organisation
            add(m.group(1), "project", offset + m.start(1), offset + m.end(1))
    for m in _WEBSITE.finditer(chunk):
        add(m.group(1), "service", offset + m.start(1), offset + m.end(1))


def _with_topic(label: str, chunk: str, end: int) -> str:
    m = _TOPIC.match(chunk, end)
    return f"{label}: {m.group(1).strip()}" if m else label


def _is_proper(name: str) -> bool:
    """A capitalised name that is no ordinary sentence ("Den gode modtagelse", "Mentorkorpset")."""
    words = name.split()
    return words[0][0].isupper() and len(words) <= 6 and not _SENTENCE_MARK.search(name)


def _people(listing: str) -> list[str]:
    return [p.strip() for p in _PEOPLE_SEPARATOR.split(listing) if p.strip() and p.strip()[0].isupper()]
