"""What the synthetic minutes are made of: Danish bodies, partners, initiatives, phrases, and the
name lists of data/lexicon."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "data" / "lexicon"
FIRST_YEAR, LAST_YEAR = 2012, 2025
LAYOUTS = "abcde"
VOLUNTEER_CENTRE = "Frivilligcentret"

# The Danish vocabulary of the synthetic minutes (user-facing text, like fixtures).
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")
WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
BODIES = {  # layout -> bodies whose minutes come out in it
    "a": ("Integrationsforum", "Handicaprådet", "Ældrerådet", "Integrationsrådet"),
    "b": ("Ældrerådet", "Integrationsrådet", "Handicaprådet"),
    "c": ("Integrationsrådet", "Handicaprådet", "Ældrerådet"),
    "d": ("Frivillignetværk", "Integrationsnetværk"),
    "e": ("Integrationsrådet", "Handicaprådet", "Ældrerådet"),
}
ORGS = {
    "integration": ["Venligboerne i {m}", "Frivilligcenter {m}", "Røde Kors", "Dansk Flygtningehjælp",
                    "Dansk-Syrisk Kulturforening", "Somalisk Kvindeforening", "Den Tamilske Forening",
                    "Polsk-Dansk Forening i {m}", "Den Kurdiske Forening i {m}", "Arabisk Kulturcenter",
                    "Afghansk Forening i {m}", "Eritreisk Forening", "Ukrainsk Forening i {m}",
                    "Lektiehjælpen i {m}", "{m} Flygtningevenner", "DGI", "LO", "FIL", "Red Barnet"],
    "handicap": ["DH {m}", "Dansk Blindesamfund", "LEV {m}", "Scleroseforeningen", "Autismeforeningen",
                 "Dansk Handicap Forbund", "Frivilligcenter {m}", "Hjerneskadeforeningen",
                 "Gigtforeningen i {m}", "Høreforeningen", "Parasport {m}"],
    "ældre": ["Ældre Sagen {m}", "Frivilligcenter {m}", "Røde Kors", "Pensionistforeningen i {m}",
              "Demensforeningen i {m}", "Seniorklubben {m}", "Faglige Seniorer", "Ældremobiliseringen",
              "Seniorsport {m}", "Besøgstjenesten i {m}"],
}
UNITS = {
    "integration": ["Beskæftigelse", "Kultur", "Center for Social Indsats", "Jobcentret",
                    "Integrationsteamet", "Center for Arbejdsmarked"],
    "handicap": ["Center for Handicap", "Socialområdet", "Teknik og Miljø", "Borgerservice"],
    "ældre": ["Sundhed og Omsorg", "Center for Sundhed og Træning", "Ældre og Sundhed", "Borgerservice"],
}
TITLES = ("integrationsmedarbejder", "afdelingsleder", "konsulent", "sekretær", "chefkonsulent",
          "teamleder", "centerchef")
PARTIES = ("Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Dansk Folkeparti",
           "Socialistisk Folkeparti", "Enhedslisten", "Radikale Venstre")
INITIATIVES = {  # (name, as written in running text)
    "common": [("Kulturfestivalen", "Kulturfestivalen"), ("Foreningernes Dag", "Foreningernes Dag"),
               ("Frivillighedsprisen", "Frivillighedsprisen"), ("NATURligvis", "projekt NATURligvis"),
               ("Fællesspisning i Kulturhuset", "Fællesspisning i Kulturhuset")],
    "integration": [("Sammen om Integration", 'projektet "Sammen om Integration"'),
                    ("Integrationsmentor med fokus på beskæftigelse",
                     'projektet "Integrationsmentor med fokus på beskæftigelse"'),
                    ("Sprogcaféen", "Sprogcaféen"), ("Lektiecaféen", "Lektiecaféen"),
                    ("Mangfoldighedskonferencen", "Mangfoldighedskonferencen"),
                    ("Venskabsfamilier", "projekt Venskabsfamilier"),
                    ("Bevæg dig for livet", 'forløbet "Bevæg dig for livet"'), ("Mentorkorpset", "Mentorkorpset")],
    "handicap": [("Tilgængelighedsprisen", "Tilgængelighedsprisen"),
                 ("Handicapidrættens Dag", "Handicapidrættens Dag"),
                 ("Kom ud i naturen", 'projektet "Kom ud i naturen"'), ("Ledsagerkorpset", "Ledsagerkorpset")],
    "ældre": [("Seniorfestivalen", "Seniorfestivalen"), ("Spis sammen", 'projektet "Spis sammen"'),
              ("Demensvenlig {m}", 'projektet "Demensvenlig {m}"'), ("Motionsugen", "Motionsugen")],
}
TOPICS = {
    "integration": ["boligsituationen for nyankomne flygtninge", "danskuddannelse og job",
                    "lektiehjælp til børn og unge", "foreningslivet og nye borgere", "repatriering",
                    "sundhed blandt flygtninge"],
    "handicap": ["tilgængelighed i kommunens bygninger", "handicapparkering", "botilbud",
                 "ledsagerordningen", "hjælpemidler"],
    "ældre": ["ensomhed blandt ældre", "hjemmeplejen", "trafiksikkerhed for ældre",
              "madordningen på plejecentrene", "demens"],
}
CHAIR_NEWS = ("Der har været stor interesse for {ini}, og {org} vil gerne bidrage igen.",
              "{who} og formanden har holdt møde med {org} om {topic}.",
              "Formanden har modtaget en henvendelse fra {org} om {topic}.",
              "{who} takkede for indsatsen omkring {ini}.")
ORG_NEWS = ("foreningen har holdt generalforsamling, og bestyrelsen blev genvalgt.",
            "der er stor tilslutning til {ini}.",
            "foreningen søger flere frivillige til {ini}.",
            "der holdes sommerfest den {date}, og alle er velkomne.",
            "medlemstallet er faldende.")
INITIATIVE_NEWS = ("{w} blev afholdt den {date} med over {n} deltagere.",
                   "Der var enighed om at støtte {w} igen i {year}.",
                   "{who} foreslog, at {w} evalueres ved årets udgang.",
                   "Der søges frivillige til {w}; kontakt sekretariatet.")
THEME_NEWS = ("der er lange ventetider, og at kommunen arbejder på en løsning.",
              "området er prioriteret i budgettet for næste år.",
              "der kommer nye regler, som træder i kraft til sommer.",
              "der er gode erfaringer fra nabokommunerne.")
CLOSED_TITLES = ("Personalesag", "Ansøgning om dispensation", "Klage over afgørelse", "Sag om tilskud til enkeltperson")
AMOUNTS = (5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000, 40000, 50000, 75000)
LOCATIONS = ("Rådhuset, mødelokale {no}", "Jobcentret, {street} {no}, {m}", "Frivilligcentret, {street} {no}",
             "Biblioteket, mødelokale {no}", "Kulturhuset, {street} {no}, {m}")
STREETS = ("Rådhusvej", "Stationsvej", "Skolegade", "Torvet", "Kirkevej", "Rynkevangen", "Rådmandshaven")
DOUBLE_FIRST_NAMES = ("Anne Mette", "Anne Marie", "Hans Henrik", "Jens Peter", "Lise Lotte", "Karl Erik",
                      "Marie Louise", "Ann Britt", "Niels Erik", "Poul Erik", "Mette Marie", "Bent Ole")
_SLUG = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", " ": "-"})


def slug(text: str) -> str:
    return "".join(c for c in text.translate(_SLUG).lower() if c.isalnum() or c == "-")


@dataclass(frozen=True)
class Lexicon:
    first: tuple[str, ...]
    surnames: tuple[str, ...]
    municipalities: tuple[str, ...]


def _entries(text: str) -> list[str]:
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Names from data/lexicon; the hand-curated common names count twice, as they are common."""
    first = (LEXICON / "first_names.txt").read_text(encoding="utf-8")
    sourced, _, curated = first.partition("# hand-curated")
    curated = curated.partition("\n")[2]
    rows = _entries((LEXICON / "municipalities.tsv").read_text(encoding="utf-8"))
    return Lexicon(
        first=tuple(_entries(sourced) + 3 * _entries(curated)),
        surnames=tuple(_entries((LEXICON / "surnames.txt").read_text(encoding="utf-8"))),
        municipalities=tuple(row.split("\t")[0] for row in rows),
    )


