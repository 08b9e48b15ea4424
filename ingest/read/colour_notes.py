"""Notes that text marked in a colour is removed before the minutes are published, and the colours they name.

A secretary marks what the web editor is to cut with a colour and says so once, in a note: "NB til webredaktøren:
Tekst med gul markering skal slettes, inden referatet lægges på hjemmesiden", or, beside a coloured swatch, "▇
Farvemarkerede rækker fjernes, før protokollen sendes til hjemmesiden". The Word reader (`ingest/read/word.py`) and
the page reader (`ingest/read/markup_colours.py`) find such notes and frame what is marked in a named colour with
"Lukket del" … "Åben del", so the segmenter closes it. A note is a sentence holding a word of removal and a word for
the published minutes (kinds `removes` and `published` of `data/lexicon/closed_markers.txt`); the colours it names
are its colour words (`data/lexicon/colours.tsv`) or, when it names none but speaks of a marking ("farvemarkerede"),
the colour of the swatch beside it. Only a named colour closes: "Grøn markering er blot en huskeliste" closes none.

A note that speaks of the font ("rød skrift", "hvid skriftfarve"; kind `font`) names font colours, as
"font:<family>" ("font:red"): text in that font colour is marked, not text highlighted in it. "Oplysninger om
enkeltpersoner er gjort usynlige (hvid skrift) …, så den kan lægges på hjemmesiden" names "font:white".

Colours are compared by family ("yellow", "orange", …), as a reader names them: Word's highlight "yellow", a cell's
shading "FFFF00" and a page's "#FFF2CC" are all "yellow".
"""
from __future__ import annotations

import colorsys
import functools
import re
from collections.abc import Iterable

from ingest.alternation import literal_alternation
from ingest.lexicon import fold, load

# Word's highlight colours (ST_HighlightColor) and the CSS colour names minutes use, by their RGB value
_NAMED = {
    "yellow": "ffff00", "green": "00ff00", "cyan": "00ffff", "magenta": "ff00ff", "blue": "0000ff", "red": "ff0000",
    "darkblue": "000080", "darkcyan": "008080", "darkgreen": "008000", "darkmagenta": "800080", "darkred": "800000",
    "darkyellow": "808000", "darkgray": "808080", "lightgray": "c0c0c0", "black": "000000", "white": "ffffff",
    "lime": "00ff00", "aqua": "00ffff", "fuchsia": "ff00ff", "orange": "ffa500", "pink": "ffc0cb", "purple": "800080",
    "gray": "808080", "grey": "808080", "silver": "c0c0c0", "gold": "ffd700", "lightyellow": "ffffe0",
    "lightgreen": "90ee90", "lightblue": "add8e6", "khaki": "f0e68c", "salmon": "fa8072", "coral": "ff7f50",
    "tomato": "ff6347", "orangered": "ff4500", "violet": "ee82ee", "turquoise": "40e0d0", "lightpink": "ffb6c1",
}
# hue (degrees) up to which a family reaches, in order round the colour circle
_HUES = ((15, "red"), (40, "orange"), (70, "yellow"), (165, "green"), (195, "cyan"), (255, "blue"), (290, "purple"),
         (345, "magenta"), (360, "red"))
_HEX = re.compile(r"#?([0-9a-f]{6}|[0-9a-f]{3})")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")
FONT = "font:"  # the prefix of a font colour's family among the colours a note names
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n")


def colour_family(value: str | None) -> str | None:
    """The family of a colour value of Word or CSS; None for none ("auto", "none", "transparent", unreadable).

    >>> colour_family("yellow"), colour_family("F4B083"), colour_family("#fff2cc"), colour_family("rgb(0, 128, 0)")
    ('yellow', 'orange', 'yellow', 'green')
    """
    value = (value or "").strip().lower()
    if m := _RGB.match(value):
        red, green, blue = (min(255, int(g)) / 255 for g in m.groups())
    else:
        value = _NAMED.get(value, value)
        if not (m := _HEX.fullmatch(value)):
            return None
        digits = m.group(1) if len(m.group(1)) == 6 else "".join(c * 2 for c in m.group(1))
        red, green, blue = (int(digits[k:k + 2], 16) / 255 for k in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.15 or lightness > 0.97 or lightness < 0.08:
        return "white" if lightness > 0.9 else "black" if lightness < 0.2 else "gray"
    return next(name for limit, name in _HUES if hue * 360 < limit or limit == 360)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(removal, published minutes, marking, colour word, font), all on folded text."""
    lex = load()
    removes = literal_alternation(sorted(lex.closed_words("removes"), key=len, reverse=True), word_start=True)
    colours = literal_alternation(sorted(lex.colour_words, key=len, reverse=True), word_start=True)
    return (re.compile(rf"(?<!ikke ){removes}(?!\w)(?! ikke)"),
            re.compile(literal_alternation(lex.closed_words("published"), word_start=True)),  # "referat" in "referatet"
            re.compile(literal_alternation(lex.closed_words("marking"), word_start=True)),
            re.compile(rf"{colours}(?:(?!\w)|(?=mark|farv|-))"),  # "gul", "gulmarkeret", "gul-markeret"
            re.compile(literal_alternation(lex.closed_words("font"), word_start=True) + r"(?!\w)"))  # not "skriftlig"


def might_name(text: str) -> bool:
    """A cheap test: whether `text` holds a word of removal at all (most minutes hold none). Lower-cased as `fold`
    does, without its accent stripping (the words hold no accents) or its memo (a whole page is tested here)."""
    lowered = text.casefold().replace("aa", "å")
    return any(word in lowered for word in load().closed_words("removes"))


def named_colours(text: str, swatches: Iterable[str] = ()) -> frozenset[str]:
    """The colour families a note in `text` says are removed before publishing; `swatches`: the families of the
    coloured samples beside it, named by a note that names no colour in words.

    >>> sorted(named_colours("Tekst med gul markering skal slettes, inden referatet lægges på hjemmesiden. "
    ...                      "Grøn markering er blot en huskeliste."))
    ['yellow']
    >>> sorted(named_colours("Farvemarkerede rækker fjernes, før protokollen sendes til hjemmesiden.", ["orange"]))
    ['orange']
    >>> sorted(named_colours("Den gule markering på p-pladsen fjernes i maj."))
    []
    >>> sorted(named_colours("Navne er gjort usynlige (hvid skrift), så referatet kan lægges på hjemmesiden."))
    ['font:white']
    """
    removes, published, marking, colour, font = _patterns()
    named: set[str] = set()
    for sentence in _SENTENCE.split(fold(text)):
        if not removes.search(sentence) or not published.search(sentence):
            continue
        # the colours of the clause that says what is removed ("Gul slettes, grøn bliver"), else of the sentence
        clause = next(c for c in sentence.split(",") if removes.search(c))
        words = colour.findall(clause) or colour.findall(sentence)
        prefix = FONT if font.search(clause if colour.search(clause) else sentence) else ""  # "rød skrift"
        if words:
            named.update(prefix + load().colour_words[word] for word in words)
        elif marking.search(sentence):
            named.update(swatches)
    return frozenset(named)
