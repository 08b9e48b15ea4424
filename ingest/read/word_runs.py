"""Which runs of a Word paragraph a reader sees, and which are marked in a colour a note says is removed.

Struck-through and hidden runs are not part of the minutes a reader sees, as in HTML (`ingest/read/markup.py`): a
secretariat strikes or hides what it takes out of the public version. (A tracked deletion, w:del, is never read.)
Nor is text in a font colour that vanishes into its background, white on white or black on black: "Oplysninger om
enkeltpersoner er gjort usynlige (hvid skrift) i denne version, så den kan lægges på hjemmesiden." The text is
invisible on the page and in print, and only a copy of it shows it. The background is the run's highlight or
shading, else its paragraph's, table cell's or table's shading, else the page colour (white when none is set); in a
table with a table style, whose fill is not resolved, white text is taken as seen.

Text marked in a colour that a note says is removed before publishing (`ingest/read/colour_notes.py`) is "marked":
a run whose highlight or shading has a family of `marks` ("yellow"), or whose font colour has one of the families
`marks` holds as "font:<family>" ("Tekst med rød skrift slettes …", "… usynlige (hvid skrift) …"). The Word reader
(`ingest/read/word.py`) frames marked text as closed; marked text is read there even when it is invisible.
"""
from __future__ import annotations

from typing import Any

from ingest.read.colour_notes import FONT, colour_family, might_name, named_colours

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Runs in document order, including those wrapped in tracked insertions, smart tags, simple
# fields and inline content controls, which python-docx's Paragraph.text leaves out.
RUNS = (
    "w:r | w:hyperlink | w:ins/w:r | w:smartTag/w:r | w:fldSimple/w:r | w:customXml/w:r"
    " | w:sdt/w:sdtContent/w:r"
)
_HIDDEN = ("w:rPr/w:strike[not(@w:val='0' or @w:val='false')] | w:rPr/w:dstrike[not(@w:val='0' or @w:val='false')]"
           " | w:rPr/w:vanish[not(@w:val='0' or @w:val='false')]")
_VANISHING = ("white", "black")  # font colour families that vanish into a background of the same family


def paragraph_text(p: Any, marks: frozenset[str] = frozenset()) -> str:
    """The text of a paragraph's runs a reader sees, less those marked in a colour of `marks`."""
    runs = p.xpath(RUNS)
    if marks and colour(p.find(f"{W}pPr")) in marks:
        return ""
    return "".join(str(run.text) for run in runs if not unseen(run) and not (marks and _marked(run, marks)))


def marked_text(p: Any, marks: frozenset[str]) -> str:
    """The text of a paragraph's runs marked (highlighted, shaded or in a font colour) in a colour of `marks`, or of
    the whole paragraph when it is shaded so; invisible text is read when it is marked."""
    runs = [run for run in p.xpath(RUNS) if not _hidden(run)]
    if colour(p.find(f"{W}pPr")) in marks:
        return "".join(str(run.text) for run in runs if not _invisible(run))
    return "".join(str(run.text) for run in runs if _marked(run, marks))


def colour(props: Any) -> str | None:
    """The colour family of a run's highlight or shading (w:rPr), or of a paragraph's or cell's shading."""
    if props is None or len(props) == 0:
        return None
    highlight = props.find(f"{W}highlight")
    if highlight is not None and (family := colour_family(highlight.get(f"{W}val"))):
        return family
    shading = props.find(f"{W}shd")
    return colour_family(shading.get(f"{W}fill")) if shading is not None else None


def run_colour(run: Any) -> str | None:
    """The colour family of a run's highlight or shading (of a hyperlink's first run)."""
    if run.tag != f"{W}r":
        run = run.find(f"{W}r")
    return colour(run.find(f"{W}rPr")) if run is not None else None


def _font_colour(run: Any) -> str | None:
    if run.tag != f"{W}r":
        run = run.find(f"{W}r")
    props = run.find(f"{W}rPr") if run is not None else None
    font = props.find(f"{W}color") if props is not None else None
    return colour_family(font.get(f"{W}val")) if font is not None else None


def _marked(run: Any, marks: frozenset[str]) -> bool:
    """Whether a run is highlighted, shaded or in a font colour of `marks`; white or black font only where it is
    invisible: a note on "hvid skrift" speaks of hidden text, not of a white heading on a dark banner."""
    if run_colour(run) in marks:
        return True
    if (font := _font_colour(run)) is None or FONT + font not in marks:
        return False
    return font not in _VANISHING or _invisible(run)


def removed_colours(document: Any) -> frozenset[str]:
    """The colour families a note in the body says are removed before publishing (`ingest/read/colour_notes.py`);
    a note naming no colour in words names the colours of its own marked runs (a swatch)."""
    named: set[str] = set()
    for p in document.element.body.iter(f"{W}p"):
        if might_name(text := paragraph_text(p)):
            swatches = {family for run in p.xpath(RUNS) if (family := run_colour(run))}
            named |= named_colours(text, swatches - {"white", "black", "gray"})
    return frozenset(named)


def unseen(run: Any) -> bool:
    """Whether a reader does not see a run: struck through, hidden, or in a font colour its background swallows."""
    return _hidden(run) or _invisible(run)


def _hidden(run: Any) -> bool:
    props = run.find(f"{W}rPr")  # cheap test first: most runs carry no such property
    return props is not None and len(props) > 0 and bool(run.xpath(_HIDDEN)) if run.tag == f"{W}r" else False


def _invisible(run: Any) -> bool:
    """Whether a run's font colour is white on a white background or black on a black one."""
    if run.tag != f"{W}r" or (props := run.find(f"{W}rPr")) is None or props.find(f"{W}color") is None:
        return False  # cheap test first: most runs set no font colour
    if (font := _font_colour(run)) not in _VANISHING:
        return False
    return _background(run) == font


def _background(run: Any) -> str | None:
    """The colour family behind a run: its highlight or shading, its paragraph's, its table cell's or table's, the
    page's; None where a table style may shade it (a header row's white text on the style's dark fill), unknown here."""
    if family := run_colour(run):
        return family
    for ancestor in run.iterancestors(f"{W}p", f"{W}tc", f"{W}tbl"):
        props = ancestor.find({f"{W}p": f"{W}pPr", f"{W}tc": f"{W}tcPr", f"{W}tbl": f"{W}tblPr"}[ancestor.tag])
        if family := colour(props):
            return family
        if ancestor.tag == f"{W}tbl" and props is not None and props.find(f"{W}tblStyle") is not None:
            return None
    page = run.getroottree().getroot().find(f"{W}background")
    return colour_family(page.get(f"{W}color")) or "white" if page is not None else "white"
